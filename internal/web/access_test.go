package web

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
)

// fixture is a served writ with a case of the staff's platform ("own"),
// a case of another platform ("other"), and a user of each kind.
type fixture struct {
	server *Server
	srv    *httptest.Server
	tokens map[string]string // who -> bearer token
	own    string
	other  string
}

var testNow = time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)

func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "writ.db"), func() time.Time { return testNow })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	users, _ := store.UsersOf(st)
	guard, err := access.New(users, access.Options{Params: access.TestParams})
	if err != nil {
		t.Fatal(err)
	}
	svc := &cases.Service{Store: st, Now: func() time.Time { return testNow }, Actor: "test"}
	seed := examples.SeedOrder()
	own, err := svc.Open(ctx, seed, "", "")
	if err != nil {
		t.Fatal(err)
	}
	other, err := svc.Open(ctx, bytes.ReplaceAll(seed, []byte(`"Twitter, Inc."`), []byte(`"Other Platform LLC"`)), "", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{own.ID, other.ID} {
		c, _ := svc.Load(ctx, id)
		at := func(day string) time.Time {
			d, _ := time.ParseInLocation("2006-01-02", day, c.Calendar.Location)
			return d
		}
		for _, e := range []matter.Event{
			{Type: matter.SubpoenaServed, At: at("2022-10-20"), WithOrder: ptr(true), Conforms: ptr(true)},
			{Type: matter.NoticeSent, At: at("2022-10-21"), Account: "Aya@ay_chim0807"},
			{Type: matter.ObjectionReceived, At: at("2022-11-08"), Account: "Aya@ay_chim0807", Note: "I object: SECRET-OBJECTION-TEXT"},
		} {
			if _, err := svc.Record(ctx, id, e, ""); err != nil {
				t.Fatal(err)
			}
		}
	}
	f := &fixture{tokens: map[string]string{}, own: own.ID, other: other.ID}
	for _, u := range []struct {
		who, role, platform string
		grant               bool
	}{
		{"staff", store.RoleStaff, "Twitter, Inc.", false},
		{"staff-elsewhere", store.RoleStaff, "Other Platform LLC", false},
		{"counsel", store.RoleCounsel, "", true},
		{"counsel-elsewhere", store.RoleCounsel, "", false},
		{"court", store.RoleCourt, "", true},
	} {
		user, err := guard.CreateUser(ctx, store.NewUser{Email: u.who + "@example.com", Name: u.who, Role: u.role, Platform: u.platform}, "")
		if err != nil {
			t.Fatal(err)
		}
		if u.grant {
			if err := users.Grant(ctx, user.ID, own.ID, u.role); err != nil {
				t.Fatal(err)
			}
		}
		token, _, err := guard.StartSession(ctx, user.ID, testNow)
		if err != nil {
			t.Fatal(err)
		}
		f.tokens[u.who] = token
	}
	s := &Server{Cases: svc, Users: users, Access: guard, Now: func() time.Time { return testNow }, Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Production: &Production{Dir: t.TempDir()}}
	f.server = s
	f.srv = httptest.NewServer(s.Handler())
	t.Cleanup(f.srv.Close)
	return f
}

func ptr[T any](v T) *T { return &v }

