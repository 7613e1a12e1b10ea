package pages

import (
	"fmt"
	"net/http"
	"net/url"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/report"
)

// The transparency report's page is, for the platform's staff, what writ
// report transparency is for the operator: the same period (the orders'
// dates, both days included), the same counts, the same CSV; over the
// cases the staff member sees (the platform's), and nothing else.

// reportData is the transparency report's page.
type reportData struct {
	From, To string
	// Report is nil when the period given is wrong (the message says why).
	Report *report.Transparency
	// CSV is the address of the same report as CSV.
	CSV string
}

// reportPeriod reads the period of a request: from and to, as YYYY-MM-DD;
// by default the year so far, in UTC.
func (s *Pages) reportPeriod(r *http.Request) (from, to courttime.Date, fromText, toText string, err error) {
	today := courttime.DateOf(s.Now().UTC())
	fromText, toText = r.URL.Query().Get("from"), r.URL.Query().Get("to")
	if fromText == "" {
		fromText = courttime.D(today.Year, 1, 1).String()
	}
	if toText == "" {
		toText = today.String()
	}
	if from, err = courttime.ParseDate(fromText); err != nil {
		return from, to, fromText, toText, &fault.Error{Code: fault.Invalid, Field: "from", Message: err.Error()}
	}
	if to, err = courttime.ParseDate(toText); err != nil {
		return from, to, fromText, toText, &fault.Error{Code: fault.Invalid, Field: "to", Message: err.Error()}
	}
	return from, to, fromText, toText, report.CheckPeriod(from, to)
}

// mayViewReports answers, and reports false for, someone whom the policy
// does not let see the platform's reports.
func (s *Pages) mayViewReports(w http.ResponseWriter, r *http.Request, p access.Principal) bool {
	if !access.Permits(p, access.ViewReports) {
		s.errorPage(w, r, &p, http.StatusForbidden, "Only the platform's staff see its reports.")
		return false
	}
	return true
}

// transparency makes the report of a period over the cases p sees.
func (s *Pages) transparency(r *http.Request, p access.Principal, from, to courttime.Date) (report.Transparency, error) {
	sees := func(c *cases.Case) bool {
		return access.Can(p, access.ViewCaseStatus, access.CaseRef{ID: c.ID, Provider: c.Order.Provider})
	}
	return report.Load(r.Context(), s.Cases, sees, from, to, s.Now())
}

// transparencyPage shows the report of the period asked for, with the form
// to choose another and the link to its CSV.
func (s *Pages) transparencyPage(w http.ResponseWriter, r *http.Request, p access.Principal) {
	if !s.mayViewReports(w, r, p) {
		return
	}
	from, to, fromText, toText, err := s.reportPeriod(r)
	d := reportData{From: fromText, To: toText}
	if err != nil {
		s.render(w, r, http.StatusBadRequest, "report", page{Title: "Transparency report", Principal: &p, Message: fault.Message(err), Data: d})
		return
	}
	rep, err := s.transparency(r, p, from, to)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	d.Report = &rep
	d.CSV = "/reports/transparency.csv?" + url.Values{"from": {fromText}, "to": {toText}}.Encode()
	s.render(w, r, http.StatusOK, "report", page{Title: "Transparency report", Principal: &p, Data: d})
}

// transparencyCSV answers the report of the period as CSV, named by it.
func (s *Pages) transparencyCSV(w http.ResponseWriter, r *http.Request, p access.Principal) {
	if !s.mayViewReports(w, r, p) {
		return
	}
	from, to, _, _, err := s.reportPeriod(r)
	if err != nil {
		s.errorPage(w, r, &p, http.StatusBadRequest, fault.Message(err))
		return
	}
	rep, err := s.transparency(r, p, from, to)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="transparency-%s-%s.csv"`, from, to))
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if err := report.WriteCSV(w, rep); err != nil {
		s.Log.ErrorContext(r.Context(), "transparency report CSV", "err", err)
	}
}
