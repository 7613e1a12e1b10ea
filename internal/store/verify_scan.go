package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"database/sql/driver"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/writ-project/writ/internal/fault"
)

// On SQLite an audit reads each table in the order it is stored (rowid),
// cut into as many ranges as there are connections at work: a table read
// in its own order is read front to back, where a read in the order of
// the cases' ids jumps from page to page (an event's hash lies behind its
// payload, on overflow pages). The rows are taken from the driver as it
// gives them, without database/sql's conversions, which cost as much as
// the reading.
//
// Reading in stored order checks what one row can show alone (an event's
// hash against its contents, a time that is no time, a blob against its
// name) and follows each case's chain through the rows as they come: in a
// log written only by appends, a case's events are stored in the order of
// their seqs, each linked to the one before, up to the head its case
// records. A case whose rows do not read so, on any count, is checked
// again by itself in the order of its seqs, in one snapshot (auditPart on
// that case alone), which says what is wrong exactly as Verify always has:
// the fast reading decides only that a case is intact, which it can only
// do of a chain that holds from its first event to its head. The heads are
// read in one snapshot with each table's last rowid, and no row stored
// after that is read: an append made while the audit reads (its rowid is
// past the last) is no break. Rows that read otherwise than they stood at
// that snapshot (rowids that moved, as a VACUUM may move them) can only
// make a case a suspect, checked again alone.
//
// What is held is a few hundred bytes per case (its head, and where each
// range's rows of it begin and end), never the events.

// auditRecord is what a scan keeps of one case.
type auditRecord struct {
	record           bool // its record was read
	seq, accessSeq   int64
	head, accessHead string
	blobs            []*scanBlob
}

// scanBlob is a blob of a case, named or not by its events.
type scanBlob struct {
	name  string
	named atomic.Bool
}

// scanRun is how a range's rows of one case's chain (events or accesses)
// begin and end, and whether they link up in between.
type scanRun struct {
	firstSeq, lastSeq   int64
	firstPrev, lastHash string
	broken              bool
}

// scanRange is a range of rowids, [from, to), and the runs read in it.
type scanRange struct {
	from, to int64
	runs     map[string]*scanRun
	canon    []byte // the canonical form of the last row, reused
}

// link adds a row of a case's chain, read in stored order, to the range's
// run of that case. The strings may point into the mapped file
// (scanPages): what is kept is copied.
func (r *scanRange) link(caseID string, seq int64, prev, hash string, ok bool) {
	run := r.runs[caseID]
	if run == nil {
		r.runs[strings.Clone(caseID)] = &scanRun{firstSeq: seq, firstPrev: strings.Clone(prev), lastSeq: seq, lastHash: strings.Clone(hash), broken: !ok}
		return
	}
	if !ok || seq != run.lastSeq+1 || prev != run.lastHash {
		run.broken = true
	}
	run.lastSeq = seq
	if run.lastHash != hash {
		run.lastHash = strings.Clone(hash)
	}
}

// hashes reports whether the SHA-256 of canon, in hex, is hash.
func hashes(canon []byte, hash string) bool {
	sum := sha256.Sum256(canon)
	var h [64]byte
	hex.Encode(h[:], sum[:])
	return string(h[:]) == hash
}

// auditScan is audit on SQLite: from the file's pages when it can (see
// verify_pages.go), else, or when a page does not read as the format
// says, through the engine.
func (s *sqlStore) auditScan(ctx context.Context, what int) (*Audit, error) {
	a, err := s.auditScanFrom(ctx, what, true)
	if errors.Is(err, errPageFormat) {
		return s.auditScanFrom(ctx, what, false)
	}
	return a, err
}

