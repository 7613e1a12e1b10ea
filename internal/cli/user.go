package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

// The people commands: who may sign in to `writ serve`, how, and which
// cases counsel and the court see. Nothing here decides a rule: the store
// checks a user, package access decides who needs a grant and names
// sessions; these commands read flags, call them and print one line.

// userFlagOf maps the fields the store and package access name in their
// errors to the flags that carry them, so that a refusal names what the
// person typed.
var userFlagOf = map[string]string{
	"email": "email", "name": "name", "role": "role", "platform": "platform", "admin": "admin",
	"password": "password-file", "session": "session", "created_by": "actor",
}

// userFail turns an error of the store or of package access into the
// command line's kind (bad input exits 2, a refusal 1), naming the flag
// when the error names a field a flag carries.
func userFail(err error) error {
	var fe *fault.Error
	if errors.As(err, &fe) && fe.Field != "" {
		if flag, ok := userFlagOf[fe.Field]; ok {
			named := flagError(flag, errors.New(fe.Message))
			if fe.Code == fault.Invalid {
				return named
			}
			return failure{named}
		}
	}
	return fail(err)
}

// errPasswordFlag refuses a password typed on the command line.
var errPasswordFlag = flagError("password", errors.New("writ never takes a password on the command line, where the shell's history and the list of processes keep it; "+
	"put it in a file and give --password-file FILE, or pipe it in with --password-file -"))

// noPasswordFlag adds a hidden --password, so that someone who tries it is
// told why it is refused and what to do instead, rather than "unknown flag".
func noPasswordFlag(cmd *cobra.Command) *string {
	p := cmd.Flags().String("password", "", "")
	_ = cmd.Flags().MarkHidden("password")
	return p
}

// readPassword reads a password from the file --password-file names, or
// from stdin for "-": the first line, without its line ending. A file of
// more lines is refused, since it is more likely the wrong file than a
// password with a line break in it.
func readPassword(env Env, path string) (string, error) {
	var (
		b   []byte
		err error
	)
	if path == "-" {
		if env.Stdin == nil {
			return "", flagError("password-file", errors.New("there is no stdin to read the password from"))
		}
		// A little more than the longest password writ takes, so that a
		// longer one is refused as too long rather than read forever.
		b, err = io.ReadAll(io.LimitReader(env.Stdin, access.MaxPasswordBytes+3))
	} else {
		b, err = env.ReadFile(path)
	}
	if err != nil {
		return "", flagError("password-file", fmt.Errorf("cannot read %s: %w", path, err))
	}
	s := string(b)
	if t, ok := strings.CutSuffix(s, "\n"); ok {
		s = strings.TrimSuffix(t, "\r")
	}
	if strings.ContainsAny(s, "\r\n") {
		return "", flagError("password-file", errors.New("holds more than one line; put the password alone on one line"))
	}
	if s == "" {
		return "", flagError("password-file", errors.New("is empty; put the password on its first line"))
	}
	return s, nil
}

// hashPassword reads and hashes a password with argon2id at writ's
// default cost; a password writ does not take is bad input naming
// --password-file.
func hashPassword(env Env, path string) (string, error) {
	password, err := readPassword(env, path)
	if err != nil {
		return "", err
	}
	h, err := access.HashPassword(password, access.DefaultParams)
	if err != nil {
		var fe *fault.Error
		if errors.As(err, &fe) && fe.Field == "password" {
			return "", flagError("password-file", errors.New("the password "+fe.Message))
		}
		return "", fail(err)
	}
	return h, nil
}

// openUsers opens the store's users. The caller calls close.
func (d *dbFlags) openUsers(ctx context.Context, env Env) (us store.UserStore, close func(), err error) {
	svc, err := d.open(ctx, env)
	if err != nil {
		return nil, nil, err
	}
	us, ok := store.UsersOf(svc.Store)
	if !ok {
		svc.Store.Close()
		return nil, nil, failure{errors.New("this database keeps no users")}
	}
	return us, func() { svc.Store.Close() }, nil
}

