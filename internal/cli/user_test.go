package cli_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cli"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

// A password long enough for writ, and one that is not.
const (
	goodPassword  = "correct horse battery staple"
	shortPassword = "hunter2hunter"
)

// userCLI runs the user commands against one database, and reaches the
// same database directly to sign in as the users the commands made.
type userCLI struct {
	caseCLI
	dir string
}

func newUserCLI(t *testing.T, dsn string) userCLI {
	return userCLI{caseCLI{t, dsn}, t.TempDir()}
}

// passwordFile writes a password to a file, with a line ending as an
// editor leaves it, and returns its path.
func (c userCLI) passwordFile(name, password string) string {
	c.t.Helper()
	path := filepath.Join(c.dir, name)
	if err := os.WriteFile(path, []byte(password+"\n"), 0o600); err != nil {
		c.t.Fatal(err)
	}
	return path
}

// users opens the database as `writ serve` would, with an Authenticator
// of the cheap test parameters (it verifies any hash; only new hashes are
// cheap).
func (c userCLI) users() (store.UserStore, *access.Authenticator) {
	c.t.Helper()
	s, err := store.Open(context.Background(), c.db, time.Now)
	if err != nil {
		c.t.Fatal(err)
	}
	c.t.Cleanup(func() { s.Close() })
	us, ok := store.UsersOf(s)
	if !ok {
		c.t.Fatal("the store keeps no users")
	}
	a, err := access.New(us, access.Options{Params: access.TestParams})
	if err != nil {
		c.t.Fatal(err)
	}
	return us, a
}

// user returns the stored user with an e-mail address.
func (c userCLI) user(email string) store.User {
	c.t.Helper()
	us, _ := c.users()
	u, err := us.UserByEmail(context.Background(), email)
	if err != nil {
		c.t.Fatalf("UserByEmail(%s): %v", email, err)
	}
	return u
}

// signIn starts a session for a user as a sign-in would, and returns its
// token.
func (c userCLI) signIn(email string, at time.Time) (string, access.Principal) {
	c.t.Helper()
	_, a := c.users()
	token, p, err := a.StartSession(context.Background(), c.user(email).ID, at)
	if err != nil {
		c.t.Fatalf("StartSession: %v", err)
	}
	return token, p
}

// signedIn reports whether a session token still authenticates.
func (c userCLI) signedIn(token string) bool {
	c.t.Helper()
	_, a := c.users()
	_, err := a.Authenticate(context.Background(), token, fixedNow)
	if err != nil && !fault.Is(err, fault.Forbidden) {
		c.t.Fatalf("Authenticate: %v", err)
	}
	return err == nil
}

// mustBeRefused checks the contract for a refusal: exit 1, exactly one line
// on stderr naming every one of names, nothing on stdout.
func (r result) mustBeRefused(t testing.TB, names ...string) {
	t.Helper()
	if r.code != cli.ExitFailure {
		t.Errorf("exit %d, want %d (stderr %q)", r.code, cli.ExitFailure, r.stderr)
	}
	if !isOneLine(r.stderr) {
		t.Errorf("stderr is not exactly one line: %q", r.stderr)
	}
	for _, name := range names {
		if !strings.Contains(r.stderr, name) {
			t.Errorf("stderr %q does not name %q", r.stderr, name)
		}
	}
	if r.stdout != "" {
		t.Errorf("stdout %q, want nothing", r.stdout)
	}
}

// listedUser is one user of `writ user list --json`.
type listedUser struct {
	ID, Email, Name, Role, Platform string
	Admin, Password                 bool
	CreatedBy                       string     `json:"created_by"`
	CreatedAt                       time.Time  `json:"created_at"`
	DisabledAt                      *time.Time `json:"disabled_at"`
	Cases                           []string
}

func (c userCLI) list() map[string]listedUser {
	c.t.Helper()
	var users []listedUser
	out := c.ok("user", "list", "--json")
	if err := json.Unmarshal([]byte(out), &users); err != nil {
		c.t.Fatalf("user list --json: %v\n%s", err, out)
	}
	byEmail := map[string]listedUser{}
	for _, u := range users {
		byEmail[u.Email] = u
	}
	return byEmail
}

var userIDPattern = regexp.MustCompile(`\bu-[a-z2-7]{12}\b`)

