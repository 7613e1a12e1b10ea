package cases

import (
	"context"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/store"
)

// TestOpenAlready: an order is open already where a case has the same
// court, the same case number (however spaced or cased) and the same
// platform; a § 1782 case that authorizes subpoenas to another platform is
// a case of its own.
func TestOpenAlready(t *testing.T) {
	ctx := context.Background()
	cs, ids := openCases(t, 1)
	svc := &Service{Store: cs.Store, Now: time.Now, Actor: "test"}
	c, err := svc.Load(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	seed := func() *order.Order { o := *c.Order; return &o }
	empty := &Service{Store: noCases{cs.Store}, Now: time.Now}
	if open, err := empty.OpenAlready(ctx, seed()); err != nil || len(open) != 0 {
		t.Fatalf("OpenAlready where no case is open = %v, %v", open, err)
	}
	same := seed()
	same.CaseNumber = " " + c.Order.CaseNumber + " "
	if open, err := svc.OpenAlready(ctx, same); err != nil || len(open) != 1 || open[0].ID != ids[0] {
		t.Errorf("OpenAlready of the seed order again = %v, %v; want case %s", open, err, ids[0])
	}
	other := seed()
	other.Provider = "Another Platform, Inc."
	if open, err := svc.OpenAlready(ctx, other); err != nil || len(open) != 0 {
		t.Errorf("OpenAlready of the order to another platform = %v, %v; want none", open, err)
	}
	elsewhere := seed()
	elsewhere.CaseNumber = "23-mc-80001-VKD"
	if open, err := svc.OpenAlready(ctx, elsewhere); err != nil || len(open) != 0 {
		t.Errorf("OpenAlready of another case number = %v, %v; want none", open, err)
	}
}

// noCases is a store that lists no case.
type noCases struct{ store.Store }

func (noCases) Cases(context.Context) ([]store.Case, error) { return nil, nil }
