package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/netip"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
	"time"
	_ "time/tzdata"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/order"
)

// writeLog writes a log file into dir, gzip-compressed when gz is set, and
// returns its path.
func writeLog(t testing.TB, dir, name, text string, gz bool) string {
	t.Helper()
	path := filepath.Join(dir, name)
	data := []byte(text)
	if gz {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write(data)
		w.Close()
		data = b.Bytes()
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// scanAll scans and returns the entries emitted.
func scanAll(t testing.TB, l *LogFile, q LogQuery) ([]LogEntry, LogStats) {
	t.Helper()
	var got []LogEntry
	stats, err := l.Scan(context.Background(), q, func(e LogEntry) error {
		got = append(got, e)
		return nil
	})
	if err != nil {
		t.Fatalf("Scan: %v", err)
	}
	return got, stats
}

func mustTime(t testing.TB, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// pacificDay is the window of a whole day in the court's time zone, as the
// production makes it for account_creation_day.
func pacificDay(t testing.TB, y int, m time.Month, d int) Window {
	t.Helper()
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		t.Fatal(err)
	}
	from := time.Date(y, m, d, 0, 0, 0, 0, la)
	return Window{From: from.UTC(), To: from.AddDate(0, 0, 1).UTC()}
}

// refs lists the Ref of each entry.
func refs(es []LogEntry) []string {
	var out []string
	for _, e := range es {
		out = append(out, filepath.Base(e.Ref))
	}
	return out
}

func TestLogFileWindows(t *testing.T) {
	created := pacificDay(t, 2022, 5, 2) // PDT: [2022-05-02T07:00Z, 2022-05-03T07:00Z)
	later := Window{From: mustTime(t, "2022-10-01T00:00:00Z"), To: mustTime(t, "2022-12-06T08:00:00Z")}
	tests := []struct {
		name    string
		ts      string
		windows []Window
		in      bool
	}{
		{"23:59:30 Pacific on the creation day, the next day in UTC", "2022-05-02T23:59:30-07:00", []Window{created}, true},
		{"the same instant written in UTC", "2022-05-03T06:59:30Z", []Window{created}, true},
		{"midnight Pacific starting the creation day", "2022-05-02T07:00:00Z", []Window{created}, true},
		{"a millisecond before the creation day in Pacific", "2022-05-02T06:59:59.999Z", []Window{created}, false},
		{"midnight Pacific ending the creation day (half-open)", "2022-05-03T00:00:00-07:00", []Window{created}, false},
		{"the creation day in UTC but the day before in Pacific", "2022-05-02T03:00:00Z", []Window{created}, false},
		{"written in Tokyo time, inside", "2022-05-03T15:59:59.5+09:00", []Window{created}, true},
		{"inside the second window", "2022-11-20T12:00:00Z", []Window{created, later}, true},
		{"between the windows", "2022-07-01T12:00:00Z", []Window{created, later}, false},
		{"at the end of the second window", "2022-12-06T08:00:00Z", []Window{created, later}, false},
		{"nanoseconds before the end", "2022-12-06T07:59:59.999999999Z", []Window{created, later}, true},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeLog(t, dir, "w.jsonl", fmt.Sprintf(`{"ts":%q,"account":"acct-1","ip":"192.0.2.1","port":443}`+"\n", tt.ts), false)
			l, err := OpenLogFile(path, LogFormat{})
			if err != nil {
				t.Fatal(err)
			}
			got, stats := scanAll(t, l, LogQuery{AccountID: "acct-1", Windows: tt.windows})
			if (len(got) == 1) != tt.in {
				t.Fatalf("emitted %d entries, want in=%v", len(got), tt.in)
			}
			if stats.CorruptLines != 0 {
				t.Fatalf("corrupt: %+v", stats.Corrupt)
			}
			if tt.in {
				want := mustTime(t, tt.ts)
				if !got[0].Time.Equal(want) || got[0].Time.Location() != time.UTC {
					t.Fatalf("time %v, want %v in UTC", got[0].Time, want)
				}
			}
		})
	}
}

// everything is a window that holds every entry of the tests.
var everything = []Window{{From: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)}}

