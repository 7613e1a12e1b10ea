// Package usage measures what a benchmark's contender cost: its peak
// resident memory and its CPU time, taken by GNU time.
package usage

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// UnderTime has cmd run under /usr/bin/time and returns what reads, once
// cmd has run, its peak RSS in KiB and the CPU time it took (user and
// system), which other work on the machine changes less than the wall
// clock. The kernel's maxrss of a process Go starts is no use here: Go
// starts it sharing its own memory (vfork), and the process keeps that
// memory's high-water mark through exec, so a small process would show the
// size of the program that started it. GNU time forks it from its own
// megabyte. Without /usr/bin/time (Debian's package time) the figures are
// the kernel's, the peak an upper bound.
func UnderTime(cmd *exec.Cmd) func() (int64, time.Duration) {
	gnuTime := "/usr/bin/time"
	f, err := os.CreateTemp("", "writ-bench-usage-")
	if _, statErr := os.Stat(gnuTime); statErr != nil || err != nil {
		return func() (int64, time.Duration) {
			if cmd.ProcessState == nil {
				return 0, 0
			}
			return cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		}
	}
	f.Close()
	cmd.Args = append([]string{gnuTime, "-f", "%M %U %S", "-o", f.Name(), cmd.Path}, cmd.Args[1:]...)
	cmd.Path = gnuTime
	return func() (int64, time.Duration) {
		defer os.Remove(f.Name())
		b, _ := os.ReadFile(f.Name())
		// The last three words; time writes an exit status before them.
		w := strings.Fields(string(b))
		if len(w) < 3 {
			return 0, 0
		}
		w = w[len(w)-3:]
		rss, _ := strconv.ParseInt(w[0], 10, 64)
		user, _ := strconv.ParseFloat(w[1], 64)
		sys, _ := strconv.ParseFloat(w[2], 64)
		return rss, time.Duration((user + sys) * float64(time.Second))
	}
}
