package cases

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
)

// TestActOnARunningClock: an act stated as now (no time, today's date, or
// an instant within a minute) through Decode is recorded at the time
// Record reads from the clock, though the clock has moved on between the
// two, as a real clock always has. With Decode and Record each reading it,
// every act made through the CLI, the API or the forms was refused as
// back-dated, except in tests on a frozen clock.
func TestActOnARunningClock(t *testing.T) {
	ctx := context.Background()
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		t.Fatal(err)
	}
	tick := time.Date(2022, 11, 21, 9, 0, 0, 0, la)
	clock := func() time.Time {
		tick = tick.Add(time.Millisecond)
		return tick
	}
	st, err := store.Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "writ.db"), clock)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc := &Service{Store: st, Now: clock, Actor: "test"}
	sc, err := svc.Open(ctx, examples.SeedOrder(), "", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, at := range []string{"", "2022-11-21", "2022-11-21T09:00"} {
		t.Run("at="+at, func(t *testing.T) {
			c, err := svc.Load(ctx, sc.ID)
			if err != nil {
				t.Fatal(err)
			}
			e, err := Decode(c, Input{Type: string(matter.UseAcknowledged), At: at}, clock())
			if err != nil {
				t.Fatal(err)
			}
			se, err := svc.Record(ctx, sc.ID, e, "")
			if err != nil {
				t.Fatalf("the acknowledgment is refused: %v", err)
			}
			// The store stamps its own reading of the clock, a tick
			// after the case service's.
			if d := se.RecordedAt.Sub(se.At); d < 0 || d > time.Second {
				t.Errorf("at %s, recorded at %s: an act happens when it is recorded", se.At, se.RecordedAt)
			}
		})
	}
}
