package cli

import (
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
		year      int
		court, tz string
		asJSON    bool
	)
	cmd := &cobra.Command{
		Use:   "holidays [--year YYYY] [--court cand]",
		Short: "List a court's legal holidays in a year (Fed. R. Civ. P. 6(a)(6))",
		Long: `List the legal holidays of a court's calendar in a year: the federal
holidays of 5 U.S.C. § 6103(a) with the days set aside for observing them,
the days the President closed the government, the court's own closures,
and the state holidays that count for periods measured forward.

A holiday on a weekend is listed on its own day and on the weekday that
stands for it, each pointing to the other.`,
		Example: `  writ holidays --year 2026
  writ holidays --year 2025 --court us --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cal, err := loadCourt(env, court, tz)
			if err != nil {
				return err
			}
			if !cmd.Flags().Changed("year") {
				year = env.Now().In(cal.Location).Year()
			}
			if year < courttime.FirstYear || year > courttime.LastYear {
				return flagError("year", fmt.Errorf("%d is outside the years writ knows the holidays of (%d to %d)", year, courttime.FirstYear, courttime.LastYear))
			}
			hs := cal.Holidays(year)
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
			return printHolidays(env.Stdout, cal, year, hs)
		},
	}
	fl := cmd.Flags()
	fl.IntVar(&year, "year", 0, "the year (default: this year in the court's time zone)")
	fl.StringVar(&court, "court", "", "the court's calendar: cand (the default), us, or a calendar file")
	fl.StringVar(&tz, "tz", "", "use this IANA time zone instead of the court's")
	fl.BoolVar(&asJSON, "json", false, "print one JSON object")
	return cmd
}

func printHolidays(w io.Writer, cal *courttime.Calendar, year int, hs []courttime.Holiday) error {
	fmt.Fprintf(w, "Legal holidays of %s (%s) in %d\n\n", cal.Name, cal.ID, year)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, h := range hs {
		name := h.Name
		switch {
		case !h.ObservedFor.IsZero():
			name += fmt.Sprintf(" (observed for %s %s)", h.ObservedFor.Weekday().String()[:3], h.ObservedFor)
		case !h.ObservedOn.IsZero():
			name += fmt.Sprintf(" (observed on %s %s)", h.ObservedOn.Weekday().String()[:3], h.ObservedOn)
		}
		fmt.Fprintf(tw, "%s %s\t%s\t%s\t%s\n", h.Date.Weekday().String()[:3], h.Date, name, kindLabel(cal, h), h.Cite)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(hs) == 0 {
		fmt.Fprintln(w, "(none)")
	}
	return nil
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
	}
	return "court closed"
}
