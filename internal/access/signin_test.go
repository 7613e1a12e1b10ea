package access_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

// fixture is a store on a fresh SQLite file with a staff member, counsel
// granted the one case, and a user who has no password, and an
// Authenticator over it with the cheap test parameters.
type fixture struct {
	s       store.Store
	dsn     string
	us      store.UserStore
	a       *access.Authenticator
	caseID  string
	staff   store.User
	counsel store.User
	oidc    store.User
	log     *bytes.Buffer
}

// t0 is when the tests sign in: the day the seed subpoena was served.
var t0 = time.Date(2022, 10, 20, 9, 0, 0, 0, time.UTC)

func newFixture(t *testing.T, o access.Options) *fixture {
	t.Helper()
	ctx := context.Background()
	dsn := "sqlite:" + filepath.Join(t.TempDir(), "writ.db")
	s, err := store.Open(ctx, dsn, time.Now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	us, ok := store.UsersOf(s)
	if !ok {
		t.Fatal("the store keeps no users")
	}
	if o.Params == (access.Params{}) {
		o.Params = access.TestParams
	}
	f := &fixture{s: s, dsn: dsn, us: us, log: &bytes.Buffer{}}
	o.Log = slog.New(slog.NewJSONHandler(f.log, nil))
	if f.a, err = access.New(us, o); err != nil {
		t.Fatal(err)
	}
	c, _, err := s.CreateCase(ctx, store.NewCase{Number: "22-mc-80240-VKD", Court: "cand"},
		store.NewEvent{Type: "order_entered", At: t0, Actor: "staff:alice", Payload: json.RawMessage(`{}`)}, "")
	if err != nil {
		t.Fatal(err)
	}
	f.caseID = c.ID
	f.staff = f.createUser(t, store.NewUser{Email: "alice@platform.example", Name: "Alice", Role: store.RoleStaff, Platform: "Twitter, Inc."}, password)
	f.counsel = f.createUser(t, store.NewUser{Email: "carol@counsel.example", Name: "Carol", Role: store.RoleCounsel}, password)
	f.oidc = f.createUser(t, store.NewUser{Email: "olive@platform.example", Name: "Olive", Role: store.RoleStaff, Platform: "Twitter, Inc."}, "")
	if err := us.Grant(ctx, f.counsel.ID, c.ID, store.RoleCounsel); err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *fixture) createUser(t *testing.T, u store.NewUser, password string) store.User {
	t.Helper()
	got, err := f.a.CreateUser(context.Background(), u, password)
	if err != nil {
		t.Fatalf("CreateUser: %v", err)
	}
	return got
}

// signIn signs in and fails t on error.
func (f *fixture) signIn(t *testing.T, email, password, client string, now time.Time) (string, access.Principal) {
	t.Helper()
	token, p, err := f.a.SignIn(context.Background(), email, password, client, now)
	if err != nil {
		t.Fatalf("SignIn(%s) at %v: %v", email, now, err)
	}
	return token, p
}

// wantErr fails t unless err has the code and wraps target.
func wantErr(t *testing.T, err error, code fault.Code, target error) {
	t.Helper()
	if !fault.Is(err, code) || (target != nil && !errors.Is(err, target)) {
		t.Fatalf("error = %v (code %q), want %q wrapping %v", err, fault.CodeOf(err), code, target)
	}
}

func TestSignIn(t *testing.T) {
	t.Parallel()
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t, access.Options{})
		token, p := f.signIn(t, "  Carol@Counsel.EXAMPLE ", password, "192.0.2.1", t0)
		if len(token) != 43 {
			t.Errorf("token %q is not 43 characters of base64url", token)
		}
		if p.User.ID != f.counsel.ID || p.Role() != access.Counsel {
			t.Errorf("signed in as %+v", p.User)
		}
		if len(p.Grants) != 1 || p.Grants[0].CaseID != f.caseID {
			t.Errorf("grants %+v", p.Grants)
		}
		if !p.Session.Created.Equal(t0) || !p.Session.Expires.Equal(t0.Add(12*time.Hour)) || p.Session.CSRF == "" {
			t.Errorf("session %+v, want 12 hours from %v with a CSRF token", p.Session, t0)
		}
		if p.Session.TokenHash == token || strings.Contains(p.Session.TokenHash, token) {
			t.Errorf("the session keeps the token in clear")
		}
		stored, err := f.us.Session(ctx, p.Session.TokenHash)
		if err != nil {
			t.Fatalf("the session is not stored under the token's hash: %v", err)
		}
		if stored != p.Session {
			t.Errorf("stored %+v, principal has %+v", stored, p.Session)
		}

		got, err := f.a.Authenticate(ctx, token, t0.Add(time.Hour))
		if err != nil {
			t.Fatalf("Authenticate: %v", err)
		}
		if got.User != p.User || !slices.Equal(got.Grants, p.Grants) || got.Session != p.Session {
			t.Errorf("Authenticate = %+v, want %+v", got, p)
		}
		if !access.Can(got, access.ViewCaseStatus, access.CaseRef{ID: f.caseID, Provider: "Twitter, Inc."}) {
			t.Errorf("counsel cannot see the case granted to them")
		}
	})

	t.Run("ErrCredentials", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t, access.Options{MaxFailures: 100})
		var messages []string
		for _, tt := range []struct{ name, email, password string }{
			{"UnknownEmail", "mallory@counsel.example", password},
			{"WrongPassword", "carol@counsel.example", "correct horse battery stapler"},
			{"NoPassword", "carol@counsel.example", ""},
			{"UserWithoutPassword", "olive@platform.example", ""},
			{"UserWithoutPasswordGuess", "olive@platform.example", password},
			{"NotAnEmail", "carol", password},
			{"TooLong", "carol@counsel.example", password + strings.Repeat(" ", access.MaxPasswordBytes)},
		} {
			token, p, err := f.a.SignIn(ctx, tt.email, tt.password, "192.0.2.1", t0)
			if token != "" || p.User.ID != "" {
				t.Errorf("%s: signed in", tt.name)
			}
			wantErr(t, err, fault.Forbidden, access.ErrCredentials)
			messages = append(messages, err.Error())
		}
		// One answer for all of them: sign-in does not tell who has an account.
		for _, m := range messages[1:] {
			if m != messages[0] {
				t.Errorf("sign-in answers %q and %q", messages[0], m)
			}
		}
	})

	t.Run("UnreadableHash", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t, access.Options{})
		if err := f.us.SetPasswordHash(ctx, f.counsel.ID, "$argon2id$broken"); err != nil {
			t.Fatal(err)
		}
		_, _, err := f.a.SignIn(ctx, "carol@counsel.example", password, "", t0)
		wantErr(t, err, fault.Forbidden, access.ErrCredentials)
		if !strings.Contains(f.log.String(), f.counsel.ID) || strings.Contains(f.log.String(), "carol@") {
			t.Errorf("the log should name the user by ID only: %s", f.log)
		}
	})

	t.Run("StartSession", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t, access.Options{})
		// A user who signed in through OIDC, checked by the web layer.
		token, p, err := f.a.StartSession(ctx, f.oidc.ID, t0)
		if err != nil {
			t.Fatalf("StartSession: %v", err)
		}
		if got, err := f.a.Authenticate(ctx, token, t0); err != nil || got.User.ID != f.oidc.ID || got.Session != p.Session {
			t.Fatalf("Authenticate = %+v, %v", got, err)
		}
		_, _, err = f.a.StartSession(ctx, "u-aaaaaaaaaaaa", t0)
		wantErr(t, err, fault.NotFound, nil)
	})
}

