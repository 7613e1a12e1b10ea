package report

import (
	"context"
	"time"

	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/courttime"
)

// Load reads every case of the service that counts (nil counts every case:
// the operator's command line; the pages count the cases the reader may
// see) and makes the transparency report of the period, as the cases stand
// at asOf. A case whose order is dated outside the period is not counted.
func Load(ctx context.Context, svc *cases.Service, counts func(*cases.Case) bool, from, to courttime.Date, asOf time.Time) (Transparency, error) {
	if err := CheckPeriod(from, to); err != nil {
		return Transparency{}, err
	}
	all, err := svc.Store.Cases(ctx)
	if err != nil {
		return Transparency{}, err
	}
	var requests []Request
	for _, sc := range all {
		if err := ctx.Err(); err != nil {
			return Transparency{}, err
		}
		c, err := svc.Load(ctx, sc.ID)
		if err != nil {
			return Transparency{}, err
		}
		if counts != nil && !counts(c) {
			continue
		}
		requests = append(requests, Request{Order: c.Order, Events: c.Events})
	}
	return Count(requests, from, to, asOf)
}
