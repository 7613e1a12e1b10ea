package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/reader"
	"github.com/writ-project/writ/internal/reader/score"
)

func newOrder(env Env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "order",
		Short: "Read a court order's text, and check a subpoena against an order",
	}
	cmd.AddCommand(newOrderRead(env), newOrderCheckSubpoena(env), newOrderScore(env))
	return cmd
}

func newOrderRead(env Env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "read FILE",
		Short: "Propose the Order an order's text states, with where each value came from",
		Long: `Read a court order (a .txt file, or a .pdf with a text layer) and propose
the Order it states, in writ's order format. Every value comes with the
page, line and characters it was read from and a confidence; whatever the
text does not state is left empty and listed as needing a person, never
guessed. A person checks the proposal before writ counts anything from it.

PDFs are read through pdftotext (Debian: poppler-utils). A scanned order
without a text layer is refused: run it through OCR first.`,
		Example: `  writ order read order.pdf
  writ order read order.txt --json > proposal.json`,
		Args: exactArgs(1, "FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			text, err := orderText(cmd, env, args[0])
			if err != nil {
				return err
			}
			p := reader.Read(text)
			if asJSON {
				enc := json.NewEncoder(env.Stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(p)
			}
			printProposal(env.Stdout, p)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the proposal as JSON: the order, the requests as proposed, each value's span and confidence, and what needs a person")
	return cmd
}

// orderText reads a file named on the command line as text, through its
// text layer when it is a PDF.
func orderText(cmd *cobra.Command, env Env, name string) (string, error) {
	data, err := env.ReadFile(name)
	if err != nil {
		return "", fmt.Errorf("%s could not be read: %w", name, err)
	}
	if !reader.IsPDF(data) {
		return string(data), nil
	}
	text, err := reader.ExtractPDF(cmd.Context(), data)
	switch {
	case errors.Is(err, reader.ErrNoPDFTool):
		return "", failure{fmt.Errorf("%s: %w", name, err)}
	case err != nil:
		return "", fmt.Errorf("%s: %w", name, err)
	}
	return text, nil
}

// exactArgs names the missing argument in the user's terms.
func exactArgs(n int, names string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) != n {
			return fmt.Errorf("give %s (got %d arguments)", names, len(args))
		}
		return nil
	}
}

func printProposal(w io.Writer, p *reader.Proposal) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FIELD\tVALUE\tWHERE\tCONFIDENCE")
	for _, f := range p.Fields {
		v := f.Value
		if len([]rune(v)) > 60 {
			v = string([]rune(v)[:57]) + "..."
		}
		fmt.Fprintf(tw, "%s\t%s\tp. %d, line %d:%d\t%.2f\n", strings.TrimPrefix(f.Path, "/"), v, f.Span.Page, f.Span.Line, f.Span.Start, f.Confidence)
	}
	tw.Flush()
	if !p.Operative {
		fmt.Fprintln(w, "\nThe text does not hold the order's operative part (its conclusion).")
	}
	if len(p.NeedsPerson) == 0 {
		fmt.Fprintln(w, "\nNothing needs a person, but a person checks every value before writ counts from it.")
		return
	}
	fmt.Fprintln(w, "\nNeeds a person:")
	for _, n := range p.NeedsPerson {
		where := ""
		if n.Span != nil {
			where = fmt.Sprintf(" (p. %d, line %d)", n.Span.Page, n.Span.Line)
		}
		fmt.Fprintf(w, "  %s%s: %s\n", strings.TrimPrefix(n.Path, "/"), where, n.Why)
	}
}

