package source_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	_ "time/tzdata" // the court's zone must resolve on every machine

	"github.com/writ-project/writ/internal/demo"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/source"
)

// platform is a demo platform made once for every test of this file.
type platform struct {
	dir, gzDir string
	sum        demo.Summary
}

var (
	platformOnce sync.Once
	testPlatform platform
	platformErr  error
)

// demoPlatform makes (once) a small demo platform, in both log forms.
func demoPlatform(t *testing.T) platform {
	t.Helper()
	platformOnce.Do(func() {
		base, err := os.MkdirTemp("", "writ-demo-source-")
		if err != nil {
			platformErr = err
			return
		}
		opts := demo.Options{Accounts: 200, Events: 50_000, Seed: 42}
		testPlatform.dir, testPlatform.gzDir = filepath.Join(base, "plain"), filepath.Join(base, "gz")
		if testPlatform.sum, platformErr = demo.Generate(opts, testPlatform.dir); platformErr != nil {
			return
		}
		opts.Gzip = true
		_, platformErr = demo.Generate(opts, testPlatform.gzDir)
	})
	if platformErr != nil {
		t.Fatalf("making the demo platform: %v", platformErr)
	}
	return testPlatform
}

func TestMain(m *testing.M) {
	code := m.Run()
	if testPlatform.dir != "" {
		os.RemoveAll(filepath.Dir(testPlatform.dir))
	}
	os.Exit(code)
}

func openDemo(t *testing.T, dir string) source.Source {
	t.Helper()
	src, err := source.OpenDemo(dir)
	if err != nil {
		t.Fatalf("OpenDemo: %v", err)
	}
	t.Cleanup(func() { src.Close() })
	return src
}