func TestLogFileFormats(t *testing.T) {
	const jsonl = `{"ts":"2022-11-01T10:00:00Z","account":"acct-1","ip":"192.0.2.1","port":443,"ua":"Mozilla/5.0","path":"/home"}
{"ts":"2022-11-01T10:00:01Z","account":"acct-2","ip":"192.0.2.2","port":443}
{"path":"/x","account":"acct-1","extra":{"nested":["a",{"b":"}"}]},"ip":"2001:db8::1","ts":"2022-11-01T10:00:02.5+09:00"}
{"ts":"2022-11-01T10:00:03Z","account":"acct-1","ip":"::ffff:192.0.2.3","port":"8080"}
`
	const csv = "ts,account,ip,port,ua\r\n" +
		"2022-11-01T10:00:00Z,acct-1,192.0.2.1,443,\"Mozilla/5.0 (X11, Linux)\"\r\n" +
		"2022-11-01T10:00:01Z,acct-2,192.0.2.2,443,curl\r\n" +
		"2022-11-01T10:00:02.5+09:00,\"acct-1\",2001:db8::1,,\"say \"\"hi\"\"\"\r\n" +
		"2022-11-01T10:00:03Z,acct-1,::ffff:192.0.2.3,8080,x"
	want := []LogEntry{
		{Time: mustTime(t, "2022-11-01T10:00:00Z"), IP: netip.MustParseAddr("192.0.2.1"), Port: 443},
		{Time: mustTime(t, "2022-11-01T01:00:02.5Z"), IP: netip.MustParseAddr("2001:db8::1")},
		{Time: mustTime(t, "2022-11-01T10:00:03Z"), IP: netip.MustParseAddr("::ffff:192.0.2.3"), Port: 8080},
	}
	tests := []struct {
		name, file, text string
		format           LogFormat
		gz               bool
		lines            []string
	}{
		{"JSONL", "a.jsonl", jsonl, LogFormat{}, false, []string{"1", "3", "4"}},
		{"JSONL gzip", "a.jsonl.gz", jsonl, LogFormat{}, true, []string{"1", "3", "4"}},
		{"JSONL gzip without the .gz name", "a.log", jsonl, LogFormat{Kind: "jsonl"}, true, []string{"1", "3", "4"}},
		{"CSV", "a.csv", csv, LogFormat{}, false, []string{"2", "4", "5"}},
		{"CSV gzip", "a.csv.gz", csv, LogFormat{}, true, []string{"2", "4", "5"}},
		{"CSV with other column names", "b.txt",
			strings.NewReplacer("ts,", "time,", "account,", "user_id,", "ip,", "remote_addr,", "port,", "remote_port,").Replace(csv),
			LogFormat{Kind: "csv", Time: "time", Account: "user_id", IP: "remote_addr", Port: "remote_port"}, false, []string{"2", "4", "5"}},
		{"JSONL with other field names", "c.jsonl",
			strings.NewReplacer(`"ts"`, `"@timestamp"`, `"account"`, `"uid"`, `"ip"`, `"client"`, `"port"`, `"sport"`).Replace(jsonl),
			LogFormat{Time: "@timestamp", Account: "uid", IP: "client", Port: "sport"}, true, []string{"1", "3", "4"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeLog(t, t.TempDir(), tt.file, tt.text, tt.gz)
			for _, copy := range []bool{false, true} {
				l, err := OpenLogFile(path, tt.format)
				if err != nil {
					t.Fatal(err)
				}
				l.tune.copy = copy
				got, stats := scanAll(t, l, LogQuery{AccountID: "acct-1", Windows: everything})
				if stats.CorruptLines != 0 {
					t.Fatalf("corrupt: %+v", stats.Corrupt)
				}
				if len(got) != len(want) {
					t.Fatalf("got %d entries %+v, want %d", len(got), got, len(want))
				}
				for i := range want {
					g, w := got[i], want[i]
					if !g.Time.Equal(w.Time) || g.IP != w.IP || g.Port != w.Port {
						t.Errorf("entry %d = %+v, want %+v", i, g, w)
					}
					if wantRef := path + ":" + tt.lines[i]; g.Ref != wantRef {
						t.Errorf("entry %d ref %q, want %q", i, g.Ref, wantRef)
					}
				}
				if stats.Lines != int64(strings.Count(strings.TrimSuffix(tt.text, "\n"), "\n")+1) || stats.Matched != 3 {
					t.Errorf("stats %+v", stats)
				}
				if !tt.gz && stats.Bytes != int64(len(tt.text)) {
					t.Errorf("stats.Bytes %d, want %d", stats.Bytes, len(tt.text))
				}
			}
		})
	}
}

