package source

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/order"
)

// sqlOpenTimeout bounds connecting to the platform's database and checking
// the config's queries against it.
const sqlOpenTimeout = 30 * time.Second

// sqlProgressEvery is how many rows pass between two progress reports.
const sqlProgressEvery = 10000

// OpenSQL opens a platform's own SQL database (or warehouse) as a Source.
// The platform's records stay where they are: writ sends the queries of a
// config file, each limited to one account, and the access-log query to
// one time window, so the database returns only what was asked for and
// writ never copies a table to filter it.
//
// The config file is one JSON object (examples/sources/sql-example.json):
//
//	{
//	  "driver":  "postgres",
//	  "dsn_env": "PLATFORM_DB",
//	  "queries": {
//	    "resolve":     "SELECT id AS account_id, created_at AS created FROM accounts WHERE handle = :handle",
//	    "names":       "SELECT name, valid_from AS registered, valid_to AS superseded FROM account_names WHERE account_id = :account_id",
//	    "access_log":  "SELECT at AS ts, ip, port FROM logins WHERE account_id = :account_id AND at >= :from AND at < :to"
//	  }
//	}
//
// The fields:
//
//   - driver: "sqlite" (modernc.org/sqlite), "postgres" (pgx) or "mysql"
//     (MySQL and MariaDB, go-sql-driver/mysql).
//   - dsn: the driver's data source name: a file path for SQLite
//     (opened query-only; a path that does not exist is refused, not
//     created), a postgres:// URL, or user:pass@tcp(host:3306)/db for
//     MySQL. Or, to keep a password out of the file, dsn_env: the name of
//     an environment variable that holds it; or dsn_file: a file that
//     holds it (relative to the config file). Exactly one of the three.
//   - comment: optional, a note for people; writ ignores it.
//   - queries: the SQL of each query, as a string or as a list of strings
//     (its lines). Each is a single SELECT (or WITH ... SELECT). None is
//     required, but a Source asked for something without its query
//     refuses, naming the query to add.
//
// The queries, their named parameters and the columns their results may
// have (a column's name is its alias, compared without regard to case):
//
//   - resolve: finds the account a target of the order names. Parameters
//     :handle, :display_name and :url (the target's handle, display name,
//     and the URL of each post the order cites; the query runs once per
//     URL, and a value the target lacks is NULL). It must use at least one.
//     Columns: account_id, created, and optionally evidence (how the match
//     was made, in words). No row: not found; rows naming more than one
//     account: a conflict, for a person to decide.
//   - names, addresses, emails, phones, card_holder, other_payment,
//     account_creation, device_ids, content: the records of one category.
//     Parameter :account_id (required). Columns: the category's fields as
//     source.Allowed names them (at least one; e.g. card_holder:
//     holder_name, billing_address, brand), registered and superseded (the
//     time the value was registered and replaced, NULL while current; write
//     NULL AS superseded where a table keeps only current values), and
//     optionally ref (where the record is: "cards/1234"). A NULL field is
//     left out of the record.
//   - access_log: the account's access-log entries in one window.
//     Parameters :account_id, :from and :to, all required: the window is
//     half-open, so write ts >= :from AND ts < :to. Columns: ts, ip
//     (text; PostgreSQL's inet naming one host is read too), and optionally
//     port and ref. The query runs once per window (overlapping windows are
//     merged first). A row outside its window stops the read with an
//     error, since the query then does not do what writ relies on; a row
//     whose time, IP address or port cannot be read is counted and listed
//     in LogStats, with its row number and ref, and the read goes on.
//
// Fail closed: before any row is read, the names of a result's columns are
// checked, and a result with any column not listed above — card_number,
// expiry, cvc, security_code, or anything else — is refused with an error
// naming it. OpenSQL checks every query this way when it opens the
// database (running each wrapped so that it returns no row), and every
// query is checked again each time it runs, so a view changed later is
// caught too.
//
// Times: DATETIME and TIMESTAMP values, or text in RFC 3339 or
// "YYYY-MM-DD HH:MM:SS[.fff]" form; a time without a zone is UTC. Every
// session runs in UTC (PostgreSQL's TimeZone, MySQL's time_zone, unless the
// DSN sets them). :from and :to are sent as timestamps, except to SQLite,
// which has no time type: there they are text "YYYY-MM-DD HH:MM:SS[.fff]"
// in UTC, which compares correctly with times stored in that form; a
// column holding another form is compared through SQLite's date functions
// (unixepoch(ts, 'subsec') >= unixepoch(:from, 'subsec')).
//
// Named parameters are a colon and a name (:account_id); a colon inside a
// string, a quoted name or a comment, and PostgreSQL's :: casts, are left
// alone. Positional placeholders (? or $1) are refused. Every query runs
// in a read-only transaction; give writ a database user that can only read.
//
// Problems with the file are reported all at once, each with its JSON path
// ("/queries/card_holder: returns the column "card_number", which is not
// allowed ..."), as a fault.Invalid error wrapping a *SQLConfigError.
func OpenSQL(configPath string) (Source, error) {
	data, err := os.ReadFile(configPath)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &fault.Error{Code: fault.NotFound, Field: configPath, Message: "no such SQL source config file", Err: err}
		}
		return nil, &fault.Error{Code: fault.Invalid, Field: configPath, Message: "the SQL source config could not be read", Err: err}
	}
	cfg, err := ParseSQLConfig(data)
	if err != nil {
		var ce *SQLConfigError
		if errors.As(err, &ce) {
			return nil, sqlInvalid(configPath, ce.Problems)
		}
		return nil, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), sqlOpenTimeout)
	defer cancel()
	return cfg.open(ctx, configPath)
}

