package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/writ-project/writ/internal/source"
)

// benchWindows are the two windows of the benchmark: the creation day of
// the account in Pacific time (2022-05-02) and the range the seed order asks
// for (2022-10-01 until a response date of 2022-12-06, exclusive).
func benchWindows() []source.Window {
	pacific, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		panic(err)
	}
	day := time.Date(2022, 5, 2, 0, 0, 0, 0, pacific)
	return []source.Window{
		{From: day.UTC(), To: day.AddDate(0, 0, 1).UTC()},
		{From: time.Date(2022, 10, 1, 0, 0, 0, 0, pacific).UTC(), To: time.Date(2022, 12, 6, 0, 0, 0, 0, pacific).UTC()},
	}
}

// scanResult is what one scan prints, as JSON, for the driver.
type scanResult struct {
	Seconds      float64 `json:"seconds"`
	Bytes        int64   `json:"bytes"`
	Lines        int64   `json:"lines"`
	Matched      int64   `json:"matched"`
	CorruptLines int64   `json:"corrupt_lines"`
	MaxRSSKiB    int64   `json:"max_rss_kib"`
}

func cmdScan(args []string) error {
	fs := flag.NewFlagSet("scan", flag.ExitOnError)
	account := fs.String("account", benchTarget, "account id")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile to this file")
	fs.Parse(args)
	if fs.NArg() != 1 {
		return fmt.Errorf("usage: logbench scan [-account ID] FILE")
	}
	l, err := source.OpenLogFile(fs.Arg(0), source.LogFormat{})
	if err != nil {
		return err
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	start := time.Now()
	stats, err := l.Scan(context.Background(), source.LogQuery{AccountID: *account, Windows: benchWindows()},
		func(source.LogEntry) error { return nil })
	if err != nil {
		return err
	}
	elapsed := time.Since(start)
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return json.NewEncoder(os.Stdout).Encode(scanResult{
		Seconds: elapsed.Seconds(), Bytes: stats.Bytes, Lines: stats.Lines, Matched: stats.Matched,
		CorruptLines: stats.CorruptLines, MaxRSSKiB: ru.Maxrss,
	})
}
