package api

import (
	"context"
	"encoding/json"
	"github.com/danielgtaylor/huma/v2/adapters/humago"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/webtest"
)

// manyKeys is a JSON object that starts as head does, then has n keys no
// body of the API has, as short as they can be written, so that 100,000 of
// them fit in the 1 MiB a route takes: the body of the audit's finding of
// issue 13.
func manyKeys(head string, n int) string {
	var b strings.Builder
	b.WriteString(head)
	for i := range n {
		b.WriteString(`,"_`)
		b.WriteString(strconv.FormatInt(int64(i), 36))
		b.WriteString(`":0`)
	}
	b.WriteString("}")
	return b.String()
}

// manyItems is a JSON object with a list of n numbers where the API takes
// strings.
func manyItems(n int) string {
	return `{"type":"ruling","at":"2022-12-05","on":[` + strings.Repeat("1,", n) + `1],"accounts":[` + strings.Repeat("1,", n) + `1]}`
}

// jsonRoutes are the API's routes that take a JSON body, each with a path
// on the fixture's own case.
func jsonRoutes(f *fixture) []struct{ name, path string } {
	c := "/api/v1/cases/" + f.Own
	return []struct{ name, path string }{
		{"sign-in", "/api/v1/session"},
		{"create-case", "/api/v1/cases"},
		{"record-event", c + "/events"},
		{"send-notices", c + "/notices"},
		{"produce", c + "/productions"},
		{"void", c + "/productions/prod-1/void"},
	}
}

// TestManyUnknownKeys: a body of 6,000 or 100,000 keys no body has (after
// a value of the right kind or of the wrong one), or of 200,000 list items
// of the wrong kind, to any route that takes JSON, signed in or not, is
// refused with a 4xx naming no more than a few of them, and answering
// allocates less than 50 MB (the audit of issue 13 measured 1.46 GB for
// 6,000 keys: an error per key, each holding the whole object, written
// back). Someone not signed in is refused before the body is read. How fast
// it answers is BenchmarkManyUnknownKeys's to say.
func TestManyUnknownKeys(t *testing.T) {
	f := newFixture(t)
	bodies := []struct{ name, body string }{
		{"6000 keys", manyKeys(`{"type":"notice_sent","at":"2022-10-28"`, 6000)},
		{"100000 keys", manyKeys(`{"type":"notice_sent","at":"2022-10-28"`, 100000)},
		{"100000 keys after a wrong value", manyKeys(`{"type":"notice_sent","at":20221028,"accounts":7`, 100000)},
		{"200000 items of the wrong kind", manyItems(200000)},
	}
	for _, b := range bodies {
		for _, r := range jsonRoutes(f) {
			for _, who := range []string{"anonymous", "staff"} {
				t.Run(r.name+"/"+who+"/"+b.name, func(t *testing.T) {
					var before, after runtime.MemStats
					runtime.GC()
					runtime.ReadMemStats(&before)
					code, answer := f.Do(t, who, "POST", r.path, b.body)
					runtime.ReadMemStats(&after)
					if code < 400 || code >= 500 {
						t.Errorf("%d; want a 4xx:\n%.300s", code, answer)
					}
					if who == "anonymous" && r.name != "sign-in" && code != 401 {
						t.Errorf("%d; want 401 before the body is read\n%.300s", code, answer)
					}
					if len(answer) > 4096 {
						t.Errorf("the answer has %d bytes; the errors are not capped:\n%.300s", len(answer), answer)
					}
					// The request's body is built and sent in this process
					// too: that is a few MB of what is counted.
					if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 50<<20 {
						t.Errorf("answering allocated %d MB; want under 50 MB", alloc>>20)
					}
				})
			}
		}
	}
}

