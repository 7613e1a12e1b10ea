package source

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/testdb"
	"github.com/writ-project/writ/internal/testdeps"

	"github.com/go-sql-driver/mysql"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/order"
)

// sqlTestDB is a platform's database for one test: a temporary SQLite
// file, a fresh PostgreSQL schema, or a fresh MariaDB/MySQL database.
type sqlTestDB struct {
	driver string // the config's driver
	dsn    string // what a config names it by
	db     *sql.DB
	d      sqlDialect
}

// sqlTestEach runs body against SQLite always, PostgreSQL when
// WRIT_TEST_POSTGRES is set, and MariaDB or MySQL when WRIT_TEST_MYSQL is.
func sqlTestEach(t *testing.T, body func(t *testing.T, db *sqlTestDB)) {
	for _, driver := range []string{"sqlite", "postgres", "mysql"} {
		t.Run(driver, func(t *testing.T) {
			t.Parallel()
			db := sqlTestOpen(t, driver)
			sqlTestSchema(t, db)
			body(t, db)
		})
	}
}

func sqlTestOpen(t *testing.T, driver string) *sqlTestDB {
	t.Helper()
	ctx := context.Background()
	name := "writ_test_" + sqlTestRandom(t)
	switch driver {
	case "sqlite":
		path := filepath.Join(t.TempDir(), "platform.db")
		db, err := sql.Open("sqlite", path+"?_pragma=journal_mode(WAL)")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return &sqlTestDB{driver: driver, dsn: path, db: db, d: sqlSQLite}
	case "postgres":
		dsn := testdb.PostgresSchema(t, "the SQL source tests")
		db, err := sql.Open("pgx", dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return &sqlTestDB{driver: driver, dsn: dsn, db: db, d: sqlPostgres}
	case "mysql":
		base := testdeps.MySQL(t)
		cfg, err := mysql.ParseDSN(base)
		if err != nil {
			t.Fatalf("WRIT_TEST_MYSQL is not a MySQL DSN: %v", err)
		}
		admin, err := sql.Open("mysql", base)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name+" CHARACTER SET utf8mb4"); err != nil {
			admin.Close()
			t.Fatalf("creating the test database: %v", err)
		}
		t.Cleanup(func() {
			if _, err := admin.ExecContext(context.Background(), "DROP DATABASE "+name); err != nil {
				t.Errorf("dropping the test database: %v", err)
			}
			admin.Close()
		})
		cfg.DBName = name
		cfg.ParseTime = true
		dsn := cfg.FormatDSN()
		db, err := sql.Open("mysql", dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return &sqlTestDB{driver: driver, dsn: dsn, db: db, d: sqlMySQL}
	}
	t.Fatalf("no driver %s", driver)
	return nil
}

func sqlTestRandom(t *testing.T) string {
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b[:])
}

func sqlTestTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return t
}

// exec runs a statement with named parameters, through the rewriter the
// source uses. Times go in as each database keeps them.
func (db *sqlTestDB) exec(t *testing.T, query string, values map[string]any) {
	t.Helper()
	st, err := db.d.rewrite(query)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	for k, v := range values {
		if tm, ok := v.(time.Time); ok {
			if db.driver == "sqlite" {
				values[k] = sqlTimeParam(tm)
			} else {
				values[k] = tm.UTC()
			}
		}
	}
	if _, err := db.db.ExecContext(context.Background(), st.Text, st.args(values)...); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}

// insert adds a row to a table.
func (db *sqlTestDB) insert(t *testing.T, table string, row map[string]any) {
	t.Helper()
	var cols, params []string
	for k := range row {
		cols = append(cols, k)
	}
	slices.Sort(cols)
	for _, c := range cols {
		params = append(params, ":"+c)
	}
	db.exec(t, "INSERT INTO "+table+" ("+strings.Join(cols, ", ")+") VALUES ("+strings.Join(params, ", ")+")", row)
}

// The test platform's card data: the source holds it, writ must never.
const (
	sqlTestCardNumber = "4111111111111111"
	sqlTestExpiry     = "12/27"
	sqlTestCVC        = "737"
)

// The window of the account's creation day in the court's time zone
// (Pacific, UTC-7 on 2022-10-20).
var (
	sqlTestFrom = sqlTestTime("2022-10-20T07:00:00Z")
	sqlTestTo   = sqlTestTime("2022-10-21T07:00:00Z")
)