// TestSignInTiming: an unknown address costs the same argon2id work as a
// wrong password, so that the time of the answer does not tell who has an
// account either. With parameters that make a hash take milliseconds, an
// unknown address answered without hashing would take a hundredth of the
// time. The test is not parallel, and it alternates the two, so that the
// load of other tests falls on both alike.
func TestSignInTiming(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t, access.Options{Params: access.Params{Memory: 8 * 1024, Time: 2, Threads: 1, SaltLen: 16, KeyLen: 32}, MaxFailures: 1000})
	if err := f.a.SetPassword(ctx, f.counsel.ID, password); err != nil {
		t.Fatal(err)
	}
	attempt := func(email string) time.Duration {
		start := time.Now()
		if _, _, err := f.a.SignIn(ctx, email, "wrong password, quite long", "", t0); !errors.Is(err, access.ErrCredentials) {
			t.Fatal(err)
		}
		return time.Since(start)
	}
	var known, unknown []time.Duration
	for range 11 {
		known = append(known, attempt("carol@counsel.example"))
		unknown = append(unknown, attempt("mallory@counsel.example"))
	}
	slices.Sort(known)
	slices.Sort(unknown)
	k, u := known[len(known)/2], unknown[len(unknown)/2]
	if u < k/4 || k < u/4 {
		t.Errorf("a wrong password takes %v, an unknown address %v (medians)", k, u)
	}
}

