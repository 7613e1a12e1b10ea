// Command home is the benchmark of the staff's home page, its search and
// the exports over many cases (not a test): it fills a SQLite database
// with N cases of the seed order at every step of the procedure, serves
// writ's handler in-process as writ serve builds it, and, signed in as the
// platform's staff, measures with testing.Benchmark, in one run:
//
//   - the peer: the bare listing of the store's cases (Store.Cases), the
//     least any page listing every case must do;
//   - what the home page did before the index: assessing every case per
//     request (Service.Assess for each);
//   - the index alone (cases.Index.Summaries, every case unchanged);
//   - the home page (GET /), a search, filters, a sort and a far page, the
//     calendar, and both CSV exports of every case.
//
// The contenders take turns, one measurement each per round; it prints the
// best and the median of the rounds of each, as time per request and as a
// ratio to the peer's.
//
//	go run ./bench/home -cases 10000
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web"
)

// rounds is how many times each contender is measured; only, when set,
// picks contenders by name; cpuProfile is where a CPU profile goes.
var (
	rounds           int
	only, cpuProfile string
)

func main() {
	n := flag.Int("cases", 10000, "cases in the database")
	dir := flag.String("dir", filepath.Join(os.TempDir(), "writ-home"), "where the database is kept between runs")
	before := flag.Bool("before", true, "also measure assessing every case per request (the home page before the index; seconds per request)")
	flag.IntVar(&rounds, "rounds", 5, "rounds: each contender is measured once a round, in turn")
	flag.StringVar(&only, "only", "", "measure only the contenders whose name holds this (and the peer)")
	flag.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the measured rounds to this file")
	flag.Parse()
	if err := run(*n, *dir, *before); err != nil {
		fmt.Fprintln(os.Stderr, "home:", err)
		os.Exit(1)
	}
}

func run(n int, dir string, before bool) error {
	ctx := context.Background()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	st, err := store.Open(ctx, "sqlite:"+filepath.Join(dir, fmt.Sprintf("home-%d.db", n)), time.Now)
	if err != nil {
		return err
	}
	defer st.Close()
	svc := &cases.Service{Store: st, Now: time.Now, Actor: "bench"}
	if err := fill(ctx, svc, n); err != nil {
		return err
	}
	users, _ := store.UsersOf(st)
	guard, err := access.New(users, access.Options{Params: access.TestParams})
	if err != nil {
		return err
	}
	u, err := users.UserByEmail(ctx, "home@platform.example")
	if err != nil {
		if u, err = guard.CreateUser(ctx, store.NewUser{Email: "home@platform.example", Name: "home", Role: store.RoleStaff, Platform: "Twitter, Inc."}, ""); err != nil {
			return err
		}
	}
	token, _, err := guard.StartSession(ctx, u.ID, time.Now())
	if err != nil {
		return err
	}
	srv := &web.Server{Cases: svc, Users: users, Access: guard, Now: time.Now, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	h := srv.Handler()
	get := func(path string) (int, int) {
		req := httptest.NewRequest(http.MethodGet, path, nil)
		req.AddCookie(&http.Cookie{Name: access.CookieName, Value: token})
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Code, rec.Body.Len()
	}

	fmt.Printf("%d cases; %d CPUs, %s\n", n, runtime.NumCPU(), runtime.Version())
	start := time.Now()
	if code, size := get("/"); code != 200 {
		return fmt.Errorf("GET /: %d", code)
	} else {
		fmt.Printf("first home page (the index assesses every case): %.2f s, %d bytes\n", time.Since(start).Seconds(), size)
	}
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Printf("heap in use after a GC, with the index and the service's cache of parsed cases: %.0f MiB\n\n", float64(ms.HeapInuse)/(1<<20))

	// Each contender is measured once per round, the contenders taking
	// turns, so that a machine whose load moves moves them all alike; the
	// best and the median of the rounds are reported.
	type contender struct {
		name string
		f    func() (int, error)
		runs []testing.BenchmarkResult
		size int
	}
	var all []*contender
	add := func(name string, f func() (int, error)) {
		if len(all) == 0 || strings.Contains(name, only) {
			all = append(all, &contender{name: name, f: f})
		}
	}
	page := func(path string) func() (int, error) {
		return func() (int, error) {
			code, size := get(path)
			if code != 200 {
				return 0, fmt.Errorf("GET %s: %d", path, code)
			}
			return size, nil
		}
	}
	add("peer: Store.Cases (the bare listing)", func() (int, error) {
		all, err := st.Cases(ctx)
		return len(all), err
	})
	x := &cases.Index{Cases: svc}
	if _, err := x.Summaries(ctx, time.Now()); err != nil {
		return err
	}
	add("cases.Index.Summaries (unchanged)", func() (int, error) {
		all, err := x.Summaries(ctx, time.Now())
		return len(all), err
	})
	for _, p := range []struct{ name, path string }{
		{"GET / (queue and first 50 cases)", "/"},
		{"GET /?q=00042 (search)", "/?q=00042"},
		{"GET /?q=ay_chim (label, all match)", "/?q=ay_chim"},
		{"GET /?court=cand&due=overdue", "/?court=cand&due=overdue"},
		{"GET /?status=open&sort=applicant", "/?status=open&sort=applicant"},
		{"GET /?sort=-case&page=150", "/?sort=-case&page=150"},
		{"GET /calendar", "/calendar"},
		{"GET /cases.csv (every case)", "/cases.csv"},
		{"GET /duties.csv (every duty)", "/duties.csv"},
	} {
		add(p.name, page(p.path))
	}
	if before {
		add("before: Service.Assess of every case", func() (int, error) {
			all, err := st.Cases(ctx)
			if err != nil {
				return 0, err
			}
			now := time.Now()
			for _, c := range all {
				if _, _, err := svc.Assess(ctx, c.ID, now); err != nil {
					return 0, err
				}
			}
			return len(all), nil
		})
	}
	if cpuProfile != "" {
		pf, err := os.Create(cpuProfile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(pf); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	fmt.Printf("load average before: %s\n", loadavg())
	for round := range rounds {
		for _, c := range all {
			var ferr error
			r := testing.Benchmark(func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					size, err := c.f()
					if err != nil {
						ferr = err
						b.FailNow()
					}
					c.size = size
				}
			})
			if ferr != nil {
				return fmt.Errorf("%s: %w", c.name, ferr)
			}
			c.runs = append(c.runs, r)
		}
		fmt.Printf("round %d of %d done\n", round+1, rounds)
	}
	fmt.Printf("load average after: %s\n\n", loadavg())
	stats := func(c *contender) (best, median time.Duration) {
		var ns []int64
		for _, r := range c.runs {
			ns = append(ns, r.NsPerOp())
		}
		slices.Sort(ns)
		return time.Duration(ns[0]), time.Duration(ns[len(ns)/2])
	}
	peerBest, peerMedian := stats(all[0])
	fmt.Printf("%-40s %10s %10s %9s %9s %10s %12s %8s\n", "", "best", "median", "best/pr", "med/pr", "allocs/op", "bytes/op", "out")
	for _, c := range all {
		best, median := stats(c)
		r := c.runs[0]
		fmt.Printf("%-40s %10s %10s %8.2fx %8.2fx %10d %12d %8d\n", c.name, best.Round(time.Microsecond), median.Round(time.Microsecond),
			float64(best)/float64(peerBest), float64(median)/float64(peerMedian), r.AllocsPerOp(), r.AllocedBytesPerOp(), c.size)
	}
	return nil
}

// loadavg is the machine's load average, as /proc/loadavg gives it.
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	return strings.Join(f[:min(3, len(f))], " ")
}

