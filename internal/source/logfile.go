package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/order"
)

// LogFormat says how an access-log file is written: JSON Lines (one object
// a line) or CSV with a header row, and the names of the fields (JSON) or
// columns (CSV) that hold each entry's time, account id, IP address and
// source port.
type LogFormat struct {
	// Kind is "jsonl" or "csv"; empty means "csv" for a file named *.csv or
	// *.csv.gz and "jsonl" for anything else.
	Kind string
	// Time, Account, IP and Port name the fields; empty means "ts",
	// "account", "ip" and "port". A log without ports simply lacks the
	// field: the entries then have port 0.
	Time, Account, IP, Port string
}

// LogFile is an access log in one file or in several (a glob), as large as
// a platform writes them: JSONL or CSV, plain or gzip-compressed (told by
// the file's first bytes, not its name).
//
// A scan reads the log once, in constant memory, and looks only at the lines
// that hold the account's id: it finds them with a vector search for the id
// before parsing anything (see logNeedle), and only those candidate lines
// are parsed in full and checked — the id must be the account field's
// value, not merely appear in the line (a path, a referrer). A line is
// emitted only when its time is inside one of the query's windows.
//
// What counts as corrupt. Parsing every line of a log of billions of lines
// would make the scan many times slower, so only candidate lines are
// validated: a candidate line is corrupt when it is not one JSON object
// (JSONL) or has broken quoting or the wrong number of fields (CSV); when
// it has no account field (it may be the account's); and, when it is the
// account's, when its time (RFC 3339 with a zone, with or without a
// fraction), IP address (IPv4 or IPv6) or port is missing or unreadable.
// Every line of the account is validated, inside the windows or not. A line
// that does not hold the id at all cannot be the account's, and is not
// read, so its corruption is not seen — with one exception: a line longer
// than the read buffer (1 MiB) is reported as corrupt wherever it is,
// because the id could hide in it. A candidate line of another account is
// not checked further. Corrupt lines are counted, listed with file and line
// number (up to MaxCorruptListed), and do not stop the scan; the problem
// never quotes the line, which may be another person's.
//
// A damaged file (a gzip stream that ends early or fails its checksum, a
// read error, a CSV file without the needed columns) stops the scan with an
// error: the rest of that file cannot be read, and a production must not
// pretend otherwise.
//
// Lines are numbered from 1 in each file, counting the CSV header. A JSONL
// record must be on one line, and so must a CSV record (a quoted field may
// hold commas and doubled quotes, not line breaks).
type LogFile struct {
	pattern string
	files   []string
	total   int64
	format  LogFormat
	tune    logTuning
}

// logTuning sets the sizes of a scan; tests make them tiny to exercise every
// boundary.
type logTuning struct {
	// region is how much of a plain file one worker takes at a time.
	region int64
	// block is how much a worker reads at a time, and so the longest line.
	block int
	// workers scan regions (or whole gzip files) in parallel; 0 means one
	// per CPU, up to 8.
	workers int
	// copy reads plain files with pread even where they could be mapped.
	copy bool
}

// logMap and logUnmap, where the system has them, map a part of a file into
// memory (logfile_mmap.go).
var (
	logMap   func(f *os.File, off int64, n int) ([]byte, error)
	logUnmap func([]byte)
)

var logDefaultTuning = logTuning{region: 32 << 20, block: 1 << 20}

// logProgressEvery is how often, in bytes of the files, Progress is called.
const logProgressEvery = 64 << 20

