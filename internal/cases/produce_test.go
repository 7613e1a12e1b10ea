package cases

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/demo"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/source"
	"github.com/writ-project/writ/internal/store"
)

// objectingSource is the demo platform, during whose reading an account
// holder's objection reaches the platform and is recorded: the build's
// own record must then be refused, and its package removed.
type objectingSource struct {
	source.Source
	record func()
}

func (s objectingSource) Records(ctx context.Context, id string, cats []order.Category) ([]source.Record, error) {
	s.record()
	return s.Source.Records(ctx, id, cats)
}

// TestRefusedBuildLeavesNothing: a build refused by the gate writes no
// file; a build the gate allowed, which cannot be recorded because an
// objection came in while it ran, is removed (issue 11).
func TestRefusedBuildLeavesNothing(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	now := time.Date(2026, 12, 2, 17, 0, 0, 0, time.UTC)
	st, err := store.Open(ctx, "sqlite:"+filepath.Join(dir, "writ.db"), func() time.Time { return now })
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc := &Service{Store: st, Now: func() time.Time { return now }, Actor: "os:tester"}
	c, err := svc.Open(ctx, examples.SeedOrder(), "", "")
	if err != nil {
		t.Fatal(err)
	}
	loaded, _ := svc.Load(ctx, c.ID)
	day := func(d string) time.Time { t, _ := ParseMoment(d, loaded.Calendar.Location, false); return t }
	yes := true
	for _, e := range []matter.Event{
		{Type: matter.SubpoenaServed, At: day("2022-10-20"), WithOrder: &yes, Conforms: &yes},
		{Type: matter.NoticeSent, At: day("2022-10-21"), Account: "konnoyukio@CmRUCE"},
	} {
		if _, err := svc.Record(ctx, c.ID, e, ""); err != nil {
			t.Fatal(err)
		}
	}
	platform := filepath.Join(dir, "platform")
	if _, err := demo.Generate(demo.Options{Accounts: 20, Events: 2000, Seed: 5}, platform); err != nil {
		t.Fatal(err)
	}
	src, err := source.OpenDemo(platform)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()

	out := filepath.Join(dir, "refused")
	if _, err := svc.Produce(ctx, c.ID, src, ProduceOptions{Out: out}); !fault.Is(err, fault.GateClosed) {
		t.Fatalf("a build with one holder never noticed: %v; want gate_closed", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a refused build left %s", out)
	}

	if _, err := svc.Record(ctx, c.ID, matter.Event{Type: matter.NoticeSent, At: day("2022-10-21"), Account: "Aya@ay_chim0807"}, ""); err != nil {
		t.Fatal(err)
	}
	out = filepath.Join(dir, "overtaken")
	once := false
	objecting := objectingSource{Source: src, record: func() {
		if once {
			return
		}
		once = true
		if _, err := svc.Record(ctx, c.ID, matter.Event{Type: matter.ObjectionReceived, At: now, Account: "Aya@ay_chim0807"}, ""); err != nil {
			t.Error(err)
		}
	}}
	_, err = svc.Produce(ctx, c.ID, objecting, ProduceOptions{Out: out})
	if !fault.Is(err, fault.GateClosed) || !strings.Contains(err.Error(), "removed") {
		t.Fatalf("a build overtaken by an objection: %v; want gate_closed, the package removed", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a build that could not be recorded left %s", out)
	}
	evs, _ := st.Events(ctx, c.ID)
	for _, e := range evs {
		if e.Type == string(matter.ProductionBuilt) {
			t.Error("the overtaken build was recorded")
		}
	}
}
