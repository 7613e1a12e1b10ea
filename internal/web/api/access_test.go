package api

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/web/route"
)

// TestAccess walks every API route for every role, on the caller's own
// case and on another platform's, and checks the answer of each.
func TestAccess(t *testing.T) {
	f := newFixture(t)
	seed := string(examples.SeedOrder())
	served := `{"type":"notice_sent","at":"2022-10-28","account":"konnoyukio@CmRUCE"}`
	ruling := `{"type":"ruling","at":"2022-12-05","on":["obj-1"],"outcome":"overruled"}`
	who := []string{"anonymous", "staff", "staff-elsewhere", "counsel", "counsel-elsewhere", "court"}
	for _, tc := range []struct {
		route, method, path, body string
		want                      []int // in the order of who
	}{
		{"list", "GET", "/api/v1/cases", "", []int{401, 200, 200, 200, 200, 200}},
		// The fixture has the seed open: a second case is asked for.
		{"create", "POST", "/api/v1/cases?allow_duplicate=true", seed, []int{401, 201, 403, 403, 403, 403}},
		{"show own", "GET", "/api/v1/cases/" + f.Own, "", []int{401, 200, 404, 200, 404, 200}},
		{"show other", "GET", "/api/v1/cases/" + f.Other, "", []int{401, 404, 200, 404, 404, 404}},
		{"log own", "GET", "/api/v1/cases/" + f.Own + "/events", "", []int{401, 200, 404, 403, 404, 200}},
		{"log other", "GET", "/api/v1/cases/" + f.Other + "/events", "", []int{401, 404, 200, 404, 404, 404}},
		{"record own", "POST", "/api/v1/cases/" + f.Own + "/events", served, []int{401, 201, 404, 403, 404, 403}},
		{"record other", "POST", "/api/v1/cases/" + f.Other + "/events", served, []int{401, 404, 201, 404, 404, 404}},
		// This server has no SMTP server: the staff who may send get 501.
		{"notices own", "POST", "/api/v1/cases/" + f.Own + "/notices", "{}", []int{401, 501, 404, 403, 404, 403}},
		{"notices other", "POST", "/api/v1/cases/" + f.Other + "/notices", "{}", []int{401, 404, 501, 404, 404, 404}},
		// The objection is pending: staff pass the policy and meet the gate.
		{"produce own", "POST", "/api/v1/cases/" + f.Own + "/productions", `{}`, []int{401, 409, 404, 403, 404, 403}},
		// Staff may record a ruling that reached them; the court then
		// passes the policy too, and is told the objection was resolved.
		{"ruling own", "POST", "/api/v1/cases/" + f.Own + "/events", ruling, []int{401, 201, 404, 403, 404, 409}},
		{"unknown case", "GET", "/api/v1/cases/c-nosuchcase", "", []int{401, 404, 404, 404, 404, 404}},
		{"release own", "POST", "/api/v1/cases/" + f.Own + "/productions/prod-1/release", "", []int{401, 404, 404, 403, 404, 403}},
		{"download own", "GET", "/api/v1/cases/" + f.Own + "/productions/prod-1/package.tar.gz", "", []int{401, 404, 404, 403, 404, 403}},
		// Everyone signed in has sessions of their own, and only those.
		{"sessions", "GET", "/api/v1/sessions", "", []int{401, 200, 200, 200, 200, 200}},
		{"end a session of no one's", "DELETE", "/api/v1/sessions/0123456789ab", "", []int{401, 404, 404, 404, 404, 404}},
		// Last: it ends each caller's session.
		{"end own session", "DELETE", "/api/v1/session", "", []int{401, 204, 204, 204, 204, 204}},
	} {
		for i, w := range who {
			t.Run(tc.route+"/"+w, func(t *testing.T) {
				code, body := f.Do(t, w, tc.method, tc.path, tc.body)
				if code != tc.want[i] {
					t.Errorf("%s %s as %s: %d; want %d\n%s", tc.method, tc.path, w, code, tc.want[i], body)
				}
			})
		}
	}
}