// sqlTestSchema creates a small platform: accounts, posts, a history of
// names, e-mails registered as RFC 3339 text, cards that hold their
// numbers, expiry dates and security codes, and a login log.
func sqlTestSchema(t *testing.T, db *sqlTestDB) {
	ts := map[string]string{"sqlite": "DATETIME", "postgres": "TIMESTAMPTZ", "mysql": "DATETIME(6)"}[db.driver]
	for _, ddl := range []string{
		`CREATE TABLE accounts (id VARCHAR(64) PRIMARY KEY, handle VARCHAR(255), display_name VARCHAR(255), created ` + ts + `)`,
		`CREATE TABLE posts (url VARCHAR(255) PRIMARY KEY, account_id VARCHAR(64))`,
		`CREATE TABLE account_names (id INTEGER PRIMARY KEY, account_id VARCHAR(64), name VARCHAR(255), valid_from ` + ts + `, valid_to ` + ts + ` NULL)`,
		`CREATE TABLE emails (id INTEGER PRIMARY KEY, account_id VARCHAR(64), email VARCHAR(255), verified INTEGER, added VARCHAR(40), removed VARCHAR(40))`,
		`CREATE TABLE cards (id INTEGER PRIMARY KEY, account_id VARCHAR(64), holder_name VARCHAR(255), billing_address VARCHAR(255),
			brand VARCHAR(32), card_number VARCHAR(19), expiry VARCHAR(5), cvc VARCHAR(4), added ` + ts + `, removed ` + ts + ` NULL)`,
		`CREATE TABLE logins (id INTEGER PRIMARY KEY, account_id VARCHAR(64), at ` + ts + `, ts_text VARCHAR(64), ip VARCHAR(64), port INTEGER)`,
		`CREATE INDEX logins_account_at ON logins (account_id, at)`,
		`CREATE VIEW card_holders AS SELECT holder_name, billing_address, brand, added AS registered, removed AS superseded,
			CONCAT('cards/', id) AS ref FROM cards`,
	} {
		db.exec(t, ddl, nil)
	}
	created := sqlTestTime("2022-10-20T14:59:30Z")
	for _, a := range []map[string]any{
		{"id": "1001", "handle": "ay_chim0807", "display_name": "Aya", "created": created},
		{"id": "1002", "handle": "konnoyukio", "display_name": "今野 幸夫", "created": sqlTestTime("2019-03-01T00:00:00Z")},
		{"id": "1003", "handle": "sato_a", "display_name": "Sato", "created": sqlTestTime("2020-01-01T00:00:00Z")},
		{"id": "1004", "handle": "sato_b", "display_name": "Sato", "created": sqlTestTime("2020-02-01T00:00:00Z")},
	} {
		db.insert(t, "accounts", a)
	}
	db.insert(t, "posts", map[string]any{"url": "https://x.example/ay_chim0807/status/1", "account_id": "1001"})
	db.insert(t, "posts", map[string]any{"url": "https://x.example/konnoyukio/status/9", "account_id": "1002"})

	renamed := sqlTestTime("2022-11-01T03:00:00Z")
	db.insert(t, "account_names", map[string]any{"id": 1, "account_id": "1001", "name": "Aya", "valid_from": created, "valid_to": renamed})
	db.insert(t, "account_names", map[string]any{"id": 2, "account_id": "1001", "name": "高木 ひでのり", "valid_from": renamed, "valid_to": nil})
	db.insert(t, "account_names", map[string]any{"id": 3, "account_id": "1002", "name": "今野 幸夫", "valid_from": sqlTestTime("2019-03-01T00:00:00Z"), "valid_to": nil})

	db.insert(t, "emails", map[string]any{"id": 1, "account_id": "1001", "email": "aya@example.jp", "verified": 1,
		"added": "2022-10-21T00:00:00+09:00", "removed": nil})

	db.insert(t, "cards", map[string]any{"id": 7, "account_id": "1001", "holder_name": "HIDENORI TAKAGI",
		"billing_address": "1-2-3 Shibuya, Tokyo", "brand": "visa", "card_number": sqlTestCardNumber,
		"expiry": sqlTestExpiry, "cvc": sqlTestCVC, "added": created, "removed": nil})

	// The login log: the window's edges, both address families, corrupt
	// rows inside the window, another account inside the window, and many
	// rows outside it.
	logins := []map[string]any{
		{"at": "2022-10-20T06:59:59.999Z", "ip": "203.0.113.1"},                                     // just before: out
		{"at": "2022-10-20T07:00:00Z", "ip": "203.0.113.7", "port": 50123},                          // the first instant: in
		{"at": "2022-10-20T12:00:00Z", "ip": "999.1.2.3"},                                           // a corrupt IP
		{"at": "2022-10-20T13:00:00Z", "ip": "198.51.100.4", "ts_text": "yesterday"},                // a corrupt time as text
		{"at": "2022-10-20T15:00:00Z", "ip": "2001:db8::1", "ts_text": "2022-10-21T00:00:00+09:00"}, // IPv6
		{"at": "2022-10-21T06:59:59.999Z", "ip": "198.51.100.23", "port": 443},                      // the last instant: in
		{"at": "2022-10-21T07:00:00Z", "ip": "203.0.113.9"},                                         // the end: out
	}
	id := 1
	for _, l := range logins {
		at := sqlTestTime(l["at"].(string))
		text := at.Format(time.RFC3339Nano)
		if s, ok := l["ts_text"]; ok {
			text = s.(string)
		}
		db.insert(t, "logins", map[string]any{"id": id, "account_id": "1001", "at": at, "ts_text": text, "ip": l["ip"], "port": l["port"]})
		id++
	}
	db.insert(t, "logins", map[string]any{"id": id, "account_id": "1002", "at": sqlTestTime("2022-10-20T10:00:00Z"),
		"ts_text": "2022-10-20T10:00:00Z", "ip": "192.0.2.99", "port": nil})
	id++
	for i := range 60 {
		at := sqlTestTime("2022-11-01T00:00:00Z").Add(time.Duration(i) * 13 * time.Hour)
		db.insert(t, "logins", map[string]any{"id": id, "account_id": "1001", "at": at,
			"ts_text": at.Format(time.RFC3339), "ip": "192.0.2.1", "port": nil})
		id++
	}
}

// sqlTestQueries are the queries of the test platform, in SQL all three
// databases read.
func sqlTestQueries() map[string]any {
	return map[string]any{
		"resolve": []string{
			"SELECT a.id AS account_id, a.created AS created,",
			"       CONCAT('handle ', a.handle, ' is account ', a.id) AS evidence",
			"FROM accounts a",
			"WHERE a.handle = :handle OR a.display_name = :display_name",
			"   OR a.id IN (SELECT p.account_id FROM posts p WHERE p.url = :url)",
		},
		"names": "SELECT name, valid_from AS registered, valid_to AS superseded, CONCAT('account_names/', id) AS ref " +
			"FROM account_names WHERE account_id = :account_id ORDER BY valid_from",
		"emails":      "SELECT email, verified, added AS registered, removed AS superseded FROM emails WHERE account_id = :account_id",
		"card_holder": "SELECT * FROM card_holders WHERE ref IN (SELECT CONCAT('cards/', id) FROM cards WHERE account_id = :account_id)",
		"access_log": "SELECT at AS ts, ip, port, CONCAT('logins/', id) AS ref FROM logins " +
			"WHERE account_id = :account_id AND at >= :from AND at < :to ORDER BY at",
	}
}