func newOrderCheckSubpoena(env Env) *cobra.Command {
	var orderFile string
	var asJSON, withOrder bool
	cmd := &cobra.Command{
		Use:   "check-subpoena --order ORDER.json SUBPOENA",
		Short: "Check a subpoena against the order that authorizes it",
		Long: `Check a subpoena's text (.txt, or .pdf with a text layer) against the order
that authorizes it, at intake: each request must ask for no more than the
order allows ("documents sufficient to show" where the order requires it in
place of "all documents showing", no category or time window the order did
not allow), and the order must be served with the subpoena when it says so.

Exits 1 when the subpoena does not conform, listing every problem.`,
		Example: `  writ order check-subpoena --order order.json subpoena.pdf
  writ order check-subpoena --order order.json subpoena.txt --with-order --json`,
		Args: exactArgs(1, "SUBPOENA"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if orderFile == "" {
				return flagError("order", errors.New("is required: the order as JSON (writ order read --json gives a proposal to check and save)"))
			}
			data, err := env.ReadFile(orderFile)
			if err != nil {
				return flagError("order", err)
			}
			o, err := order.Parse(data)
			if err != nil {
				return flagError("order", err)
			}
			text, err := orderText(cmd, env, args[0])
			if err != nil {
				return err
			}
			c := reader.CheckSubpoena(text, o, withOrder)
			if asJSON {
				enc := json.NewEncoder(env.Stdout)
				enc.SetIndent("", "  ")
				if err := enc.Encode(c); err != nil {
					return err
				}
			} else if c.Conforms {
				fmt.Fprintf(env.Stdout, "The subpoena conforms to the order of %s in case %s.\n", o.Date, o.CaseNumber)
			} else {
				fmt.Fprintf(env.Stdout, "The subpoena does not conform to the order of %s in case %s:\n", o.Date, o.CaseNumber)
				for _, p := range c.Problems {
					where := ""
					if p.Span != nil {
						where = fmt.Sprintf(" (line %d)", p.Span.Line)
					}
					fmt.Fprintf(env.Stdout, "  - %s%s: %s\n", p.Code, where, p.Message)
				}
			}
			if !c.Conforms {
				return failure{fmt.Errorf("the subpoena does not conform to the order (%d problems)", len(c.Problems))}
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&orderFile, "order", "", "the order, as JSON in writ's order format")
	fl.BoolVar(&withOrder, "with-order", false, "the order was served with the subpoena as a separate paper (otherwise the subpoena must enclose or refer to it)")
	fl.BoolVar(&asJSON, "json", false, "print the result as JSON")
	return cmd
}

func newOrderScore(env Env) *cobra.Command {
	var asJSON bool
	var only []string
	cmd := &cobra.Command{
		Use:   "score DIR",
		Short: "Measure writ order read against orders a person has read (DIR/expected.json)",
		Long: `Read every order named in DIR/expected.json (a .txt, or a .pdf with a text
layer) and compare what writ order read proposes with the values a person
read from it, field by field: the caption (case number, date, judge,
applicant, platform, disposition) and the operative terms (the standard and
categories allowed, categories denied, card fields excluded, each period and
its trigger, the hold and its scope, the use restriction).

expected.json is a list with one object per order, in the schema of the
synthetic development set (internal/reader/testdata/synthetic/ORDERS.md);
null means the order does not say.

A value left to a person is a miss. A value the order does not state (a
wrong period or trigger, a category the order did not allow, a clause it
does not have) is an invented term: each is listed, and any makes the
command exit 1, since a reader must never propose one.`,
		Example: `  writ order score internal/reader/testdata/synthetic
  writ order score DIR --only 04-feldmoos.txt --only 05-ikezawa.txt
  writ order score DIR --json`,
		Args: exactArgs(1, "DIR"),
		RunE: func(cmd *cobra.Command, args []string) error {
			rep, err := score.Run(args[0], only, func(path string) (string, error) { return orderText(cmd, env, path) })
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(env.Stdout)
				enc.SetIndent("", "  ")
				if err := enc.Encode(rep.JSON()); err != nil {
					return err
				}
			} else {
				rep.Print(env.Stdout)
			}
			if n := len(rep.Invented()); n > 0 {
				return failure{fmt.Errorf("the reader invented %s", plural(n, "term"))}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print every field's result, the tallies and the invented terms as JSON")
	cmd.Flags().StringArrayVar(&only, "only", nil, "score only this file of expected.json (repeatable)")
	return cmd
}
