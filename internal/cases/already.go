package cases

import (
	"context"
	"strings"

	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/store"
)

// OpenAlready returns the cases already open for the order: the same
// court and case number, directed to the same platform. A § 1782 case may
// authorize subpoenas to several platforms, each its own case. The intake
// page and the API ask it before they open a case, and open a second one
// only when the person asks for it.
func (s *Service) OpenAlready(ctx context.Context, o *order.Order) ([]store.Case, error) {
	number := strings.TrimSpace(o.CaseNumber)
	if number == "" {
		return nil, nil
	}
	all, err := s.Store.Cases(ctx)
	if err != nil {
		return nil, err
	}
	var out []store.Case
	for _, sc := range all {
		if sc.Court != o.Court.ID || !strings.EqualFold(strings.TrimSpace(sc.Number), number) {
			continue
		}
		c, err := s.Load(ctx, sc.ID)
		if err != nil {
			return nil, err
		}
		if c.Order != nil && c.Order.Provider == o.Provider {
			out = append(out, sc)
		}
	}
	return out, nil
}
