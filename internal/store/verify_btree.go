package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// A table of a SQLite database read from its pages, as the file format
// documents them (https://www.sqlite.org/fileformat2.html, sections 1.6
// and 2.1): a table is a b-tree of pages keyed by rowid; its interior
// pages point to its children in key order, its leaf pages hold the rows,
// each row a record whose head lists its columns' types, and a row too
// large for its page goes on in a chain of overflow pages.
//
// The audit reads its largest tables so (see auditPages): every row the
// engine would give, in the same order, without the engine's and the
// driver's work and copies per row and column. Whatever in the pages does
// not read as the format says is an error, never a guess: the audit then
// reads through the engine instead.

// errPageFormat is a page that does not read as the file format says.
var errPageFormat = errors.New("a page of the SQLite file does not read as its format says")

// pager gives a page of the database, by its number (from 1), as SQLite
// has it in the snapshot read.
type pager interface {
	page(pgno uint32) ([]byte, error)
}

// btree reads one table's b-tree.
type btree struct {
	p      pager
	usable int    // the usable size of a page: its size less the bytes reserved at its end
	pages  uint32 // the pages in the database, a bound on any walk
}

// Page types (the first byte of a b-tree page's header).
const (
	pageInteriorTable = 0x05
	pageLeafTable     = 0x0d
)

// header returns the page's b-tree header: page 1 holds the file's
// 100-byte header before its own.
func header(pgno uint32, pg []byte) []byte {
	if pgno == 1 {
		return pg[100:]
	}
	return pg
}

// cells returns where each cell of a page starts.
func (t *btree) cells(pgno uint32, pg []byte, hdrLen int) ([]byte, int, error) {
	h := header(pgno, pg)
	if len(h) < hdrLen {
		return nil, 0, errPageFormat
	}
	n := int(binary.BigEndian.Uint16(h[3:5]))
	ptrs := h[hdrLen:]
	if len(ptrs) < 2*n {
		return nil, 0, errPageFormat
	}
	return ptrs[:2*n], n, nil
}

