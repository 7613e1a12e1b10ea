package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/checkpoint"
	"github.com/writ-project/writ/internal/config"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/store"
)

// dbFlags carries the global --db and --actor flags to the commands that
// open the store.
type dbFlags struct{ dsn, actor string }

// actorOf names who records events from the command line: the
// operating-system user, and the person --actor (or WRIT_ACTOR) names when
// given ("os:alice", "os:alice for Jane Doe"). Every event names the real
// person who made it (invariant 9).
func actorOf(env Env, named string) (string, error) {
	u := ""
	if env.User != nil {
		u = strings.TrimSpace(env.User())
	}
	if named == "" && env.Getenv != nil {
		named = env.Getenv("WRIT_ACTOR")
	}
	named = strings.Join(strings.Fields(named), " ")
	if strings.ContainsFunc(named, func(r rune) bool { return r < ' ' || r == 0x7f }) || len(named) > 200 {
		return "", flagError("actor", errors.New("a person's name of at most 200 characters, without control characters"))
	}
	switch {
	case u == "" && named == "":
		// Nobody to name: a command that records is refused by the case
		// service, which says how to name oneself.
		return "", nil
	case u == "":
		return named, nil
	case named == "":
		return "os:" + u, nil
	}
	return "os:" + u + " for " + named, nil
}

// open opens the store and the case service. The caller closes the store.
func (d *dbFlags) open(ctx context.Context, env Env) (*cases.Service, error) {
	cfg, err := config.Load(env.Getenv, env.ReadFile)
	if err != nil {
		return nil, err
	}
	dsn := d.dsn
	if dsn == "" {
		dsn = cfg.DB
	}
	actor, err := actorOf(env, d.actor)
	if err != nil {
		return nil, err
	}
	st, err := store.Open(ctx, dsn, env.Now)
	if err != nil {
		return nil, failure{fmt.Errorf("open the database %s: %w", redactDSN(dsn), err)}
	}
	return &cases.Service{Store: st, Now: env.Now, Actor: actor}, nil
}

// caseAt is a case opened for a command, with the moment it acts at.
type caseAt struct {
	svc *cases.Service
	c   *cases.Case
	at  time.Time
}

// openCase opens the store, loads a case and reads a moment flag in the
// case's court zone (a day means its end, or its start when startOfDay);
// an empty value is now. The caller closes the store with close.
func (d *dbFlags) openCase(ctx context.Context, env Env, id, flag, value string, startOfDay bool) (*caseAt, func(), error) {
	svc, err := d.open(ctx, env)
	if err != nil {
		return nil, nil, err
	}
	closeStore := func() { svc.Store.Close() }
	c, err := svc.Load(ctx, id)
	if err != nil {
		closeStore()
		return nil, nil, fail(err)
	}
	at := env.Now()
	if value != "" {
		if at, err = parseMoment(value, c.Calendar.Location, !startOfDay); err != nil {
			closeStore()
			return nil, nil, flagError(flag, err)
		}
	}
	return &caseAt{svc, c, at}, closeStore, nil
}

// redactDSN hides a password in a database URL before it is printed.
func redactDSN(dsn string) string {
	if i := strings.Index(dsn, "://"); i >= 0 {
		if at := strings.LastIndex(dsn, "@"); at > i {
			creds := dsn[i+3 : at]
			if user, _, ok := strings.Cut(creds, ":"); ok {
				return dsn[:i+3] + user + ":***" + dsn[at:]
			}
		}
	}
	return dsn
}

// fail turns an error of the case service into the command line's kind:
// bad input (exit 2) or a failure (exit 1).
func fail(err error) error {
	switch fault.CodeOf(err) {
	case fault.Invalid:
		return err
	case "":
		return nil
	}
	return failure{errors.New(fault.Message(err))}
}

