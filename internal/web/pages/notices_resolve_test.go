package pages

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/notice"
	"github.com/writ-project/writ/internal/web/productions"
	"github.com/writ-project/writ/internal/web/webtest"
)

// TestSendNoticesResolves: a notice goes to the addresses of the
// platform's account a target is, and the staff who send the notices from
// their review page have no other page to find that account on. So the
// sending first resolves, in the platform's records, each target no one
// has resolved, and records it (target_resolved, with how it was found) as
// the staff's act, before the sender is asked; a target resolved already
// is left as it is.
func TestSendNoticesResolves(t *testing.T) {
	var resolvedWhenSent map[string]string
	f := newFixture(t, func(s *Pages) {
		s.Packages = &productions.Packages{Dir: t.TempDir(), Source: webtest.Platform(t)}
		s.SendNotices = func(ctx context.Context, id string, accounts []string, _ bool, _ string) ([]notice.Outcome, error) {
			c, err := s.Cases.Load(ctx, id)
			if err != nil {
				return nil, err
			}
			resolvedWhenSent = map[string]string{}
			for label, a := range matter.Apply(c.Events, webtestNow()).Accounts {
				resolvedWhenSent[label] = a.AccountID
			}
			var out []notice.Outcome
			for _, a := range accounts {
				out = append(out, notice.Outcome{Account: a, Status: notice.StatusSent, Sent: 1, Of: 1})
			}
			return out, nil
		}
	})
	resp, body := f.Page(t, "staff", "POST", "/cases/"+f.Own+"/notices", url.Values{access.CSRFField: {f.CSRF(t, "staff")},
		"confirm": {"yes"}, "account": {"konnoyukio@CmRUCE"}})
	if resp.StatusCode != 200 || !strings.Contains(body, "Notice sent to konnoyukio@CmRUCE (1 of 1") {
		t.Fatalf("send: %d\n%.2000s", resp.StatusCode, body)
	}
	if resolvedWhenSent["konnoyukio@CmRUCE"] == "" {
		t.Errorf("konnoyukio@CmRUCE was not resolved when the notice was sent: %v", resolvedWhenSent)
	}
	var resolved []matter.Event
	c, _ := f.Cases.Load(context.Background(), f.Own)
	for _, e := range c.Events {
		if e.Type == matter.TargetResolved {
			resolved = append(resolved, e)
		}
	}
	if len(resolved) != 1 || resolved[0].Account != "konnoyukio@CmRUCE" || resolved[0].Note == "" || !strings.HasPrefix(resolved[0].Actor, "staff") {
		t.Errorf("the resolutions recorded: %+v; want konnoyukio@CmRUCE's alone, by staff, with how it was found", resolved)
	}
	// Sending again resolves nothing more.
	f.Page(t, "staff", "POST", "/cases/"+f.Own+"/notices", url.Values{access.CSRFField: {f.CSRF(t, "staff")},
		"confirm": {"yes"}, "account": {"konnoyukio@CmRUCE"}, "resend": {"yes"}})
	if n := strings.Count(eventTypes(t, f), string(matter.TargetResolved)); n != 1 {
		t.Errorf("%d resolutions after sending again; want 1", n)
	}
}

// eventTypes are the types of the fixture's case's events, one a line.
func eventTypes(t *testing.T, f *fixture) string {
	t.Helper()
	var out []string
	for _, e := range f.Events(t, f.Own) {
		out = append(out, e.Type)
	}
	return strings.Join(out, "\n")
}
