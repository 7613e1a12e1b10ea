package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/cli"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web"
)

// Each server is a process of its own, this program run again with
// childEnv set to the server's settings: its memory and CPU are then the
// server's alone, measured apart from the load generator's (its peak
// resident memory is its VmHWM, /proc/PID/status), and a server that
// kept every case does not leave its memory mapped in the next one.

// childEnv carries a server's settings, as JSON, to the process that
// serves them.
const childEnv = "WRIT_LOAD_SERVER"

// server is how one server is started.
type server struct {
	Name string
	// DB is the SQLite file; Log where its request log goes.
	DB, Log    string
	CacheCases int
	// Warm: load the newest cases first, as writ serve does when it
	// starts; All: load every case first (the peer); Index: then build
	// the pages' index of every case, as writ serve does.
	Warm, All, Index bool
	// MemLimit is the soft memory limit in bytes: 0 is writ serve's
	// default (GOMEMLIMIT if set, else cli.MemoryLimit's), -1 none.
	MemLimit int64
	// GCPercent, when not 0, is the server's GOGC.
	GCPercent int
}

// ready is what a server process says once it serves.
type ready struct {
	Addr string
	// Loaded cases in Took (CPU: of the process), then the heap in use
	// after a GC and the resident memory.
	Loaded          int
	Took, CPU       time.Duration
	Heap, RSS       uint64
	Indexed         int
	IndexTook       time.Duration
	IndexCPU        time.Duration
	IndexHeap       uint64
	IndexRSS        uint64
	MemLimit        int64
	MemLimitDefault bool
}

// stats is what a server process has done, asked at the start and the
// end of a run.
type stats struct {
	Cache cases.CacheStats
	// CPU is the process's CPU time; GCs the collections so far and GCCPU
	// the CPU time they took (runtime/metrics' estimate).
	CPU   time.Duration
	GCs   uint64
	GCCPU float64
	// PeakHeap is the most the heap's objects took since the last reset.
	PeakHeap uint64
}

// running is a server process started by start.
type running struct {
	ready
	name string
	pid  int
	base string // its URL
	// close stops it and waits for it to end.
	close func() error
}

// start starts the server process of sv and waits until it serves.
func start(sv server) (*running, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	conf, err := json.Marshal(sv)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(self)
	cmd.Env = append(os.Environ(), childEnv+"="+string(conf))
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	var r ready
	line, err := bufio.NewReader(stdout).ReadBytes('\n')
	if err == nil {
		err = json.Unmarshal(line, &r)
	}
	if err != nil {
		_ = stdin.Close()
		_ = cmd.Wait()
		return nil, fmt.Errorf("%s: the server process did not start: %w", sv.Name, err)
	}
	go io.Copy(io.Discard, stdout)
	return &running{ready: r, name: sv.Name, pid: cmd.Process.Pid, base: "http://" + r.Addr,
		close: func() error { _ = stdin.Close(); return cmd.Wait() }}, nil
}

