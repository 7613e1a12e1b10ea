package jobs

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/webhook"
)

// The defaults of a Webhooks runner.
const (
	// DefaultWebhookEvery: an event reaches its receivers within a minute
	// of being recorded.
	DefaultWebhookEvery = time.Minute
	// DefaultWebhookLease is how long a claim on a delivery holds; the
	// request gets half of it.
	DefaultWebhookLease = 2 * time.Minute
	// DefaultWebhookAttempts is how many times a delivery is tried before
	// writ gives up on it: with DefaultBackoff, over about a day.
	DefaultWebhookAttempts = 10
	// claimBatch is how many deliveries one claim takes.
	claimBatch = 50
)

// DefaultBackoff is the wait after a failed attempt n (1, 2, ...): 30
// seconds, then four times longer each time, at most 6 hours.
func DefaultBackoff(n int) time.Duration {
	d := 30 * time.Second
	for i := 1; i < n && d < 6*time.Hour; i++ {
		d *= 4
	}
	return min(d, 6*time.Hour)
}

// Webhooks queues writ's events for the webhook endpoints and delivers
// them, signed (Standard Webhooks), retrying with backoff.
//
// The queue is in the database. An event is queued once per endpoint: the
// delivery's key (the case, the event's seq and kind, or the duty and its
// due day) is unique, so that the event log is the outbox: every tick reads
// the cases, derives the events they hold (recorded events; duties due soon
// or overdue and the gate opened, computed at the tick), and queues what is
// not queued yet. Nothing is lost when writ stops between recording an
// event and queueing it, nor between queueing and delivering: the next
// tick, of this process or another, carries on. Several processes deliver
// each delivery once: each is claimed for a lease, and a delivery under way
// when the runner is stopped is finished and recorded before Run returns.
// A receiver that de-duplicates on webhook-id is safe even from a process
// that died between sending and recording.
type Webhooks struct {
	Cases *cases.Service
	// Index, when set, is the summaries of every case (the pages' own):
	// a tick then assesses, after its first, only the cases whose summary
	// changed since the last tick (an event recorded, or the clock past
	// what its assessment held for) or that owe a duty's event, not every
	// case (at 100,000 cases, a minute of CPU a tick).
	Index *cases.Index
	Hooks store.WebhookStore
	// Client sends the deliveries; nil means a client that follows no
	// redirect. Each request's time is bounded by half the lease.
	Client *http.Client
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Every is the time between ticks of Run; zero means
	// DefaultWebhookEvery.
	Every time.Duration
	// Lease is how long a claim holds; zero means DefaultWebhookLease.
	Lease time.Duration
	// Backoff is the wait after failed attempt n; nil means
	// DefaultBackoff.
	Backoff func(n int) time.Duration
	// Attempts is how many attempts a delivery gets; zero means
	// DefaultWebhookAttempts.
	Attempts int
	// Before lists the days before a duty's due day that it is "due
	// soon"; empty means DefaultBefore, as for reminders.
	Before []int
	// Log receives what the runner does; nil means slog.Default().
	Log *slog.Logger
	// ID names this runner in its claims; empty means the host name, the
	// process ID and a random suffix.
	ID string

	delivered, failed atomic.Int64
	idOnce            sync.Once
	defaultID         string
	// queued remembers the deliveries this runner has queued (endpoint
	// and event key), so that a tick writes only what is new; after a
	// restart the database's unique key answers instead.
	mu     sync.Mutex
	queued map[string]bool
	// heard holds, with Index, each case's summary as of the last tick
	// that queued all its events, and hooks the endpoints of that tick.
	heard map[string]*cases.Summary
	hooks string
}

// Delivered counts the deliveries this runner made, for metrics.
func (w *Webhooks) Delivered() int64 { return w.delivered.Load() }

// FailedDeliveries counts the attempts that failed, for metrics.
func (w *Webhooks) FailedDeliveries() int64 { return w.failed.Load() }

type hookSettings struct {
	now      func() time.Time
	every    time.Duration
	lease    time.Duration
	backoff  func(int) time.Duration
	attempts int
	before   []int
	log      *slog.Logger
	id       string
	client   *http.Client
}