// needEmail refuses a missing --email before anything is opened.
func needEmail(email string) error {
	if strings.TrimSpace(email) == "" {
		return flagError("email", errors.New("is required: the e-mail address the user signs in with"))
	}
	return nil
}

// userByEmail finds the user --email names; none is a refusal naming the
// flag.
func userByEmail(ctx context.Context, us store.UserStore, email string) (store.User, error) {
	u, err := us.UserByEmail(ctx, email)
	if fault.Is(err, fault.NotFound) {
		return store.User{}, failure{flagError("email", errors.New("no user has this e-mail address; `writ user list` shows who has one"))}
	}
	if err != nil {
		return store.User{}, fail(err)
	}
	return u, nil
}

// plain makes text a person stored (a name, a platform) safe to print on a
// terminal: control characters, which could move the cursor or recolour
// what follows, are shown as "?".
func plain(s string) string {
	return strings.Map(func(r rune) rune {
		if r < ' ' || (r >= 0x7f && r < 0xa0) {
			return '?'
		}
		return r
	}, s)
}

// utcMinute is how the people commands print a time.
func utcMinute(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }

// count says "1 session", "2 sessions".
func count(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func newUser(env Env, db *dbFlags) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "user",
		Short: "Add the people who sign in to writ serve, reset passwords, end sessions",
		Long: `The people who sign in to writ serve: the platform's staff, who see every
case whose order is directed to their platform; the applicant's counsel and
the court, who see the cases granted to them (writ grant). Account holders
do not sign in here: their notice's link opens the portal.

A password is read from a file, or from stdin with --password-file -, never
from the command line. A user added without one signs in through the
OpenID Connect provider (WRIT_OIDC_ISSUER), or gets one with writ user
password.`,
		Example: `  writ user add --email legal@platform.example --name "Alex Kim" --role staff --platform "Twitter, Inc." --admin --password-file pw.txt
  writ user add --email counsel@firm.example --name "Carol Ito" --role counsel
  writ grant c-abcdefghijkl --email counsel@firm.example
  writ user list`,
	}
	cmd.AddCommand(newUserAdd(env, db), newUserList(env, db), newUserPassword(env, db), newUserSessions(env, db),
		newUserRevokeSession(env, db), newUserDisable(env, db), newUserEnable(env, db))
	return cmd
}

