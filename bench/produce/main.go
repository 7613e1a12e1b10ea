// Command produce is the benchmark of writ produce on one account with a
// large access log (issue 17), not a test. It makes a demo platform whose
// access log holds -rows entries of the seed account konnoyukio@CmRUCE,
// every one inside the order's windows, opens the seed case in a fresh
// SQLite database (served, both holders noticed, so the gate is open), and
// then, -reps times in turn, runs
//
//   - the peer: the same source reading the same log for the same account
//     and windows, and nothing else (this program's "scan", a process of
//     its own);
//   - writ produce, the real binary, building the package of that account.
//
// It prints each one's wall clock and peak RSS (the kernel's maxrss of the
// process), and writ produce's time as a ratio of the peer's measured in
// the same run, so that the figure holds on a machine other sessions load.
//
//	go run ./bench/produce -rows 1000000 -reps 5
//	go run ./bench/produce -rows 1000000 -before /tmp/writ-before # and an earlier build, in the same run
//
// Files stay in -dir (the platform is kept for the next run with the same
// -rows and -order; the database and packages are made afresh); -clean
// removes them at the end.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/writ-project/writ/bench/internal/usage"
	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/demo"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/production"
	"github.com/writ-project/writ/internal/source"
	"github.com/writ-project/writ/internal/store"
)

const konno = "konnoyukio@CmRUCE"

func main() {
	if len(os.Args) > 1 && os.Args[1] == "scan" {
		if err := scan(os.Args[2:]); err != nil {
			fmt.Fprintln(os.Stderr, "produce scan:", err)
			os.Exit(1)
		}
		return
	}
	var o options
	flag.IntVar(&o.rows, "rows", 1_000_000, "access-log entries of the account, all inside the order's windows")
	flag.IntVar(&o.addresses, "addresses", 1000, "distinct IP addresses among them (each is one line of the PDF summary)")
	flag.StringVar(&o.order, "order", "time", "the log's order: time (as platforms write logs) or random (every entry out of place)")
	flag.IntVar(&o.reps, "reps", 3, "runs of each, taking turns")
	flag.StringVar(&o.dir, "dir", filepath.Join(os.TempDir(), "writ-produce-bench"), "where the platform, the database and the packages go")
	flag.StringVar(&o.writ, "writ", "", "the writ binary to measure (default: built from this tree into -dir)")
	flag.StringVar(&o.before, "before", "", "another writ binary (an earlier build) to measure in the same runs")
	flag.BoolVar(&o.clean, "clean", false, "remove -dir at the end")
	flag.Parse()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "produce:", err)
		os.Exit(1)
	}
}

type options struct {
	rows, addresses, reps int
	order, dir, writ      string
	before                string
	clean                 bool
}

// measure is one run of a process.
type measure struct {
	wall    time.Duration
	rssKiB  int64
	cpu     time.Duration // user + system
	entries int64
}

