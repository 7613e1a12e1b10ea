// Command load is the load benchmark of writ serve (not a test): it fills a
// SQLite database with N cases of the seed order, serves it on loopback as
// writ serve does, from a process of its own (this program run again, so
// that the server's memory and CPU are measured apart from the load
// generator's), and, signed in as the platform's staff,
// offers the show API (GET /api/v1/cases/{id}, JSON, bearer token) and the
// case page (GET /cases/{id}, HTML, session cookie) in turn, each at a fixed
// rate for a fixed time. It prints, for each, the answers per second, the
// errors and the latency percentiles. Everything stays on 127.0.0.1 and
// stops by itself.
//
//	go run ./bench/load -cases 10000 -rate 1000 -duration 60s
//	go run ./bench/load -cases 100000 -keys zipf -peer all
//
// The cases asked for go round every case in turn (-keys round), or are
// drawn from a Zipf distribution over the cases in an order shuffled once
// (-keys zipf, -zipf-s): a few cases are asked for often and most seldom,
// as on a platform where some cases are being worked on. The draw is
// seeded, so every run of the same flags asks for the same cases in the
// same order. The server keeps -cache-cases parsed cases (writ serve's
// --cache-cases; 0 is its default) and loads the newest of them when it
// starts, as writ serve does, and then builds the pages' index of every
// case's summary (cases.Index), as writ serve also does (-index=false
// leaves it to the first page that lists cases). With -peer all, the same requests are then
// offered to a server that first loads every case and keeps them all in
// memory (what writ serve did before its cache was bounded), measured in
// the same run, and each figure is given as a ratio to it.
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
	"flag"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
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
)

type options struct {
	cases, rate, inflight, cacheCases      int
	memLimit                               int64
	gcPercent                              int
	cold, pass, index                      bool
	keys, peer                             string
	zipfS                                  float64
	duration, warmup                       time.Duration
	dir, routes                            string
	cpuProfile, mutexProfile, blockProfile string
	allocsProfile                          string
}