func newCase(env Env, db *dbFlags) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "case",
		Short: "Open cases under an order, record what happens, and see duties, windows and the gate",
		Long: `A case is an order and the events that happen under it, kept as an
append-only, hash-chained log. From them writ derives every duty with its
due date and rule, each account holder's windows, and the gate: whether
each account's data may be disclosed now, and if not, why.

The database is --db (or WRIT_DB): sqlite:PATH (the default is
sqlite:writ.db in the current folder) or postgres://...`,
	}
	cmd.AddCommand(newCaseNew(env, db), newCaseRecord(env, db), newCaseShow(env, db), newCaseList(env, db), newCaseLog(env, db))
	return cmd
}

func newCaseNew(env Env, db *dbFlags) *cobra.Command {
	var file, key string
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "new --order FILE",
		Short:   "Open a case for an order (JSON; see examples/orders/takagi-2022.json)",
		Example: "  writ case new --order examples/orders/takagi-2022.json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if file == "" {
				return errors.New("--order is required: the order as a JSON file")
			}
			data, err := env.ReadFile(file)
			if err != nil {
				return flagError("order", fmt.Errorf("cannot read %s: %w", file, err))
			}
			svc, err := db.open(cmd.Context(), env)
			if err != nil {
				return err
			}
			defer svc.Store.Close()
			c, err := svc.Open(cmd.Context(), data, key, "")
			if err != nil {
				var ve *order.ValidationError
				if errors.As(err, &ve) {
					fmt.Fprintf(env.Stderr, "%s is not a valid order:\n%s\n", file, ve.Error())
					return flagError("order", fmt.Errorf("%s has %d problem(s); nothing was stored", file, len(ve.Problems)))
				}
				return fail(err)
			}
			if asJSON {
				return json.NewEncoder(env.Stdout).Encode(map[string]string{"case": c.ID})
			}
			_, err = fmt.Fprintln(env.Stdout, c.ID)
			return err
		},
	}
	cmd.Flags().StringVar(&file, "order", "", "the order, as a JSON file")
	cmd.Flags().StringVar(&key, "idempotency-key", "", "a key that makes a retry of this command open the case only once")
	cmd.Flags().BoolVar(&asJSON, "json", false, `print {"case": "ID"}`)
	return cmd
}

type recordFlags struct {
	at, account, accountID, method, id, outcome, relief, scope, orderFile, by, docket, note, key, reason string
	on, accounts                                                                                         []string
	corrects                                                                                             int64
	withOrder, conforms, strike, asJSON                                                                  bool
}

