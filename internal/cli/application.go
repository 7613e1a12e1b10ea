package cli

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/writ-project/writ/internal/application"
	"github.com/writ-project/writ/internal/config"
	"github.com/writ-project/writ/internal/fault"
)

func newApplication(env Env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "application",
		Short: "Keep the court's record of a § 1782 application and draft its order",
		Long: `An application record (JSON) holds what was asked under 28 U.S.C. § 1782 —
the applicant, the platform, the foreign proceedings, the accounts, the
proposed subpoena's requests, the declarations by docket number — and, once
decided, the court's analysis (the three statutory requirements and the
four Intel factors, each with a finding, its reasoning and citations) and
its decision (modifications and protective conditions).

examples/applications/takagi-2022.json is the seed order's application.`,
	}
	cmd.AddCommand(newApplicationDraft(env))
	return cmd
}

func newApplicationDraft(env Env) *cobra.Command {
	var pdfOut string
	var asOrder bool
	cmd := &cobra.Command{
		Use:   "draft FILE.json [--pdf OUT.pdf] [--order]",
		Short: "Draft the order a decided application makes, as text (and PDF), or print that order as JSON",
		Long: `Print the order the decided application makes, in the structure of the
seed order (caption, introduction, background, legal standard, discussion,
conclusion with the protective conditions), as plain text. With --pdf, also
set it in a PDF (in the font WRIT_FONT names). With --order, print instead
the Order the decision makes, as JSON: what writ order read yields from
the draft, and what a case is opened with.`,
		Example: "  writ application draft examples/applications/takagi-2022.json --pdf order.pdf",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := env.ReadFile(args[0])
			if err != nil {
				return err
			}
			app, err := application.Parse(data)
			if err != nil {
				return fmt.Errorf("%s: %s", args[0], fault.Message(err))
			}
			if asOrder {
				o, err := app.Order()
				if err != nil {
					return fmt.Errorf("%s: %s", args[0], fault.Message(err))
				}
				b, err := json.MarshalIndent(o, "", "  ")
				if err != nil {
					return failure{err}
				}
				_, err = fmt.Fprintf(env.Stdout, "%s\n", b)
				return err
			}
			doc, err := application.Draft(app)
			if err != nil {
				return fmt.Errorf("%s: %s", args[0], fault.Message(err))
			}
			if pdfOut != "" {
				cfg, err := config.Load(env.Getenv, env.ReadFile)
				if err != nil {
					return err
				}
				font, err := openFont(cfg)
				if err != nil {
					return err
				}
				b, err := doc.PDF(font)
				if err != nil {
					return failure{err}
				}
				if err := os.WriteFile(pdfOut, b, 0o644); err != nil {
					return failure{fmt.Errorf("--pdf: %w", err)}
				}
			}
			_, err = fmt.Fprint(env.Stdout, doc.Text)
			return err
		},
	}
	cmd.Flags().StringVar(&pdfOut, "pdf", "", "also write the order as a PDF to this file")
	cmd.Flags().BoolVar(&asOrder, "order", false, "print the Order the decision makes, as JSON, instead of the draft")
	cmd.MarkFlagsMutuallyExclusive("pdf", "order")
	return cmd
}
