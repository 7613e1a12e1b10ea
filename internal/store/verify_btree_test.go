package store

import (
	"bytes"
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestPagesReadAsTheEngine reads a table from the file's pages, as the
// audit does, and checks every row against what the engine and its driver
// give for the same table: integers of every width, reals, NULLs, texts
// and blobs from empty to several pages long (the sizes around a page's
// local limit among them), in files of the smallest, the default and the
// largest page size, with rows deleted and updated in between so that the
// pages are not just appended to.
func TestPagesReadAsTheEngine(t *testing.T) {
	for _, pageSize := range []int{512, 1024, 4096, 65536} {
		t.Run(fmt.Sprintf("page size %d", pageSize), func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			path := filepath.Join(t.TempDir(), "pages.db")
			db, err := sql.Open("sqlite", path)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			db.SetMaxOpenConns(1)
			for _, st := range []string{
				fmt.Sprintf("PRAGMA page_size = %d", pageSize),
				"PRAGMA journal_mode = WAL",
				"CREATE TABLE other (x TEXT)",
				"CREATE TABLE t (a TEXT, b INTEGER, c BLOB, d REAL, e ANY) STRICT",
			} {
				if _, err := db.ExecContext(ctx, st); err != nil {
					t.Fatal(err)
				}
			}
			tx, err := db.BeginTx(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			rnd := rand.New(rand.NewPCG(1, uint64(pageSize)))
			ints := []int64{0, 1, -1, 127, -128, 128, -129, 32767, -32768, 32768, 1<<23 - 1, -1 << 23, 1 << 23,
				1<<31 - 1, -1 << 31, 1 << 31, 1<<47 - 1, -1 << 47, 1 << 47, math.MaxInt64, math.MinInt64}
			// Lengths around where a row stops fitting its page, for this
			// page size and the few bytes of the record's head.
			u := pageSize
			lengths := []int{0, 1, 2, 100, u - 35 - 20, u - 35 - 12, u - 35 - 8, u - 35, u - 35 + 1, u, u + 1, 2*u - 1, 3*u + 17, 5 * u}
			text := func(n int) string {
				const alphabet = "abc \"\\\n\té日本語"
				var b strings.Builder
				for b.Len() < n {
					b.WriteString(string([]rune(alphabet)[rnd.IntN(len([]rune(alphabet)))]))
				}
				return b.String()
			}
			for i := range 3000 {
				var a, c, e any
				switch i % 4 {
				case 0:
					a = text(lengths[i%len(lengths)])
				case 1:
					a = text(rnd.IntN(2 * u))
				case 2:
					a = nil
				case 3:
					a = ""
				}
				if i%3 != 0 {
					blob := make([]byte, lengths[(i/3)%len(lengths)])
					for j := range blob {
						blob[j] = byte(rnd.Uint32())
					}
					c = blob
				}
				switch i % 5 {
				case 0:
					e = ints[i%len(ints)]
				case 1:
					e = rnd.Float64() * 1e6
				case 2:
					e = text(7)
				case 3:
					e = []byte{0, 1, 2}
				}
				if _, err := tx.ExecContext(ctx, "INSERT INTO t (a, b, c, d, e) VALUES (?, ?, ?, ?, ?)", a, ints[i%len(ints)], c, float64(i)/3, e); err != nil {
					t.Fatal(err)
				}
				if i == 1500 {
					// Rows from here on hold the columns added; those before
					// read as the columns' defaults.
					for _, st := range []string{
						"ALTER TABLE t ADD COLUMN f TEXT NOT NULL DEFAULT 'it''s'",
						"ALTER TABLE t ADD COLUMN g INTEGER DEFAULT -7",
						"ALTER TABLE t ADD COLUMN h TEXT",
					} {
						if _, err := tx.ExecContext(ctx, st); err != nil {
							t.Fatal(err)
						}
					}
				}
				if i > 1500 && i%3 == 0 {
					if _, err := tx.ExecContext(ctx, "UPDATE t SET f = ?, g = ?, h = ? WHERE rowid = last_insert_rowid()", text(5), i, text(3)); err != nil {
						t.Fatal(err)
					}
				}
				if i%50 == 0 {
					if _, err := tx.ExecContext(ctx, "INSERT INTO other (x) VALUES (?)", text(300)); err != nil {
						t.Fatal(err)
					}
				}
			}
			if err := tx.Commit(); err != nil {
				t.Fatal(err)
			}
			for _, st := range []string{
				"DELETE FROM t WHERE rowid % 7 = 3",
				"UPDATE t SET a = a || a WHERE rowid % 11 = 5",
				"UPDATE t SET a = 'short' WHERE rowid % 13 = 1",
				"PRAGMA wal_checkpoint(TRUNCATE)",
			} {
				if _, err := db.ExecContext(ctx, st); err != nil {
					t.Fatal(err)
				}
			}
			type row struct {
				rowid int64
				v     []driver.Value
			}
			var want []row
			conn, err := db.Conn(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			err = rawQuery(ctx, conn, "SELECT rowid, a, b, c, d, e, f, g, h FROM t ORDER BY rowid", nil, 9, func(v []driver.Value) error {
				r := row{rowid: v[0].(int64), v: make([]driver.Value, 8)}
				for i, x := range v[1:] {
					if b, ok := x.([]byte); ok {
						x = bytes.Clone(b)
					}
					r.v[i] = x
				}
				want = append(want, r)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			var root int64
			if err := conn.QueryRowContext(ctx, "SELECT rootpage FROM sqlite_schema WHERE name = 't'").Scan(&root); err != nil {
				t.Fatal(err)
			}

			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			size, usable, err := sqliteHeader(data)
			if err != nil {
				t.Fatal(err)
			}
			if size != pageSize {
				t.Fatalf("page size read %d, want %d", size, pageSize)
			}
			p := &sqlitePages{data: data, pageSize: size}
			tree := btree{p: p, usable: usable, pages: uint32(len(data) / size)}
			leaves, err := tree.leaves(uint32(root))
			if err != nil {
				t.Fatal(err)
			}
			if len(leaves) < 2 {
				t.Fatalf("the table fits in %d page(s): the test reads no interior page", len(leaves))
			}
			var buf []byte
			got := 0
			v := make([]cell, 5)
			short := 0
			for _, leaf := range leaves {
				err := tree.rows(leaf, &buf, func(rowid int64, rec []byte) error {
					if got >= len(want) {
						return fmt.Errorf("row %d read from the pages, past the %d rows of the table", rowid, len(want))
					}
					w := want[got]
					got++
					if rowid != w.rowid {
						return fmt.Errorf("row %d read where the engine gives row %d", rowid, w.rowid)
					}
					n, err := decodeRecord(rec, v)
					if err != nil {
						return fmt.Errorf("row %d: %w", rowid, err)
					}
					if n != len(v) {
						return fmt.Errorf("row %d: %d columns read, want %d", rowid, n, len(v))
					}
					if n, _ := decodeRecord(rec, make([]cell, 8)); n < 8 {
						short++
					}
					// Column d is REAL: the engine reads a whole number
					// stored as an integer as a real.
					v[3] = asReal(v[3])
					for i := range v {
						if got := v[i].value(); !sameValue(got, w.v[i]) {
							return fmt.Errorf("row %d, column %d: read %.40q (%T), the engine gives %.40q (%T)", rowid, i, got, got, w.v[i], w.v[i])
						}
					}
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
			}
			if got != len(want) {
				t.Fatalf("read %d rows from the pages, the engine gives %d", got, len(want))
			}
			if short == 0 || short == got {
				t.Fatalf("%d of %d rows stored before the columns were added: the test reads no defaults, or no added column", short, got)
			}

			// The audit's way: the file mapped (openPages, in a read
			// transaction, with the log empty) and read in ranges
			// (scanPages), the added columns' defaults and the REAL
			// column's whole numbers read as the engine reads them.
			if _, err := conn.ExecContext(ctx, "BEGIN"); err != nil {
				t.Fatal(err)
			}
			defer conn.ExecContext(ctx, "ROLLBACK")
			if _, err := conn.ExecContext(ctx, "SELECT COUNT(*) FROM t"); err != nil {
				t.Fatal(err)
			}
			s := &sqlStore{}
			defer s.pagesFile.close()
			pages := s.openPages(ctx, conn, "t")
			if pages == nil {
				t.Fatal("openPages: the file cannot be read")
			}
			defer pages.close()
			var mu sync.Mutex
			read := map[*scanRange][][]driver.Value{}
			ranges, err := s.scanPages(ctx, pages, "t", []string{"a", "b", "c", "d", "e", "f", "g", "h"}, math.MaxInt64, func(r *scanRange, v []cell) error {
				row := make([]driver.Value, len(v))
				for i := range v {
					row[i] = v[i].value()
				}
				mu.Lock()
				read[r] = append(read[r], row)
				mu.Unlock()
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(ranges) < 2 {
				t.Errorf("%d ranges read", len(ranges))
			}
			i := 0
			for _, r := range ranges {
				for _, row := range read[r] {
					if i >= len(want) {
						t.Fatalf("scanPages read more than the %d rows", len(want))
					}
					for j := range row {
						if !sameValue(row[j], want[i].v[j]) {
							t.Fatalf("scanPages, row %d, column %d: read %.40q (%T), the engine gives %.40q (%T)", want[i].rowid, j, row[j], row[j], want[i].v[j], want[i].v[j])
						}
					}
					i++
				}
			}
			if i != len(want) {
				t.Fatalf("scanPages read %d rows, the engine gives %d", i, len(want))
			}
		})
	}
}

// sameValue compares a value read from the pages with the driver's.
func sameValue(x, y driver.Value) bool {
	switch y := y.(type) {
	case []byte:
		b, ok := x.([]byte)
		return ok && bytes.Equal(b, y)
	default:
		return x == y
	}
}

// TestPagesRefuseWhatIsNotTheFormat: a record or a page that does not
// read as the format says is an error (the audit then reads through the
// engine), never a row.
func TestPagesRefuseWhatIsNotTheFormat(t *testing.T) {
	v := make([]cell, 2)
	for _, tt := range []struct {
		name   string
		record []byte
	}{
		{"empty", nil},
		{"head longer than the record", []byte{9, 1, 1}},
		{"a reserved type", []byte{3, 10, 1}},
		{"a text past the end", []byte{3, 1, 21, 7, 'a'}},
		{"a varint cut short", []byte{3, 1, 0x81}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := decodeRecord(tt.record, v); err == nil {
				t.Errorf("decodeRecord(% x) read %v, want an error", tt.record, v)
			}
		})
	}
	page := make([]byte, 512)
	page[0] = 0x0a // an index's leaf, not a table's
	p := &sqlitePages{data: append(make([]byte, 512), page...), pageSize: 512}
	tree := btree{p: p, usable: 512, pages: 2}
	if _, err := tree.leaves(2); err == nil {
		t.Error("leaves of an index page: no error")
	}
	if _, err := tree.leaves(3); err == nil {
		t.Error("leaves of a page past the file: no error")
	}
	var buf []byte
	if err := tree.rows(2, &buf, func(int64, []byte) error { return nil }); err == nil {
		t.Error("rows of an index page: no error")
	}
}

// TestAppendTimeAsFormat: the canonical form's times, written digit by
// digit, are what Format writes, for any instant, zone and precision.
func TestAppendTimeAsFormat(t *testing.T) {
	rnd := rand.New(rand.NewPCG(7, 11))
	zones := []*time.Location{time.UTC, time.FixedZone("JST", 9*3600), time.FixedZone("x", -(3*3600 + 1800))}
	times := []time.Time{{}, time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC), time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2022, 10, 20, 17, 4, 5, 123456000, zones[1])}
	for range 2000 {
		times = append(times, time.Unix(rnd.Int64N(400e9)-200e9, rnd.Int64N(1e9)).In(zones[rnd.IntN(len(zones))]))
	}
	for _, tm := range times {
		want := `"` + tm.UTC().Format(canonicalTime) + `"`
		if got := string(appendTime(nil, tm)); got != want {
			t.Errorf("appendTime(%v) = %s, want %s", tm, got, want)
		}
	}
}

// TestLiteral: a column's default as SQLite gives it, read as the value a
// row stored before the column was added holds.
func TestLiteral(t *testing.T) {
	for _, tt := range []struct {
		sql  string
		want driver.Value
		ok   bool
	}{
		{"0", int64(0), true}, {"-7", int64(-7), true}, {"''", "", true}, {"'it''s'", "it's", true}, {"NULL", nil, true},
		{"'a'b'", nil, false}, {"CURRENT_TIMESTAMP", nil, false}, {"1.5", nil, false}, {"(1+1)", nil, false}, {"x'00'", nil, false},
	} {
		c, ok := literal(tt.sql)
		if ok != tt.ok || ok && !sameValue(c.value(), tt.want) {
			t.Errorf("literal(%s) = %v, %v; want %v, %v", tt.sql, c.value(), ok, tt.want, tt.ok)
		}
	}
}