// BenchmarkManyUnknownKeys times the answer to a signed-in request whose
// body has 6,000 or 100,000 keys no body has (the audit of issue 13: 11 s
// and 1.46 GB for 6,000 keys), or 200,000 list items of the wrong kind,
// served in-process as the server serves the API's routes.
//
//	go test -run '^$' -bench ManyUnknownKeys -benchmem ./internal/web/api/
func BenchmarkManyUnknownKeys(b *testing.B) {
	ctx := context.Background()
	clock := func() time.Time { return webtest.Now }
	st, err := store.Open(ctx, "sqlite:"+filepath.Join(b.TempDir(), "writ.db"), clock)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	users, _ := store.UsersOf(st)
	guard, err := access.New(users, access.Options{Params: access.TestParams})
	if err != nil {
		b.Fatal(err)
	}
	svc := &cases.Service{Store: st, Now: clock, Actor: "test"}
	c, err := svc.Open(ctx, examples.SeedOrder(), "", "")
	if err != nil {
		b.Fatal(err)
	}
	u, err := guard.CreateUser(ctx, store.NewUser{Email: "staff@example.com", Name: "staff", Role: store.RoleStaff, Platform: "Twitter, Inc."}, "")
	if err != nil {
		b.Fatal(err)
	}
	token, _, err := guard.StartSession(ctx, u.ID, webtest.Now)
	if err != nil {
		b.Fatal(err)
	}
	a := &API{Cases: svc, Access: guard, Now: clock, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	h := webtest.Handler(a.Routes())
	for _, tc := range []struct{ name, body string }{
		{"6000_keys", manyKeys(`{"type":"notice_sent","at":"2022-10-28"`, 6000)},
		{"100000_keys", manyKeys(`{"type":"notice_sent","at":"2022-10-28"`, 100000)},
		// Read to the end: no key is unknown, every item is of the wrong
		// kind.
		{"200000_items", manyItems(200000)},
	} {
		body := tc.body
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				req := httptest.NewRequest("POST", "/api/v1/cases/"+c.ID+"/events", strings.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("Authorization", "Bearer "+token)
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != 422 {
					b.Fatalf("%d %.300s", rec.Code, rec.Body)
				}
			}
		})
	}
}

// TestUnknownFieldsNamed: a key a body does not have is refused naming it
// by its path, the first twenty of many in order, even after a value of the
// wrong kind; a value of the wrong kind is refused naming its field; keys
// are matched without regard to case, as huma matches them; what a body
// takes as raw JSON (a ruling's order) is left to its own parser; an
// order with a few unknown keys is the order parser's to report whole, with
// everything else wrong with it.
func TestUnknownFieldsNamed(t *testing.T) {
	f := newFixture(t)
	events := "/api/v1/cases/" + f.Own + "/events"
	for _, tc := range []struct {
		name, path, body string
		code             int
		says             []string
	}{
		{"one key", events, `{"type":"notice_sent","at":"2022-10-28","colour":"red"}`, 422, []string{`"location":"body.colour"`}},
		{"after a value of the wrong kind", events, `{"at":20221028,"type":"notice_sent","colour":"red"}`, 422, []string{`"location":"body.colour"`}},
		{"many, the first twenty in order", events, manyKeys(`{"type":"notice_sent"`, 30), 422,
			[]string{`"location":"body._0"`, `"location":"body._j"`, "and more unexpected properties"}},
		{"a value of the wrong kind", events, `{"type":"notice_sent","at":"2022-10-28","on":[1]}`, 422, []string{`"location":"body.on[0]"`, "expected string, not a JSON number"}},
		{"case does not matter", "/api/v1/cases/" + f.Own + "/notices", `{"Resend":true,"ACCOUNTS":[]}`, 501, nil},
		{"the schema huma links to", "/api/v1/cases/" + f.Own + "/notices", `{"$schema":"https://example.com/api/v1/schemas/NoticesInputBody.json","resend":true}`, 501, nil},
		{"a ruling's order is the order parser's", events, `{"type":"ruling","at":"2022-12-05","on":["obj-1"],"outcome":"modified","order":{"colour":1}}`, 422, []string{"colour"}},
		{"an order's few unknown keys are the order parser's", "/api/v1/cases", `{"court":{"id":"cand"},"days":"ten"}`, 422, []string{"body.case_number", "days"}},
		{"an order's many", "/api/v1/cases", manyKeys(`{"court":{"id":"cand"}`, 25), 422, []string{`"location":"body._0"`, "and more unexpected properties"}},
		{"not JSON", events, `{"type":"notice_sent",`, 400, nil},
		{"two values", events, `{"type":"notice_sent","at":"2022-10-28"} {}`, 400, []string{"after top-level value"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, body := f.Do(t, "staff", "POST", tc.path, tc.body)
			if code != tc.code {
				t.Errorf("%d; want %d\n%s", code, tc.code, body)
			}
			for _, s := range tc.says {
				if !strings.Contains(body, s) {
					t.Errorf("the answer does not say %s:\n%s", s, body)
				}
			}
			var problem struct{ Errors []json.RawMessage }
			if err := json.Unmarshal([]byte(body), &problem); err != nil || len(problem.Errors) > maxErrors+1 {
				t.Errorf("%d errors (%v)", len(problem.Errors), err)
			}
		})
	}
}