// TestUserAdd: each role is added as the procedure needs it, and every
// wrong way of adding one is refused, naming the flag, with nothing stored.
func TestUserAdd(t *testing.T) {
	for name, dsn := range databases(t) {
		t.Run(name, func(t *testing.T) {
			c := newUserCLI(t, dsn(t))
			good := c.passwordFile("good", goodPassword)
			short := c.passwordFile("short", shortPassword)
			twoLines := filepath.Join(c.dir, "two-lines")
			if err := os.WriteFile(twoLines, []byte(goodPassword+"\n"+goodPassword+"\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			staff := []string{"user", "add", "--email", "alice@platform.example", "--name", "Alice Staff", "--role", "staff", "--platform", "Twitter, Inc."}
			counsel := []string{"user", "add", "--email", "carol@counsel.example", "--name", "Carol Counsel", "--role", "counsel"}
			with := func(base []string, more ...string) []string { return append(append([]string{}, base...), more...) }

			for _, tt := range []struct {
				name  string
				args  []string
				stdin string
				// code is the exit status; names are what stderr must name
				// (on failure) or stdout (on success).
				code  int
				names []string
			}{
				{"Staff", with(staff, "--admin", "--password-file", good), "", cli.ExitOK, []string{"alice@platform.example", "staff", "Twitter, Inc.", "admin"}},
				{"Counsel", counsel, "", cli.ExitOK, []string{"carol@counsel.example", "counsel", "no password"}},
				{"CourtPasswordFromStdin", []string{"user", "add", "--email", "clerk@cand.uscourts.example", "--name", "Courtroom Deputy", "--role", "court", "--password-file", "-"},
					goodPassword + "\n", cli.ExitOK, []string{"clerk@cand.uscourts.example", "court"}},

				{"StaffNoPlatform", []string{"user", "add", "--email", "bob@platform.example", "--name", "Bob", "--role", "staff"}, "", cli.ExitUsage, []string{"--platform"}},
				{"CounselWithPlatform", with(counsel, "--email", "dan@counsel.example", "--platform", "Twitter, Inc."), "", cli.ExitUsage, []string{"--platform"}},
				{"CounselAdmin", with(counsel, "--email", "dan@counsel.example", "--admin"), "", cli.ExitUsage, []string{"--admin", "staff"}},
				{"CourtAdmin", []string{"user", "add", "--email", "judge@cand.example", "--name", "Judge", "--role", "court", "--admin"}, "", cli.ExitUsage, []string{"--admin"}},
				{"DuplicateEmail", with(counsel, "--email", "Carol@Counsel.EXAMPLE"), "", cli.ExitFailure, []string{"--email", "another user"}},
				{"ShortPassword", with(counsel, "--email", "dan@counsel.example", "--password-file", short), "", cli.ExitUsage, []string{"--password-file", "15 characters"}},
				{"PasswordAsFlag", with(counsel, "--email", "dan@counsel.example", "--password", goodPassword), "", cli.ExitUsage, []string{"--password", "--password-file"}},
				{"PasswordFileMissing", with(counsel, "--email", "dan@counsel.example", "--password-file", filepath.Join(c.dir, "none")), "", cli.ExitUsage, []string{"--password-file"}},
				{"PasswordFileTwoLines", with(counsel, "--email", "dan@counsel.example", "--password-file", twoLines), "", cli.ExitUsage, []string{"--password-file", "line"}},
				{"PasswordStdinEmpty", with(counsel, "--email", "dan@counsel.example", "--password-file", "-"), "", cli.ExitUsage, []string{"--password-file", "empty"}},
				{"NoEmail", []string{"user", "add", "--name", "Dan", "--role", "counsel"}, "", cli.ExitUsage, []string{"--email"}},
				{"EmailWithName", with(counsel, "--email", "Dan <dan@counsel.example>"), "", cli.ExitUsage, []string{"--email"}},
				{"EmailNoAt", with(counsel, "--email", "dan"), "", cli.ExitUsage, []string{"--email"}},
				{"NoName", []string{"user", "add", "--email", "dan@counsel.example", "--role", "counsel"}, "", cli.ExitUsage, []string{"--name"}},
				{"NoRole", []string{"user", "add", "--email", "dan@counsel.example", "--name", "Dan"}, "", cli.ExitUsage, []string{"--role"}},
				{"RoleAdmin", []string{"user", "add", "--email", "dan@counsel.example", "--name", "Dan", "--role", "admin"}, "", cli.ExitUsage, []string{"--role"}},
				{"Arguments", with(counsel, "extra"), "", cli.ExitUsage, []string{"extra"}},
			} {
				t.Run(tt.name, func(t *testing.T) {
					env := hermeticEnv()
					env.Stdin = strings.NewReader(tt.stdin)
					r := runEnv(t, env, append([]string{"--db", c.db}, tt.args...)...)
					switch tt.code {
					case cli.ExitOK:
						r.mustSucceed(t)
						if !isOneLine(r.stdout) || !userIDPattern.MatchString(r.stdout) {
							t.Errorf("stdout %q: want one line with the new user's ID", r.stdout)
						}
						for _, n := range tt.names {
							if !strings.Contains(r.stdout, n) {
								t.Errorf("stdout %q does not name %q", r.stdout, n)
							}
						}
					case cli.ExitUsage:
						r.mustBeUsageError(t, tt.names...)
					default:
						r.mustBeRefused(t, tt.names...)
					}
					if strings.Contains(r.stdout+r.stderr, goodPassword) || strings.Contains(r.stdout+r.stderr, shortPassword) {
						t.Errorf("the output shows the password: %q %q", r.stdout, r.stderr)
					}
				})
			}

			// Only the three were stored, as they were asked for, naming who
			// added them.
			users := c.list()
			if len(users) != 3 {
				t.Fatalf("user list: %d users, want 3: %+v", len(users), users)
			}
			alice, carol, clerk := users["alice@platform.example"], users["carol@counsel.example"], users["clerk@cand.uscourts.example"]
			if alice.Role != "staff" || alice.Platform != "Twitter, Inc." || !alice.Admin || !alice.Password || alice.Name != "Alice Staff" {
				t.Errorf("staff stored as %+v", alice)
			}
			if carol.Role != "counsel" || carol.Platform != "" || carol.Admin || carol.Password || carol.Cases == nil || len(carol.Cases) != 0 {
				t.Errorf("counsel stored as %+v; want no platform, no password, no case", carol)
			}
			if clerk.Role != "court" || !clerk.Password {
				t.Errorf("court stored as %+v", clerk)
			}
			for _, u := range users {
				if u.CreatedBy != "os:tester" || !u.CreatedAt.Equal(fixedNow) || u.DisabledAt != nil {
					t.Errorf("%s: created by %q at %v, disabled %v; want os:tester at %v, enabled", u.Email, u.CreatedBy, u.CreatedAt, u.DisabledAt, fixedNow)
				}
			}

			// The password is hashed with argon2id and signs in; the one
			// from stdin too, without its line ending.
			us, a := c.users()
			stored, _ := us.UserByEmail(context.Background(), "alice@platform.example")
			if !strings.HasPrefix(stored.PasswordHash, "$argon2id$") || strings.Contains(stored.PasswordHash, goodPassword) {
				t.Errorf("stored password hash %q is not argon2id", stored.PasswordHash)
			}
			for _, email := range []string{"alice@platform.example", "clerk@cand.uscourts.example"} {
				if _, _, err := a.SignIn(context.Background(), email, goodPassword, "", fixedNow); err != nil {
					t.Errorf("%s cannot sign in with the password from the file: %v", email, err)
				}
			}
		})
	}
}

// TestUserAddNamesWhoAddedThem: --actor is named in the created user's
// record, and nobody to name is refused.
func TestUserAddNamesWhoAddedThem(t *testing.T) {
	c := newUserCLI(t, "sqlite:"+filepath.Join(t.TempDir(), "writ.db"))
	c.ok("--actor", "Jane Doe", "user", "add", "--email", "carol@counsel.example", "--name", "Carol", "--role", "counsel")
	if got := c.user("carol@counsel.example").CreatedBy; got != "os:tester for Jane Doe" {
		t.Errorf("created by %q, want os:tester for Jane Doe", got)
	}
	env := hermeticEnv()
	env.User = nil
	r := runEnv(t, env, "--db", c.db, "user", "add", "--email", "dan@counsel.example", "--name", "Dan", "--role", "counsel")
	r.mustBeUsageError(t, "--actor")
}

// TestUserList: one line per user for a person, saying what each sees and
// how they sign in.
func TestUserList(t *testing.T) {
	c := newUserCLI(t, "sqlite:"+filepath.Join(t.TempDir(), "writ.db"))
	r := c.run("user", "list")
	r.mustSucceed(t)
	if !isOneLine(r.stdout) || !strings.Contains(r.stdout, "writ user add") {
		t.Errorf("an empty list says %q; want one line saying how to add someone", r.stdout)
	}
	if got := c.ok("user", "list", "--json"); strings.TrimSpace(got) != "[]" {
		t.Errorf("an empty list --json: %q, want []", got)
	}

	id := c.newSeedCase()
	c.ok("user", "add", "--email", "alice@platform.example", "--name", "Alice", "--role", "staff", "--platform", "Twitter, Inc.", "--password-file", c.passwordFile("pw", goodPassword))
	c.ok("user", "add", "--email", "carol@counsel.example", "--name", "Carol", "--role", "counsel")
	c.ok("grant", id, "--email", "carol@counsel.example")
	c.ok("user", "disable", "--email", "carol@counsel.example")
	out := c.ok("user", "list")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("user list: %d lines, want a header and 2 users:\n%s", len(lines), out)
	}
	for i, want := range [][]string{
		{"EMAIL", "ROLE"},
		{"alice@platform.example", "staff", "Twitter, Inc.", "password", "Alice"},
		{"carol@counsel.example", "counsel", id, "disabled", "Carol"},
	} {
		for _, w := range want {
			if !strings.Contains(lines[i], w) {
				t.Errorf("line %d %q lacks %q", i, lines[i], w)
			}
		}
	}
	if strings.Contains(out, "$argon2id$") {
		t.Error("user list shows a password hash")
	}
	carol := c.list()["carol@counsel.example"]
	if len(carol.Cases) != 1 || carol.Cases[0] != id || carol.DisabledAt == nil || !carol.DisabledAt.Equal(fixedNow) {
		t.Errorf("counsel listed as %+v; want case %s, disabled at %v", carol, id, fixedNow)
	}
}

// TestUserPassword: a reset sets a new password and ends every session of
// the user, so that whoever knew the old one is out.
func TestUserPassword(t *testing.T) {
	for name, dsn := range databases(t) {
		t.Run(name, func(t *testing.T) {
			c := newUserCLI(t, dsn(t))
			c.ok("user", "add", "--email", "carol@counsel.example", "--name", "Carol", "--role", "counsel")
			c.ok("user", "add", "--email", "dan@counsel.example", "--name", "Dan", "--role", "counsel")
			token, _ := c.signIn("carol@counsel.example", fixedNow)
			other, _ := c.signIn("dan@counsel.example", fixedNow)
			good := c.passwordFile("good", goodPassword)

			for _, tt := range []struct {
				name  string
				args  []string
				code  int
				names []string
			}{
				{"Short", []string{"--email", "carol@counsel.example", "--password-file", c.passwordFile("short", shortPassword)}, cli.ExitUsage, []string{"--password-file"}},
				{"AsFlag", []string{"--email", "carol@counsel.example", "--password", goodPassword}, cli.ExitUsage, []string{"--password"}},
				{"NoFile", []string{"--email", "carol@counsel.example"}, cli.ExitUsage, []string{"--password-file"}},
				{"NoEmail", []string{"--password-file", good}, cli.ExitUsage, []string{"--email"}},
				{"UnknownEmail", []string{"--email", "mallory@counsel.example", "--password-file", good}, cli.ExitFailure, []string{"--email", "no user"}},
			} {
				t.Run(tt.name, func(t *testing.T) {
					r := c.run(append([]string{"user", "password"}, tt.args...)...)
					if tt.code == cli.ExitUsage {
						r.mustBeUsageError(t, tt.names...)
					} else {
						r.mustBeRefused(t, tt.names...)
					}
				})
			}
			if !c.signedIn(token) {
				t.Fatal("a refused reset ended the session")
			}

			out := c.ok("user", "password", "--email", "carol@counsel.example", "--password-file", good)
			if !isOneLine(out) || !strings.Contains(out, "carol@counsel.example") || !strings.Contains(out, "session") {
				t.Errorf("user password printed %q; want one line saying the sessions ended", out)
			}
			if c.signedIn(token) {
				t.Error("the session still authenticates after a password reset")
			}
			if !c.signedIn(other) {
				t.Error("another user's session ended with the reset")
			}
			_, a := c.users()
			if _, _, err := a.SignIn(context.Background(), "carol@counsel.example", goodPassword, "", fixedNow); err != nil {
				t.Errorf("the new password does not sign in: %v", err)
			}
		})
	}
}

// TestUserSessions: a user's sessions are listed by a short ID, with when
// each began and ends, and never with anything that would sign one in.
func TestUserSessions(t *testing.T) {
	for name, dsn := range databases(t) {
		t.Run(name, func(t *testing.T) {
			c := newUserCLI(t, dsn(t))
			c.ok("user", "add", "--email", "alice@platform.example", "--name", "Alice", "--role", "staff", "--platform", "Twitter, Inc.")
			if out := c.ok("user", "sessions", "--email", "alice@platform.example"); !isOneLine(out) || !strings.Contains(out, "no session") {
				t.Errorf("no sessions: %q", out)
			}
			t1, p1 := c.signIn("alice@platform.example", fixedNow.Add(-30*time.Hour))
			t2, p2 := c.signIn("alice@platform.example", fixedNow.Add(-time.Hour))

			var listed []struct {
				ID               string
				Created, Expires time.Time
				Expired          bool
			}
			js := c.ok("user", "sessions", "--email", "alice@platform.example", "--json")
			if err := json.Unmarshal([]byte(js), &listed); err != nil {
				t.Fatalf("user sessions --json: %v\n%s", err, js)
			}
			if len(listed) != 2 {
				t.Fatalf("listed %d sessions, want 2:\n%s", len(listed), js)
			}
			for i, p := range []access.Principal{p1, p2} {
				l := listed[i]
				if l.ID != access.SessionID(p.Session) || !l.Created.Equal(p.Session.Created) || !l.Expires.Equal(p.Session.Expires) {
					t.Errorf("session %d listed as %+v, want %s from %v to %v", i, l, access.SessionID(p.Session), p.Session.Created, p.Session.Expires)
				}
			}
			if !listed[0].Expired || listed[1].Expired {
				t.Errorf("expired: %v, %v; want the session of 30 hours ago expired and the one of an hour ago not", listed[0].Expired, listed[1].Expired)
			}
			plain := c.ok("user", "sessions", "--email", "alice@platform.example")
			for _, p := range []access.Principal{p1, p2} {
				if !strings.Contains(plain, access.SessionID(p.Session)) {
					t.Errorf("user sessions does not list %s:\n%s", access.SessionID(p.Session), plain)
				}
			}
			for i, secret := range []string{t1, t2, p1.Session.TokenHash, p2.Session.TokenHash, p1.Session.CSRF, p2.Session.CSRF} {
				if strings.Contains(js+plain, secret) {
					t.Errorf("user sessions shows secret %d (a token, a whole hash or a CSRF token)", i)
				}
			}
			c.run("user", "sessions", "--email", "mallory@platform.example").mustBeRefused(t, "--email")
			c.run("user", "sessions").mustBeUsageError(t, "--email")
		})
	}
}

// TestUserRevokeSession: one session ends by its ID, or all of them.
func TestUserRevokeSession(t *testing.T) {
	for name, dsn := range databases(t) {
		t.Run(name, func(t *testing.T) {
			c := newUserCLI(t, dsn(t))
			c.ok("user", "add", "--email", "alice@platform.example", "--name", "Alice", "--role", "staff", "--platform", "Twitter, Inc.")
			c.ok("user", "add", "--email", "carol@counsel.example", "--name", "Carol", "--role", "counsel")
			t1, p1 := c.signIn("alice@platform.example", fixedNow)
			t2, _ := c.signIn("alice@platform.example", fixedNow)
			t3, _ := c.signIn("alice@platform.example", fixedNow)
			other, op := c.signIn("carol@counsel.example", fixedNow)
			alice := []string{"user", "revoke-session", "--email", "alice@platform.example"}
			with := func(more ...string) []string { return append(append([]string{}, alice...), more...) }

			for _, tt := range []struct {
				name  string
				args  []string
				code  int
				names []string
			}{
				{"Neither", alice, cli.ExitUsage, []string{"--session", "--all"}},
				{"Both", with("--session", access.SessionID(p1.Session), "--all"), cli.ExitUsage, []string{"--session", "--all"}},
				{"NotAnID", with("--session", "zz"), cli.ExitUsage, []string{"--session"}},
				{"AnotherUsersSession", with("--session", access.SessionID(op.Session)), cli.ExitFailure, []string{"no session"}},
				{"NoEmail", []string{"user", "revoke-session", "--all"}, cli.ExitUsage, []string{"--email"}},
			} {
				t.Run(tt.name, func(t *testing.T) {
					r := c.run(tt.args...)
					if tt.code == cli.ExitUsage {
						r.mustBeUsageError(t, tt.names...)
					} else {
						r.mustBeRefused(t, tt.names...)
					}
				})
			}
			for _, tok := range []string{t1, t2, t3, other} {
				if !c.signedIn(tok) {
					t.Fatal("a refused revocation ended a session")
				}
			}

			out := c.ok(with("--session", access.SessionID(p1.Session))...)
			if !isOneLine(out) || !strings.Contains(out, access.SessionID(p1.Session)) {
				t.Errorf("revoke-session printed %q; want one line naming the session", out)
			}
			if c.signedIn(t1) || !c.signedIn(t2) || !c.signedIn(t3) {
				t.Error("revoking one session: want that one ended and the others not")
			}
			out = c.ok(with("--all")...)
			if !isOneLine(out) || !strings.Contains(out, "2 sessions") {
				t.Errorf("revoke-session --all printed %q; want one line saying 2 sessions ended", out)
			}
			if c.signedIn(t2) || c.signedIn(t3) {
				t.Error("a session still authenticates after --all")
			}
			if !c.signedIn(other) {
				t.Error("another user's session ended")
			}
		})
	}
}

// TestUserDisable: a disabled user cannot sign in and their sessions end;
// enabled again, they can.
func TestUserDisable(t *testing.T) {
	for name, dsn := range databases(t) {
		t.Run(name, func(t *testing.T) {
			c := newUserCLI(t, dsn(t))
			c.ok("user", "add", "--email", "alice@platform.example", "--name", "Alice", "--role", "staff", "--platform", "Twitter, Inc.",
				"--password-file", c.passwordFile("pw", goodPassword))
			token, _ := c.signIn("alice@platform.example", fixedNow)
			out := c.ok("user", "disable", "--email", "alice@platform.example")
			if !isOneLine(out) || !strings.Contains(out, "1 session") {
				t.Errorf("user disable printed %q; want one line saying 1 session ended", out)
			}
			if c.signedIn(token) {
				t.Error("a disabled user's session still authenticates")
			}
			_, a := c.users()
			if _, _, err := a.SignIn(context.Background(), "alice@platform.example", goodPassword, "", fixedNow); !fault.Is(err, fault.Forbidden) {
				t.Errorf("a disabled user signed in: %v", err)
			}
			if out := c.ok("user", "disable", "--email", "alice@platform.example"); !strings.Contains(out, "already") {
				t.Errorf("disabling again printed %q; want it to say the user already was", out)
			}
			c.run("user", "disable", "--email", "mallory@platform.example").mustBeRefused(t, "--email")

			c.ok("user", "enable", "--email", "alice@platform.example")
			if _, _, err := a.SignIn(context.Background(), "alice@platform.example", goodPassword, "", fixedNow); err != nil {
				t.Errorf("an enabled user cannot sign in: %v", err)
			}
		})
	}
}

// TestGrant: a case is given to counsel or the court, who then see it, and
// taken away again; staff need no grant and an unknown case gets none.
func TestGrant(t *testing.T) {
	for name, dsn := range databases(t) {
		t.Run(name, func(t *testing.T) {
			c := newUserCLI(t, dsn(t))
			id := c.newSeedCase()
			c.ok("user", "add", "--email", "alice@platform.example", "--name", "Alice", "--role", "staff", "--platform", "Twitter, Inc.")
			c.ok("user", "add", "--email", "carol@counsel.example", "--name", "Carol", "--role", "counsel")
			c.ok("user", "add", "--email", "clerk@cand.uscourts.example", "--name", "Clerk", "--role", "court")
			ref := access.CaseRef{ID: id, Provider: "Twitter, Inc."}
			sees := func(email string) bool {
				t.Helper()
				us, _ := c.users()
				u := c.user(email)
				grants, err := us.Grants(context.Background(), u.ID)
				if err != nil {
					t.Fatal(err)
				}
				return access.Can(access.Principal{User: u, Grants: grants}, access.ViewCaseStatus, ref)
			}

			for _, email := range []string{"carol@counsel.example", "clerk@cand.uscourts.example"} {
				if sees(email) {
					t.Fatalf("%s sees the case before it is granted", email)
				}
				out := c.ok("grant", id, "--email", email)
				if !isOneLine(out) || !strings.Contains(out, id) || !strings.Contains(out, email) {
					t.Errorf("grant printed %q; want one line naming the case and the user", out)
				}
				if !sees(email) {
					t.Errorf("%s does not see the case granted", email)
				}
				c.ok("grant", id, "--email", email) // again: nothing changes
			}
			out := c.ok("revoke", id, "--email", "carol@counsel.example")
			if !isOneLine(out) || !strings.Contains(out, id) {
				t.Errorf("revoke printed %q", out)
			}
			if sees("carol@counsel.example") {
				t.Error("counsel still sees the case after the revocation")
			}
			if !sees("clerk@cand.uscourts.example") {
				t.Error("revoking counsel's grant took the court's")
			}
			if out := c.ok("revoke", id, "--email", "carol@counsel.example"); !strings.Contains(out, "nothing") {
				t.Errorf("revoking again printed %q; want it to say nothing changed", out)
			}

			for _, tt := range []struct {
				name  string
				args  []string
				code  int
				names []string
			}{
				{"Staff", []string{"grant", id, "--email", "alice@platform.example"}, cli.ExitFailure, []string{"staff", "Twitter, Inc.", "without a grant"}},
				{"StaffRevoke", []string{"revoke", id, "--email", "alice@platform.example"}, cli.ExitFailure, []string{"staff"}},
				{"UnknownCase", []string{"grant", "c-aaaaaaaaaaaa", "--email", "carol@counsel.example"}, cli.ExitFailure, []string{"c-aaaaaaaaaaaa", "does not exist"}},
				{"UnknownUser", []string{"grant", id, "--email", "mallory@counsel.example"}, cli.ExitFailure, []string{"--email", "no user"}},
				{"NoCase", []string{"grant", "--email", "carol@counsel.example"}, cli.ExitUsage, []string{"CASE"}},
				{"NoEmail", []string{"grant", id}, cli.ExitUsage, []string{"--email"}},
			} {
				t.Run(tt.name, func(t *testing.T) {
					r := c.run(tt.args...)
					if tt.code == cli.ExitUsage {
						r.mustBeUsageError(t, tt.names...)
					} else {
						r.mustBeRefused(t, tt.names...)
					}
				})
			}
			if sees("carol@counsel.example") {
				t.Error("a refused grant gave counsel the case")
			}
		})
	}
}

// TestUserHelp: every command explains itself with an example.
func TestUserHelp(t *testing.T) {
	for _, args := range [][]string{
		{"user", "--help"}, {"user", "add", "--help"}, {"user", "list", "--help"}, {"user", "password", "--help"},
		{"user", "sessions", "--help"}, {"user", "revoke-session", "--help"}, {"user", "disable", "--help"},
		{"user", "enable", "--help"}, {"grant", "--help"}, {"revoke", "--help"},
	} {
		r := run(t, args...)
		r.mustSucceed(t)
		if !strings.Contains(r.stdout, "writ ") || (len(args) > 2 && !strings.Contains(r.stdout, "Examples:")) {
			t.Errorf("%s: help without an example:\n%s", strings.Join(args, " "), r.stdout)
		}
		if len(args) == 2 && args[0] != "user" && !strings.Contains(r.stdout, "Examples:") {
			t.Errorf("%s: help without an example:\n%s", strings.Join(args, " "), r.stdout)
		}
		if strings.Contains(r.stdout, "--password ") {
			t.Errorf("%s: help offers a --password flag", strings.Join(args, " "))
		}
	}
}