// fill makes the database hold n cases of the seed order, each at a step
// of the procedure relative to today: served a few days to two months
// ago; some noticed, some with a notice that bounced, some objected to,
// some advised to the court, some open for production.
func fill(ctx context.Context, svc *cases.Service, n int) error {
	all, err := svc.Store.Cases(ctx)
	if err != nil {
		return err
	}
	seed := examples.SeedOrder()
	applicants := []string{"Hidenori Takagi", "Acme Kabushiki Kaisha", "Yamada Shoji", "Kobe Clinic", "Sato Hanako"}
	start := time.Now()
	yes := true
	for i := len(all); i < n; i++ {
		order := bytes.ReplaceAll(seed, []byte("22-mc-80240-VKD"), []byte(fmt.Sprintf("26-mc-%05d-BN", i)))
		order = bytes.ReplaceAll(order, []byte(`"applicant": "Hidenori Takagi"`), []byte(`"applicant": "`+applicants[i%len(applicants)]+`"`))
		c, err := svc.Open(ctx, order, "", "")
		if err != nil {
			return err
		}
		loaded, err := svc.Load(ctx, c.ID)
		if err != nil {
			return err
		}
		loc := loaded.Calendar.Location
		today := time.Now().In(loc)
		day := func(ago int) time.Time {
			return time.Date(today.Year(), today.Month(), today.Day()-ago, 10, 0, 0, 0, loc)
		}
		served := 2 + i%60
		events := []matter.Event{{Type: matter.SubpoenaServed, At: day(served), WithOrder: &yes, Conforms: &yes}}
		notice := func(account string) matter.Event {
			return matter.Event{Type: matter.NoticeSent, At: day(served - 1), Account: account, Method: "email"}
		}
		switch i % 8 {
		case 0: // served only
		case 1: // a notice bounced
			events = append(events, notice("Aya@ay_chim0807"), matter.Event{Type: matter.NoticeFailed, At: day(served - 1).Add(time.Hour), Account: "Aya@ay_chim0807"})
		case 2, 3: // objected to, the court advised in one case of two
			if served >= 3 {
				events = append(events, notice("Aya@ay_chim0807"), notice("konnoyukio@CmRUCE"),
					matter.Event{Type: matter.ObjectionReceived, At: day(served - 2), Account: "Aya@ay_chim0807"})
				if i%8 == 3 {
					events = append(events, matter.Event{Type: matter.CourtAdvised, At: day(served - 2).Add(time.Hour), On: []string{"obj-1"}})
				}
			}
		default: // noticed
			events = append(events, notice("Aya@ay_chim0807"), notice("konnoyukio@CmRUCE"))
		}
		for _, e := range events {
			if _, err := svc.Record(ctx, c.ID, e, ""); err != nil {
				return fmt.Errorf("case %d: %s: %w", i, e.Type, err)
			}
		}
		if (i+1)%1000 == 0 {
			fmt.Printf("filled %d cases (%.0f s)\n", i+1, time.Since(start).Seconds())
		}
	}
	return nil
}
