// Package demo generates a synthetic platform to run writ against: accounts
// with the history of every value registered with them (names in Japanese
// and Western forms, addresses in Japanese and US formats, e-mail
// addresses, telephone numbers, payment cards, other payment methods,
// devices, posts) and a time-ordered JSONL access log, IPv4 and IPv6.
//
// It always holds the two accounts of the seed order (konnoyukio@CmRUCE and
// Aya@ay_chim0807) with fixed records, and access-log entries on both sides
// of every edge of the order's windows, in the court's time zone. The cards
// carry full numbers, expiry dates and security codes: the fields an order
// never reaches are in the source, so that leaving them out is tested for
// real.
//
// Everything is a function of the seed: the same Options give byte-identical
// files. The log is streamed, so its size is bounded by the disk, not by
// memory; only a few bytes per account are kept.
package demo

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/writ-project/writ/internal/fault"
)

// The files of a demo platform.
const (
	AccountsFile = "accounts.jsonl"
	AccessFile   = "access.jsonl"
	AccessGzFile = "access.jsonl.gz"
	ReadmeFile   = "README.txt"
)

// Default bounds of the access log: from before the first seed account was
// created to after the weeks a production of the seed case is likely in.
var (
	DefaultStart = time.Date(2021, 7, 1, 0, 0, 0, 0, time.UTC)
	DefaultEnd   = time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
)

// MinAccounts is the smallest platform: the two seed accounts, the other
// "Aya", and ordinary accounts around them.
const MinAccounts = 10

// MaxAccounts bounds the population so that every account id and handle
// stays unique (both embed 22 bits of the account's index).
const MaxAccounts = 1 << 22

// Options say what platform to make.
type Options struct {
	// Accounts is the number of accounts, the seed accounts included.
	Accounts int
	// Events is the number of access-log lines, exactly.
	Events int64
	// Seed selects the platform: the same seed, the same files.
	Seed int64
	// Start and End bound the access log, [Start, End). Zero means
	// DefaultStart and DefaultEnd. Seed-account entries outside are not
	// written.
	Start, End time.Time
	// Gzip writes access.jsonl.gz instead of access.jsonl.
	Gzip bool
	// Progress, when set, is called from time to time during the work.
	Progress func(Progress)
}

// Progress says how far Generate has got.
type Progress struct {
	// Phase is "accounts" or "access log".
	Phase string
	// Done of Total units (accounts or lines) are written, and Bytes bytes
	// in this phase's file.
	Done, Total int64
	Bytes       int64
}

// Summary describes a generated platform.
type Summary struct {
	Dir           string `json:"dir"`
	Accounts      int    `json:"accounts"`
	Lines         int64  `json:"lines"`
	AccountsBytes int64  `json:"accounts_bytes"`
	LogBytes      int64  `json:"log_bytes"`
	// LogFile is the access log's file name in Dir.
	LogFile string `json:"log_file"`
	// Seeds are the accounts of the seed order, with their ids in this
	// platform.
	Seeds []SeedAccount `json:"seeds"`
}

// Bytes is the size of everything written.
func (s Summary) Bytes() int64 { return s.AccountsBytes + s.LogBytes }

// SeedAccount is an account of the seed order as the demo platform holds it.
type SeedAccount struct {
	Label       string    `json:"label"`
	ID          string    `json:"id"`
	Handle      string    `json:"handle"`
	DisplayName string    `json:"display_name"`
	Created     time.Time `json:"created"`
}

// Generate writes a demo platform into dir (created if needed), replacing
// the files of an earlier one.
func Generate(opts Options, dir string) (Summary, error) {
	return GenerateContext(context.Background(), opts, dir)
}

