package production

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"os"
	"slices"
	"time"

	"github.com/writ-project/writ/internal/source"
)

// A production's access log is never held: the entries go from the source
// through a logSelector, which keeps those inside the windows and gives
// them back in time order, each once, and from there straight into the CSV
// and the summary's counts. Sorting is the one step that must see every
// entry before it can give the first back, so it is an external merge
// sort: the selector sorts logRun entries at a time in memory and writes
// each sorted run to a file in a work folder; the runs are then merged.
// Memory is the same for a thousand entries and for a billion; a log in
// time order, as platforms write them, costs one write and one read of
// about 25 bytes an entry.

// logRun is how many entries the selector sorts in memory at a time (about
// 15 MiB of them), and logFanIn how many runs it merges at once (each with
// a read buffer of logRunBuffer bytes). Tests make them tiny.
var (
	logRun       = 1 << 18
	logFanIn     = 64
	logRunBuffer = 64 << 10
)

// logRec is an entry as the selector keeps it: the instant, the address
// and the port, which together make an entry (the source's reference is
// not produced), and its place among the entries of its run.
type logRec struct {
	sec  int64
	nsec int32
	port int
	ip   netip.Addr
	seq  int
}

func (r logRec) entry() source.LogEntry {
	return source.LogEntry{Time: time.Unix(r.sec, int64(r.nsec)).UTC(), IP: r.ip, Port: r.port}
}

func compareTime(a, b logRec) int {
	if c := cmp.Compare(a.sec, b.sec); c != 0 {
		return c
	}
	return cmp.Compare(a.nsec, b.nsec)
}

// logSelector keeps an account's entries inside the windows, in any number.
type logSelector struct {
	windows []Window
	// work makes the folder the runs are written to, when the first one is.
	work    func() (string, error)
	dir     string
	buf     []logRec
	runs    []string
	outside int
}

// add takes the next entry in the source's order.
func (s *logSelector) add(e source.LogEntry) error {
	if !inAny(s.windows, e.Time) {
		s.outside++
		return nil
	}
	if s.buf == nil {
		s.buf = make([]logRec, 0, min(logRun, 1024))
	}
	s.buf = append(s.buf, logRec{sec: e.Time.Unix(), nsec: int32(e.Time.Nanosecond()), port: e.Port, ip: e.IP, seq: len(s.buf)})
	if len(s.buf) >= logRun {
		return s.spill()
	}
	return nil
}

// sortRun puts a run in time order, entries at the same instant in the
// source's order (seq is unique within a run, so the order is total and
// the same on every run of writ).
func sortRun(rs []logRec) {
	less := func(a, b logRec) int {
		if c := compareTime(a, b); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	}
	if !slices.IsSortedFunc(rs, less) {
		slices.SortFunc(rs, less)
	}
}