// TestLogFileOnlyTheAccount checks that a line holding the id in another
// field, or an id that merely starts with it, is not the account's.
func TestLogFileOnlyTheAccount(t *testing.T) {
	tests := []struct {
		name, id, kind, text string
		want                 int
	}{
		{"the id in the path", "acct-1", "jsonl", `{"ts":"2022-11-01T10:00:00Z","account":"acct-9","ip":"192.0.2.1","path":"/u/acct-1"}`, 0},
		{"the id as another field's whole value", "acct-1", "jsonl", `{"ts":"2022-11-01T10:00:00Z","account":"acct-9","ip":"192.0.2.1","viewed":"acct-1"}`, 0},
		{"the id as a key", "acct-1", "jsonl", `{"ts":"2022-11-01T10:00:00Z","account":"acct-9","ip":"192.0.2.1","acct-1":true}`, 0},
		{"a longer id", "acct-1", "jsonl", `{"ts":"2022-11-01T10:00:00Z","account":"acct-12","ip":"192.0.2.1"}`, 0},
		{"a numeric id inside a longer one", "1587234098765432101", "jsonl", `{"ts":"2022-11-01T10:00:00Z","account":"91587234098765432101","ip":"192.0.2.1"}`, 0},
		{"a numeric id in the path", "1587234098765432101", "jsonl", `{"ts":"2022-11-01T10:00:00Z","account":"7","ip":"192.0.2.1","path":"/i/user/1587234098765432101"}`, 0},
		{"a numeric id written as a number", "1587234098765432101", "jsonl", `{"ts":"2022-11-01T10:00:00Z","account":1587234098765432101,"ip":"192.0.2.1"}`, 1},
		{"a numeric id written as a string", "1587234098765432101", "jsonl", `{"ts":"2022-11-01T10:00:00Z","account":"1587234098765432101","ip":"192.0.2.1"}`, 1},
		{"an id written with escapes (Go)", "a<b>&c", "jsonl", `{"ts":"2022-11-01T10:00:00Z","account":"a\u003cb\u003e\u0026c","ip":"192.0.2.1"}`, 1},
		{"an id written with escapes (Python)", "高木", "jsonl", `{"ts":"2022-11-01T10:00:00Z","account":"\u9ad8\u6728","ip":"192.0.2.1"}`, 1},
		{"an id written plainly", "高木", "jsonl", `{"ts":"2022-11-01T10:00:00Z","account":"高木","ip":"192.0.2.1"}`, 1},
		{"CSV: the id in another column", "acct-1", "csv", "ts,account,ip,path\n2022-11-01T10:00:00Z,acct-9,192.0.2.1,/u/acct-1", 0},
		{"CSV: a longer id", "acct-1", "csv", "ts,account,ip\n2022-11-01T10:00:00Z,acct-12,192.0.2.1", 0},
		{"CSV: the id quoted", "acct-1", "csv", "ts,account,ip\n2022-11-01T10:00:00Z,\"acct-1\",192.0.2.1", 1},
		{"CSV: an id with a quote", `a"b`, "csv", "ts,account,ip\n2022-11-01T10:00:00Z,\"a\"\"b\",192.0.2.1", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeLog(t, t.TempDir(), "log", tt.text+"\n", false)
			l, err := OpenLogFile(path, LogFormat{Kind: tt.kind})
			if err != nil {
				t.Fatal(err)
			}
			got, stats := scanAll(t, l, LogQuery{AccountID: tt.id, Windows: everything})
			if len(got) != tt.want || stats.CorruptLines != 0 {
				t.Fatalf("emitted %d (want %d), corrupt %+v", len(got), tt.want, stats.Corrupt)
			}
		})
	}
}