// config writes a config file for the database with the queries, after
// changes (a nil value deletes a query), and returns its path.
func (db *sqlTestDB) config(t *testing.T, changes map[string]any) string {
	t.Helper()
	queries := sqlTestQueries()
	for k, v := range changes {
		if v == nil {
			delete(queries, k)
		} else {
			queries[k] = v
		}
	}
	data, err := json.MarshalIndent(map[string]any{"driver": db.driver, "dsn": db.dsn, "queries": queries}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "platform.json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func (db *sqlTestDB) open(t *testing.T, changes map[string]any) Source {
	t.Helper()
	src, err := OpenSQL(db.config(t, changes))
	if err != nil {
		t.Fatalf("OpenSQL: %v", err)
	}
	t.Cleanup(func() { src.Close() })
	return src
}

// sqlTestLog reads the access log in windows and returns the entries and
// the pass's stats.
func sqlTestLog(t *testing.T, src Source, account string, windows ...Window) ([]LogEntry, LogStats) {
	t.Helper()
	var got []LogEntry
	stats, err := src.AccessLog(context.Background(), LogQuery{AccountID: account, Windows: windows},
		func(e LogEntry) error { got = append(got, e); return nil })
	if err != nil {
		t.Fatalf("AccessLog: %v", err)
	}
	return got, stats
}

func sqlTestTimes(entries []LogEntry) []string {
	out := make([]string, len(entries))
	for i, e := range entries {
		out[i] = e.Time.Format(time.RFC3339Nano)
	}
	return out
}

func TestSQLSource(t *testing.T) {
	sqlTestEach(t, func(t *testing.T, db *sqlTestDB) {
		ctx := context.Background()
		src := db.open(t, nil)

		t.Run("Resolve", func(t *testing.T) {
			tests := []struct {
				name   string
				target order.Target
				want   string
				code   fault.Code
			}{
				{"by handle", order.Target{Label: "Aya@ay_chim0807", Handle: "ay_chim0807"}, "1001", ""},
				{"by display name in Japanese", order.Target{Label: "konno", DisplayName: "今野 幸夫"}, "1002", ""},
				{"by post URL", order.Target{Label: "aya", Evidence: []order.Evidence{
					{Description: "a review", URL: "https://x.example/ay_chim0807/status/1"}}}, "1001", ""},
				{"handle and URL agree", order.Target{Label: "aya", Handle: "ay_chim0807", Evidence: []order.Evidence{
					{URL: "https://x.example/ay_chim0807/status/1"}}}, "1001", ""},
				{"no match", order.Target{Label: "nobody", Handle: "nobody"}, "", fault.NotFound},
				{"two accounts share a display name", order.Target{Label: "sato", DisplayName: "Sato"}, "", fault.Conflict},
				{"handle and URL disagree", order.Target{Label: "mixed", Handle: "ay_chim0807", Evidence: []order.Evidence{
					{URL: "https://x.example/konnoyukio/status/9"}}}, "", fault.Conflict},
				{"nothing to look up by", order.Target{Label: "empty"}, "", fault.Invalid},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					res, err := src.Resolve(ctx, tt.target)
					if tt.code != "" {
						if fault.CodeOf(err) != tt.code {
							t.Fatalf("Resolve = %+v, %v; want a %s error", res, err, tt.code)
						}
						return
					}
					if err != nil {
						t.Fatalf("Resolve: %v", err)
					}
					if res.AccountID != tt.want || res.Label != tt.target.Label {
						t.Errorf("Resolve = %+v, want account %s labelled %s", res, tt.want, tt.target.Label)
					}
					if res.Evidence == "" {
						t.Error("no evidence")
					}
				})
			}
			res, err := src.Resolve(ctx, order.Target{Label: "aya", Handle: "ay_chim0807"})
			if err != nil {
				t.Fatal(err)
			}
			if want := sqlTestTime("2022-10-20T14:59:30Z"); !res.Created.Equal(want) || res.Created.Location() != time.UTC {
				t.Errorf("Created = %v, want %v in UTC", res.Created, want)
			}
			if res.Evidence != "handle ay_chim0807 is account 1001" {
				t.Errorf("Evidence = %q", res.Evidence)
			}
		})

		t.Run("Records", func(t *testing.T) {
			recs, err := src.Records(ctx, "1001", []order.Category{order.Names, order.Emails, order.CardHolder, order.AccessLogs})
			if err != nil {
				t.Fatalf("Records: %v", err)
			}
			type row struct {
				cat               order.Category
				fields            string
				registered, until string
				ref               string
			}
			var got []row
			for _, r := range recs {
				var fs []string
				for _, f := range r.Fields {
					fs = append(fs, f.Name+"="+f.Value)
				}
				until := ""
				if !r.Superseded.IsZero() {
					until = r.Superseded.Format(time.RFC3339)
				}
				if r.Registered.Location() != time.UTC {
					t.Errorf("%s registered %v is not in UTC", r.Ref, r.Registered)
				}
				got = append(got, row{r.Category, strings.Join(fs, " "), r.Registered.Format(time.RFC3339), until, r.Ref})
			}
			// In the order registered; the e-mail's RFC 3339 text with a
			// +09:00 offset is 15:00 UTC on the 20th.
			want := []row{
				{order.Names, "name=Aya", "2022-10-20T14:59:30Z", "2022-11-01T03:00:00Z", "account_names/1"},
				{order.CardHolder, "holder_name=HIDENORI TAKAGI billing_address=1-2-3 Shibuya, Tokyo brand=visa", "2022-10-20T14:59:30Z", "", "cards/7"},
				{order.Emails, "email=aya@example.jp verified=1", "2022-10-20T15:00:00Z", "", "platform.json#/queries/emails row 1"},
				{order.Names, "name=高木 ひでのり", "2022-11-01T03:00:00Z", "", "account_names/2"},
			}
			if !slices.Equal(got, want) {
				t.Errorf("Records:\n got %+v\nwant %+v", got, want)
			}
			for _, r := range recs {
				for _, f := range r.Fields {
					if strings.Contains(f.Value, sqlTestCardNumber) || f.Value == sqlTestExpiry || f.Value == sqlTestCVC {
						t.Errorf("record %s holds card data: %s=%s", r.Ref, f.Name, f.Value)
					}
				}
			}
		})

		t.Run("RecordsErrNoQuery", func(t *testing.T) {
			_, err := src.Records(ctx, "1001", []order.Category{order.Names, order.Phones})
			if !fault.Is(err, fault.Invalid) || !strings.Contains(err.Error(), "no phones query") {
				t.Errorf("Records without a phones query = %v; want it to name the missing query", err)
			}
		})

		t.Run("AccessLogWindowPushedDown", func(t *testing.T) {
			var total int
			if err := db.db.QueryRow("SELECT COUNT(*) FROM logins").Scan(&total); err != nil {
				t.Fatal(err)
			}
			got, stats := sqlTestLog(t, src, "1001", Window{From: sqlTestFrom, To: sqlTestTo})
			want := []string{"2022-10-20T07:00:00Z", "2022-10-20T13:00:00Z", "2022-10-20T15:00:00Z", "2022-10-21T06:59:59.999Z"}
			if !slices.Equal(sqlTestTimes(got), want) {
				t.Errorf("entries %v, want %v", sqlTestTimes(got), want)
			}
			// The database returned the 5 rows of the window (one corrupt),
			// not the table's rows for writ to filter.
			if stats.Lines != 5 || stats.Matched != 4 || total != 68 {
				t.Errorf("the database returned %d rows (%d matched) of the table's %d; want 5 (4) of 68", stats.Lines, stats.Matched, total)
			}
			if stats.Bytes != 0 {
				t.Errorf("Bytes = %d, want 0: a database does not say", stats.Bytes)
			}
		})

		t.Run("AccessLogAddresses", func(t *testing.T) {
			got, _ := sqlTestLog(t, src, "1001", Window{From: sqlTestFrom, To: sqlTestTo})
			want := []LogEntry{
				{Time: sqlTestTime("2022-10-20T07:00:00Z"), IP: netip.MustParseAddr("203.0.113.7"), Port: 50123, Ref: "logins/2"},
				{Time: sqlTestTime("2022-10-20T13:00:00Z"), IP: netip.MustParseAddr("198.51.100.4"), Ref: "logins/4"},
				{Time: sqlTestTime("2022-10-20T15:00:00Z"), IP: netip.MustParseAddr("2001:db8::1"), Ref: "logins/5"},
				{Time: sqlTestTime("2022-10-21T06:59:59.999Z"), IP: netip.MustParseAddr("198.51.100.23"), Port: 443, Ref: "logins/6"},
			}
			if len(got) != len(want) {
				t.Fatalf("got %d entries, want %d", len(got), len(want))
			}
			for i := range want {
				if !got[i].Time.Equal(want[i].Time) || got[i].Time.Location() != time.UTC ||
					got[i].IP != want[i].IP || got[i].Port != want[i].Port || got[i].Ref != want[i].Ref {
					t.Errorf("entry %d = %+v, want %+v", i, got[i], want[i])
				}
			}
			if !got[0].IP.Is4() || !got[2].IP.Is6() {
				t.Errorf("address families: %v is not IPv4 or %v is not IPv6", got[0].IP, got[2].IP)
			}
		})

		t.Run("AccessLogHalfOpenWindows", func(t *testing.T) {
			mid := sqlTestTime("2022-10-20T15:00:00Z")
			tests := []struct {
				name    string
				windows []Window
				want    []string
				lines   int64
			}{
				{"touching windows read each entry once",
					[]Window{{From: mid, To: sqlTestTo}, {From: sqlTestFrom, To: mid}},
					[]string{"2022-10-20T07:00:00Z", "2022-10-20T13:00:00Z", "2022-10-20T15:00:00Z", "2022-10-21T06:59:59.999Z"}, 5},
				{"an entry at the end of a window is outside it",
					[]Window{{From: sqlTestFrom, To: mid}},
					[]string{"2022-10-20T07:00:00Z", "2022-10-20T13:00:00Z"}, 3},
				{"an entry at the start of a window is inside it",
					[]Window{{From: mid, To: mid.Add(time.Second)}},
					[]string{"2022-10-20T15:00:00Z"}, 1},
				{"two windows apart",
					[]Window{{From: sqlTestTo.Add(-time.Millisecond), To: sqlTestTo.Add(time.Hour)}, {From: sqlTestFrom.Add(-time.Millisecond), To: sqlTestFrom}},
					[]string{"2022-10-20T06:59:59.999Z", "2022-10-21T06:59:59.999Z", "2022-10-21T07:00:00Z"}, 3},
				{"an empty window reads nothing", []Window{{From: mid, To: mid}}, nil, 0},
				{"no window reads nothing", nil, nil, 0},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					got, stats := sqlTestLog(t, src, "1001", tt.windows...)
					if !slices.Equal(sqlTestTimes(got), tt.want) {
						t.Errorf("entries %v, want %v", sqlTestTimes(got), tt.want)
					}
					if stats.Lines != tt.lines {
						t.Errorf("the database returned %d rows, want %d", stats.Lines, tt.lines)
					}
				})
			}
		})

		t.Run("AccessLogCorruptRowsCounted", func(t *testing.T) {
			text := db.open(t, map[string]any{"access_log": "SELECT ts_text AS ts, ip, port, CONCAT('logins/', id) AS ref FROM logins " +
				"WHERE account_id = :account_id AND at >= :from AND at < :to ORDER BY at"})
			var progress []Progress
			var got []LogEntry
			stats, err := text.AccessLog(ctx, LogQuery{AccountID: "1001", Windows: []Window{{From: sqlTestFrom, To: sqlTestTo}},
				Progress: func(p Progress) { progress = append(progress, p) }},
				func(e LogEntry) error { got = append(got, e); return nil })
			if err != nil {
				t.Fatal(err)
			}
			// The time as text: RFC 3339 with a +09:00 offset is read in UTC.
			want := []string{"2022-10-20T07:00:00Z", "2022-10-20T15:00:00Z", "2022-10-21T06:59:59.999Z"}
			if !slices.Equal(sqlTestTimes(got), want) {
				t.Errorf("entries %v, want %v", sqlTestTimes(got), want)
			}
			if stats.Lines != 5 || stats.Matched != 3 || stats.CorruptLines != 2 || len(stats.Corrupt) != 2 {
				t.Fatalf("stats %+v; want 5 rows, 3 matched, 2 corrupt", stats)
			}
			wantCorrupt := []Corrupt{
				{File: "logins/3", Line: 2, Problem: `ip "999.1.2.3" is not an IP address`},
				{File: "logins/4", Line: 3, Problem: `ts "yesterday" is not a time (RFC 3339, or YYYY-MM-DD HH:MM:SS in UTC)`},
			}
			if !slices.Equal(stats.Corrupt, wantCorrupt) {
				t.Errorf("Corrupt = %+v, want %+v", stats.Corrupt, wantCorrupt)
			}
			if len(progress) == 0 || progress[len(progress)-1].Lines != 5 || progress[len(progress)-1].Matched != 3 {
				t.Errorf("progress %+v; want a last report of 5 rows, 3 matched", progress)
			}
		})

		t.Run("AccessLogErrQueryIgnoresWindow", func(t *testing.T) {
			// <= :to is a closed window: the entry at the end comes back,
			// and writ refuses to go on with a query it cannot rely on.
			closed := db.open(t, map[string]any{"access_log": "SELECT at AS ts, ip FROM logins " +
				"WHERE account_id = :account_id AND at >= :from AND at <= :to ORDER BY at"})
			_, err := closed.AccessLog(ctx, LogQuery{AccountID: "1001", Windows: []Window{{From: sqlTestFrom, To: sqlTestTo}}},
				func(LogEntry) error { return nil })
			if !fault.Is(err, fault.Invalid) || !strings.Contains(err.Error(), "outside the window") ||
				!strings.Contains(err.Error(), "#/queries/access_log") {
				t.Errorf("AccessLog = %v; want an error that the query returned an entry outside the window", err)
			}
		})

		t.Run("AccessLogEmitError", func(t *testing.T) {
			stop := errors.New("stop")
			n := 0
			_, err := src.AccessLog(ctx, LogQuery{AccountID: "1001", Windows: []Window{{From: sqlTestFrom, To: sqlTestTo}}},
				func(LogEntry) error { n++; return stop })
			if !errors.Is(err, stop) || n != 1 {
				t.Errorf("AccessLog = %v after %d entries; want emit's error after 1", err, n)
			}
			// The source still works after a read stopped half-way.
			if got, _ := sqlTestLog(t, src, "1001", Window{From: sqlTestFrom, To: sqlTestTo}); len(got) != 4 {
				t.Errorf("after a stopped read, %d entries; want 4", len(got))
			}
		})

		t.Run("ErrCardNumberSelected", func(t *testing.T) {
			tests := []struct {
				name, query string
				columns     []string
			}{
				{"one column", "SELECT holder_name, card_number, added AS registered, removed AS superseded FROM cards WHERE account_id = :account_id",
					[]string{`"card_number"`}},
				{"select star", "SELECT * FROM cards WHERE account_id = :account_id",
					[]string{`"card_number"`, `"expiry"`, `"cvc"`}},
				{"renamed but still not allowed", "SELECT holder_name, cvc AS security_code, added AS registered, removed AS superseded FROM cards WHERE account_id = :account_id",
					[]string{`"security_code"`}},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					_, err := OpenSQL(db.config(t, map[string]any{"card_holder": tt.query}))
					var ce *SQLConfigError
					if !fault.Is(err, fault.Invalid) || !errors.As(err, &ce) {
						t.Fatalf("OpenSQL = %v; want the config refused", err)
					}
					if len(ce.Problems) != 1 || ce.Problems[0].Path != "/queries/card_holder" {
						t.Fatalf("problems %v; want one at /queries/card_holder", ce.Problems)
					}
					for _, c := range tt.columns {
						if !strings.Contains(ce.Problems[0].Message, c) {
							t.Errorf("%q does not name the column %s", ce.Problems[0].Message, c)
						}
					}
					// The message, not the temporary file's path, whose
					// random digits may hold any three.
					if msg := ce.Problems[0].Message; strings.Contains(msg, sqlTestCardNumber) || strings.Contains(msg, sqlTestCVC) {
						t.Errorf("the error holds card data: %s", msg)
					}
				})
			}
		})

		t.Run("ErrViewChangedAfterOpen", func(t *testing.T) {
			// Its own view, so that the other subtests keep theirs.
			db.exec(t, `CREATE VIEW card_holders_v2 AS SELECT holder_name, added AS registered, removed AS superseded,
				CONCAT('cards/', id) AS ref FROM cards`, nil)
			q := "SELECT * FROM card_holders_v2 WHERE ref IN (SELECT CONCAT('cards/', id) FROM cards WHERE account_id = :account_id)"
			changed := db.open(t, map[string]any{"card_holder": q})
			db.exec(t, `DROP VIEW card_holders_v2`, nil)
			db.exec(t, `CREATE VIEW card_holders_v2 AS SELECT holder_name, card_number, added AS registered, removed AS superseded,
				CONCAT('cards/', id) AS ref FROM cards`, nil)
			recs, err := changed.Records(ctx, "1001", []order.Category{order.CardHolder})
			if !fault.Is(err, fault.Invalid) || !strings.Contains(err.Error(), `"card_number"`) || recs != nil {
				t.Fatalf("Records = %v, %v; want the result refused naming card_number", recs, err)
			}
			if strings.Contains(err.Error(), sqlTestCardNumber) {
				t.Errorf("the error holds the card number: %v", err)
			}
		})

		t.Run("ErrProbe", func(t *testing.T) {
			_, err := OpenSQL(db.config(t, map[string]any{
				"names":  "SELECT name, valid_from AS registered FROM account_names WHERE account_id = :account_id",
				"emails": "SELECT email, added AS registered, removed AS superseded FROM no_such_table WHERE account_id = :account_id",
			}))
			var ce *SQLConfigError
			if !errors.As(err, &ce) {
				t.Fatalf("OpenSQL = %v; want a config error", err)
			}
			var paths []string
			for _, p := range ce.Problems {
				paths = append(paths, p.Path)
			}
			if !slices.Equal(paths, []string{"/queries/names", "/queries/emails"}) {
				t.Fatalf("problems %v", ce.Problems)
			}
			if !strings.Contains(ce.Problems[0].Message, `does not return the column "superseded"`) ||
				!strings.Contains(ce.Problems[1].Message, "the database refused it") {
				t.Errorf("problems %v", ce.Problems)
			}
		})
	})
}

