package webtest

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestAccessibilityFindsViolations: the check finds what axe-core calls
// serious or critical on a page made to have them (a field without a
// label, an image without a text alternative), names each, and finds
// nothing on the same page made right.
func TestAccessibilityFindsViolations(t *testing.T) {
	pages := map[string]string{
		"/bad":  `<!doctype html><html lang="en"><head><title>t</title></head><body><main><h1>Form</h1><form><input type="text" name="q"><button>Go</button></form><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>`,
		"/good": `<!doctype html><html lang="en"><head><title>t</title></head><body><main><h1>Form</h1><form><label>Search <input type="text" name="q"></label><button>Go</button></form><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="a dot"></main></body></html>`,
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(pages[r.URL.Path]))
	}))
	defer srv.Close()
	ctx := Browser(t)
	do := Steps(t, ctx)

	do("open the bad page", chromedp.Navigate(srv.URL+"/bad"))
	found, err := violations(ctx, axeSource(t))
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(found, "\n")
	for _, want := range []string{"label", "image-alt"} {
		if !strings.Contains(all, want) {
			t.Errorf("the check does not find %q on a page that has it:\n%s", want, all)
		}
	}
	do("open the good page", chromedp.Navigate(srv.URL+"/good"))
	if found, err := violations(ctx, axeSource(t)); err != nil || len(found) != 0 {
		t.Errorf("the check finds %v (%v) on a page without violations", found, err)
	}
}