// control asks the server process for something of the bench's own
// (/_load/...), decoding its JSON answer into out.
func (r *running) control(method, path string, out any) error {
	req, _ := http.NewRequest(method, r.base+"/_load/"+path, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(resp.Body)
		return fmt.Errorf("/_load/%s: %s: %s", path, resp.Status, b)
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// stats asks the server process what it has done; reset starts its
// sampling of the heap's peak again.
func (r *running) stats(reset bool) (stats, error) {
	var s stats
	path := "stats"
	if reset {
		path += "?reset=1"
	}
	return s, r.control("GET", path, &s)
}

// resetPeak starts the process's peak resident memory (VmHWM) again
// (Linux's clear_refs: 5).
func resetPeak(pid int) error {
	return os.WriteFile(fmt.Sprintf("/proc/%d/clear_refs", pid), []byte("5"), 0)
}

// procStatus reads a size in kB from /proc/PID/status ("VmHWM", "VmRSS")
// and returns it in bytes (0 elsewhere).
func procStatus(pid int, field string) uint64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// child is the server process: it serves as writ serve does until its
// standard input ends.
func child(conf string) error {
	var sv server
	if err := json.Unmarshal([]byte(conf), &sv); err != nil {
		return err
	}
	r := ready{MemLimit: sv.MemLimit}
	if sv.GCPercent != 0 {
		debug.SetGCPercent(sv.GCPercent)
	}
	switch {
	case sv.MemLimit < 0:
		debug.SetMemoryLimit(math.MaxInt64)
	case sv.MemLimit > 0:
		debug.SetMemoryLimit(sv.MemLimit)
	default:
		// As writ serve does.
		r.MemLimit, r.MemLimitDefault = cli.MemoryLimit(os.Getenv, sv.CacheCases)
	}
	ctx := context.Background()
	st, err := store.Open(ctx, "sqlite:"+sv.DB, time.Now)
	if err != nil {
		return err
	}
	defer st.Close()
	users, _ := store.UsersOf(st)
	guard, err := access.New(users, access.Options{Params: access.TestParams})
	if err != nil {
		return err
	}
	logw, err := os.OpenFile(sv.Log, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return err
	}
	defer logw.Close()
	svc := &cases.Service{Store: st, Now: time.Now, Actor: "web", CacheCases: sv.CacheCases}
	begin, cpu0 := time.Now(), cpuTime()
	switch {
	case sv.All:
		all, err := st.Cases(ctx)
		if err != nil {
			return err
		}
		for _, c := range all {
			if _, err := svc.Load(ctx, c.ID); err != nil {
				return err
			}
			r.Loaded++
		}
	case sv.Warm:
		if r.Loaded, err = svc.Warm(ctx); err != nil {
			return err
		}
	}
	r.Took, r.CPU = time.Since(begin), cpuTime()-cpu0
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	r.Heap, r.RSS = ms.HeapInuse, procStatus(os.Getpid(), "VmRSS")
	srv := &web.Server{Cases: svc, Users: users, Access: guard, Now: time.Now, Log: slog.New(slog.NewJSONHandler(logw, nil)),
		Index: &cases.Index{Cases: svc}}
	if sv.Index {
		begin, cpu0 := time.Now(), cpuTime()
		all, err := srv.Index.Summaries(ctx, time.Now())
		if err != nil {
			return err
		}
		// As writ serve does once the index is built.
		debug.FreeOSMemory()
		runtime.ReadMemStats(&ms)
		r.Indexed, r.IndexTook, r.IndexCPU = len(all), time.Since(begin), cpuTime()-cpu0
		if r.MemLimitDefault {
			r.MemLimit = cli.RaiseMemoryLimit(ms.HeapAlloc)
		}
		r.IndexHeap, r.IndexRSS = ms.HeapInuse, procStatus(os.Getpid(), "VmRSS")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	r.Addr = ln.Addr().String()
	mux := http.NewServeMux()
	mux.Handle("/", srv.Handler())
	(&controls{svc: svc}).routes(mux)
	hs := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 60 * time.Second, IdleTimeout: 120 * time.Second}
	go hs.Serve(ln)
	if err := json.NewEncoder(os.Stdout).Encode(r); err != nil {
		return err
	}
	_, _ = io.Copy(io.Discard, os.Stdin)
	return hs.Close()
}

// controls are the server process's own routes, under /_load/, which the
// load generator asks between runs: what it has done, its profiles, a
// pass over every case.
type controls struct {
	svc      *cases.Service
	mu       sync.Mutex
	peakHeap uint64
	cpuFile  *os.File
	mutex    string
	block    string
	allocs   string
}

func (c *controls) routes(mux *http.ServeMux) {
	go c.sample()
	mux.HandleFunc("GET /_load/stats", func(w http.ResponseWriter, r *http.Request) {
		c.mu.Lock()
		s := stats{Cache: c.svc.CacheStats(), CPU: cpuTime(), PeakHeap: c.peakHeap}
		if r.URL.Query().Get("reset") != "" {
			c.peakHeap = 0
		}
		c.mu.Unlock()
		sample := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}, {Name: "/cpu/classes/gc/total:cpu-seconds"}}
		metrics.Read(sample)
		s.GCs, s.GCCPU = sample[0].Value.Uint64(), sample[1].Value.Float64()
		_ = json.NewEncoder(w).Encode(s)
	})
	mux.HandleFunc("POST /_load/profile", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if file := q.Get("cpu"); file != "" {
			f, err := os.Create(file)
			if err == nil {
				err = pprof.StartCPUProfile(f)
			}
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			c.cpuFile = f
		}
		if c.mutex = q.Get("mutex"); c.mutex != "" {
			runtime.SetMutexProfileFraction(10)
		}
		if c.block = q.Get("block"); c.block != "" {
			runtime.SetBlockProfileRate(int(100 * time.Microsecond))
		}
		if c.allocs = q.Get("allocs"); c.allocs != "" {
			// What was allocated before the run, to be taken from the
			// profile written after it (go tool pprof -diff_base).
			if err := writeProfile("allocs", c.allocs+".base"); err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
		}
		fmt.Fprintln(w, "{}")
	})
	mux.HandleFunc("POST /_load/profile/stop", func(w http.ResponseWriter, r *http.Request) {
		if c.cpuFile != nil {
			pprof.StopCPUProfile()
			_ = c.cpuFile.Close()
			c.cpuFile = nil
		}
		for name, file := range map[string]string{"mutex": c.mutex, "block": c.block, "allocs": c.allocs} {
			if file == "" {
				continue
			}
			if err := writeProfile(name, file); err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
		}
		runtime.SetMutexProfileFraction(0)
		runtime.SetBlockProfileRate(0)
		fmt.Fprintln(w, "{}")
	})
	mux.HandleFunc("POST /_load/pass", func(w http.ResponseWriter, r *http.Request) {
		_ = json.NewEncoder(w).Encode(pass(r.Context(), c.svc))
	})
}

