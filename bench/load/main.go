// Command load is the load benchmark of writ serve (not a test): it fills a
// SQLite database with N cases of the seed order, serves it in-process on
// loopback as writ serve does, and, signed in as the platform's staff,
// offers the show API (GET /api/v1/cases/{id}, JSON, bearer token) and the
// case page (GET /cases/{id}, HTML, session cookie) in turn, each at a fixed
// rate for a fixed time. It prints, for each, the answers per second, the
// errors and the latency percentiles. Everything stays on 127.0.0.1 and
// stops by itself.
//
//	go run ./bench/load -cases 10000 -rate 1000 -duration 60s
//
// The load is open-loop: request i is due at begin + i/rate whatever
// happened to the ones before, and its latency is counted from that due
// time, so a server (or a load generator) that falls behind shows it in the
// latency instead of hiding it. At most -inflight requests are in flight; a
// request due while that many are is not sent and is counted as such, never
// queued. An answer counts as ok only if it is a 200 of the right content
// type that names the case; redirects are not followed (a page request
// whose session is not taken would otherwise "succeed" on the sign-in page).
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web"
)

type options struct {
	cases, rate, inflight                  int
	cold                                   bool
	duration, warmup                       time.Duration
	dir, routes                            string
	cpuProfile, mutexProfile, blockProfile string
}

func main() {
	var o options
	flag.IntVar(&o.cases, "cases", 10000, "cases in the database")
	flag.IntVar(&o.rate, "rate", 1000, "requests per second offered")
	flag.DurationVar(&o.duration, "duration", 60*time.Second, "how long to send, for each route")
	flag.DurationVar(&o.warmup, "warmup", 0, "before each route's measured run, send the same load for this long and report it apart")
	flag.IntVar(&o.inflight, "inflight", 256, "requests in flight at most")
	flag.BoolVar(&o.cold, "cold", false, "send at once, before the server has loaded the cases (writ serve loads them when it starts)")
	flag.StringVar(&o.routes, "routes", "api,page", "what to send, in turn: api (GET /api/v1/cases/{id}), page (GET /cases/{id})")
	flag.StringVar(&o.dir, "dir", filepath.Join(os.TempDir(), "writ-load"), "where the database and the server's log are kept between runs")
	flag.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile of the measured runs to this file")
	flag.StringVar(&o.mutexProfile, "mutexprofile", "", "write a mutex contention profile of the measured runs to this file")
	flag.StringVar(&o.blockProfile, "blockprofile", "", "write a blocking profile of the measured runs to this file")
	flag.Parse()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(1)
	}
}

// target is what one run sends.
type target struct {
	name string
	path func(id string) string
	auth func(*http.Request)
	// ctype is the content type an ok answer has.
	ctype string
}

func run(o options) error {
	ctx := context.Background()
	if err := os.MkdirAll(o.dir, 0o700); err != nil {
		return err
	}
	st, err := store.Open(ctx, "sqlite:"+filepath.Join(o.dir, fmt.Sprintf("load-%d.db", o.cases)), time.Now)
	if err != nil {
		return err
	}
	defer st.Close()
	ids, err := fill(ctx, &cases.Service{Store: st, Now: time.Now, Actor: "load"}, o.cases)
	if err != nil {
		return err
	}
	users, _ := store.UsersOf(st)
	guard, err := access.New(users, access.Options{Params: access.TestParams})
	if err != nil {
		return err
	}
	u, err := users.UserByEmail(ctx, "load@platform.example")
	if err != nil {
		if u, err = guard.CreateUser(ctx, store.NewUser{Email: "load@platform.example", Name: "load", Role: store.RoleStaff, Platform: "Twitter, Inc."}, ""); err != nil {
			return err
		}
	}
	token, _, err := guard.StartSession(ctx, u.ID, time.Now())
	if err != nil {
		return err
	}

	targets := map[string]target{
		"api": {name: "show API   GET /api/v1/cases/{id} (JSON, bearer token)", ctype: "application/json",
			path: func(id string) string { return "/api/v1/cases/" + id },
			auth: func(r *http.Request) { r.Header.Set("Authorization", "Bearer "+token) }},
		"page": {name: "case page  GET /cases/{id} (HTML, session cookie)", ctype: "text/html",
			path: func(id string) string { return "/cases/" + id },
			auth: func(r *http.Request) { r.AddCookie(&http.Cookie{Name: access.CookieName, Value: token}) }},
	}
	for _, name := range strings.Split(o.routes, ",") {
		if _, ok := targets[strings.TrimSpace(name)]; !ok {
			return fmt.Errorf("-routes: %q is neither api nor page", name)
		}
	}

	fmt.Printf("%d cases; %d/s for %s per route, at most %d in flight; %d CPUs, %s\n",
		len(ids), o.rate, o.duration, o.inflight, runtime.NumCPU(), runtime.Version())

	logFile, err := os.Create(filepath.Join(o.dir, "serve.log"))
	if err != nil {
		return err
	}
	defer logFile.Close()
	for _, name := range strings.Split(o.routes, ",") {
		t := targets[strings.TrimSpace(name)]
		// Each route gets a server of its own, started as writ serve
		// starts one: nothing of the previous route's run is kept in
		// memory.
		base, closeServer, err := serve(ctx, st, users, guard, logFile, !o.cold)
		if err != nil {
			return err
		}
		client := &http.Client{
			Transport: &http.Transport{MaxIdleConnsPerHost: o.inflight, MaxConnsPerHost: o.inflight, DisableCompression: true},
			Timeout:   10 * time.Second,
			CheckRedirect: func(*http.Request, []*http.Request) error {
				return http.ErrUseLastResponse
			},
		}
		if o.warmup > 0 {
			send(client, base, t, ids, o.rate, o.warmup, o.inflight).print("warm-up, " + t.name)
		}
		// The profiles cover the measured run only, one file per route.
		stop, err := startProfiles(o, strings.TrimSpace(name))
		if err != nil {
			return err
		}
		send(client, base, t, ids, o.rate, o.duration, o.inflight).print(t.name)
		stop()
		closeServer()
	}
	return nil
}

