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

// TestWarmAndCache: Warm loads every case, a loaded case is served from
// memory while its head is unchanged and read again once it moves, and the
// cases of one court share its calendar.
func TestWarmAndCache(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "writ.db"), time.Now)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc := &Service{Store: st, Now: time.Now, Actor: "test"}
	var ids []string
	for range 2 {
		c, err := svc.Open(ctx, examples.SeedOrder(), "", "")
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, c.ID)
	}

	fresh := &Service{Store: st, Now: time.Now, Actor: "test"}
	if n, err := fresh.Warm(ctx); err != nil || n != 2 {
		t.Fatalf("Warm = %d, %v; want 2, nil", n, err)
	}
	a, err := fresh.Load(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	b, err := fresh.Load(ctx, ids[1])
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := fresh.Load(ctx, ids[0]); again != a {
		t.Error("a case loaded twice with the same head was read again")
	}
	if a.Calendar != b.Calendar {
		t.Error("two cases of one court do not share its calendar")
	}

	loc := a.Calendar.Location
	yes := true
	served := matter.Event{Type: matter.SubpoenaServed, At: time.Date(2022, 10, 20, 0, 0, 0, 0, loc), WithOrder: &yes, Conforms: &yes}
	if _, err := svc.Record(ctx, ids[0], served, ""); err != nil {
		t.Fatal(err)
	}
	moved, err := fresh.Load(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if moved == a || moved.Seq != 2 || len(moved.Events) != 2 || len(moved.Stored) != 2 {
		t.Errorf("after an append: same=%v seq=%d events=%d stored=%d; want a new case at seq 2 with 2 events",
			moved == a, moved.Seq, len(moved.Events), len(moved.Stored))
	}
}
