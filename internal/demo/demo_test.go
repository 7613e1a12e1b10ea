package demo

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the court's zone must resolve on every machine
	"unicode"

	"github.com/writ-project/writ/internal/fault"
)

// small is the platform most tests read: small enough to make in a blink,
// large enough that every kind of record and entry occurs.
var small = Options{Accounts: 200, Events: 50_000, Seed: 7}

func generate(t *testing.T, opts Options) (string, Summary) {
	t.Helper()
	dir := t.TempDir()
	sum, err := Generate(opts, dir)
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	return dir, sum
}

func losAngeles(t *testing.T) *time.Location {
	t.Helper()
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		t.Fatal(err)
	}
	return la
}

// readAccounts decodes accounts.jsonl, card numbers and all.
func readAccounts(t *testing.T, dir string) []account {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, AccountsFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []account
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a account
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("accounts.jsonl line %d: %v", len(out)+1, err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// logLine is an access-log line as a reader sees it.
type logLine struct {
	TS      string `json:"ts"`
	Account string `json:"account"`
	IP      string `json:"ip"`
	Port    int    `json:"port"`
	UA      string `json:"ua"`
	Path    string `json:"path"`
	time    time.Time
}

func readLog(t *testing.T, path string) []logLine {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		r = zr
	}
	var out []logLine
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		var l logLine
		if err := dec.Decode(&l); err != nil {
			t.Fatalf("line %d: %v: %s", len(out)+1, err, sc.Bytes())
		}
		if l.time, err = time.Parse(time.RFC3339Nano, l.TS); err != nil || !strings.HasSuffix(l.TS, "Z") {
			t.Fatalf("line %d: ts %q is not RFC 3339 in UTC", len(out)+1, l.TS)
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func seedAccount(t *testing.T, accounts []account, handle string) account {
	t.Helper()
	for _, a := range accounts {
		if a.Handle == handle {
			return a
		}
	}
	t.Fatalf("no account @%s", handle)
	return account{}
}

// TestDeterministic checks that a seed makes the same bytes every time, in
// both forms of the log, and that another seed makes another platform.
func TestDeterministic(t *testing.T) {
	for _, gz := range []bool{false, true} {
		opts := small
		opts.Gzip = gz
		a, sa := generate(t, opts)
		b, sb := generate(t, opts)
		if sa.Bytes() != sb.Bytes() {
			t.Errorf("gzip=%v: %d bytes, then %d", gz, sa.Bytes(), sb.Bytes())
		}
		for _, name := range []string{AccountsFile, sa.LogFile, ReadmeFile} {
			x, err := os.ReadFile(filepath.Join(a, name))
			if err != nil {
				t.Fatal(err)
			}
			y, err := os.ReadFile(filepath.Join(b, name))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(x, y) {
				t.Errorf("gzip=%v: %s differs between two runs with seed %d", gz, name, opts.Seed)
			}
		}
	}
	other := small
	other.Seed++
	a, _ := generate(t, small)
	b, _ := generate(t, other)
	x, _ := os.ReadFile(filepath.Join(a, AccessFile))
	y, _ := os.ReadFile(filepath.Join(b, AccessFile))
	if bytes.Equal(x, y) {
		t.Error("seeds 7 and 8 made the same access log")
	}
}

// TestGzipHoldsTheSameLog checks that the gzip form is the plain log,
// compressed.
func TestGzipHoldsTheSameLog(t *testing.T) {
	plain, _ := generate(t, small)
	opts := small
	opts.Gzip = true
	gz, sum := generate(t, opts)
	if sum.LogFile != AccessGzFile {
		t.Fatalf("log file %q, want %q", sum.LogFile, AccessGzFile)
	}
	want, _ := os.ReadFile(filepath.Join(plain, AccessFile))
	f, err := os.Open(filepath.Join(gz, AccessGzFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("access.jsonl.gz does not decompress to access.jsonl")
	}
	if _, err := os.Stat(filepath.Join(gz, AccessFile)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a gzip platform also has %s: %v", AccessFile, err)
	}
}

// TestSeedAccounts checks the two accounts of the seed order: their
// handles, display names, posts, Japanese name histories, contacts and
// payment methods.
func TestSeedAccounts(t *testing.T) {
	dir, sum := generate(t, small)
	accounts := readAccounts(t, dir)
	if len(accounts) != small.Accounts {
		t.Fatalf("%d accounts, want %d", len(accounts), small.Accounts)
	}
	for _, tc := range []struct {
		handle, display, posted string
		paypal                  bool
	}{
		{"CmRUCE", "konnoyukio", "2022-03-23", false},
		{"ay_chim0807", "Aya", "2022-03-29", true},
	} {
		t.Run(tc.handle, func(t *testing.T) {
			a := seedAccount(t, accounts, tc.handle)
			if a.DisplayName != tc.display {
				t.Errorf("display name %q, want %q", a.DisplayName, tc.display)
			}
			if !slices.ContainsFunc(a.Posts, func(p post) bool { return p.Posted.Format(time.DateOnly) == tc.posted }) {
				t.Errorf("no post on %s: %+v", tc.posted, a.Posts)
			}
			if !slices.ContainsFunc(a.Names, func(n name) bool { return isJapanese(n.Name) }) {
				t.Errorf("no Japanese name in %+v", a.Names)
			}
			if len(a.Names) < 2 || a.Names[0].Superseded.IsZero() {
				t.Errorf("names %+v are not a history (a name registered, then replaced)", a.Names)
			}
			if len(a.Emails) < 2 {
				t.Errorf("%d e-mail addresses, want at least 2", len(a.Emails))
			}
			if len(a.Phones) < 1 {
				t.Error("no telephone number")
			}
			if len(a.Cards) < 1 {
				t.Fatal("no card")
			}
			for _, c := range a.Cards {
				if c.Number == "" || c.Expiry == "" || c.CVC == "" || c.HolderName == "" || c.BillingAddress == "" {
					t.Errorf("card %+v lacks a field", c)
				}
			}
			if has := slices.ContainsFunc(a.PaymentMethods, func(p payment) bool { return p.Method == "PayPal" }); has != tc.paypal {
				t.Errorf("PayPal method: %v, want %v", has, tc.paypal)
			}
			if !slices.ContainsFunc(sum.Seeds, func(s SeedAccount) bool { return s.ID == a.ID && s.Handle == a.Handle }) {
				t.Errorf("summary's seeds %+v lack %s (%s)", sum.Seeds, a.ID, a.Handle)
			}
		})
	}
	// Another account shows "Aya", so a display name alone is ambiguous.
	n := 0
	for _, a := range accounts {
		if a.DisplayName == "Aya" {
			n++
		}
	}
	if n < 2 {
		t.Errorf("%d accounts show the display name Aya, want at least 2", n)
	}
}

func isJapanese(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			return true
		}
	}
	return false
}

// TestAccountsAreRealistic checks the population as a whole: unique ids
// and handles, Japanese and Western names, addresses in both countries'
// formats, +81 and +1 numbers, histories with replaced values, and card
// numbers that pass the Luhn test with their expiry and security code.
func TestAccountsAreRealistic(t *testing.T) {
	dir, _ := generate(t, small)
	accounts := readAccounts(t, dir)
	ids, handles := map[string]bool{}, map[string]bool{}
	var jpNames, westNames, jpAddr, usAddr, jpPhone, usPhone, superseded, cards, paypal, posts, devices int
	var prev time.Time
	for _, a := range accounts {
		if ids[a.ID] || handles[strings.ToLower(a.Handle)] {
			t.Errorf("account %s @%s is not unique", a.ID, a.Handle)
		}
		ids[a.ID], handles[strings.ToLower(a.Handle)] = true, true
		if a.Created.Before(prev) {
			t.Errorf("account %s is out of creation order", a.ID)
		}
		prev = a.Created
		if len(a.Handle) > 15 {
			t.Errorf("handle @%s is longer than 15 characters", a.Handle)
		}
		for _, n := range a.Names {
			if isJapanese(n.Name) {
				jpNames++
			} else {
				westNames++
			}
			if !n.Superseded.IsZero() {
				superseded++
			}
		}
		for _, ad := range a.Addresses {
			switch {
			case strings.HasPrefix(ad.Address, "〒"):
				jpAddr++
			case strings.Contains(ad.Address, ", "):
				usAddr++
			default:
				t.Errorf("address %q is in neither format", ad.Address)
			}
		}
		for _, p := range a.Phones {
			switch {
			case strings.HasPrefix(p.Phone, "+81 "):
				jpPhone++
			case strings.HasPrefix(p.Phone, "+1 "):
				usPhone++
			default:
				t.Errorf("phone %q is neither +81 nor +1", p.Phone)
			}
		}
		for _, c := range a.Cards {
			cards++
			if !luhnValid(c.Number) || len(c.Number) < 15 || len(c.Number) > 16 {
				t.Errorf("card number %s of %s does not pass the Luhn test", c.Number, a.ID)
			}
			if len(c.Expiry) != 5 || c.Expiry[2] != '/' || c.Expiry[:2] < "01" || c.Expiry[:2] > "12" {
				t.Errorf("expiry %q is not MM/YY", c.Expiry)
			}
			if len(c.CVC) < 3 || len(c.CVC) > 4 || strings.Trim(c.CVC, "0123456789") != "" {
				t.Errorf("security code %q is not 3 or 4 digits", c.CVC)
			}
		}
		paypal += len(a.PaymentMethods)
		posts += len(a.Posts)
		devices += len(a.Devices)
		if _, err := netip.ParseAddr(a.CreatedIP); err != nil {
			t.Errorf("created_ip %q: %v", a.CreatedIP, err)
		}
	}
	for what, n := range map[string]int{
		"Japanese names": jpNames, "Western names": westNames, "Japanese addresses": jpAddr, "US addresses": usAddr,
		"+81 numbers": jpPhone, "+1 numbers": usPhone, "replaced names": superseded, "cards": cards,
		"other payment methods": paypal, "posts": posts, "devices": devices,
	} {
		if n == 0 {
			t.Errorf("no %s among %d accounts", what, len(accounts))
		}
	}
}

// TestAccessLog checks every line: the exact count, the fields, UTC times
// in order, known accounts acting only after they were created, IPv4 and
// IPv6, and the seed accounts' entries spread among the others'.
func TestAccessLog(t *testing.T) {
	dir, sum := generate(t, small)
	lines := readLog(t, filepath.Join(dir, AccessFile))
	if int64(len(lines)) != small.Events || sum.Lines != small.Events {
		t.Fatalf("%d lines (summary: %d), want %d", len(lines), sum.Lines, small.Events)
	}
	created := map[string]time.Time{}
	for _, a := range readAccounts(t, dir) {
		created[a.ID] = a.Created
	}
	konno := sum.Seeds[0].ID
	var v4, v6, konnoLines, konnoRuns int
	for i, l := range lines {
		if i > 0 && l.time.Before(lines[i-1].time) {
			t.Fatalf("line %d (%s) is before line %d (%s)", i+1, l.TS, i, lines[i-1].TS)
		}
		if l.time.Before(DefaultStart) || !l.time.Before(DefaultEnd) {
			t.Errorf("line %d at %s is outside the log's bounds", i+1, l.TS)
		}
		c, ok := created[l.Account]
		if !ok {
			t.Fatalf("line %d: unknown account %q", i+1, l.Account)
		}
		if l.time.Before(c) {
			t.Errorf("line %d: account %s acts at %s, before it was created at %s", i+1, l.Account, l.TS, c)
		}
		ip, err := netip.ParseAddr(l.IP)
		switch {
		case err != nil:
			t.Fatalf("line %d: ip %q: %v", i+1, l.IP, err)
		case ip.Is4():
			v4++
		case ip.Is6():
			v6++
		}
		if l.Port < 1 || l.Port > 65535 || l.UA == "" || l.Path == "" {
			t.Errorf("line %d lacks a field: %+v", i+1, l)
		}
		if l.Account == konno {
			konnoLines++
			if i == 0 || lines[i-1].Account != konno {
				konnoRuns++
			}
		}
	}
	if v4 == 0 || v6 == 0 {
		t.Errorf("%d IPv4 and %d IPv6 addresses, want both", v4, v6)
	}
	if konnoLines < 100 || konnoRuns < konnoLines/2 {
		t.Errorf("@CmRUCE has %d lines in %d runs: not interleaved with other accounts'", konnoLines, konnoRuns)
	}
}

// TestWindowEdges checks the entries the seed order's windows are tested
// with: 23:59 Pacific on the creation day, which is the next day in UTC,
// and the first instants outside each window.
func TestWindowEdges(t *testing.T) {
	la := losAngeles(t)
	dir, sum := generate(t, small)
	lines := readLog(t, filepath.Join(dir, AccessFile))
	ids := map[string]string{}
	for _, s := range sum.Seeds {
		ids[s.Handle] = s.ID
	}
	has := func(handle, ts string) bool {
		return slices.ContainsFunc(lines, func(l logLine) bool { return l.Account == ids[handle] && l.TS == ts })
	}

	// The creation day of each seed account in the court's zone, and an
	// entry at 23:59 that day which is already the next day in UTC.
	for _, s := range sum.Seeds {
		local := s.Created.In(la)
		found := false
		for _, l := range lines {
			lt := l.time.In(la)
			if l.Account == s.ID && lt.Hour() == 23 && lt.Minute() == 59 &&
				lt.Format(time.DateOnly) == local.Format(time.DateOnly) &&
				l.time.UTC().Format(time.DateOnly) != local.Format(time.DateOnly) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no entry at 23:59 Pacific on its creation day %s", s.Label, local.Format(time.DateOnly))
		}
	}
	if got := sum.Seeds[0].Created.In(la).Format("2006-01-02 15:04:05.000 MST"); got != "2021-11-14 23:41:07.318 PST" {
		t.Errorf("CmRUCE created %s in Los Angeles", got)
	}

	for _, tc := range []struct {
		handle, ts, why string
	}{
		{"CmRUCE", "2021-11-15T07:59:30.000Z", "23:59:30 PST on the creation day"},
		{"CmRUCE", "2021-11-15T07:59:59.999Z", "the last millisecond of the creation day"},
		{"CmRUCE", "2021-11-15T08:00:00.000Z", "the first instant after the creation day"},
		{"ay_chim0807", "2022-02-18T00:05:19.730Z", "16:05 PST on the creation day, the next day in UTC"},
		{"ay_chim0807", "2022-02-18T08:00:00.000Z", "the first instant after the creation day"},
		{"CmRUCE", "2022-06-08T00:00:00.000Z", "2022-06-07 17:00 PDT, 2022-06-08 in UTC"},
		{"CmRUCE", "2022-06-08T06:59:59.999Z", "the last instant before 2022-06-08 PDT"},
		{"CmRUCE", "2022-06-08T07:00:00.000Z", "2022-06-08 00:00 PDT"},
		{"ay_chim0807", "2022-06-08T07:00:00.000Z", "2022-06-08 00:00 PDT"},
		{"CmRUCE", "2022-12-07T07:59:59.999Z", "the last millisecond of 2022-12-06 PST"},
		{"ay_chim0807", "2022-12-07T08:00:00.000Z", "the first instant of 2022-12-07 PST"},
	} {
		if !has(tc.handle, tc.ts) {
			t.Errorf("@%s has no entry at %s (%s)", tc.handle, tc.ts, tc.why)
		}
	}
}

// TestFixturesAreInPacificTime checks the fixed UTC offsets the fixtures
// are written with against the time zone database: every edge entry is at
// the wall-clock time it claims in Los Angeles.
func TestFixturesAreInPacificTime(t *testing.T) {
	la := losAngeles(t)
	for _, f := range fixtures() {
		lt := utc(f.ms).In(la)
		hms := lt.Format("15:04:05.000")
		_, offset := lt.Zone()
		switch {
		case hms == "23:59:59.999" || hms == "00:00:00.000" || hms == "23:59:30.000" || hms == "17:00:00.000":
		case f.path == "/1.1/statuses/update.json" || strings.HasPrefix(lt.Format(time.DateOnly), "2021-11-1") || strings.HasPrefix(lt.Format(time.DateOnly), "2022-02-1"):
			continue // not an edge
		default:
			t.Errorf("fixture at %s is at %s in Los Angeles, not at an edge", utc(f.ms).Format(time.RFC3339Nano), hms)
		}
		if offset != -8*3600 && offset != -7*3600 {
			t.Errorf("fixture at %s: offset %d", utc(f.ms), offset)
		}
	}
	if got := utc(ayaCreated).In(la).Format("2006-01-02 15:04:05.000"); got != "2022-02-17 15:30:42.105" {
		t.Errorf("Aya created %s in Los Angeles", got)
	}
}

// TestOptions checks that wrong options are refused with the option named.
func TestOptions(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts Options
		want string
	}{
		{"too few accounts", Options{Accounts: 3, Events: 10_000}, "accounts"},
		{"too many accounts", Options{Accounts: MaxAccounts + 1, Events: 10_000}, "accounts"},
		{"negative events", Options{Accounts: 50, Events: -1}, "events"},
		{"too few events", Options{Accounts: 50, Events: 10}, "events"},
		{"end before start", Options{Accounts: 50, Events: 10_000, Start: DefaultEnd, End: DefaultStart}, "end"},
		{"start too early", Options{Accounts: 50, Events: 10_000, Start: time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC)}, "start"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			_, err := Generate(tc.opts, dir)
			var fe *fault.Error
			if !errors.As(err, &fe) || fe.Code != fault.Invalid || fe.Field != tc.want {
				t.Fatalf("error %v, want one naming %q", err, tc.want)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("refused options left %d files", len(entries))
			}
		})
	}
}

