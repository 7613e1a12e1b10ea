package production

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"hash"
	"io"
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/source"
)

// AccessLog is what a production holds of an account's access log.
type AccessLog struct {
	// Entries are the entries inside the windows, each once, in time
	// order, when they are held (SelectLog); a build writes them to the
	// CSV as they come and holds none.
	Entries []source.LogEntry
	// Count is the number of entries inside the windows, each once, and
	// PerRequest that of the entries inside each request's windows, by
	// the request's number.
	Count      int
	PerRequest map[int]int
	// Outside counts the entries given that fell outside every window;
	// Duplicates those given twice (windows that overlap, or a source that
	// repeats itself).
	Outside, Duplicates int
	// Addresses summarise the entries: each IP address once, in the order
	// of its first access, with its first and last access and the number
	// of entries.
	Addresses []Address
}

// Address is one IP address of an access log, summarised.
type Address struct {
	IP          netip.Addr
	First, Last time.Time
	Entries     int
}

// SelectLog keeps the entries inside the windows, in time order (entries
// at the same instant in the order given), each once. Entries are
// compared by time, address and port; the reference to where the source
// held an entry is not produced. It holds the entries it returns: a build
// streams them instead (builder.accessLog).
func SelectLog(entries []source.LogEntry, ws []Window) AccessLog {
	sel := &logSelector{windows: ws, work: func() (string, error) { return os.MkdirTemp("", "writ-log-") }}
	defer sel.close()
	var l AccessLog
	sum := newLogSummary(&l, ws)
	var err error
	for _, e := range entries {
		if err = sel.add(e); err != nil {
			break
		}
	}
	if err == nil {
		l.Duplicates, err = sel.each(func(e source.LogEntry) error {
			sum.add(e)
			l.Entries = append(l.Entries, e)
			return nil
		})
	}
	if err != nil {
		// Only a log too large to sort in memory reaches the disk, and
		// SelectLog is for the ones that are not.
		panic("production: SelectLog: " + err.Error())
	}
	l.Outside = sel.outside
	return l
}

// logSummary counts the entries of an access log as they come, for the
// summary: in all, per request, and per address.
type logSummary struct {
	l        *AccessLog
	index    map[netip.Addr]int
	requests []int
	windows  [][]Window
}

func newLogSummary(l *AccessLog, ws []Window) *logSummary {
	s := &logSummary{l: l, index: map[netip.Addr]int{}}
	l.PerRequest = map[int]int{}
	for _, w := range ws {
		k := slices.Index(s.requests, w.Request)
		if k < 0 {
			k = len(s.requests)
			s.requests = append(s.requests, w.Request)
			s.windows = append(s.windows, nil)
		}
		s.windows[k] = append(s.windows[k], w)
	}
	for _, r := range s.requests {
		l.PerRequest[r] = 0
	}
	return s
}

// add counts one entry, given in time order.
func (s *logSummary) add(e source.LogEntry) {
	s.l.Count++
	for k, ws := range s.windows {
		if inAny(ws, e.Time) {
			s.l.PerRequest[s.requests[k]]++
		}
	}
	i, ok := s.index[e.IP]
	if !ok {
		i = len(s.l.Addresses)
		s.index[e.IP] = i
		s.l.Addresses = append(s.l.Addresses, Address{IP: e.IP, First: e.Time})
	}
	a := &s.l.Addresses[i]
	a.Last = e.Time
	a.Entries++
}

// accessLogHeader names the columns of an access-log CSV. The order
// reaches "dates, times, and IP addresses": a source port, which some
// platforms log, is not among them and is not produced.
var accessLogHeader = []string{"time_utc", "time_court", "ip"}

// logCSV writes access-log entries as CSV (RFC 4180, CRLF line ends), as
// they come: the time in UTC (RFC 3339), the time in the court's zone (RFC
// 3339 with its offset), and the IP address. Its bytes are those of
// encoding/csv's Writer, which it uses for any row that needs quoting (an
// address with a zone may); the others it writes itself, several times
// faster.
type logCSV struct {
	w    io.Writer
	loc  *time.Location
	line []byte
	// quoted writes a row that may need quoting.
	quoted    *csv.Writer
	quotedBuf bytes.Buffer
}

func newLogCSV(w io.Writer, loc *time.Location) (*logCSV, error) {
	c := &logCSV{w: w, loc: loc}
	c.quoted = csv.NewWriter(&c.quotedBuf)
	c.quoted.UseCRLF = true
	if err := c.row(accessLogHeader); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *logCSV) row(fields []string) error {
	c.quotedBuf.Reset()
	if err := c.quoted.Write(fields); err != nil {
		return err
	}
	c.quoted.Flush()
	_, err := c.w.Write(c.quotedBuf.Bytes())
	return err
}

