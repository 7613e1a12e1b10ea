package production

import (
	"context"
	"errors"
	"math/rand/v2"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/source"
)

// refSelectLog is SelectLog as it was before the production streamed
// (issue 17): every entry held, a map of the ones seen, a stable sort.
func refSelectLog(entries []source.LogEntry, ws []Window) AccessLog {
	type key struct {
		t    time.Time
		ip   netip.Addr
		port int
	}
	var l AccessLog
	seen := map[key]bool{}
	for _, e := range entries {
		if !inAny(ws, e.Time) {
			l.Outside++
			continue
		}
		k := key{e.Time.UTC(), e.IP, e.Port}
		if seen[k] {
			l.Duplicates++
			continue
		}
		seen[k] = true
		l.Entries = append(l.Entries, source.LogEntry{Time: e.Time.UTC(), IP: e.IP, Port: e.Port})
	}
	slices.SortStableFunc(l.Entries, func(a, b source.LogEntry) int { return a.Time.Compare(b.Time) })
	index := map[netip.Addr]int{}
	for _, e := range l.Entries {
		i, ok := index[e.IP]
		if !ok {
			i = len(l.Addresses)
			index[e.IP] = i
			l.Addresses = append(l.Addresses, Address{IP: e.IP, First: e.Time})
		}
		l.Addresses[i].Last = e.Time
		l.Addresses[i].Entries++
	}
	return l
}

// tinyRuns makes the selector sort a few entries at a time on disk and
// merge a few runs at once, for the rest of the test.
func tinyRuns(t *testing.T, run, fanIn int) {
	t.Helper()
	r, f, b := logRun, logFanIn, logRunBuffer
	logRun, logFanIn, logRunBuffer = run, fanIn, 16
	t.Cleanup(func() { logRun, logFanIn, logRunBuffer = r, f, b })
}

// randomLog is a log whose entries collide in every way: the same instant
// from other addresses and ports, the same entry twice, outside the
// windows, in any order, in zones other than UTC, with addresses with a
// zone and the invalid address.
func randomLog(r *rand.Rand, n int) []source.LogEntry {
	base := at("2022-06-08T07:00:00Z")
	tokyo := mustZone("Asia/Tokyo")
	addrs := []netip.Addr{netip.MustParseAddr("192.0.2.1"), netip.MustParseAddr("2001:db8::1"), netip.MustParseAddr("fe80::1%eth0"),
		netip.MustParseAddr("::ffff:192.0.2.1"), {}, netip.MustParseAddr("198.51.100.7")}
	out := make([]source.LogEntry, n)
	for i := range out {
		t := base.Add(time.Duration(r.IntN(40)) * time.Second).Add(time.Duration(r.IntN(3)) * time.Millisecond)
		if r.IntN(10) == 0 {
			t = t.AddDate(-2, 0, 0) // outside
		}
		if r.IntN(3) == 0 {
			t = t.In(tokyo)
		}
		out[i] = source.LogEntry{Time: t, IP: addrs[r.IntN(len(addrs))], Port: r.IntN(3), Ref: "x"}
	}
	return out
}

// TestSelectLogMatchesReference: the streamed selection, sorted in memory
// or in runs on disk, keeps, orders and counts the entries as the
// selection that held them all.
func TestSelectLogMatchesReference(t *testing.T) {
	in := fixture(t)
	ws, err := Scope(in.Order, in.ResponseDate, pacific, in.Accounts[0].Resolution.Created)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 17))
	check := func(t *testing.T) {
		for range 50 {
			log := randomLog(r, r.IntN(300))
			want := refSelectLog(log, ws)
			got := SelectLog(log, ws)
			if !slices.Equal(got.Entries, want.Entries) || !slices.Equal(got.Addresses, want.Addresses) ||
				got.Outside != want.Outside || got.Duplicates != want.Duplicates || got.Count != len(want.Entries) {
				t.Fatalf("got %d entries %v\n%d outside, %d duplicates, addresses %v\nwant %v\n%d outside, %d duplicates, addresses %v",
					got.Count, got.Entries, got.Outside, got.Duplicates, got.Addresses, want.Entries, want.Outside, want.Duplicates, want.Addresses)
			}
		}
	}
	t.Run("in memory", check)
	t.Run("in runs on disk, merged several times over", func(t *testing.T) {
		tinyRuns(t, 7, 3)
		check(t)
	})
}

// TestSelectLogLeavesNoRuns: the runs of a sort on disk are removed, also
// when the one taking the entries stops it.
func TestSelectLogLeavesNoRuns(t *testing.T) {
	tinyRuns(t, 5, 2)
	work := t.TempDir()
	in := fixture(t)
	ws, _ := Scope(in.Order, in.ResponseDate, pacific, in.Accounts[0].Resolution.Created)
	sel := &logSelector{windows: ws, work: func() (string, error) { return os.MkdirTemp(work, "sort-") }}
	for _, e := range randomLog(rand.New(rand.NewPCG(2, 3)), 200) {
		if err := sel.add(e); err != nil {
			t.Fatal(err)
		}
	}
	if len(sel.runs) == 0 {
		t.Fatal("nothing was sorted on disk: the test proves nothing")
	}
	stop := errors.New("stop")
	if _, err := sel.each(func(source.LogEntry) error { return stop }); err != stop {
		t.Fatalf("each = %v, want the error of the one taking the entries", err)
	}
	sel.close()
	if left, _ := filepath.Glob(filepath.Join(work, "*")); len(left) > 0 {
		t.Errorf("the sort left %v", left)
	}
}

// streamed gives the accounts' logs as a source would, from ReadLog, and
// never as a slice.
func streamed(in Input) Input {
	in.Accounts = slices.Clone(in.Accounts)
	for i := range in.Accounts {
		log, stats := in.Accounts[i].Log, in.Accounts[i].LogStats
		in.Accounts[i].Log, in.Accounts[i].LogStats = nil, source.LogStats{}
		in.Accounts[i].ReadLog = func(ctx context.Context, emit func(source.LogEntry) error) (source.LogStats, error) {
			for _, e := range log {
				if err := emit(e); err != nil {
					return stats, err
				}
			}
			return stats, nil
		}
	}
	return in
}
