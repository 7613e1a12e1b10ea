package jobs

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/checkpoint"
	"github.com/writ-project/writ/internal/config"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/notice/mail"
	"github.com/writ-project/writ/internal/store"
)

// MakeCheckpoint brings the log's tree up to its last record, signs its
// size and root at now with the signer key, keeps the signed checkpoint in
// the store (proofs are given against it) and returns it.
func MakeCheckpoint(ctx context.Context, lt store.LogTree, key string, now time.Time) ([]byte, checkpoint.Checkpoint, error) {
	tr, err := lt.Tree(ctx)
	if err != nil {
		return nil, checkpoint.Checkpoint{}, err
	}
	c := checkpoint.Checkpoint{Size: tr.N, Root: tr.Hash, Time: now}
	signed, err := checkpoint.Sign(c, key)
	if err != nil {
		return nil, checkpoint.Checkpoint{}, fault.Wrap(fault.Invalid, err, "the log's key (WRIT_LOG_KEY_FILE) cannot sign: %v", err)
	}
	if err := lt.SaveCheckpoint(ctx, tr.N, now, signed); err != nil {
		return nil, checkpoint.Checkpoint{}, err
	}
	vkey, err := checkpoint.VerifierKey(key)
	if err != nil {
		return nil, checkpoint.Checkpoint{}, fault.Wrap(fault.Invalid, err, "the log's key (WRIT_LOG_KEY_FILE): %v", err)
	}
	c, err = checkpoint.Open(signed, vkey)
	if err != nil {
		return nil, checkpoint.Checkpoint{}, fault.Wrap(fault.Internal, err, "the checkpoint just signed does not open")
	}
	return signed, c, nil
}

// Witness keeps a copy of each checkpoint outside writ's database. An
// error means this witness did not get this checkpoint; the next one
// covers everything it covered.
type Witness interface {
	// Name says which witness, for the log: never a secret.
	Name() string
	Witness(ctx context.Context, signed []byte, c checkpoint.Checkpoint) error
}

// Mailer sends mail; *mail.Client does.
type Mailer interface {
	Send(ctx context.Context, msgs []mail.Message) ([]mail.Sent, error)
}

// NewWitness returns the witness a configuration names (see
// config.Log.Witnesses). mailer is needed for mailto: witnesses, client
// (nil: a client with a 30-second timeout) for URLs.
func NewWitness(spec string, mailer Mailer, client *http.Client) (Witness, error) {
	if err := config.CheckWitness(spec); err != nil {
		return nil, err
	}
	switch {
	case strings.HasPrefix(spec, "file:"):
		return FileWitness{Path: strings.TrimPrefix(spec, "file:")}, nil
	case strings.HasPrefix(spec, "mailto:"):
		if mailer == nil {
			return nil, fmt.Errorf("the witness %s needs a mail server (WRIT_SMTP_HOST)", spec)
		}
		return MailWitness{To: strings.TrimPrefix(spec, "mailto:"), Mail: mailer}, nil
	}
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second}
	}
	return HTTPWitness{URL: spec, Client: client}, nil
}

// FileWitness appends each checkpoint to a file (a disk writ's database is
// not on, a folder another system copies away), a blank line between two.
type FileWitness struct{ Path string }

// Name implements Witness.
func (w FileWitness) Name() string { return "file:" + w.Path }

// Witness implements Witness.
func (w FileWitness) Witness(_ context.Context, signed []byte, _ checkpoint.Checkpoint) error {
	f, err := os.OpenFile(w.Path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(append(bytes.TrimRight(signed, "\n"), '\n', '\n'))
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// MailWitness mails each checkpoint to an address (a court's clerk, the
// platform's auditors).
type MailWitness struct {
	To   string
	Mail Mailer
}

// Name implements Witness. The address is configuration, not an account
// holder's: it may be logged.
func (w MailWitness) Name() string { return "mailto:" + w.To }

// Witness implements Witness.
func (w MailWitness) Witness(ctx context.Context, signed []byte, c checkpoint.Checkpoint) error {
	text := fmt.Sprintf(`This is a signed checkpoint of the log of %s: the number of records it
held at %s and the hash of them all. Keep this message. Later, anyone
can ask writ to prove that its log still holds every one of those records
unchanged (writ audit verify --checkpoint FILE, with this message saved
as FILE).

%s`, c.Origin, c.Time.UTC().Format(time.RFC3339), signed)
	sent, err := w.Mail.Send(ctx, []mail.Message{{To: w.To, Subject: fmt.Sprintf("Checkpoint of %s: %d records", c.Origin, c.Size),
		Text: text, Date: c.Time}})
	if err != nil {
		return err
	}
	for _, s := range sent {
		if s.Err != nil {
			return s.Err
		}
	}
	return nil
}

// HTTPWitness POSTs each checkpoint, as text/plain, to a URL; any answer
// but 2xx is a failure.
type HTTPWitness struct {
	URL    string
	Client *http.Client
}

// Name implements Witness.
func (w HTTPWitness) Name() string { return w.URL }

// Witness implements Witness.
func (w HTTPWitness) Witness(ctx context.Context, signed []byte, _ checkpoint.Checkpoint) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.URL, bytes.NewReader(signed))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "text/plain; charset=utf-8")
	resp, err := w.Client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("the witness answered %s", resp.Status)
	}
	return nil
}

