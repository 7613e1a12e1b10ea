package web

import (
	"context"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

// seen records in the case's access log that p is being shown the kinds of
// a person's data in what, through via, before the answer is written: if
// the access cannot be recorded, the data is not shown. Nothing is
// recorded when what is empty (the page showed no one's data).
func (s *Server) seen(ctx context.Context, p access.Principal, caseID, via string, what ...string) error {
	if len(what) == 0 {
		return nil
	}
	l, ok := store.AccessLogOf(s.Cases.Store)
	if !ok {
		return fault.Errorf(fault.Internal, "this store keeps no access log, so no one's data is shown")
	}
	_, err := l.RecordAccess(ctx, store.Access{CaseID: caseID, At: s.Now(), Actor: p.Actor(), Via: via, What: what})
	return err
}