func newCaseRecord(env Env, db *dbFlags) *cobra.Command {
	var f recordFlags
	cmd := &cobra.Command{
		Use:   "record CASE EVENT --at DATE[THH:MM]",
		Short: "Record an event in a case, after checking it makes sense",
		Long: `Record something that happened in a case. EVENT is one of:
  ` + strings.Join(cases.HandRecorded(), ", ") + `

--at is when it happened, in the court's time zone (a day, which means its
first instant, or a day and a time); it may be in the past: writ keeps
when it happened and, apart, when it was told. Accounts are named by their
label in the order (--account 'Aya@ay_chim0807'). An event that makes no
sense in the case as it stood then — a notice before service, a ruling on
an objection that does not exist — is refused with the reason, and nothing
is stored. Acts done in writ (use-acknowledged) happen now.

Productions are built, released and voided with writ produce, writ release
and writ void, which check the package and decide the gate now.

A ruling says the court's words: an objection is overruled or sustained; a
motion granted, denied or granted_in_part, and a granted one says its
--relief (quash, or modify with --order FILE, the order as modified, which
may only narrow it); a quash says its --scope: account (the objector's or
movant's only) or subpoena (the whole subpoena).

A record that was wrong is never edited: a correction supersedes it, with
--reason, and restates it with what you give (--at, --account, --method,
--note ...), or strikes it (--strike). Name it by its seq (writ case log).
A defective service (without the order, or of a subpoena that does not
conform) is cured by recording subpoena-served again.`,
		Example: `  writ case record CASE subpoena-served --at 2022-10-20
  writ case record CASE notice-sent --account 'konnoyukio@CmRUCE' --at 2022-10-21 --method email
  writ case record CASE objection-received --account 'Aya@ay_chim0807' --at 2022-11-08T14:05
  writ case record CASE court-advised --on obj-1 --at 2022-11-15
  writ case record CASE ruling --on obj-1 --outcome overruled --at 2022-12-05
  writ case record CASE ruling --on mot-1 --outcome granted --relief quash --scope account --at 2022-12-05
  writ case record CASE correction --corrects 3 --at 2022-10-22 --reason 'the notice went out on the 22nd'`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRecord(cmd, env, db, &f, args[0], args[1])
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.at, "at", "", "when it happened: YYYY-MM-DD or YYYY-MM-DDTHH:MM in the court's time zone (required for facts)")
	fl.StringVar(&f.account, "account", "", "the account, by its label in the order")
	fl.StringVar(&f.accountID, "account-id", "", "target-resolved: the platform's id of the account")
	fl.StringVar(&f.method, "method", "", "how it was served or sent: personal, mail, email, electronic, agent")
	fl.BoolVar(&f.withOrder, "with-order", true, "subpoena-served: the order was served with the subpoena")
	fl.BoolVar(&f.conforms, "conforms", true, "subpoena-served: the subpoena's wording conforms to the order's modifications")
	fl.StringVar(&f.id, "id", "", "the id of the objection or motion this creates (default: obj-N, mot-N)")
	fl.StringSliceVar(&f.on, "on", nil, "the objection or motion this concerns (ruling, court-advised, objection-withdrawn, motion-withdrawn)")
	fl.StringVar(&f.outcome, "outcome", "", "ruling: overruled or sustained (an objection); granted, denied or granted_in_part (a motion)")
	fl.StringVar(&f.relief, "relief", "", "ruling granting a motion: quash or modify")
	fl.StringVar(&f.scope, "scope", "", "ruling that quashes or sustains: account or subpoena")
	fl.StringVar(&f.orderFile, "order", "", "ruling that modifies: the order as modified (JSON file)")
	fl.StringVar(&f.by, "by", "", "motion-filed: provider or account_holder")
	fl.StringVar(&f.docket, "docket", "", "motion-filed: the docket number")
	fl.StringSliceVar(&f.accounts, "accounts", nil, "preservation-started: the accounts it covers")
	fl.StringVar(&f.note, "note", "", "a note for staff (never shown to the applicant)")
	fl.Int64Var(&f.corrects, "corrects", 0, "correction: the seq of the event it corrects")
	fl.StringVar(&f.reason, "reason", "", "correction: why the event is corrected")
	fl.BoolVar(&f.strike, "strike", false, "correction: strike the event (recorded in error) instead of restating it")
	fl.StringVar(&f.key, "idempotency-key", "", "a key that makes a retry of this command store the event only once")
	fl.BoolVar(&f.asJSON, "json", false, "print the stored event as JSON")
	return cmd
}

func runRecord(cmd *cobra.Command, env Env, db *dbFlags, f *recordFlags, caseID, name string) error {
	typ, err := cases.ParseType(name)
	if err != nil {
		return inputError(err)
	}
	if f.at == "" && !matter.IsAct(typ) {
		return errors.New("--at is required: when it happened, as YYYY-MM-DD or YYYY-MM-DDTHH:MM")
	}
	ctx := cmd.Context()
	k, done, err := db.openCase(ctx, env, caseID, "", "", true)
	if err != nil {
		return err
	}
	defer done()
	svc, c := k.svc, k.c
	in := cases.Input{Type: string(typ), At: f.at, Account: f.account, AccountID: f.accountID, Method: f.method, ID: f.id,
		On: f.on, Outcome: f.outcome, Relief: f.relief, Scope: f.scope, By: f.by, Docket: f.docket, Accounts: f.accounts,
		Note: f.note, Corrects: f.corrects, Reason: f.reason, Strike: f.strike}
	fl := cmd.Flags()
	if typ == matter.SubpoenaServed || fl.Changed("with-order") {
		in.WithOrder = &f.withOrder
	}
	if typ == matter.SubpoenaServed || fl.Changed("conforms") {
		in.Conforms = &f.conforms
	}
	if f.orderFile != "" {
		if in.Order, err = env.ReadFile(f.orderFile); err != nil {
			return flagError("order", fmt.Errorf("cannot read %s: %w", f.orderFile, err))
		}
	}
	e, err := cases.Decode(c, in, env.Now())
	if err != nil {
		return inputError(err)
	}
	se, err := svc.Record(ctx, caseID, e, f.key)
	if err != nil {
		return inputError(err)
	}
	if f.asJSON {
		return printJSON(env.Stdout, se)
	}
	_, err = fmt.Fprintf(env.Stdout, "Recorded event %d of case %s: %s at %s.\n", se.Seq, caseID, se.Type, se.At.In(c.Calendar.Location).Format("Monday 2006-01-02 15:04 MST"))
	return err
}