func (c *logCSV) add(e source.LogEntry) error {
	if e.IP.Zone() != "" {
		return c.row([]string{e.Time.UTC().Format(time.RFC3339Nano), e.Time.In(c.loc).Format(time.RFC3339Nano), e.IP.String()})
	}
	// Times in RFC 3339 and an address without a zone never need quoting.
	b := e.Time.UTC().AppendFormat(c.line[:0], time.RFC3339Nano)
	b = append(b, ',')
	b = e.Time.In(c.loc).AppendFormat(b, time.RFC3339Nano)
	b = append(b, ',')
	if e.IP.IsValid() {
		b = e.IP.AppendTo(b)
	} else {
		b = append(b, e.IP.String()...)
	}
	b = append(b, '\r', '\n')
	c.line = b
	_, err := c.w.Write(b)
	return err
}

// payloadWriter writes a file of the payload as it is made, keeping its
// size and SHA-256; in the font's check it writes nothing.
type payloadWriter struct {
	f   *os.File
	buf *bufio.Writer
	h   hash.Hash
	n   int64
}

func (b *builder) create(rel string) (*payloadWriter, error) {
	if _, dup := b.written[rel]; dup {
		return nil, fault.Errorf(fault.Internal, "the package would hold %s twice", rel)
	}
	p := &payloadWriter{h: sha256.New()}
	if b.root == "" {
		p.buf = bufio.NewWriterSize(p.h, 4096)
		return p, nil
	}
	path := filepath.Join(b.root, "data", filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fault.Wrap(fault.Internal, err, "cannot write %s", rel)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "cannot write %s", rel)
	}
	p.f = f
	p.buf = bufio.NewWriterSize(io.MultiWriter(f, p.h), 1<<20)
	return p, nil
}

func (p *payloadWriter) Write(b []byte) (int, error) {
	n, err := p.buf.Write(b)
	p.n += int64(n)
	return n, err
}

// close flushes the file to the disk and keeps its size and SHA-256 as
// rel's.
func (p *payloadWriter) close(b *builder, rel string) error {
	err := p.buf.Flush()
	if p.f != nil {
		if err == nil {
			err = p.f.Sync()
		}
		if cerr := p.f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return fault.Wrap(fault.Internal, err, "cannot write %s", rel)
	}
	b.written[rel] = File{Path: rel, Bytes: p.n, SHA256: hex.EncodeToString(p.h.Sum(nil))}
	return nil
}

// abort gives up a file being written (the folder it is in is removed).
func (p *payloadWriter) abort() {
	if p.f != nil {
		p.f.Close()
	}
}

// logCheckEvery is how many entries pass between two looks at the context.
const logCheckEvery = 1 << 16

// accessLog reads an account's access log once, keeps the entries inside
// the windows and writes them, in time order and each once, as the CSV at
// rel, which it enters into the manifest's list; it returns their summary
// and what the pass over the source saw. In the font's check it reads
// nothing.
func (b *builder) accessLog(ctx context.Context, a Account, windows []Window, rel string) (*AccessLog, source.LogStats, File, error) {
	l := &AccessLog{}
	sum := newLogSummary(l, windows)
	sel := &logSelector{windows: windows, work: b.work}
	defer sel.close()
	stats := a.LogStats
	if b.root != "" {
		n := 0
		add := func(e source.LogEntry) error {
			if n++; n%logCheckEvery == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			return sel.add(e)
		}
		if a.ReadLog != nil {
			var err error
			if stats, err = a.ReadLog(ctx, add); err != nil {
				if ctx.Err() != nil {
					return nil, stats, File{}, fault.Wrap(fault.Internal, err, "the build was cancelled; nothing was written")
				}
				return nil, stats, File{}, err
			}
		} else {
			for _, e := range a.Log {
				if err := add(e); err != nil {
					return nil, stats, File{}, fault.Wrap(fault.Internal, err, "the build was cancelled; nothing was written")
				}
			}
		}
	}
	w, err := b.create(rel)
	if err != nil {
		return nil, stats, File{}, err
	}
	c, err := newLogCSV(w, b.in.Location)
	if err == nil {
		n := 0
		l.Duplicates, err = sel.each(func(e source.LogEntry) error {
			if n++; n%logCheckEvery == 0 {
				if err := ctx.Err(); err != nil {
					return fault.Wrap(fault.Internal, err, "the build was cancelled; nothing was written")
				}
			}
			sum.add(e)
			return c.add(e)
		})
	}
	if err != nil {
		w.abort()
		if fe := (*fault.Error)(nil); !errors.As(err, &fe) {
			err = fault.Wrap(fault.Internal, err, "cannot write %s", rel)
		}
		return nil, stats, File{}, err
	}
	if err := w.close(b, rel); err != nil {
		return nil, stats, File{}, err
	}
	l.Outside = sel.outside
	f, err := b.recordFile(rel, "access_log", a.Label, nil)
	return l, stats, f, err
}
