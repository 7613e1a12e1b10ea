package cli

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/config"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/production"
	"github.com/writ-project/writ/internal/source"
)

// openSource opens the platform's records named by --source or WRIT_SOURCE.
// An empty spec with optional true opens nothing.
func openSource(spec string, cfg config.Config, optional bool) (source.Source, error) {
	if spec == "" {
		spec = cfg.Source
	}
	if spec == "" && optional {
		return nil, nil
	}
	src, err := source.Open(spec)
	if err != nil {
		if fault.Is(err, fault.Invalid) || fault.Is(err, fault.NotFound) {
			return nil, flagError("source", errors.New(fault.Message(err)))
		}
		return nil, failure{err}
	}
	return src, nil
}

// isTerminal reports whether stderr is a terminal: progress is shown there,
// and a script's log gets only the result.
func isTerminal(env Env) bool {
	f, ok := env.Stderr.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// progressTo reports the steps of long work on a terminal.
func progressTo(env Env) func(string) {
	if !isTerminal(env) {
		return nil
	}
	return func(s string) { fmt.Fprintf(env.Stderr, "\r\033[K… %s\n", s) }
}

// logProgressTo shows, on a terminal, one line that keeps being rewritten
// with how far a pass over an access log has got: bytes read of the total,
// entries matched, rate and time left. It never shows a person's data.
func logProgressTo(env Env) func(string, source.Progress) {
	if !isTerminal(env) {
		return nil
	}
	start := env.Now()
	return func(label string, p source.Progress) {
		secs := env.Now().Sub(start).Seconds()
		line := fmt.Sprintf("access log of %s: %s", label, humanBytes(p.Bytes))
		if p.Total > 0 {
			line += fmt.Sprintf(" of %s (%d%%)", humanBytes(p.Total), 100*p.Bytes/p.Total)
		}
		line += fmt.Sprintf(", %d lines, %d matched", p.Lines, p.Matched)
		if secs > 0.5 {
			rate := float64(p.Bytes) / secs
			line += fmt.Sprintf(", %s/s", humanBytes(int64(rate)))
			if p.Total > p.Bytes && rate > 0 {
				line += fmt.Sprintf(", %.0f s left", float64(p.Total-p.Bytes)/rate)
			}
		}
		fmt.Fprintf(env.Stderr, "\r\033[K%s", line)
	}
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.2f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d kB", n>>10)
}

func newPreserve(env Env, db *dbFlags) *cobra.Command {
	var spec, at string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "preserve CASE [--source SPEC]",
		Short: "Preserve, sealed, every category the order names for every account of a case",
		Long: `Resolve every target of the order to the platform's account and capture the
records of every category the order names (and the access logs in its
windows so far), sealed with WRIT_SEAL_KEY (or WRIT_SEAL_KEY_FILE) and
stored with the case; each preservation is recorded as an event carrying
the SHA-256 of the sealed records. A later production uses them.

SPEC is demo:DIR (the demo platform), or a connector config file;
WRIT_SOURCE sets the default.`,
		Example: "  WRIT_SEAL_KEY_FILE=seal.key writ preserve CASE --source demo:./demo",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			cfg, err := config.Load(env.Getenv, env.ReadFile)
			if err != nil {
				return err
			}
			k, done, err := db.openCase(ctx, env, args[0], "at", at, false)
			if err != nil {
				return err
			}
			defer done()
			src, err := openSource(spec, cfg, false)
			if err != nil {
				return err
			}
			defer src.Close()
			res, err := k.svc.Preserve(ctx, args[0], src, cfg.SealKey, k.at, "")
			if err != nil {
				return fail(err)
			}
			if asJSON {
				return printJSON(env.Stdout, res)
			}
			for _, a := range res.Accounts {
				fmt.Fprintf(env.Stdout, "Preserved %s (account %s): %d records, %d log entries, sealed as %s.\n", a.Label, a.AccountID, a.Records, a.LogLines, a.Digest)
			}
			for _, u := range res.Unresolved {
				fmt.Fprintf(env.Stdout, "Not preserved: %s\n", u)
			}
			if len(res.Unresolved) > 0 {
				return failure{fmt.Errorf("%d target(s) could not be resolved; a person must identify them", len(res.Unresolved))}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&spec, "source", "", "the platform's records: demo:DIR or a connector config file (default WRIT_SOURCE)")
	cmd.Flags().StringVar(&at, "at", "", "when the preservation is made (default now): a day or YYYY-MM-DDTHH:MM")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as JSON")
	return cmd
}

func newProduce(env Env, db *dbFlags) *cobra.Command {
	var spec, now, out, custodian, prefix string
	var accounts []string
	var loadFiles, asJSON bool
	cmd := &cobra.Command{
		Use:   "produce CASE --out DIR [--source SPEC]",
		Short: "Build the production package of a case, if and only if the order allows disclosure now",
		Long: `Build the production: only the categories and windows the order allows, each
fact once ("documents sufficient to show") unless the order says all
documents, never a card number, expiry date or security code. Every file is
scanned before the package is completed; a PDF summary per account, the
access logs as CSV, a manifest with the SHA-256 of every file and the Bates
ranges, a draft declaration of the records custodian (Fed. R. Evid.
902(11) for the platform's records, 1006 for the summaries compiled from
them), as a BagIt bag.

The PDFs are set in the font writ embeds (IPAex Gothic, Japanese and
Latin), or in the TrueType file WRIT_FONT names. A font without a glyph for
every character the package shows is refused before anything is written,
naming each character: exit 2 for WRIT_FONT's font, 1 for the embedded one.

writ refuses (exit 1, with every reason) while the gate is closed for any
account in the package, decided now on everything recorded, whatever the
dates of the records. A production is built now and cannot be back-dated:
today is the response date, with which the access-log windows "until the
date that you respond" end. To see how the case stood on another day, use
'writ case show --now DAY'. The build is recorded as an event; release it
with 'writ release'. A refused or failed build leaves nothing in --out.`,
		Example: "  writ produce CASE --out ./prod-1 --source demo:./demo",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return errors.New("--out is required: the folder to write the package to (it must not exist)")
			}
			ctx := cmd.Context()
			cfg, err := config.Load(env.Getenv, env.ReadFile)
			if err != nil {
				return err
			}
			k, done, err := db.openCase(ctx, env, args[0], "", "", false)
			if err != nil {
				return err
			}
			defer done()
			if now != "" {
				if err := cases.NowOnly(now, k.c.Calendar.Location, env.Now(), "a production is built"); err != nil {
					return flagError("now", err)
				}
			}
			src, err := openSource(spec, cfg, true)
			if err != nil {
				return err
			}
			if src != nil {
				defer src.Close()
			}
			if prefix == "" {
				prefix = cfg.BatesPrefix
			}
			p, err := k.svc.Produce(ctx, args[0], src, cases.ProduceOptions{Out: out, Accounts: accounts, SealKey: cfg.SealKey,
				BatesPrefix: prefix, Font: cfg.Font, Custodian: custodian, LoadFiles: loadFiles, Progress: progressTo(env), LogProgress: logProgressTo(env)})
			if err != nil {
				if fault.Is(err, fault.GateClosed) {
					fmt.Fprintln(env.Stderr, fault.Message(err))
					return failure{errors.New("nothing was produced: the gate is closed")}
				}
				return fail(err)
			}
			if asJSON {
				return printJSON(env.Stdout, p)
			}
			fmt.Fprintf(env.Stdout, "Built production %s of case %s at %s: %d accounts, Bates %s to %s, manifest SHA-256 %s.\n",
				p.ID, args[0], p.Dir, len(p.Manifest.Accounts), p.Manifest.Bates.First, p.Manifest.Bates.Last, p.Digest)
			for _, a := range p.Manifest.Accounts {
				if a.AccessLog == nil {
					continue
				}
				fmt.Fprintf(env.Stdout, "  %s: %d access-log entries from %d lines read.\n", a.Label, a.AccessLog.Entries, a.AccessLog.Source.Lines)
				if n := a.AccessLog.Source.CorruptLines; n > 0 {
					fmt.Fprintf(env.Stdout, "  %d corrupt lines (all listed by line number in the manifest), for example:\n", n)
					for _, c := range a.AccessLog.Source.Corrupt[:min(5, len(a.AccessLog.Source.Corrupt))] {
						fmt.Fprintf(env.Stdout, "    %s line %d: %s\n", c.File, c.Line, c.Problem)
					}
				}
			}
			fmt.Fprintf(env.Stdout, "Release it with: writ release %s --production %s --package %s\n", args[0], p.ID, p.Dir)
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&out, "out", "", "the folder to write the package to; it must not exist")
	fl.StringVar(&now, "now", "", "kept for scripts: a production is built now, so only today's date is accepted")
	fl.StringVar(&spec, "source", "", "the platform's records: demo:DIR, jsonl:PATH, csv:PATH or a connector config file (default WRIT_SOURCE)")
	fl.StringSliceVar(&accounts, "account", nil, "only these accounts (labels); default every account of the order")
	fl.StringVar(&custodian, "custodian", "", "the records custodian who will sign the declaration")
	fl.StringVar(&prefix, "bates-prefix", "", "the prefix of the Bates numbers (default WRIT_BATES_PREFIX, else WRIT-)")
	fl.BoolVar(&loadFiles, "load-files", false, "add Concordance DAT and Opticon OPT load files")
	fl.BoolVar(&asJSON, "json", false, "print the result as JSON")
	return cmd
}