func (w *Webhooks) settings() (hookSettings, error) {
	switch {
	case w.Cases == nil || w.Cases.Store == nil:
		return hookSettings{}, &fault.Error{Code: fault.Invalid, Field: "cases", Message: "the webhooks need the cases"}
	case w.Hooks == nil:
		return hookSettings{}, &fault.Error{Code: fault.Invalid, Field: "hooks", Message: "the webhooks need a webhook store"}
	case w.Every < 0 || w.Lease < 0 || w.Attempts < 0:
		return hookSettings{}, &fault.Error{Code: fault.Invalid, Field: "every", Message: "durations and attempts must not be negative"}
	}
	s := hookSettings{now: w.Now, every: w.Every, lease: w.Lease, backoff: w.Backoff, attempts: w.Attempts,
		before: slices.Clone(w.Before), log: w.Log, id: w.ID, client: w.Client}
	if s.now == nil {
		s.now = time.Now
	}
	if s.every == 0 {
		s.every = DefaultWebhookEvery
	}
	if s.lease == 0 {
		s.lease = DefaultWebhookLease
	}
	if s.backoff == nil {
		s.backoff = DefaultBackoff
	}
	if s.attempts == 0 {
		s.attempts = DefaultWebhookAttempts
	}
	if len(s.before) == 0 {
		s.before = slices.Clone(DefaultBefore)
	}
	slices.Sort(s.before)
	s.before = slices.Compact(s.before)
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.id == "" {
		w.idOnce.Do(func() { w.defaultID = newID() })
		s.id = w.defaultID
	}
	if s.client == nil {
		s.client = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	}
	return s, nil
}

// Run ticks at once and then every w.Every until ctx is done, and returns
// nil then: a delivery under way is finished and recorded first, and no
// other is started. A failed tick is logged; the next one tries again.
func (w *Webhooks) Run(ctx context.Context) error {
	cfg, err := w.settings()
	if err != nil {
		return err
	}
	cfg.log.LogAttrs(ctx, slog.LevelInfo, "webhooks started", slog.String("runner", cfg.id), slog.Duration("every", cfg.every))
	ticker := time.NewTicker(cfg.every)
	defer ticker.Stop()
	for {
		if _, err := w.Tick(ctx); err != nil && ctx.Err() == nil {
			cfg.log.LogAttrs(ctx, slog.LevelError, "webhooks: tick incomplete; the next tick tries again",
				slog.String("runner", cfg.id), slog.Any("error", err))
		}
		select {
		case <-ctx.Done():
			cfg.log.LogAttrs(context.WithoutCancel(ctx), slog.LevelInfo, "webhooks stopped", slog.String("runner", cfg.id))
			return nil
		case <-ticker.C:
		}
	}
}

// Tick queues the events not queued yet and delivers what is due. It
// returns how many deliveries reached their receiver.
func (w *Webhooks) Tick(ctx context.Context) (int, error) {
	cfg, err := w.settings()
	if err != nil {
		return 0, err
	}
	qerr := w.enqueue(ctx, cfg)
	n, derr := w.deliverDue(ctx, cfg)
	return n, errors.Join(qerr, derr)
}

// enqueue queues, for every endpoint, the events of the cases it may hear
// of that are not queued yet.
func (w *Webhooks) enqueue(ctx context.Context, cfg hookSettings) error {
	eps, err := w.Hooks.Webhooks(ctx)
	if err != nil || len(eps) == 0 {
		return err
	}
	now := cfg.now()
	list, heard, err := w.changed(ctx, cfg, eps, now)
	if err != nil {
		return err
	}
	var errs []error
	for i, sc := range list {
		if err := ctx.Err(); err != nil {
			return errors.Join(append(errs, err)...)
		}
		before := len(errs)
		c, a, err := w.Cases.Assess(ctx, sc.ID, now)
		if err != nil {
			cfg.log.LogAttrs(ctx, slog.LevelError, "webhooks: cannot assess case", slog.String("case_id", sc.ID), slog.Any("error", err))
			errs = append(errs, fmt.Errorf("case %s: %w", sc.ID, err))
			continue
		}
		today := courttime.DateOf(now.In(c.Calendar.Location))
		events := caseEvents(c, a, today, now, cfg.before)
		for _, ep := range eps {
			if !hears(ep, c) {
				continue
			}
			for _, ev := range events {
				if !ep.Receives(ev.Body.Type) || (ev.Recorded && ev.Body.Timestamp.Before(ep.CreatedAt)) {
					continue
				}
				if err := w.queue(ctx, ep.ID, ev.Key, sc.ID, ev.Body, now); err != nil {
					errs = append(errs, err)
				}
			}
		}
		if heard != nil && len(errs) == before {
			w.mu.Lock()
			w.heard[sc.ID] = heard[i]
			w.mu.Unlock()
		}
	}
	return errors.Join(errs...)
}