// open connects to the database the config names and checks every query
// against it.
func (cfg *SQLConfig) open(ctx context.Context, configPath string) (*sqlSource, error) {
	dsn, dsnPath, problem := cfg.sqlDSN(filepath.Dir(configPath))
	if problem != nil {
		return nil, sqlInvalid(configPath, []SQLConfigProblem{*problem})
	}
	db, msg := sqlConnect(cfg.dialect, dsn)
	if msg != "" {
		return nil, sqlInvalid(configPath, []SQLConfigProblem{{Path: dsnPath, Message: msg}})
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, &fault.Error{Code: fault.Internal, Field: configPath + "#" + dsnPath,
			Message: fmt.Sprintf("could not connect to the platform's %s database: %s", cfg.Driver, sqlCause(err, dsn)), Err: err}
	}
	s := &sqlSource{db: db, d: cfg.dialect, where: configPath, statements: cfg.statements}
	if problems := s.probe(ctx, dsn); len(problems) > 0 {
		db.Close()
		return nil, sqlInvalid(configPath, problems)
	}
	return s, nil
}

// sqlSource is a platform's SQL database, read through a config's queries.
// It is safe for concurrent use: each call runs in its own transaction.
type sqlSource struct {
	db    *sql.DB
	d     sqlDialect
	where string // the config file, for messages
	// statements are the config's queries, rewritten for the driver.
	statements map[string]sqlStatement
}

// field names a query of the config, for an error.
func (s *sqlSource) field(key string) string { return s.where + "#/queries/" + key }

// begin starts the read-only transaction one call of the Source runs in,
// so that the queries of one call see one state of the database where the
// database can promise it (PostgreSQL: repeatable read; MySQL's default).
func (s *sqlSource) begin(ctx context.Context) (*sql.Tx, error) {
	opts := &sql.TxOptions{ReadOnly: true}
	if s.d.numbered {
		opts.Isolation = sql.LevelRepeatableRead
	}
	return s.db.BeginTx(ctx, opts)
}

// timeArg is a time as the driver's parameter.
func (s *sqlSource) timeArg(t time.Time) any {
	if s.d.name == "sqlite" {
		return sqlTimeParam(t)
	}
	return t.UTC()
}