func TestRateLimit(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	wrong := "not the password at all"

	// fail makes n failed attempts, a minute apart from start.
	fail := func(t *testing.T, f *fixture, email, client string, start time.Time, n int) {
		t.Helper()
		for i := range n {
			_, _, err := f.a.SignIn(ctx, email, wrong, client, start.Add(time.Duration(i)*time.Minute))
			wantErr(t, err, fault.Forbidden, access.ErrCredentials)
		}
	}
	throttled := func(t *testing.T, err error, until time.Time) {
		t.Helper()
		var th *access.Throttled
		if !fault.Is(err, fault.Forbidden) || !errors.As(err, &th) {
			t.Fatalf("error = %v, want throttled", err)
		}
		if !th.Until.Equal(until) {
			t.Errorf("throttled until %v, want %v", th.Until, until)
		}
		if want := "try again after " + until.UTC().Format("2006-01-02 15:04") + " UTC"; !strings.Contains(err.Error(), want) {
			t.Errorf("message %q does not say %q", err, want)
		}
	}

	t.Run("PerEmail", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t, access.Options{})
		// Five failures for one address, each from another client.
		for i, client := range []string{"192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4", "192.0.2.5"} {
			fail(t, f, "carol@counsel.example", client, t0.Add(time.Duration(i)*time.Minute), 1)
		}
		// The sixth is refused even with the right password, from a new
		// client, in any spelling of the address, until the first failure
		// is 15 minutes old.
		until := t0.Add(15 * time.Minute)
		for _, at := range []time.Time{t0.Add(5 * time.Minute), until.Add(-time.Second)} {
			_, _, err := f.a.SignIn(ctx, "CAROL@counsel.example", password, "198.51.100.9", at)
			throttled(t, err, until)
		}
		// Another address from the same clients is not held up.
		f.signIn(t, "alice@platform.example", password, "192.0.2.1", t0.Add(6*time.Minute))
		// At until the first failure has aged out: four remain, and the
		// right password gets in.
		f.signIn(t, "carol@counsel.example", password, "198.51.100.9", until)
	})

	t.Run("PerClient", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t, access.Options{})
		for i, email := range []string{"a@x.example", "b@x.example", "c@x.example", "d@x.example", "carol@counsel.example"} {
			fail(t, f, email, "192.0.2.1", t0.Add(time.Duration(i)*time.Minute), 1)
		}
		_, _, err := f.a.SignIn(ctx, "alice@platform.example", password, "192.0.2.1", t0.Add(5*time.Minute))
		throttled(t, err, t0.Add(15*time.Minute))
		// Alice, from her own client, is not held up by the guesser.
		f.signIn(t, "alice@platform.example", password, "192.0.2.200", t0.Add(5*time.Minute))
	})

	// An address no one has is limited just like one someone has, so the
	// limit does not tell them apart either.
	t.Run("UnknownEmail", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t, access.Options{})
		fail(t, f, "mallory@counsel.example", "", t0, 5)
		_, _, unknown := f.a.SignIn(ctx, "mallory@counsel.example", wrong, "", t0.Add(5*time.Minute))
		fail(t, f, "carol@counsel.example", "", t0, 5)
		_, _, known := f.a.SignIn(ctx, "carol@counsel.example", wrong, "", t0.Add(5*time.Minute))
		throttled(t, unknown, t0.Add(15*time.Minute))
		if unknown.Error() != known.Error() {
			t.Errorf("throttled sign-ins answer %q and %q", unknown, known)
		}
	})

	t.Run("SuccessClearsTheEmail", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t, access.Options{})
		fail(t, f, "carol@counsel.example", "192.0.2.1", t0, 4)
		f.signIn(t, "carol@counsel.example", password, "192.0.2.2", t0.Add(4*time.Minute))
		fail(t, f, "carol@counsel.example", "192.0.2.3", t0.Add(5*time.Minute), 4)
		f.signIn(t, "carol@counsel.example", password, "192.0.2.4", t0.Add(9*time.Minute))
	})

	// One right password among a client's guesses does not reset the
	// client's count.
	t.Run("SuccessKeepsTheClient", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t, access.Options{})
		fail(t, f, "x@x.example", "192.0.2.1", t0, 4)
		f.signIn(t, "carol@counsel.example", password, "192.0.2.1", t0.Add(4*time.Minute))
		fail(t, f, "y@x.example", "192.0.2.1", t0.Add(5*time.Minute), 1)
		_, _, err := f.a.SignIn(ctx, "carol@counsel.example", password, "192.0.2.1", t0.Add(6*time.Minute))
		throttled(t, err, t0.Add(15*time.Minute))
	})

	t.Run("Options", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t, access.Options{MaxFailures: 2, FailureWindow: time.Hour})
		fail(t, f, "carol@counsel.example", "", t0, 2)
		_, _, err := f.a.SignIn(ctx, "carol@counsel.example", password, "", t0.Add(30*time.Minute))
		throttled(t, err, t0.Add(time.Hour))
	})
}