func newUserAdd(env Env, db *dbFlags) *cobra.Command {
	var email, name, role, platform, passwordFile string
	var admin bool
	cmd := &cobra.Command{
		Use:   "add --email E --name N --role staff|counsel|court [--platform P] [--admin] [--password-file F]",
		Short: "Add a person who signs in to writ serve",
		Long: `Adds a person who signs in to writ serve.

--role staff: the platform's legal team; --platform names the provider they
work for exactly as orders name it ("Twitter, Inc."), and they see every
case directed to it. --admin marks one who may manage the platform's
people. --role counsel or court: no platform; they see the cases granted
to them with writ grant.

With --password-file the user signs in with that password (at least 15
characters, hashed with argon2id); without it they sign in through the
OpenID Connect provider, or get a password later with writ user password.
The user's record names who added them (the operating-system user, and
--actor or WRIT_ACTOR).`,
		Example: `  writ user add --email legal@platform.example --name "Alex Kim" --role staff --platform "Twitter, Inc." --admin --password-file pw.txt
  printf '%s\n' "$PASSWORD" | writ user add --email clerk@cand.uscourts.gov --name "Courtroom Deputy" --role court --password-file -
  writ user add --email counsel@firm.example --name "Carol Ito" --role counsel`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if cmd.Flags().Changed("password") {
				return errPasswordFlag
			}
			actor, err := actorOf(env, db.actor)
			if err != nil {
				return err
			}
			if actor == "" {
				return flagError("actor", errors.New("writ cannot tell who is adding this user, and the user's record names them; give --actor or WRIT_ACTOR"))
			}
			nu := store.NewUser{Email: email, Name: name, Role: role, Platform: platform, Admin: admin, CreatedBy: actor}
			if err := store.CheckNewUser(nu); err != nil {
				return userFail(err)
			}
			if passwordFile != "" {
				if nu.PasswordHash, err = hashPassword(env, passwordFile); err != nil {
					return err
				}
			}
			ctx := cmd.Context()
			us, closeStore, err := db.openUsers(ctx, env)
			if err != nil {
				return err
			}
			defer closeStore()
			u, err := us.CreateUser(ctx, nu)
			if err != nil {
				return userFail(err)
			}
			what := u.Role
			if u.Role == store.RoleStaff {
				what = "staff of " + plain(u.Platform)
				if u.Admin {
					what += ", admin"
				}
			}
			how := "signs in with the password from the file"
			if u.PasswordHash == "" {
				how = "no password: signs in through the OpenID Connect provider, or set one with `writ user password`"
			}
			if u.Role != store.RoleStaff {
				how += "; sees no case until `writ grant CASE --email " + plain(u.Email) + "`"
			}
			_, err = fmt.Fprintf(env.Stdout, "added %s %s (%s); %s\n", u.ID, plain(u.Email), what, how)
			return err
		},
	}
	cmd.Flags().StringVar(&email, "email", "", "the e-mail address the user signs in with (unique, in any case)")
	cmd.Flags().StringVar(&name, "name", "", "the user's name, as other users see it")
	cmd.Flags().StringVar(&role, "role", "", "staff, counsel or court")
	cmd.Flags().StringVar(&platform, "platform", "", `for staff only: the provider they work for, exactly as orders name it ("Twitter, Inc.")`)
	cmd.Flags().BoolVar(&admin, "admin", false, "for staff only: may manage the platform's people")
	cmd.Flags().StringVar(&passwordFile, "password-file", "", "a file whose first line is the password (- reads stdin); none: the user signs in through OIDC")
	noPasswordFlag(cmd)
	return cmd
}

// userJSON is a user as `writ user list --json` prints it: never the
// password hash, only whether there is one.
type userJSON struct {
	ID        string    `json:"id"`
	Email     string    `json:"email"`
	Name      string    `json:"name"`
	Role      string    `json:"role"`
	Platform  string    `json:"platform"`
	Admin     bool      `json:"admin"`
	Password  bool      `json:"password"`
	CreatedAt time.Time `json:"created_at"`
	CreatedBy string    `json:"created_by"`
	// DisabledAt is absent for a user who may sign in.
	DisabledAt *time.Time `json:"disabled_at,omitempty"`
	// Cases are the cases granted to counsel or the court ([] for none);
	// null for staff, who see their platform's cases without grants.
	Cases []string `json:"cases"`
}

func newUserList(env Env, db *dbFlags) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list [--json]",
		Short: "List the people who sign in, what each sees and how each signs in",
		Long: `Lists every user, by e-mail address: their ID, role, what they see (staff
their platform's cases; counsel and the court the cases granted to them),
how they sign in (a password, OIDC only, or disabled) and their name.`,
		Example: `  writ user list
  writ user list --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			us, closeStore, err := db.openUsers(ctx, env)
			if err != nil {
				return err
			}
			defer closeStore()
			all, err := us.Users(ctx)
			if err != nil {
				return fail(err)
			}
			rows := make([]userJSON, 0, len(all))
			for _, u := range all {
				row := userJSON{ID: u.ID, Email: u.Email, Name: u.Name, Role: u.Role, Platform: u.Platform, Admin: u.Admin,
					Password: u.PasswordHash != "", CreatedAt: u.CreatedAt, CreatedBy: u.CreatedBy}
				if u.Disabled() {
					at := u.DisabledAt
					row.DisabledAt = &at
				}
				if u.Role != store.RoleStaff {
					grants, err := us.Grants(ctx, u.ID)
					if err != nil {
						return fail(err)
					}
					row.Cases = []string{}
					for _, g := range grants {
						row.Cases = append(row.Cases, g.CaseID)
					}
				}
				rows = append(rows, row)
			}
			if asJSON {
				return printJSON(env.Stdout, rows)
			}
			if len(rows) == 0 {
				_, err := fmt.Fprintln(env.Stdout, "No users yet; add one with writ user add (see writ user add --help).")
				return err
			}
			tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tEMAIL\tROLE\tSEES\tSIGN-IN\tNAME")
			for _, r := range rows {
				role, sees := r.Role, "no case"
				switch {
				case r.Role == store.RoleStaff:
					sees = "cases of " + plain(r.Platform)
					if r.Admin {
						role += ", admin"
					}
				case len(r.Cases) > 0:
					sees = strings.Join(r.Cases, ", ")
				}
				signIn := "OIDC only"
				switch {
				case r.DisabledAt != nil:
					signIn = "disabled " + r.DisabledAt.UTC().Format("2006-01-02")
				case r.Password:
					signIn = "password"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", r.ID, plain(r.Email), role, sees, signIn, plain(r.Name))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the users as a JSON array")
	return cmd
}

func newUserPassword(env Env, db *dbFlags) *cobra.Command {
	var email, passwordFile string
	cmd := &cobra.Command{
		Use:   "password --email E --password-file F",
		Short: "Set or reset a user's password; every session of theirs ends",
		Long: `Sets a user's password (at least 15 characters, hashed with argon2id) and