// rawAccounts decodes accounts.jsonl as generic JSON: everything in the
// source, card numbers included.
func rawAccounts(t *testing.T, dir string) []map[string]any {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, demo.AccountsFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []map[string]any
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a map[string]any
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

func seedIDs(p platform) (konno, aya string) {
	return p.sum.Seeds[0].ID, p.sum.Seeds[1].ID
}

// postURL returns the URL of the seed account's post on a day.
func postURL(t *testing.T, p platform, handle, day string) string {
	t.Helper()
	for _, a := range rawAccounts(t, p.dir) {
		if a["handle"] != handle {
			continue
		}
		for _, x := range a["posts"].([]any) {
			post := x.(map[string]any)
			if strings.HasPrefix(post["posted"].(string), day) {
				return post["url"].(string)
			}
		}
	}
	t.Fatalf("@%s made no post on %s", handle, day)
	return ""
}

// TestDemoResolve resolves the seed order's targets by each thing an order
// can name them by.
func TestDemoResolve(t *testing.T) {
	p := demoPlatform(t)
	src := openDemo(t, p.dir)
	konno, aya := seedIDs(p)
	ctx := context.Background()
	for _, tc := range []struct {
		name     string
		target   order.Target
		want     string
		evidence string
	}{
		{"handle", order.Target{Label: "konnoyukio@CmRUCE", Handle: "CmRUCE"}, konno, "handle is @CmRUCE"},
		{"handle with @ in another case", order.Target{Label: "x", Handle: " @CMRUCE "}, konno, "handle is @CmRUCE"},
		{"handle and display name", order.Target{Label: "Aya@ay_chim0807", Handle: "ay_chim0807", DisplayName: "Aya"}, aya, `display name is "Aya"`},
		{"seed order's target", order.Target{Label: "Aya@ay_chim0807", Handle: "ay_chim0807", DisplayName: "Aya",
			Evidence: []order.Evidence{{Description: "tweet"}}}, aya, "@ay_chim0807"},
		{"display name alone", order.Target{Label: "konnoyukio", DisplayName: "konnoyukio"}, konno, `display name is "konnoyukio"`},
		{"handle and earlier display name", order.Target{Label: "あや@ay_chim0807", Handle: "ay_chim0807", DisplayName: "あや"}, aya, `has shown the display name "あや"`},
		{"post URL", order.Target{Label: "the post of 2022-03-23", Evidence: []order.Evidence{{URL: postURL(t, p, "CmRUCE", "2022-03-23")}}}, konno, "made the post"},
		{"post URL with another handle in it", order.Target{Label: "post", Evidence: []order.Evidence{{
			URL: strings.Replace(postURL(t, p, "ay_chim0807", "2022-03-29"), "ay_chim0807", "renamed", 1)}}}, aya, "made the post"},
		{"profile URL", order.Target{Label: "profile", Evidence: []order.Evidence{{URL: "https://twitter.example/ay_chim0807"}}}, aya, "profile URL"},
		{"handle, display name and post URL agree", order.Target{Label: "Aya@ay_chim0807", Handle: "ay_chim0807", DisplayName: "Aya",
			Evidence: []order.Evidence{{URL: postURL(t, p, "ay_chim0807", "2022-03-29")}}}, aya, "made the post"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := src.Resolve(ctx, tc.target)
			if err != nil {
				t.Fatalf("Resolve: %v", err)
			}
			if r.AccountID != tc.want || r.Label != tc.target.Label {
				t.Errorf("resolved %q to %s, want %s", r.Label, r.AccountID, tc.want)
			}
			if !strings.Contains(r.Evidence, tc.evidence) {
				t.Errorf("evidence %q does not say %q", r.Evidence, tc.evidence)
			}
			if r.Created.IsZero() || r.Created.Location() != time.UTC {
				t.Errorf("created %v, want a UTC time", r.Created)
			}
		})
	}
	t.Run("ErrNotFound", func(t *testing.T) {
		for _, target := range []order.Target{
			{Label: "nobody", Handle: "no_such_handle"},
			{Label: "nobody", DisplayName: "No Such Name"},
			{Label: "nobody", Evidence: []order.Evidence{{URL: "https://twitter.example/someone/status/1"}}},
		} {
			_, err := src.Resolve(ctx, target)
			if !fault.Is(err, fault.NotFound) {
				t.Errorf("%+v: error %v, want not_found", target, err)
			}
		}
	})
	t.Run("ErrConflict", func(t *testing.T) {
		// Two accounts show "Aya": the display name alone must not pick one.
		_, err := src.Resolve(ctx, order.Target{Label: "Aya", DisplayName: "Aya"})
		if !fault.Is(err, fault.Conflict) {
			t.Fatalf("error %v, want conflict", err)
		}
		for _, want := range []string{aya, "@ay_chim0807", "@aya_mt2019"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("conflict %q does not name the candidate %s", err, want)
			}
		}
		// A handle and a post that belong to different accounts.
		_, err = src.Resolve(ctx, order.Target{Label: "mixed", Handle: "CmRUCE",
			Evidence: []order.Evidence{{URL: postURL(t, p, "ay_chim0807", "2022-03-29")}}})
		if !fault.Is(err, fault.Conflict) || !strings.Contains(err.Error(), konno) || !strings.Contains(err.Error(), aya) {
			t.Errorf("error %v, want a conflict naming %s and %s", err, konno, aya)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		if _, err := src.Resolve(ctx, order.Target{Label: "empty"}); !fault.Is(err, fault.Invalid) {
			t.Errorf("error %v, want invalid", err)
		}
	})
}

// secrets collects every card number, expiry date and security code the
// source file holds.
func secrets(t *testing.T, accounts []map[string]any) (numbers, expiries, cvcs []string) {
	t.Helper()
	for _, a := range accounts {
		cards, _ := a["cards"].([]any)
		for _, x := range cards {
			c := x.(map[string]any)
			numbers = append(numbers, c["number"].(string))
			expiries = append(expiries, c["expiry"].(string))
			cvcs = append(cvcs, c["cvc"].(string))
		}
	}
	if len(numbers) < 20 {
		t.Fatalf("the source holds %d cards; the test needs many", len(numbers))
	}
	return numbers, expiries, cvcs
}

