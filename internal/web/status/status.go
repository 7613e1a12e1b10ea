// Package status is the one table from a fault's code to the HTTP status
// of the answer, for every surface of writ's web. The API writes a refusal
// as problem JSON, the pages as an error page, a download as plain text:
// each writes its own way, and none decides the status but this table.
package status

import (
	"net/http"

	"github.com/writ-project/writ/internal/fault"
)

// byCode gives each code of fault the status that says the same thing in
// HTTP. A refusal (4xx) is shown to the person with its message, which
// says what to do; a fault of writ or of its records (5xx) is logged, and
// the person is told only that the details are in writ's log.
var byCode = map[fault.Code]int{
	// The input is wrong; the person can correct it.
	fault.Invalid: http.StatusUnprocessableEntity,
	// Also a case the caller may not see (see casefile.Load).
	fault.NotFound:  http.StatusNotFound,
	fault.Forbidden: http.StatusForbidden,
	// The case changed underneath the caller, or the act does not fit the
	// case as it stands, or the order does not allow disclosure now: each
	// conflicts with the state of the case.
	fault.Conflict:   http.StatusConflict,
	fault.Refused:    http.StatusConflict,
	fault.GateClosed: http.StatusConflict,
	// Stored records fail their integrity check: not the caller's doing.
	fault.Tampered: http.StatusInternalServerError,
	fault.Internal: http.StatusInternalServerError,
}

// Of is the status of the answer to err: its code's, or 500 for an error
// without a code (a fault of writ, whose details only the log may hold).
func Of(err error) int {
	if s, ok := byCode[fault.CodeOf(err)]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// Internal reports whether err is a fault of writ rather than a refusal:
// its message is logged, never shown.
func Internal(err error) bool { return Of(err) >= http.StatusInternalServerError }
