package webtest

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/writ-project/writ/internal/testdeps"
)

// Accessible runs axe-core in the page the browser shows and fails the
// test on every violation axe-core rates serious or critical (a field
// without a label, text without enough contrast, an image without a text
// alternative ...), naming the rule, the elements and how to fix it.
// Shoot runs it on every page it keeps.
func Accessible(t *testing.T, ctx context.Context, page string) {
	t.Helper()
	found, err := violations(ctx, axeSource(t))
	if err != nil {
		t.Fatalf("%s: the accessibility check did not run: %v", page, err)
	}
	for _, v := range found {
		t.Errorf("%s: %s", page, v)
	}
}

var (
	axeOnce sync.Once
	axeJS   string
)

// axeSource is axe-core's source, read once (testdeps.Axe).
func axeSource(t *testing.T) string {
	t.Helper()
	axeOnce.Do(func() { axeJS = testdeps.Axe(t) })
	if axeJS == "" {
		testdeps.Missing(t, "axe-core", "npm ci --prefix internal/testdeps/axe")
	}
	return axeJS
}

// axeRun loads axe-core into the page in the tab and runs it.
func axeRun(ctx context.Context, src string) (string, error) {
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[any](src+";0", chromedp.EvalAsValue)); err != nil {
		return "", fmt.Errorf("load axe-core: %w", err)
	}
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](
		`axe.run(document, {resultTypes: ["violations"]}).then(r => JSON.stringify(r))`, chromedp.EvalAwaitPromise))
	if err != nil {
		return "", fmt.Errorf("run axe-core: %w", err)
	}
	return raw, nil
}

// navigating is an error of a script run in a page that navigated away
// while it ran: the DevTools protocol says so in several words.
func navigating(err error) bool {
	for _, words := range []string{"navigated or closed", "Execution context was destroyed", "Cannot find context with specified id"} {
		if strings.Contains(err.Error(), words) {
			return true
		}
	}
	return false
}

// axeResult is what axe.run answers, as far as the check reads it.
type axeResult struct {
	Violations []struct {
		ID     string `json:"id"`
		Impact string `json:"impact"`
		Help   string `json:"help"`
		Nodes  []struct {
			Target []any  `json:"target"`
			HTML   string `json:"html"`
		} `json:"nodes"`
	} `json:"violations"`
}

// violations loads axe-core into the page (through the DevTools protocol,
// which the page's content security policy does not govern) and returns
// its serious and critical violations, one line each.
func violations(ctx context.Context, src string) ([]string, error) {
	// A test's last step may have submitted a form whose answer is still
	// loading (it waited for an element both pages have): the page axe-core
	// was loaded into is then gone. Wait for the page in the tab to have
	// loaded, and begin again on it, a few times.
	var raw string
	for try := 1; ; try++ {
		var err error
		raw, err = axeRun(ctx, src)
		if err == nil {
			break
		}
		if try == 5 || !navigating(err) {
			return nil, err
		}
		// The wait itself may find the page it began on gone, too.
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.readyState === "complete"`, chromedp.WithPollingTimeout(10*time.Second))); err != nil && (try == 4 || !navigating(err)) {
			return nil, fmt.Errorf("wait for the page to load: %w", err)
		}
	}
	var res axeResult
	if err := json.Unmarshal([]byte(raw), &res); err != nil {
		return nil, err
	}
	var out []string
	for _, v := range res.Violations {
		if v.Impact != "serious" && v.Impact != "critical" {
			continue
		}
		var where []string
		for _, n := range v.Nodes {
			where = append(where, fmt.Sprint(n.Target))
		}
		out = append(out, fmt.Sprintf("%s (%s): %s, at %v", v.ID, v.Impact, v.Help, where))
	}
	return out, nil
}