var readable = []order.Category{
	order.Names, order.Addresses, order.Emails, order.Phones, order.CardHolder,
	order.OtherPayment, order.AccountCreation, order.DeviceIDs, order.Content,
}

// TestDemoRecordsNeverHoldCardSecrets reads every record of every account
// and searches every field for every card number, expiry date and
// security code the source holds.
func TestDemoRecordsNeverHoldCardSecrets(t *testing.T) {
	p := demoPlatform(t)
	src := openDemo(t, p.dir)
	accounts := rawAccounts(t, p.dir)
	numbers, expiries, cvcs := secrets(t, accounts)
	var holders int
	for _, a := range accounts {
		id := a["id"].(string)
		recs, err := src.Records(context.Background(), id, readable)
		if err != nil {
			t.Fatalf("Records(%s): %v", id, err)
		}
		if len(recs) == 0 {
			t.Fatalf("account %s has no records", id)
		}
		for _, r := range recs {
			if r.Category == order.CardHolder {
				holders++
			}
			for _, f := range r.Fields {
				if !slices.Contains(source.Allowed[r.Category], f.Name) {
					t.Errorf("%s: field %q of %s is not allowed", r.Ref, f.Name, r.Category)
				}
				digits := strings.Map(func(c rune) rune {
					if c >= '0' && c <= '9' {
						return c
					}
					return -1
				}, f.Value)
				for _, n := range numbers {
					if strings.Contains(f.Value, n) || strings.Contains(digits, n) {
						t.Errorf("%s: field %s holds the card number %s", r.Ref, f.Name, n)
					}
				}
				for _, e := range expiries {
					if strings.Contains(f.Value, e) {
						t.Errorf("%s: field %s = %q holds the expiry date %s", r.Ref, f.Name, f.Value, e)
					}
				}
				// Security codes are three or four digits, which occur in
				// addresses and ids by chance: a field holds one only if it
				// is one.
				if slices.Contains(cvcs, f.Value) {
					t.Errorf("%s: field %s is the security code %s", r.Ref, f.Name, f.Value)
				}
			}
		}
	}
	if holders == 0 {
		t.Error("no card holder record was read: the test proves nothing")
	}
}