// OpenLogFile opens an access log: one file, or every file a glob matches
// (path/filepath.Match syntax; a file whose own name looks like a glob is
// taken as it is), read in the lexical order of their names.
// It fails with fault.NotFound when no file is there and fault.Invalid when
// the format is not understood.
func OpenLogFile(path string, format LogFormat) (*LogFile, error) {
	var names []string
	if st, err := os.Stat(path); (err != nil || !st.Mode().IsRegular()) && strings.ContainsAny(path, "*?[") {
		m, err := filepath.Glob(path)
		if err != nil {
			return nil, fault.Wrap(fault.Invalid, err, "access log %q is not a valid glob", path)
		}
		for _, name := range m {
			if st, err := os.Stat(name); err == nil && st.Mode().IsRegular() {
				names = append(names, name)
			}
		}
		if len(names) == 0 {
			return nil, fault.Errorf(fault.NotFound, "no access-log file matches %q", path)
		}
	} else {
		st, err := os.Stat(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, fault.Wrap(fault.NotFound, err, "access log %q does not exist", path)
		case err != nil:
			return nil, fault.Wrap(fault.Internal, err, "cannot read access log %q", path)
		case !st.Mode().IsRegular():
			return nil, fault.Errorf(fault.Invalid, "access log %q is not a file; name a file or a glob such as %q", path, filepath.Join(path, "*.jsonl.gz"))
		}
		names = []string{path}
	}
	l := &LogFile{pattern: path, files: names, tune: logDefaultTuning}
	for _, name := range names {
		st, err := os.Stat(name)
		if err != nil {
			return nil, fault.Wrap(fault.Internal, err, "cannot read access log %q", name)
		}
		l.total += st.Size()
	}
	f, err := format.withDefaults(path)
	if err != nil {
		return nil, err
	}
	l.format = f
	return l, nil
}

func (f LogFormat) withDefaults(path string) (LogFormat, error) {
	if f.Kind == "" {
		f.Kind = "jsonl"
		if strings.HasSuffix(strings.TrimSuffix(strings.ToLower(path), ".gz"), ".csv") {
			f.Kind = "csv"
		}
	}
	if f.Kind != "jsonl" && f.Kind != "csv" {
		return f, &fault.Error{Code: fault.Invalid, Field: "format", Message: fmt.Sprintf("access-log format %q is not jsonl or csv", f.Kind)}
	}
	for _, d := range []struct {
		v   *string
		def string
	}{{&f.Time, "ts"}, {&f.Account, "account"}, {&f.IP, "ip"}, {&f.Port, "port"}} {
		if *d.v == "" {
			*d.v = d.def
		}
	}
	return f, nil
}

// Files returns the files of the log, in the order a scan reads them.
func (l *LogFile) Files() []string { return append([]string(nil), l.files...) }

// Scan calls emit for each entry of the account inside any of the windows,
// in the order of the files and lines, and returns what it saw. emit and
// q.Progress are called from the goroutine that called Scan, never
// concurrently. An error from emit stops the scan and is returned as it is;
// so is ctx's error when ctx ends first (checked at each block read). The
// stats are those of the lines read until then.
//
// Stats: Bytes and Lines are those of the log (uncompressed), Matched the
// entries emitted, CorruptLines and Corrupt as LogFile says.
func (l *LogFile) Scan(ctx context.Context, q LogQuery, emit func(LogEntry) error) (LogStats, error) {
	if err := logCheckQuery(q); err != nil {
		return LogStats{}, err
	}
	// A scan asked for after its caller gave up does not start: a small
	// file could otherwise be read to the end before any check.
	if err := ctx.Err(); err != nil {
		return LogStats{}, err
	}
	s := &logScan{
		l:       l,
		q:       q,
		emit:    emit,
		reader:  logLineReader{format: l.format, accountID: q.AccountID},
		workers: l.tune.workers,
	}
	if s.workers <= 0 {
		// Past a few cores the scan waits on memory, not on the CPU,
		// and each worker maps a region: more would only take memory.
		s.workers = min(runtime.GOMAXPROCS(0), 8)
	}
	freq, err := l.sample()
	if err != nil {
		return LogStats{}, err
	}
	for _, text := range logNeedles(l.format.Kind, q.AccountID) {
		s.finder.needles = append(s.finder.needles, newLogNeedle(text, freq))
	}
	return s.run(ctx)
}