func TestLogFileCorrupt(t *testing.T) {
	const ok = `{"ts":"2022-11-01T10:00:00Z","account":"acct-1","ip":"192.0.2.1"}`
	lines := []string{
		ok, // 1
		`{"ts":"2022-11-01T10:00:00Z","account":"acct-1","ip":"192.0.2.1"`,               // 2 bad JSON
		`{"ts":"2022-11-01 10:00:00","account":"acct-1","ip":"192.0.2.1"}`,               // 3 no zone
		`{"ts":"2022-13-01T10:00:00Z","account":"acct-1","ip":"192.0.2.1"}`,              // 4 no such month
		`{"ts":"2022-11-01T10:00:00Z","account":"acct-1","ip":"192.0.2.300"}`,            // 5 bad IP
		`{"ts":"2022-11-01T10:00:00Z","account":"acct-1"}`,                               // 6 no IP
		`{"account":"acct-1","ip":"192.0.2.1"}`,                                          // 7 no time
		`{"ts":"2022-11-01T10:00:00Z","ip":"192.0.2.1","path":"acct-1"}`,                 // 8 no account field
		`{"ts":"2022-11-01T10:00:00Z","account":"acct-1","ip":"192.0.2.1","port":70000}`, // 9 bad port
		`{"ts":"2022-11-01T10:00:00Z","account":"acct-9","ip":"bad"}`,                    // 10 another account's: not read
		`garbage without the id`, // 11 not a candidate: not read
		`["acct-1"]`,             // 12 not an object
		`{"ts":"2022-11-01T10:00:00Z","account":"acct-1","account":"acct-1","ip":"192.0.2.1"}`, // 13 twice
		`{"ts":1667296800,"account":"acct-1","ip":"192.0.2.1"}`,                                // 14 epoch seconds
		ok, // 15
	}
	want := []Corrupt{
		{Line: 2, Problem: "not valid JSON"},
		{Line: 3, Problem: `"ts" is not an RFC 3339 time with a zone`},
		{Line: 4, Problem: `"ts" is not an RFC 3339 time with a zone`},
		{Line: 5, Problem: `"ip" is not an IP address`},
		{Line: 6, Problem: `no "ip" field`},
		{Line: 7, Problem: `no "ts" field`},
		{Line: 8, Problem: `no "account" field`},
		{Line: 9, Problem: `"port" is not a port number`},
		{Line: 12, Problem: "not a JSON object"},
		{Line: 13, Problem: `field "account" appears twice`},
		{Line: 14, Problem: `"ts" is not an RFC 3339 time with a zone`},
	}
	for _, gz := range []bool{false, true} {
		t.Run(fmt.Sprintf("gzip=%v", gz), func(t *testing.T) {
			path := writeLog(t, t.TempDir(), "c.jsonl", strings.Join(lines, "\n")+"\n", gz)
			l, err := OpenLogFile(path, LogFormat{})
			if err != nil {
				t.Fatal(err)
			}
			got, stats := scanAll(t, l, LogQuery{AccountID: "acct-1", Windows: everything})
			if !slices.Equal(refs(got), []string{"c.jsonl:1", "c.jsonl:15"}) {
				t.Errorf("emitted %v", refs(got))
			}
			if stats.CorruptLines != int64(len(want)) || len(stats.Corrupt) != len(want) {
				t.Fatalf("corrupt %d: %+v", stats.CorruptLines, stats.Corrupt)
			}
			for i, w := range want {
				w.File = path
				if stats.Corrupt[i] != w {
					t.Errorf("corrupt[%d] = %+v, want %+v", i, stats.Corrupt[i], w)
				}
			}
			if stats.Lines != int64(len(lines)) {
				t.Errorf("lines %d, want %d", stats.Lines, len(lines))
			}
		})
	}
	t.Run("CSV", func(t *testing.T) {
		text := "ts,account,ip,port\n" +
			"2022-11-01T10:00:00Z,acct-1,192.0.2.1,1\n" +
			"2022-11-01T10:00:00Z,acct-1,192.0.2.1\n" + // 3: too few fields
			"2022-11-01T10:00:00Z,\"acct-1,192.0.2.1,1\n" + // 4: broken quoting
			"2022-11-01T10:00:00Z,acct-1,192.0.2.1,x\n" + // 5: bad port
			"2022-11-01T10:00:00Z,acct-1,192.0.2.1,2\n"
		path := writeLog(t, t.TempDir(), "c.csv", text, false)
		l, err := OpenLogFile(path, LogFormat{})
		if err != nil {
			t.Fatal(err)
		}
		got, stats := scanAll(t, l, LogQuery{AccountID: "acct-1", Windows: everything})
		var lines []int64
		for _, c := range stats.Corrupt {
			lines = append(lines, c.Line)
		}
		if len(got) != 2 || !slices.Equal(lines, []int64{3, 4, 5}) {
			t.Fatalf("emitted %v, corrupt %+v", refs(got), stats.Corrupt)
		}
	})
	t.Run("ListBounded", func(t *testing.T) {
		var b strings.Builder
		for range MaxCorruptListed + 10 {
			b.WriteString(`{"account":"acct-1"` + "\n")
		}
		b.WriteString(ok + "\n")
		path := writeLog(t, t.TempDir(), "many.jsonl", b.String(), false)
		l, err := OpenLogFile(path, LogFormat{})
		if err != nil {
			t.Fatal(err)
		}
		l.tune = logTuning{region: 4096, block: 256, workers: 3}
		got, stats := scanAll(t, l, LogQuery{AccountID: "acct-1", Windows: everything})
		if len(got) != 1 || stats.CorruptLines != MaxCorruptListed+10 || len(stats.Corrupt) != MaxCorruptListed {
			t.Fatalf("emitted %d, corrupt %d listed %d", len(got), stats.CorruptLines, len(stats.Corrupt))
		}
		if stats.Corrupt[MaxCorruptListed-1].Line != MaxCorruptListed {
			t.Fatalf("last listed %+v", stats.Corrupt[MaxCorruptListed-1])
		}
	})
}