// TestCheck: the walk along a body's type names unknown keys by their
// paths through objects and lists, reads escaped keys as encoding/json
// reads them, matches keys without regard to case, looks into maps' values
// and embedded structs' fields but not into what reads its own JSON, and
// notes the first value of the wrong kind only when no key is unknown.
func TestCheck(t *testing.T) {
	type inner struct {
		Label string `json:"label"`
		Days  int    `json:"days"`
	}
	type embedded struct {
		Shared string `json:"shared"`
	}
	type body struct {
		embedded
		Name   string            `json:"name"`
		Items  []inner           `json:"items"`
		ByName map[string]inner  `json:"by_name"`
		Raw    json.RawMessage   `json:"raw"`
		When   time.Time         `json:"when"`
		Any    any               `json:"any"`
		Tags   map[string]string `json:"tags"`
		Flag   *bool             `json:"flag"`
	}
	typ := reflect.TypeFor[body]()
	for _, tc := range []struct {
		name, body string
		strict     bool
		want       []string // the problems' locations and messages
	}{
		{"fits", `{"name":"a","items":[{"label":"x","days":3}],"by_name":{"k":{"label":"y"}},"raw":{"anything":[1]},"when":"2022-10-28T00:00:00Z","any":{"x":1},"tags":{"a":"b"},"flag":null,"shared":"s"}`, true, nil},
		{"a key in a list's object", `{"items":[{"label":"x"},{"label":"y","colour":1}]}`, true, []string{"body.items[1].colour: unexpected property"}},
		{"a key in a map's value", `{"by_name":{"k":{"colour":1}}}`, true, []string{"body.by_name.k.colour: unexpected property"}},
		{"an escaped key", `{"n\u0061me":"a","c\u006flour":1}`, true, []string{"body.colour: unexpected property"}},
		{"case", `{"NAME":"a","Items":[{"LABEL":"x"}]}`, true, nil},
		{"a key after a value of the wrong kind", `{"name":1,"colour":1}`, true, []string{"body.colour: unexpected property"}},
		{"a value of the wrong kind", `{"items":[{"label":"x"},{"days":"3"}]}`, true, []string{"body.items[1].days: expected integer, not a JSON string"}},
		{"an object for a string", `{"name":{"a":[1,2]},"flag":true}`, true, []string{"body.name: expected string, not a JSON object"}},
		{"a list for an object", `{"by_name":[]}`, true, []string{"body.by_name: expected object, not a JSON array"}},
		{"wrong kinds are the parser's when not strict", `{"name":1}`, false, nil},
		{"not JSON", `{"name":`, true, []string{"body: unexpected end of JSON input"}},
		{"two values", `{} {}`, true, []string{"body: invalid character '{' after top-level value (at byte 4)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, details := check([]byte(tc.body), typ, tc.strict)
			var got []string
			for _, d := range details {
				e := d.(*huma.ErrorDetail)
				got = append(got, e.Location+": "+e.Message)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("%q; want %q", got, tc.want)
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tc.want[i]) {
					t.Errorf("%q; want %q", got[i], tc.want[i])
				}
			}
		})
	}
}

// TestLongHandlerKeepsItsContext: an operation that takes longer than the
// time its body may take to arrive (a production build) keeps its
// request's context. huma sets the connection's read deadline after
// strictBody has read the body, and net/http's watch for a closed
// connection, started once the body is read, then took the deadline for a
// hang-up and cancelled the request: every build over 5 s answered 500
// ("the build was cancelled").
func TestLongHandlerKeepsItsContext(t *testing.T) {
	type in struct {
		Body struct {
			N int `json:"n"`
		}
	}
	type out struct {
		Body struct {
			Err string `json:"err"`
		}
	}
	mux := http.NewServeMux()
	api := humago.New(mux, huma.DefaultConfig("t", "1"))
	api.UseMiddleware(func(ctx huma.Context, next func(huma.Context)) {
		if strictBody(api, ctx) {
			next(ctx)
		}
	})
	e := operation(huma.Operation{OperationID: "slow", Method: http.MethodPost, Path: "/slow", BodyReadTimeout: 100 * time.Millisecond},
		func(ctx context.Context, _ *in) (*out, error) {
			select {
			case <-ctx.Done():
				o := &out{}
				o.Body.Err = ctx.Err().Error()
				return o, nil
			case <-time.After(600 * time.Millisecond):
				return &out{}, nil
			}
		})
	e.register(api)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	resp, err := http.Post(srv.URL+"/slow", "application/json", strings.NewReader(`{"n":1}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || strings.Contains(string(b), "canceled") {
		t.Errorf("the slow operation: %d %s", resp.StatusCode, b)
	}
}
