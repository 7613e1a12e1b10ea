package store_test

import (
	"testing"

	"github.com/writ-project/writ/internal/store/storetest"
)

// TestLogTree runs the log tree's part of the conformance suite on each
// database.
func TestLogTree(t *testing.T) {
	t.Parallel()
	for _, db := range databases {
		t.Run(db.name, func(t *testing.T) {
			t.Parallel()
			storetest.RunLog(t, db.fresh)
		})
	}
}