// TestShortPeriod checks a log that does not reach the seed accounts'
// dates: they are still accounts of the platform, and their fixed entries
// outside the period are left out.
func TestShortPeriod(t *testing.T) {
	opts := Options{Accounts: 50, Events: 5_000, Seed: 1,
		Start: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2020, 3, 1, 0, 0, 0, 0, time.UTC)}
	dir, sum := generate(t, opts)
	lines := readLog(t, filepath.Join(dir, AccessFile))
	if int64(len(lines)) != opts.Events {
		t.Fatalf("%d lines, want %d", len(lines), opts.Events)
	}
	for _, l := range lines {
		if l.Account == sum.Seeds[0].ID || l.Account == sum.Seeds[1].ID {
			t.Fatalf("a seed account acts at %s, before it was created", l.TS)
		}
	}
}

// TestCancel checks that a stopped run leaves no file behind, not even a
// temporary one, nor the accounts it had finished.
func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	dir := t.TempDir()
	opts := small
	opts.Events = 2_000_000
	opts.Progress = func(p Progress) {
		if p.Phase == "access log" && p.Done > 100_000 {
			cancel()
		}
	}
	if _, err := GenerateContext(ctx, opts, dir); !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		t.Errorf("a stopped run left %s", e.Name())
	}
}

// TestLuhn checks the check-digit helpers against known numbers.
func TestLuhn(t *testing.T) {
	for _, n := range []string{"4111111111111111", "5500005555555559", "378282246310005", "3530111333300000"} {
		if !luhnValid(n) {
			t.Errorf("%s should pass", n)
		}
		if got := luhnComplete(n[:len(n)-1]); got != n {
			t.Errorf("luhnComplete(%s) = %s, want %s", n[:len(n)-1], got, n)
		}
	}
	if luhnValid("4111111111111112") {
		t.Error("4111111111111112 should fail")
	}
}
