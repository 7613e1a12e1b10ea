package status_test

import (
	"errors"
	"fmt"
	"net/http"
	"testing"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/web/status"
)

// TestOf: each code of fault has the status that says the same in HTTP,
// whether the fault comes bare or wrapped; an error without a code is a
// fault of writ.
func TestOf(t *testing.T) {
	for _, tc := range []struct {
		name     string
		err      error
		want     int
		internal bool
	}{
		{"an invalid input", fault.Errorf(fault.Invalid, "at: February 2022 has 28 days"), http.StatusUnprocessableEntity, false},
		{"a case that does not exist, or is not the caller's to see", fault.Errorf(fault.NotFound, "case c-x does not exist"), http.StatusNotFound, false},
		{"a role that may not do the act", fault.Errorf(fault.Forbidden, "counsel may not see the audit trail"), http.StatusForbidden, false},
		{"another write came first", fault.Errorf(fault.Conflict, "another event was recorded first"), http.StatusConflict, false},
		{"a ruling on an objection that does not exist", fault.Errorf(fault.Refused, "there is no objection obj-9"), http.StatusConflict, false},
		{"a build while an objection is pending", fault.Errorf(fault.GateClosed, "an objection is pending"), http.StatusConflict, false},
		{"a package that no longer verifies", fault.Errorf(fault.Tampered, "the package does not verify"), http.StatusInternalServerError, true},
		{"a failure of writ", fault.Wrap(fault.Internal, errors.New("disk full"), "cannot store"), http.StatusInternalServerError, true},
		{"an error without a code", errors.New("sql: connection refused"), http.StatusInternalServerError, true},
		{"a fault wrapped with %w", fmt.Errorf("record: %w", fault.Errorf(fault.GateClosed, "held")), http.StatusConflict, false},
		{"a code the table does not know", &fault.Error{Code: "new_code", Message: "?"}, http.StatusInternalServerError, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := status.Of(tc.err); got != tc.want {
				t.Errorf("Of(%v) = %d; want %d", tc.err, got, tc.want)
			}
			if got := status.Internal(tc.err); got != tc.internal {
				t.Errorf("Internal(%v) = %v; want %v", tc.err, got, tc.internal)
			}
		})
	}
}
