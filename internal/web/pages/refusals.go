package pages

import (
	"net/http"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/web/casefile"
	"github.com/writ-project/writ/internal/web/status"
)

// pageFault answers a page with an error of the case service: the one
// table (package status) picks the status, and the page says the message
// meant for a person; a fault of writ is a 500 whose details go only to
// the log.
func (s *Pages) pageFault(w http.ResponseWriter, r *http.Request, p access.Principal, err error) {
	if status.Internal(err) {
		s.Log.ErrorContext(r.Context(), "internal error", "err", err)
		s.errorPage(w, r, &p, http.StatusInternalServerError, "Internal error; the details are in writ's log.")
		return
	}
	s.errorPage(w, r, &p, status.Of(err), fault.Message(err))
}

// pageCase loads the case of a page's path for p to do act with it. A
// case p may not see gets the very page of a case that does not exist
// (casefile.Load); one p sees but may not do act with, the policy's 403.
func (s *Pages) pageCase(w http.ResponseWriter, r *http.Request, p access.Principal, act access.Act) (*cases.Case, access.CaseRef, bool) {
	c, ref, err := casefile.Load(r.Context(), s.Cases, p, r.PathValue("id"))
	if err == nil {
		err = access.Check(p, act, ref)
	}
	if err != nil {
		s.pageFault(w, r, p, err)
		return nil, ref, false
	}
	return c, ref, true
}

// formRefused shows the case page again with why a form's act was
// refused: 422 when the form itself was wrong, else 409, since the act does
// not fit the case as it stands. That includes a production the form names
// that is not there, or whose package no longer verifies: the page shown is
// the case's, which exists. A refusal of the person (403) and a fault of
// writ get the error page instead (pageFault).
func (s *Pages) formRefused(w http.ResponseWriter, r *http.Request, p access.Principal, err error) {
	switch fault.CodeOf(err) {
	case fault.Invalid, fault.Refused, fault.Conflict, fault.GateClosed, fault.NotFound, fault.Tampered:
	default:
		s.pageFault(w, r, p, err)
		return
	}
	c, ref, ok := s.pageCase(w, r, p, access.ViewCaseStatus)
	if !ok {
		return
	}
	code := http.StatusConflict
	if status.Of(err) == http.StatusUnprocessableEntity {
		code = http.StatusUnprocessableEntity
	}
	s.showCasePage(w, r, p, c, ref, code, fieldMessage(err))
}
