package pages

import (
	"bytes"
	"encoding/csv"
	"net/http"
	"slices"
	"strings"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/web/casefile"
)

// The exports are the home page's search as CSV: the cases it finds
// (GET /cases.csv) and their duties (GET /duties.csv), with the same
// query string and nothing the home page would not show the user: staff
// export their platform's cases, counsel and the court the cases granted
// to them, counsel only the applicant's duties (casefile.Redact). No
// export names an account's id, a note or an objection's text; a duty's
// ID names its account's label for those who may see identities and the
// court, as the case page does.

// casesCSV answers GET /cases.csv: case, court, applicant, platform, the
// day the next duty the user may see falls due, and the gate.
func (s *Pages) casesCSV(w http.ResponseWriter, r *http.Request, p access.Principal) {
	q := parseHomeQuery(r.URL.Query())
	found, _, err := s.search(r, p, q, s.Now())
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	slices.SortFunc(found, q.compare)
	rows := [][]string{{"case", "court", "applicant", "platform", "next_due", "gate"}}
	for _, l := range found {
		next := ""
		if l.HasNext {
			next = l.Next.Due().String()
		}
		gate := "held"
		if l.GateOpen {
			gate = "open"
		}
		rows = append(rows, []string{l.Number, l.Court, l.Applicant, l.Provider, next, gate})
	}
	writeCSV(w, "cases.csv", rows)
}

// dutiesCSV answers GET /duties.csv: each duty the user may see of the
// cases found, with its day, its rule and where it stands.
func (s *Pages) dutiesCSV(w http.ResponseWriter, r *http.Request, p access.Principal) {
	q := parseHomeQuery(r.URL.Query())
	found, _, err := s.search(r, p, q, s.Now())
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	slices.SortFunc(found, q.compare)
	rows := [][]string{{"case", "duty", "due", "rule", "status"}}
	for _, l := range found {
		for i := range l.Duties {
			d := &l.Duties[i]
			rows = append(rows, []string{l.Number, d.ID(), dayCell(d.Due()), d.Rule(), string(d.Status())})
		}
	}
	writeCSV(w, "duties.csv", rows)
}

// dayCell is a day in a CSV cell: YYYY-MM-DD, or empty when there is none.
func dayCell(d courttime.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// writeCSV writes rows as a CSV download named name, every cell made safe
// to open in a spreadsheet (csvCell).
func writeCSV(w http.ResponseWriter, name string, rows [][]string) {
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	for _, row := range rows {
		for i := range row {
			row[i] = csvCell(row[i])
		}
		_ = cw.Write(row)
	}
	cw.Flush()
	casefile.Attachment(w.Header(), name, "text/csv; charset=utf-8")
	_, _ = w.Write(buf.Bytes())
}

// csvCell keeps a cell from being read as a formula by a spreadsheet
// (CSV injection): a cell beginning with =, +, -, @, a tab or a carriage
// return is prefixed with an apostrophe, which spreadsheets read as "this
// is text". Every cell goes through it, whatever its source: a case
// number, an applicant's name and an account's label come from an order
// someone else wrote.
func csvCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