// inputError turns an error of the case service into the command line's:
// a field at fault is named as its flag (exit 2), anything else is a
// failure or a refusal (exit 1). An order that is not valid lists its
// problems.
func inputError(err error) error {
	var ve *order.ValidationError
	if errors.As(err, &ve) {
		return flagError("order", fmt.Errorf("the order has %d problem(s): %s", len(ve.Problems), ve.Error()))
	}
	if fe := (*fault.Error)(nil); errors.As(err, &fe) && fe.Field != "" && fault.CodeOf(err) == fault.Invalid {
		flag := strings.ReplaceAll(fe.Field, "_", "-")
		if flag == "type" {
			return errors.New(fe.Message)
		}
		return flagError(flag, errors.New(fe.Message))
	}
	return fail(err)
}

// parseMoment reads a day or a day and time in the court's zone, as every
// way into writ does (cases.ParseMoment).
func parseMoment(s string, loc *time.Location, endOfDay bool) (time.Time, error) {
	return cases.ParseMoment(s, loc, endOfDay)
}

func newCaseShow(env Env, db *dbFlags) *cobra.Command {
	var now string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show CASE [--now DATE]",
		Short: "Show a case's duties, windows, objections and motions, and the gate, with the rule behind every date",
		Long: `Show how a case stands: each duty with its trigger, due date, status and
the computation behind the date; each account holder's windows; the
objections and motions; and the gate — for each account, whether its data
may be disclosed, and if not, every reason and the earliest day it could
open.

--now evaluates the case as of another moment, using only the events that
had happened by then: a day means the end of that day in the court's time
zone.`,
		Example: "  writ case show c-abc --now 2022-11-21 --json",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			k, done, err := db.openCase(cmd.Context(), env, args[0], "now", now, false)
			if err != nil {
				return err
			}
			defer done()
			c := k.c
			a, err := matter.Assess(c.Events, c.Calendar, k.at)
			if err != nil {
				return fail(err)
			}
			if asJSON {
				return printJSON(env.Stdout, showJSON{Case: c.ID, CaseNumber: c.Order.CaseNumber, Court: c.Order.Court.ID, Assessment: a})
			}
			return printShow(env.Stdout, c, a)
		},
	}
	cmd.Flags().StringVar(&now, "now", "", "evaluate as of this day (its end, court time) or YYYY-MM-DDTHH:MM")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	return cmd
}

// showJSON is what `case show --json` prints: the case and its assessment.
type showJSON struct {
	Case       string `json:"case"`
	CaseNumber string `json:"case_number"`
	Court      string `json:"court"`
	*matter.Assessment
}