// sqlResult is a query's rows, with the index of each allowed column.
type sqlResult struct {
	rows   *sql.Rows
	cancel context.CancelFunc
	col    map[string]int
	vals   []any
	ptrs   []any
}

// next reads the next row into vals.
func (r *sqlResult) next() (bool, error) {
	if !r.rows.Next() {
		return false, r.rows.Err()
	}
	return true, r.rows.Scan(r.ptrs...)
}

// get returns a column's value in the current row; nil when the result
// has no such column.
func (r *sqlResult) get(name string) any {
	if i, ok := r.col[name]; ok {
		return r.vals[i]
	}
	return nil
}

func (r *sqlResult) has(name string) bool { _, ok := r.col[name]; return ok }

// close ends the query. Cancelling first stops a database that is still
// sending rows, instead of reading them all to the end.
func (r *sqlResult) close() {
	r.cancel()
	r.rows.Close()
}

// run runs the query named key and checks its columns before a row is
// read. A result with a column its shape does not allow is refused: the
// query is cancelled, so the database stops sending rows, and the error
// names the column.
func (s *sqlSource) run(ctx context.Context, tx *sql.Tx, key string, values map[string]any) (*sqlResult, error) {
	st, ok := s.statements[key]
	if !ok {
		return nil, &fault.Error{Code: fault.Invalid, Field: s.where + "#/queries",
			Message: fmt.Sprintf("names no %s query; add one to read this from the platform's database", key)}
	}
	qctx, cancel := context.WithCancel(ctx)
	rows, err := tx.QueryContext(qctx, st.Text, st.args(values)...)
	if err != nil {
		cancel()
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fault.Wrap(fault.Internal, err, "%s: the platform's database failed the %s query", s.field(key), key)
	}
	cols, err := rows.Columns()
	if err == nil {
		shape, _ := sqlShapeOf(key)
		var col map[string]int
		if col, err = shape.columns(key, cols); err == nil {
			r := &sqlResult{rows: rows, cancel: cancel, col: col, vals: make([]any, len(cols)), ptrs: make([]any, len(cols))}
			for i := range r.vals {
				r.ptrs[i] = &r.vals[i]
			}
			return r, nil
		}
		err = &fault.Error{Code: fault.Invalid, Field: s.field(key), Message: err.Error()}
	}
	cancel() // before Close: the rows are never read
	rows.Close()
	return nil, err
}

// Resolve finds the account a target names by the resolve query, run with
// the target's handle and display name and once for each post URL the
// order cites (or once with a NULL URL when it cites none).
func (s *sqlSource) Resolve(ctx context.Context, t order.Target) (Resolution, error) {
	var urls []any
	for _, e := range t.Evidence {
		if e.URL != "" && !slices.Contains(urls, any(e.URL)) {
			urls = append(urls, e.URL)
		}
	}
	if t.Handle == "" && t.DisplayName == "" && len(urls) == 0 {
		return Resolution{}, fault.Errorf(fault.Invalid,
			"the target %s names no handle, display name or post URL to look the account up by", t.Label)
	}
	if len(urls) == 0 {
		urls = []any{nil}
	}
	tx, err := s.begin(ctx)
	if err != nil {
		return Resolution{}, s.failed(ctx, err, "could not read the platform's database")
	}
	defer func() { _ = tx.Rollback() }()

	var found []Resolution
	for _, u := range urls {
		values := map[string]any{"handle": sqlNullable(t.Handle), "display_name": sqlNullable(t.DisplayName), "url": u}
		r, err := s.run(ctx, tx, sqlResolve, values)
		if err != nil {
			return Resolution{}, err
		}
		for n := 1; ; n++ {
			ok, err := r.next()
			if err != nil {
				r.close()
				return Resolution{}, s.failed(ctx, err, "the resolve query failed")
			}
			if !ok {
				break
			}
			res, err := s.resolution(t, u, r)
			if err != nil {
				r.close()
				return Resolution{}, &fault.Error{Code: fault.Invalid, Field: s.field(sqlResolve), Message: fmt.Sprintf("row %d: %s", n, err)}
			}
			if !slices.ContainsFunc(found, func(f Resolution) bool { return f.AccountID == res.AccountID }) {
				found = append(found, res)
			}
		}
		r.close()
	}
	switch len(found) {
	case 0:
		return Resolution{}, fault.Errorf(fault.NotFound, "no account of the platform matches the target %s (%s)", t.Label, sqlLookup(t, nil))
	case 1:
		return found[0], nil
	}
	ids := make([]string, len(found))
	for i, f := range found {
		ids[i] = f.AccountID
	}
	return Resolution{}, fault.Errorf(fault.Conflict,
		"the target %s matches %d accounts of the platform (%s); a person must decide which one the order names",
		t.Label, len(found), strings.Join(ids, ", "))
}