func logCheckQuery(q LogQuery) error {
	if q.AccountID == "" {
		return &fault.Error{Code: fault.Invalid, Field: "account", Message: "an access-log query needs an account id"}
	}
	if strings.ContainsAny(q.AccountID, "\n\r") {
		return &fault.Error{Code: fault.Invalid, Field: "account", Message: "an account id cannot hold a line break"}
	}
	if len(q.Windows) == 0 {
		return &fault.Error{Code: fault.Invalid, Field: "windows", Message: "an access-log query needs at least one window"}
	}
	for i, w := range q.Windows {
		if w.From.IsZero() || w.To.IsZero() || w.To.Before(w.From) {
			return &fault.Error{Code: fault.Invalid, Field: fmt.Sprintf("windows[%d]", i),
				Message: "a window needs a start and an end no earlier than the start"}
		}
	}
	return nil
}

// sample counts the bytes at the start of the first file, to choose the
// rarest bytes of the needles.
func (l *LogFile) sample() (*logByteFreq, error) {
	var freq logByteFreq
	f, err := os.Open(l.files[0])
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "cannot read access log %q", l.files[0])
	}
	defer f.Close()
	r, err := logDecompress(f)
	if err != nil {
		return nil, fault.Wrap(fault.Invalid, err, "access log %q: the file is damaged", l.files[0])
	}
	buf := make([]byte, 256<<10)
	n, _ := io.ReadFull(r, buf)
	for _, c := range buf[:n] {
		freq[c]++
	}
	return &freq, nil
}

// logDecompress returns a reader of the file's text: through gzip when the
// file starts with gzip's magic bytes, else the file itself.
func logDecompress(f *os.File) (io.Reader, error) {
	var magic [2]byte
	n, err := f.ReadAt(magic[:], 0)
	if err != nil && err != io.EOF {
		return nil, err
	}
	if n == 2 && magic == [2]byte{0x1f, 0x8b} {
		return gzip.NewReader(f)
	}
	return f, nil
}

// logSource is a LogFile standing as a Source: it holds access logs only.
type logSource struct{ *LogFile }

// OpenLogSource opens an access log (as OpenLogFile) as a Source. Its
// Resolve and Records fail with fault.Invalid: a log file holds access logs
// only, so targets and records must come from another source.
func OpenLogSource(path string, format LogFormat) (Source, error) {
	l, err := OpenLogFile(path, format)
	if err != nil {
		return nil, err
	}
	return logSource{l}, nil
}

func (s logSource) Resolve(context.Context, order.Target) (Resolution, error) {
	return Resolution{}, fault.Errorf(fault.Invalid, "%s is an access log: it holds access-log entries only and cannot resolve a target; use the platform's records for that", s.pattern)
}

func (s logSource) Records(context.Context, string, []order.Category) ([]Record, error) {
	return nil, fault.Errorf(fault.Invalid, "%s is an access log: it holds access-log entries only, not the records of an account", s.pattern)
}

func (s logSource) AccessLog(ctx context.Context, q LogQuery, emit func(LogEntry) error) (LogStats, error) {
	return s.Scan(ctx, q, emit)
}

func (s logSource) Close() error { return nil }

// logScan is one pass over a log. Its shape:
//
//   - a producer goroutine opens the files in order and cuts them into jobs:
//     a plain file into regions of tune.region bytes (a region owns the lines
//     that start in it), a gzip file into one job, since a gzip stream can
//     only be read from its start;
//   - tune.workers goroutines each take the next job and read it a block at
//     a time — a plain file's region mapped into memory where the system
//     can (doMapped), else copied into the worker's buffer (do) — find the
//     candidate lines, read them, and send what they found on the job's
//     channel;
//   - the calling goroutine takes the jobs in order, and their parts in
//     order, numbers the lines, emits the entries and lists the corrupt
//     lines.
//
// Memory is bounded whatever the size of the log: each worker has one
// buffer and maps at most one region (plus a block) at a time, the producer
// runs at most two jobs per worker ahead of the caller, and a job's channel
// holds at most four parts of at most logPartFlush entries. On two cores
// the two workers scan at about the speed of memory.
type logScan struct {
	l       *LogFile
	q       LogQuery
	emit    func(LogEntry) error
	reader  logLineReader
	finder  logFinder
	workers int
}