// auditScanFrom is auditScan, reading the file's pages if usePages and it
// can.
func (s *sqlStore) auditScanFrom(ctx context.Context, what int, usePages bool) (*Audit, error) {
	conn, release, err := s.auditConn(ctx)
	if err != nil {
		return nil, err
	}
	if usePages {
		foldLog(ctx, conn)
	}
	// The heads and the last rowids, from one snapshot: rows stored after
	// it (appends made while the audit runs) are not read. When the pages
	// are read, the snapshot stays open until they have been.
	var (
		lastEvent, lastAccess, lastBlob int64
		pages                           *sqlitePages
	)
	cases := map[string]*auditRecord{}
	var endOnce sync.Once
	endSnapshot := func() {
		endOnce.Do(func() {
			pages.close()
			_, _ = conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
			release()
		})
	}
	defer endSnapshot()
	err = func() error {
		if _, err := conn.ExecContext(ctx, s.d.beginRead); err != nil {
			return err
		}
		if err := conn.QueryRowContext(ctx, `SELECT (SELECT COALESCE(MAX(rowid), 0) FROM events), (SELECT COALESCE(MAX(rowid), 0) FROM data_access), (SELECT COALESCE(MAX(rowid), 0) FROM blobs)`).
			Scan(&lastEvent, &lastAccess, &lastBlob); err != nil {
			return err
		}
		if usePages {
			pages = s.openPages(ctx, conn, "cases", "events", "data_access", "blobs")
		}
		if pages != nil {
			var mu sync.Mutex
			_, err := s.scanPages(ctx, pages, "cases", []string{"id", "seq", "head", "access_seq", "access_head"}, math.MaxInt64, func(_ *scanRange, v []cell) error {
				c := &auditRecord{record: true, seq: v[1].integer(), head: strings.Clone(v[2].text()), accessSeq: v[3].integer(), accessHead: strings.Clone(v[4].text())}
				id := strings.Clone(v[0].text())
				mu.Lock()
				cases[id] = c
				mu.Unlock()
				return nil
			})
			return err
		}
		return rawQuery(ctx, conn, `SELECT id, seq, head, access_seq, access_head FROM cases`, nil, 5, func(v []driver.Value) error {
			cases[text(v[0])] = &auditRecord{record: true, seq: integer(v[1]), head: text(v[2]), accessSeq: integer(v[3]), accessHead: text(v[4])}
			return nil
		})
	}()
	if pages == nil {
		endSnapshot()
	}
	if errors.Is(err, errPageFormat) {
		return nil, err // read again through the engine
	}
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the event log")
	}
	// scan reads a table's columns, from the pages or through the engine.
	scan := func(table string, columns []string, last int64, fn func(*scanRange, []cell) error) ([]*scanRange, error) {
		if pages != nil {
			return s.scanPages(ctx, pages, table, columns, last, fn)
		}
		return s.scanTable(ctx, last, "SELECT "+strings.Join(columns, ", ")+" FROM "+table, len(columns), fn)
	}
	a := &Audit{Breaks: []Break{}}
	for _, c := range cases {
		a.Cases++
		a.Events += c.seq
	}

	var blobBreaks []Break
	if what&auditBlobs != 0 {
		var mu sync.Mutex
		_, err := scan("blobs", []string{"case_id", "sha256", "data"}, lastBlob, func(r *scanRange, v []cell) error {
			id, name, data := strings.Clone(v[0].text()), strings.Clone(v[1].text()), v[2].bytes()
			sum := sha256.Sum256(data)
			mu.Lock()
			defer mu.Unlock()
			a.Blobs++
			if hex.EncodeToString(sum[:]) != name {
				blobBreaks = append(blobBreaks, Break{CaseID: id, Problem: fmt.Sprintf("blob %s no longer matches its SHA-256", name)})
			}
			c := cases[id]
			if c == nil {
				c = &auditRecord{}
				cases[id] = c
			}
			c.blobs = append(c.blobs, &scanBlob{name: name})
			return nil
		})
		if err != nil {
			return nil, err
		}
		sortBreaks(blobBreaks)
	}

	// Cases checked again alone, by what their rows showed.
	recheck := map[string]int{}
	var recheckMu sync.Mutex
	suspect := func(id string, w int) {
		recheckMu.Lock()
		recheck[id] |= w
		recheckMu.Unlock()
	}

	if what&(auditEvents|auditBlobs) != 0 {
		checkEvents := what&auditEvents != 0
		eventRanges, err := scan("events", []string{"case_id", "seq", "type", "at", "recorded_at", "actor", "payload", "idempotency_key", "prev_hash", "hash"}, lastEvent,
			func(r *scanRange, v []cell) error {
				e := Event{CaseID: v[0].text(), Seq: v[1].integer(), Type: v[2].text(), Actor: v[5].text(), IdempotencyKey: v[7].text(), PrevHash: v[8].text(), Hash: v[9].text()}
				payload := v[6].text()
				if c := cases[e.CaseID]; c != nil {
					for _, b := range c.blobs {
						if !b.named.Load() && strings.Contains(payload, b.name) {
							b.named.Store(true)
						}
					}
				}
				if !checkEvents {
					return nil
				}
				at, recordedAt := v[3].time(), v[4].time()
				e.At, e.RecordedAt = at.T, recordedAt.T
				r.canon = appendCanonical(r.canon[:0], e, payload)
				ok := at.Bad == "" && recordedAt.Bad == "" && at.Valid && recordedAt.Valid && hashes(r.canon, e.Hash)
				r.link(e.CaseID, e.Seq, e.PrevHash, e.Hash, ok)
				return nil
			})
		if err != nil {
			return nil, err
		}
		if checkEvents {
			for id, c := range cases {
				if c.record && !chainIntact(id, eventRanges, c.seq, c.head) {
					suspect(id, auditEvents)
				}
			}
			for _, r := range eventRanges {
				for id := range r.runs {
					if c := cases[id]; c == nil || !c.record {
						suspect(id, auditEvents) // events without their case
					}
				}
			}
		}
	}

	if what&auditAccesses != 0 {
		var n atomic.Int64
		accessRanges, err := scan("data_access", []string{"case_id", "seq", "at", "actor", "via", "what", "prev_hash", "hash"}, lastAccess,
			func(r *scanRange, v []cell) error {
				n.Add(1)
				ac := Access{CaseID: v[0].text(), Seq: v[1].integer(), Actor: v[3].text(), Via: v[4].text(), PrevHash: v[6].text(), Hash: v[7].text()}
				if c := cases[ac.CaseID]; c == nil || !c.record {
					return nil // no case record: the events' check says so
				}
				at := v[2].time()
				ac.At = at.T
				ok := at.Bad == "" && at.Valid && accessHash(ac, v[5].text()) == ac.Hash
				r.link(ac.CaseID, ac.Seq, ac.PrevHash, ac.Hash, ok)
				return nil
			})
		if err != nil {
			return nil, err
		}
		a.Accesses = n.Load()
		for id, c := range cases {
			if c.record && !chainIntact(id, accessRanges, c.accessSeq, c.accessHead) {
				suspect(id, auditAccesses)
			}
		}
	}

	// The pages are read: the snapshot ends, and the suspects, each alone,
	// are read through the engine in one snapshot each, in the order of
	// their ids.
	if pages != nil {
		auditsFromPages.Add(1)
	}
	endSnapshot()
	ids := make([]string, 0, len(recheck))
	for id := range recheck {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var accessBreaks []Break
	for _, id := range ids {
		r, err := s.auditPart(ctx, auditPart{from: id, to: id + "\x00"}, recheck[id])
		if err != nil {
			return nil, err
		}
		a.Breaks = append(a.Breaks, r.eventBreaks...)
		accessBreaks = append(accessBreaks, r.accessBreaks...)
	}
	a.Breaks = append(append(a.Breaks, accessBreaks...), blobBreaks...)

	if what&auditBlobs != 0 {
		blobCases := make([]string, 0)
		for id, c := range cases {
			if len(c.blobs) > 0 {
				blobCases = append(blobCases, id)
			}
		}
		slices.Sort(blobCases)
		for _, id := range blobCases {
			bs := cases[id].blobs
			slices.SortFunc(bs, func(x, y *scanBlob) int { return strings.Compare(x.name, y.name) })
			for _, b := range bs {
				if !b.named.Load() {
					a.Orphans = append(a.Orphans, Break{CaseID: id, Problem: fmt.Sprintf("blob %s is named by no event", b.name)})
				}
			}
		}
	}
	return a, nil
}