func TestSession(t *testing.T) {
	t.Parallel()
	ctx := context.Background()

	t.Run("Expiry", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t, access.Options{})
		token, p := f.signIn(t, "alice@platform.example", password, "", t0)
		if _, err := f.a.Authenticate(ctx, token, t0.Add(12*time.Hour-time.Microsecond)); err != nil {
			t.Fatalf("Authenticate a moment before expiry: %v", err)
		}
		_, err := f.a.Authenticate(ctx, token, t0.Add(12*time.Hour))
		wantErr(t, err, fault.Forbidden, access.ErrSignedOut)
		// The expired session is gone from the store.
		_, err = f.us.Session(ctx, p.Session.TokenHash)
		wantErr(t, err, fault.NotFound, nil)
	})

	t.Run("SessionTTL", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t, access.Options{SessionTTL: 30 * time.Minute})
		token, p := f.signIn(t, "alice@platform.example", password, "", t0)
		if !p.Session.Expires.Equal(t0.Add(30 * time.Minute)) {
			t.Errorf("expires %v", p.Session.Expires)
		}
		_, err := f.a.Authenticate(ctx, token, t0.Add(30*time.Minute))
		wantErr(t, err, fault.Forbidden, access.ErrSignedOut)
	})

	t.Run("ErrSignedOut", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t, access.Options{})
		token, _ := f.signIn(t, "alice@platform.example", password, "", t0)
		for _, tt := range []struct{ name, token string }{
			{"NoToken", ""},
			{"Unknown", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"},
			{"Short", token[:42]},
			{"NotBase64URL", token[:42] + "+"},
			{"TheHashItself", strings.Repeat("a", 64)},
			{"Injection", "' OR '1'='1"},
		} {
			_, err := f.a.Authenticate(ctx, tt.token, t0)
			wantErr(t, err, fault.Forbidden, access.ErrSignedOut)
		}
	})

	t.Run("SignOut", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t, access.Options{})
		token, _ := f.signIn(t, "alice@platform.example", password, "", t0)
		other, _ := f.signIn(t, "alice@platform.example", password, "", t0)
		if err := f.a.SignOut(ctx, token); err != nil {
			t.Fatalf("SignOut: %v", err)
		}
		_, err := f.a.Authenticate(ctx, token, t0)
		wantErr(t, err, fault.Forbidden, access.ErrSignedOut)
		if _, err := f.a.Authenticate(ctx, other, t0); err != nil {
			t.Errorf("signing out one browser ended another: %v", err)
		}
		for _, tok := range []string{token, "", "junk"} {
			if err := f.a.SignOut(ctx, tok); err != nil {
				t.Errorf("SignOut(%q): %v", tok, err)
			}
		}
	})

	t.Run("SetPassword", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t, access.Options{})
		token, _ := f.signIn(t, "alice@platform.example", password, "", t0)
		const newPassword = "a wholly different passphrase"
		if err := f.a.SetPassword(ctx, f.staff.ID, newPassword); err != nil {
			t.Fatalf("SetPassword: %v", err)
		}
		_, err := f.a.Authenticate(ctx, token, t0)
		wantErr(t, err, fault.Forbidden, access.ErrSignedOut)
		_, _, err = f.a.SignIn(ctx, "alice@platform.example", password, "", t0)
		wantErr(t, err, fault.Forbidden, access.ErrCredentials)
		f.signIn(t, "alice@platform.example", newPassword, "", t0)
		wantErr(t, f.a.SetPassword(ctx, f.staff.ID, "short"), fault.Invalid, nil)
	})

	// Nothing of a session is kept between requests: a session ended, a
	// user disabled or a case revoked by another process on the same
	// database (the CLI's writ user disable, another writ serve) is
	// refused by the very next request this Authenticator checks, as it
	// is when ended through it.
	t.Run("EndedElsewhere", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t, access.Options{})
		other, err := store.Open(ctx, f.dsn, time.Now)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { other.Close() })
		elsewhere, _ := store.UsersOf(other)
		c := access.CaseRef{ID: f.caseID, Provider: "Twitter, Inc."}

		// Each is checked once before, so that anything kept would be kept.
		staff, _ := f.signIn(t, "alice@platform.example", password, "", t0)
		counsel, pc := f.signIn(t, "carol@counsel.example", password, "", t0)
		counsel2, _ := f.signIn(t, "carol@counsel.example", password, "", t0)
		for _, tok := range []string{staff, counsel, counsel2} {
			if _, err := f.a.Authenticate(ctx, tok, t0); err != nil {
				t.Fatal(err)
			}
		}

		if err := elsewhere.Revoke(ctx, f.counsel.ID, f.caseID); err != nil {
			t.Fatal(err)
		}
		p, err := f.a.Authenticate(ctx, counsel, t0)
		if err != nil {
			t.Fatal(err)
		}
		if access.Can(p, access.ViewCaseStatus, c) {
			t.Error("a case revoked elsewhere is still seen")
		}

		if err := elsewhere.DeleteSession(ctx, pc.Session.TokenHash); err != nil {
			t.Fatal(err)
		}
		_, err = f.a.Authenticate(ctx, counsel, t0)
		wantErr(t, err, fault.Forbidden, access.ErrSignedOut)
		if _, err := f.a.Authenticate(ctx, counsel2, t0); err != nil {
			t.Errorf("ending one session elsewhere ended another: %v", err)
		}

		if _, err := elsewhere.DisableUser(ctx, f.staff.ID, t0); err != nil {
			t.Fatal(err)
		}
		_, err = f.a.Authenticate(ctx, staff, t0)
		wantErr(t, err, fault.Forbidden, access.ErrSignedOut)

		if _, err := elsewhere.DeleteSessions(ctx, f.counsel.ID); err != nil {
			t.Fatal(err)
		}
		_, err = f.a.Authenticate(ctx, counsel2, t0)
		wantErr(t, err, fault.Forbidden, access.ErrSignedOut)
	})

	// Grants are read at every request: a revoked case is gone at once.
	t.Run("GrantsAsTheyStand", func(t *testing.T) {
		t.Parallel()
		f := newFixture(t, access.Options{})
		token, p := f.signIn(t, "carol@counsel.example", password, "", t0)
		c := access.CaseRef{ID: f.caseID, Provider: "Twitter, Inc."}
		if !access.Can(p, access.ViewCaseStatus, c) {
			t.Fatal("counsel cannot see the case granted to them")
		}
		if err := f.us.Revoke(ctx, f.counsel.ID, f.caseID); err != nil {
			t.Fatal(err)
		}
		p, err := f.a.Authenticate(ctx, token, t0)
		if err != nil {
			t.Fatal(err)
		}
		if err := access.Check(p, access.ViewCaseStatus, c); !fault.Is(err, fault.NotFound) {
			t.Errorf("after the revocation: %v, want not found", err)
		}
	})
}