// TestDemoRecords checks the seed accounts' records: every category, with
// the histories the order's "ever registered" reaches.
func TestDemoRecords(t *testing.T) {
	p := demoPlatform(t)
	src := openDemo(t, p.dir)
	_, aya := seedIDs(p)
	recs, err := src.Records(context.Background(), aya, readable)
	if err != nil {
		t.Fatal(err)
	}
	values := map[order.Category][]string{}
	var superseded int
	for i, r := range recs {
		if i > 0 && r.Registered.Before(recs[i-1].Registered) {
			t.Errorf("records are not in the order registered: %s after %s", r.Registered, recs[i-1].Registered)
		}
		if !r.Superseded.IsZero() {
			superseded++
		}
		if r.Ref == "" {
			t.Errorf("record %+v has no ref", r)
		}
		for _, f := range r.Fields {
			values[r.Category] = append(values[r.Category], f.Name+"="+f.Value)
		}
	}
	for cat, want := range map[order.Category]string{
		order.Names:           "name=佐藤 花子",
		order.Addresses:       "address=〒530-0012 大阪府大阪市北区芝田2丁目8-14 メゾン・ド・ソレイユ605",
		order.Emails:          "email=sato.hanako@mobile.example",
		order.Phones:          "phone=+1 408-555-0173",
		order.CardHolder:      "holder_name=HANAKO SATO",
		order.OtherPayment:    "method=PayPal",
		order.AccountCreation: "created=2022-02-17T23:30:42.105Z",
		order.DeviceIDs:       "kind=android",
		order.Content:         "posted=2022-03-29T11:44:51.208Z",
	} {
		if !slices.Contains(values[cat], want) {
			t.Errorf("%s: no %s in %q", cat, want, values[cat])
		}
	}
	if superseded == 0 {
		t.Error("no record was ever superseded: the history is lost")
	}

	only, err := src.Records(context.Background(), aya, []order.Category{order.CardHolder})
	if err != nil || len(only) != 1 || only[0].Category != order.CardHolder {
		t.Errorf("card holder records only: %+v, %v", only, err)
	}
	t.Run("ErrNotFound", func(t *testing.T) {
		if _, err := src.Records(context.Background(), "999", readable); !fault.Is(err, fault.NotFound) {
			t.Errorf("error %v, want not_found", err)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		for _, cats := range [][]order.Category{{order.AccessLogs}, {"card_numbers"}} {
			if _, err := src.Records(context.Background(), aya, cats); !fault.Is(err, fault.Invalid) {
				t.Errorf("%v: error %v, want invalid", cats, err)
			}
		}
	})
}

// courtDay returns the day in the court's zone as a window of UTC instants.
func courtDay(t *testing.T, day time.Time) source.Window {
	t.Helper()
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		t.Fatal(err)
	}
	y, m, d := day.In(la).Date()
	return source.Window{From: time.Date(y, m, d, 0, 0, 0, 0, la).UTC(), To: time.Date(y, m, d+1, 0, 0, 0, 0, la).UTC()}
}

// courtDays returns the days from first through last in the court's zone.
func courtDays(t *testing.T, first, last string) source.Window {
	t.Helper()
	a, _ := time.Parse(time.DateOnly, first)
	b, _ := time.Parse(time.DateOnly, last)
	return source.Window{From: courtDay(t, a.Add(12*time.Hour)).From, To: courtDay(t, b.Add(12*time.Hour)).To}
}

type rawEntry struct {
	TS      string `json:"ts"`
	Account string `json:"account"`
	IP      string `json:"ip"`
	Port    int    `json:"port"`
	time    time.Time
}

var (
	rawOnce sync.Once
	rawLog  []rawEntry
)

// readRaw decodes the platform's whole log once, independently of the
// connector.
func readRaw(t *testing.T, dir string) []rawEntry {
	t.Helper()
	rawOnce.Do(func() {
		f, err := os.Open(filepath.Join(dir, demo.AccessFile))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var e rawEntry
			if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
				t.Fatal(err)
			}
			if e.time, err = time.Parse(time.RFC3339Nano, e.TS); err != nil {
				t.Fatal(err)
			}
			rawLog = append(rawLog, e)
		}
	})
	return rawLog
}

// expected keeps the account's entries of the raw log inside the windows,
// by the half-open rule: an entry at a window's end is outside.
func expected(t *testing.T, dir, account string, windows []source.Window) []string {
	t.Helper()
	var out []string
	for _, e := range readRaw(t, dir) {
		if e.Account != account {
			continue
		}
		for _, w := range windows {
			if !e.time.Before(w.From) && e.time.Before(w.To) {
				out = append(out, e.time.UTC().Format(time.RFC3339Nano)+" "+e.IP)
				break
			}
		}
	}
	return out
}

func collect(t *testing.T, src source.Source, q source.LogQuery) ([]string, source.LogStats) {
	t.Helper()
	var got []string
	st, err := src.AccessLog(context.Background(), q, func(e source.LogEntry) error {
		if !e.IP.IsValid() || e.Ref == "" || e.Time.Location() != time.UTC {
			t.Errorf("entry %+v lacks an IP, a ref or a UTC time", e)
		}
		got = append(got, e.Time.Format(time.RFC3339Nano)+" "+e.IP.String())
		return nil
	})
	if err != nil {
		t.Fatalf("AccessLog: %v", err)
	}
	return got, st
}