func TestLogFileGlob(t *testing.T) {
	dir := t.TempDir()
	line := func(ts, account string) string {
		return fmt.Sprintf(`{"ts":%q,"account":%q,"ip":"192.0.2.1"}`+"\n", ts, account)
	}
	writeLog(t, dir, "access-1.jsonl.gz", line("2022-11-01T00:00:00Z", "a")+line("2022-11-01T00:00:01Z", "b")+line("2022-11-01T00:00:02Z", "a"), true)
	writeLog(t, dir, "access-2.jsonl", line("2022-11-02T00:00:00Z", "b")+`{"account":"a"}`+"\n"+line("2022-11-02T00:00:02Z", "a"), false)
	writeLog(t, dir, "access-3.jsonl.gz", line("2022-11-03T00:00:00Z", "a"), true)
	writeLog(t, dir, "notes.txt", line("2022-11-04T00:00:00Z", "a"), false)
	os.Mkdir(filepath.Join(dir, "access-4.jsonl"), 0o700) // a folder is no file of the log
	l, err := OpenLogFile(filepath.Join(dir, "access-*.jsonl*"), LogFormat{})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(l.Files()); got != 3 {
		t.Fatalf("files %v", l.Files())
	}
	got, stats := scanAll(t, l, LogQuery{AccountID: "a", Windows: everything})
	want := []string{"access-1.jsonl.gz:1", "access-1.jsonl.gz:3", "access-2.jsonl:3", "access-3.jsonl.gz:1"}
	if !slices.Equal(refs(got), want) {
		t.Fatalf("emitted %v, want %v", refs(got), want)
	}
	if stats.Lines != 7 || stats.Matched != 4 || stats.CorruptLines != 1 || filepath.Base(stats.Corrupt[0].File) != "access-2.jsonl" || stats.Corrupt[0].Line != 2 {
		t.Fatalf("stats %+v", stats)
	}
}

func TestLogFileStops(t *testing.T) {
	var b strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&b, `{"ts":"2022-11-01T10:00:00Z","account":"acct-%d","ip":"192.0.2.1"}`+"\n", i%3)
	}
	path := writeLog(t, t.TempDir(), "big.jsonl", b.String(), false)
	open := func(t *testing.T) *LogFile {
		l, err := OpenLogFile(path, LogFormat{})
		if err != nil {
			t.Fatal(err)
		}
		l.tune = logTuning{region: 64 << 10, block: 4 << 10, workers: 2}
		return l
	}
	q := LogQuery{AccountID: "acct-1", Windows: everything}
	t.Run("ErrCanceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		n := 0
		_, err := open(t).Scan(ctx, q, func(LogEntry) error {
			if n++; n == 10 {
				cancel()
			}
			return nil
		})
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("err %v", err)
		}
		if n != 10 {
			t.Fatalf("%d entries emitted after cancel", n-10)
		}
	})
	t.Run("ErrCanceledBefore", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := open(t).Scan(ctx, q, func(LogEntry) error { return nil })
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("err %v", err)
		}
	})
	t.Run("ErrEmit", func(t *testing.T) {
		stop := errors.New("stop")
		n := 0
		stats, err := open(t).Scan(context.Background(), q, func(LogEntry) error {
			if n++; n == 5 {
				return stop
			}
			return nil
		})
		if err != stop || n != 5 || stats.Matched != 4 {
			t.Fatalf("err %v, n %d, stats %+v", err, n, stats)
		}
	})
	t.Run("Progress", func(t *testing.T) {
		var calls []Progress
		l := open(t)
		_, err := l.Scan(context.Background(), LogQuery{AccountID: "acct-1", Windows: everything, Progress: func(p Progress) { calls = append(calls, p) }}, func(LogEntry) error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		last := calls[len(calls)-1]
		if last.Bytes != last.Total || last.Total != int64(b.Len()) || last.Lines != 20000 || last.Matched != 6667 {
			t.Fatalf("last progress %+v", last)
		}
	})
}

func TestLogFileDamaged(t *testing.T) {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	for range 1000 {
		fmt.Fprintf(w, `{"ts":"2022-11-01T10:00:00Z","account":"acct-1","ip":"192.0.2.1"}`+"\n")
	}
	w.Close()
	dir := t.TempDir()
	tests := []struct {
		name string
		data []byte
	}{
		{"ErrTruncated", b.Bytes()[:b.Len()/2]},
		{"ErrChecksum", append(bytes.Clone(b.Bytes()[:b.Len()-8]), 1, 2, 3, 4, 5, 6, 7, 8)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name+".jsonl.gz")
			os.WriteFile(path, tt.data, 0o600)
			l, err := OpenLogFile(path, LogFormat{})
			if err != nil {
				t.Fatal(err)
			}
			_, err = l.Scan(context.Background(), LogQuery{AccountID: "acct-1", Windows: everything}, func(LogEntry) error { return nil })
			if !fault.Is(err, fault.Invalid) || !strings.Contains(err.Error(), path) {
				t.Fatalf("err %v", err)
			}
		})
	}
	t.Run("ErrNoColumn", func(t *testing.T) {
		for _, gz := range []bool{false, true} {
			path := writeLog(t, dir, fmt.Sprintf("nocol-%v.csv", gz), "time,account,ip\n2022-11-01T10:00:00Z,acct-1,192.0.2.1\n", gz)
			l, err := OpenLogFile(path, LogFormat{})
			if err != nil {
				t.Fatal(err)
			}
			_, err = l.Scan(context.Background(), LogQuery{AccountID: "acct-1", Windows: everything}, func(LogEntry) error { return nil })
			if !fault.Is(err, fault.Invalid) || !strings.Contains(fault.Message(err), `no column "ts"`) {
				t.Fatalf("gzip=%v: err %v", gz, err)
			}
		}
	})
}