// resolution reads one row of the resolve query.
func (s *sqlSource) resolution(t order.Target, url any, r *sqlResult) (Resolution, error) {
	id, ok, err := sqlText(r.get("account_id"))
	if err != nil || !ok || id == "" {
		if err == nil {
			err = errors.New("is NULL or empty")
		}
		return Resolution{}, fmt.Errorf("account_id %s", err)
	}
	created, err := sqlTime(r.get("created"))
	if err != nil {
		return Resolution{}, fmt.Errorf("created %s", err)
	}
	evidence, _, err := sqlText(r.get("evidence"))
	if err != nil {
		return Resolution{}, fmt.Errorf("evidence %s", err)
	}
	if evidence == "" {
		evidence = fmt.Sprintf("account %s matches %s (resolve query of %s)", id, sqlLookup(t, url), filepath.Base(s.where))
	}
	return Resolution{Label: t.Label, AccountID: id, Evidence: evidence, Created: created}, nil
}

// sqlLookup says in words what a target was looked up by.
func sqlLookup(t order.Target, url any) string {
	var by []string
	if t.Handle != "" {
		by = append(by, fmt.Sprintf("handle %q", t.Handle))
	}
	if t.DisplayName != "" {
		by = append(by, fmt.Sprintf("display name %q", t.DisplayName))
	}
	if u, ok := url.(string); ok {
		by = append(by, fmt.Sprintf("post URL %s", u))
	} else if url == nil {
		for _, e := range t.Evidence {
			if e.URL != "" {
				by = append(by, fmt.Sprintf("post URL %s", e.URL))
			}
		}
	}
	return strings.Join(by, ", ")
}

func sqlNullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// Records runs the query of each category for the account and returns the
// records of all of them, in the order registered. access_logs is not a
// category of records (AccessLog reads it) and is passed over; a category
// the config has no query for is an error, never an empty answer, since
// "no records" would then be a claim the platform did not make.
func (s *sqlSource) Records(ctx context.Context, accountID string, categories []order.Category) ([]Record, error) {
	if accountID == "" {
		return nil, &fault.Error{Code: fault.Invalid, Field: "account", Message: "is required"}
	}
	var cats []order.Category
	for _, c := range categories {
		if c == order.AccessLogs || slices.Contains(cats, c) {
			continue
		}
		if _, ok := Allowed[c]; !ok {
			return nil, &fault.Error{Code: fault.Invalid, Field: "category", Message: fmt.Sprintf("%q is not a category of records writ knows", c)}
		}
		if _, ok := s.statements[string(c)]; !ok {
			return nil, &fault.Error{Code: fault.Invalid, Field: s.where + "#/queries",
				Message: fmt.Sprintf("names no %s query; add one to read %s from the platform's database", c, c)}
		}
		cats = append(cats, c)
	}
	if len(cats) == 0 {
		return nil, nil
	}
	tx, err := s.begin(ctx)
	if err != nil {
		return nil, s.failed(ctx, err, "could not read the platform's database")
	}
	defer func() { _ = tx.Rollback() }()

	var out []Record
	for _, c := range cats {
		recs, err := s.records(ctx, tx, accountID, c)
		if err != nil {
			return nil, err
		}
		out = append(out, recs...)
	}
	slices.SortStableFunc(out, func(a, b Record) int { return a.Registered.Compare(b.Registered) })
	return out, nil
}

