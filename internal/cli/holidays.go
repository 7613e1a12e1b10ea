package cli

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/writ-project/writ/internal/courttime"
)

// holidayJSON is a holiday as `writ holidays --json` prints it.
type holidayJSON struct {
	courttime.Holiday
	Weekday string `json:"weekday"`
}

func newHolidays(env Env) *cobra.Command {
	var (
		year           int
		court, tz      string
		asJSON, latest bool
	)
	cmd := &cobra.Command{
		Use:   "holidays [--year YYYY] [--court cand]",
		Short: "List a court's legal holidays in a year (Fed. R. Civ. P. 6(a)(6))",
		Long: `List the legal holidays of a court's calendar in a year: the federal
holidays of 5 U.S.C. § 6103(a) with the days set aside for observing them,
the days the President closed the government, the state holidays that
count for periods measured forward, and the days a court's calendar file
says its clerk's office was inaccessible (they extend filings only).

A holiday on a weekend is listed on its own day and on the weekday that
stands for it, each pointing to the other.

With --latest, writ also lists the days the state declares holidays that
its courts do not keep (for California, Admission Day and the other days of
Gov. Code § 6700 that Code Civ. Proc. § 135 excepts): they count only for
the latest reading of a deadline (due_latest).`,
		Example: `  writ holidays --year 2026
  writ holidays --year 2022 --latest
  writ holidays --year 2025 --court us --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cal, err := loadCourt(env, court, "")
			if err != nil {
				return err
			}
			zone, err := readerZone(tz)
			if err != nil {
				return err
			}
			if !cmd.Flags().Changed("year") {
				year = env.Now().In(cmp.Or(zone, cal.Location)).Year()
			}
			if year < courttime.FirstYear || year > courttime.LastYear {
				return flagError("year", fmt.Errorf("%d is outside the years writ knows the holidays of (%d to %d)", year, courttime.FirstYear, courttime.LastYear))
			}
			var hs []courttime.Holiday
			declared := 0
			for _, h := range cal.Holidays(year) {
				if h.Kind == courttime.StateDeclared && !latest {
					declared++
					continue
				}
				hs = append(hs, h)
			}
			if asJSON {
				out := struct {
					Court    string        `json:"court"`
					Name     string        `json:"name"`
					TimeZone string        `json:"time_zone"`
					Year     int           `json:"year"`
					Holidays []holidayJSON `json:"holidays"`
				}{cal.ID, cal.Name, cal.TimeZone, year, []holidayJSON{}}
				for _, h := range hs {
					out.Holidays = append(out.Holidays, holidayJSON{h, h.Date.Weekday().String()})
				}
				enc := json.NewEncoder(env.Stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(out)
			}
			return printHolidays(env.Stdout, cal, year, hs, declared)
		},
	}
	fl := cmd.Flags()
	fl.IntVar(&year, "year", 0, "the year (default: this year in the court's time zone)")
	fl.StringVar(&court, "court", "", "the court's calendar: cand (the default), us, or a calendar file")
	fl.StringVar(&tz, "tz", "", "the IANA time zone whose today gives the default year (default: the court's)")
	fl.BoolVar(&latest, "latest", false, "also list the days the state declares holidays that its courts do not keep (they count only for due_latest)")
	fl.BoolVar(&asJSON, "json", false, "print one JSON object")
	return cmd
}

// printHolidays lists the legal holidays of a year, then apart the days that
// count only for the latest reading; declared is how many of those were
// left out (without --latest).
func printHolidays(w io.Writer, cal *courttime.Calendar, year int, hs []courttime.Holiday, declared int) error {
	fmt.Fprintf(w, "Legal holidays of %s (%s) in %d\n\n", cal.Name, cal.ID, year)
	var legal, latest []courttime.Holiday
	for _, h := range hs {
		if h.Kind == courttime.StateDeclared {
			latest = append(latest, h)
		} else {
			legal = append(legal, h)
		}
	}
	if err := holidayTable(w, cal, legal); err != nil {
		return err
	}
	if len(legal) == 0 {
		fmt.Fprintln(w, "(none)")
	}
	if len(latest) > 0 {
		fmt.Fprintf(w, "\nDays %s declares holidays but its courts do not keep (each counts only for the latest reading, due_latest)\n\n", cmp.Or(cal.State, "the state"))
		if err := holidayTable(w, cal, latest); err != nil {
			return err
		}
	}
	if declared > 0 {
		what := fmt.Sprintf("%d more days count", declared)
		if declared == 1 {
			what = "1 more day counts"
		}
		fmt.Fprintf(w, "\n%s only for the latest reading (due_latest): list them with --latest.\n", what)
	}
	return nil
}

func holidayTable(w io.Writer, cal *courttime.Calendar, hs []courttime.Holiday) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, h := range hs {
		name := h.Name
		switch {
		case !h.ObservedFor.IsZero():
			name += fmt.Sprintf(" (observed for %s %s)", h.ObservedFor.Weekday().String()[:3], h.ObservedFor)
		case !h.ObservedOn.IsZero():
			name += fmt.Sprintf(" (observed on %s %s)", h.ObservedOn.Weekday().String()[:3], h.ObservedOn)
		}
		cite := h.Cite
		if h.ObservedBy != "" {
			cite = strings.TrimPrefix(cite+"; observed under "+h.ObservedBy, "; ")
		}
		fmt.Fprintf(tw, "%s %s\t%s\t%s\t%s\n", h.Date.Weekday().String()[:3], h.Date, name, kindLabel(cal, h), cite)
	}
	return tw.Flush()
}

func kindLabel(cal *courttime.Calendar, h courttime.Holiday) string {
	switch h.Kind {
	case courttime.Federal:
		return "federal"
	case courttime.ExecutiveOrder:
		return "closed by the President"
	case courttime.State:
		label := strings.TrimSpace(cal.State + " holiday")
		if h.ForwardOnly {
			label += ", forward periods only"
		}
		return label
	case courttime.StateDeclared:
		return "counts only for the latest reading"
	}
	return "clerk's office inaccessible: extends filings only"
}