// logOpen is a file being scanned, closed when its last job is done.
type logOpen struct {
	name string
	f    *os.File
	size int64
	gzip bool
	// cols are a plain CSV file's columns (read by the producer); a gzip
	// CSV file's are read by its job.
	cols logColumns
	// dataStart is where the lines after a plain CSV file's header start.
	dataStart int64
	refs      atomic.Int32
}

func (o *logOpen) release() {
	if o.refs.Add(-1) == 0 {
		o.f.Close()
	}
}

// logJob is a region of a plain file or a whole gzip file.
type logJob struct {
	file *logOpen
	// start and end bound the region: its lines are those starting at an
	// offset in [start, end).
	start, end int64
	// first marks the first job of a file, after headerLines lines of
	// headerSize bytes that the producer read (a plain CSV file's header).
	first                   bool
	headerLines, headerSize int64
	out                     chan logPart
	// err, when set, is an error of the producer, in its place in the order.
	err error
}

// logPart is what a worker found in some blocks of a job, with lines
// numbered from the part's start: its lines and their size, the bytes of
// the file they account for (disk: compressed for gzip), the entries inside
// the windows and the corrupt lines.
type logPart struct {
	lines, size, disk int64
	entries           []logFound
	corrupt           []logFound
	corruptN          int64
	err               error
}

type logFound struct {
	line    int64
	entry   LogEntry
	problem string
}

func (s *logScan) run(ctx context.Context) (LogStats, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	queue := make(chan *logJob, 2*s.workers)
	work := make(chan *logJob)
	var wg sync.WaitGroup
	wg.Add(1 + s.workers)
	go func() {
		defer wg.Done()
		defer close(queue)
		defer close(work)
		s.produce(ctx, queue, work)
	}()
	for range s.workers {
		go func() {
			defer wg.Done()
			// A mapped file cut short while it is read faults on the
			// missing pages; the fault becomes an error of its job.
			debug.SetPanicOnFault(true)
			w := &logWorker{s: s, buf: make([]byte, s.l.tune.block)}
			for j := range work {
				w.do(ctx, j)
				close(j.out)
				j.file.release()
			}
		}()
	}
	stats, err := s.collect(ctx, queue)
	cancel()
	wg.Wait()
	return stats, err
}

// produce cuts the files into jobs and hands each to the caller (on queue,
// in order) and to a worker.
func (s *logScan) produce(ctx context.Context, queue, work chan<- *logJob) {
	send := func(j *logJob) bool {
		select {
		case queue <- j:
		case <-ctx.Done():
			return false
		}
		if j.err != nil {
			return false
		}
		select {
		case work <- j:
			return true
		case <-ctx.Done():
			// The caller holds the job but no worker will: finish it here.
			close(j.out)
			j.file.release()
			return false
		}
	}
	for _, name := range s.l.files {
		o, err := s.open(name)
		if err != nil {
			send(&logJob{err: err})
			return
		}
		o.refs.Store(1) // the producer's own, until the file's jobs are out
		var jobs []*logJob
		if o.gzip {
			jobs = append(jobs, &logJob{start: 0, end: -1})
		} else {
			for at := o.dataStart; at < o.size || at == o.dataStart; at += s.l.tune.region {
				jobs = append(jobs, &logJob{start: at, end: min(at+s.l.tune.region, o.size)})
			}
		}
		jobs[0].first = true
		if !o.gzip && s.l.format.Kind == "csv" {
			jobs[0].headerLines, jobs[0].headerSize = 1, o.dataStart
		}
		for _, j := range jobs {
			j.file = o
			j.out = make(chan logPart, 4)
			o.refs.Add(1)
			if !send(j) {
				o.release()
				return
			}
		}
		o.release()
	}
}