// records reads one category's records.
func (s *sqlSource) records(ctx context.Context, tx *sql.Tx, accountID string, c order.Category) ([]Record, error) {
	key := string(c)
	r, err := s.run(ctx, tx, key, map[string]any{"account_id": accountID})
	if err != nil {
		return nil, err
	}
	defer r.close()
	var out []Record
	for n := 1; ; n++ {
		ok, err := r.next()
		if err != nil {
			return nil, s.failed(ctx, err, "the "+key+" query failed")
		}
		if !ok {
			return out, nil
		}
		rec, err := s.record(c, r)
		if err != nil {
			where := fmt.Sprintf("row %d", n)
			if rec.Ref != "" {
				where += " (" + rec.Ref + ")"
			}
			return nil, &fault.Error{Code: fault.Invalid, Field: s.field(key), Message: where + ": " + err.Error()}
		}
		if rec.Ref == "" {
			rec.Ref = fmt.Sprintf("%s#/queries/%s row %d", filepath.Base(s.where), key, n)
		}
		out = append(out, rec)
	}
}

// record reads one row of a category's query. Only the columns of Allowed
// are there to read: run refused any other.
func (s *sqlSource) record(c order.Category, r *sqlResult) (Record, error) {
	rec := Record{Category: c}
	ref, _, err := sqlText(r.get("ref"))
	if err != nil {
		return rec, fmt.Errorf("ref %s", err)
	}
	rec.Ref = ref
	if rec.Registered, err = sqlTime(r.get("registered")); err != nil {
		return rec, fmt.Errorf("registered %s", err)
	}
	if v := r.get("superseded"); v != nil {
		if rec.Superseded, err = sqlTime(v); err != nil {
			return rec, fmt.Errorf("superseded %s", err)
		}
		if rec.Superseded.Before(rec.Registered) {
			return rec, fmt.Errorf("superseded %s is before registered %s",
				rec.Superseded.Format(time.RFC3339), rec.Registered.Format(time.RFC3339))
		}
	}
	for _, name := range Allowed[c] {
		if !r.has(name) {
			continue
		}
		v, ok, err := sqlText(r.get(name))
		if err != nil {
			return rec, fmt.Errorf("%s %s", name, err)
		}
		if ok {
			rec.Fields = append(rec.Fields, Field{Name: name, Value: v})
		}
	}
	return rec, nil
}

// AccessLog runs the access_log query once for each window, after merging
// windows that overlap or touch, so the database returns only the entries
// asked for. LogStats.Lines counts the rows the database returned, Matched
// the entries emitted, and Bytes stays 0 (the database does not say).
// With no window there is nothing to read, and no query runs.
func (s *sqlSource) AccessLog(ctx context.Context, q LogQuery, emit func(LogEntry) error) (LogStats, error) {
	var stats LogStats
	if q.AccountID == "" {
		return stats, &fault.Error{Code: fault.Invalid, Field: "account", Message: "is required"}
	}
	if _, ok := s.statements[sqlAccessLog]; !ok {
		return stats, &fault.Error{Code: fault.Invalid, Field: s.where + "#/queries",
			Message: "names no access_log query; add one to read access logs from the platform's database"}
	}
	windows := sqlMergeWindows(q.Windows)
	if len(windows) == 0 {
		return stats, nil
	}
	tx, err := s.begin(ctx)
	if err != nil {
		return stats, s.failed(ctx, err, "could not read the platform's database")
	}
	defer func() { _ = tx.Rollback() }()
	progress := func() {
		if q.Progress != nil {
			q.Progress(Progress{Lines: stats.Lines, Matched: stats.Matched})
		}
	}
	for _, w := range windows {
		if err := s.window(ctx, tx, q.AccountID, w, &stats, emit, progress); err != nil {
			return stats, err
		}
	}
	progress()
	return stats, nil
}

