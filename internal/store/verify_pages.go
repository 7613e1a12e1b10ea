package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"math"
	"os"
	"strings"
	"sync"
	"sync/atomic"
)

// On SQLite the audit reads the events, the access logs and the blobs from
// the database file's pages (verify_btree.go) when it can be sure that the
// file holds the snapshot its connection reads, and through the engine
// otherwise. It can be sure when, with the snapshot's read transaction
// open, the write-ahead log is empty or absent: the snapshot is then the
// file, and SQLite copies nothing into the file while a reader of the file
// alone holds its read lock (a checkpoint waits for it; a writer appends to
// the log). Before it begins, the audit asks for the log to be folded into
// the file (a checkpoint that waits for no one), so that a database at
// rest is read from its pages; one being written to by another process
// may not be, and is read through the engine, as before.
//
// The file is opened once per store and closed only after the store's own
// connections: closing any descriptor of a file drops every POSIX lock the
// process holds on it, the SQLite connections' locks among them, which
// would let another process fold its log into the file under a reader.

// auditFile is the store's descriptor of its SQLite file, for the audit.
type auditFile struct {
	mu   sync.Mutex
	path string
	f    *os.File
}

// open returns the descriptor of the file at path, opening it the first
// time.
func (a *auditFile) open(path string) (*os.File, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.f != nil {
		if a.path != path {
			return nil, errors.New("the database file moved")
		}
		return a.f, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	a.f, a.path = f, path
	return f, nil
}

// close closes the descriptor: only once the store's connections are
// closed (see above).
func (a *auditFile) close() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.f == nil {
		return nil
	}
	err := a.f.Close()
	a.f = nil
	return err
}

// sqlitePages is the database file mapped for one audit, with the tables
// it reads.
type sqlitePages struct {
	data     []byte
	unmap    func() error
	pageSize int
	tree     btree
	tables   map[string]pageTable
}

// pageTable is a table's root page and where each column sits in its
// records.
type pageTable struct {
	root     uint32
	columns  map[string]int
	real     map[string]bool // columns of REAL affinity
	defaults map[int]cell    // the columns' defaults that are plain values, by place
}

// page returns page pgno of the mapped file.
func (p *sqlitePages) page(pgno uint32) ([]byte, error) {
	off := int64(pgno-1) * int64(p.pageSize)
	if pgno == 0 || off+int64(p.pageSize) > int64(len(p.data)) {
		return nil, errPageFormat
	}
	return p.data[off : off+int64(p.pageSize) : off+int64(p.pageSize)], nil
}

// foldLog asks SQLite to copy the write-ahead log into the database file
// and empty it, without waiting for other connections (a busy database
// stays as it is, and is audited through the engine).
func foldLog(ctx context.Context, conn *sql.Conn) {
	if _, err := conn.ExecContext(ctx, "PRAGMA busy_timeout = 0"); err != nil {
		return
	}
	_, _ = conn.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	if _, err := conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA busy_timeout = 10000"); err != nil {
		_ = conn.Raw(func(any) error { return driver.ErrBadConn })
	}
}

// openPages maps the database file of conn's snapshot, which must be open
// (a read transaction that has read), for the tables named; nil when the
// file does not hold that snapshot alone (see above) or cannot be read so.
func (s *sqlStore) openPages(ctx context.Context, conn *sql.Conn, tables ...string) *sqlitePages {
	if !sqlitePagesOn {
		return nil
	}
	var path string
	err := rawQuery(ctx, conn, `SELECT file FROM pragma_database_list WHERE name = 'main'`, nil, 1, func(v []driver.Value) error {
		path = strings.Clone(text(v[0]))
		return nil
	})
	if err != nil || path == "" {
		return nil
	}
	var mode string
	if err := conn.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		return nil
	}
	if st, err := os.Stat(path + "-wal"); err == nil && st.Size() != 0 || err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil // the snapshot may hold pages of the log
	}
	f, err := s.pagesFile.open(path)
	if err != nil {
		return nil
	}
	st, err := f.Stat()
	if err != nil || st.Size() < 100 || st.Size() > math.MaxInt {
		return nil
	}
	data, unmap, err := mapFile(f, int(st.Size()))
	if err != nil {
		return nil
	}
	p := &sqlitePages{data: data, unmap: unmap, tables: map[string]pageTable{}}
	ok := false
	defer func() {
		if !ok {
			p.close()
		}
	}()
	pageSize, usable, err := sqliteHeader(data)
	if err != nil {
		return nil
	}
	p.pageSize = pageSize
	p.tree = btree{p: p, usable: usable, pages: uint32(min(int64(len(data)/pageSize), math.MaxUint32))}
	for _, name := range tables {
		var (
			root   int64
			schema string
		)
		if err := conn.QueryRowContext(ctx, `SELECT rootpage, sql FROM sqlite_schema WHERE type = 'table' AND name = $1`, name).Scan(&root, &schema); err != nil {
			return nil
		}
		if root <= 0 || int64(root) > int64(p.tree.pages) || strings.Contains(strings.ToUpper(schema), "WITHOUT ROWID") {
			return nil
		}
		t := pageTable{root: uint32(root), columns: map[string]int{}, real: map[string]bool{}, defaults: map[int]cell{}}
		// Every column is in the record, in the order declared, unless it
		// is hidden or generated (no table the audit reads has one) or
		// the rowid's alias (stored as NULL; none either).
		rows, err := conn.QueryContext(ctx, `SELECT cid, name, hidden, pk, type, dflt_value FROM pragma_table_xinfo($1)`, name)
		if err != nil {
			return nil
		}
		fine := true
		pks := 0
		var intPK bool
		for rows.Next() {
			var (
				cid, hidden, pk int
				col, typ        string
				dflt            sql.NullString
			)
			if err := rows.Scan(&cid, &col, &hidden, &pk, &typ, &dflt); err != nil {
				fine = false
				break
			}
			if hidden != 0 {
				fine = false
			}
			if pk > 0 {
				pks++
				intPK = strings.EqualFold(typ, "INTEGER")
			}
			t.columns[col] = cid
			t.real[col] = realAffinity(typ)
			if !dflt.Valid {
				t.defaults[cid] = cell{}
			} else if c, ok := literal(dflt.String); ok {
				t.defaults[cid] = c
			}
		}
		if rows.Close() != nil || rows.Err() != nil || !fine || pks == 1 && intPK {
			return nil
		}
		p.tables[name] = t
	}
	ok = true
	return p
}

