package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/report"
)

func newReport(env Env, db *dbFlags) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "report",
		Short: "Reports made from the event log",
	}
	cmd.AddCommand(newReportTransparency(env, db))
	return cmd
}

func newReportTransparency(env Env, db *dbFlags) *cobra.Command {
	var from, to string
	var asJSON, asCSV bool
	cmd := &cobra.Command{
		Use:   "transparency --from YYYY-MM-DD --to YYYY-MM-DD [--json|--csv]",
		Short: "Count the requests of a period by legal basis, country and court",
		Long: `Count the requests writ handled in a period, for a transparency report: by
legal basis (28 U.S.C. § 1782 is its own category, however an order cites
it), by the country of the foreign proceedings and by court. For each: the
requests, the accounts they specify, the account holders notified, the
contests (objections and motions), the court's rulings by outcome, and in
how many requests data was produced (a production released).

Which requests: those whose order the court entered from --from to --to,
both days included (the order's date, not the day of service). What
happened to them is read as the cases stand now, from the event log.

The default is a plain table; --json has "categories", each with
"dimension", "category", "requests", "accounts", "notified", "contested",
"produced" and more; --csv has one row per category, the total first.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if asJSON && asCSV {
				return flagError("csv", fmt.Errorf("choose --json or --csv, not both"))
			}
			f, err := courttime.ParseDate(from)
			if err != nil && from != "" {
				return flagError("from", err)
			}
			t, err := courttime.ParseDate(to)
			if err != nil && to != "" {
				return flagError("to", err)
			}
			if err := report.CheckPeriod(f, t); err != nil {
				return err
			}
			ctx := cmd.Context()
			svc, err := db.open(ctx, env)
			if err != nil {
				return err
			}
			defer svc.Store.Close()
			r, err := report.Load(ctx, svc, nil, f, t, env.Now())
			if err != nil {
				return fail(err)
			}
			switch {
			case asJSON:
				return printJSON(env.Stdout, r)
			case asCSV:
				return report.WriteCSV(env.Stdout, r)
			}
			return report.WriteText(env.Stdout, r)
		},
	}
	cmd.Flags().StringVar(&from, "from", "", "the first day of the period (the order's date), YYYY-MM-DD")
	cmd.Flags().StringVar(&to, "to", "", "the last day of the period, included, YYYY-MM-DD")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().BoolVar(&asCSV, "csv", false, "print CSV")
	return cmd
}