func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func printShow(w io.Writer, c *cases.Case, a *matter.Assessment) error {
	loc := c.Calendar.Location
	fmt.Fprintf(w, "Case %s — %s, %s\n", c.ID, c.Order.CaseNumber, c.Order.Court.Name)
	fmt.Fprintf(w, "%s: subpoena to %s; as of %s.\n", c.Order.Applicant, c.Order.Provider, a.AsOf.In(loc).Format("Monday 2006-01-02 15:04 MST"))

	fmt.Fprintln(w, "\nDuties")
	for _, d := range a.Duties {
		due := "—"
		if !d.Due.IsZero() {
			due = d.Due.Long()
		}
		fmt.Fprintf(w, "  %-40s %-10s due %-20s %s\n", d.ID, d.Party, due, d.Status)
		if !d.DueFederalOnly.IsZero() && d.DueFederalOnly != d.Due {
			fmt.Fprintf(w, "      Counting federal holidays only: %s (schedule by it).\n", d.DueFederalOnly.Long())
		}
		if !d.DueLatest.IsZero() && d.DueLatest != d.Due {
			fmt.Fprintf(w, "      On the latest reading of the calendar: %s.\n", d.DueLatest.Long())
		}
		for _, s := range d.Steps {
			fmt.Fprintf(w, "      %s\n", s)
		}
	}
	fmt.Fprintln(w, "\nWindows (account holders may contest)")
	for _, win := range a.Windows {
		closes, state := "not yet open (no notice)", ""
		if !win.Closes.IsZero() {
			closes, state = "closes "+win.Closes.Long(), "closed"
			if win.DueLatest != win.Closes {
				closes += " (latest reading " + win.DueLatest.Long() + ")"
			}
			if win.Open {
				state = "open"
			}
		}
		fmt.Fprintf(w, "  %-22s %-18s %s %s\n", win.Account, win.Kind, closes, state)
	}
	if len(a.Objections)+len(a.Motions) > 0 {
		fmt.Fprintln(w, "\nObjections and motions")
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		late := func(v matter.ContestView) string {
			if v.Timely {
				return ""
			}
			return "\tlate: " + v.Late
		}
		for _, o := range a.Objections {
			fmt.Fprintf(tw, "  %s\tobjection\t%s\treceived %s\t%s%s\n", o.ID, o.Account, o.Received, o.Status, late(o))
		}
		for _, m := range a.Motions {
			fmt.Fprintf(tw, "  %s\tmotion\t%s\tfiled %s\t%s%s\n", m.ID, cmpOr(m.Account, m.By), m.Filed, m.Status, late(m))
		}
		tw.Flush()
	}
	if len(a.Incidents) > 0 {
		fmt.Fprintln(w, "\nINCIDENTS")
		for _, in := range a.Incidents {
			fmt.Fprintf(w, "  %s (%s): %s\n", in.Production, strings.ReplaceAll(in.Kind, "_", " "), in.Message)
			for _, r := range in.Reasons {
				fmt.Fprintf(w, "    - %s\n", r)
			}
		}
	}
	state := "CLOSED"
	if a.Gate.Open {
		state = "OPEN"
	}
	fmt.Fprintf(w, "\nGate: %s\n", state)
	for _, ag := range a.Gate.Accounts {
		if ag.Open {
			fmt.Fprintf(w, "  %s: open — its data may be disclosed.\n", ag.Account)
			continue
		}
		earliest := ""
		if !ag.Earliest.IsZero() {
			earliest = fmt.Sprintf(" (earliest: %s)", ag.Earliest.Long())
		}
		fmt.Fprintf(w, "  %s: closed%s\n", ag.Account, earliest)
		for _, r := range ag.Reasons {
			fmt.Fprintf(w, "    - %s\n", r)
		}
	}
	return nil
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func newCaseList(env Env, db *dbFlags) *cobra.Command {
	var within string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list [--due-within 7d]",
		Short: "List cases, with the next duty of each",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			days := -1
			if within != "" {
				n, err := strconv.Atoi(strings.TrimSuffix(within, "d"))
				if err != nil || n < 0 {
					return flagError("due-within", fmt.Errorf("%q is not a number of days, as 7d", within))
				}
				days = n
			}
			ctx := cmd.Context()
			svc, err := db.open(ctx, env)
			if err != nil {
				return err
			}
			defer svc.Store.Close()
			all, err := svc.Store.Cases(ctx)
			if err != nil {
				return fail(err)
			}
			now := env.Now()
			var rows []listRow
			for _, sc := range all {
				c, a, err := svc.Assess(ctx, sc.ID, now)
				if err != nil {
					return fail(err)
				}
				row := listRow{Case: c.ID, CaseNumber: c.Order.CaseNumber, Court: c.Order.Court.ID, Events: int(c.Seq), GateOpen: a.Gate.Open, Due: []matter.Duty{}}
				today := courttime.DateOf(now.In(c.Calendar.Location))
				for _, d := range a.Duties {
					if d.Status != matter.DutyPending && d.Status != matter.Overdue {
						continue
					}
					if days >= 0 && d.Status == matter.DutyPending && d.Due.After(today.AddDays(days)) {
						continue
					}
					row.Due = append(row.Due, d)
				}
				if days >= 0 && len(row.Due) == 0 {
					continue
				}
				rows = append(rows, row)
			}
			if asJSON {
				if rows == nil {
					rows = []listRow{}
				}
				return printJSON(env.Stdout, rows)
			}
			tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "CASE\tNUMBER\tCOURT\tEVENTS\tNEXT DUTY")
			for _, r := range rows {
				next := "none pending"
				if len(r.Due) > 0 {
					d := r.Due[0]
					next = fmt.Sprintf("%s due %s (%s)", d.ID, d.Due.Long(), d.Status)
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\n", r.Case, r.CaseNumber, r.Court, r.Events, next)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&within, "due-within", "", "only cases with a duty overdue or due within this many days (7d)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array")
	return cmd
}

type listRow struct {
	Case       string        `json:"case"`
	CaseNumber string        `json:"case_number"`
	Court      string        `json:"court"`
	Events     int           `json:"events"`
	GateOpen   bool          `json:"gate_open"`
	Due        []matter.Duty `json:"due"`
}

func newCaseLog(env Env, db *dbFlags) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "log CASE",
		Short: "List a case's events with their hashes",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			svc, err := db.open(ctx, env)
			if err != nil {
				return err
			}
			defer svc.Store.Close()
			evs, err := svc.Store.Events(ctx, args[0])
			if err != nil {
				return fail(err)
			}
			if asJSON {
				if evs == nil {
					evs = []store.Event{}
				}
				return printJSON(env.Stdout, evs)
			}
			tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "SEQ\tAT (UTC)\tRECORDED (UTC)\tEVENT\tBY\tHASH")
			for _, e := range evs {
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", e.Seq, e.At.Format(time.RFC3339), e.RecordedAt.Format(time.RFC3339), e.Type, e.Actor, e.Hash)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array")
	return cmd
}

