package production

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/demo"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/source"
)

// demoGolden names the SHA-256 of every file of the production built for
// the demo platform's seed accounts (demoInput). It was written by the
// builder that held every access-log entry in memory, before productions
// streamed (issue 17), and is never rewritten by -update: the streamed
// package must be byte for byte the package that builder made.
const demoGolden = "demo-production.sha256"

// demoPlatform writes the demo platform the golden package is built from:
// small enough for a test, with the seed accounts' entries on both sides
// of every edge of the order's windows.
func demoPlatform(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "platform")
	if _, err := demo.Generate(demo.Options{Accounts: 60, Events: 40000, Seed: 17}, dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

// demoInput is the production of both seed accounts from the demo
// platform, as writ produce gathers it (resolve, records of the allowed
// categories, the access log in the windows), at a fixed moment.
func demoInput(t testing.TB, platform string) Input {
	t.Helper()
	ctx := context.Background()
	src, err := source.OpenDemo(platform)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { src.Close() })
	o := seedOrder(t)
	now := at("2022-12-06T18:30:00Z")
	resp := courttime.D(2022, time.December, 6)
	var cats []order.Category
	for _, c := range order.Categories {
		if c != order.AccessLogs && o.Allows(c) {
			cats = append(cats, c)
		}
	}
	in := Input{CaseID: "c-demogolden01", Order: o, ResponseDate: resp, Location: pacific, BatesPrefix: "TWTR-",
		Custodian: "Jane Doe, Custodian of Records", LoadFiles: true, Now: now}
	for _, tg := range o.Targets {
		r, err := src.Resolve(ctx, tg)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := src.Records(ctx, r.AccountID, cats)
		if err != nil {
			t.Fatal(err)
		}
		ws, err := Scope(o, resp, pacific, r.Created)
		if err != nil {
			t.Fatal(err)
		}
		a := Account{Label: tg.Label, Resolution: r, Records: recs}
		a.LogStats, err = src.AccessLog(ctx, source.LogQuery{AccountID: r.AccountID, Windows: SourceWindows(ws)}, func(e source.LogEntry) error {
			a.Log = append(a.Log, e)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		in.Accounts = append(in.Accounts, a)
	}
	return in
}

// packageDigests lists every file of a package with its SHA-256, one a
// line, sorted by path.
func packageDigests(t testing.TB, dir string) []byte {
	t.Helper()
	var b bytes.Buffer
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		sum := sha256.Sum256(data)
		fmt.Fprintf(&b, "%s  %s\n", hex.EncodeToString(sum[:]), filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// scrambled gives each account's log as a careless source might: out of
// time order, some entries twice, some outside every window, and entries
// at the same instant as others from other addresses and ports (whose
// order in the CSV is the source's). The permutation is fixed.
func scrambled(in Input) Input {
	r := rand.New(rand.NewPCG(17, 1782))
	in.Accounts = slices.Clone(in.Accounts)
	for i := range in.Accounts {
		a := &in.Accounts[i]
		log := append([]source.LogEntry(nil), a.Log...)
		for k, e := range a.Log {
			switch k % 7 {
			case 0:
				log = append(log, e) // twice
			case 3:
				same := e
				same.IP = netip.AddrFrom4([4]byte{203, 0, 113, byte(k)})
				log = append(log, same) // the same instant, another address
				same.Port++
				log = append(log, same, same) // and another port, twice
			case 5:
				out := e
				out.Time = e.Time.AddDate(-3, 0, 0)
				log = append(log, out) // outside every window
			}
		}
		r.Shuffle(len(log), func(x, y int) { log[x], log[y] = log[y], log[x] })
		a.Log = log
	}
	return in
}

// TestBuildDemoGolden: the package of the demo platform's seed accounts is
// the one the in-memory builder made, file for file and byte for byte.
func TestBuildDemoGolden(t *testing.T) {
	in := demoInput(t, demoPlatform(t))
	if n := len(in.Accounts[0].Log) + len(in.Accounts[1].Log); n < 50 {
		t.Fatalf("the demo platform gave %d log entries in the windows: the test proves little", n)
	}
	t.Run("as the source gives it", func(t *testing.T) {
		dir, _ := build(t, in)
		sameDigests(t, packageDigests(t, dir), demoGolden)
	})
	t.Run("scrambled", func(t *testing.T) {
		dir, _ := build(t, scrambled(in))
		sameDigests(t, packageDigests(t, dir), demoGoldenScrambled)
	})
	t.Run("streamed from the source", func(t *testing.T) {
		dir, _ := build(t, streamed(in))
		sameDigests(t, packageDigests(t, dir), demoGolden)
	})
	t.Run("scrambled, streamed, sorted in runs on disk", func(t *testing.T) {
		tinyRuns(t, 13, 4)
		dir, _ := build(t, streamed(scrambled(in)))
		sameDigests(t, packageDigests(t, dir), demoGoldenScrambled)
		if left, _ := filepath.Glob(filepath.Join(filepath.Dir(dir), ".*")); len(left) > 0 {
			t.Errorf("the build left %v beside the package", left)
		}
	})
}

// demoGoldenScrambled is demoGolden for the scrambled log, written by the
// same in-memory builder.
const demoGoldenScrambled = "demo-production-scrambled.sha256"

// sameDigests compares a package's digests with a pinned list.
func sameDigests(t *testing.T, got []byte, name string) {
	t.Helper()
	want, err := os.ReadFile(filepath.Join("testdata", name))
	if os.IsNotExist(err) && os.Getenv("WRIT_PIN_DEMO_GOLDEN") == "1" {
		// Written once, from the in-memory builder; see demoGolden.
		if err := os.WriteFile(filepath.Join("testdata", name), got, 0o644); err != nil {
			t.Fatal(err)
		}
		want = got
	} else if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := range max(len(gl), len(wl)) {
			g, w := "", ""
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Errorf("got  %s\nwant %s", g, w)
			}
		}
	}
}