// TestDemoAccessLog extracts the seed accounts' entries inside the seed
// order's windows (the creation day in America/Los_Angeles; 2022-06-08
// through a response date of 2022-12-06) from the plain and the gzip log,
// and checks them against the raw log, entry for entry, and at each edge.
func TestDemoAccessLog(t *testing.T) {
	p := demoPlatform(t)
	for _, s := range p.sum.Seeds {
		windows := []source.Window{courtDay(t, s.Created), courtDays(t, "2022-06-08", "2022-12-06")}
		want := expected(t, p.dir, s.ID, windows)
		for _, dir := range []string{p.dir, p.gzDir} {
			t.Run(s.Handle+"/"+filepath.Base(dir), func(t *testing.T) {
				got, st := collect(t, openDemo(t, dir), source.LogQuery{AccountID: s.ID, Windows: windows})
				if !slices.Equal(got, want) {
					t.Errorf("got %d entries, want %d (first difference at %d)", len(got), len(want), firstDiff(got, want))
				}
				if st.Lines != 50_000 || st.Matched != int64(len(got)) || st.CorruptLines != 0 {
					t.Errorf("stats %+v, want 50000 lines, %d matched, none corrupt", st, len(got))
				}
			})
		}
	}

	konno, aya := seedIDs(p)
	src := openDemo(t, p.dir)
	extracted := map[string][]string{}
	for _, s := range p.sum.Seeds {
		windows := []source.Window{courtDay(t, s.Created), courtDays(t, "2022-06-08", "2022-12-06")}
		extracted[s.ID], _ = collect(t, src, source.LogQuery{AccountID: s.ID, Windows: windows})
	}
	for _, tc := range []struct {
		account, ts string
		in          bool
		why         string
	}{
		{konno, "2021-11-15T07:41:07.318Z", true, "the sign-up, 23:41 PST on 2021-11-14"},
		{konno, "2021-11-15T07:59:30Z", true, "23:59 PST on the creation day, the next day in UTC"},
		{konno, "2021-11-15T07:59:59.999Z", true, "the last millisecond of the creation day"},
		{konno, "2021-11-15T08:00:00Z", false, "the creation day's end: outside (half-open)"},
		{aya, "2022-02-18T00:05:19.73Z", true, "16:05 PST on the creation day, the next day in UTC"},
		{aya, "2022-02-18T08:00:00Z", false, "the creation day's end"},
		{konno, "2022-03-23T12:17:03.512Z", false, "the post, in no window"},
		{konno, "2022-06-08T00:00:00Z", false, "17:00 PDT on 2022-06-07, though 2022-06-08 in UTC"},
		{konno, "2022-06-08T06:59:59.999Z", false, "the last millisecond before the range"},
		{konno, "2022-06-08T07:00:00Z", true, "the range's start: inside (half-open)"},
		{aya, "2022-12-07T07:59:59.999Z", true, "the last millisecond of the response date"},
		{aya, "2022-12-07T08:00:00Z", false, "the day after the response date"},
	} {
		ts, _ := time.Parse(time.RFC3339Nano, tc.ts)
		prefix := ts.Format(time.RFC3339Nano) + " "
		if len(expected(t, p.dir, tc.account, []source.Window{{From: ts, To: ts.Add(time.Millisecond)}})) == 0 {
			t.Errorf("the log has no entry at %s: the case %q tests nothing", tc.ts, tc.why)
		}
		in := slices.ContainsFunc(extracted[tc.account], func(s string) bool { return strings.HasPrefix(s, prefix) })
		if in != tc.in {
			t.Errorf("entry at %s (%s): extracted %v, want %v", tc.ts, tc.why, in, tc.in)
		}
	}
}

