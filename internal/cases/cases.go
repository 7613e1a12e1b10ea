// Package cases keeps cases: it opens a case from an order, records events
// after the case engine has checked them, and evaluates a case at a moment.
// It joins the pure engine (matter) to the event store; the command line
// and the web application both go through it, so a rule enforced here is
// enforced everywhere.
package cases

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/store"
)

// Service keeps the cases of one store.
type Service struct {
	cache caseCache

	Store store.Store
	// Now is the shell's clock: it stamps when an event is recorded and is
	// the default moment of an evaluation.
	Now func() time.Time
	// Actor names who records events when an event does not name its own:
	// for the command line the operating-system user ("os:alice"), or the
	// person --actor names. The web application names the signed-in user
	// on every event.
	Actor string
}

// Case is a stored case with its events and its court's calendar.
type Case struct {
	store.Case
	Order    *order.Order
	Events   []matter.Event
	Stored   []store.Event
	Calendar *courttime.Calendar
}

// Open validates an order and opens a case for it, as actor's act (""
// is the service's Actor); the order becomes the case's first event. An
// order with any problem opens nothing.
func (s *Service) Open(ctx context.Context, orderJSON []byte, key, actor string) (store.Case, error) {
	o, err := order.Parse(orderJSON)
	if err != nil {
		return store.Case{}, err
	}
	cal, err := calendar(o)
	if err != nil {
		return store.Case{}, err
	}
	if actor == "" {
		actor = s.Actor
	}
	if strings.TrimSpace(actor) == "" {
		return store.Case{}, errNoActor
	}
	first := matter.Event{Type: matter.OrderEntered, At: o.Date.Start(cal.Location), Actor: actor, Order: o}
	ne, err := s.newEvent(first)
	if err != nil {
		return store.Case{}, err
	}
	c, _, err := s.Store.CreateCase(ctx, store.NewCase{Number: o.CaseNumber, Court: o.Court.ID}, ne, key)
	return c, err
}

// calendar returns the calendar of the order's court. Building one
// computes every holiday of a century (milliseconds of work), the embedded
// calendars never change and a built one is safe for concurrent use, so
// each court's is built once and shared by all its cases.
func calendar(o *order.Order) (*courttime.Calendar, error) {
	if cal, ok := calendars.Load(o.Court.ID); ok {
		return cal.(*courttime.Calendar), nil
	}
	cal, err := courttime.Court(o.Court.ID)
	if err != nil {
		return nil, &fault.Error{Code: fault.Invalid, Field: "court.id", Message: err.Error(), Err: err}
	}
	shared, _ := calendars.LoadOrStore(o.Court.ID, cal)
	return shared.(*courttime.Calendar), nil
}

// calendars holds the built calendar of each court: court id ->
// *courttime.Calendar. Only the embedded calendars are kept, so it holds
// at most one per court writ knows.
var calendars sync.Map

// Load reads a case and its events. A case read before whose head (last
// seq and hash) is unchanged is served from memory: the log is append-only,
// so the same head means the same events. The Case returned is shared and
// must not be changed.
func (s *Service) Load(ctx context.Context, id string) (*Case, error) {
	sc, err := s.Store.Case(ctx, id)
	if err != nil {
		return nil, err
	}
	return s.load(ctx, sc)
}

// load returns the case whose row is sc: from the cache while its head is
// unchanged, else read from the store and parsed.
func (s *Service) load(ctx context.Context, sc store.Case) (*Case, error) {
	id := sc.ID
	if c, ok := s.cache.get(sc); ok {
		return c, nil
	}
	stored, err := s.Store.Events(ctx, id)
	if err != nil {
		return nil, err
	}
	if int64(len(stored)) > sc.Seq {
		// Appended to since sc was read: keep the case as of sc's head,
		// which is what the cache knows it by.
		stored = stored[:sc.Seq]
	}
	c := &Case{Case: sc, Stored: stored}
	for _, se := range stored {
		e, err := EventOf(se)
		if err != nil {
			return nil, err
		}
		c.Events = append(c.Events, e)
		if e.Type == matter.OrderEntered {
			c.Order = e.Order
		}
	}
	if c.Order == nil {
		return nil, fault.Errorf(fault.Tampered, "case %s has no order_entered event", id)
	}
	if c.Calendar, err = calendar(c.Order); err != nil {
		return nil, err
	}
	s.cache.put(c)
	return c, nil
}