// leaves returns the table's leaf pages, in the order of their keys.
func (t *btree) leaves(root uint32) ([]uint32, error) {
	var out []uint32
	visited := uint32(0)
	var walk func(pgno uint32, depth int) error
	walk = func(pgno uint32, depth int) error {
		// A b-tree is never deeper than a few levels, and never has more
		// pages than the file: a cycle of corrupt pointers stops here.
		if visited++; visited > t.pages || depth > 40 || pgno == 0 || pgno > t.pages {
			return errPageFormat
		}
		pg, err := t.p.page(pgno)
		if err != nil {
			return err
		}
		switch header(pgno, pg)[0] {
		case pageLeafTable:
			out = append(out, pgno)
			return nil
		case pageInteriorTable:
		default:
			return errPageFormat
		}
		ptrs, n, err := t.cells(pgno, pg, 12)
		if err != nil {
			return err
		}
		// Each cell is its left child's page and a key; the right-most
		// child comes last. The children are read before the next walk
		// fetches a page: the pager may reuse pg's memory.
		children := make([]uint32, 0, n+1)
		for i := range n {
			off := int(binary.BigEndian.Uint16(ptrs[2*i:]))
			if off+4 > len(pg) {
				return errPageFormat
			}
			children = append(children, binary.BigEndian.Uint32(pg[off:]))
		}
		children = append(children, binary.BigEndian.Uint32(header(pgno, pg)[8:12]))
		// Every child of a page is at the same depth: when the first is a
		// leaf, so are the others, which are not read here (rows reads
		// them, on its worker, and checks that each is a leaf).
		first, err := t.p.page(children[0])
		if err != nil {
			return err
		}
		if header(children[0], first)[0] == pageLeafTable {
			for _, c := range children {
				if visited++; visited > t.pages || c == 0 || c > t.pages {
					return errPageFormat
				}
			}
			out = append(out, children...)
			return nil
		}
		for _, c := range children {
			if err := walk(c, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(root, 0); err != nil {
		return nil, err
	}
	return out, nil
}

// rows gives each row of a leaf page, in order, to fn: its rowid and its
// record (in buf, for a row that goes on in overflow pages). The record is
// valid only during the call.
func (t *btree) rows(pgno uint32, buf *[]byte, fn func(rowid int64, record []byte) error) error {
	pg, err := t.p.page(pgno)
	if err != nil {
		return err
	}
	if header(pgno, pg)[0] != pageLeafTable {
		return errPageFormat
	}
	ptrs, n, err := t.cells(pgno, pg, 8)
	if err != nil {
		return err
	}
	u := t.usable
	maxLocal := u - 35
	minLocal := (u-12)*32/255 - 23
	for i := range n {
		off := int(binary.BigEndian.Uint16(ptrs[2*i:]))
		if off >= t.usable || off >= len(pg) {
			return errPageFormat
		}
		cell := pg[off:t.usable]
		size, k := uvarint(cell)
		if k == 0 || size > math.MaxInt32 {
			return errPageFormat
		}
		cell = cell[k:]
		rowid, k := uvarint(cell)
		if k == 0 {
			return errPageFormat
		}
		cell = cell[k:]
		p := int(size)
		if p <= maxLocal {
			if p > len(cell) {
				return errPageFormat
			}
			if err := fn(int64(rowid), cell[:p]); err != nil {
				return err
			}
			continue
		}
		local := minLocal + (p-minLocal)%(u-4)
		if local > maxLocal {
			local = minLocal
		}
		if local+4 > len(cell) {
			return errPageFormat
		}
		rec := append((*buf)[:0], cell[:local]...)
		next := binary.BigEndian.Uint32(cell[local:])
		// The overflow chain: each page the next page's number, then as
		// much of the record as fits.
		for len(rec) < p {
			if next == 0 || next > t.pages {
				return errPageFormat
			}
			ov, err := t.p.page(next)
			if err != nil {
				return err
			}
			if len(ov) < u {
				return errPageFormat
			}
			next = binary.BigEndian.Uint32(ov)
			rec = append(rec, ov[4:min(u, 4+p-len(rec))]...)
		}
		*buf = rec
		if err := fn(int64(rowid), rec); err != nil {
			return err
		}
	}
	return nil
}

// uvarint reads SQLite's variable-length integer (big-endian, seven bits
// a byte, the ninth byte whole); 0 bytes read for none.
func uvarint(b []byte) (uint64, int) {
	var v uint64
	for i := 0; i < 9 && i < len(b); i++ {
		if i == 8 {
			return v<<8 | uint64(b[i]), 9
		}
		v = v<<7 | uint64(b[i]&0x7f)
		if b[i] < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}

// decodeRecord reads a record's first len(v) columns into v, and returns
// how many it holds of them: a row stored before a column was added ends
// before it (its value is the column's default). The texts and blobs
// point into record: they are valid only as long as it is, and must be
// copied to be kept.
func decodeRecord(record []byte, v []cell) (int, error) {
	hlen, k := uvarint(record)
	if k == 0 || hlen > uint64(len(record)) || int(hlen) < k {
		return 0, errPageFormat
	}
	head, body := record[k:hlen], record[hlen:]
	for i := range v {
		if len(head) == 0 {
			return i, nil
		}
		st, k := uvarint(head)
		if k == 0 {
			return 0, errPageFormat
		}
		head = head[k:]
		var n int
		switch {
		case st == 0:
			v[i] = cell{}
			continue
		case st == 8 || st == 9:
			v[i] = cell{kind: cellInt, i: int64(st - 8)}
			continue
		case st >= 1 && st <= 6:
			n = [...]int{0, 1, 2, 3, 4, 6, 8}[st]
		case st == 7:
			n = 8
		case st >= 12 && st <= math.MaxInt32:
			n = int(st-12) / 2
		default:
			return 0, errPageFormat
		}
		if n > len(body) {
			return 0, errPageFormat
		}
		b := body[:n:n]
		body = body[n:]
		switch {
		case st <= 6:
			x := int64(int8(b[0])) // sign-extended from the first byte
			for _, c := range b[1:] {
				x = x<<8 | int64(c)
			}
			v[i] = cell{kind: cellInt, i: x}
		case st == 7:
			v[i] = cell{kind: cellReal, f: math.Float64frombits(binary.BigEndian.Uint64(b))}
		case st%2 == 0:
			v[i] = cell{kind: cellBlob, b: b}
		default:
			v[i] = cell{kind: cellText, b: b}
		}
	}
	return len(v), nil
}

// literal reads a column's default as pragma_table_info gives it, when it
// is a plain integer, string or NULL: the value of the column in a row
// stored before the column was added.
func literal(sql string) (cell, bool) {
	switch {
	case strings.EqualFold(sql, "NULL"):
		return cell{}, true
	case len(sql) >= 2 && sql[0] == '\'' && sql[len(sql)-1] == '\'':
		inner := sql[1 : len(sql)-1]
		if strings.Contains(strings.ReplaceAll(inner, "''", ""), "'") {
			return cell{}, false
		}
		return cell{kind: cellText, b: []byte(strings.ReplaceAll(inner, "''", "'"))}, true
	}
	n, err := strconv.ParseInt(sql, 10, 64)
	if err != nil {
		return cell{}, false
	}
	return cell{kind: cellInt, i: n}, true
}

// realAffinity reports whether a column of this declared type has REAL
// affinity (https://www.sqlite.org/datatype3.html, section 3.1): SQLite
// stores a whole number in it as an integer and reads it as a real.
func realAffinity(declared string) bool {
	t := strings.ToUpper(declared)
	if strings.Contains(t, "INT") || strings.Contains(t, "CHAR") || strings.Contains(t, "CLOB") || strings.Contains(t, "TEXT") || strings.Contains(t, "BLOB") || t == "" {
		return false
	}
	return strings.Contains(t, "REAL") || strings.Contains(t, "FLOA") || strings.Contains(t, "DOUB")
}

// asReal reads a value of a column of REAL affinity as the engine does.
func asReal(c cell) cell {
	if c.kind == cellInt {
		return cell{kind: cellReal, f: float64(c.i)}
	}
	return c
}

// sqliteHeader reads what the audit needs of the database file's header
// (page 1): the page size and the bytes reserved at each page's end, and
// that its text is UTF-8.
func sqliteHeader(page1 []byte) (pageSize, usable int, err error) {
	if len(page1) < 100 || string(page1[:16]) != "SQLite format 3\x00" {
		return 0, 0, errPageFormat
	}
	pageSize = int(binary.BigEndian.Uint16(page1[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	if pageSize < 512 || pageSize&(pageSize-1) != 0 {
		return 0, 0, errPageFormat
	}
	usable = pageSize - int(page1[20])
	if usable < 480 {
		return 0, 0, errPageFormat
	}
	if enc := binary.BigEndian.Uint32(page1[56:60]); enc != 1 {
		return 0, 0, fmt.Errorf("%w: the text is not UTF-8 (encoding %d)", errPageFormat, enc)
	}
	return pageSize, usable, nil
}