func TestCSRF(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t, access.Options{})
	_, p1 := f.signIn(t, "alice@platform.example", password, "", t0)
	_, p2 := f.signIn(t, "alice@platform.example", password, "", t0)
	if p1.Session.CSRF == p2.Session.CSRF {
		t.Fatal("two sessions share a CSRF token")
	}
	if err := access.CheckCSRF(p1.Session, p1.Session.CSRF); err != nil {
		t.Errorf("CheckCSRF with the session's own token: %v", err)
	}
	for _, tt := range []struct {
		name    string
		session store.Session
		value   string
	}{
		{"Missing", p1.Session, ""},
		{"OtherSession", p1.Session, p2.Session.CSRF},
		{"Prefix", p1.Session, p1.Session.CSRF[:20]},
		{"Longer", p1.Session, p1.Session.CSRF + "x"},
		{"NoSession", store.Session{}, ""},
		{"NoSessionAnyValue", store.Session{}, p1.Session.CSRF},
	} {
		if err := access.CheckCSRF(tt.session, tt.value); !fault.Is(err, fault.Forbidden) {
			t.Errorf("%s: CheckCSRF = %v, want forbidden", tt.name, err)
		}
	}

	// A calendar feed's principal has no session, so it posts no form.
	feed, err := f.a.NewFeedToken(ctx, f.staff.ID)
	if err != nil {
		t.Fatal(err)
	}
	fp, err := f.a.FeedPrincipal(ctx, feed)
	if err != nil {
		t.Fatal(err)
	}
	if err := access.CheckCSRF(fp.Session, ""); !fault.Is(err, fault.Forbidden) {
		t.Errorf("CheckCSRF of a feed principal: %v", err)
	}
}