func firstDiff(a, b []string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// TestDemoAccessLogCorrupt checks that corrupt lines of the account are
// counted with their line numbers, and do not stop the extraction.
func TestDemoAccessLogCorrupt(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, demo.AccountsFile), []byte(`{"id":"7","handle":"h","display_name":"d","created":"2022-01-01T00:00:00Z"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	log := strings.Join([]string{
		`{"ts":"2022-06-08T07:00:00Z","account":"7","ip":"192.0.2.1","port":1}`,
		`{"ts":"2022-06-08T07:00:01Z","account":"7","ip":"192.0.2.1"`,
		`{"ts":"yesterday","account":"7","ip":"192.0.2.1"}`,
		`{"ts":"2022-06-08T07:00:02Z","account":"7","ip":"300.1.1.1"}`,
		`{"ts":"2022-06-08T07:00:03Z","account":"8","ip":"192.0.2.1"}`,
		`{"ts":"2022-06-08T07:00:04Z","account":"7","ip":"2001:db8::1","port":2,"ua":"x"}`,
	}, "\n") + "\n"
	if err := os.WriteFile(filepath.Join(dir, demo.AccessFile), []byte(log), 0o644); err != nil {
		t.Fatal(err)
	}
	src := openDemo(t, dir)
	w := source.Window{From: time.Date(2022, 6, 8, 0, 0, 0, 0, time.UTC), To: time.Date(2022, 6, 9, 0, 0, 0, 0, time.UTC)}
	got, st := collect(t, src, source.LogQuery{AccountID: "7", Windows: []source.Window{w}})
	if want := []string{"2022-06-08T07:00:00Z 192.0.2.1", "2022-06-08T07:00:04Z 2001:db8::1"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if st.Lines != 6 || st.CorruptLines != 3 || len(st.Corrupt) != 3 {
		t.Fatalf("stats %+v, want 6 lines and 3 corrupt", st)
	}
	for i, line := range []int64{2, 3, 4} {
		if st.Corrupt[i].Line != line || filepath.Base(st.Corrupt[i].File) != demo.AccessFile || st.Corrupt[i].Problem == "" {
			t.Errorf("corrupt[%d] = %+v, want line %d of %s with a problem", i, st.Corrupt[i], line, demo.AccessFile)
		}
	}
}

// TestDemoAccessLogRefuses checks the queries that must not be run.
func TestDemoAccessLogRefuses(t *testing.T) {
	p := demoPlatform(t)
	src := openDemo(t, p.dir)
	konno, _ := seedIDs(p)
	noop := func(source.LogEntry) error { return nil }
	if _, err := src.AccessLog(context.Background(), source.LogQuery{AccountID: konno}, noop); !fault.Is(err, fault.Invalid) {
		t.Errorf("no windows: error %v, want invalid", err)
	}
	all := []source.Window{{From: demo.DefaultStart, To: demo.DefaultEnd}}
	if _, err := src.AccessLog(context.Background(), source.LogQuery{Windows: all}, noop); !fault.Is(err, fault.Invalid) {
		t.Errorf("no account: error %v, want invalid", err)
	}
	stop := errors.New("stop")
	_, err := src.AccessLog(context.Background(), source.LogQuery{AccountID: konno, Windows: all},
		func(source.LogEntry) error { return stop })
	if !errors.Is(err, stop) {
		t.Errorf("emit's error %v was not returned", err)
	}
}

// TestOpenDemo checks that a folder that is not a demo platform is named.
func TestOpenDemo(t *testing.T) {
	dir := t.TempDir()
	if _, err := source.OpenDemo(dir); !fault.Is(err, fault.NotFound) || !strings.Contains(err.Error(), "writ demo-data") {
		t.Errorf("empty folder: error %v, want not_found saying how to make one", err)
	}
	os.WriteFile(filepath.Join(dir, demo.AccountsFile), nil, 0o644)
	if _, err := source.OpenDemo(dir); !fault.Is(err, fault.NotFound) {
		t.Errorf("no log: error %v, want not_found", err)
	}
}