// TestSQLSourceReadOnly: writ never writes the platform's database; even a
// query the parser let through could not.
func TestSQLSourceReadOnly(t *testing.T) {
	db := sqlTestOpen(t, "sqlite")
	sqlTestSchema(t, db)
	db.dsn += "?_query_only=0"
	src := db.open(t, nil).(*sqlSource)
	_, err := src.db.ExecContext(context.Background(), "DELETE FROM logins")
	if err == nil || !strings.Contains(err.Error(), "readonly") {
		t.Errorf("a DELETE through the source's connection = %v; want it refused", err)
	}
}

func TestOpenSQLDSN(t *testing.T) {
	dir := t.TempDir()
	platform := filepath.Join(dir, "platform.db")
	db, err := sql.Open("sqlite", platform)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE logins (account_id TEXT, at DATETIME, ip TEXT)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	write := func(t *testing.T, cfg map[string]any) string {
		cfg["driver"] = "sqlite"
		cfg["queries"] = map[string]any{"access_log": "SELECT at AS ts, ip FROM logins WHERE account_id = :account_id AND at >= :from AND at < :to"}
		data, _ := json.Marshal(cfg)
		path := filepath.Join(dir, "config-"+sqlTestRandom(t)+".json")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	if err := os.WriteFile(filepath.Join(dir, "dsn.secret"), []byte(platform+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	t.Run("OK", func(t *testing.T) {
		t.Setenv("WRIT_TEST_PLATFORM_DSN", platform)
		for _, cfg := range []map[string]any{{"dsn": platform}, {"dsn": "file:" + platform + "?cache=private"},
			{"dsn_env": "WRIT_TEST_PLATFORM_DSN"}, {"dsn_file": "dsn.secret"}} {
			src, err := OpenSQL(write(t, cfg))
			if err != nil {
				t.Errorf("OpenSQL with %v: %v", cfg, err)
				continue
			}
			src.Close()
		}
	})
	tests := []struct {
		name string
		cfg  map[string]any
		path string
		code fault.Code
		msg  string
	}{
		{"env not set", map[string]any{"dsn_env": "WRIT_TEST_SURELY_UNSET"}, "/dsn_env", fault.Invalid, "WRIT_TEST_SURELY_UNSET, which is not set"},
		{"no such file", map[string]any{"dsn_file": "missing.secret"}, "/dsn_file", fault.Invalid, "does not exist"},
		{"no such SQLite file", map[string]any{"dsn": filepath.Join(dir, "typo.db")}, "/dsn", fault.Invalid, "cannot be opened"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := OpenSQL(write(t, tt.cfg))
			var ce *SQLConfigError
			if !fault.Is(err, tt.code) || !errors.As(err, &ce) || ce.Problems[0].Path != tt.path ||
				!strings.Contains(ce.Problems[0].Message, tt.msg) {
				t.Errorf("OpenSQL = %v; want %s at %s with %q", err, tt.code, tt.path, tt.msg)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "typo.db")); err == nil {
		t.Error("opening a missing SQLite file created it")
	}
	_, err = OpenSQL(filepath.Join(dir, "no-config.json"))
	if !fault.Is(err, fault.NotFound) {
		t.Errorf("OpenSQL of a missing config = %v; want not_found", err)
	}
}

func TestOpenSQLUnreachable(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "c.json")
	cfg := `{"driver": "postgres", "dsn": "postgres://writ:s3cret-pw@127.0.0.1:1/x?sslmode=disable&connect_timeout=2",
		"queries": {"names": "SELECT name, a AS registered, b AS superseded FROM n WHERE id = :account_id"}}`
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := OpenSQL(path)
	if !fault.Is(err, fault.Internal) || !strings.Contains(err.Error(), "could not connect") {
		t.Fatalf("OpenSQL = %v; want could not connect", err)
	}
	if strings.Contains(err.Error(), "s3cret-pw") {
		t.Errorf("the error shows the password: %v", err)
	}
}

// TestParseSQLConfig: every problem of a config at once, each with its
// JSON path, in the order of the file.
func TestParseSQLConfig(t *testing.T) {
	t.Parallel()
	good := `"SELECT name, a AS registered, b AS superseded FROM n WHERE id = :account_id"`
	tests := []struct {
		name string
		json string
		want []string // "path: part of the message"
	}{
		{"not JSON", `{"driver": `, []string{": is not valid JSON"}},
		{"not an object", `["sqlite"]`, []string{": must be a JSON object"}},
		{"trailing data", `{"driver": "sqlite", "dsn": "x", "queries": {"names": ` + good + `}} {}`, []string{": has more after the JSON object"}},
		{"empty object", `{}`, []string{"/driver: is required", "/dsn: is required", "/queries: is required"}},
		{"unknown driver, unknown field, two DSNs", `{"driver": "oracle", "dsn": "x", "dsn_env": "X", "user": "u", "queries": {"names": ` + good + `}}`,
			[]string{"/user: is not a field", "/driver: \"oracle\" is not a driver", "/dsn_env: give only one of dsn, dsn_env and dsn_file"}},
		{"repeated key", `{"driver": "sqlite", "driver": "mysql", "dsn": "x", "queries": {"names": ` + good + `}}`,
			[]string{`/driver: "driver" appears twice`}},
		{"wrong types", `{"driver": 1, "dsn": true, "queries": []}`,
			[]string{"/driver: must be a string", "/dsn: must be a string", "/queries: must be a JSON object"}},
		{"bad env name", `{"driver": "sqlite", "dsn_env": "my var", "queries": {"names": ` + good + `}}`,
			[]string{`/dsn_env: "my var" is not the name of an environment variable`}},
		{"no queries", `{"driver": "sqlite", "dsn": "x", "queries": {}}`, []string{"/queries: names no query"}},
		{"query problems", `{"driver": "postgres", "dsn": "x", "queries": {
			"resolve": "SELECT id AS account_id, created FROM a WHERE 1 = 1",
			"names": "SELECT name, a AS registered, b AS superseded FROM n",
			"emails": "SELECT email, a AS registered, b AS superseded FROM e WHERE id = :account_id AND x = :who",
			"phones": "DELETE FROM phones WHERE id = :account_id",
			"addresses": "SELECT 1 WHERE id = :account_id; DROP TABLE x",
			"access_logs": "SELECT 1",
			"access_log": "SELECT at AS ts, ip FROM l WHERE id = :account_id AND at >= :from",
			"device_ids": "",
			"content": 42,
			"card_holder": ["SELECT holder_name, a AS registered, b AS superseded", 7]
		}}`, []string{
			"/queries/resolve: must use at least one of :handle, :display_name, :url",
			"/queries/names: must use :account_id",
			"/queries/emails: uses :who, which writ does not supply",
			"/queries/phones: must be a SELECT",
			"/queries/addresses: holds more than one statement",
			"/queries/access_logs: is not a query writ runs (the access log's query is access_log)",
			"/queries/access_log: must use :to, so that the database returns only the window",
			"/queries/device_ids: is empty",
			"/queries/content: must be the query's SQL",
			"/queries/card_holder/1: must be a string",
		}},
		{"a query on lines", `{"driver": "mysql", "dsn_file": "secret", "queries": {"names": [
			"SELECT name, a AS registered, b AS superseded",
			"FROM n WHERE id = :account_id"]}}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := ParseSQLConfig([]byte(tt.json))
			if tt.want == nil {
				if err != nil {
					t.Fatalf("ParseSQLConfig: %v", err)
				}
				if got := cfg.Queries["names"]; got != "SELECT name, a AS registered, b AS superseded\nFROM n WHERE id = :account_id" {
					t.Errorf("names = %q", got)
				}
				return
			}
			var ce *SQLConfigError
			if !fault.Is(err, fault.Invalid) || !errors.As(err, &ce) {
				t.Fatalf("ParseSQLConfig = %v; want a config error", err)
			}
			var got []string
			for _, p := range ce.Problems {
				got = append(got, p.Path+": "+p.Message)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tt.want[i]) && !strings.Contains(got[i], tt.want[i]) {
					t.Errorf("problem %d = %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestSQLExampleConfig: the documented example parses, and on PostgreSQL
// it runs against the schema it is written for, with every query.
func TestSQLExampleConfig(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("../../examples/sources/sql-example.json")
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := ParseSQLConfig(data)
	if err != nil {
		t.Fatalf("the example does not parse: %v", err)
	}
	for _, key := range sqlQueryKeys() {
		if _, ok := cfg.statements[key]; !ok {
			t.Errorf("the example has no %s query", key)
		}
	}

	db := sqlTestOpen(t, "postgres")
	for _, ddl := range []string{
		`CREATE TABLE accounts (id bigint PRIMARY KEY, handle text, created_at timestamptz, signup_ip inet)`,
		`CREATE TABLE posts (id bigint, account_id bigint, url text, body text, posted_at timestamptz, deleted_at timestamptz)`,
		`CREATE TABLE account_names (id bigint, account_id bigint, display_name text, valid_from timestamptz, valid_to timestamptz)`,
		`CREATE TABLE addresses (id bigint, account_id bigint, kind text, line1 text, line2 text, city text, region text,
			postal_code text, country text, added_at timestamptz, removed_at timestamptz)`,
		`CREATE TABLE emails (id bigint, account_id bigint, email text, verified_at timestamptz, added_at timestamptz, removed_at timestamptz)`,
		`CREATE TABLE phones (id bigint, account_id bigint, kind text, e164 text, verified boolean, added_at timestamptz, removed_at timestamptz)`,
		`CREATE TABLE payment_cards (id bigint, account_id bigint, holder_name text, billing_address text, brand text,
			card_number text, exp_month int, exp_year int, cvc text, added_at timestamptz, removed_at timestamptz)`,
		`CREATE TABLE wallets (id bigint, account_id bigint, provider text, payer_name text, payer_email text,
			linked_at timestamptz, unlinked_at timestamptz)`,
		`CREATE TABLE devices (id bigint, account_id bigint, device_id text, platform text, first_seen timestamptz, revoked_at timestamptz)`,
		`CREATE TABLE access_log (id bigint, account_id bigint, at timestamptz, client_ip inet, client_port int)`,
		`INSERT INTO accounts VALUES (42, 'Ay_Chim0807', '2022-10-20 14:59:30+00', '2001:db8::7')`,
		`INSERT INTO posts VALUES (1, 42, 'https://x.example/ay_chim0807/status/1', 'a review', '2022-11-01 00:00:00+00', NULL)`,
		`INSERT INTO account_names VALUES (1, 42, '高木 ひでのり', '2022-10-20 14:59:30+00', NULL)`,
		`INSERT INTO addresses VALUES (1, 42, 'billing', '1-2-3 Shibuya', NULL, 'Shibuya-ku', 'Tokyo', '150-0002', 'JP', '2022-10-20 15:00:00+00', NULL)`,
		`INSERT INTO emails VALUES (1, 42, 'aya@example.jp', '2022-10-20 15:01:00+00', '2022-10-20 15:00:00+00', NULL)`,
		`INSERT INTO phones VALUES (1, 42, 'mobile', '+819012345678', true, '2022-10-20 15:00:00+00', NULL)`,
		`INSERT INTO payment_cards VALUES (1, 42, 'HIDENORI TAKAGI', '1-2-3 Shibuya, Tokyo', 'visa', '` + sqlTestCardNumber + `', 12, 2027, '` +
			sqlTestCVC + `', '2022-10-20 15:00:00+00', NULL)`,
		`INSERT INTO wallets VALUES (1, 42, 'paypal', 'Takagi H', 'pay@example.jp', '2022-10-21 00:00:00+00', NULL)`,
		`INSERT INTO devices VALUES (1, 42, 'A1B2-C3D4', 'ios', '2022-10-20 14:59:30+00', NULL)`,
		`INSERT INTO access_log VALUES (1, 42, '2022-10-20 14:59:30+00', '2001:db8::7', 51000), (2, 42, '2022-10-25 00:00:00+00', '192.0.2.8', NULL)`,
	} {
		db.exec(t, ddl, nil)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	delete(doc, "dsn_env")
	doc["dsn"] = db.dsn
	out, _ := json.Marshal(doc)
	path := filepath.Join(t.TempDir(), "platform.json")
	if err := os.WriteFile(path, out, 0o600); err != nil {
		t.Fatal(err)
	}
	src, err := OpenSQL(path)
	if err != nil {
		t.Fatalf("OpenSQL of the example: %v", err)
	}
	defer src.Close()
	ctx := context.Background()
	res, err := src.Resolve(ctx, order.Target{Label: "Aya@ay_chim0807", Handle: "ay_chim0807",
		Evidence: []order.Evidence{{URL: "https://x.example/ay_chim0807/status/1"}}})
	if err != nil || res.AccountID != "42" {
		t.Fatalf("Resolve = %+v, %v; want account 42", res, err)
	}
	var cats []order.Category
	for _, c := range order.Categories {
		if _, ok := Allowed[c]; ok {
			cats = append(cats, c)
		}
	}
	recs, err := src.Records(ctx, "42", cats)
	if err != nil {
		t.Fatalf("Records: %v", err)
	}
	got := map[order.Category]int{}
	for _, r := range recs {
		got[r.Category]++
		for _, f := range r.Fields {
			if strings.Contains(f.Value, sqlTestCardNumber) || f.Value == sqlTestCVC {
				t.Errorf("record %s holds card data", r.Ref)
			}
		}
	}
	for _, c := range cats {
		if got[c] != 1 {
			t.Errorf("%d records of %s, want 1", got[c], c)
		}
	}
	entries, stats := sqlTestLog(t, src, "42", Window{From: sqlTestFrom, To: sqlTestTo})
	if len(entries) != 1 || entries[0].IP != netip.MustParseAddr("2001:db8::7") || entries[0].Port != 51000 || stats.Lines != 1 {
		t.Errorf("access log %+v (%+v); want the one entry of the creation day", entries, stats)
	}
}

func TestSQLValues(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"2022-10-20T07:00:00Z", "2022-10-20T16:00:00+09:00", "2022-10-20 07:00:00", "2022-10-20 07:00:00+00",
		"2022-10-20T07:00:00", "2022-10-20 07:00:00.000Z"} {
		got, err := sqlTime(s)
		if err != nil || !got.Equal(sqlTestTime("2022-10-20T07:00:00Z")) || got.Location() != time.UTC {
			t.Errorf("sqlTime(%q) = %v, %v", s, got, err)
		}
	}
	for _, v := range []any{nil, int64(1666249200), "20/10/2022", time.Time{}} {
		if got, err := sqlTime(v); err == nil {
			t.Errorf("sqlTime(%#v) = %v; want an error", v, got)
		}
	}
	for in, want := range map[string]string{"192.0.2.1": "192.0.2.1", "192.0.2.1/32": "192.0.2.1", " 2001:db8::1 ": "2001:db8::1",
		"2001:db8::1/128": "2001:db8::1", "::ffff:192.0.2.1": "::ffff:192.0.2.1"} {
		got, err := sqlIP([]byte(in))
		if err != nil || got.String() != want {
			t.Errorf("sqlIP(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	for _, in := range []any{"10.0.0.0/8", "999.1.1.1", "", nil, int64(3232235777)} {
		if got, err := sqlIP(in); err == nil {
			t.Errorf("sqlIP(%#v) = %v; want an error", in, got)
		}
	}
	if p, err := sqlPort("70000"); err == nil {
		t.Errorf("sqlPort(70000) = %d; want an error", p)
	}
	if got := sqlTimeParam(sqlTestTime("2022-10-20T07:00:00.5Z")); got != "2022-10-20 07:00:00.5" {
		t.Errorf("sqlTimeParam = %q", got)
	}
}