// close unmaps the file.
func (p *sqlitePages) close() {
	if p != nil && p.unmap != nil {
		_ = p.unmap()
		p.unmap = nil
	}
}

// sqlitePagesOn lets the tests audit through the engine alone, to compare;
// auditsFromPages counts the audits that read the pages, for the tests to
// see that they do.
var (
	sqlitePagesOn   = true
	auditsFromPages atomic.Int64
)

// scanPages is scanTable from the pages: the table's rows up to rowid
// last, front to back, cut into ranges of its leaf pages read at once, the
// columns named given to fn in their order. The values fn is given point
// into the mapped file: fn copies what it keeps.
func (s *sqlStore) scanPages(ctx context.Context, p *sqlitePages, table string, columns []string, last int64, fn func(*scanRange, []cell) error) ([]*scanRange, error) {
	t, ok := p.tables[table]
	if !ok {
		return nil, fmt.Errorf("%w: no table %s", errPageFormat, table)
	}
	at := make([]int, len(columns))
	real := make([]bool, len(columns))
	width := 0
	for i, c := range columns {
		cid, ok := t.columns[c]
		if !ok {
			return nil, fmt.Errorf("%w: no column %s.%s", errPageFormat, table, c)
		}
		at[i], real[i], width = cid, t.real[c], max(width, cid+1)
	}
	leaves, err := p.tree.leaves(t.root)
	if err != nil {
		return nil, err
	}
	workers := max(1, auditWorkers)
	n := min(2*workers, max(1, len(leaves)/auditPagesMin))
	ranges := make([]*scanRange, n)
	for i := range ranges {
		ranges[i] = &scanRange{runs: map[string]*scanRun{}}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errs := make([]error, n)
	work := make(chan int, n)
	for i := range n {
		work <- i
	}
	close(work)
	var wg sync.WaitGroup
	for range min(workers, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			record := make([]cell, width)
			v := make([]cell, len(columns))
			var buf []byte
			for i := range work {
				r := ranges[i]
				for _, leaf := range leaves[len(leaves)*i/n : len(leaves)*(i+1)/n] {
					if errs[i] = ctx.Err(); errs[i] != nil {
						break
					}
					errs[i] = p.tree.rows(leaf, &buf, func(rowid int64, rec []byte) error {
						if rowid > last {
							return nil // stored after the heads were read
						}
						n, err := decodeRecord(rec, record)
						if err != nil {
							return err
						}
						for j, c := range at {
							v[j] = record[c]
							if c >= n {
								// A row from before the column was added.
								d, ok := t.defaults[c]
								if !ok {
									return fmt.Errorf("%w: %s.%s has a default this reader cannot read", errPageFormat, table, columns[j])
								}
								v[j] = d
							}
							if real[j] {
								v[j] = asReal(v[j])
							}
						}
						return fn(r, v)
					})
					if errs[i] != nil {
						cancel()
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil && !errors.Is(err, context.Canceled) {
			return nil, err
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return ranges, nil
}

// auditPagesMin is the fewest leaf pages a range of a table's pages holds.
var auditPagesMin = 64