// open opens a file, tells whether it is gzip, and reads a plain CSV file's
// header.
func (s *logScan) open(name string) (*logOpen, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "cannot read access log %q", name)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fault.Wrap(fault.Internal, err, "cannot read access log %q", name)
	}
	o := &logOpen{name: name, f: f, size: st.Size()}
	var magic [2]byte
	if n, _ := f.ReadAt(magic[:], 0); n == 2 && magic == [2]byte{0x1f, 0x8b} {
		o.gzip = true
		return o, nil
	}
	if s.l.format.Kind == "csv" {
		head := make([]byte, min(int64(s.l.tune.block), o.size))
		n, err := f.ReadAt(head, 0)
		if err != nil && err != io.EOF {
			f.Close()
			return nil, fault.Wrap(fault.Internal, err, "cannot read access log %q", name)
		}
		head = head[:n]
		if i := bytes.IndexByte(head, '\n'); i >= 0 {
			head = head[:i+1]
		} else if int64(n) < o.size {
			f.Close()
			return nil, fault.Errorf(fault.Invalid, "access log %q: its header row is longer than %d bytes", name, s.l.tune.block)
		}
		o.dataStart = int64(len(head))
		o.cols, err = logHeader(bytes.TrimRight(head, "\n"), s.l.format)
		if err != nil {
			f.Close()
			return nil, fault.Wrap(fault.Invalid, err, "access log %q: %v", name, err)
		}
	}
	return o, nil
}

// collect takes the jobs' parts in order, numbers their lines, and emits.
func (s *logScan) collect(ctx context.Context, queue <-chan *logJob) (LogStats, error) {
	var stats LogStats
	var disk, lines, nextProgress int64 = 0, 0, logProgressEvery
	progress := func() {
		if s.q.Progress != nil {
			s.q.Progress(Progress{Bytes: disk, Total: s.l.total, Lines: stats.Lines, Matched: stats.Matched})
		}
	}
	for {
		var j *logJob
		var ok bool
		select {
		case j, ok = <-queue:
		case <-ctx.Done():
			return stats, ctx.Err()
		}
		if !ok {
			break
		}
		if j.err != nil {
			return stats, j.err
		}
		if j.first {
			lines = j.headerLines
			stats.Lines += j.headerLines
			stats.Bytes += j.headerSize
			disk += j.headerSize
		}
		for p := range j.out {
			if p.err != nil {
				return stats, logFileError(j.file.name, lines+p.lines, p.err)
			}
			for _, c := range p.corrupt {
				if len(stats.Corrupt) < MaxCorruptListed {
					stats.Corrupt = append(stats.Corrupt, Corrupt{File: j.file.name, Line: lines + c.line, Problem: c.problem})
				}
			}
			stats.CorruptLines += p.corruptN
			for _, f := range p.entries {
				if err := ctx.Err(); err != nil {
					return stats, err
				}
				f.entry.Ref = j.file.name + ":" + strconv.FormatInt(lines+f.line, 10)
				if err := s.emit(f.entry); err != nil {
					return stats, err
				}
				stats.Matched++
			}
			lines += p.lines
			stats.Lines += p.lines
			stats.Bytes += p.size
			disk += p.disk
			if disk >= nextProgress {
				progress()
				nextProgress = (disk/logProgressEvery + 1) * logProgressEvery
			}
		}
		if err := ctx.Err(); err != nil {
			return stats, err
		}
	}
	progress()
	return stats, nil
}

// logFileError says which file failed and after which line.
func logFileError(name string, line int64, err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	var fe *fault.Error
	if errors.As(err, &fe) {
		return fault.Wrap(fe.Code, err, "access log %q, after line %d: %s", name, line, fe.Message)
	}
	return fault.Wrap(fault.Invalid, err, "access log %q is damaged after line %d: %v", name, line, err)
}

