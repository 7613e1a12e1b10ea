package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/writ-project/writ/internal/demo"
	"github.com/writ-project/writ/internal/fault"
)

func newDemoData(env Env) *cobra.Command {
	var (
		accounts, events, seed int
		out                    string
		gz                     bool
	)
	cmd := &cobra.Command{
		Use:   "demo-data --out DIR [--accounts N] [--events M] [--seed S] [--gzip]",
		Short: "Make a synthetic platform (accounts and access logs) to run writ against",
		Long: `Make a synthetic platform in DIR: accounts.jsonl, one line per account
with the history of every value registered with it (names in Japanese and
Western forms, addresses, e-mail addresses, telephone numbers, payment
cards, PayPal-style methods, devices, posts), access.jsonl, the access
log in time order, IPv4 and IPv6, and README.txt.

Everything is made up, and the same seed makes the same bytes. The two
accounts of the seed order, konnoyukio@CmRUCE and Aya@ay_chim0807, are
always there, with log entries on both sides of every edge of the order's
windows in the court's time zone. The cards hold full numbers, expiry
dates and security codes on purpose: writ must leave them unread.

The log is streamed, so twenty million lines need no more memory than a
thousand. Files are written under temporary names and renamed at the end:
an interrupted run leaves the folder as it was.`,
		Example: `  writ demo-data --out demo
  writ demo-data --accounts 200 --events 50000 --seed 7 --out /tmp/small
  writ demo-data --accounts 1000000 --events 20000000 --gzip --out /data/big`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" {
				return errors.New("--out is required: the folder to write the demo platform to")
			}
			opts := demo.Options{Accounts: accounts, Events: int64(events), Seed: int64(seed), Gzip: gz}
			p := newProgressLine(env)
			if p != nil {
				opts.Progress = p.report
			}
			began := env.Now()
			sum, err := demo.GenerateContext(cmd.Context(), opts, out)
			if p != nil {
				p.clear()
			}
			if err != nil {
				var fe *fault.Error
				switch {
				case errors.As(err, &fe) && fe.Code == fault.Invalid:
					return flagError(fe.Field, errors.New(fe.Message))
				case cmd.Context().Err() != nil:
					return failure{fmt.Errorf("stopped before the demo platform was complete; no file in %s was replaced", out)}
				}
				return failure{fmt.Errorf("cannot write the demo platform to %s: %w", out, err)}
			}
			secs := env.Now().Sub(began).Seconds()
			_, err = fmt.Fprintf(env.Stdout, "demo platform in %s: %d accounts, %d access-log lines (%s), %s bytes, %.1f s\n",
				sum.Dir, sum.Accounts, sum.Lines, sum.LogFile, thousands(sum.Bytes()), secs)
			return err
		},
	}
	fl := cmd.Flags()
	fl.IntVar(&accounts, "accounts", 10_000, "how many accounts, the seed order's two among them")
	fl.IntVar(&events, "events", 1_000_000, "how many access-log lines")
	fl.IntVar(&seed, "seed", 1, "the seed: the same seed makes the same files")
	fl.StringVar(&out, "out", "", "the folder to write to (created if needed; an earlier demo platform there is replaced)")
	fl.BoolVar(&gz, "gzip", false, "write the access log gzip-compressed (access.jsonl.gz)")
	return cmd
}

// progressLine shows how far the generation has got, on one line of a
// terminal that it rewrites, a few times a second.
type progressLine struct {
	w     io.Writer
	now   func() time.Time
	phase string
	began time.Time // when the phase began
	last  time.Time
}

// newProgressLine returns a progress line on stderr when stderr is a
// terminal, and nil otherwise: a script or a log file gets no progress.
func newProgressLine(env Env) *progressLine {
	f, ok := env.Stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return &progressLine{w: env.Stderr, now: env.Now}
}

func (p *progressLine) report(pr demo.Progress) {
	now := p.now()
	if pr.Phase != p.phase {
		p.phase, p.began = pr.Phase, now
	}
	if now.Sub(p.last) < 200*time.Millisecond && pr.Done < pr.Total {
		return
	}
	p.last = now
	line := fmt.Sprintf("%s: %s of %s", pr.Phase, thousands(pr.Done), thousands(pr.Total))
	if pr.Phase == "access log" {
		secs := now.Sub(p.began).Seconds()
		line += fmt.Sprintf(" lines, %.0f MB", float64(pr.Bytes)/1e6)
		if pr.Done > 0 && secs > 1 {
			line += fmt.Sprintf(", %.0f MB/s", float64(pr.Bytes)/1e6/secs)
			if left := time.Duration(float64(pr.Total-pr.Done) / (float64(pr.Done) / secs) * float64(time.Second)); left >= time.Second {
				line += fmt.Sprintf(", %s left", left.Round(time.Second))
			}
		}
	}
	fmt.Fprintf(p.w, "\r\033[K%s", line)
}

func (p *progressLine) clear() { fmt.Fprint(p.w, "\r\033[K") }

// thousands writes n with commas between groups of three digits.
func thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	if n < 0 {
		return "-" + thousands(-n)
	}
	var b []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, s[i])
	}
	return string(b)
}