// Warm loads the newest cases, as many as the cache keeps, so that the
// first request for each is answered from memory like the ones after it.
// writ serve runs it when it starts. It returns how many cases it loaded;
// a case that cannot be loaded is skipped (a request for it says why).
func (s *Service) Warm(ctx context.Context) (int, error) {
	all, err := s.Store.Cases(ctx)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, sc := range all[:min(len(all), maxCached)] {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		if _, err := s.load(ctx, sc); err == nil {
			n++
		}
	}
	return n, nil
}

// caseCache keeps parsed cases by id, valid while their head is unchanged.
type caseCache struct {
	mu    sync.Mutex
	cases map[string]*Case
}

// maxCached bounds the cache; past it, an arbitrary entry makes room.
const maxCached = 20000

func (c *caseCache) get(sc store.Case) (*Case, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	hit, ok := c.cases[sc.ID]
	if !ok || hit.Seq != sc.Seq || hit.Head != sc.Head {
		return nil, false
	}
	return hit, true
}

func (c *caseCache) put(v *Case) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cases == nil {
		c.cases = map[string]*Case{}
	}
	if len(c.cases) >= maxCached {
		for k := range c.cases {
			delete(c.cases, k)
			break
		}
	}
	c.cases[v.ID] = v
}

// EventOf turns a stored event into the engine's: what Record stored, as
// the case engine sees it (the ID it gave an objection, say).
func EventOf(se store.Event) (matter.Event, error) {
	var e matter.Event
	if err := json.Unmarshal(se.Payload, &e); err != nil {
		return e, fault.Wrap(fault.Tampered, err, "event %d of case %s cannot be read", se.Seq, se.CaseID)
	}
	e.Seq, e.Type, e.At, e.RecordedAt, e.Actor = se.Seq, matter.Type(se.Type), se.At, se.RecordedAt, se.Actor
	return e, nil
}

func (s *Service) newEvent(e matter.Event) (store.NewEvent, error) {
	payload, err := json.Marshal(e)
	if err != nil {
		return store.NewEvent{}, fmt.Errorf("encode event: %w", err)
	}
	actor := e.Actor
	if actor == "" {
		actor = s.Actor
	}
	return store.NewEvent{Type: string(e.Type), At: e.At, Actor: actor, Payload: payload}, nil
}

// Record checks an event against the case and appends it. The append
// expects the case to be as it was read: if another writer added an event
// in between, the record fails with fault.Conflict and nothing is stored,
// so no check is ever made against a stale case. An act done in writ (see
// matter.Acts) happens now: an act with no time, or one stated as now (a
// minute either side of the clock's reading here), is given the clock's
// reading, and one with another time is refused. The event names who did
// it (e.Actor, else the service's Actor). A retry with the same
// idempotency key and the same request returns the event stored the first
// time; the same key with another request is refused, naming the key, and
// stores nothing.
func (s *Service) Record(ctx context.Context, id string, e matter.Event, key string) (store.Event, error) {
	return s.RecordWith(ctx, id, e, key)
}