ends every session of theirs in the same transaction, so that whoever knew
the old password, or holds a session cookie, is out.`,
		Example: `  writ user password --email counsel@firm.example --password-file pw.txt
  printf '%s\n' "$PASSWORD" | writ user password --email counsel@firm.example --password-file -`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if cmd.Flags().Changed("password") {
				return errPasswordFlag
			}
			if err := needEmail(email); err != nil {
				return err
			}
			if passwordFile == "" {
				return flagError("password-file", errors.New("is required: a file whose first line is the new password, or - to read it from stdin"))
			}
			h, err := hashPassword(env, passwordFile)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			us, closeStore, err := db.openUsers(ctx, env)
			if err != nil {
				return err
			}
			defer closeStore()
			u, err := userByEmail(ctx, us, email)
			if err != nil {
				return err
			}
			if err := us.SetPasswordHash(ctx, u.ID, h); err != nil {
				return userFail(err)
			}
			still := ""
			if u.Disabled() {
				still = "; they are still disabled (writ user enable lets them sign in)"
			}
			_, err = fmt.Fprintf(env.Stdout, "%s has a new password; every session of theirs has ended%s\n", plain(u.Email), still)
			return err
		},
	}
	cmd.Flags().StringVar(&email, "email", "", "the user's e-mail address")
	cmd.Flags().StringVar(&passwordFile, "password-file", "", "a file whose first line is the new password (- reads stdin)")
	noPasswordFlag(cmd)
	return cmd
}

// sessionJSON is a session as `writ user sessions --json` prints it: its
// short ID and its times, never its token, its whole hash or its CSRF
// token.
type sessionJSON struct {
	ID      string    `json:"id"`
	Created time.Time `json:"created"`
	Expires time.Time `json:"expires"`
	Expired bool      `json:"expired"`
}

func newUserSessions(env Env, db *dbFlags) *cobra.Command {
	var email string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "sessions --email E [--json]",
		Short: "List a user's sessions (signed-in browsers)",
		Long: fmt.Sprintf(`Lists a user's sessions by the time each began: an ID (the first %d