// window reads the entries of one window.
func (s *sqlSource) window(ctx context.Context, tx *sql.Tx, accountID string, w Window, stats *LogStats,
	emit func(LogEntry) error, progress func()) error {
	r, err := s.run(ctx, tx, sqlAccessLog, map[string]any{
		"account_id": accountID, "from": s.timeArg(w.From), "to": s.timeArg(w.To),
	})
	if err != nil {
		return err
	}
	defer r.close()
	for {
		ok, err := r.next()
		if err != nil {
			return s.failed(ctx, err, "the access_log query failed")
		}
		if !ok {
			return nil
		}
		stats.Lines++
		if stats.Lines%sqlProgressEvery == 0 {
			progress()
		}
		e, problem := s.entry(r)
		if problem != "" {
			stats.CorruptLines++
			if len(stats.Corrupt) < MaxCorruptListed {
				file := e.Ref
				if file == "" {
					file = filepath.Base(s.where) + "#/queries/access_log"
				}
				stats.Corrupt = append(stats.Corrupt, Corrupt{File: file, Line: stats.Lines, Problem: problem})
			}
			continue
		}
		if !w.Contains(e.Time) {
			ref := ""
			if e.Ref != "" {
				ref = " (" + e.Ref + ")"
			}
			return &fault.Error{Code: fault.Invalid, Field: s.field(sqlAccessLog), Message: fmt.Sprintf(
				"returned an entry at %s%s, outside the window [%s, %s) it was asked for; the query must select ts >= :from AND ts < :to",
				e.Time.Format(time.RFC3339Nano), ref, w.From.UTC().Format(time.RFC3339), w.To.UTC().Format(time.RFC3339))}
		}
		stats.Matched++
		if err := emit(e); err != nil {
			return err
		}
	}
}

// entry reads one row of the access_log query; problem says why it
// cannot be used, when it cannot.
func (s *sqlSource) entry(r *sqlResult) (e LogEntry, problem string) {
	var problems []string
	ref, _, err := sqlText(r.get("ref"))
	if err != nil {
		problems = append(problems, "ref "+err.Error())
	}
	e.Ref = ref
	if e.Time, err = sqlTime(r.get("ts")); err != nil {
		problems = append(problems, "ts "+err.Error())
	}
	if e.IP, err = sqlIP(r.get("ip")); err != nil {
		problems = append(problems, err.Error())
	}
	if e.Port, err = sqlPort(r.get("port")); err != nil {
		problems = append(problems, err.Error())
	}
	return e, strings.Join(problems, "; ")
}

// sqlMergeWindows drops empty windows and merges those that overlap or
// touch, in time order, so that no entry is read twice.
func sqlMergeWindows(ws []Window) []Window {
	var out []Window
	for _, w := range ws {
		if w.To.After(w.From) {
			out = append(out, Window{From: w.From.UTC(), To: w.To.UTC()})
		}
	}
	slices.SortFunc(out, func(a, b Window) int { return a.From.Compare(b.From) })
	merged := out[:0]
	for _, w := range out {
		if n := len(merged); n > 0 && !w.From.After(merged[n-1].To) {
			if w.To.After(merged[n-1].To) {
				merged[n-1].To = w.To
			}
			continue
		}
		merged = append(merged, w)
	}
	return merged
}

// failed words a database failure: the context's own error when the
// caller gave up, else an internal error whose cause is for the log.
func (s *sqlSource) failed(ctx context.Context, err error, msg string) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return fault.Wrap(fault.Internal, err, "%s: %s", filepath.Base(s.where), msg)
}

// Close closes the connections to the platform's database.
func (s *sqlSource) Close() error { return s.db.Close() }