// logWorker reads jobs into its buffer and scans them.
type logWorker struct {
	s    *logScan
	buf  []byte
	cols logColumns
	gzip bool
	part logPart
	// skipping says the line being read is too long for the buffer and is
	// skipped up to its end.
	skipping bool
}

// do reads one job: a plain file's region mapped (doMapped) where it can,
// else a block at a time into buf, which holds the file's (or the gzip
// stream's) bytes from offset at, the first fill of them read, with the
// next line starting at buf[lo]. It sends the scan of the region's whole
// lines, in parts, on j.out.
func (w *logWorker) do(ctx context.Context, j *logJob) {
	w.cols = j.file.cols
	w.gzip = j.file.gzip
	w.skipping = false
	w.part = logPart{}
	if !j.file.gzip && logMap != nil && !w.s.l.tune.copy && w.doMapped(ctx, j) {
		return
	}
	var read func(p []byte, off int64) (int, error)
	end := j.end
	var compressed *logCountReader
	if j.file.gzip {
		end = 1<<63 - 1
		compressed = &logCountReader{r: j.file.f}
		var zr *gzip.Reader
		read = func(p []byte, _ int64) (int, error) {
			if zr == nil {
				var err error
				if zr, err = gzip.NewReader(compressed); err != nil {
					return 0, err
				}
			}
			// Fill p, as ReadAt does; a stream that ends early is an
			// error (io.ErrUnexpectedEOF), only its proper end is io.EOF.
			n := 0
			for n < len(p) {
				m, err := zr.Read(p[n:])
				n += m
				if err != nil {
					return n, err
				}
			}
			return n, nil
		}
	} else {
		read = j.file.f.ReadAt
	}
	var at int64 = j.start
	lo, fill := 0, 0
	// A region after the first starts inside the line that ends the
	// previous region (or right after it): that line is the previous
	// region's, so the scan starts after the first line end at or after
	// start-1.
	seek := j.start > j.file.dataStart
	if seek {
		at--
	}
	header := j.file.gzip && w.s.l.format.Kind == "csv"
	for {
		if err := ctx.Err(); err != nil {
			return
		}
		if lo == fill {
			at += int64(fill)
			lo, fill = 0, 0
		} else if lo > 0 {
			copy(w.buf, w.buf[lo:fill])
			at += int64(lo)
			fill -= lo
			lo = 0
		}
		n, err := read(w.buf[fill:], at+int64(fill))
		eof := err == io.EOF
		if err != nil && !eof {
			if !j.file.gzip {
				// Not the log's fault: the disk's or the system's.
				err = fault.Wrap(fault.Internal, err, "cannot read the file: %v", err)
			}
			w.fail(ctx, j, err)
			return
		}
		fill += n
		if compressed != nil {
			w.part.disk += compressed.take()
		}
		if w.skipping {
			i := bytes.IndexByte(w.buf[:fill], '\n')
			w.part.size += int64(fill)
			if i < 0 {
				lo = fill
				if eof {
					w.send(ctx, j)
					return
				}
				continue
			}
			w.part.size -= int64(fill - i - 1)
			lo, w.skipping = i+1, false
		}
		if seek {
			// The first line end inside the region ([start-1, end-1]).
			lim := int(min(int64(fill), end-at))
			i := bytes.IndexByte(w.buf[lo:lim], '\n')
			if i < 0 {
				if lim < fill || eof || int64(fill) >= end-at {
					w.send(ctx, j) // no line starts in this region
					return
				}
				lo = fill
				continue
			}
			lo, seek = lo+i+1, false
		}
		if header {
			i := bytes.IndexByte(w.buf[lo:fill], '\n')
			if i < 0 && !eof {
				w.fail(ctx, j, fault.Errorf(fault.Invalid, "its header row is longer than %d bytes", len(w.buf)))
				return
			}
			if i < 0 {
				i = fill - lo
			}
			cols, err := logHeader(w.buf[lo:lo+i], w.s.l.format)
			if err != nil {
				w.fail(ctx, j, fault.Wrap(fault.Invalid, err, "%v", err))
				return
			}
			w.cols, header = cols, false
			w.part.lines++
			w.part.size += int64(min(i+1, fill-lo))
			lo = min(lo+i+1, fill)
		}
		if at+int64(lo) >= end {
			w.send(ctx, j) // the next line starts in the next region
			return
		}
		// The region's last line is the one holding byte end-1; when it
		// is in the buffer, the region ends with it.
		if last := end - 1 - at; last < int64(fill) {
			i := bytes.IndexByte(w.buf[last:fill], '\n')
			if i >= 0 || eof {
				stop := fill
				if i >= 0 {
					stop = int(last) + i + 1
				}
				w.scan(w.buf[lo:stop])
				w.send(ctx, j)
				return
			}
		}
		if eof {
			w.scan(w.buf[lo:fill])
			w.send(ctx, j)
			return
		}
		i := bytes.LastIndexByte(w.buf[lo:fill], '\n')
		if i >= 0 {
			w.scan(w.buf[lo : lo+i+1])
			lo += i + 1
		} else if lo == 0 && fill == len(w.buf) {
			// A line longer than the buffer: it cannot be read, and
			// the id could be in it, so it is corrupt.
			w.corrupt(w.part.lines+1, fmt.Sprintf("line longer than %d bytes: not read", len(w.buf)))
			w.part.lines++
			w.part.size += int64(fill)
			w.skipping = true
			lo = fill
		}
		// Parts are merged until they hold enough entries to be worth
		// sending: a worker on a later job must not wait on the caller,
		// which is still taking the parts of an earlier one.
		if len(w.part.entries)+len(w.part.corrupt) >= logPartFlush && !w.send(ctx, j) {
			return
		}
	}
}