func TestFeedToken(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t, access.Options{})
	first, err := f.a.NewFeedToken(ctx, f.counsel.ID)
	if err != nil {
		t.Fatalf("NewFeedToken: %v", err)
	}
	p, err := f.a.FeedPrincipal(ctx, first)
	if err != nil {
		t.Fatalf("FeedPrincipal: %v", err)
	}
	if p.User.ID != f.counsel.ID || len(p.Grants) != 1 || p.Session != (store.Session{}) {
		t.Errorf("feed principal %+v", p)
	}
	// A feed token is not a session token.
	_, err = f.a.Authenticate(ctx, first, t0)
	wantErr(t, err, fault.Forbidden, access.ErrSignedOut)

	second, err := f.a.NewFeedToken(ctx, f.counsel.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, tok := range []string{first, "", "junk", second[:42]} {
		_, err := f.a.FeedPrincipal(ctx, tok)
		wantErr(t, err, fault.NotFound, nil)
	}
	if p, err := f.a.FeedPrincipal(ctx, second); err != nil || p.User.ID != f.counsel.ID {
		t.Errorf("FeedPrincipal of the new token = %+v, %v", p, err)
	}
	_, err = f.a.NewFeedToken(ctx, "u-aaaaaaaaaaaa")
	wantErr(t, err, fault.NotFound, nil)
}
