package api

import (
	"strings"
	"testing"
)

// TestCounselListDoesNotCount: counsel's list of cases says nothing that
// changes when an account holder objects (issue 13): no count of events,
// which an objection, or a notice, adds to; staff and the court, who see
// the audit trail, keep the count.
func TestCounselListDoesNotCount(t *testing.T) {
	f := newFixture(t)
	_, before := f.Do(t, "counsel", "GET", "/api/v1/cases", "")
	if strings.Contains(before, `"events"`) {
		t.Errorf("counsel's list counts the events: %s", before)
	}
	for _, e := range []string{
		`{"type":"notice_sent","at":"2022-10-28","account":"konnoyukio@CmRUCE"}`,
		`{"type":"objection_received","at":"2022-11-01","account":"konnoyukio@CmRUCE","note":"I object too"}`,
	} {
		if code, body := f.Do(t, "staff", "POST", "/api/v1/cases/"+f.Own+"/events", e); code != 201 {
			t.Fatalf("record: %d %s", code, body)
		}
	}
	if _, after := f.Do(t, "counsel", "GET", "/api/v1/cases", ""); after != before {
		t.Errorf("counsel's list changed when the holder objected:\n%s\n%s", before, after)
	}
	for _, who := range []string{"staff", "court"} {
		if _, list := f.Do(t, who, "GET", "/api/v1/cases", ""); !strings.Contains(list, `"events":6`) {
			t.Errorf("%s's list does not count the events: %s", who, list)
		}
	}
}

// TestCounselSeesTheCaseNow: counsel see a case as it stands now, and are
// refused a case as of another moment (issue 13): the gate's state day by
// day would tell when each holder's window closed, hence when each was
// noticed. Staff and the court see it as of any moment.
func TestCounselSeesTheCaseNow(t *testing.T) {
	f := newFixture(t)
	path := "/api/v1/cases/" + f.Own
	if code, body := f.Do(t, "counsel", "GET", path, ""); code != 200 {
		t.Fatalf("counsel now: %d %s", code, body)
	}
	for _, now := range []string{"2022-11-11", "2022-11-12T10:00:00Z", "2026-11-26"} {
		code, body := f.Do(t, "counsel", "GET", path+"?now="+now, "")
		if code != 422 || !strings.Contains(body, "query.now") {
			t.Errorf("counsel as of %s: %d %s; want 422 naming query.now", now, code, body)
		}
	}
	for _, who := range []string{"staff", "court"} {
		if code, body := f.Do(t, who, "GET", path+"?now=2022-11-11", ""); code != 200 || !strings.Contains(body, `"as_of":"2022-11-12`) {
			t.Errorf("%s as of 2022-11-11: %d %.300s", who, code, body)
		}
	}
}
