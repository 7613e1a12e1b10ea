package store_test

import (
	"os"
	"testing"

	"github.com/writ-project/writ/internal/store"
)

// TestMain runs every test of the store with audits cut into the smallest
// ranges, so that the conformance suite's audits (Verify, VerifyBlobs,
// Audit) read many ranges at once and stitch them together: what an audit
// finds must not depend on where it cut.
func TestMain(m *testing.M) {
	store.SmallAuditRanges()
	os.Exit(m.Run())
}