// spill writes the entries held, sorted, as a run.
func (s *logSelector) spill() error {
	sortRun(s.buf)
	if s.dir == "" {
		dir, err := s.work()
		if err != nil {
			return err
		}
		s.dir = dir
	}
	path, err := writeRun(s.dir, func(w *runWriter) error {
		for _, r := range s.buf {
			if err := w.write(r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	s.runs = append(s.runs, path)
	s.buf = s.buf[:0]
	return nil
}

// each gives the entries inside the windows to fn in time order, entries at
// the same instant in the source's order, each once: an entry with the same
// instant, address and port as one given before is a duplicate (windows
// that overlap, or a source that repeats itself), counted and not given.
func (s *logSelector) each(fn func(source.LogEntry) error) (duplicates int, err error) {
	sortRun(s.buf)
	// Merge the runs on disk, logFanIn at a time, until one pass merges
	// them all with the entries held. Runs are kept in the source's order,
	// and a merge of several stays in their place, so that the order of
	// entries at the same instant is the source's.
	for len(s.runs)+1 > logFanIn {
		k := logFanIn
		path, err := writeRun(s.dir, func(w *runWriter) error {
			return mergeRuns(s.runs[:k], nil, w.write)
		})
		if err != nil {
			return 0, err
		}
		for _, p := range s.runs[:k] {
			os.Remove(p)
		}
		s.runs = append([]string{path}, s.runs[k:]...)
	}
	var last logRec
	var same []logRec // the entries given at last's instant
	first := true
	err = mergeRuns(s.runs, s.buf, func(r logRec) error {
		if first || compareTime(r, last) != 0 {
			first, last, same = false, r, same[:0]
		} else if slices.ContainsFunc(same, func(x logRec) bool { return x.ip == r.ip && x.port == r.port }) {
			duplicates++
			return nil
		}
		same = append(same, r)
		return fn(r.entry())
	})
	return duplicates, err
}

// close removes the runs.
func (s *logSelector) close() {
	if s.dir != "" {
		os.RemoveAll(s.dir)
	}
}

// runWriter writes a run: each entry as its seconds and nanoseconds (8 and
// 4 bytes), its port (a varint) and its address (a length and the bytes of
// netip.Addr's binary form, zone included).
type runWriter struct {
	w   *bufio.Writer
	tmp []byte
}

func (w *runWriter) write(r logRec) error {
	b := binary.LittleEndian.AppendUint64(w.tmp[:0], uint64(r.sec))
	b = binary.LittleEndian.AppendUint32(b, uint32(r.nsec))
	b = binary.AppendVarint(b, int64(r.port))
	ip, err := r.ip.MarshalBinary()
	if err != nil || len(ip) > 255 {
		return fmt.Errorf("an address cannot be kept for sorting: %v", err)
	}
	b = append(b, byte(len(ip)))
	b = append(b, ip...)
	w.tmp = b
	_, err = w.w.Write(b)
	return err
}

// writeRun writes a run file in dir with fill and returns its path.
func writeRun(dir string, fill func(*runWriter) error) (string, error) {
	f, err := os.CreateTemp(dir, "run-")
	if err != nil {
		return "", err
	}
	w := &runWriter{w: bufio.NewWriterSize(f, logRunBuffer)}
	err = fill(w)
	if err == nil {
		err = w.w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// runReader reads a run back.
type runReader struct {
	f    *os.File
	r    *bufio.Reader
	ip   [255]byte
	next logRec
}

func (rr *runReader) read() (bool, error) {
	var head [12]byte
	if _, err := io.ReadFull(rr.r, head[:]); err != nil {
		if errors.Is(err, io.EOF) {
			return false, nil
		}
		return false, err
	}
	port, err := binary.ReadVarint(rr.r)
	if err != nil {
		return false, err
	}
	n, err := rr.r.ReadByte()
	if err != nil {
		return false, err
	}
	if _, err := io.ReadFull(rr.r, rr.ip[:n]); err != nil {
		return false, err
	}
	var ip netip.Addr
	if err := ip.UnmarshalBinary(rr.ip[:n]); err != nil {
		return false, err
	}
	rr.next = logRec{sec: int64(binary.LittleEndian.Uint64(head[:8])), nsec: int32(binary.LittleEndian.Uint32(head[8:])), port: int(port), ip: ip}
	return true, nil
}

// mergeRuns gives fn the entries of the runs, then of held (a last run, in
// memory), in time order; at the same instant, the entries of an earlier
// run first, and those of one run in its order.
func mergeRuns(paths []string, held []logRec, fn func(logRec) error) error {
	type head struct {
		r   logRec
		src int // the run's place: its index, len(paths) for held
	}
	var readers []*runReader
	defer func() {
		for _, rr := range readers {
			rr.f.Close()
		}
	}()
	var heap []head
	less := func(a, b head) bool {
		if c := compareTime(a.r, b.r); c != 0 {
			return c < 0
		}
		return a.src < b.src
	}
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= len(heap) {
				return
			}
			m := l
			if r := l + 1; r < len(heap) && less(heap[r], heap[l]) {
				m = r
			}
			if !less(heap[m], heap[i]) {
				return
			}
			heap[i], heap[m] = heap[m], heap[i]
			i = m
		}
	}
	up := func(i int) {
		for i > 0 {
			p := (i - 1) / 2
			if !less(heap[i], heap[p]) {
				return
			}
			heap[i], heap[p] = heap[p], heap[i]
			i = p
		}
	}
	for i, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		rr := &runReader{f: f, r: bufio.NewReaderSize(f, logRunBuffer)}
		readers = append(readers, rr)
		ok, err := rr.read()
		if err != nil {
			return fmt.Errorf("read back a sorted run: %w", err)
		}
		if ok {
			heap = append(heap, head{rr.next, i})
			up(len(heap) - 1)
		}
	}
	hi := 0
	if len(held) > 0 {
		heap = append(heap, head{held[0], len(paths)})
		up(len(heap) - 1)
		hi = 1
	}
	for len(heap) > 0 {
		h := heap[0]
		if err := fn(h.r); err != nil {
			return err
		}
		var ok bool
		if h.src == len(paths) {
			if ok = hi < len(held); ok {
				heap[0].r = held[hi]
				hi++
			}
		} else {
			rr := readers[h.src]
			var err error
			if ok, err = rr.read(); err != nil {
				return fmt.Errorf("read back a sorted run: %w", err)
			}
			if ok {
				heap[0].r = rr.next
			}
		}
		if !ok {
			heap[0] = heap[len(heap)-1]
			heap = heap[:len(heap)-1]
		}
		down(0)
	}
	return nil
}