// changed lists the cases a tick at now assesses for the endpoints eps:
// every case, or with the index every case on the first tick and after an
// endpoint is added or removed, and otherwise the cases whose summary is
// not the one of the last tick that queued all their events (a case
// recorded to since, or whose assessment the clock has moved past: the
// index then makes a new summary) or that owe a duty's event at now. A
// case left out would queue the same events under the same keys as
// before. With the index, heard[i] is the summary of list[i].
func (w *Webhooks) changed(ctx context.Context, cfg hookSettings, eps []store.WebhookEndpoint, now time.Time) (list []store.Case, heard []*cases.Summary, err error) {
	if w.Index == nil {
		list, err = w.Cases.Store.Cases(ctx)
		return list, nil, err
	}
	all, err := w.Index.Summaries(ctx, now)
	if err != nil {
		return nil, nil, err
	}
	ids := make([]string, len(eps))
	for i, ep := range eps {
		ids[i] = ep.ID
	}
	slices.Sort(ids)
	hooks := strings.Join(ids, " ")
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.heard == nil || hooks != w.hooks {
		w.heard, w.hooks = map[string]*cases.Summary{}, hooks
	}
	for _, s := range all {
		if w.heard[s.ID] == s && !owes(s, now, cfg.before) {
			continue
		}
		list = append(list, store.Case{ID: s.ID})
		heard = append(heard, s)
	}
	return list, heard, nil
}

// hears reports whether an endpoint may hear of a case: one added by the
// operator hears of every case; one added by a platform's administrator of
// the cases its staff see (access policy: the orders directed to it).
func hears(ep store.WebhookEndpoint, c *cases.Case) bool {
	if ep.Platform == "" {
		return true
	}
	staff := access.Principal{User: store.User{Role: string(access.Staff), Platform: ep.Platform}}
	return access.Can(staff, access.ViewCaseStatus, access.CaseRef{ID: c.ID, Provider: c.Order.Provider})
}

// queue queues one event for one endpoint, once.
func (w *Webhooks) queue(ctx context.Context, endpointID, key, caseID string, body webhook.Body, now time.Time) error {
	mark := endpointID + " " + key
	w.mu.Lock()
	done := w.queued[mark]
	w.mu.Unlock()
	if done {
		return nil
	}
	payload, err := json.Marshal(body)
	if err != nil {
		return fmt.Errorf("encode webhook %s: %w", key, err)
	}
	if _, _, err := w.Hooks.EnqueueWebhook(ctx, store.WebhookDelivery{EndpointID: endpointID, EventKey: key, Kind: body.Type,
		CaseID: caseID, Payload: payload, CreatedAt: now, NextAt: now}); err != nil {
		return fmt.Errorf("queue webhook %s for %s: %w", key, endpointID, err)
	}
	w.mu.Lock()
	if w.queued == nil {
		w.queued = map[string]bool{}
	}
	w.queued[mark] = true
	w.mu.Unlock()
	return nil
}

// deliverDue claims the deliveries due, a batch at a time, and delivers
// them, until none is due or ctx is done.
func (w *Webhooks) deliverDue(ctx context.Context, cfg hookSettings) (int, error) {
	delivered := 0
	var errs []error
	for ctx.Err() == nil {
		now := cfg.now()
		batch, err := w.Hooks.ClaimWebhooks(ctx, cfg.id, now, now.Add(cfg.lease), claimBatch)
		if err != nil {
			return delivered, errors.Join(append(errs, err)...)
		}
		if len(batch) == 0 {
			break
		}
		for i, d := range batch {
			if ctx.Err() != nil {
				// Stopped: the claims not started lapse with their lease,
				// and another runner (or this one, restarted) takes them.
				w.release(cfg, batch[i:])
				break
			}
			ok, err := w.deliver(ctx, cfg, d)
			if ok {
				delivered++
			}
			if err != nil {
				errs = append(errs, err)
			}
		}
	}
	return delivered, errors.Join(errs...)
}

// release logs the claims a stopped runner leaves to lapse.
func (w *Webhooks) release(cfg hookSettings, left []store.WebhookDelivery) {
	if len(left) > 0 {
		cfg.log.LogAttrs(context.Background(), slog.LevelInfo, "webhooks: stopped with deliveries claimed; they are taken up when their lease ends",
			slog.String("runner", cfg.id), slog.Int("left", len(left)))
	}
}

