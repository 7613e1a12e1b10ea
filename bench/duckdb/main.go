// Command duckdb-scan runs the benchmark's query on DuckDB: one account's
// access-log entries inside two windows, read with read_json from the same
// JSONL file writ scans. It lives in its own module so that writ's module
// never needs cgo or DuckDB. See ../README.md.
package main

import (
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"syscall"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"
)

func main() {
	account := flag.String("account", "", "account id")
	windows := flag.String("windows", "", "windows as FROM/TO,FROM/TO (RFC 3339)")
	flag.Parse()
	if flag.NArg() != 1 || *account == "" || *windows == "" {
		fmt.Fprintln(os.Stderr, "usage: duckdb-scan -account ID -windows FROM/TO,FROM/TO FILE")
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *account, *windows); err != nil {
		fmt.Fprintln(os.Stderr, "duckdb-scan:", err)
		os.Exit(1)
	}
}

func run(path, account, windows string) error {
	var conds []string
	var args []any
	args = append(args, path, account)
	for _, w := range strings.Split(windows, ",") {
		from, to, ok := strings.Cut(w, "/")
		if !ok {
			return fmt.Errorf("window %q is not FROM/TO", w)
		}
		conds = append(conds, "(ts >= ?::TIMESTAMPTZ AND ts < ?::TIMESTAMPTZ)")
		args = append(args, from, to)
	}
	// The same question writ answers: the account's entries (time, IP
	// address, port) inside the windows, every field of the line typed.
	query := `SELECT ts, ip, port FROM read_json(?, format = 'newline_delimited',
		columns = {ts: 'TIMESTAMPTZ', account: 'VARCHAR', ip: 'VARCHAR', port: 'INTEGER', ua: 'VARCHAR', path: 'VARCHAR'})
		WHERE account = ? AND (` + strings.Join(conds, " OR ") + `)`
	db, err := sql.Open("duckdb", "")
	if err != nil {
		return err
	}
	defer db.Close()
	var threads int
	var version string
	if err := db.QueryRow(`SELECT current_setting('threads'), version()`).Scan(&threads, &version); err != nil {
		return err
	}
	start := time.Now()
	rows, err := db.Query(query, args...)
	if err != nil {
		return err
	}
	matched := 0
	for rows.Next() {
		var ts time.Time
		var ip string
		var port sql.NullInt64
		if err := rows.Scan(&ts, &ip, &port); err != nil {
			return err
		}
		matched++
	}
	if err := rows.Err(); err != nil {
		return err
	}
	elapsed := time.Since(start)
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return json.NewEncoder(os.Stdout).Encode(map[string]any{
		"seconds": elapsed.Seconds(), "matched": matched, "max_rss_kib": ru.Maxrss, "threads": threads, "version": version,
	})
}