func newAudit(env Env, db *dbFlags) *cobra.Command {
	cmd := &cobra.Command{Use: "audit", Short: "Check the integrity of the event log; list who was shown a person's data"}
	var asJSON bool
	accesses := &cobra.Command{
		Use:   "accesses CASE [--json]",
		Short: "List every time writ showed someone a person's data in a case, and whether the list verifies",
		Long: `List the case's access log: every time a page, an answer of the API or a
download showed someone the accounts a target resolved to, staff notes, an
objection's text, the event log, a letter to the court or a holder's
attachment: when, who, through what, which kinds of data. The log is
hash-chained like the events; the command exits 1 when it does not verify.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			svc, err := db.open(ctx, env)
			if err != nil {
				return err
			}
			defer svc.Store.Close()
			l, ok := store.AccessLogOf(svc.Store)
			if !ok {
				return failure{errors.New("this database keeps no access log")}
			}
			as, err := l.Accesses(ctx, args[0])
			if err != nil {
				return fail(err)
			}
			bad := store.VerifyAccesses(as)
			seq, head, err := l.AccessHead(ctx, args[0])
			if err != nil {
				return fail(err)
			}
			headProblem := store.VerifyAccessHead(as, seq, head)
			if asJSON {
				if err := printJSON(env.Stdout, as); err != nil {
					return err
				}
			} else {
				tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "#\tWHEN (UTC)\tWHO\tTHROUGH\tWHAT")
				for _, a := range as {
					fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", a.Seq, a.At.UTC().Format("2006-01-02 15:04:05"), a.Actor, a.Via, strings.Join(a.What, ", "))
				}
				if err := tw.Flush(); err != nil {
					return err
				}
			}
			if bad != 0 {
				return failure{fmt.Errorf("the access log of case %s does not verify from access %d on", args[0], bad)}
			}
			if headProblem != "" {
				return failure{fmt.Errorf("the access log of case %s does not verify: %s", args[0], headProblem)}
			}
			return nil
		},
	}
	accesses.Flags().BoolVar(&asJSON, "json", false, "print a JSON array")
	cmd.AddCommand(accesses)
	var against, key string
	verify := &cobra.Command{
		Use:   "verify [--checkpoint FILE [--key PUB]]",
		Short: "Recompute every case's hash chain; exit 1 naming the first broken event",
		Long: `Recompute the SHA-256 chain of every case's events and compare it with the
stored hashes and the case heads, the chain of every case's access log (who
was shown a person's data) and its head, and the SHA-256 of every file kept
with an event. Altering, reordering or deleting any event or access, or
altering a file, is reported with its case and sequence number, and the
command exits 1. The database is read on every core at once, each case as
it stood at one moment: what is recorded while it runs is no break.

With --checkpoint FILE (a checkpoint from writ audit checkpoint, its
signature checked with --key, else WRIT_LOG_KEY_FILE's key), it also proves
that today's log extends the checkpoint, which the chains alone cannot:
events deleted from a case's end with its head rolled back, a deleted case,
a re-chained case and a trimmed access log are each named.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			var cp *checkpoint.Checkpoint
			if against != "" {
				c, err := openCheckpoint(env, against, key)
				if err != nil {
					return err
				}
				cp = &c
			}
			svc, err := db.open(ctx, env)
			if err != nil {
				return err
			}
			defer svc.Store.Close()
			// One pass over the whole store, its cases read side by side:
			// every case's events against its chain and head, its access
			// log (who was shown a person's data) against its own, and
			// every file kept with an event (attachments, letters, proofs,
			// sealed records) against the SHA-256 its event names.
			auditor, ok := store.AuditorOf(svc.Store)
			if !ok {
				return failure{errors.New("this database cannot be audited")}
			}
			a, err := auditor.Audit(ctx)
			if err != nil {
				return fail(err)
			}
			breaks := a.Breaks
			for _, o := range a.Orphans {
				fmt.Fprintf(env.Stderr, "note: case %s: %s (kept before files went in with their event; no one is shown it)\n", o.CaseID, o.Problem)
			}
			if len(breaks) == 0 {
				_, err := fmt.Fprintf(env.Stdout, "The event log verifies: %d events in %d cases; so do their access logs (%d accesses) and the files kept with the events.\n", a.Events, a.Cases, a.Accesses)
				if err != nil || cp == nil {
					return err
				}
				return checkAgainst(ctx, env, svc.Store, *cp)
			}
			say := func(b store.Break) string {
				if strings.HasPrefix(b.Problem, "access ") || strings.HasPrefix(b.Problem, "blob ") {
					return fmt.Sprintf("case %s %s", b.CaseID, b.Problem)
				}
				return fmt.Sprintf("case %s event %d: %s", b.CaseID, b.Seq, strings.TrimPrefix(b.Problem, fmt.Sprintf("event %d: ", b.Seq)))
			}
			for _, b := range breaks {
				fmt.Fprintln(env.Stdout, say(b))
			}
			if cp != nil {
				_ = checkAgainst(ctx, env, svc.Store, *cp)
			}
			return failure{fmt.Errorf("the event log does not verify: %s (%d problem(s) in all)", say(breaks[0]), len(breaks))}
		},
	}
	verify.Flags().StringVar(&against, "checkpoint", "", "also prove that the log extends this signed checkpoint (writ audit checkpoint)")
	verify.Flags().StringVar(&key, "key", "", "the log's public key, or a file holding it, for --checkpoint (default: from WRIT_LOG_KEY_FILE)")
	cmd.AddCommand(verify)
	return cmd
}