// chainIntact reports whether a case's rows, range after range, make one
// chain from seq 1 (after the zero hash) to the head its case records
// (seq and hash; 0 and "" or the zero hash for none).
func chainIntact(id string, ranges []*scanRange, headSeq int64, head string) bool {
	last, hash := int64(0), ZeroHash
	for _, r := range ranges {
		run := r.runs[id]
		if run == nil {
			continue
		}
		if run.broken || run.firstSeq != last+1 || run.firstPrev != hash {
			return false
		}
		last, hash = run.lastSeq, run.lastHash
	}
	if last == 0 {
		return headSeq == 0 && (head == "" || head == ZeroHash)
	}
	return last == headSeq && hash == head
}

// auditScanMin is the fewest rows a range of a table's scan holds: fewer
// are not worth a connection of their own.
var auditScanMin int64 = 1024

// scanTable reads a table's rows up to rowid last, front to back, in
// ranges read at once on connections of their own, and gives each row's
// values to fn (which must not keep them; calls for rows of one range come
// in their order, from one goroutine). It returns the ranges in order.
func (s *sqlStore) scanTable(ctx context.Context, last int64, query string, columns int, fn func(*scanRange, []cell) error) ([]*scanRange, error) {
	workers := max(1, auditWorkers)
	n := min(int64(2*workers), max(1, last/auditScanMin))
	var ranges []*scanRange
	for i := range n {
		ranges = append(ranges, &scanRange{from: 1 + last*i/n, to: 1 + last*(i+1)/n, runs: map[string]*scanRun{}})
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errs := make([]error, len(ranges))
	work := make(chan int, len(ranges))
	for i := range ranges {
		work <- i
	}
	close(work)
	var wg sync.WaitGroup
	for range min(workers, len(ranges)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			conn, release, err := s.auditConn(ctx)
			if err != nil {
				for i := range work {
					errs[i] = err
				}
				return
			}
			defer release()
			for i := range work {
				r := ranges[i]
				cells := make([]cell, columns)
				errs[i] = rawQuery(ctx, conn, query+` WHERE rowid >= $1 AND rowid < $2`, []any{r.from, r.to}, columns, func(v []driver.Value) error {
					for j := range v {
						cells[j] = cellOf(v[j])
					}
					return fn(r, cells)
				})
				if errs[i] != nil {
					cancel()
				}
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil && !errors.Is(err, context.Canceled) {
			return nil, fault.Wrap(fault.Internal, err, "could not read the event log")
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return ranges, nil
}

// auditConn takes a connection of the pool for an audit: on SQLite, with
// the database file mapped into memory, so that reading a page is reading
// memory, not a system call. release gives it back as it was.
func (s *sqlStore) auditConn(ctx context.Context) (conn *sql.Conn, release func(), err error) {
	conn, err = s.db.Conn(ctx)
	if err != nil {
		return nil, nil, fault.Wrap(fault.Internal, err, "could not read the event log")
	}
	if s.d.name != "sqlite" {
		return conn, func() { conn.Close() }, nil
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA mmap_size = %d", sqliteAuditMap)); err != nil {
		conn.Close()
		return nil, nil, fault.Wrap(fault.Internal, err, "could not read the event log")
	}
	return conn, func() {
		// The pool's other users (writ serve's requests) read as before.
		if _, err := conn.ExecContext(context.Background(), "PRAGMA mmap_size = 0"); err != nil {
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
		}
		conn.Close()
	}, nil
}

// sqliteAuditMap is how much of the database file an audit's connection
// maps (SQLite caps it further); the pages are the system's page cache,
// shared, not memory writ allocates.
const sqliteAuditMap = 1 << 40

// rawQuery runs a query on conn and gives each row's values, as the driver
// gives them, to fn.
func rawQuery(ctx context.Context, conn *sql.Conn, query string, args []any, columns int, fn func([]driver.Value) error) error {
	named := make([]driver.NamedValue, len(args))
	for i, a := range args {
		named[i] = driver.NamedValue{Ordinal: i + 1, Value: a}
	}
	return conn.Raw(func(dc any) error {
		q, ok := dc.(driver.QueryerContext)
		if !ok {
			return errors.New("the database driver cannot query directly")
		}
		rows, err := q.QueryContext(ctx, query, named)
		if err != nil {
			return err
		}
		defer rows.Close()
		v := make([]driver.Value, columns)
		for {
			if err := rows.Next(v); err != nil {
				if err == io.EOF {
					return nil
				}
				return err
			}
			if err := fn(v); err != nil {
				return err
			}
		}
	})
}

// text and integer read a driver's value of a column.
func text(v driver.Value) string {
	switch v := v.(type) {
	case string:
		return v
	case []byte:
		return string(v)
	case nil:
		return ""
	}
	return fmt.Sprint(v)
}

func integer(v driver.Value) int64 {
	switch v := v.(type) {
	case int64:
		return v
	case string:
		var n int64
		fmt.Sscan(v, &n)
		return n
	}
	return 0
}

// sortBreaks orders breaks by case, as the audit reports them.
func sortBreaks(bs []Break) {
	slices.SortStableFunc(bs, func(x, y Break) int {
		if c := strings.Compare(x.CaseID, y.CaseID); c != 0 {
			return c
		}
		return strings.Compare(x.Problem, y.Problem)
	})
}

// cell is a column's value as an audit reads it, from the file's pages or
// from the driver, without a value boxed per column: the texts and blobs
// are views, valid only during the call that is given them.
type cell struct {
	kind cellKind
	i    int64
	f    float64
	b    []byte       // cellText, cellBlob
	v    driver.Value // cellOther: as the driver gave it
}

type cellKind uint8

const (
	cellNull cellKind = iota
	cellInt
	cellReal
	cellText
	cellBlob
	cellOther
)

// cellOf reads a driver's value; a string's bytes are viewed, not copied
// (and never written).
func cellOf(v driver.Value) cell {
	switch v := v.(type) {
	case nil:
		return cell{}
	case int64:
		return cell{kind: cellInt, i: v}
	case float64:
		return cell{kind: cellReal, f: v}
	case string:
		return cell{kind: cellText, b: unsafe.Slice(unsafe.StringData(v), len(v))}
	case []byte:
		return cell{kind: cellBlob, b: v}
	}
	return cell{kind: cellOther, v: v}
}

// value is the cell as the driver gives it (a copy of a text or blob).
func (c cell) value() driver.Value {
	switch c.kind {
	case cellInt:
		return c.i
	case cellReal:
		return c.f
	case cellText:
		return string(c.b)
	case cellBlob:
		return bytes.Clone(c.b)
	case cellOther:
		return c.v
	}
	return nil
}

// text reads the cell as text does a driver's value; a text or blob is a
// view (strings.Clone keeps it).
func (c cell) text() string {
	switch c.kind {
	case cellText, cellBlob:
		return unsafe.String(unsafe.SliceData(c.b), len(c.b))
	case cellNull:
		return ""
	}
	return text(c.value())
}

// integer reads the cell as integer does a driver's value.
func (c cell) integer() int64 {
	switch c.kind {
	case cellInt:
		return c.i
	case cellText:
		return integer(c.text())
	}
	return 0
}

// bytes reads the cell's text or blob (nil for any other).
func (c cell) bytes() []byte {
	if c.kind == cellText || c.kind == cellBlob {
		return c.b
	}
	return nil
}

// time reads the cell as timeCol.Scan does a driver's value.
func (c cell) time() timeCol {
	var t timeCol
	switch c.kind {
	case cellText:
		_ = t.Scan(c.text())
		if t.Bad != "" {
			t.Bad = strings.Clone(t.Bad)
		}
	default:
		_ = t.Scan(c.value())
	}
	return t
}
