// Command logbench measures writ's access-log scan against ripgrep and
// DuckDB on one synthetic JSONL log. See bench/README.md.
//
//	logbench gen [-out FILE] [-lines N] [-seed S]   write a synthetic log
//	logbench scan [-account ID] FILE                 writ's scan, as JSON
//	logbench run [-reps N] [-duckdb BIN] ...         the whole comparison
package main

import (
	"flag"
	"fmt"
	"os"
	"time"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: logbench gen|scan|run [flags] (see bench/README.md)")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "run":
		err = cmdRun(os.Args[2:])
	case "scan":
		err = cmdScan(os.Args[2:])
	case "gen":
		err = cmdGen(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "logbench:", err)
		os.Exit(1)
	}
}

func cmdGen(args []string) error {
	fs := flag.NewFlagSet("gen", flag.ExitOnError)
	out := fs.String("out", "/tmp/writ-bench/access-20m.jsonl", "file to write")
	lines := fs.Int("lines", 20_000_000, "lines to write")
	seed := fs.Uint64("seed", 1, "random seed")
	fs.Parse(args)
	start := time.Now()
	n, err := generate(*out, genConfig{Lines: *lines, Accounts: 200_000, Seed: *seed,
		Start: time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), Span: 365 * 24 * time.Hour})
	if err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d lines, %d of account %s, in %s\n", *out, *lines, n, benchTarget, time.Since(start).Round(time.Millisecond))
	return nil
}