func main() {
	if conf := os.Getenv(childEnv); conf != "" {
		if err := child(conf); err != nil {
			fmt.Fprintln(os.Stderr, "load: server:", err)
			os.Exit(1)
		}
		return
	}
	var o options
	flag.IntVar(&o.cases, "cases", 10000, "cases in the database")
	flag.IntVar(&o.rate, "rate", 1000, "requests per second offered")
	flag.DurationVar(&o.duration, "duration", 60*time.Second, "how long to send, for each route")
	flag.DurationVar(&o.warmup, "warmup", 0, "before each route's measured run, send the same load for this long and report it apart")
	flag.IntVar(&o.inflight, "inflight", 256, "requests in flight at most")
	flag.BoolVar(&o.cold, "cold", false, "send at once, before the server has loaded any case (writ serve loads the newest when it starts)")
	flag.StringVar(&o.keys, "keys", "round", "which case each request asks for: round (every case in turn) or zipf (a few often, most seldom)")
	flag.Float64Var(&o.zipfS, "zipf-s", 1.1, "with -keys zipf: the exponent (> 1); the case of rank k is asked for in proportion to 1/k^s")
	flag.IntVar(&o.cacheCases, "cache-cases", 0, "parsed cases the server keeps in memory, as writ serve --cache-cases (0: its default)")
	flag.BoolVar(&o.index, "index", true, "after loading the newest cases, build the pages' index of every case's summary (cases.Index), as writ serve does when it starts; timed apart")
	flag.Int64Var(&o.memLimit, "memlimit", 0, "writ serve's soft memory limit in MiB, as GOMEMLIMIT sets it (0: writ serve's default, GOMEMLIMIT if set, else cli.MemoryLimit's; -1: none); the peer, which keeps every case, runs with none")
	flag.IntVar(&o.gcPercent, "gogc", 0, "writ serve's GOGC (0: as writ serve sets it; the load generator keeps its own), to see what its collections cost")
	flag.BoolVar(&o.pass, "pass", false, "while writ serve's measured run goes on, also assess every case once, one after another, as the reminders' tick and the duty metrics do, and report what that pass took")
	flag.StringVar(&o.peer, "peer", "", "all: then offer the same requests to a server that loads every case first and keeps them all, and give ratios to it")
	flag.StringVar(&o.routes, "routes", "api,page", "what to send, in turn: api (GET /api/v1/cases/{id}), page (GET /cases/{id})")
	flag.StringVar(&o.dir, "dir", filepath.Join(os.TempDir(), "writ-load"), "where the database and the server's log are kept between runs")
	flag.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile of the measured runs to this file")
	flag.StringVar(&o.mutexProfile, "mutexprofile", "", "write a mutex contention profile of the measured runs to this file")
	flag.StringVar(&o.blockProfile, "blockprofile", "", "write a blocking profile of the measured runs to this file")
	flag.StringVar(&o.allocsProfile, "allocsprofile", "", "write the server's allocations profile to this file after each measured run, and to FILE.base before it (go tool pprof -diff_base)")
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
	st, err := store.Open(ctx, "sqlite:"+dbPath(o.dir, o.cases), time.Now)
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
	var routes []string
	for _, name := range strings.Split(o.routes, ",") {
		name = strings.TrimSpace(name)
		if _, ok := targets[name]; !ok {
			return fmt.Errorf("-routes: %q is neither api nor page", name)
		}
		routes = append(routes, name)
	}
	if o.peer != "" && o.peer != "all" {
		return fmt.Errorf("-peer: %q is not all", o.peer)
	}
	total := int(o.duration.Seconds() * float64(o.rate))
	keys, err := choose(o, ids, total)
	if err != nil {
		return err
	}
	var warmKeys []string
	if o.warmup > 0 {
		if warmKeys, err = choose(o, ids, int(o.warmup.Seconds()*float64(o.rate))); err != nil {
			return err
		}
	}
	fmt.Printf("%d cases; %d/s for %s per route, at most %d in flight; cases asked for: %s; %d CPUs, %s\n",
		len(ids), o.rate, o.duration, o.inflight, describeKeys(o, keys), runtime.NumCPU(), runtime.Version())

	logPath := filepath.Join(o.dir, "serve.log")
	if err := os.WriteFile(logPath, nil, 0o600); err != nil {
		return err
	}
	// The database is the servers' now: each is a process of its own.
	if err := st.Close(); err != nil {
		return err
	}
	memLimit := o.memLimit << 20
	if o.memLimit < 0 {
		memLimit = -1
	}
	servers := []server{{Name: "writ serve", DB: dbPath(o.dir, o.cases), Log: logPath, CacheCases: o.cacheCases, Warm: !o.cold, Index: o.index, MemLimit: memLimit, GCPercent: o.gcPercent}}
	if o.peer == "all" {
		servers = append(servers, server{Name: "peer: every case loaded first and kept", DB: dbPath(o.dir, o.cases), Log: logPath, CacheCases: len(ids), All: true, MemLimit: -1})
	}
	first := firstAsks(keys, ids)
	measured := map[string][]*result{}
	for _, sv := range servers {
		var peer *running
		for _, name := range routes {
			t := targets[name]
			// Each route gets a server of its own, started as writ serve
			// starts one: nothing of the previous route's run is kept in
			// memory. The peer keeps every case whatever was asked
			// before, so its cases are loaded once for every route.
			up := peer
			if up == nil {
				if up, err = start(sv); err != nil {
					return err
				}
				up.print()
			}
			if sv.All {
				peer = up
			}
			client := &http.Client{
				Transport: &http.Transport{MaxIdleConnsPerHost: o.inflight, MaxConnsPerHost: o.inflight, DisableCompression: true},
				Timeout:   10 * time.Second,
				CheckRedirect: func(*http.Request, []*http.Request) error {
					return http.ErrUseLastResponse
				},
			}
			if o.warmup > 0 {
				r, err := send(client, up, t, warmKeys, nil, o.rate, o.inflight)
				if err != nil {
					return err
				}
				r.print("warm-up, " + t.name + "; " + sv.Name)
			}
			// The profiles cover the measured run only, one file per route.
			if err := up.control("POST", "profile?"+profiles(o, name), nil); err != nil {
				return err
			}
			var passed chan string
			if o.pass && !sv.All {
				passed = make(chan string, 1)
				go func() {
					var said string
					if err := up.control("POST", "pass", &said); err != nil {
						said = "  pass: " + err.Error()
					}
					passed <- said
				}()
			}
			r, err := send(client, up, t, keys, first, o.rate, o.inflight)
			if err != nil {
				return err
			}
			r.start = up.Took
			if err := up.control("POST", "profile/stop", nil); err != nil {
				return err
			}
			client.CloseIdleConnections()
			r.print(t.name + "; " + sv.Name)
			if passed != nil {
				fmt.Println(<-passed)
			}
			if !sv.All {
				if err := up.close(); err != nil {
					return err
				}
			}
			measured[name] = append(measured[name], r)
		}
		if peer != nil {
			if err := peer.close(); err != nil {
				return err
			}
		}
	}
	if o.peer == "all" {
		fmt.Printf("\nwrit serve against the peer (every case loaded first and kept), the same requests in the same run:\n")
		for _, name := range routes {
			a, b := measured[name][0], measured[name][1]
			fmt.Printf("  %-5s answered ok/s %.2fx, p50 %.2fx, p99 %.2fx, peak heap %.2fx, peak RSS %.2fx; start %.2fx (%.2f s against %.2f s)\n",
				name, a.okRate()/b.okRate(), ratio(a.pct(.5), b.pct(.5)), ratio(a.pct(.99), b.pct(.99)),
				float64(a.peakHeap)/float64(b.peakHeap), float64(a.peakRSS)/float64(b.peakRSS),
				ratio(a.start, b.start), a.start.Seconds(), b.start.Seconds())
		}
	}
	return nil
}