func run(o options) error {
	if o.order != "time" && o.order != "random" {
		return fmt.Errorf("-order %q: time or random", o.order)
	}
	if err := os.MkdirAll(o.dir, 0o700); err != nil {
		return err
	}
	if o.clean {
		defer os.RemoveAll(o.dir)
	}
	// About 140 bytes a line, the CSV half that, the package the CSV and
	// a little more, and a second package while the first is removed.
	need := int64(o.rows) * 300
	if free := freeBytes(o.dir); free < need+(1<<30) {
		return fmt.Errorf("%s has %.1f GB free; %d rows need about %.1f GB", o.dir, float64(free)/1e9, o.rows, float64(need)/1e9)
	}
	writ := o.writ
	if writ == "" {
		writ = filepath.Join(o.dir, "writ")
		build := exec.Command("go", "build", "-o", writ, "./cmd/writ")
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("build writ: %w", err)
		}
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}

	ctx := context.Background()
	platform := filepath.Join(o.dir, fmt.Sprintf("platform-%d-%d-%s", o.rows, o.addresses, o.order))
	id, windows, err := makePlatform(platform, o)
	if err != nil {
		return err
	}
	dbPath := filepath.Join(o.dir, "writ.db")
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(dbPath + suffix)
	}
	caseID, err := openCase(ctx, dbPath)
	if err != nil {
		return err
	}
	st, err := os.Stat(filepath.Join(platform, "access.jsonl"))
	if err != nil {
		return err
	}
	// Both read the log from the page cache.
	if err := warm(filepath.Join(platform, "access.jsonl")); err != nil {
		return err
	}

	var ws []string
	for _, w := range windows {
		ws = append(ws, w.From.Format(time.RFC3339Nano)+"/"+w.To.Format(time.RFC3339Nano))
	}
	peer := func() (measure, error) {
		cmd := exec.Command(self, "scan", "-platform", platform, "-account", id, "-windows", strings.Join(ws, ","))
		out, m, err := timed(cmd)
		if err != nil {
			return m, fmt.Errorf("scan: %w: %s", err, out)
		}
		var r struct{ Entries int64 }
		if err := json.Unmarshal(out, &r); err != nil {
			return m, fmt.Errorf("scan: %s: %w", out, err)
		}
		m.entries = r.Entries
		return m, nil
	}
	prod := func(writ string, rep int) (measure, int64, error) {
		out := filepath.Join(o.dir, fmt.Sprintf("prod-%d", rep))
		os.RemoveAll(out)
		defer os.RemoveAll(out)
		cmd := exec.Command(writ, "--db", "sqlite:"+dbPath, "produce", caseID, "--account", konno, "--source", "demo:"+platform,
			"--out", out, "--bates-prefix", "TWTR-", "--json")
		cmd.Env = append(os.Environ(), "WRIT_ACTOR=bench")
		text, m, err := timed(cmd)
		if err != nil {
			return m, 0, fmt.Errorf("writ produce: %w: %s", err, text)
		}
		var p struct {
			Manifest production.Manifest `json:"manifest"`
		}
		if err := json.Unmarshal(text, &p); err != nil {
			return m, 0, fmt.Errorf("writ produce: %s: %w", text, err)
		}
		if a := p.Manifest.Accounts; len(a) == 1 && a[0].AccessLog != nil {
			m.entries = int64(a[0].AccessLog.Entries)
		}
		var csv int64
		for _, f := range p.Manifest.Files {
			if f.Kind == "access_log" {
				csv = f.Bytes
			}
		}
		return m, csv, nil
	}

	load0 := loadAvg()
	var peers, prods, befores []measure
	var csvBytes int64
	for rep := range o.reps {
		m, err := peer()
		if err != nil {
			return err
		}
		peers = append(peers, m)
		p, csv, err := prod(writ, rep)
		if err != nil {
			return err
		}
		prods = append(prods, p)
		csvBytes = csv
		fmt.Fprintf(os.Stderr, "run %d: scan %.3f s %.0f MiB, writ produce %.3f s %.0f MiB", rep+1,
			m.wall.Seconds(), float64(m.rssKiB)/1024, p.wall.Seconds(), float64(p.rssKiB)/1024)
		if o.before != "" {
			b, _, err := prod(o.before, rep)
			if err != nil {
				return err
			}
			befores = append(befores, b)
			fmt.Fprintf(os.Stderr, ", before %.3f s %.0f MiB", b.wall.Seconds(), float64(b.rssKiB)/1024)
		}
		fmt.Fprintln(os.Stderr)
	}

	fmt.Printf("%s, %d cores, %s; %s\n", time.Now().UTC().Format("2006-01-02 15:04 UTC"), runtime.NumCPU(), runtime.Version(), writ)
	fmt.Printf("log: %d lines of one account, all in the order's windows, %d addresses, in %s order, %.0f MB; best and median of %d interleaved runs\n",
		o.rows, o.addresses, o.order, float64(st.Size())/1e6, o.reps)
	fmt.Printf("load average before: %s, after: %s\n\n", load0, loadAvg())
	fmt.Printf("%-36s %9s %9s %12s %12s %10s\n", "", "best s", "median s", "median CPU s", "peak RSS", "entries")
	for _, r := range []struct {
		name string
		ms   []measure
	}{{"peer: the source reads the log alone", peers}, {"writ produce", prods}, {"writ produce, -before build", befores}} {
		if len(r.ms) == 0 {
			continue
		}
		b, med := bestMedian(r.ms)
		fmt.Printf("%-36s %9.3f %9.3f %12.3f %8.1f MiB %10d\n", r.name, b.Seconds(), med.Seconds(), medianCPU(r.ms).Seconds(), float64(maxRSS(r.ms))/1024, r.ms[0].entries)
	}
	pb, pm := bestMedian(peers)
	wb, wm := bestMedian(prods)
	fmt.Printf("\nwrit produce / peer: %.2fx (best), %.2fx (median); CPU time %.2fx (median); CSV %.0f MB\n", wb.Seconds()/pb.Seconds(), wm.Seconds()/pm.Seconds(),
		medianCPU(prods).Seconds()/medianCPU(peers).Seconds(), float64(csvBytes)/1e6)
	if len(befores) > 0 {
		bb, bm := bestMedian(befores)
		fmt.Printf("-before build / peer: %.2fx (best), %.2fx (median); -before / writ produce: %.2fx (best), %.2fx (median), peak RSS %.1fx\n",
			bb.Seconds()/pb.Seconds(), bm.Seconds()/pm.Seconds(), bb.Seconds()/wb.Seconds(), bm.Seconds()/wm.Seconds(), float64(maxRSS(befores))/float64(maxRSS(prods)))
	}
	if prods[0].entries != peers[0].entries {
		return fmt.Errorf("writ produce produced %d entries, the source read %d", prods[0].entries, peers[0].entries)
	}
	return nil
}

