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
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/sync/singleflight"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/store"
)

// Service keeps the cases of one store.
type Service struct {
	cacheOnce sync.Once
	cache     *caseCache

	Store store.Store
	// CacheCases is how many parsed cases the service keeps in memory,
	// the ones asked for most often and most recently; 0 means
	// DefaultCacheCases. It is read when the service first loads a case.
	CacheCases int
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

	// kept is the case's last assessment, nil for a Case not read by a
	// Service.
	kept *keptAssessment
}

// keptAssessment holds a case's last assessment and the moments it holds
// for: from the moment assessed until the first instant at which assessing
// the same events could answer otherwise (matter.Until; zero: forever).
// It belongs to one parsed case, hence to one head: an event recorded
// makes a new head, read into a new Case with nothing kept.
type keptAssessment struct {
	p atomic.Pointer[keptAt]
}

type keptAt struct {
	a           *matter.Assessment
	from, until time.Time
}

// Assess evaluates the case at now, as matter.Assess does. The case keeps
// its last assessment and serves it again, as of now, while now lies
// within what it holds for (matter.Until), so that a case asked for again
// and again (its page, the API) is not folded and its days counted anew
// each time: what is served is what assessing afresh would give, the
// gate's decision included. The assessment returned is shared and must
// not be changed.
func (c *Case) Assess(now time.Time) (*matter.Assessment, error) {
	if c.kept != nil {
		if k := c.kept.p.Load(); k != nil && !now.Before(k.from) && (k.until.IsZero() || now.Before(k.until)) {
			a := *k.a
			a.AsOf = now.UTC()
			return &a, nil
		}
	}
	a, err := matter.Assess(c.Events, c.Calendar, now)
	if err != nil {
		return nil, err
	}
	if c.kept != nil {
		c.kept.p.Store(&keptAt{a: a, from: now, until: matter.Until(c.Events, a)})
	}
	return a, nil
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
// seq and hash) is unchanged is served from memory: the log is
// append-only, so the same head means the same events. The Case returned
// is shared and must not be changed.
func (s *Service) Load(ctx context.Context, id string) (*Case, error) {
	sc, err := s.Store.Case(ctx, id)
	if err != nil {
		return nil, err
	}
	return s.load(ctx, sc)
}

// load returns the case whose row is sc: from the cache while its head is
// unchanged, else read from the store and parsed, once however many ask
// for it at the same time. The read is shared, so it is not ended by the
// context of whichever caller happened to start it; a caller whose
// context ends stops waiting for it.
func (s *Service) load(ctx context.Context, sc store.Case) (*Case, error) {
	cc := s.cases()
	if c, ok := cc.get(sc); ok {
		return c, nil
	}
	key := sc.ID + "@" + strconv.FormatInt(sc.Seq, 10) + "@" + sc.Head
	shared := context.WithoutCancel(ctx)
	ch := cc.flights.DoChan(key, func() (any, error) {
		// A caller that missed the cache just before another read of
		// this head kept its case, and asked only once that read had
		// ended, finds the case here rather than reading it again.
		if c, ok := cc.peek(sc); ok {
			return c, nil
		}
		c, err := s.read(shared, sc)
		if err != nil {
			return nil, err
		}
		cc.reads.Add(1)
		cc.keep(c)
		return c, nil
	})
	select {
	case r := <-ch:
		if r.Err != nil {
			return nil, r.Err
		}
		return r.Val.(*Case), nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// read reads a case from the store and parses its events.
func (s *Service) read(ctx context.Context, sc store.Case) (*Case, error) {
	id := sc.ID
	stored, err := s.Store.Events(ctx, id)
	if err != nil {
		return nil, err
	}
	if int64(len(stored)) > sc.Seq {
		// Appended to since sc was read: keep the case as of sc's head,
		// which is what the cache knows it by.
		stored = stored[:sc.Seq]
	}
	c := &Case{Case: sc, Stored: stored, Events: make([]matter.Event, 0, len(stored)), kept: &keptAssessment{}}
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
	return c, nil
}

// Warm loads the newest cases, as many as the cache's segment for cases
// read once holds (a quarter of CacheCases), so that the first requests
// for recent cases are answered from memory like the ones after them; the
// others are read when first asked for. writ serve runs it when it starts.
// It does not load every case: a platform with a hundred thousand cases
// would hold them all (about 20 KiB each) and spend a minute reading them,
// and a bounded cache would keep only the last of them. The newest are
// loaded last, so that they are the last the cache would let go. It
// returns how many cases it loaded; a case that cannot be loaded is
// skipped (a request for it says why).
func (s *Service) Warm(ctx context.Context) (int, error) {
	all, err := s.Store.Cases(ctx) // newest first
	if err != nil {
		return 0, err
	}
	newest := all[:min(len(all), s.cases().warm)]
	n := 0
	for i := len(newest) - 1; i >= 0; i-- {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		if _, err := s.load(ctx, newest[i]); err == nil {
			n++
		}
	}
	return n, nil
}

// DefaultCacheCases is how many parsed cases a Service keeps unless
// CacheCases says otherwise: about 38 MiB of them (a case of the seed
// order with its service and two notices takes about 18 KiB parsed, and
// its kept assessment, Case.Assess, about 20 KiB more). Under a skewed
// load most requests are for a few cases, asked for again and again, and
// most of the rest for cases asked for once, which no cache holds: at
// 100,000 cases and 1,000 requests a second over a Zipf working set,
// 1,024 cases read 29% of the requests from the store and 2,048 cases 25%,
// but the larger cache's 38 MiB more of live heap made the collector run
// 37 to 40 times a minute under writ serve's memory limit instead of 27,
// and took more CPU than the misses it spared.
const DefaultCacheCases = 1024

// CacheStats says what the case cache holds and has done since the
// Service was made.
type CacheStats struct {
	// Held is how many cases the cache holds; Room how many it may.
	Held, Room int
	// Hits counts the loads answered from memory; Reads the cases read
	// from the store and parsed (a load that waited for another's read
	// of the same head counts neither).
	Hits, Reads int64
}

// CacheStats says what the case cache holds and has done.
func (s *Service) CacheStats() CacheStats {
	cc := s.cases()
	return CacheStats{Held: cc.held.Len(), Room: cc.room, Hits: cc.hits.Load(), Reads: cc.reads.Load()}
}

// cases returns the service's cache, made on first use with CacheCases'
// room.
func (s *Service) cases() *caseCache {
	s.cacheOnce.Do(func() {
		room := s.CacheCases
		if room <= 0 {
			room = DefaultCacheCases
		}
		held, err := lru.New2Q[string, *Case](room)
		if err != nil {
			panic(err) // only for a room below 1, which is never asked for
		}
		s.cache = &caseCache{held: held, room: room, warm: max(1, int(float64(room)*lru.Default2QRecentRatio))}
	})
	return s.cache
}

// caseCache keeps parsed cases by id, each valid only as of its head (its
// last event's seq and hash: the same head, the same events), at most room
// of them. The cache is 2Q (a segmented LRU): a case read once waits in a
// segment of a quarter of the room, and only a case asked for again (or
// read again soon after it was let go) moves to the segment that holds the
// rest, whence nothing read only once can push it. So one pass over every
// case (the reminders' tick, the duty metrics) leaves the cases that
// requests keep asking for where they are.
type caseCache struct {
	held *lru.TwoQueueCache[string, *Case]
	room int
	// warm is how many cases Warm loads: the read-once segment's room.
	warm int
	// mu makes keep's look and add one step, so that of two reads of a
	// case finishing together the older version never replaces the newer.
	mu sync.Mutex
	// flights shares one read of a case's head among those who ask for
	// it meanwhile.
	flights     singleflight.Group
	hits, reads atomic.Int64
}

// get returns the case as of sc's head, if the cache holds that version;
// asking counts as using the case, whatever version is held.
func (c *caseCache) get(sc store.Case) (*Case, bool) {
	hit, ok := c.held.Get(sc.ID)
	if !ok || hit.Seq != sc.Seq || hit.Head != sc.Head {
		return nil, false
	}
	c.hits.Add(1)
	return hit, true
}

// peek is get without counting as a use of the case.
func (c *caseCache) peek(sc store.Case) (*Case, bool) {
	hit, ok := c.held.Peek(sc.ID)
	if !ok || hit.Seq != sc.Seq || hit.Head != sc.Head {
		return nil, false
	}
	return hit, true
}

// keep holds a case just read, in place of an older version of it; a
// newer version held already stays.
func (c *caseCache) keep(v *Case) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if held, ok := c.held.Peek(v.ID); ok && (held.Seq > v.Seq || held.Seq == v.Seq && held.Head == v.Head) {
		return
	}
	c.held.Add(v.ID, v)
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

// Assess evaluates a case at a moment (Case.Assess: the assessment
// returned is shared and must not be changed).
func (s *Service) Assess(ctx context.Context, id string, now time.Time) (*Case, *matter.Assessment, error) {
	c, err := s.Load(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	a, err := c.Assess(now)
	if err != nil {
		return nil, nil, err
	}
	return c, a, nil
}

// peekOrRead returns the case whose row is sc: the cache's copy when it
// holds that head, without counting as a use, else read from the store
// and not kept. A pass over every case (the index of summaries) reads
// through it, so that it neither pushes out of the cache the cases
// requests keep asking for nor moves the ones it finds there.
func (s *Service) peekOrRead(ctx context.Context, sc store.Case) (*Case, error) {
	if c, ok := s.cases().peek(sc); ok {
		return c, nil
	}
	return s.read(ctx, sc)
}