// logPartFlush is how many entries and corrupt lines a worker gathers
// before it sends them; with a job's channel of four parts it bounds the
// memory a job holds while it waits for the caller.
const logPartFlush = 4096

// doMapped reads a plain file's region mapped into memory, with a margin of
// a block after it for its last line. It reports false, having done
// nothing, when the region cannot be mapped or its last line is longer
// than the margin: do then reads it with pread.
func (w *logWorker) doMapped(ctx context.Context, j *logJob) (done bool) {
	o := j.file
	from := j.start
	seek := j.start > o.dataStart
	if seek {
		from-- // see do
	}
	base := from &^ int64(os.Getpagesize()-1)
	limit := min(o.size, j.end+int64(len(w.buf)))
	if limit <= base {
		w.send(ctx, j)
		return true
	}
	data, err := logMap(o.f, base, int(limit-base))
	if err != nil {
		return false
	}
	defer logUnmap(data)
	defer func() {
		// The file was cut short while mapped (see run).
		if r := recover(); r != nil {
			w.part = logPart{err: fmt.Errorf("the file changed while it was read: %v", r)}
			w.send(ctx, j)
			done = true
		}
	}()
	lo := int(j.start - base)
	end := int(j.end - base)
	if seek {
		i := bytes.IndexByte(data[lo-1:end], '\n')
		if i < 0 {
			w.send(ctx, j) // no line starts in this region
			return true
		}
		lo += i
	}
	if lo >= end {
		w.send(ctx, j)
		return true
	}
	// The region ends with the line holding its last byte.
	stop := len(data)
	if i := bytes.IndexByte(data[end-1:], '\n'); i >= 0 {
		stop = end + i
	} else if limit < o.size {
		return false
	}
	block := len(w.buf)
	for lo < stop {
		if ctx.Err() != nil {
			return true
		}
		hi := min(lo+block, stop)
		if hi < stop {
			k := bytes.LastIndexByte(data[lo:hi], '\n')
			if k < 0 {
				// A line longer than a block, as in do.
				n := bytes.IndexByte(data[hi:stop], '\n')
				if n < 0 {
					n = stop - hi - 1 // the file's last line
				}
				w.corrupt(w.part.lines+1, fmt.Sprintf("line longer than %d bytes: not read", block))
				w.part.lines++
				w.part.size += int64(hi + n + 1 - lo)
				lo = hi + n + 1
				continue
			}
			hi = lo + k + 1
		}
		w.scan(data[lo:hi])
		lo = hi
		if len(w.part.entries)+len(w.part.corrupt) >= logPartFlush && !w.send(ctx, j) {
			return true
		}
	}
	w.send(ctx, j)
	return true
}

