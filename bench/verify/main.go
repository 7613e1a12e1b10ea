// Command verify is the benchmark of writ audit verify (issue 17), not a
// test. It fills a SQLite database with -cases cases of the seed order as
// the load benchmark does (the order entered, the subpoena served, both
// holders noticed: four events each), with -accesses entries in each
// case's access log and, in every -blob-every'th case, a sealed
// preservation whose file (-blob bytes) is kept with its event, so that
// every check verify makes has work. Then, -reps times in turn, it runs
//
//   - the peer: sha256sum over the same database file, read from the page
//     cache, as verify reads it;
//   - writ audit verify, the real binary.
//
// It prints each one's wall clock and writ's time as a ratio of
// sha256sum's, measured in the same run.
//
//	go run ./bench/verify -cases 10000 -reps 7
//	go run ./bench/verify -cases 10000 -before /tmp/writ-before   # and an earlier build
//	go run ./bench/verify profile -db FILE -n 5 -cpuprofile cpu.pprof   # the audit in this process, profiled
package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/writ-project/writ/bench/internal/usage"
	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
)

type options struct {
	cases, accesses, blobEvery, blob, reps int
	dir, writ, before                      string
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "profile" {
		if err := profile(os.Args[2:]); err != nil {
			fmt.Fprintln(os.Stderr, "verify profile:", err)
			os.Exit(1)
		}
		return
	}
	var o options
	flag.IntVar(&o.cases, "cases", 10000, "cases in the database")
	flag.IntVar(&o.accesses, "accesses", 3, "entries in each case's access log")
	flag.IntVar(&o.blobEvery, "blob-every", 10, "a sealed preservation with its file in every n-th case (0: none)")
	flag.IntVar(&o.blob, "blob", 4096, "the size of each such file, in bytes")
	flag.IntVar(&o.reps, "reps", 5, "runs of each, taking turns")
	flag.StringVar(&o.dir, "dir", filepath.Join(os.TempDir(), "writ-verify-bench"), "where the database is kept between runs")
	flag.StringVar(&o.writ, "writ", "", "the writ binary to measure (default: built from this tree into -dir)")
	flag.StringVar(&o.before, "before", "", "another writ binary (an earlier build) to measure in the same runs")
	flag.Parse()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "verify:", err)
		os.Exit(1)
	}
}