// serve starts a server on the store as writ serve does: a fresh case
// service, the JSON request log (to a file here, where writ serve writes to
// its standard error), the same timeouts, on 127.0.0.1. With warm, it
// first loads the cases, as writ serve does when it starts (there in the
// background, here before the first request, and timed). It returns the
// server's base URL.
func serve(ctx context.Context, st store.Store, users store.UserStore, guard *access.Authenticator, logw io.Writer, warm bool) (string, func(), error) {
	svc := &cases.Service{Store: st, Now: time.Now, Actor: "web"}
	if warm {
		start := time.Now()
		cpu0 := cpuTime()
		n, err := svc.Warm(ctx)
		if err != nil {
			return "", nil, err
		}
		var ms runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms)
		fmt.Printf("\nserver start: loaded %d cases in %.2f s (%.2f s of CPU); heap in use after a GC: %.0f MiB\n",
			n, time.Since(start).Seconds(), (cpuTime() - cpu0).Seconds(), float64(ms.HeapInuse)/(1<<20))
	}
	srv := &web.Server{Cases: svc, Users: users, Access: guard, Now: time.Now, Log: slog.New(slog.NewJSONHandler(logw, nil))}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 60 * time.Second, IdleTimeout: 120 * time.Second}
	go hs.Serve(ln)
	return "http://" + ln.Addr().String(), func() { hs.Close() }, nil
}

// result is what one run measured.
type result struct {
	offered, rate int
	duration      time.Duration
	latencies     []time.Duration // of the ok answers, from each request's due time
	transport     int64           // no answer: connection error, timeout
	status        map[int]int64   // answers that were not ok, by status
	bad           int64           // 200s of the wrong type or without the case
	notSent       int64
	inflight      int
	elapsed       time.Duration // from the first due time to the last answer
	cpu           time.Duration // the process's CPU time (server and load generator)
	gcs           uint32
}

// send offers t at rate for d and waits for every answer.
func send(client *http.Client, base string, t target, ids []string, rate int, d time.Duration, inflight int) *result {
	res := &result{rate: rate, duration: d, status: map[int]int64{}, inflight: inflight}
	var (
		mu        sync.Mutex
		transport atomic.Int64
		bad       atomic.Int64
		wg        sync.WaitGroup
	)
	slots := make(chan struct{}, inflight)
	total := int(d.Seconds() * float64(rate))
	res.offered = total
	res.latencies = make([]time.Duration, 0, total)
	cpu0 := cpuTime()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	gc0 := ms.NumGC
	begin := time.Now()
	for i := 0; i < total; i++ {
		due := begin.Add(time.Duration(i) * time.Second / time.Duration(rate))
		if wait := time.Until(due); wait > 0 {
			time.Sleep(wait)
		}
		select {
		case slots <- struct{}{}:
		default:
			res.notSent++ // the server is behind: count it, do not queue without bound
			continue
		}
		wg.Add(1)
		go func(id string, due time.Time) {
			defer wg.Done()
			defer func() { <-slots }()
			req, _ := http.NewRequest("GET", base+t.path(id), nil)
			t.auth(req)
			resp, err := client.Do(req)
			if err != nil {
				transport.Add(1)
				return
			}
			body, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			lat := time.Since(due)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err != nil:
				transport.Add(1)
			case resp.StatusCode != http.StatusOK:
				res.status[resp.StatusCode]++
			case !strings.HasPrefix(resp.Header.Get("Content-Type"), t.ctype) || !bytes.Contains(body, []byte(id)):
				bad.Add(1)
			default:
				res.latencies = append(res.latencies, lat)
			}
		}(ids[i%len(ids)], due)
	}
	wg.Wait()
	res.elapsed = time.Since(begin)
	res.cpu = cpuTime() - cpu0
	runtime.ReadMemStats(&ms)
	res.gcs = ms.NumGC - gc0
	res.transport, res.bad = transport.Load(), bad.Load()
	slices.Sort(res.latencies)
	return res
}