// TestCounselLearnsNoIdentity: whatever counsel asks, no answer names an
// account holder's account, says which objected, or quotes an objection.
func TestCounselLearnsNoIdentity(t *testing.T) {
	f := newFixture(t)
	for _, path := range []string{"/api/v1/cases", "/api/v1/cases/" + f.Own, "/api/v1/cases/" + f.Own + "?now=2022-11-21",
		"/api/v1/cases/" + f.Own + "/events", "/api/v1/cases/" + f.Other} {
		_, body := f.Do(t, "counsel", "GET", path, "")
		for _, secret := range []string{"Aya", "ay_chim0807", "konnoyukio", "CmRUCE", "SECRET-OBJECTION-TEXT", "obj-1", "2022-11-08"} {
			if strings.Contains(body, secret) {
				t.Errorf("GET %s as counsel shows %q:\n%.500s", path, secret, body)
			}
		}
	}
	_, body := f.Do(t, "staff", "GET", "/api/v1/cases/"+f.Own+"?now=2022-11-21", "")
	if !strings.Contains(body, "Aya@ay_chim0807") {
		t.Error("staff do not see the accounts: the check above would prove nothing")
	}
}

// TestBadInput: malformed JSON, unknown fields, wrong types, bad dates,
// oversized bodies and scripts in text fields get a 4xx naming the problem
// and change nothing.
func TestBadInput(t *testing.T) {
	f := newFixture(t)
	events := "/api/v1/cases/" + f.Own + "/events"
	big := `{"type":"notice_sent","at":"2022-10-28","note":"` + strings.Repeat("x", route.MaxBody) + `"}`
	for _, tc := range []struct {
		name, path, body string
		code             int
		says             string
	}{
		{"malformed JSON", events, `{"type":`, 400, ""},
		{"unknown field", events, `{"type":"notice_sent","at":"2022-10-28","account":"Aya@ay_chim0807","colour":"red"}`, 422, "colour"},
		{"wrong type", events, `{"type":"notice_sent","at":20221028}`, 422, "at"},
		{"bad date", events, `{"type":"notice_sent","at":"2022-02-30","account":"Aya@ay_chim0807"}`, 422, "February 2022 has 28 days"},
		{"unknown event", events, `{"type":"party","at":"2022-10-28"}`, 422, "type"},
		{"oversized body", events, big, 413, ""},
		{"a script in a text field is stored as text, not refused, but a bad account is", events, `{"type":"notice_sent","at":"2022-10-28","account":"<script>alert(1)</script>"}`, 422, "not a target"},
		{"path traversal in a case id", "/api/v1/cases/..%2f..%2fetc%2fpasswd", "", 422, "path.id"},
		{"bad order", "/api/v1/cases", `{"court":{"id":"cand"},"days":"ten"}`, 422, "body.case_number"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before, _ := f.Do(t, "staff", "GET", events, "")
			_, logBefore := f.Do(t, "staff", "GET", events, "")
			method := "POST"
			if tc.body == "" {
				method = "GET"
			}
			code, body := f.Do(t, "staff", method, tc.path, tc.body)
			if code != tc.code || (tc.says != "" && !strings.Contains(body, tc.says)) {
				t.Errorf("%d %s; want %d saying %q", code, body, tc.code, tc.says)
			}
			if code < 400 || code >= 500 {
				t.Errorf("not a 4xx")
			}
			_, logAfter := f.Do(t, "staff", "GET", events, "")
			if before != 200 || logAfter != logBefore {
				t.Errorf("the case changed")
			}
			var problem map[string]any
			if tc.code != 404 && json.Unmarshal([]byte(body), &problem) != nil {
				t.Errorf("the answer is not problem JSON: %s", body)
			}
		})
	}
}

// TestFeed: a user's calendar feed lists the duties they may see, through
// a token URL that needs no session.
func TestFeed(t *testing.T) {
	f := newFixture(t)
	code, body := f.Do(t, "staff", "POST", "/api/v1/feed", "")
	if code != 201 {
		t.Fatalf("new feed: %d %s", code, body)
	}
	var out struct{ URL string }
	if err := json.Unmarshal([]byte(body), &out); err != nil || !strings.HasPrefix(out.URL, "/feed/") {
		t.Fatalf("feed url: %q %v", out.URL, err)
	}
	code, cal := f.Do(t, "anonymous", "GET", out.URL, "")
	if code != 200 || !strings.Contains(cal, "BEGIN:VEVENT") || !strings.Contains(cal, "advise_court") {
		t.Errorf("staff feed: %d\n%.400s", code, cal)
	}
	if code, _ := f.Do(t, "anonymous", "GET", "/feed/not-a-token.ics", ""); code != 404 {
		t.Errorf("a bad feed token: %d", code)
	}
	_, body = f.Do(t, "counsel", "POST", "/api/v1/feed", "")
	_ = json.Unmarshal([]byte(body), &out)
	if _, cal := f.Do(t, "anonymous", "GET", out.URL, ""); strings.Contains(cal, "advise_court") || strings.Contains(cal, "Aya") {
		t.Errorf("counsel's feed shows the platform's duties:\n%.600s", cal)
	}
}
