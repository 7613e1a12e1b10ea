package api

import (
	"context"
	"strings"

	"github.com/danielgtaylor/huma/v2"

	"github.com/writ-project/writ/internal/order"
)

// notOpenAlready refuses, with 409, an order that is open already
// (cases.Service.OpenAlready: the same court, case number and platform).
// The intake page asks the same; here, as there, a second case
// opens only when asked for (allow_duplicate). The case that key opened
// is not a duplicate: the request is a retry, and Open answers that case.
func (a *API) notOpenAlready(ctx context.Context, o *order.Order, key string) error {
	already, err := a.Cases.OpenAlready(ctx, o)
	if err != nil {
		return a.problem(ctx, err)
	}
	var open []string
	for _, sc := range already {
		if key != "" {
			evs, err := a.Cases.Store.Events(ctx, sc.ID)
			if err != nil {
				return a.problem(ctx, err)
			}
			if len(evs) > 0 && evs[0].IdempotencyKey == key {
				return nil
			}
		}
		open = append(open, sc.ID)
	}
	if len(open) == 0 {
		return nil
	}
	msg := "this order is open already, as case " + strings.Join(open, ", ") +
		" (same court, case number and platform); nothing was stored. To open a second case under the same order, send the request again with ?allow_duplicate=true"
	details := make([]error, 0, len(open))
	for _, id := range open {
		details = append(details, &huma.ErrorDetail{Location: "body.case_number", Message: "open as case " + id, Value: id})
	}
	return huma.Error409Conflict(msg, details...)
}
