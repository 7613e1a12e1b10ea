package pages

import (
	"net/http"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/words"
)

// productionLine is a production as the case page lists it, with what the
// signed-in principal may do with it.
type productionLine struct {
	ID       string
	Accounts []string
	// Bates is the package's Bates range (for staff), from its manifest.
	Bates    string
	Built    string
	Released string
	// BuiltBy and ReleasedBy name who built and who released it;
	// Downloads say who downloaded it and when, as the viewer may see.
	BuiltBy, ReleasedBy string
	Downloads           []string
	// Voided says when and why it was voided, if it was.
	Voided      string
	CanRelease  bool
	CanVoid     bool
	CanDownload bool
}

// productionsFor lists a case's productions for the principal: staff see
// every one, with its accounts, Bates range, builder, releaser and every
// download, may release what is built and void what has not reached the
// applicant; counsel see only the released ones that are not voided, and
// when the applicant downloaded them, and may download once they have
// acknowledged the use restriction; who did what is named only
// to those who may read the audit trail. Counsel are not told which
// accounts a production holds (invariant 3). name names an event's actor;
// dir is where a production's package is kept ("" when none is). Its
// words and times are lang's.
func productionsFor(lang *words.Language, p access.Principal, ref access.CaseRef, c *cases.Case, s *matter.State, now time.Time, name func(string) string, dir func(string) string) []productionLine {
	var out []productionLine
	loc := c.Calendar.Location
	staff := access.Can(p, access.ViewUnreleased, ref)
	if !access.Can(p, access.ViewAudit, ref) {
		// Who did what is the audit trail's, which counsel do not see.
		name = func(string) string { return "" }
	}
	builtBy, releasedBy, downloads := map[string]string{}, map[string]string{}, map[string][]string{}
	for _, e := range matter.Happened(c.Events, now) {
		switch e.Type {
		case matter.ProductionBuilt:
			builtBy[e.ID] = name(e.Actor)
		case matter.ProductionReleased:
			for _, id := range e.On {
				releasedBy[id] = name(e.Actor)
			}
		case matter.ProductionDownloaded:
			if e.By == order.Provider && !staff {
				continue
			}
			for _, id := range e.On {
				who := name(e.Actor)
				if who == "" {
					who = sentence(lang, "pages.timeline.counsel")
				}
				downloads[id] = append(downloads[id], sentence(lang, "pages.timeline.download", who, momentWords(lang, e.At.In(loc))))
			}
		}
	}
	for _, pr := range s.Productions {
		r := ref
		r.Released, r.UseAcknowledged = !pr.Released.IsZero(), !s.Acknowledged.IsZero()
		voided := !pr.Voided.IsZero()
		if (!r.Released || voided) && !staff {
			continue
		}
		l := productionLine{ID: pr.ID, Built: momentWords(lang, pr.Built.In(loc)), ReleasedBy: releasedBy[pr.ID], Downloads: downloads[pr.ID],
			CanRelease:  access.Can(p, access.Produce, ref) && !r.Released && !voided,
			CanVoid:     access.Can(p, access.Produce, ref) && !voided && pr.Downloaded.IsZero(),
			CanDownload: access.Can(p, access.DownloadRelease, r) && !voided}
		if !r.Released {
			l.Released = "—"
		} else {
			l.Released = momentWords(lang, pr.Released.In(loc))
		}
		if voided {
			l.Voided = sentence(lang, "pages.timeline.voided", momentWords(lang, pr.Voided.In(loc)), pr.VoidReason)
		}
		if access.Can(p, access.ViewIdentities, ref) {
			l.Accounts, l.BuiltBy = pr.Accounts, builtBy[pr.ID]
			if dir != nil && !voided {
				if m, err := readManifest(dir(pr.ID)); err == nil {
					l.Bates = batesRange(lang, m.Bates)
				}
			}
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
	if !confirmed(r) {
		// A release cannot be undone: it is made only from the review
		// page, which shows the accounts, Bates range and files.
		s.showReleaseReview(w, r, p, c, prod, http.StatusUnprocessableEntity, notConfirmed("released"))
		return
	}
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