characters of the hash of its token; writ keeps no token), when it began and
when it ends. Expired sessions are kept until writ serve clears them and
are marked so. End one with writ user revoke-session.`, access.SessionIDLen),
		Example: `  writ user sessions --email counsel@firm.example
  writ user sessions --email counsel@firm.example --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := needEmail(email); err != nil {
				return err
			}
			ctx := cmd.Context()
			us, closeStore, err := db.openUsers(ctx, env)
			if err != nil {
				return err
			}
			defer closeStore()
			u, err := userByEmail(ctx, us, email)
			if err != nil {
				return err
			}
			sessions, err := us.Sessions(ctx, u.ID)
			if err != nil {
				return fail(err)
			}
			now := env.Now()
			rows := make([]sessionJSON, 0, len(sessions))
			for _, s := range sessions {
				rows = append(rows, sessionJSON{ID: access.SessionID(s), Created: s.Created, Expires: s.Expires, Expired: !now.Before(s.Expires)})
			}
			if asJSON {
				return printJSON(env.Stdout, rows)
			}
			if len(rows) == 0 {
				_, err := fmt.Fprintf(env.Stdout, "%s has no session\n", plain(u.Email))
				return err
			}
			tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "SESSION\tBEGAN\tENDS")
			for _, r := range rows {
				ends := utcMinute(r.Expires)
				if r.Expired {
					ends += " (expired)"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\n", r.ID, utcMinute(r.Created), ends)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&email, "email", "", "the user's e-mail address")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the sessions as a JSON array")
	return cmd
}

func newUserRevokeSession(env Env, db *dbFlags) *cobra.Command {
	var email, session string
	var all bool
	cmd := &cobra.Command{
		Use:   "revoke-session --email E (--session ID | --all)",
		Short: "End one of a user's sessions, or all of them",
		Long: `Ends a session of a user: the one whose ID (as writ user sessions shows
it; any six or more of its first characters) is --session, or every one
with --all. The browser that held it must sign in again.`,
		Example: `  writ user revoke-session --email counsel@firm.example --session 3fa9c1d2e4b5
  writ user revoke-session --email counsel@firm.example --all`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := needEmail(email); err != nil {
				return err
			}
			if (session == "") == !all {
				return flagError("session", errors.New("give one of --session ID (as writ user sessions shows it) and --all"))
			}
			ctx := cmd.Context()
			us, closeStore, err := db.openUsers(ctx, env)
			if err != nil {
				return err
			}
			defer closeStore()
			u, err := userByEmail(ctx, us, email)
			if err != nil {
				return err
			}
			if all {
				n, err := us.DeleteSessions(ctx, u.ID)
				if err != nil {
					return fail(err)
				}
				_, err = fmt.Fprintf(env.Stdout, "ended %s of %s\n", count(n, "session"), plain(u.Email))
				return err
			}
			s, err := access.EndSession(ctx, us, u.ID, session)
			if err != nil {
				return userFail(err)
			}
			_, err = fmt.Fprintf(env.Stdout, "ended session %s of %s\n", access.SessionID(s), plain(u.Email))
			return err
		},
	}
	cmd.Flags().StringVar(&email, "email", "", "the user's e-mail address")
	cmd.Flags().StringVar(&session, "session", "", "the ID of the session to end, as writ user sessions shows it")
	cmd.Flags().BoolVar(&all, "all", false, "end every session of the user")
	return cmd
}

func newUserDisable(env Env, db *dbFlags) *cobra.Command {
	var email string
	cmd := &cobra.Command{
		Use:   "disable --email E",
		Short: "Stop a user from signing in; their sessions and calendar feed end",
		Long: `Disables a user: they can no longer sign in, by password or through OIDC,
and their sessions and calendar feed end at once. They keep their grants
and their place in every case's log; writ user enable lets them sign in
again.`,
		Example: `  writ user disable --email former.counsel@firm.example`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := needEmail(email); err != nil {
				return err
			}
			ctx := cmd.Context()
			us, closeStore, err := db.openUsers(ctx, env)
			if err != nil {
				return err
			}
			defer closeStore()
			u, err := userByEmail(ctx, us, email)
			if err != nil {
				return err
			}
			n, err := us.DisableUser(ctx, u.ID, env.Now())
			if err != nil {
				return userFail(err)
			}
			if u.Disabled() {
				_, err = fmt.Fprintf(env.Stdout, "%s was already disabled on %s; %s ended\n", plain(u.Email), utcMinute(u.DisabledAt), count(n, "session"))
				return err
			}
			_, err = fmt.Fprintf(env.Stdout, "disabled %s: they can no longer sign in; %s and their calendar feed ended\n", plain(u.Email), count(n, "session"))
			return err
		},
	}
	cmd.Flags().StringVar(&email, "email", "", "the user's e-mail address")
	return cmd
}

