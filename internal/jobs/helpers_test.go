package jobs_test

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/testdb"

	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/jobs"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
)

// court is the seed order's court zone (N.D. Cal.).
var court = func() *time.Location {
	loc, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		panic(err)
	}
	return loc
}()

// at returns an hour of a day in the court's zone: at("2026-11-27", 9).
func at(day string, hour int) time.Time {
	d, err := time.ParseInLocation("2006-01-02", day, court)
	if err != nil {
		panic(err)
	}
	return d.Add(time.Duration(hour) * time.Hour)
}

// clock is a clock the test sets.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock(t time.Time) *clock { return &clock{t: t} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// notifier records what it is asked to send, and fails while fail is set.
type notifier struct {
	mu    sync.Mutex
	sent  []jobs.Reminder
	tries map[string]int
	fail  error
}

func (n *notifier) Remind(_ context.Context, r jobs.Reminder) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.tries == nil {
		n.tries = map[string]int{}
	}
	n.tries[r.Key]++
	if n.fail != nil {
		return n.fail
	}
	n.sent = append(n.sent, r)
	return nil
}

// failWith makes the notifier fail with err from now on (nil: succeed).
func (n *notifier) failWith(err error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.fail = err
}

// take returns what was sent since the last take, as "duty kind" sorted.
func (n *notifier) take() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	out := []string{}
	for _, r := range n.sent {
		out = append(out, r.Duty.ID+" "+r.Kind)
	}
	n.sent = nil
	slices.Sort(out)
	return out
}

// database is a kind of database the jobs run on; dsn makes a fresh one
// for a test and removes it when the test ends.
type database struct {
	name string
	dsn  func(t *testing.T) string
}

var databases = []database{{"SQLite", sqliteDSN}, {"PostgreSQL", postgresDSN}}

func sqliteDSN(t *testing.T) string {
	return "sqlite:" + filepath.Join(t.TempDir(), "writ.db")
}

// postgresDSN makes a schema of its own in the database named by
// WRIT_TEST_POSTGRES, dropped when the test ends, and returns a DSN whose
// search_path is that schema.
func postgresDSN(t *testing.T) string {
	return testdb.PostgresSchema(t, "the jobs")
}

// open opens a store on dsn, as one writ process would, and returns its
// cases and reminders; it is closed when t ends.
func open(t *testing.T, dsn string, clk *clock) (*cases.Service, store.ReminderStore) {
	t.Helper()
	s, err := store.Open(context.Background(), dsn, clk.Now)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	rs, ok := store.RemindersOf(s)
	if !ok {
		t.Fatal("the store keeps no reminders")
	}
	return &cases.Service{Store: s, Now: clk.Now, Actor: "staff:test"}, rs
}

// seedOrder is the order of Takagi (N.D. Cal. 2022): notices are due
// within 10 calendar days of service of the subpoena.
const seedOrder = "../../examples/orders/takagi-2022.json"

// seedCase opens a case for the seed order whose subpoena, with the order,
// was served on Friday 2026-11-20: the notice to each of the two account
// holders is due on Monday 2026-11-30 (10 days on; a weekday, so nothing
// rolls). The clock is left at the moment of recording.
func seedCase(t *testing.T, svc *cases.Service, clk *clock) string {
	t.Helper()
	ctx := context.Background()
	data, err := os.ReadFile(seedOrder)
	if err != nil {
		t.Fatal(err)
	}
	clk.Set(at("2026-11-20", 17))
	c, err := svc.Open(ctx, data, "", "")
	if err != nil {
		t.Fatalf("opening the seed case: %v", err)
	}
	yes := true
	served := matter.Event{Type: matter.SubpoenaServed, At: at("2026-11-20", 10), Method: "personal", WithOrder: &yes, Conforms: &yes}
	if _, err := svc.Record(ctx, c.ID, served, ""); err != nil {
		t.Fatalf("recording service: %v", err)
	}
	return c.ID
}

// quiet is a logger that drops everything.
var quiet = slog.New(slog.DiscardHandler)

// runner returns a Runner on one store.
func runner(svc *cases.Service, rs store.ReminderStore, n jobs.Notifier, clk *clock, id string) *jobs.Runner {
	return &jobs.Runner{Cases: svc, Reminders: rs, Notify: n, Now: clk.Now, Log: quiet, ID: id}
}
