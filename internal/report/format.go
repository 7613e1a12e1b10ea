package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"
)

// CSVHeader is the header of the report's CSV: one row per category, the
// total first, with a column per outcome a ruling may record.
func CSVHeader() []string {
	h := []string{"dimension", "category", "requests", "accounts", "notified", "contested", "objections", "motions",
		"contested_requests", "produced", "accounts_produced"}
	for _, o := range Outcomes() {
		h = append(h, "ruled_"+o)
	}
	return h
}

// WriteCSV writes the report as CSV (RFC 4180, as encoding/csv writes it).
func WriteCSV(w io.Writer, r Transparency) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader()); err != nil {
		return err
	}
	for _, c := range append([]Category{r.Total}, r.Categories...) {
		row := []string{c.Dimension, c.Category}
		for _, n := range []int{c.Requests, c.Accounts, c.Notified, c.Contested, c.Objections, c.Motions,
			c.ContestedRequests, c.Produced, c.AccountsProduced} {
			row = append(row, strconv.Itoa(n))
		}
		for _, o := range Outcomes() {
			row = append(row, strconv.Itoa(c.Outcomes[o]))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteText writes the report as a plain table for a person: a heading
// saying the period and what was counted, then one block per dimension.
func WriteText(w io.Writer, r Transparency) error {
	fmt.Fprintf(w, "Transparency report, %s to %s\n", r.From, r.To)
	fmt.Fprintf(w, "Counted: %s; as they stood at %s.\n\n", r.Selection, r.AsOf.Format("2006-01-02 15:04 MST"))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "BY\tCATEGORY\tREQUESTS\tACCOUNTS\tNOTIFIED\tCONTESTED (OBJ/MOT)\tRULINGS\tPRODUCED (ACCOUNTS)")
	for _, c := range append([]Category{r.Total}, r.Categories...) {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d (%d/%d)\t%s\t%d (%d)\n", c.Dimension, c.Category, c.Requests, c.Accounts,
			c.Notified, c.Contested, c.Objections, c.Motions, c.RulingWords(), c.Produced, c.AccountsProduced)
	}
	return tw.Flush()
}

// RulingWords lists the rulings by outcome ("overruled 1, granted 2"), or
// "none".
func (c Category) RulingWords() string {
	s := ""
	for _, o := range Outcomes() {
		if n := c.Outcomes[o]; n > 0 {
			if s != "" {
				s += ", "
			}
			s += fmt.Sprintf("%s %d", o, n)
		}
	}
	if s == "" {
		return "none"
	}
	return s
}