func TestOpenLogFile(t *testing.T) {
	dir := t.TempDir()
	writeLog(t, dir, "a.jsonl", "", false)
	tests := []struct {
		name   string
		path   string
		format LogFormat
		code   fault.Code
	}{
		{"ErrNotFound", filepath.Join(dir, "nope.jsonl"), LogFormat{}, fault.NotFound},
		{"ErrGlobMatchesNothing", filepath.Join(dir, "*.csv"), LogFormat{}, fault.NotFound},
		{"ErrBadGlob", filepath.Join(dir, "[.jsonl"), LogFormat{}, fault.Invalid},
		{"ErrFolder", dir, LogFormat{}, fault.Invalid},
		{"ErrKind", filepath.Join(dir, "a.jsonl"), LogFormat{Kind: "xml"}, fault.Invalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := OpenLogFile(tt.path, tt.format)
			if fault.CodeOf(err) != tt.code {
				t.Fatalf("err %v (%s), want %s", err, fault.CodeOf(err), tt.code)
			}
		})
	}
	t.Run("ErrQuery", func(t *testing.T) {
		l, err := OpenLogFile(filepath.Join(dir, "a.jsonl"), LogFormat{})
		if err != nil {
			t.Fatal(err)
		}
		day := pacificDay(t, 2022, 5, 2)
		for _, q := range []LogQuery{
			{Windows: everything},
			{AccountID: "a\nb", Windows: everything},
			{AccountID: "a"},
			{AccountID: "a", Windows: []Window{{From: day.To, To: day.From}}},
			{AccountID: "a", Windows: []Window{{To: day.To}}},
		} {
			if _, err := l.Scan(context.Background(), q, func(LogEntry) error { return nil }); !fault.Is(err, fault.Invalid) {
				t.Errorf("%+v: err %v", q, err)
			}
		}
	})
	t.Run("OK empty file", func(t *testing.T) {
		l, err := OpenLogFile(filepath.Join(dir, "a.jsonl"), LogFormat{})
		if err != nil {
			t.Fatal(err)
		}
		got, stats := scanAll(t, l, LogQuery{AccountID: "a", Windows: everything})
		if len(got) != 0 || stats.Lines != 0 || stats.Bytes != 0 {
			t.Fatalf("%v %+v", got, stats)
		}
	})
}