func newRelease(env Env, db *dbFlags) *cobra.Command {
	var prodID, dir, at string
	cmd := &cobra.Command{
		Use:   "release CASE --production ID --package DIR",
		Short: "Release a built production, after checking the package and the gate once more",
		Long: `Release a production to the applicant, now. writ checks that the gate is open
now for every account in it, decided on everything recorded whatever the
dates of the records; that the package is the one built (its manifest hash);
that every file verifies; and that no file holds card data. Then it records
the release. A release cannot be back-dated.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if prodID == "" || dir == "" {
				return errors.New("--production and --package are required")
			}
			ctx := cmd.Context()
			k, done, err := db.openCase(ctx, env, args[0], "", "", false)
			if err != nil {
				return err
			}
			defer done()
			if at != "" {
				if err := cases.NowOnly(at, k.c.Calendar.Location, env.Now(), "a production is released"); err != nil {
					return flagError("at", err)
				}
			}
			if err := k.svc.Release(ctx, args[0], prodID, dir, ""); err != nil {
				if fault.Is(err, fault.GateClosed) {
					fmt.Fprintln(env.Stderr, fault.Message(err))
					return failure{errors.New("nothing was released: the gate is closed")}
				}
				return fail(err)
			}
			_, err = fmt.Fprintf(env.Stdout, "Released production %s of case %s.\n", prodID, args[0])
			return err
		},
	}
	cmd.Flags().StringVar(&prodID, "production", "", "the production's id (prod-1)")
	cmd.Flags().StringVar(&dir, "package", "", "the package folder")
	cmd.Flags().StringVar(&at, "at", "", "kept for scripts: a release happens now, so only today's date is accepted")
	return cmd
}

func newVoid(env Env, db *dbFlags) *cobra.Command {
	var prodID, dir, reason string
	cmd := &cobra.Command{
		Use:   "void CASE --production ID --reason TEXT [--package DIR]",
		Short: "Void a built production: it is never released nor downloaded",
		Long: `Void a production that must not go out (the wrong account, a record that
should not be in it, a build made on facts since corrected). The void is
recorded with the reason; a voided production is never released nor
downloaded. With --package, its folder, which holds people's data, is
removed.`,
		Example: "  writ void c-abc --production prod-1 --reason 'built before the ruling was corrected' --package ./prod-1",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if prodID == "" {
				return errors.New("--production is required: the production's id (prod-1)")
			}
			if strings.TrimSpace(reason) == "" {
				return errors.New("--reason is required: why the production is voided")
			}
			svc, err := db.open(cmd.Context(), env)
			if err != nil {
				return err
			}
			defer svc.Store.Close()
			if err := svc.Void(cmd.Context(), args[0], prodID, reason, dir, ""); err != nil {
				return fail(err)
			}
			_, err = fmt.Fprintf(env.Stdout, "Voided production %s of case %s.\n", prodID, args[0])
			return err
		},
	}
	cmd.Flags().StringVar(&prodID, "production", "", "the production's id (prod-1)")
	cmd.Flags().StringVar(&reason, "reason", "", "why it is voided (kept in the case's log)")
	cmd.Flags().StringVar(&dir, "package", "", "the package folder, to remove")
	return cmd
}

func newVerifyPackage(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "verify-package DIR",
		Short: "Check a production package against its manifests; name every file that does not match",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			problems, err := production.Verify(args[0])
			if err != nil {
				return fail(err)
			}
			if len(problems) == 0 {
				_, err := fmt.Fprintf(env.Stdout, "%s verifies: every file matches its SHA-256.\n", args[0])
				return err
			}
			for _, p := range problems {
				fmt.Fprintf(env.Stdout, "%s: %s\n", p.File, p.Kind)
			}
			return failure{fmt.Errorf("%s does not verify: %s is %s (%d problem(s))", args[0], problems[0].File, problems[0].Kind, len(problems))}
		},
	}
}

func newSealPackage(env Env) *cobra.Command {
	var recipients []string
	var passFile string
	cmd := &cobra.Command{
		Use:   "seal-package DIR --out FILE (--recipient age1... | --passphrase-file FILE)",
		Short: "Encrypt a production package for its recipient (age)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			out, _ := cmd.Flags().GetString("out")
			if out == "" {
				return errors.New("--out is required")
			}
			pass := ""
			if passFile != "" {
				b, err := env.ReadFile(passFile)
				if err != nil {
					return flagError("passphrase-file", err)
				}
				pass = string(b)
			}
			if err := production.Seal(args[0], out, recipients, pass); err != nil {
				return fail(err)
			}
			_, err := fmt.Fprintf(env.Stdout, "Sealed %s into %s.\n", args[0], out)
			return err
		},
	}
	cmd.Flags().String("out", "", "the sealed file to write")
	cmd.Flags().StringSliceVar(&recipients, "recipient", nil, "a recipient's public key (age1...)")
	cmd.Flags().StringVar(&passFile, "passphrase-file", "", "a file holding a passphrase to seal with instead")
	return cmd
}