func newUserEnable(env Env, db *dbFlags) *cobra.Command {
	var email string
	cmd := &cobra.Command{
		Use:     "enable --email E",
		Short:   "Let a disabled user sign in again",
		Long:    `Lets a user that writ user disable stopped sign in again. Their old sessions and calendar feed stay ended.`,
		Example: `  writ user enable --email counsel@firm.example`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := needEmail(email); err != nil {
				return err
			}
			ctx := cmd.Context()
			us, closeStore, err := db.openUsers(ctx, env)
			if err != nil {
				return err
			}
			defer closeStore()
			u, err := userByEmail(ctx, us, email)
			if err != nil {
				return err
			}
			if !u.Disabled() {
				_, err = fmt.Fprintf(env.Stdout, "%s was not disabled; nothing changed\n", plain(u.Email))
				return err
			}
			if err := us.EnableUser(ctx, u.ID); err != nil {
				return userFail(err)
			}
			_, err = fmt.Fprintf(env.Stdout, "enabled %s: they may sign in again\n", plain(u.Email))
			return err
		},
	}
	cmd.Flags().StringVar(&email, "email", "", "the user's e-mail address")
	return cmd
}

// oneCase takes the CASE argument of grant and revoke.
func oneCase(_ *cobra.Command, args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("give one CASE, its ID as writ case list shows it (got %d arguments)", len(args))
	}
	return nil
}

func newGrant(env Env, db *dbFlags) *cobra.Command {
	var email string
	cmd := &cobra.Command{
		Use:   "grant CASE --email E",
		Short: "Give a case to the applicant's counsel or the court",
		Long: `Gives a case to a user of the applicant's counsel or of the court: the only
way they see one. What each sees of it is the policy's (counsel: status,
dates, the order and, once released, the production; never the account
holders or their objections). The platform's staff need no grant: they see
every case directed to their platform. Granting again changes nothing.`,
		Example: `  writ grant c-abcdefghijkl --email counsel@firm.example
  writ grant c-abcdefghijkl --email clerk@cand.uscourts.gov`,
		Args: oneCase,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := needEmail(email); err != nil {
				return err
			}
			ctx := cmd.Context()
			us, closeStore, err := db.openUsers(ctx, env)
			if err != nil {
				return err
			}
			defer closeStore()
			u, err := userByEmail(ctx, us, email)
			if err != nil {
				return err
			}
			if err := access.GrantCase(ctx, us, u, args[0]); err != nil {
				return userFail(err)
			}
			_, err = fmt.Fprintf(env.Stdout, "granted case %s to %s (%s)\n", args[0], plain(u.Email), u.Role)
			return err
		},
	}
	cmd.Flags().StringVar(&email, "email", "", "the e-mail address of the counsel or court user")
	return cmd
}

func newRevoke(env Env, db *dbFlags) *cobra.Command {
	var email string
	cmd := &cobra.Command{
		Use:   "revoke CASE --email E",
		Short: "Take a case away from the applicant's counsel or the court",
		Long: `Takes a granted case away from a user of the applicant's counsel or of the
court. It takes effect at their next request: writ reads grants at every
one.`,
		Example: `  writ revoke c-abcdefghijkl --email counsel@firm.example`,
		Args:    oneCase,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := needEmail(email); err != nil {
				return err
			}
			ctx := cmd.Context()
			us, closeStore, err := db.openUsers(ctx, env)
			if err != nil {
				return err
			}
			defer closeStore()
			u, err := userByEmail(ctx, us, email)
			if err != nil {
				return err
			}
			had, err := access.RevokeCase(ctx, us, u, args[0])
			if err != nil {
				return userFail(err)
			}
			if !had {
				_, err = fmt.Fprintf(env.Stdout, "%s had no grant of case %s; nothing changed\n", plain(u.Email), args[0])
				return err
			}
			_, err = fmt.Fprintf(env.Stdout, "revoked case %s from %s\n", args[0], plain(u.Email))
			return err
		},
	}
	cmd.Flags().StringVar(&email, "email", "", "the e-mail address of the counsel or court user")
	return cmd
}