// GenerateContext is Generate, stopping when ctx is done. Each file is
// written under a temporary name and renamed when complete, so a stopped
// run leaves no half-written file behind.
func GenerateContext(ctx context.Context, opts Options, dir string) (Summary, error) {
	g, err := newGenerator(opts)
	if err != nil {
		return Summary{}, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Summary{}, err
	}
	sum := Summary{Dir: dir, Accounts: opts.Accounts, Lines: opts.Events, LogFile: AccessFile}
	if opts.Gzip {
		sum.LogFile = AccessGzFile
	}
	for _, idx := range []int{idxKonno, idxAya} {
		a := fixedAccount(idx)
		sum.Seeds = append(sum.Seeds, SeedAccount{
			Label: a.DisplayName + "@" + a.Handle, ID: a.ID, Handle: a.Handle, DisplayName: a.DisplayName, Created: a.Created,
		})
	}

	// Every file is written under a temporary name; only when all are
	// complete do they replace an earlier platform's, so a stopped run
	// never leaves accounts of one platform beside the log of another.
	var temps []string
	defer func() {
		for _, t := range temps {
			os.Remove(t)
		}
	}()
	tmp, n, err := writeTemp(dir, AccountsFile, func(w io.Writer) error {
		return g.writeAccounts(ctx, w)
	})
	if err != nil {
		return Summary{}, err
	}
	temps, sum.AccountsBytes = append(temps, tmp), n
	tmp, n, err = writeTemp(dir, sum.LogFile, func(w io.Writer) error {
		if !opts.Gzip {
			return g.writeLog(ctx, w)
		}
		// No name or time in the header, so the bytes depend on the seed
		// only. BestSpeed: the log is large and read far less often than a
		// production is checked.
		zw, err := gzip.NewWriterLevel(w, gzip.BestSpeed)
		if err != nil {
			return err
		}
		if err := g.writeLog(ctx, zw); err != nil {
			return err
		}
		return zw.Close()
	})
	if err != nil {
		return Summary{}, err
	}
	temps, sum.LogBytes = append(temps, tmp), n
	tmp, _, err = writeTemp(dir, ReadmeFile, func(w io.Writer) error {
		_, err := io.WriteString(w, readme(g, sum))
		return err
	})
	if err != nil {
		return Summary{}, err
	}
	temps = append(temps, tmp)

	// The other form of the log, from an earlier run, would be read instead
	// of this one.
	other := AccessGzFile
	if opts.Gzip {
		other = AccessFile
	}
	if err := os.Remove(filepath.Join(dir, other)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return Summary{}, err
	}
	for i, name := range []string{AccountsFile, sum.LogFile, ReadmeFile} {
		if err := os.Rename(temps[i], filepath.Join(dir, name)); err != nil {
			return Summary{}, err
		}
	}
	temps = nil
	return sum, nil
}

