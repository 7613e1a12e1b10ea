package notice

import (
	"testing"
	"time"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
)

const (
	konno = "konnoyukio@CmRUCE"
	aya   = "Aya@ay_chim0807"
)

func loc(t testing.TB, name string) *time.Location {
	t.Helper()
	l, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// seedEvents is the seed case as the engine sees it: the order entered on
// 2022-10-13, the subpoena served on Thursday 2022-10-20, both accounts
// resolved.
func seedEvents(t testing.TB) ([]matter.Event, *courttime.Calendar) {
	t.Helper()
	o, err := order.Parse(examples.SeedOrder())
	if err != nil {
		t.Fatal(err)
	}
	cal, err := courttime.Court("cand")
	if err != nil {
		t.Fatal(err)
	}
	la := cal.Location
	yes := true
	return []matter.Event{
		{Seq: 1, Type: matter.OrderEntered, At: o.Date.Start(la), Order: o},
		{Seq: 2, Type: matter.SubpoenaServed, At: time.Date(2022, 10, 20, 10, 0, 0, 0, la), Method: "personal", WithOrder: &yes, Conforms: &yes},
		{Seq: 3, Type: matter.TargetResolved, At: time.Date(2022, 10, 20, 15, 0, 0, 0, la), Account: konno, AccountID: "1460412345678901234"},
		{Seq: 4, Type: matter.TargetResolved, At: time.Date(2022, 10, 20, 15, 0, 0, 0, la), Account: aya, AccountID: "1494412345678905678"},
	}, cal
}
