package pages

import (
	"fmt"
	"net/http"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/matter"
)

// productionLine is a production as the case page lists it, with what the
// signed-in principal may do with it.
type productionLine struct {
	ID       string
	Accounts []string
	Built    string
	Released string
	// Voided says when and why it was voided, if it was.
	Voided      string
	CanRelease  bool
	CanVoid     bool
	CanDownload bool
}

// productionsFor lists a case's productions for the principal: staff see
// every one, may release what is built and void what must not go out;
// counsel see only the released ones that are not voided, and may download
// once they have acknowledged the use restriction. Counsel are not told
// which accounts a production holds (invariant 3).
func productionsFor(p access.Principal, ref access.CaseRef, s *matter.State, loc *time.Location) []productionLine {
	var out []productionLine
	const when = "Mon 2006-01-02 15:04 MST"
	for _, pr := range s.Productions {
		r := ref
		r.Released, r.UseAcknowledged = !pr.Released.IsZero(), !s.Acknowledged.IsZero()
		voided := !pr.Voided.IsZero()
		if (!r.Released || voided) && !access.Can(p, access.ViewUnreleased, ref) {
			continue
		}
		l := productionLine{ID: pr.ID, Built: pr.Built.In(loc).Format(when),
			CanRelease:  access.Can(p, access.Produce, ref) && !r.Released && !voided,
			CanVoid:     access.Can(p, access.Produce, ref) && !voided,
			CanDownload: access.Can(p, access.DownloadRelease, r) && !voided}
		if !r.Released {
			l.Released = "—"
		} else {
			l.Released = pr.Released.In(loc).Format(when)
		}
		if voided {
			l.Voided = fmt.Sprintf("voided %s: %s", pr.Voided.In(loc).Format(when), pr.VoidReason)
		}
		if access.Can(p, access.ViewIdentities, ref) {
			l.Accounts = pr.Accounts
		}
		out = append(out, l)
	}
	return out
}

// produceForm builds a production from the case page (staff), through the
// gate like the API.
func (s *Pages) produceForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	c, ok := s.productionCase(w, r, p)
	if !ok {
		return
	}
	if _, err := s.Packages.Build(r.Context(), s.Cases, c.ID, p.Actor(), nil); err != nil {
		s.formRefused(w, r, p, err)
		return
	}
	http.Redirect(w, r, "/cases/"+c.ID, http.StatusSeeOther)
}

// releaseForm releases a built production from the case page (staff).
func (s *Pages) releaseForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	c, ok := s.productionCase(w, r, p)
	if !ok {
		return
	}
	prod := r.PostFormValue("production")
	if err := s.Cases.Release(r.Context(), c.ID, prod, s.Packages.Path(c.ID, prod), p.Actor()); err != nil {
		s.formRefused(w, r, p, err)
		return
	}
	http.Redirect(w, r, "/cases/"+c.ID, http.StatusSeeOther)
}

// voidForm voids a built production from the case page (staff), with the
// reason given.
func (s *Pages) voidForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	c, ok := s.productionCase(w, r, p)
	if !ok {
		return
	}
	prod := r.PostFormValue("production")
	if err := s.Cases.Void(r.Context(), c.ID, prod, r.PostFormValue("reason"), s.Packages.Path(c.ID, prod), p.Actor()); err != nil {
		s.formRefused(w, r, p, err)
		return
	}
	http.Redirect(w, r, "/cases/"+c.ID, http.StatusSeeOther)
}

// productionCase loads the case of a production form, for a principal who
// may produce, on a server that keeps packages.
func (s *Pages) productionCase(w http.ResponseWriter, r *http.Request, p access.Principal) (*cases.Case, bool) {
	c, ref, ok := s.pageCase(w, r, p, access.Produce)
	if !ok {
		return nil, false
	}
	if s.Packages == nil {
		s.showCasePage(w, r, p, c, ref, http.StatusNotImplemented, "This server builds no productions (no package folder is configured).")
		return nil, false
	}
	return c, true
}