func (r *result) print(name string) {
	pct := func(p float64) time.Duration {
		if len(r.latencies) == 0 {
			return 0
		}
		return r.latencies[min(len(r.latencies)-1, int(p*float64(len(r.latencies))))]
	}
	var errs int64 = r.transport + r.bad
	var codes []string
	keys := make([]int, 0, len(r.status))
	for k := range r.status {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		errs += r.status[k]
		codes = append(codes, fmt.Sprintf("%d: %d", k, r.status[k]))
	}
	ok := len(r.latencies)
	fmt.Printf("\n%s\n", name)
	fmt.Printf("  offered %d (%d/s for %s); ok %d; errors %d (no answer %d, wrong answer %d, status {%s}); not sent (%d in flight) %d\n",
		r.offered, r.rate, r.duration, ok, errs, r.transport, r.bad, strings.Join(codes, ", "), r.inflight, r.notSent)
	fmt.Printf("  answered ok %.0f/s (over %.1f s, first due time to last answer)\n", float64(ok)/r.elapsed.Seconds(), r.elapsed.Seconds())
	fmt.Printf("  latency from due time: p50 %s, p90 %s, p99 %s, p99.9 %s, max %s\n",
		round(pct(.5)), round(pct(.9)), round(pct(.99)), round(pct(.999)), round(pct(1)))
	if r.offered > 0 {
		fmt.Printf("  CPU (server and load generator): %.2f of %d cores, %.0f µs per request; %d GCs\n",
			r.cpu.Seconds()/r.elapsed.Seconds(), runtime.NumCPU(), float64(r.cpu.Microseconds())/float64(r.offered), r.gcs)
	}
}

func round(d time.Duration) time.Duration {
	switch {
	case d < time.Millisecond:
		return d.Round(time.Microsecond)
	case d < time.Second:
		return d.Round(10 * time.Microsecond)
	}
	return d.Round(time.Millisecond)
}

// cpuTime is the CPU time this process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// startProfiles starts the profiles asked for, to be written to their file
// names with route before the extension (cpu.prof: cpu.api.prof); the func
// it returns stops and writes them.
func startProfiles(o options, route string) (func(), error) {
	named := func(file string) string {
		if file == "" {
			return ""
		}
		ext := filepath.Ext(file)
		return strings.TrimSuffix(file, ext) + "." + route + ext
	}
	o.cpuProfile, o.mutexProfile, o.blockProfile = named(o.cpuProfile), named(o.mutexProfile), named(o.blockProfile)
	var cpu *os.File
	if o.cpuProfile != "" {
		f, err := os.Create(o.cpuProfile)
		if err != nil {
			return nil, err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return nil, err
		}
		cpu = f
	}
	if o.mutexProfile != "" {
		runtime.SetMutexProfileFraction(10)
	}
	if o.blockProfile != "" {
		runtime.SetBlockProfileRate(int(100 * time.Microsecond))
	}
	return func() {
		if cpu != nil {
			pprof.StopCPUProfile()
			_ = cpu.Close()
		}
		write := func(name, file string) {
			if file == "" {
				return
			}
			f, err := os.Create(file)
			if err == nil {
				err = errors.Join(pprof.Lookup(name).WriteTo(f, 0), f.Close())
			}
			if err != nil {
				fmt.Fprintln(os.Stderr, "load:", name, "profile:", err)
			}
		}
		write("mutex", o.mutexProfile)
		write("block", o.blockProfile)
		runtime.SetMutexProfileFraction(0)
		runtime.SetBlockProfileRate(0)
	}, nil
}

// fill makes sure the database holds n cases of the seed order, served and
// noticed, and returns their ids.
func fill(ctx context.Context, svc *cases.Service, n int) ([]string, error) {
	all, err := svc.Store.Cases(ctx)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, c := range all {
		ids = append(ids, c.ID)
	}
	seed := examples.SeedOrder()
	start := time.Now()
	for len(ids) < n {
		c, err := svc.Open(ctx, seed, "", "")
		if err != nil {
			return nil, err
		}
		loaded, err := svc.Load(ctx, c.ID)
		if err != nil {
			return nil, err
		}
		day := func(s string) time.Time {
			t, _ := time.ParseInLocation("2006-01-02", s, loaded.Calendar.Location)
			return t
		}
		yes := true
		for _, e := range []matter.Event{
			{Type: matter.SubpoenaServed, At: day("2022-10-20"), WithOrder: &yes, Conforms: &yes},
			{Type: matter.NoticeSent, At: day("2022-10-21"), Account: "konnoyukio@CmRUCE"},
			{Type: matter.NoticeSent, At: day("2022-10-28"), Account: "Aya@ay_chim0807"},
		} {
			if _, err := svc.Record(ctx, c.ID, e, ""); err != nil {
				return nil, err
			}
		}
		ids = append(ids, c.ID)
		if len(ids)%1000 == 0 {
			fmt.Printf("filled %d cases (%.0f s)\n", len(ids), time.Since(start).Seconds())
		}
	}
	return ids[:n], nil
}