// deliver sends one claimed delivery and records the attempt. The request
// is not cancelled when ctx is (only bounded by half the lease), and the
// outcome is recorded even then: a delivery sent but not recorded would go
// out again.
func (w *Webhooks) deliver(ctx context.Context, cfg hookSettings, d store.WebhookDelivery) (bool, error) {
	ep, err := w.Hooks.Webhook(ctx, d.EndpointID)
	if err != nil {
		return false, err
	}
	var (
		status  int
		sendErr error
		removed = !ep.RemovedAt.IsZero()
	)
	if !removed {
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cfg.lease/2)
		status, sendErr = send(rctx, cfg.client, ep, d, cfg.now())
		cancel()
	} else {
		// Removed after the claim: nothing more is sent to it.
		sendErr = errors.New("the webhook was removed")
	}

	o := store.WebhookOutcome{At: cfg.now(), Status: status}
	la := []slog.Attr{slog.String("delivery", d.ID), slog.String("webhook", d.EndpointID), slog.String("kind", d.Kind),
		slog.String("case_id", d.CaseID), slog.Int("attempt", d.Attempts), slog.Int("status", status), slog.String("runner", cfg.id)}
	switch {
	case sendErr == nil:
		o.Delivered = true
		w.delivered.Add(1)
		cfg.log.LogAttrs(ctx, slog.LevelInfo, "webhook delivered", la...)
	case d.Attempts >= cfg.attempts || removed:
		o.Error, o.GiveUp = sendErr.Error(), true
		w.failed.Add(1)
		cfg.log.LogAttrs(ctx, slog.LevelError, "webhook not delivered; writ gave up after its last attempt", append(la, slog.Any("error", sendErr))...)
	default:
		o.Error, o.NextAt = sendErr.Error(), o.At.Add(cfg.backoff(d.Attempts))
		w.failed.Add(1)
		cfg.log.LogAttrs(ctx, slog.LevelWarn, "webhook not delivered; it is tried again",
			append(la, slog.Time("retry_at", o.NextAt.UTC()), slog.Any("error", sendErr))...)
	}
	mctx, mcancel := context.WithTimeout(context.WithoutCancel(ctx), markTimeout)
	defer mcancel()
	if err := w.Hooks.RecordWebhookAttempt(mctx, d.ID, d.Attempts, o); err != nil {
		cfg.log.LogAttrs(ctx, slog.LevelError, "webhook attempt not recorded; it may go out again when its lease ends", append(la, slog.Any("error", err))...)
		return o.Delivered, fmt.Errorf("webhook delivery %s: %w", d.ID, err)
	}
	if sendErr != nil {
		return false, fmt.Errorf("webhook delivery %s: %w", d.ID, sendErr)
	}
	return true, nil
}

// send posts a delivery, signed at at, and returns the receiver's status;
// an error unless it is 2xx.
func send(ctx context.Context, client *http.Client, ep store.WebhookEndpoint, d store.WebhookDelivery, at time.Time) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, ep.URL, bytes.NewReader(d.Payload))
	if err != nil {
		return 0, fmt.Errorf("the webhook's address cannot be used: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "writ-webhooks")
	if err := webhook.Headers(req.Header, ep.Secret, d.ID, at, d.Payload); err != nil {
		return 0, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, fmt.Errorf("no answer: %w", err)
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return resp.StatusCode, fmt.Errorf("the receiver answered %s", strings.TrimSpace(resp.Status))
	}
	return resp.StatusCode, nil
}

// Test queues a test event for an endpoint and sends it at once, and
// returns the delivery as recorded: delivered, or to be tried again.
func (w *Webhooks) Test(ctx context.Context, endpointID string) (store.WebhookDelivery, error) {
	cfg, err := w.settings()
	if err != nil {
		return store.WebhookDelivery{}, err
	}
	now := cfg.now()
	body := webhook.Body{Type: webhook.Test, Timestamp: now.UTC(), Data: webhook.Data{Message: "a test of this endpoint, sent by writ"}}
	payload, err := json.Marshal(body)
	if err != nil {
		return store.WebhookDelivery{}, err
	}
	// A test far in the future is not taken by a runner meanwhile; it is
	// claimed here, and a failed one is retried like any other.
	d, _, err := w.Hooks.EnqueueWebhook(ctx, store.WebhookDelivery{EndpointID: endpointID, EventKey: "test/" + now.UTC().Format(time.RFC3339Nano),
		Kind: webhook.Test, Payload: payload, CreatedAt: now, NextAt: now.Add(cfg.lease)})
	if err != nil {
		return d, err
	}
	claimed, ok, err := w.Hooks.ClaimWebhook(ctx, d.ID, cfg.id, now, now.Add(cfg.lease))
	if err != nil || !ok {
		return d, err
	}
	_, sendErr := w.deliver(ctx, cfg, claimed)
	list, err := w.Hooks.WebhookDeliveries(ctx, endpointID, 20)
	if err != nil {
		return claimed, err
	}
	for _, x := range list {
		if x.ID == d.ID {
			return x, nil
		}
	}
	return claimed, sendErr
}