// choose picks the case each of n requests asks for.
func choose(o options, ids []string, n int) ([]string, error) {
	keys := make([]string, n)
	switch o.keys {
	case "round":
		for i := range keys {
			keys[i] = ids[i%len(ids)]
		}
	case "zipf":
		if o.zipfS <= 1 {
			return nil, fmt.Errorf("-zipf-s: %g is not above 1", o.zipfS)
		}
		// The rank of a case is not its age: the cases asked for most are
		// spread over the database, so that the newest (which the server
		// loads when it starts) are not the hot ones.
		r := rand.New(rand.NewPCG(17, 2))
		ranked := slices.Clone(ids)
		r.Shuffle(len(ranked), func(i, j int) { ranked[i], ranked[j] = ranked[j], ranked[i] })
		z := rand.NewZipf(r, o.zipfS, 1, uint64(len(ranked)-1))
		for i := range keys {
			keys[i] = ranked[z.Uint64()]
		}
	default:
		return nil, fmt.Errorf("-keys: %q is neither round nor zipf", o.keys)
	}
	return keys, nil
}

// describeKeys says how the cases were chosen and how skewed the choice
// is: how many distinct cases were asked for, and what share of the
// requests went to the 4,096 cases asked for most.
func describeKeys(o options, keys []string) string {
	count := map[string]int{}
	for _, k := range keys {
		count[k]++
	}
	var by []int
	for _, c := range count {
		by = append(by, c)
	}
	slices.Sort(by)
	slices.Reverse(by)
	top := 0
	for _, c := range by[:min(len(by), 4096)] {
		top += c
	}
	how := "every case in turn"
	if o.keys == "zipf" {
		how = fmt.Sprintf("Zipf, s=%g", o.zipfS)
	}
	return fmt.Sprintf("%s (%d distinct cases; the 4,096 asked for most get %.0f%% of the requests)",
		how, len(count), 100*float64(top)/float64(max(1, len(keys))))
}

// result is what one run measured.
type result struct {
	offered, rate int
	duration      time.Duration
	latencies     []time.Duration // of the ok answers, from each request's due time
	// firsts are the latencies of the ok answers to the first request
	// for their case in the run (which the cache holds only if the server
	// loaded it at start), repeats of the others.
	firsts, repeats []time.Duration
	transport       int64         // no answer: connection error, timeout
	status          map[int]int64 // answers that were not ok, by status
	bad             int64         // 200s of the wrong type or without the case
	notSent         int64
	inflight        int
	elapsed         time.Duration // from the first due time to the last answer
	// cpu is the server process's CPU time, gen the load generator's;
	// gcs and gcCPU the server's collections and their CPU time.
	cpu, gen time.Duration
	gcs      uint64
	gcCPU    float64
	// genGCs are the load generator's own collections during the run.
	genGCs uint32
	// peakHeap is the most the server's heap objects took (sampled every
	// 100 ms), peakRSS its most resident memory during the run (VmHWM
	// after a reset at its start), startRSS its most before the run (its
	// start and index), genRSS the load generator's most.
	peakHeap, peakRSS, startRSS, genRSS uint64
	start                               time.Duration // how long the server took to load its cases
	cache                               *cases.CacheStats
}