// writeProfile writes the named profile to file.
func writeProfile(name, file string) error {
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	return errors.Join(pprof.Lookup(name).WriteTo(f, 0), f.Close())
}

// sample keeps the most the heap's live and unswept objects took, every
// 100 ms.
func (c *controls) sample() {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	for range time.Tick(100 * time.Millisecond) {
		metrics.Read(sample)
		c.mu.Lock()
		c.peakHeap = max(c.peakHeap, sample[0].Value.Uint64())
		c.mu.Unlock()
	}
}

// pass assesses every case at now, one after another, through svc, as the
// reminders' tick did before it asked the index, and says what it took.
func pass(ctx context.Context, svc *cases.Service) string {
	start, cpu0, before := time.Now(), cpuTime(), svc.CacheStats()
	all, err := svc.Store.Cases(ctx)
	if err != nil {
		return "  pass: " + err.Error()
	}
	failed := 0
	for _, sc := range all {
		if _, _, err := svc.Assess(ctx, sc.ID, time.Now()); err != nil {
			failed++
		}
	}
	after := svc.CacheStats()
	took := time.Since(start)
	return fmt.Sprintf("  pass over every case during the run (as the reminders' tick made before it asked the index): %d cases (%d failed) in %.1f s, %.0f µs each; CPU of the server meanwhile %.1f s; %d read from the store",
		len(all), failed, took.Seconds(), float64(took.Microseconds())/float64(max(1, len(all))), (cpuTime() - cpu0).Seconds(), after.Reads-before.Reads)
}

// dbPath is where the database of n cases is kept in dir.
func dbPath(dir string, n int) string { return filepath.Join(dir, fmt.Sprintf("load-%d.db", n)) }
