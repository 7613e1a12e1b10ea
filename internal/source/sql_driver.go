package source

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// sqlMaxConns bounds the connections writ holds to a platform's database:
// its queries run one after another, and a platform's database is not
// writ's to crowd.
const sqlMaxConns = 2

// sqlDSN returns the DSN the config names, from the file, the environment
// or a file beside the config, with the JSON path of the field it came
// from. dir is the config file's folder.
func (cfg *SQLConfig) sqlDSN(dir string) (dsn, path string, problem *SQLConfigProblem) {
	switch {
	case cfg.DSNEnv != "":
		dsn = strings.TrimSpace(os.Getenv(cfg.DSNEnv))
		if dsn == "" {
			return "", "/dsn_env", &SQLConfigProblem{Path: "/dsn_env", Message: fmt.Sprintf("names the environment variable %s, which is not set or is empty", cfg.DSNEnv)}
		}
		return dsn, "/dsn_env", nil
	case cfg.DSNFile != "":
		p := cfg.DSNFile
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return "", "/dsn_file", &SQLConfigProblem{Path: "/dsn_file", Message: fmt.Sprintf("the file %s could not be read: %s", p, sqlFSError(err))}
		}
		dsn = strings.TrimSpace(string(data))
		if dsn == "" {
			return "", "/dsn_file", &SQLConfigProblem{Path: "/dsn_file", Message: fmt.Sprintf("the file %s is empty", p)}
		}
		return dsn, "/dsn_file", nil
	}
	return cfg.DSN, "/dsn", nil
}

func sqlFSError(err error) string {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "it does not exist"
	case errors.Is(err, os.ErrPermission):
		return "permission denied"
	}
	return "an I/O error"
}

// sqlConnect opens the database of a dialect. Each driver is set up so
// that times mean the same everywhere: the session's time zone is UTC, and
// MySQL's DATETIME values come back as times. SQLite is opened query-only,
// and a path that does not exist is refused rather than created empty.
// A problem with the DSN is returned as a message for its JSON path; it
// never quotes the DSN, which may hold a password.
func sqlConnect(d sqlDialect, dsn string) (*sql.DB, string) {
	var db *sql.DB
	switch d.name {
	case "sqlite":
		path, rawQuery, _ := strings.Cut(dsn, "?")
		params, err := url.ParseQuery(rawQuery)
		if err != nil {
			return nil, "is not a DSN the SQLite driver accepts (PATH?name=value&...)"
		}
		if strings.HasPrefix(path, "file:") {
			// A URI names the file its own way (file:///abs/path); SQLite
			// itself refuses a missing file when it is opened read-only.
			if params.Get("mode") == "" {
				params.Set("mode", "ro")
			}
		} else if path != ":memory:" {
			if _, err := os.Stat(path); err != nil {
				return nil, fmt.Sprintf("names the SQLite file %s, which cannot be opened: %s", path, sqlFSError(err))
			}
		}
		// query_only: writ reads the platform's database and never writes
		// it, whatever the DSN says. busy_timeout: wait for a writer
		// rather than fail at once.
		params.Set("_query_only", "1")
		if !strings.Contains(rawQuery, "busy_timeout") {
			params.Add("_pragma", "busy_timeout(5000)")
		}
		if db, err = sql.Open("sqlite", path+"?"+params.Encode()); err != nil {
			return nil, "is not a DSN the SQLite driver accepts"
		}
	case "postgres":
		cfg, err := pgx.ParseConfig(dsn)
		if err != nil {
			return nil, "is not a PostgreSQL URL or DSN (postgres://user@host:5432/db?sslmode=...)"
		}
		utc := true
		for k := range cfg.RuntimeParams {
			if strings.EqualFold(k, "timezone") {
				utc = false
			}
		}
		if utc {
			cfg.RuntimeParams["timezone"] = "UTC"
		}
		db = stdlib.OpenDB(*cfg)
	case "mysql":
		cfg, err := mysql.ParseDSN(dsn)
		if err != nil {
			return nil, "is not a MySQL DSN (user@tcp(host:3306)/db?parseTime=true)"
		}
		cfg.ParseTime = true
		if _, ok := cfg.Params["time_zone"]; !ok {
			if cfg.Params == nil {
				cfg.Params = map[string]string{}
			}
			cfg.Params["time_zone"] = "'+00:00'"
		}
		conn, err := mysql.NewConnector(cfg)
		if err != nil {
			return nil, "is not a MySQL DSN writ can use"
		}
		db = sql.OpenDB(conn)
	default:
		return nil, "names a driver writ does not know"
	}
	db.SetMaxOpenConns(sqlMaxConns)
	db.SetMaxIdleConns(sqlMaxConns)
	db.SetConnMaxIdleTime(5 * time.Minute)
	return db, ""
}

// sqlCause words a driver's error for the person who wrote the config,
// with the DSN (and so any password in it) taken out.
func sqlCause(err error, dsn string) string {
	msg := err.Error()
	if dsn != "" {
		msg = strings.ReplaceAll(msg, dsn, "(the DSN)")
	}
	return strings.Join(strings.Fields(msg), " ")
}

// probe checks every query of the config against the database before any
// is used: that the database accepts it, and that its result has only the
// columns its shape allows. Each query runs wrapped so that it returns no
// row (SELECT * FROM (query) WHERE 1=0), with every parameter NULL; the
// planner answers that without reading the tables.
func (s *sqlSource) probe(ctx context.Context, dsn string) []SQLConfigProblem {
	var problems []SQLConfigProblem
	tx, err := s.begin(ctx)
	if err != nil {
		return []SQLConfigProblem{{Path: "", Message: "the database could not start a read-only transaction: " + sqlCause(err, dsn)}}
	}
	// Read-only: there is nothing to commit.
	defer func() { _ = tx.Rollback() }()
	for _, key := range sqlQueryKeys() {
		st, ok := s.statements[key]
		if !ok {
			continue
		}
		p := "/queries/" + key
		rows, err := tx.QueryContext(ctx, "SELECT * FROM (\n"+st.Text+"\n) AS writ_probe WHERE 1=0", make([]any, len(st.Args))...)
		if err != nil {
			if ctx.Err() != nil {
				return append(problems, SQLConfigProblem{Path: p, Message: "the database did not answer in time"})
			}
			problems = append(problems, SQLConfigProblem{Path: p, Message: "the database refused it: " + sqlCause(err, dsn)})
			// A failed statement aborts a PostgreSQL transaction; the
			// next query needs a new one.
			_ = tx.Rollback()
			if tx, err = s.begin(ctx); err != nil {
				return append(problems, SQLConfigProblem{Path: "", Message: "the database could not start a read-only transaction: " + sqlCause(err, dsn)})
			}
			continue
		}
		cols, err := rows.Columns()
		rows.Close()
		if err != nil {
			problems = append(problems, SQLConfigProblem{Path: p, Message: "its columns could not be read: " + sqlCause(err, dsn)})
			continue
		}
		shape, _ := sqlShapeOf(key)
		if _, err := shape.columns(key, cols); err != nil {
			problems = append(problems, SQLConfigProblem{Path: p, Message: err.Error()})
		}
	}
	return problems
}