// RecordWith is Record for an event that names files by their SHA-256 (an
// account holder's attachments, a letter, a proof of notice, sealed
// records): the files are stored with the event, in its transaction, so
// that none is kept if the event is refused (issue 13: an attachment sent
// to a closed case was kept).
func (s *Service) RecordWith(ctx context.Context, id string, e matter.Event, key string, blobs ...[]byte) (store.Event, error) {
	c, err := s.Load(ctx, id)
	if err != nil {
		return store.Event{}, err
	}
	if e.Actor == "" {
		e.Actor = s.Actor
	}
	if strings.TrimSpace(e.Actor) == "" {
		return store.Event{}, errNoActor
	}
	if key != "" {
		for _, se := range c.Stored {
			if se.IdempotencyKey == key {
				return retried(se, e, key, s.Now())
			}
		}
	}
	if e.ID == "" {
		e.ID = nextID(c, e.Type)
	}
	e.RecordedAt = s.Now()
	if matter.IsAct(e.Type) && (e.At.IsZero() || within(e.At, e.RecordedAt, actNow)) {
		// An act happens when it is recorded. A caller that read the
		// clock a moment ago to say "now" (Decode does) meant this
		// record's time: the clock has moved on since, as a real one
		// always has.
		e.At = e.RecordedAt
	}
	if err := matter.Check(c.Events, e, c.Calendar); err != nil {
		return store.Event{}, err
	}
	ne, err := s.newEvent(e)
	if err != nil {
		return store.Event{}, err
	}
	ne.Blobs = blobs
	out, err := s.Store.Append(ctx, id, c.Seq, key, ne)
	if err != nil {
		return store.Event{}, err
	}
	return out[0], nil
}

// actNow is how far from the record's time an act's stated time may be
// and still mean now, as Decode reads "now" (an instant within a minute).
const actNow = time.Minute

// within reports whether a and b are at most d apart.
func within(a, b time.Time, d time.Duration) bool {
	diff := a.Sub(b)
	return diff <= d && diff >= -d
}

// errNoActor refuses an event that does not name who made it (invariant 9).
var errNoActor = &fault.Error{Code: fault.Invalid, Field: "actor", Message: "writ cannot tell who is recording this: every event names the person who made it (on the command line, --actor or WRIT_ACTOR)"}

// retried decides a request whose idempotency key was used before: the same
// request again (a retry after a lost answer) gets the event stored the
// first time; another request under the same key is refused, because
// answering it with the first event would silently lose it.
func retried(se store.Event, e matter.Event, key string, now time.Time) (store.Event, error) {
	first, err := EventOf(se)
	if err != nil {
		return store.Event{}, err
	}
	if e.ID == "" {
		// The id writ gave the first time.
		e.ID = first.ID
	}
	payload, err := json.Marshal(e)
	if err != nil {
		return store.Event{}, fmt.Errorf("encode event: %w", err)
	}
	// An act, or a fact stated as happening now (a holder's objection
	// through the portal, say), is retried later than it was first made:
	// its time is not the request's. Any other time is.
	statedNow := e.At.IsZero() || !e.At.Before(now.Add(-time.Minute))
	same := se.Type == string(e.Type) && se.Actor == e.Actor && bytes.Equal(payload, se.Payload) &&
		(matter.IsAct(e.Type) || statedNow || e.At.UTC().Truncate(time.Microsecond).Equal(se.At))
	if !same {
		return store.Event{}, &fault.Error{Code: fault.Invalid, Field: "idempotency_key",
			Message: fmt.Sprintf("the idempotency key %q was already used for another request (event %d, %s); use a new key for a new request: nothing was stored", key, se.Seq, se.Type)}
	}
	return se, nil
}

// nextID names a new objection, motion or production: obj-1, mot-2, prod-1.
func nextID(c *Case, t matter.Type) string {
	prefix := map[matter.Type]string{matter.ObjectionReceived: "obj", matter.MotionFiled: "mot", matter.ProductionBuilt: "prod"}[t]
	if prefix == "" {
		return ""
	}
	n := 1
	for _, e := range c.Events {
		if e.Type == t {
			n++
		}
	}
	return fmt.Sprintf("%s-%d", prefix, n)
}

// Assess evaluates a case at a moment.
func (s *Service) Assess(ctx context.Context, id string, now time.Time) (*Case, *matter.Assessment, error) {
	c, err := s.Load(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	a, err := matter.Assess(c.Events, c.Calendar, now)
	if err != nil {
		return nil, nil, err
	}
	return c, a, nil
}
