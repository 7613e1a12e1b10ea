package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/checkpoint"
	"github.com/writ-project/writ/internal/config"
	"github.com/writ-project/writ/internal/jobs"
	"github.com/writ-project/writ/internal/store"
)

// serveCheckpoints sets up the checkpoints writ serve signs every period
// (--checkpoint-every, else WRIT_CHECKPOINT_EVERY, else an hour) and hands
// to the configured witnesses: none without the log's key. Everything is
// checked here, as writ starts, rather than at the first tick: a key that
// cannot sign, a witness by mail without a mail server.
func serveCheckpoints(cfg config.Config, every time.Duration, env Env, svc *cases.Service, log *slog.Logger) (*jobs.Checkpoints, error) {
	if cfg.Log.Key == "" {
		if every != 0 {
			return nil, flagError("checkpoint-every", errors.New("needs the log's key (WRIT_LOG_KEY_FILE; writ audit keygen makes one)"))
		}
		return nil, nil
	}
	if every == 0 {
		every = cfg.Log.Every
	}
	if every < time.Second {
		return nil, flagError("checkpoint-every", fmt.Errorf("%s is too often: at least 1s", every))
	}
	if _, err := checkpoint.VerifierKey(cfg.Log.Key); err != nil {
		return nil, fmt.Errorf("WRIT_LOG_KEY_FILE: %w", err)
	}
	lt, ok := store.LogTreeOf(svc.Store)
	if !ok {
		return nil, failure{errors.New("this database keeps no log tree")}
	}
	var mailer jobs.Mailer
	for _, w := range cfg.Log.Witnesses {
		if strings.HasPrefix(w, "mailto:") && cfg.Notice.SMTPHost != "" && mailer == nil {
			mc, err := mailClient(cfg)
			if err != nil {
				return nil, err
			}
			mailer = mc
		}
	}
	c := &jobs.Checkpoints{Log: lt, Key: cfg.Log.Key, Every: every, Now: env.Now, Logger: log}
	for _, spec := range cfg.Log.Witnesses {
		w, err := jobs.NewWitness(spec, mailer, nil)
		if err != nil {
			return nil, fmt.Errorf("WRIT_LOG_WITNESSES: %w", err)
		}
		c.Witnesses = append(c.Witnesses, w)
	}
	return c, nil
}

// runCheckpoints runs c until ctx ends, when c is set; the channel closes
// once it has stopped.
func runCheckpoints(ctx context.Context, c *jobs.Checkpoints, log *slog.Logger) <-chan struct{} {
	done := make(chan struct{})
	go func() {
		defer close(done)
		if c == nil {
			return
		}
		if err := c.Run(ctx); err != nil {
			log.Error("checkpoints stopped", "err", err)
		}
	}()
	return done
}