// makePlatform writes a small demo platform and replaces its access log
// with rows entries of the seed account konnoyukio@CmRUCE, all inside the
// order's windows as of today, unless the folder already holds it. It
// returns the account's id and the windows.
func makePlatform(dir string, o options) (string, []source.Window, error) {
	sum, err := demo.Generate(demo.Options{Accounts: 50, Events: 1000, Seed: 1}, dir+".tmp")
	if err != nil {
		return "", nil, err
	}
	var id string
	var created time.Time
	for _, s := range sum.Seeds {
		if s.Label == konno {
			id, created = s.ID, s.Created
		}
	}
	ord, err := order.Parse(examples.SeedOrder())
	if err != nil {
		return "", nil, err
	}
	loc, err := time.LoadLocation(ord.Court.TimeZone)
	if err != nil {
		return "", nil, err
	}
	ws, err := production.Scope(ord, courttime.DateOf(time.Now().In(loc)), loc, created)
	if err != nil {
		return "", nil, err
	}
	windows := production.SourceWindows(ws)
	if _, err := os.Stat(filepath.Join(dir, "access.jsonl")); err == nil {
		os.RemoveAll(dir + ".tmp")
		return id, windows, nil
	}
	os.RemoveAll(dir)
	start := time.Now()
	if err := writeLog(filepath.Join(dir+".tmp", "access.jsonl"), id, windows, o); err != nil {
		return "", nil, err
	}
	if err := os.Rename(dir+".tmp", dir); err != nil {
		return "", nil, err
	}
	fmt.Fprintf(os.Stderr, "wrote %d lines in %.1f s\n", o.rows, time.Since(start).Seconds())
	return id, windows, nil
}