// writeTemp writes a file in dir under a temporary name, through a
// buffer, and returns that name and the file's size. The caller renames
// it, or removes it.
func writeTemp(dir, name string, write func(io.Writer) error) (path string, n int64, err error) {
	f, err := os.CreateTemp(dir, "."+name+".*.tmp")
	if err != nil {
		return "", 0, err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	cw := &countingWriter{w: f}
	bw := bufio.NewWriterSize(cw, 1<<20)
	if err := write(bw); err != nil {
		return "", 0, err
	}
	if err := bw.Flush(); err != nil {
		return "", 0, err
	}
	if err := f.Chmod(0o644); err != nil {
		return "", 0, err
	}
	if err := f.Close(); err != nil {
		return "", 0, err
	}
	return f.Name(), cw.n, nil
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

const msPerDay = 24 * 60 * 60 * 1000

// earliestCreated is when the oldest generated accounts were created.
var earliestCreated = time.Date(2011, 1, 1, 0, 0, 0, 0, time.UTC).UnixMilli()

// generator holds the population: per account, a few bytes from which
// everything else about it is derived again when needed.
type generator struct {
	opts       Options
	seed       uint64
	start, end int64 // the log's bounds, in ms since 1970
	// created[idx] is when the account with index idx was created; order
	// lists the indexes by creation time (then index), which is also the
	// order of accounts.jsonl and of the ids.
	created []int64
	order   []uint32
	ids     []uint64 // by position in order
	// fixedPos is the position of each fixed account in order.
	fixedPos [nFixed]int
	fixed    []fixture
	// signups is the number of generated accounts created inside the log's
	// bounds: each has an entry when it signs up.
	signups int64
}

func newGenerator(opts Options) (*generator, error) {
	if opts.Start.IsZero() {
		opts.Start = DefaultStart
	}
	if opts.End.IsZero() {
		opts.End = DefaultEnd
	}
	switch {
	case opts.Accounts < MinAccounts:
		return nil, invalid("accounts", "%d is too few; a demo platform has at least %d (the two accounts of the seed order among them)", opts.Accounts, MinAccounts)
	case opts.Accounts > MaxAccounts:
		return nil, invalid("accounts", "%d is too many; a demo platform has at most %d", opts.Accounts, MaxAccounts)
	case opts.Events < 0:
		return nil, invalid("events", "%d is negative", opts.Events)
	case opts.Start.Before(time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC)):
		return nil, invalid("start", "%s is before 2012, when the oldest demo accounts are created", opts.Start.Format(time.DateOnly))
	case !opts.End.After(opts.Start.Add(48 * time.Hour)):
		return nil, invalid("end", "the log must run for more than two days after its start")
	case opts.End.Year() > 2100:
		return nil, invalid("end", "%s is after 2100", opts.End.Format(time.DateOnly))
	}
	g := &generator{
		opts:  opts,
		seed:  uint64(opts.Seed),
		start: opts.Start.UnixMilli(),
		end:   opts.End.UnixMilli(),
	}
	n := opts.Accounts
	g.created = make([]int64, n)
	for idx := range n {
		switch {
		case idx < nFixed:
			g.created[idx] = fixedCreated(idx)
		case idx == nFixed || mix(g.seed^uint64(idx)<<1)%100 < 85:
			// Most accounts are older than the log; the first generated
			// one always is, so that every moment of the log has an
			// account to act.
			g.created[idx] = earliestCreated + reduce64(mix(g.seed+uint64(idx)), g.start-earliestCreated)
		default:
			g.created[idx] = g.start + reduce64(mix(g.seed+uint64(idx)), g.end-msPerDay-g.start)
			g.signups++
		}
	}
	g.order = make([]uint32, n)
	for i := range g.order {
		g.order[i] = uint32(i)
	}
	slices.SortFunc(g.order, func(a, b uint32) int {
		if c := g.created[a] - g.created[b]; c != 0 {
			if c < 0 {
				return -1
			}
			return 1
		}
		return int(a) - int(b)
	})
	g.ids = make([]uint64, n)
	for pos, idx := range g.order {
		if idx < nFixed {
			id, _ := strconv.ParseUint(fixedAccount(int(idx)).ID, 10, 64)
			g.ids[pos] = id
			g.fixedPos[idx] = pos
			continue
		}
		g.ids[pos] = snowflake(g.created[idx], uint64(idx))
	}
	for _, f := range fixtures() {
		if f.ms >= g.start && f.ms < g.end {
			g.fixed = append(g.fixed, f)
		}
	}
	if special := g.signups + int64(len(g.fixed)); opts.Events < special {
		return nil, invalid("events", "%d is too few; this platform's log has %d entries that are always written (the seed accounts' and one per account signing up in the log's period)", opts.Events, special)
	}
	return g, nil
}

// invalid is an error in the option named by field.
func invalid(field, format string, args ...any) error {
	return &fault.Error{Code: fault.Invalid, Field: field, Message: fmt.Sprintf(format, args...)}
}

// reduce64 maps h onto [0, n).
func reduce64(h uint64, n int64) int64 {
	if n <= 0 {
		return 0
	}
	return int64(h % uint64(n))
}

// devices returns how many devices the account at idx uses (1 to 3).
func (g *generator) devices(idx int) int {
	return 1 + int(mix(g.seed^uint64(idx)*0x9e3779b97f4a7c15^0xd1)%3)
}

// writeAccounts writes accounts.jsonl in creation order. Each account
// depends only on the seed and its index, so batches are made on every
// core and written in order: the bytes are the same however many cores
// made them.
func (g *generator) writeAccounts(ctx context.Context, w io.Writer) error {
	const batch = 256
	n := len(g.order)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type job struct {
		from int
		out  chan []byte
	}
	workers := max(1, runtime.GOMAXPROCS(0))
	jobs := make(chan job, 2*workers)
	queue := make(chan job, 2*workers)
	go func() {
		defer close(jobs)
		defer close(queue)
		for from := 0; from < n; from += batch {
			j := job{from, make(chan []byte, 1)}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
			select {
			case queue <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				b, err := g.accountLines(j.from, min(j.from+batch, n))
				if err != nil {
					errs <- err
					cancel()
					b = nil
				}
				j.out <- b
			}
		})
	}
	defer wg.Wait()
	done := 0
	for j := range queue {
		b := <-j.out
		if b == nil {
			break
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
		done = min(j.from+batch, n)
		if g.opts.Progress != nil {
			g.opts.Progress(Progress{Phase: "accounts", Done: int64(done), Total: int64(n)})
		}
	}
	select {
	case err := <-errs:
		return err
	default:
	}
	if done < n {
		if err := ctx.Err(); err != nil {
			return err
		}
		return errors.New("demo: the accounts were not all written")
	}
	return nil
}

// accountLines returns the JSON lines of the accounts at positions [from, to).
func (g *generator) accountLines(from, to int) ([]byte, error) {
	var b []byte
	for pos := from; pos < to; pos++ {
		idx := g.order[pos]
		var a *account
		if idx < nFixed {
			a = fixedAccount(int(idx))
		} else {
			a = g.generate(int(idx), g.ids[pos], g.created[idx])
		}
		line, err := json.Marshal(a)
		if err != nil {
			return nil, err
		}
		b = append(append(b, line...), '\n')
	}
	return b, nil
}

func formatUint(v uint64) string { return strconv.FormatUint(v, 10) }

func readme(g *generator, s Summary) string {
	var b strings.Builder
	b.WriteString(`SYNTHETIC DATA — a demo platform made by writ (writ demo-data).

Every account, person, address, e-mail address, telephone number, card and
post in these files is made up. Any resemblance to a real person is chance.
The card numbers pass the Luhn check but belong to no one; they, their
expiry dates and security codes are here on purpose, so that writ's promise
never to read them is tested against data that holds them.

Reserved names and numbers are used wherever the world has them:
  e-mail domains and post URLs   example.com/.net/.org and *.example (RFC 2606)
  IPv4 addresses                 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24
                                 (RFC 5737) and 198.18.0.0/15 (RFC 2544)
  IPv6 addresses                 2001:db8::/32 (RFC 3849)
  US telephone numbers           555-0100 to 555-0199
Japanese telephone numbers have no reserved block; they are random.

Files
  accounts.jsonl   one JSON object per account, with the history of every
                   value: "registered" and, once replaced, "superseded"
  ` + s.LogFile + strings.Repeat(" ", max(1, 17-len(s.LogFile))) + `one JSON object per line, in time order:
                   {"ts","account","ip","port","ua","path"}; ts is UTC

`)
	fmt.Fprintf(&b, "Made with: --accounts %d --events %d --seed %d, log from %s to %s (UTC, end excluded)\n",
		g.opts.Accounts, g.opts.Events, g.opts.Seed, g.opts.Start.UTC().Format(time.RFC3339), g.opts.End.UTC().Format(time.RFC3339))
	fmt.Fprintf(&b, "The same command makes the same bytes.\n\n")
	b.WriteString(`The accounts of the seed order (N.D. Cal. No. 22-mc-80240-VKD), the same
in every demo platform:
`)
	for _, a := range s.Seeds {
		fmt.Fprintf(&b, "  %-20s id %s, created %s\n", a.Label, a.ID, a.Created.Format(time.RFC3339Nano))
	}
	b.WriteString(`Another account, @aya_mt2019, also shows the name "Aya": a display name
alone does not identify an account.

Both seed accounts were created in the evening in Los Angeles, already the
next day in UTC. The log holds entries of theirs at the edges of the
order's windows, in the court's zone (America/Los_Angeles): 23:59 on the
creation day (inside) and 00:00 the next day (outside); 23:59:59.999 PDT
on 2022-06-07 (outside) and 00:00 PDT on 2022-06-08 (inside); and, for
every day from 2022-11-15 to 2022-12-31, the last millisecond of the day
and the first of the next, whatever day the platform responds.
`)
	return b.String()
}