// firstAsks marks the requests that are the first for their case in keys.
func firstAsks(keys, ids []string) []bool {
	seen := make(map[string]bool, len(ids))
	first := make([]bool, len(keys))
	for i, k := range keys {
		first[i] = !seen[k]
		seen[k] = true
	}
	return first
}

// send offers t to the server up at rate, one request for each of keys in
// turn, and waits for every answer; first marks the first request for each
// case (nil: not told apart).
func send(client *http.Client, up *running, t target, keys []string, first []bool, rate int, inflight int) (*result, error) {
	d := time.Duration(len(keys)) * time.Second / time.Duration(rate)
	res := &result{rate: rate, duration: d, status: map[int]int64{}, inflight: inflight}
	s0, err := up.stats(true)
	if err != nil {
		return nil, err
	}
	res.startRSS = procStatus(up.pid, "VmHWM")
	if err := resetPeak(up.pid); err != nil {
		return nil, err
	}
	var (
		mu        sync.Mutex
		transport atomic.Int64
		bad       atomic.Int64
		wg        sync.WaitGroup
	)
	slots := make(chan struct{}, inflight)
	total := len(keys)
	res.offered = total
	res.latencies = make([]time.Duration, 0, total)
	cpu0 := cpuTime()
	var gen0 runtime.MemStats
	runtime.ReadMemStats(&gen0)
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
		go func(id string, due time.Time, first bool) {
			defer wg.Done()
			defer func() { <-slots }()
			req, _ := http.NewRequest("GET", up.base+t.path(id), nil)
			t.auth(req)
			resp, err := client.Do(req)
			if err != nil {
				transport.Add(1)
				return
			}
			buf := bodies.Get().(*bytes.Buffer)
			defer bodies.Put(buf)
			buf.Reset()
			_, err = buf.ReadFrom(resp.Body)
			body := buf.Bytes()
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
				if first {
					res.firsts = append(res.firsts, lat)
				} else {
					res.repeats = append(res.repeats, lat)
				}
			}
		}(keys[i], due, first != nil && first[i])
	}
	wg.Wait()
	res.elapsed = time.Since(begin)
	res.gen = cpuTime() - cpu0
	var gen1 runtime.MemStats
	runtime.ReadMemStats(&gen1)
	res.genGCs = gen1.NumGC - gen0.NumGC
	s1, err := up.stats(false)
	if err != nil {
		return nil, err
	}
	res.peakRSS = procStatus(up.pid, "VmHWM")
	res.genRSS = procStatus(os.Getpid(), "VmHWM")
	c := s1.Cache
	c.Hits -= s0.Cache.Hits
	c.Reads -= s0.Cache.Reads
	res.cache = &c
	res.cpu, res.gcs, res.gcCPU, res.peakHeap = s1.CPU-s0.CPU, s1.GCs-s0.GCs, s1.GCCPU-s0.GCCPU, s1.PeakHeap
	res.transport, res.bad = transport.Load(), bad.Load()
	slices.Sort(res.latencies)
	if first == nil {
		res.repeats = nil
	}
	slices.Sort(res.firsts)
	slices.Sort(res.repeats)
	return res, nil
}

// bodies are the buffers answers are read into: the load generator's own
// garbage (an answer of 8 KiB read by io.ReadAll makes about 16 KiB)
// made it collect about 300 times a minute, each collection a pause of
// the process that times the answers; a pause counts in the latency of
// every answer then in flight, whichever server is measured.
var bodies = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// pct is the latency of the ok answers at percentile p (0 to 1).
func (r *result) pct(p float64) time.Duration { return pct(r.latencies, p) }

// pct is the latency at percentile p (0 to 1) of sorted latencies.
func pct(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(len(sorted)-1, int(p*float64(len(sorted))))]
}