// writeLog writes the account's entries: instants spread over the windows
// (a window's share as its length, up to the end of 2022, when the demo's
// log ends), in time order or shuffled, each from one of the addresses,
// with a port, a user agent and a path as a platform logs them.
func writeLog(path, id string, windows []source.Window, o options) error {
	r := rand.New(rand.NewPCG(1782, uint64(o.rows)))
	end := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	type span struct{ from, to int64 }
	var spans []span
	var total int64
	for _, w := range windows {
		to := min(w.To.UnixMilli(), end.UnixMilli())
		if to > w.From.UnixMilli() {
			spans = append(spans, span{w.From.UnixMilli(), to})
			total += to - w.From.UnixMilli()
		}
	}
	ms := make([]int64, o.rows)
	for i := range ms {
		x := r.Int64N(total)
		for _, s := range spans {
			if x < s.to-s.from {
				ms[i] = s.from + x
				break
			}
			x -= s.to - s.from
		}
	}
	if o.order == "time" {
		slices.Sort(ms)
	}
	addrs := make([]netip.Addr, o.addresses)
	for i := range addrs {
		if i%5 == 4 {
			addrs[i] = netip.AddrFrom16([16]byte{0x20, 0x01, 0x0d, 0xb8, byte(i >> 8), byte(i), 0, 0, 0, 0, 0, 0, byte(r.Uint32()), byte(r.Uint32()), byte(r.Uint32()), byte(r.Uint32())})
		} else {
			addrs[i] = netip.AddrFrom4([4]byte{198, 18 + byte(i>>16&1), byte(i >> 8), byte(i)})
		}
	}
	agents := []string{"Mozilla/5.0 (iPhone) Mobile/15E148", "Mozilla/5.0 (Windows NT 10.0) Chrome/120", "TwitterAndroid/10.21"}
	paths := []string{"/home", "/notifications", "/messages", "/i/user/", "/search?q="}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	b := make([]byte, 0, 256)
	for _, t := range ms {
		// A few addresses carry most of the traffic, as a person's home
		// and telephone do.
		a := addrs[min(int(r.ExpFloat64()*float64(o.addresses)/8), o.addresses-1)]
		b = append(b[:0], `{"ts":"`...)
		b = time.UnixMilli(t).UTC().AppendFormat(b, "2006-01-02T15:04:05.000Z")
		b = append(b, `","account":"`...)
		b = append(b, id...)
		b = append(b, `","ip":"`...)
		b = a.AppendTo(b)
		b = append(b, `","port":`...)
		b = strconv.AppendInt(b, 1024+r.Int64N(64512), 10)
		b = append(b, `,"ua":"`...)
		b = append(b, agents[r.IntN(len(agents))]...)
		b = append(b, `","path":"`...)
		b = append(b, paths[r.IntN(len(paths))]...)
		b = append(b, "\"}\n"...)
		if _, err := w.Write(b); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// openCase opens the seed case in a fresh database, served and both
// holders noticed in 2022, so that the gate is open today.
func openCase(ctx context.Context, path string) (string, error) {
	st, err := store.Open(ctx, "sqlite:"+path, time.Now)
	if err != nil {
		return "", err
	}
	defer st.Close()
	svc := &cases.Service{Store: st, Now: time.Now, Actor: "bench"}
	c, err := svc.Open(ctx, examples.SeedOrder(), "", "")
	if err != nil {
		return "", err
	}
	loaded, err := svc.Load(ctx, c.ID)
	if err != nil {
		return "", err
	}
	day := func(s string) time.Time {
		t, _ := time.ParseInLocation("2006-01-02", s, loaded.Calendar.Location)
		return t
	}
	yes := true
	for _, e := range []matter.Event{
		{Type: matter.SubpoenaServed, At: day("2022-10-20"), WithOrder: &yes, Conforms: &yes},
		{Type: matter.NoticeSent, At: day("2022-10-21"), Account: konno},
		{Type: matter.NoticeSent, At: day("2022-10-21"), Account: "Aya@ay_chim0807"},
	} {
		if _, err := svc.Record(ctx, c.ID, e, ""); err != nil {
			return "", err
		}
	}
	return c.ID, nil
}

// scan is the peer: the source reading the account's log in the windows,
// counting the entries, and nothing else.
func scan(args []string) error {
	fs := flag.NewFlagSet("scan", flag.ExitOnError)
	platform := fs.String("platform", "", "the demo platform")
	account := fs.String("account", "", "the account id")
	windows := fs.String("windows", "", "FROM/TO,... in RFC 3339")
	fs.Parse(args)
	q := source.LogQuery{AccountID: *account}
	for _, w := range strings.Split(*windows, ",") {
		from, to, ok := strings.Cut(w, "/")
		f, err1 := time.Parse(time.RFC3339Nano, from)
		t, err2 := time.Parse(time.RFC3339Nano, to)
		if !ok || err1 != nil || err2 != nil {
			return fmt.Errorf("-windows: %q", w)
		}
		q.Windows = append(q.Windows, source.Window{From: f, To: t})
	}
	src, err := source.OpenDemo(*platform)
	if err != nil {
		return err
	}
	defer src.Close()
	var n int64
	if _, err := src.AccessLog(context.Background(), q, func(source.LogEntry) error { n++; return nil }); err != nil {
		return err
	}
	return json.NewEncoder(os.Stdout).Encode(map[string]int64{"entries": n})
}

// timed runs a command and measures it; it returns its standard output,
// or with an error its standard error too.
func timed(cmd *exec.Cmd) ([]byte, measure, error) {
	var out, errOut strings.Builder
	cmd.Stdout = &out
	cmd.Stderr = &errOut
	usage := usage.UnderTime(cmd)
	start := time.Now()
	err := cmd.Run()
	m := measure{wall: time.Since(start)}
	m.rssKiB, m.cpu = usage()
	if err != nil {
		return []byte(out.String() + errOut.String()), m, err
	}
	return []byte(out.String()), m, nil
}

// medianCPU is the median of the runs' CPU times.
func medianCPU(ms []measure) time.Duration {
	ds := make([]time.Duration, len(ms))
	for i, m := range ms {
		ds[i] = m.cpu
	}
	slices.Sort(ds)
	return ds[len(ds)/2]
}

func bestMedian(ms []measure) (time.Duration, time.Duration) {
	ds := make([]time.Duration, len(ms))
	for i, m := range ms {
		ds[i] = m.wall
	}
	slices.Sort(ds)
	return ds[0], ds[len(ds)/2]
}

func maxRSS(ms []measure) int64 {
	var m int64
	for _, x := range ms {
		m = max(m, x.rssKiB)
	}
	return m
}

func warm(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(io.Discard, f)
	return err
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

func freeBytes(dir string) int64 {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return 1 << 62
	}
	return int64(st.Bavail) * st.Bsize
}