func TestLogSource(t *testing.T) {
	path := writeLog(t, t.TempDir(), "a.jsonl", `{"ts":"2022-11-01T10:00:00Z","account":"acct-1","ip":"192.0.2.1"}`+"\n", false)
	s, err := OpenLogSource(path, LogFormat{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Resolve(context.Background(), order.Target{}); !fault.Is(err, fault.Invalid) || !strings.Contains(err.Error(), "access log") {
		t.Errorf("Resolve: %v", err)
	}
	if _, err := s.Records(context.Background(), "acct-1", nil); !fault.Is(err, fault.Invalid) {
		t.Errorf("Records: %v", err)
	}
	n := 0
	stats, err := s.AccessLog(context.Background(), LogQuery{AccountID: "acct-1", Windows: everything}, func(LogEntry) error { n++; return nil })
	if err != nil || n != 1 || stats.Matched != 1 {
		t.Fatalf("AccessLog: %v, %d, %+v", err, n, stats)
	}
	if _, err := OpenLogSource(path+".missing", LogFormat{}); !fault.Is(err, fault.NotFound) {
		t.Fatalf("OpenLogSource: %v", err)
	}
}

// TestLogFileCuts checks the cutting of files into regions and blocks: on
// random logs with long and over-long lines, CRLF, a last line without its
// end and corrupt lines, every tuning (tiny regions and blocks, mapped or
// copied, one to three workers) gives what a plain line-by-line reading
// gives.
func TestLogFileCuts(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 40 {
		kind := []string{"jsonl", "csv"}[trial%2]
		gz := trial%5 == 4
		var b strings.Builder
		if kind == "csv" {
			b.WriteString("ts,account,ip,note\n")
		}
		n := rng.IntN(200)
		for i := range n {
			account := fmt.Sprintf("acct-%d", rng.IntN(4))
			ts := fmt.Sprintf("2022-11-%02dT10:00:%02dZ", 1+rng.IntN(28), rng.IntN(60))
			note := strings.Repeat("x", rng.IntN(40))
			if rng.IntN(15) == 0 {
				note = strings.Repeat("y", 100+rng.IntN(200)) // longer than the small blocks
			}
			if rng.IntN(10) == 0 {
				note += " acct-1"
			}
			var line string
			if kind == "csv" {
				line = fmt.Sprintf("%s,%s,192.0.2.%d,\"%s\"", ts, account, rng.IntN(255), note)
			} else {
				line = fmt.Sprintf(`{"ts":%q,"account":%q,"ip":"192.0.2.%d","note":%q}`, ts, account, rng.IntN(255), note)
			}
			switch rng.IntN(20) {
			case 0:
				line = line[:len(line)/2] // corrupt
			case 1:
				line += "\r"
			}
			b.WriteString(line)
			if i < n-1 || rng.IntN(2) == 0 {
				b.WriteString("\n")
			}
		}
		text := b.String()
		path := writeLog(t, t.TempDir(), "cut."+kind, text, gz)
		q := LogQuery{AccountID: "acct-1", Windows: []Window{{From: mustTime(t, "2022-11-05T00:00:00Z"), To: mustTime(t, "2022-11-20T00:00:00Z")}}}
		for _, block := range []int{64, 97, 256, 1 << 20} {
			wantRefs, wantCorrupt := referenceScan(t, text, kind, q, block)
			for _, tune := range []logTuning{
				{region: 1 << 30, block: block, workers: 1},
				{region: 100, block: block, workers: 2},
				{region: 7, block: block, workers: 3},
				{region: 4096, block: block, workers: 2, copy: true},
				{region: 33, block: block, workers: 3, copy: true},
			} {
				l, err := OpenLogFile(path, LogFormat{Kind: kind})
				if err != nil {
					t.Fatal(err)
				}
				l.tune = tune
				got, stats := scanAll(t, l, q)
				var gotRefs, gotCorrupt []string
				for _, e := range got {
					gotRefs = append(gotRefs, strings.TrimPrefix(e.Ref, path+":"))
				}
				for _, c := range stats.Corrupt {
					gotCorrupt = append(gotCorrupt, fmt.Sprintf("%d %s", c.Line, c.Problem))
				}
				if !slices.Equal(gotRefs, wantRefs) || !slices.Equal(gotCorrupt, wantCorrupt) {
					t.Fatalf("trial %d (%s, gzip %v) tuning %+v:\nentries %v\nwant    %v\ncorrupt %v\nwant    %v",
						trial, kind, gz, tune, gotRefs, wantRefs, gotCorrupt, wantCorrupt)
				}
				wantLines := int64(strings.Count(text, "\n"))
				if text != "" && !strings.HasSuffix(text, "\n") {
					wantLines++
				}
				if stats.Lines != wantLines || (!gz && stats.Bytes != int64(len(text))) {
					t.Fatalf("trial %d tuning %+v: lines %d bytes %d, want %d %d", trial, tune, stats.Lines, stats.Bytes, wantLines, len(text))
				}
			}
		}
	}
}

// referenceScan reads a log line by line, the slow and obvious way.
func referenceScan(t *testing.T, text, kind string, q LogQuery, block int) (refs, corrupt []string) {
	r := logLineReader{format: LogFormat{Kind: kind, Time: "ts", Account: "account", IP: "ip", Port: "port"}, accountID: q.AccountID}
	lines := strings.SplitAfter(text, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	var cols logColumns
	for i, line := range lines {
		if kind == "csv" && i == 0 {
			var err error
			if cols, err = logHeader([]byte(strings.TrimSuffix(line, "\n")), r.format); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if len(line) > block {
			corrupt = append(corrupt, fmt.Sprintf("%d line longer than %d bytes: not read", i+1, block))
			continue
		}
		line = strings.TrimSuffix(line, "\n")
		candidate := false
		for _, n := range logNeedles(kind, q.AccountID) {
			candidate = candidate || strings.Contains(line, string(n))
		}
		if !candidate {
			continue
		}
		var got logLine
		if kind == "csv" {
			got = r.readCSV([]byte(line), cols)
		} else {
			got = r.readJSON([]byte(line))
		}
		switch {
		case got.problem != "":
			corrupt = append(corrupt, fmt.Sprintf("%d %s", i+1, got.problem))
		case got.mine && slices.ContainsFunc(q.Windows, func(w Window) bool { return w.Contains(got.entry.Time) }):
			refs = append(refs, fmt.Sprint(i+1))
		}
	}
	return refs, corrupt
}

// TestLogNeedle checks the vector search and its line count against
// bytes.Index and bytes.Count, at every alignment near the ends of blocks.
func TestLogNeedle(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var freq logByteFreq
	for trial := range 3000 {
		alphabet := "01234567\n\"abc"
		s := make([]byte, rng.IntN(300))
		for i := range s {
			s[i] = alphabet[rng.IntN(len(alphabet))]
		}
		text := make([]byte, 1+rng.IntN(12))
		for i := range text {
			text[i] = alphabet[rng.IntN(len(alphabet)-1)]
		}
		if len(s) > len(text) && rng.IntN(2) == 0 {
			copy(s[rng.IntN(len(s)-len(text)):], text)
		}
		checkNeedle(t, trial, s, text, &freq)
	}
}

func checkNeedle(t *testing.T, trial int, s, text []byte, freq *logByteFreq) {
	n := newLogNeedle(text, freq)
	for _, vector := range []bool{true, false} {
		saved := logIndex3
		if !vector {
			logIndex3 = nil
		}
		i, counted, lines := n.index(s)
		logIndex3 = saved
		if want := bytes.Index(s, text); i != want {
			t.Fatalf("trial %d vector=%v: index(%q, %q) = %d, want %d", trial, vector, s, text, i, want)
		}
		if counted > len(s) || (i >= 0 && counted > i) || lines != bytes.Count(s[:counted], []byte{'\n'}) {
			t.Fatalf("trial %d vector=%v: counted %d lines %d for %q", trial, vector, counted, lines, s)
		}
	}
}

func FuzzLogNeedle(f *testing.F) {
	f.Add([]byte(`{"account":"1587234098765432101"}`+"\n"+strings.Repeat("x", 100)+"1587234098765432101\n"), []byte("1587234098765432101"))
	f.Add([]byte("aaaa\naaaa"), []byte("aaa"))
	f.Fuzz(func(t *testing.T, s, text []byte) {
		if len(text) == 0 {
			return
		}
		var freq logByteFreq
		for _, c := range s {
			freq[c]++
		}
		checkNeedle(t, 0, s, text, &freq)
	})
}

// FuzzLogLine reads arbitrary lines as JSONL and CSV: no panic, and an
// entry only with a time, an IP address and the account's id.
func FuzzLogLine(f *testing.F) {
	for _, s := range []string{
		`{"ts":"2022-11-01T10:00:00Z","account":"acct-1","ip":"192.0.2.1","port":443}`,
		`{"ts":"2022-11-01T10:00:00.5+09:00","account":"acct-1","ip":"2001:db8::1","x":{"y":["}",1]}}`,
		`{"account":"acct-\u0031","ip":"::1","ts":"2022-11-01T10:00:00Z","port":"1"}`,
		`2022-11-01T10:00:00Z,acct-1,192.0.2.1,443`,
		`"2022-11-01T10:00:00Z","acct-1","192.0.2.1",""`,
		`{"a":"\`, `"`, `,,,`, `{"ts":null,"account":"acct-1"}`,
	} {
		f.Add([]byte(s))
	}
	r := logLineReader{format: LogFormat{Kind: "jsonl", Time: "ts", Account: "account", IP: "ip", Port: "port"}, accountID: "acct-1"}
	cols := logColumns{time: 0, account: 1, ip: 2, port: 3, count: 4}
	f.Fuzz(func(t *testing.T, line []byte) {
		for _, got := range []logLine{r.readJSON(line), r.readCSV(line, cols)} {
			if got.problem == "" && got.mine && (got.entry.Time.IsZero() || !got.entry.IP.IsValid()) {
				t.Fatalf("%q: entry %+v without a time or IP address", line, got.entry)
			}
		}
		logSplitCSV(line)
		logJSONMembers(line, func(k, v []byte) {})
	})
}

// TestLogFileCutShort checks that a mapped file cut short under the scan
// (a log rotated with copytruncate) fails the scan with an error instead of
// crashing the process.
func TestLogFileCutShort(t *testing.T) {
	if logMap == nil {
		t.Skip("files are not mapped on this system")
	}
	var b strings.Builder
	for b.Len() < 1<<20 {
		b.WriteString(`{"ts":"2022-11-01T10:00:00Z","account":"acct-1","ip":"192.0.2.1"}` + "\n")
	}
	path := writeLog(t, t.TempDir(), "cut.jsonl", b.String(), false)
	l, err := OpenLogFile(path, LogFormat{})
	if err != nil {
		t.Fatal(err)
	}
	s := &logScan{l: l, q: LogQuery{AccountID: "acct-1", Windows: everything}, reader: logLineReader{format: l.format, accountID: "acct-1"}}
	s.finder.needles = []logNeedle{newLogNeedle([]byte(`"acct-1"`), &logByteFreq{})}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	j := &logJob{file: &logOpen{name: path, f: f, size: int64(b.Len())}, start: 0, end: int64(b.Len()), out: make(chan logPart, 8)}
	if err := os.Truncate(path, 0); err != nil {
		t.Fatal(err)
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	w := &logWorker{s: s, buf: make([]byte, 1<<20)}
	w.do(context.Background(), j)
	p := <-j.out
	if p.err == nil || !strings.Contains(p.err.Error(), "changed while it was read") {
		t.Fatalf("part %+v", p)
	}
}
