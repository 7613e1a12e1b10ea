package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"
)

// measure is one run of one tool.
type measure struct {
	wall    time.Duration
	matched int64
	rssKiB  int64
}

// tool is a contender: how to run it once on a file.
type tool struct {
	name string
	run  func(file string) (measure, error)
}

func cmdRun(args []string) error {
	fs := flag.NewFlagSet("run", flag.ExitOnError)
	dir := fs.String("dir", "/tmp/writ-bench", "folder for the generated logs")
	lines := fs.Int("lines", 20_000_000, "lines of the large log")
	small := fs.Int("small", 2_000_000, "lines of the small log (for memory)")
	duck := fs.String("duckdb", "/tmp/writ-bench/duckdb-scan", "the DuckDB contender, built from bench/duckdb")
	reps := fs.Int("reps", 5, "runs of each tool, interleaved")
	fs.Parse(args)

	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return err
	}
	large := filepath.Join(*dir, fmt.Sprintf("access-%dm.jsonl", *lines/1_000_000))
	smallFile := filepath.Join(*dir, fmt.Sprintf("access-%dm.jsonl", *small/1_000_000))
	for _, f := range []struct {
		path  string
		lines int
	}{{large, *lines}, {smallFile, *small}} {
		if _, err := os.Stat(f.path); err == nil {
			continue
		}
		fmt.Printf("generating %s (%d lines)...\n", f.path, f.lines)
		if err := cmdGen([]string{"-out", f.path, "-lines", fmt.Sprint(f.lines)}); err != nil {
			return err
		}
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	var windowArg []string
	for _, w := range benchWindows() {
		windowArg = append(windowArg, w.From.Format(time.RFC3339)+"/"+w.To.Format(time.RFC3339))
	}
	tools := []tool{
		{"writ Scan", func(file string) (measure, error) {
			return runJSON(exec.Command(self, "scan", file))
		}},
		{"writ Scan, 1 core", func(file string) (measure, error) {
			cmd := exec.Command(self, "scan", file)
			cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
			return runJSON(cmd)
		}},
		{"rg -F", func(file string) (measure, error) {
			return runLines(exec.Command("rg", "-F", benchTarget, file))
		}},
		{"rg -F -n", func(file string) (measure, error) {
			return runLines(exec.Command("rg", "-F", "-n", benchTarget, file))
		}},
		{"DuckDB read_json", func(file string) (measure, error) {
			return runJSON(exec.Command(*duck, "-account", benchTarget, "-windows", strings.Join(windowArg, ","), file))
		}},
	}

	st, err := os.Stat(large)
	if err != nil {
		return err
	}
	size := st.Size()
	// Every tool reads the file from the page cache: read it once first.
	for _, f := range []string{large, smallFile} {
		if err := warm(f); err != nil {
			return err
		}
	}
	loadBefore := loadAvg()
	runs := make([][]measure, len(tools))
	for rep := range *reps {
		for i, t := range tools {
			m, err := t.run(large)
			if err != nil {
				return fmt.Errorf("%s: %w", t.name, err)
			}
			runs[i] = append(runs[i], m)
			fmt.Fprintf(os.Stderr, "run %d %-18s %6.3f s\n", rep+1, t.name, m.wall.Seconds())
		}
	}
	var smallRuns []measure
	for range *reps {
		m, err := tools[0].run(smallFile)
		if err != nil {
			return err
		}
		smallRuns = append(smallRuns, m)
	}

	fmt.Printf("\n%s, %d cores (%s), %s, %s\n", time.Now().UTC().Format("2006-01-02"), runtime.NumCPU(), cpuModel(), runtime.Version(), rgVersion())
	fmt.Printf("log: %s, %d lines, %.2f GB; account %s; best and median of %d interleaved runs (wall clock of the process)\n",
		large, *lines, float64(size)/1e9, benchTarget, *reps)
	fmt.Printf("load average before: %s, after: %s (other work on the machine slows writ, which uses both cores, more than rg, which uses one)\n\n", loadBefore, loadAvg())
	fmt.Printf("%-18s %9s %9s %8s %9s %12s\n", "tool", "best s", "median s", "GB/s", "lines", "peak RSS")
	best := make([]float64, len(tools))
	for i, t := range tools {
		b, med := bestMedian(runs[i])
		best[i] = float64(size) / b.Seconds() / 1e9
		fmt.Printf("%-18s %9.3f %9.3f %8.2f %9d %9.1f MiB\n", t.name, b.Seconds(), med.Seconds(), best[i], runs[i][0].matched, float64(maxRSS(runs[i]))/1024)
	}
	fmt.Printf("\nwrit / rg -F:     %.2fx  (1 core: %.2fx)\nwrit / rg -F -n:  %.2fx  (1 core: %.2fx)\nwrit / DuckDB:    %.2fx\n",
		best[0]/best[2], best[1]/best[2], best[0]/best[3], best[1]/best[3], best[0]/best[4])
	sb, _ := bestMedian(smallRuns)
	sst, _ := os.Stat(smallFile)
	fmt.Printf("\nwrit's peak RSS: %.1f MiB on %d lines (%.2f GB, %.2f GB/s), %.1f MiB on %d lines (%.2f GB)\n",
		float64(maxRSS(smallRuns))/1024, *small, float64(sst.Size())/1e9, float64(sst.Size())/sb.Seconds()/1e9,
		float64(maxRSS(runs[0]))/1024, *lines, float64(size)/1e9)
	return nil
}

// runJSON runs a contender that prints a JSON object with "matched".
func runJSON(cmd *exec.Cmd) (measure, error) {
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return measure{}, err
	}
	m := measure{wall: time.Since(start), rssKiB: cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss}
	var r struct{ Matched int64 }
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		return measure{}, fmt.Errorf("%s: %w", out.String(), err)
	}
	m.matched = r.Matched
	return m, nil
}

// runLines runs a contender that prints the matching lines, and counts them.
// Its output goes to a pipe, as to a program using it: ripgrep stops at the
// first match when it sees its output is /dev/null.
func runLines(cmd *exec.Cmd) (measure, error) {
	pipe, err := cmd.StdoutPipe()
	if err != nil {
		return measure{}, err
	}
	cmd.Stderr = os.Stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return measure{}, err
	}
	var n int64
	sc := bufio.NewScanner(pipe)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		n++
	}
	if err := cmd.Wait(); err != nil {
		return measure{}, err
	}
	return measure{wall: time.Since(start), matched: n, rssKiB: cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss}, nil
}

func bestMedian(ms []measure) (best, median time.Duration) {
	var d []time.Duration
	for _, m := range ms {
		d = append(d, m.wall)
	}
	slices.Sort(d)
	return d[0], d[len(d)/2]
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
	b, _ := os.ReadFile("/proc/loadavg")
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

func cpuModel() string {
	b, _ := os.ReadFile("/proc/cpuinfo")
	for _, line := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}

func rgVersion() string {
	out, err := exec.Command("rg", "--version").Output()
	if err != nil {
		return "rg not found"
	}
	return strings.SplitN(string(out), "\n", 2)[0]
}