func (f *fixture) do(t *testing.T, who, method, path string, body string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(method, f.srv.URL+path, strings.NewReader(body))
	if tok := f.tokens[who]; tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

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
		{"create", "POST", "/api/v1/cases", seed, []int{401, 201, 403, 403, 403, 403}},
		{"show own", "GET", "/api/v1/cases/" + f.own, "", []int{401, 200, 404, 200, 404, 200}},
		{"show other", "GET", "/api/v1/cases/" + f.other, "", []int{401, 404, 200, 404, 404, 404}},
		{"log own", "GET", "/api/v1/cases/" + f.own + "/events", "", []int{401, 200, 404, 403, 404, 200}},
		{"log other", "GET", "/api/v1/cases/" + f.other + "/events", "", []int{401, 404, 200, 404, 404, 404}},
		{"record own", "POST", "/api/v1/cases/" + f.own + "/events", served, []int{401, 201, 404, 403, 404, 403}},
		{"record other", "POST", "/api/v1/cases/" + f.other + "/events", served, []int{401, 404, 201, 404, 404, 404}},
		// This server has no SMTP server: the staff who may send get 501.
		{"notices own", "POST", "/api/v1/cases/" + f.own + "/notices", "{}", []int{401, 501, 404, 403, 404, 403}},
		{"notices other", "POST", "/api/v1/cases/" + f.other + "/notices", "{}", []int{401, 404, 501, 404, 404, 404}},
		// The objection is pending: staff pass the policy and meet the gate.
		{"produce own", "POST", "/api/v1/cases/" + f.own + "/productions", `{}`, []int{401, 409, 404, 403, 404, 403}},
		// Staff may record a ruling that reached them; the court then
		// passes the policy too, and is told the objection was resolved.
		{"ruling own", "POST", "/api/v1/cases/" + f.own + "/events", ruling, []int{401, 201, 404, 403, 404, 409}},
		{"unknown case", "GET", "/api/v1/cases/c-nosuchcase", "", []int{401, 404, 404, 404, 404, 404}},
		{"release own", "POST", "/api/v1/cases/" + f.own + "/productions/prod-1/release", "", []int{401, 404, 404, 403, 404, 403}},
		{"download own", "GET", "/api/v1/cases/" + f.own + "/productions/prod-1/package.tar.gz", "", []int{401, 404, 404, 403, 404, 403}},
	} {
		for i, w := range who {
			t.Run(tc.route+"/"+w, func(t *testing.T) {
				code, body := f.do(t, w, tc.method, tc.path, tc.body)
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
	for _, path := range []string{"/api/v1/cases", "/api/v1/cases/" + f.own, "/api/v1/cases/" + f.own + "?now=2022-11-21",
		"/api/v1/cases/" + f.own + "/events", "/api/v1/cases/" + f.other} {
		_, body := f.do(t, "counsel", "GET", path, "")
		for _, secret := range []string{"Aya", "ay_chim0807", "konnoyukio", "CmRUCE", "SECRET-OBJECTION-TEXT", "obj-1", "2022-11-08"} {
			if strings.Contains(body, secret) {
				t.Errorf("GET %s as counsel shows %q:\n%.500s", path, secret, body)
			}
		}
	}
	_, body := f.do(t, "staff", "GET", "/api/v1/cases/"+f.own+"?now=2022-11-21", "")
	if !strings.Contains(body, "Aya@ay_chim0807") {
		t.Error("staff do not see the accounts: the check above would prove nothing")
	}
}

// TestBadInput: malformed JSON, unknown fields, wrong types, bad dates,
// oversized bodies and scripts in text fields get a 4xx naming the problem
// and change nothing.
func TestBadInput(t *testing.T) {
	f := newFixture(t)
	events := "/api/v1/cases/" + f.own + "/events"
	big := `{"type":"notice_sent","at":"2022-10-28","note":"` + strings.Repeat("x", MaxBody) + `"}`
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
			before, _ := f.do(t, "staff", "GET", events, "")
			_, logBefore := f.do(t, "staff", "GET", events, "")
			method := "POST"
			if tc.body == "" {
				method = "GET"
			}
			code, body := f.do(t, "staff", method, tc.path, tc.body)
			if code != tc.code || (tc.says != "" && !strings.Contains(body, tc.says)) {
				t.Errorf("%d %s; want %d saying %q", code, body, tc.code, tc.says)
			}
			if code < 400 || code >= 500 {
				t.Errorf("not a 4xx")
			}
			_, logAfter := f.do(t, "staff", "GET", events, "")
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

// TestFeedAndMetrics: a user's calendar feed lists the duties they may
// see, through a token URL that needs no session; /metrics counts requests.
func TestFeedAndMetrics(t *testing.T) {
	f := newFixture(t)
	code, body := f.do(t, "staff", "POST", "/api/v1/feed", "")
	if code != 201 {
		t.Fatalf("new feed: %d %s", code, body)
	}
	var out struct{ URL string }
	if err := json.Unmarshal([]byte(body), &out); err != nil || !strings.HasPrefix(out.URL, "/feed/") {
		t.Fatalf("feed url: %q %v", out.URL, err)
	}
	code, cal := f.do(t, "anonymous", "GET", out.URL, "")
	if code != 200 || !strings.Contains(cal, "BEGIN:VEVENT") || !strings.Contains(cal, "advise_court") {
		t.Errorf("staff feed: %d\n%.400s", code, cal)
	}
	if code, _ := f.do(t, "anonymous", "GET", "/feed/not-a-token.ics", ""); code != 404 {
		t.Errorf("a bad feed token: %d", code)
	}
	_, body = f.do(t, "counsel", "POST", "/api/v1/feed", "")
	_ = json.Unmarshal([]byte(body), &out)
	if _, cal := f.do(t, "anonymous", "GET", out.URL, ""); strings.Contains(cal, "advise_court") || strings.Contains(cal, "Aya") {
		t.Errorf("counsel's feed shows the platform's duties:\n%.600s", cal)
	}
	_, metrics := f.do(t, "anonymous", "GET", "/metrics", "")
	for _, want := range []string{"writ_http_requests_total", "writ_duties_overdue", "writ_http_request_seconds"} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}
