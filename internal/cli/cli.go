// Package cli is the writ command line: it parses arguments, calls the
// packages that do the work, and prints their results for a person (plain
// text) or a program (--json). It holds no rules of its own.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/user"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Exit codes. Scripts rely on them: 2 means the input was wrong and nothing
// was done, 1 that writ could not do what was asked.
const (
	ExitOK      = 0
	ExitFailure = 1
	ExitUsage   = 2
)

// Env is what a command gets from its process. Tests pass their own, so
// that every command runs in-process with a fixed clock.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Getenv reads a WRIT_* setting.
	Getenv func(string) string
	// Now is the clock. Only the shell reads it; the core is given times.
	Now func() time.Time
	// ReadFile reads a file named on the command line.
	ReadFile func(string) ([]byte, error)
	// User names the operating-system user running the command: events
	// recorded from the command line name them (or the person --actor
	// names). Nil or "" is refused for commands that record.
	User func() string
}

// OSEnv is the environment of a real process.
func OSEnv() Env {
	return Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, Now: time.Now, ReadFile: os.ReadFile, User: osUser}
}

// osUser is the name of the operating-system user of this process.
func osUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return os.Getenv("USER")
}

// failure marks an error that is not the user's input: writ tried and could
// not. Every other error a command returns is treated as bad input.
type failure struct{ err error }

func (f failure) Error() string { return f.err.Error() }
func (f failure) Unwrap() error { return f.err }

// flagError names the flag whose value is wrong.
func flagError(flag string, err error) error {
	return fmt.Errorf("--%s: %w", flag, err)
}

// Run runs the writ command line with args (without the program name) and
// returns the exit code.
func Run(ctx context.Context, args []string, env Env) int {
	root := newRoot(env)
	root.SetArgs(args)
	root.SetIn(env.Stdin)
	root.SetOut(env.Stdout)
	root.SetErr(env.Stderr)
	cmd, err := root.ExecuteContextC(ctx)
	if err == nil {
		return ExitOK
	}
	name := "writ"
	if cmd != nil {
		name = cmd.CommandPath()
	}
	msg := strings.Join(strings.Fields(err.Error()), " ")
	fmt.Fprintf(env.Stderr, "%s: %s\n", name, msg)
	var f failure
	if errors.As(err, &f) {
		return ExitFailure
	}
	return ExitUsage
}

func newRoot(env Env) *cobra.Command {
	root := &cobra.Command{
		Use:   "writ",
		Short: "Court-ordered disclosure with due process built in",
		Long: `writ makes the protective procedure of a court order executable: every
deadline, duty and disclosure decision is derived from the order, explained
and enforced.

Dates follow Fed. R. Civ. P. 6(a) on the court's own calendar; every date
writ prints carries the rule, the trigger and the computation behind it.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.CompletionOptions.HiddenDefaultCmd = true
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		// pflag's own wording ("strconv.ParseInt: parsing ...") is for
		// programmers; say what was wrong in the user's terms instead.
		var iv *pflag.InvalidValueError
		if errors.As(err, &iv) {
			what := "a valid value"
			switch iv.GetFlag().Value.Type() {
			case "int":
				what = "a whole number"
			case "bool":
				what = "true or false"
			}
			return flagError(iv.GetFlag().Name, fmt.Errorf("%q is not %s", iv.GetValue(), what))
		}
		return err
	})
	db := &dbFlags{}
	root.PersistentFlags().StringVar(&db.dsn, "db", "", "the database: sqlite:PATH or postgres://... (default: WRIT_DB, else sqlite:writ.db)")
	root.PersistentFlags().StringVar(&db.actor, "actor", "", "the person on whose behalf events are recorded (default: WRIT_ACTOR); events always name the operating-system user too")
	root.AddCommand(newDeadline(env), newHolidays(env), newCase(env, db), withLogCommands(newAudit(env, db), env, db), newKeygen(env), newPreserve(env, db), newProduce(env, db), newRelease(env, db), newVoid(env, db), newVerifyPackage(env), newSealPackage(env), newServe(env, db), newVersion(env), newDemoData(env), newNotice(env, db), newApplication(env), newOrder(env), newUser(env, db), newGrant(env, db), newRevoke(env, db), newReport(env, db), newWebhook(env, db))
	return root
}
