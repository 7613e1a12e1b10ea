package web

import (
	"net/http"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
)

// productionLine is a production as the case page lists it, with what the
// signed-in principal may do with it.
type productionLine struct {
	ID          string
	Built       courttime.Date
	Released    courttime.Date
	CanRelease  bool
	CanDownload bool
}

// productionsFor lists a case's productions for the principal: staff see
// every one and may release what is built; counsel see only the released
// ones, and may download once they have acknowledged the use restriction.
func productionsFor(p access.Principal, ref access.CaseRef, s *matter.State, loc func(matter.Production) (courttime.Date, courttime.Date)) []productionLine {
	var out []productionLine
	for _, pr := range s.Productions {
		built, released := loc(*pr)
		r := ref
		r.Released, r.UseAcknowledged = !pr.Released.IsZero(), !s.Acknowledged.IsZero()
		if p.Role() == access.Counsel && !r.Released {
			continue
		}
		out = append(out, productionLine{ID: pr.ID, Built: built, Released: released,
			CanRelease:  access.Can(p, access.Produce, ref) && !r.Released,
			CanDownload: access.Can(p, access.DownloadRelease, r)})
	}
	return out
}

// produceForm builds a production from the case page (staff), through the
// gate like the API.
func (s *Server) produceForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	c, ok := s.productionCase(w, r, p)
	if !ok {
		return
	}
	if _, err := s.build(r.Context(), c.ID, p.Actor(), nil); err != nil {
		s.formRefused(w, r, p, err)
		return
	}
	http.Redirect(w, r, "/cases/"+c.ID, http.StatusSeeOther)
}

// releaseForm releases a built production from the case page (staff).
func (s *Server) releaseForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	c, ok := s.productionCase(w, r, p)
	if !ok {
		return
	}
	prod := r.PostFormValue("production")
	if err := s.Cases.Release(r.Context(), c.ID, prod, s.packageDir(c.ID, prod), p.Actor()); err != nil {
		s.formRefused(w, r, p, err)
		return
	}
	http.Redirect(w, r, "/cases/"+c.ID, http.StatusSeeOther)
}

// voidForm voids a built production from the case page (staff), with the
// reason given.
func (s *Server) voidForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	c, ok := s.productionCase(w, r, p)
	if !ok {
		return
	}
	prod := r.PostFormValue("production")
	if err := s.Cases.Void(r.Context(), c.ID, prod, r.PostFormValue("reason"), s.packageDir(c.ID, prod), p.Actor()); err != nil {
		s.formRefused(w, r, p, err)
		return
	}
	http.Redirect(w, r, "/cases/"+c.ID, http.StatusSeeOther)
}

// productionCase loads the case of a production form, for a principal who
// may produce, on a server that keeps packages.
func (s *Server) productionCase(w http.ResponseWriter, r *http.Request, p access.Principal) (*cases.Case, bool) {
	c, ref, ok := s.pageCase(w, r, p, access.Produce)
	if !ok {
		return nil, false
	}
	if s.Production == nil {
		s.showCasePage(w, r, p, c, ref, http.StatusNotImplemented, "This server builds no productions (no package folder is configured).")
		return nil, false
	}
	return c, true
}

// formRefused shows the case page again with the reason a form's act was
// refused.
func (s *Server) formRefused(w http.ResponseWriter, r *http.Request, p access.Principal, err error) {
	c, ref, ok := s.pageCase(w, r, p, access.ViewCaseStatus)
	if !ok {
		return
	}
	status := http.StatusConflict
	switch fault.CodeOf(err) {
	case fault.Invalid:
		status = http.StatusUnprocessableEntity
	case fault.Refused, fault.Conflict, fault.GateClosed, fault.Tampered, fault.NotFound:
	default:
		s.pageFault(w, r, p, err)
		return
	}
	s.showCasePage(w, r, p, c, ref, status, fault.Message(err))
}