// send hands the part to the caller and starts a new one; it reports false
// when the scan is over.
func (w *logWorker) send(ctx context.Context, j *logJob) bool {
	if !w.gzip {
		// A plain file's regions partition it: the bytes of a part's
		// lines are the bytes of the file it accounts for.
		w.part.disk = w.part.size
	}
	select {
	case j.out <- w.part:
		w.part = logPart{}
		return true
	case <-ctx.Done():
		return false
	}
}

func (w *logWorker) fail(ctx context.Context, j *logJob, err error) {
	w.part.err = err
	w.send(ctx, j)
}

// scan finds the candidate lines of a block of whole lines, reads them, and
// counts the block's lines. This is the inner loop of a scan: the search
// and the line count run at memory speed, and nothing else touches the
// bytes of lines that do not hold the id.
func (w *logWorker) scan(b []byte) {
	counted := 0 // the line ends of b[:counted] are in w.part.lines
	for pos := 0; pos < len(b); {
		k, c, n := w.s.finder.next(b[pos:])
		w.part.lines += int64(n)
		counted = pos + c
		if k < 0 {
			break
		}
		k += pos
		start := bytes.LastIndexByte(b[:k], '\n') + 1
		end := bytes.IndexByte(b[k:], '\n')
		if end < 0 {
			end = len(b)
		} else {
			end += k
		}
		// b[start:k] holds no line end, so counting up to the line's
		// start or to counted, whichever is later, counts each once.
		if start > counted {
			w.part.lines += int64(bytes.Count(b[counted:start], []byte{'\n'}))
		}
		w.candidate(b[start:end], w.part.lines+1)
		if end < len(b) {
			w.part.lines++ // the line's own end
		}
		pos, counted = end+1, end+1
	}
	if counted < len(b) {
		w.part.lines += int64(bytes.Count(b[counted:], []byte{'\n'}))
	}
	if len(b) > 0 && b[len(b)-1] != '\n' {
		w.part.lines++ // the last line of a file, without a line end
	}
	w.part.size += int64(len(b))
}

// candidate reads a line that holds the id.
func (w *logWorker) candidate(line []byte, n int64) {
	var r logLine
	if w.s.l.format.Kind == "csv" {
		r = w.s.reader.readCSV(line, w.cols)
	} else {
		r = w.s.reader.readJSON(line)
	}
	switch {
	case r.problem != "":
		w.corrupt(n, r.problem)
	case !r.mine:
	default:
		for _, win := range w.s.q.Windows {
			if win.Contains(r.entry.Time) {
				w.part.entries = append(w.part.entries, logFound{line: n, entry: r.entry})
				return
			}
		}
	}
}

func (w *logWorker) corrupt(n int64, problem string) {
	w.part.corruptN++
	if len(w.part.corrupt) < MaxCorruptListed {
		w.part.corrupt = append(w.part.corrupt, logFound{line: n, problem: problem})
	}
}

// logCountReader counts the bytes read through it: the bytes of a gzip file
// consumed, for progress.
type logCountReader struct {
	r    io.Reader
	n    int64
	seen int64
}

func (c *logCountReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// take returns the bytes read since the last call.
func (c *logCountReader) take() int64 {
	d := c.n - c.seen
	c.seen = c.n
	return d
}