func run(o options) error {
	if err := os.MkdirAll(o.dir, 0o700); err != nil {
		return err
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
	db := filepath.Join(o.dir, fmt.Sprintf("verify-%d-%d-%d-%d.db", o.cases, o.accesses, o.blobEvery, o.blob))
	if err := fill(context.Background(), db, o); err != nil {
		return err
	}
	// Everything in the database file, so that sha256sum reads what
	// verify reads.
	if err := checkpoint(writ, db); err != nil {
		return err
	}
	st, err := os.Stat(db)
	if err != nil {
		return err
	}
	warm(db)

	type contender struct {
		name string
		cmd  func() *exec.Cmd
		runs []time.Duration
		cpus []time.Duration // user + system
		rss  int64
	}
	verify := func(bin string) func() *exec.Cmd {
		return func() *exec.Cmd { return exec.Command(bin, "--db", "sqlite:"+db, "audit", "verify") }
	}
	cs := []*contender{
		{name: "peer: sha256sum", cmd: func() *exec.Cmd { return exec.Command("sha256sum", db) }},
		{name: "writ audit verify", cmd: verify(writ)},
	}
	if o.before != "" {
		cs = append(cs, &contender{name: "writ audit verify, -before build", cmd: verify(o.before)})
	}
	load0 := loadAvg()
	var said string
	for rep := range o.reps {
		for _, c := range cs {
			cmd := c.cmd()
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			usage := usage.UnderTime(cmd)
			start := time.Now()
			if err := cmd.Run(); err != nil {
				return fmt.Errorf("%s: %w: %s", c.name, err, out.String())
			}
			c.runs = append(c.runs, time.Since(start))
			rss, cpu := usage()
			c.rss = max(c.rss, rss)
			c.cpus = append(c.cpus, cpu)
			if strings.HasPrefix(c.name, "writ audit verify") && rep == 0 {
				said = strings.TrimSpace(out.String())
			}
		}
		fmt.Fprintf(os.Stderr, "run %d:", rep+1)
		for _, c := range cs {
			fmt.Fprintf(os.Stderr, " %s %.3f s;", c.name, c.runs[rep].Seconds())
		}
		fmt.Fprintln(os.Stderr)
	}
	fmt.Printf("%s, %d cores, %s; %s\n", time.Now().UTC().Format("2006-01-02 15:04 UTC"), runtime.NumCPU(), runtime.Version(), writ)
	fmt.Printf("database: %s, %.1f MB; %d cases, %d accesses each, a %d-byte file in every %d-th; best and median of %d interleaved runs\n",
		db, float64(st.Size())/1e6, o.cases, o.accesses, o.blob, o.blobEvery, o.reps)
	fmt.Printf("writ says: %s\n", said)
	fmt.Printf("load average before: %s, after: %s\n\n", load0, loadAvg())
	fmt.Printf("%-34s %9s %9s %12s %12s\n", "", "best s", "median s", "median CPU s", "peak RSS")
	best := map[string]time.Duration{}
	median := map[string]time.Duration{}
	cpu := map[string]time.Duration{}
	for _, c := range cs {
		slices.Sort(c.runs)
		slices.Sort(c.cpus)
		best[c.name], median[c.name], cpu[c.name] = c.runs[0], c.runs[len(c.runs)/2], c.cpus[len(c.cpus)/2]
		fmt.Printf("%-34s %9.3f %9.3f %12.3f %8.1f MiB\n", c.name, c.runs[0].Seconds(), c.runs[len(c.runs)/2].Seconds(), cpu[c.name].Seconds(), float64(c.rss)/1024)
	}
	fmt.Println()
	for _, c := range cs[1:] {
		fmt.Printf("%s / sha256sum: %.2fx (best), %.2fx (median); CPU time %.2fx (median)\n", c.name, best[c.name].Seconds()/best[cs[0].name].Seconds(),
			median[c.name].Seconds()/median[cs[0].name].Seconds(), cpu[c.name].Seconds()/cpu[cs[0].name].Seconds())
	}
	return nil
}

// profile runs the audit writ audit verify runs, -n times in this
// process, under the CPU profiler, and prints each run's wall clock and
// the CPU time the process took: what limits the audit, apart from the
// start of a process.
func profile(args []string) error {
	fs := flag.NewFlagSet("profile", flag.ExitOnError)
	db := fs.String("db", "", "the SQLite database file")
	n := fs.Int("n", 5, "audits")
	out := fs.String("cpuprofile", "cpu.pprof", "where the CPU profile goes")
	fs.Parse(args)
	ctx := context.Background()
	st, err := store.Open(ctx, "sqlite:"+*db, time.Now)
	if err != nil {
		return err
	}
	defer st.Close()
	auditor, ok := store.AuditorOf(st)
	if !ok {
		return fmt.Errorf("no auditor")
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := pprof.StartCPUProfile(f); err != nil {
		return err
	}
	defer pprof.StopCPUProfile()
	for range *n {
		var u0, u1 syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &u0)
		start := time.Now()
		a, err := auditor.Audit(ctx)
		if err != nil {
			return err
		}
		wall := time.Since(start)
		syscall.Getrusage(syscall.RUSAGE_SELF, &u1)
		cpu := time.Duration(u1.Utime.Nano() + u1.Stime.Nano() - u0.Utime.Nano() - u0.Stime.Nano())
		fmt.Printf("audit: %.3f s wall, %.3f s CPU; %d events, %d accesses, %d blobs, %d breaks\n", wall.Seconds(), cpu.Seconds(), a.Events, a.Accesses, a.Blobs, len(a.Breaks))
	}
	return nil
}

// fill makes the database unless it is there.
func fill(ctx context.Context, path string, o options) error {
	if _, err := os.Stat(path); err == nil {
		return nil
	}
	tmp := path + ".tmp"
	for _, s := range []string{"", "-wal", "-shm"} {
		os.Remove(tmp + s)
	}
	st, err := store.Open(ctx, "sqlite:"+tmp, time.Now)
	if err != nil {
		return err
	}
	svc := &cases.Service{Store: st, Now: time.Now, Actor: "bench"}
	l, _ := store.AccessLogOf(st)
	seed := examples.SeedOrder()
	start := time.Now()
	for i := range o.cases {
		c, err := svc.Open(ctx, seed, "", "")
		if err != nil {
			return err
		}
		loaded, err := svc.Load(ctx, c.ID)
		if err != nil {
			return err
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
				return err
			}
		}
		if o.blobEvery > 0 && i%o.blobEvery == 0 {
			sealed := make([]byte, o.blob)
			rand.Read(sealed)
			digest := fmt.Sprintf("%x", sha256.Sum256(sealed))
			e := matter.Event{Type: matter.PreservationStarted, At: day("2022-10-22"), Accounts: []string{"konnoyukio@CmRUCE"}, Digest: digest}
			if _, err := svc.RecordWith(ctx, c.ID, e, "", sealed); err != nil {
				return err
			}
		}
		for range o.accesses {
			if _, err := l.RecordAccess(ctx, store.Access{CaseID: c.ID, At: time.Now(), Actor: "user:u-bench", Via: "page:case", What: []string{store.SeenAccountIDs}}); err != nil {
				return err
			}
		}
		if (i+1)%1000 == 0 {
			fmt.Fprintf(os.Stderr, "filled %d cases (%.0f s)\n", i+1, time.Since(start).Seconds())
		}
	}
	if err := st.Close(); err != nil {
		return err
	}
	for _, s := range []string{"-wal", "-shm"} {
		os.Remove(path + s)
		os.Rename(tmp+s, path+s)
	}
	return os.Rename(tmp, path)
}

// checkpoint has writ open the database and close it, which folds the
// write-ahead log into the file.
func checkpoint(writ, db string) error {
	out, err := exec.Command(writ, "--db", "sqlite:"+db, "audit", "verify").CombinedOutput()
	if err != nil {
		return fmt.Errorf("writ audit verify: %w: %s", err, out)
	}
	return nil
}

func warm(path string) {
	f, err := os.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	io.Copy(io.Discard, f)
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