// okRate is the ok answers per second, from the first due time to the
// last answer.
func (r *result) okRate() float64 { return float64(len(r.latencies)) / r.elapsed.Seconds() }

func ratio(a, b time.Duration) float64 { return float64(a) / float64(b) }

// print says how the server process started.
func (r *running) print() {
	if r.MemLimit > 0 {
		how := "as -memlimit sets it"
		if r.MemLimitDefault {
			how = "writ serve's default"
		}
		fmt.Printf("\n%s: soft memory limit %d MiB (%s)\n", r.name, r.MemLimit>>20, how)
	} else {
		fmt.Printf("\n%s: no soft memory limit\n", r.name)
	}
	fmt.Printf("%s: loaded %d cases in %.2f s (%.2f s of CPU); heap in use after a GC: %.0f MiB; resident: %.0f MiB\n",
		r.name, r.Loaded, r.Took.Seconds(), r.CPU.Seconds(), float64(r.Heap)/(1<<20), float64(r.RSS)/(1<<20))
	if r.Indexed > 0 {
		fmt.Printf("%s: the pages' index of %d cases built in %.2f s (%.2f s of CPU); heap in use after a GC: %.0f MiB; resident: %.0f MiB\n",
			r.name, r.Indexed, r.IndexTook.Seconds(), r.IndexCPU.Seconds(), float64(r.IndexHeap)/(1<<20), float64(r.IndexRSS)/(1<<20))
	}
}

// print prints what the run measured; the ratios to a peer are printed
// once both are measured.
func (r *result) print(name string) {
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
	fmt.Printf("  answered ok %.0f/s (over %.1f s, first due time to last answer)\n", r.okRate(), r.elapsed.Seconds())
	fmt.Printf("  latency from due time: p50 %s, p90 %s, p99 %s, p99.9 %s, max %s\n",
		round(r.pct(.5)), round(r.pct(.9)), round(r.pct(.99)), round(r.pct(.999)), round(r.pct(1)))
	if len(r.firsts) > 0 {
		fmt.Printf("  the first request for its case (%d): p50 %s, p99 %s; the others (%d): p50 %s, p99 %s\n",
			len(r.firsts), round(pct(r.firsts, .5)), round(pct(r.firsts, .99)), len(r.repeats), round(pct(r.repeats, .5)), round(pct(r.repeats, .99)))
	}
	if r.offered > 0 {
		fmt.Printf("  CPU: server %.2f of %d cores (%.0f µs per request; %d GCs, %.1f s of CPU), load generator %.2f (%d GCs)\n",
			r.cpu.Seconds()/r.elapsed.Seconds(), runtime.NumCPU(), float64(r.cpu.Microseconds())/float64(r.offered), r.gcs, r.gcCPU,
			r.gen.Seconds()/r.elapsed.Seconds(), r.genGCs)
	}
	fmt.Printf("  memory of the server process: peak heap %.0f MiB, peak resident %.0f MiB during the run (%.0f MiB before it: start and index); load generator's peak resident %.0f MiB\n",
		float64(r.peakHeap)/(1<<20), float64(r.peakRSS)/(1<<20), float64(r.startRSS)/(1<<20), float64(r.genRSS)/(1<<20))
	if r.cache != nil {
		fmt.Printf("  case cache: holds %d of %d; %d loads from memory, %d cases read from the store (%.1f%% of the requests)\n",
			r.cache.Held, r.cache.Room, r.cache.Hits, r.cache.Reads, 100*float64(r.cache.Reads)/float64(max(1, r.offered)))
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

// profiles is the query that starts the profiles asked for in the server
// process, to be written to their file names with route before the
// extension (cpu.prof: cpu.api.prof).
func profiles(o options, route string) string {
	q := url.Values{}
	for name, file := range map[string]string{"cpu": o.cpuProfile, "mutex": o.mutexProfile, "block": o.blockProfile, "allocs": o.allocsProfile} {
		if file == "" {
			continue
		}
		ext := filepath.Ext(file)
		abs, _ := filepath.Abs(strings.TrimSuffix(file, ext) + "." + route + ext)
		q.Set(name, abs)
	}
	return q.Encode()
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