// Checkpoints makes a signed checkpoint of the log every Every and hands
// it to each witness. Several writ processes on one database share the
// work: a process skips its tick when another made a checkpoint in the
// last half of Every.
type Checkpoints struct {
	Log store.LogTree
	// Key is the signer key (config.Log.Key).
	Key       string
	Every     time.Duration
	Witnesses []Witness
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Log receives what it does; nil means slog.Default().
	Logger *slog.Logger
}

func (c *Checkpoints) now() time.Time {
	if c.Now == nil {
		return time.Now()
	}
	return c.Now()
}

func (c *Checkpoints) logger() *slog.Logger {
	if c.Logger == nil {
		return slog.Default()
	}
	return c.Logger
}

// Run ticks at once and then every c.Every, until ctx ends.
func (c *Checkpoints) Run(ctx context.Context) error {
	if c.Every <= 0 {
		return errors.New("checkpoints: Every must be positive")
	}
	log := c.logger()
	log.LogAttrs(ctx, slog.LevelInfo, "checkpoints started", slog.Duration("every", c.Every), slog.Int("witnesses", len(c.Witnesses)))
	ticker := time.NewTicker(c.Every)
	defer ticker.Stop()
	for {
		if _, err := c.Tick(ctx); err != nil && ctx.Err() == nil {
			log.LogAttrs(ctx, slog.LevelError, "checkpoint not made; the next tick tries again", slog.Any("error", err))
		}
		select {
		case <-ctx.Done():
			return nil
		case <-ticker.C:
		}
	}
}

// Tick makes a checkpoint, unless one was made in the last half of Every,
// and hands it to every witness. made is false when it skipped. A witness
// that fails is logged and does not stop the others; the error joins them.
func (c *Checkpoints) Tick(ctx context.Context) (made bool, err error) {
	now := c.now()
	if c.recent(ctx, now) {
		return false, nil
	}
	signed, cp, err := MakeCheckpoint(ctx, c.Log, c.Key, now)
	if err != nil {
		return false, err
	}
	log := c.logger()
	log.LogAttrs(ctx, slog.LevelInfo, "checkpoint made", slog.Int64("size", cp.Size))
	var errs []error
	for _, w := range c.Witnesses {
		if err := w.Witness(ctx, signed, cp); err != nil {
			log.LogAttrs(ctx, slog.LevelError, "witness did not take the checkpoint", slog.String("witness", w.Name()), slog.Int64("size", cp.Size), slog.Any("error", err))
			errs = append(errs, fmt.Errorf("%s: %w", w.Name(), err))
			continue
		}
		log.LogAttrs(ctx, slog.LevelInfo, "checkpoint witnessed", slog.String("witness", w.Name()), slog.Int64("size", cp.Size))
	}
	return true, errors.Join(errs...)
}

// recent reports whether the latest checkpoint, signed by this key, was
// made within half of Every before now.
func (c *Checkpoints) recent(ctx context.Context, now time.Time) bool {
	signed, err := c.Log.LatestCheckpoint(ctx)
	if err != nil {
		return false
	}
	vkey, err := checkpoint.VerifierKey(c.Key)
	if err != nil {
		return false
	}
	last, err := checkpoint.Open(signed, vkey)
	if err != nil {
		return false
	}
	age := now.Sub(last.Time)
	return age >= 0 && age < c.Every/2
}
