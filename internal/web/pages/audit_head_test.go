package pages

import (
	"context"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/store"
)

// lostAccesses is an access log whose last accesses were deleted, as
// someone with the database's files could: the chain that is left still
// verifies, but not against the head the case records.
type lostAccesses struct {
	store.AccessLog
	lose int
}

func (l lostAccesses) Accesses(ctx context.Context, caseID string) ([]store.Access, error) {
	as, err := l.AccessLog.Accesses(ctx, caseID)
	if len(as) >= l.lose {
		as = as[:len(as)-l.lose]
	}
	return as, err
}

// TestAuditAccessHead: the audit page says whether the access log ends
// where the case records that it ends (store.VerifyAccessHead): deleting
// its last accesses leaves a chain that verifies, and the page says it
// does not end where it should.
func TestAuditAccessHead(t *testing.T) {
	f := newFixture(t)
	// Two visits, so that there are accesses to lose.
	f.Page(t, "staff", "GET", "/cases/"+f.Own+"/audit", nil)
	if _, body := f.Page(t, "staff", "GET", "/cases/"+f.Own+"/audit", nil); !strings.Contains(body, "The access log verifies and ends where the case records it ends") {
		t.Errorf("a whole access log:\n%.3000s", body)
	}
	f.pages.Accesses = lostAccesses{AccessLog: f.AccessLog, lose: 2}
	_, body := f.Page(t, "staff", "GET", "/cases/"+f.Own+"/audit", nil)
	if !strings.Contains(body, "accesses were deleted from its end") || strings.Contains(body, "ends where the case records it ends") {
		t.Errorf("an access log that lost its end:\n%.3000s", body)
	}
}
