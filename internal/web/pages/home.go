package pages

import (
	"net/http"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/web/casefile"
)

// homeData is the signed-in user's home. Which part is filled depends on
// the role: the staff's dashboard of duties, counsel's cases with status
// and dates, the court's cases with the objections advised to it.
type homeData struct {
	// Dashboard shows the staff's duties and cases; Court the court's
	// cases with the objections advised; otherwise counsel's cases. The
	// policy decides which (who may see identities, who objections).
	Dashboard, Court bool
	// Intake offers taking in an order.
	Intake bool
	Cases  []homeCase
	// For staff: the duties with a task to do now (a notice that
	// bounced), whenever they fall due; then the duties not yet met, by
	// how soon they fall due.
	Tasks                []dutyLine
	Overdue, Today, Week []dutyLine
}

// homeCase is one case of the home page.
type homeCase struct {
	ID, Number, Court, Provider string
	GateOpen                    bool
	// Duties: for counsel, the applicant's own duties (what
	// casefile.Redact keeps).
	Duties []matter.Duty
	// Objections: for the court, the objections advised to it, and
	// Letters the letter that advised each (by objection, its digest).
	Objections []matter.ContestView
	Letters    map[string]string
}

// dutyLine is a duty on the staff's dashboard, with its case.
type dutyLine struct {
	CaseID, CaseNumber string
	Duty               matter.Duty
}

// homePage shows the home of the signed-in user. It walks every case and
// keeps those the policy lets the principal see, exactly as the API's case
// list does.
func (s *Pages) homePage(w http.ResponseWriter, r *http.Request, p access.Principal) {
	ctx := r.Context()
	all, err := s.Cases.Store.Cases(ctx)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	now := s.Now()
	d := homeData{Dashboard: access.Permits(p, access.ViewIdentities), Intake: access.Permits(p, access.CreateCase)}
	d.Court = !d.Dashboard && access.Permits(p, access.ViewObjectionText)
	for _, sc := range all {
		c, a, err := s.Cases.Assess(ctx, sc.ID, now)
		if err != nil {
			s.pageFault(w, r, p, err)
			return
		}
		ref := access.CaseRef{ID: c.ID, Provider: c.Order.Provider}
		if !access.Can(p, access.ViewCaseStatus, ref) {
			continue
		}
		hc := homeCase{ID: c.ID, Number: c.Order.CaseNumber, Court: c.Order.Court.ID, Provider: c.Order.Provider, GateOpen: a.Gate.Open}
		switch {
		case access.Can(p, access.ViewIdentities, ref):
			today := courtToday(now, c.Calendar.Location)
			for _, du := range a.Duties {
				line := dutyLine{CaseID: c.ID, CaseNumber: c.Order.CaseNumber, Duty: du}
				if du.Task != "" && (du.Status == matter.DutyPending || du.Status == matter.Overdue) {
					d.Tasks = append(d.Tasks, line)
				}
				switch {
				case du.Status == matter.Overdue:
					d.Overdue = append(d.Overdue, line)
				case du.Status != matter.DutyPending || du.Due.IsZero():
				case du.Due == today:
					d.Today = append(d.Today, line)
				case du.Due.After(today) && !du.Due.After(today.AddDays(7)):
					d.Week = append(d.Week, line)
				}
			}
		case access.Can(p, access.ViewObjectionText, ref):
			for _, o := range a.Objections {
				if !o.Advised.IsZero() {
					hc.Objections = append(hc.Objections, o)
				}
			}
			hc.Letters = lettersOf(a.State)
		default:
			v := casefile.Redact(casefile.CaseView{Case: c.ID, Duties: a.Duties, Gate: a.Gate})
			hc.Duties = v.Duties
		}
		d.Cases = append(d.Cases, hc)
	}
	s.render(w, r, http.StatusOK, "home", page{Title: "Home", Principal: &p, Data: d})
}
