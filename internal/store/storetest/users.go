package storetest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

// userID is the form of a generated user ID.
var userID = regexp.MustCompile(`^u-[a-z2-7]{12}$`)

// users returns the user store of a store Open returned.
func users(t *testing.T, s store.Store) store.UserStore {
	t.Helper()
	us, ok := store.UsersOf(s)
	if !ok {
		t.Fatalf("%T keeps no users", s)
	}
	return us
}

// tokenHash is the SHA-256 in hex of a token, as package access stores it.
func tokenHash(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// The users most tests start from: platform staff, the applicant's
// counsel and the court.
var (
	alice = store.NewUser{Email: "Alice@Platform.example", Name: "Alice Staff", Role: store.RoleStaff,
		Platform: "Twitter, Inc.", PasswordHash: "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA"}
	carol = store.NewUser{Email: "carol@counsel.example", Name: "Carol Counsel", Role: store.RoleCounsel}
	jude  = store.NewUser{Email: "clerk@cand.uscourts.example", Name: "Courtroom Deputy", Role: store.RoleCourt}
)

// grant is a grant.
func grant(userID, caseID, role string) store.Grant {
	return store.Grant{UserID: userID, CaseID: caseID, Role: role}
}

// createUser creates a user and fails t on error.
func createUser(t *testing.T, us store.UserStore, u store.NewUser) store.User {
	t.Helper()
	got, err := us.CreateUser(context.Background(), u)
	if err != nil {
		t.Fatalf("CreateUser(%s): %v", u.Email, err)
	}
	return got
}

// testUsers: users, their grants, sessions and feed tokens behave alike on
// every database, and no token is ever accepted in clear.
func testUsers(t *testing.T, fresh func(*testing.T) Database) {
	ctx := context.Background()

	t.Run("CreateUser", func(t *testing.T) {
		s, _, clock := newStore(t, fresh)
		us := users(t, s)
		createdAt := clock.Peek().UTC().Truncate(time.Microsecond)
		u := createUser(t, us, alice)
		if !userID.MatchString(u.ID) {
			t.Errorf("user ID %q is not u- and 12 lowercase base32 characters", u.ID)
		}
		equal(t, "user", u, store.User{ID: u.ID, Email: alice.Email, Name: alice.Name, Role: alice.Role,
			Platform: alice.Platform, PasswordHash: alice.PasswordHash, CreatedAt: createdAt})

		got, err := us.User(ctx, u.ID)
		if err != nil {
			t.Fatalf("User: %v", err)
		}
		equal(t, "user read back", got, u)
		for _, email := range []string{alice.Email, "alice@platform.example", "  ALICE@PLATFORM.EXAMPLE\t"} {
			got, err := us.UserByEmail(ctx, email)
			if err != nil {
				t.Fatalf("UserByEmail(%q): %v", email, err)
			}
			equal(t, "user by e-mail", got, u)
		}
		// A user without a password (signs in through OIDC only) and
		// surrounding space trimmed.
		c := createUser(t, us, store.NewUser{Email: " carol@counsel.example ", Name: " Carol ", Role: store.RoleCounsel})
		if c.Email != "carol@counsel.example" || c.Name != "Carol" || c.PasswordHash != "" {
			t.Errorf("stored %+v", c)
		}
	})

	t.Run("CreateUserAdmin", func(t *testing.T) {
		s, _, clock := newStore(t, fresh)
		us := users(t, s)
		// An administrator of a platform's people, and who made them: the
		// operating-system user of the command line, or whoever --actor
		// names.
		nu := alice
		nu.Admin, nu.CreatedBy = true, "os:root for Jane Doe"
		createdAt := clock.Peek().UTC().Truncate(time.Microsecond)
		u := createUser(t, us, nu)
		equal(t, "user", u, store.User{ID: u.ID, Email: alice.Email, Name: alice.Name, Role: alice.Role,
			Platform: alice.Platform, PasswordHash: alice.PasswordHash, Admin: true, CreatedBy: "os:root for Jane Doe", CreatedAt: createdAt})
		got, err := us.User(ctx, u.ID)
		if err != nil {
			t.Fatalf("User: %v", err)
		}
		equal(t, "user read back", got, u)
		c := createUser(t, us, carol)
		if c.Admin || c.CreatedBy != "" || !c.DisabledAt.IsZero() {
			t.Errorf("a user created with nothing more is %+v; want no admin, no creator, not disabled", c)
		}
	})

	t.Run("CreateUserErrConflict", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		us := users(t, s)
		createUser(t, us, alice)
		for _, email := range []string{alice.Email, "alice@platform.example", "ALICE@PLATFORM.EXAMPLE"} {
			other := carol
			other.Email = email
			_, err := us.CreateUser(ctx, other)
			wantCode(t, err, fault.Conflict)
		}
		all, err := us.Users(ctx)
		if err != nil || len(all) != 1 {
			t.Fatalf("Users = %d users, %v; want 1", len(all), err)
		}
	})

	t.Run("CreateUserConcurrent", func(t *testing.T) {
		s, db, _ := newStore(t, fresh)
		us := users(t, s)
		us2 := users(t, open(t, db, NewClock()))
		var (
			wg   sync.WaitGroup
			errs [2]error
		)
		for i, u := range []store.UserStore{us, us2} {
			wg.Go(func() {
				nu := carol
				if i == 1 {
					nu.Email = strings.ToUpper(nu.Email)
				}
				_, errs[i] = u.CreateUser(ctx, nu)
			})
		}
		wg.Wait()
		ok, conflict := 0, 0
		for _, err := range errs {
			switch {
			case err == nil:
				ok++
			case fault.Is(err, fault.Conflict):
				conflict++
			default:
				t.Fatalf("CreateUser: %v", err)
			}
		}
		if ok != 1 || conflict != 1 {
			t.Fatalf("two users with one address at once: %d created, %d conflicts; want 1 and 1", ok, conflict)
		}
	})

	t.Run("CreateUserErrInvalid", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		us := users(t, s)
		with := func(u store.NewUser, f func(*store.NewUser)) store.NewUser { f(&u); return u }
		for _, tt := range []struct {
			name  string
			u     store.NewUser
			field string
		}{
			{"NoEmail", with(alice, func(u *store.NewUser) { u.Email = " " }), "email"},
			{"EmailNoAt", with(alice, func(u *store.NewUser) { u.Email = "alice" }), "email"},
			{"EmailWithName", with(alice, func(u *store.NewUser) { u.Email = "Alice <alice@platform.example>" }), "email"},
			{"EmailTwo", with(alice, func(u *store.NewUser) { u.Email = "a@x.example, b@x.example" }), "email"},
			{"EmailTooLong", with(alice, func(u *store.NewUser) { u.Email = strings.Repeat("a", 320) + "@x.example" }), "email"},
			{"NoName", with(alice, func(u *store.NewUser) { u.Name = "" }), "name"},
			{"NameWithNUL", with(alice, func(u *store.NewUser) { u.Name = "Alice\x00" }), "name"},
			{"NameNotUTF8", with(alice, func(u *store.NewUser) { u.Name = "Alice \xff" }), "name"},
			{"NoRole", with(alice, func(u *store.NewUser) { u.Role = "" }), "role"},
			{"RoleAdmin", with(alice, func(u *store.NewUser) { u.Role = "admin" }), "role"},
			{"RoleCase", with(alice, func(u *store.NewUser) { u.Role = "Staff" }), "role"},
			{"StaffNoPlatform", with(alice, func(u *store.NewUser) { u.Platform = "  " }), "platform"},
			{"CounselWithPlatform", with(carol, func(u *store.NewUser) { u.Platform = "Twitter, Inc." }), "platform"},
			{"CourtWithPlatform", with(jude, func(u *store.NewUser) { u.Platform = "Twitter, Inc." }), "platform"},
			{"CounselAdmin", with(carol, func(u *store.NewUser) { u.Admin = true }), "admin"},
			{"CourtAdmin", with(jude, func(u *store.NewUser) { u.Admin = true }), "admin"},
			{"CreatedByWithNUL", with(alice, func(u *store.NewUser) { u.CreatedBy = "os:root\x00" }), "created_by"},
			{"CreatedByTooLong", with(alice, func(u *store.NewUser) { u.CreatedBy = strings.Repeat("a", 321) }), "created_by"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				_, err := us.CreateUser(ctx, tt.u)
				wantCode(t, err, fault.Invalid)
				if !strings.HasPrefix(err.Error(), tt.field+": ") {
					t.Errorf("error %q does not name the field %s", err, tt.field)
				}
			})
		}
		all, err := us.Users(ctx)
		if err != nil || len(all) != 0 {
			t.Fatalf("Users = %d users, %v; want none", len(all), err)
		}
	})

	t.Run("UserErrNotFound", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		us := users(t, s)
		createUser(t, us, alice)
		for _, id := range []string{"u-aaaaaaaaaaaa", "", "u-' OR '1'='1"} {
			_, err := us.User(ctx, id)
			wantCode(t, err, fault.NotFound)
		}
		for _, email := range []string{"bob@platform.example", "", "alice@platform.example' OR '1'='1"} {
			_, err := us.UserByEmail(ctx, email)
			wantCode(t, err, fault.NotFound)
		}
	})

	t.Run("Users", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		us := users(t, s)
		all, err := us.Users(ctx)
		if err != nil || all == nil || len(all) != 0 {
			t.Fatalf("Users of an empty store = %#v, %v; want an empty list", all, err)
		}
		j := createUser(t, us, jude)
		a := createUser(t, us, alice)
		c := createUser(t, us, carol)
		all, err = us.Users(ctx)
		if err != nil {
			t.Fatalf("Users: %v", err)
		}
		equal(t, "users by e-mail", all, []store.User{a, c, j})
	})

	t.Run("SetPasswordHash", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		us := users(t, s)
		a := createUser(t, us, alice)
		c := createUser(t, us, carol)
		now := time.Date(2022, 10, 20, 9, 0, 0, 0, time.UTC)
		for _, ss := range []store.Session{
			{TokenHash: tokenHash("a1"), UserID: a.ID, CSRF: "x", Created: now, Expires: now.Add(time.Hour)},
			{TokenHash: tokenHash("a2"), UserID: a.ID, CSRF: "x", Created: now, Expires: now.Add(time.Hour)},
			{TokenHash: tokenHash("c1"), UserID: c.ID, CSRF: "x", Created: now, Expires: now.Add(time.Hour)},
		} {
			if err := us.CreateSession(ctx, ss); err != nil {
				t.Fatalf("CreateSession: %v", err)
			}
		}
		if err := us.SetPasswordHash(ctx, a.ID, "$argon2id$new"); err != nil {
			t.Fatalf("SetPasswordHash: %v", err)
		}
		got, err := us.User(ctx, a.ID)
		if err != nil || got.PasswordHash != "$argon2id$new" {
			t.Fatalf("User after SetPasswordHash = %+v, %v", got, err)
		}
		for _, tok := range []string{"a1", "a2"} {
			_, err := us.Session(ctx, tokenHash(tok))
			wantCode(t, err, fault.NotFound)
		}
		if _, err := us.Session(ctx, tokenHash("c1")); err != nil {
			t.Errorf("another user's session ended with the password change: %v", err)
		}
		wantCode(t, us.SetPasswordHash(ctx, "u-aaaaaaaaaaaa", "$argon2id$new"), fault.NotFound)
	})

	t.Run("Grants", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		us := users(t, s)
		c1, c2 := createCase(t, s), createCase(t, s)
		a, c, j := createUser(t, us, alice), createUser(t, us, carol), createUser(t, us, jude)

		grants := func(userID string) []store.Grant {
			t.Helper()
			g, err := us.Grants(ctx, userID)
			if err != nil {
				t.Fatalf("Grants: %v", err)
			}
			return g
		}
		equal(t, "grants of a user without any", grants(c.ID), []store.Grant{})
		for _, g := range []store.Grant{grant(c.ID, c1.ID, store.RoleCounsel), grant(c.ID, c2.ID, store.RoleCounsel), grant(j.ID, c2.ID, store.RoleCourt)} {
			if err := us.Grant(ctx, g.UserID, g.CaseID, g.Role); err != nil {
				t.Fatalf("Grant(%+v): %v", g, err)
			}
		}
		// Granting again changes nothing.
		if err := us.Grant(ctx, c.ID, c1.ID, store.RoleCounsel); err != nil {
			t.Fatalf("Grant again: %v", err)
		}
		first, second := c1.ID, c2.ID
		if second < first {
			first, second = second, first
		}
		equal(t, "counsel's grants", grants(c.ID), []store.Grant{grant(c.ID, first, store.RoleCounsel), grant(c.ID, second, store.RoleCounsel)})
		equal(t, "court's grants", grants(j.ID), []store.Grant{grant(j.ID, c2.ID, store.RoleCourt)})
		equal(t, "staff's grants", grants(a.ID), []store.Grant{})

		t.Run("ErrInvalid", func(t *testing.T) {
			for _, tt := range []struct {
				name, userID, role string
			}{
				{"Staff", a.ID, store.RoleStaff},
				{"CounselAsCourt", c.ID, store.RoleCourt},
				{"CourtAsCounsel", j.ID, store.RoleCounsel},
				{"NoRole", c.ID, ""},
				{"OtherRole", c.ID, "admin"},
			} {
				t.Run(tt.name, func(t *testing.T) {
					wantCode(t, us.Grant(ctx, tt.userID, c1.ID, tt.role), fault.Invalid)
				})
			}
			equal(t, "court's grants after refusals", grants(j.ID), []store.Grant{grant(j.ID, c2.ID, store.RoleCourt)})
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			wantCode(t, us.Grant(ctx, "u-aaaaaaaaaaaa", c1.ID, store.RoleCounsel), fault.NotFound)
			wantCode(t, us.Grant(ctx, j.ID, "c-aaaaaaaaaaaa", store.RoleCourt), fault.NotFound)
			equal(t, "court's grants after refusals", grants(j.ID), []store.Grant{grant(j.ID, c2.ID, store.RoleCourt)})
		})
		t.Run("Revoke", func(t *testing.T) {
			if err := us.Revoke(ctx, c.ID, c1.ID); err != nil {
				t.Fatalf("Revoke: %v", err)
			}
			if err := us.Revoke(ctx, c.ID, c1.ID); err != nil {
				t.Fatalf("Revoke again: %v", err)
			}
			equal(t, "counsel's grants after a revocation", grants(c.ID), []store.Grant{grant(c.ID, c2.ID, store.RoleCounsel)})
		})
	})

	t.Run("Sessions", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		us := users(t, s)
		a := createUser(t, us, alice)
		zone := time.FixedZone("PDT", -7*60*60)
		now := time.Date(2022, 10, 20, 9, 0, 0, 123456789, zone)
		ss := store.Session{TokenHash: tokenHash("token-1"), UserID: a.ID, CSRF: "csrf-1", Created: now, Expires: now.Add(12 * time.Hour)}
		if err := us.CreateSession(ctx, ss); err != nil {
			t.Fatalf("CreateSession: %v", err)
		}
		got, err := us.Session(ctx, ss.TokenHash)
		if err != nil {
			t.Fatalf("Session: %v", err)
		}
		equal(t, "session read back", got, store.Session{TokenHash: ss.TokenHash, UserID: a.ID, CSRF: "csrf-1",
			Created: now.UTC().Truncate(time.Microsecond), Expires: now.Add(12 * time.Hour).UTC().Truncate(time.Microsecond)})

		wantCode(t, us.CreateSession(ctx, ss), fault.Conflict)
		if err := us.DeleteSession(ctx, ss.TokenHash); err != nil {
			t.Fatalf("DeleteSession: %v", err)
		}
		_, err = us.Session(ctx, ss.TokenHash)
		wantCode(t, err, fault.NotFound)
		if err := us.DeleteSession(ctx, ss.TokenHash); err != nil {
			t.Fatalf("DeleteSession of an ended session: %v", err)
		}

		t.Run("ErrInvalid", func(t *testing.T) {
			for _, tt := range []struct {
				name string
				f    func(*store.Session)
			}{
				{"TokenInClear", func(s *store.Session) { s.TokenHash = "token-1" }},
				{"HashUppercase", func(s *store.Session) { s.TokenHash = strings.ToUpper(tokenHash("token-1")) }},
				{"HashShort", func(s *store.Session) { s.TokenHash = tokenHash("token-1")[:63] }},
				{"NoHash", func(s *store.Session) { s.TokenHash = "" }},
				{"NoCSRF", func(s *store.Session) { s.CSRF = "" }},
				{"NoExpiry", func(s *store.Session) { s.Expires = time.Time{} }},
				{"ExpiresFirst", func(s *store.Session) { s.Expires = s.Created.Add(-time.Second) }},
			} {
				t.Run(tt.name, func(t *testing.T) {
					bad := ss
					tt.f(&bad)
					wantCode(t, us.CreateSession(ctx, bad), fault.Invalid)
				})
			}
			for _, h := range []string{"token-1", "", strings.ToUpper(tokenHash("x"))} {
				_, err := us.Session(ctx, h)
				wantCode(t, err, fault.Invalid)
				wantCode(t, us.DeleteSession(ctx, h), fault.Invalid)
			}
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			bad := ss
			bad.TokenHash, bad.UserID = tokenHash("token-2"), "u-aaaaaaaaaaaa"
			wantCode(t, us.CreateSession(ctx, bad), fault.NotFound)
		})
	})

	// SignedIn reads a session with its user and the user's grants in one
	// read, as Session, User and Grants read them one by one, and as they
	// stand at that moment: a session ended, a user disabled or a grant
	// revoked is seen by the very next read.
	t.Run("SignedIn", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		us := users(t, s)
		c1, c2 := createCase(t, s), createCase(t, s)
		a, c := createUser(t, us, alice), createUser(t, us, carol)
		now := time.Date(2022, 10, 20, 9, 0, 0, 123456789, time.FixedZone("PDT", -7*60*60))
		for _, ss := range []store.Session{
			{TokenHash: tokenHash("a1"), UserID: a.ID, CSRF: "csrf-a", Created: now, Expires: now.Add(time.Hour)},
			{TokenHash: tokenHash("c1"), UserID: c.ID, CSRF: "csrf-c", Created: now, Expires: now.Add(time.Hour)},
			// An expired session is still read: the caller decides.
			{TokenHash: tokenHash("c2"), UserID: c.ID, CSRF: "csrf-c2", Created: now.Add(-2 * time.Hour), Expires: now.Add(-time.Hour)},
		} {
			if err := us.CreateSession(ctx, ss); err != nil {
				t.Fatalf("CreateSession: %v", err)
			}
		}
		for _, g := range []store.Grant{grant(c.ID, c1.ID, store.RoleCounsel), grant(c.ID, c2.ID, store.RoleCounsel)} {
			if err := us.Grant(ctx, g.UserID, g.CaseID, g.Role); err != nil {
				t.Fatalf("Grant: %v", err)
			}
		}
		// asRead is what Session, User and Grants read one by one.
		asRead := func(token string) store.SignedIn {
			t.Helper()
			ss, err := us.Session(ctx, tokenHash(token))
			if err != nil {
				t.Fatalf("Session: %v", err)
			}
			u, err := us.User(ctx, ss.UserID)
			if err != nil {
				t.Fatalf("User: %v", err)
			}
			g, err := us.Grants(ctx, u.ID)
			if err != nil {
				t.Fatalf("Grants: %v", err)
			}
			return store.SignedIn{Session: ss, User: u, Grants: g}
		}
		signedIn := func(token string) (store.SignedIn, error) {
			t.Helper()
			return us.SignedIn(ctx, tokenHash(token))
		}
		for _, token := range []string{"a1", "c1", "c2"} {
			got, err := signedIn(token)
			if err != nil {
				t.Fatalf("SignedIn(%s): %v", token, err)
			}
			equal(t, "SignedIn("+token+")", got, asRead(token))
		}
		if got, _ := signedIn("c1"); len(got.Grants) != 2 {
			t.Errorf("counsel's grants = %v, want both cases", got.Grants)
		}
		if got, _ := signedIn("a1"); got.Grants == nil || len(got.Grants) != 0 {
			t.Errorf("staff's grants = %#v, want an empty list", got.Grants)
		}

		// Each change is seen by the next read.
		if err := us.Revoke(ctx, c.ID, c1.ID); err != nil {
			t.Fatal(err)
		}
		got, err := signedIn("c1")
		if err != nil {
			t.Fatal(err)
		}
		equal(t, "grants after a revocation", got.Grants, []store.Grant{grant(c.ID, c2.ID, store.RoleCounsel)})
		if err := us.DeleteSession(ctx, tokenHash("c1")); err != nil {
			t.Fatal(err)
		}
		_, err = signedIn("c1")
		wantCode(t, err, fault.NotFound)
		if _, err := us.DisableUser(ctx, a.ID, now); err != nil {
			t.Fatal(err)
		}
		_, err = signedIn("a1")
		wantCode(t, err, fault.NotFound)
		_, err = signedIn("never")
		wantCode(t, err, fault.NotFound)
		for _, h := range []string{"token-1", "", strings.ToUpper(tokenHash("x"))} {
			_, err := us.SignedIn(ctx, h)
			wantCode(t, err, fault.Invalid)
		}
	})

	t.Run("DeleteExpiredSessions", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		us := users(t, s)
		a := createUser(t, us, alice)
		start := time.Date(2022, 10, 20, 9, 0, 0, 0, time.UTC)
		for i, hours := range []int{1, 2, 3} {
			ss := store.Session{TokenHash: tokenHash(string(rune('a' + i))), UserID: a.ID, CSRF: "x",
				Created: start, Expires: start.Add(time.Duration(hours) * time.Hour)}
			if err := us.CreateSession(ctx, ss); err != nil {
				t.Fatalf("CreateSession: %v", err)
			}
		}
		for _, tt := range []struct {
			now  time.Time
			want int
		}{
			{start.Add(time.Hour - time.Microsecond), 0},
			// A session that expires at now is over (valid while now < expires),
			// and a zone other than UTC changes nothing.
			{start.Add(2 * time.Hour).In(time.FixedZone("JST", 9*60*60)), 2},
			{start.Add(2 * time.Hour), 0},
			{start.Add(24 * time.Hour), 1},
		} {
			n, err := us.DeleteExpiredSessions(ctx, tt.now)
			if err != nil || n != tt.want {
				t.Fatalf("DeleteExpiredSessions(%v) = %d, %v; want %d", tt.now, n, err, tt.want)
			}
		}
	})

	t.Run("FeedTokens", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		us := users(t, s)
		a, c := createUser(t, us, alice), createUser(t, us, carol)
		if err := us.CreateFeedToken(ctx, a.ID, tokenHash("feed-1")); err != nil {
			t.Fatalf("CreateFeedToken: %v", err)
		}
		got, err := us.FeedUser(ctx, tokenHash("feed-1"))
		if err != nil {
			t.Fatalf("FeedUser: %v", err)
		}
		equal(t, "feed user", got, a)

		// A new token replaces the old one, which stops working.
		if err := us.CreateFeedToken(ctx, a.ID, tokenHash("feed-2")); err != nil {
			t.Fatalf("CreateFeedToken again: %v", err)
		}
		_, err = us.FeedUser(ctx, tokenHash("feed-1"))
		wantCode(t, err, fault.NotFound)
		if got, err := us.FeedUser(ctx, tokenHash("feed-2")); err != nil || got.ID != a.ID {
			t.Fatalf("FeedUser of the new token = %+v, %v", got, err)
		}

		wantCode(t, us.CreateFeedToken(ctx, c.ID, tokenHash("feed-2")), fault.Conflict)
		wantCode(t, us.CreateFeedToken(ctx, "u-aaaaaaaaaaaa", tokenHash("feed-3")), fault.NotFound)
		wantCode(t, us.CreateFeedToken(ctx, c.ID, "feed-3"), fault.Invalid)
		_, err = us.FeedUser(ctx, "feed-2")
		wantCode(t, err, fault.Invalid)

		if err := us.DeleteFeedToken(ctx, a.ID); err != nil {
			t.Fatalf("DeleteFeedToken: %v", err)
		}
		_, err = us.FeedUser(ctx, tokenHash("feed-2"))
		wantCode(t, err, fault.NotFound)
		if err := us.DeleteFeedToken(ctx, a.ID); err != nil {
			t.Fatalf("DeleteFeedToken again: %v", err)
		}
	})

	t.Run("UserSessions", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		us := users(t, s)
		a, c := createUser(t, us, alice), createUser(t, us, carol)
		start := time.Date(2022, 10, 20, 9, 0, 0, 0, time.UTC)
		session := func(token, userID string, at time.Time) store.Session {
			return store.Session{TokenHash: tokenHash(token), UserID: userID, CSRF: "x", Created: at, Expires: at.Add(12 * time.Hour)}
		}
		// Made out of order, listed by when each began.
		made := []store.Session{session("a2", a.ID, start.Add(time.Hour)), session("a1", a.ID, start), session("c1", c.ID, start)}
		for _, ss := range made {
			if err := us.CreateSession(ctx, ss); err != nil {
				t.Fatalf("CreateSession: %v", err)
			}
		}
		list := func(userID string) []store.Session {
			t.Helper()
			got, err := us.Sessions(ctx, userID)
			if err != nil {
				t.Fatalf("Sessions: %v", err)
			}
			return got
		}
		equal(t, "alice's sessions", list(a.ID), []store.Session{made[1], made[0]})
		equal(t, "carol's sessions", list(c.ID), []store.Session{made[2]})
		equal(t, "an unknown user's sessions", list("u-aaaaaaaaaaaa"), []store.Session{})

		n, err := us.DeleteSessions(ctx, a.ID)
		if err != nil || n != 2 {
			t.Fatalf("DeleteSessions = %d, %v; want 2", n, err)
		}
		equal(t, "alice's sessions after they ended", list(a.ID), []store.Session{})
		equal(t, "carol's sessions after alice's ended", list(c.ID), []store.Session{made[2]})
		if n, err := us.DeleteSessions(ctx, a.ID); err != nil || n != 0 {
			t.Fatalf("DeleteSessions again = %d, %v; want 0", n, err)
		}
	})

	t.Run("DisableUser", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		us := users(t, s)
		a, c := createUser(t, us, alice), createUser(t, us, carol)
		now := time.Date(2022, 10, 20, 9, 0, 0, 123456789, time.FixedZone("PDT", -7*60*60))
		for _, ss := range []store.Session{
			{TokenHash: tokenHash("a1"), UserID: a.ID, CSRF: "x", Created: now, Expires: now.Add(time.Hour)},
			{TokenHash: tokenHash("a2"), UserID: a.ID, CSRF: "x", Created: now, Expires: now.Add(time.Hour)},
			{TokenHash: tokenHash("c1"), UserID: c.ID, CSRF: "x", Created: now, Expires: now.Add(time.Hour)},
		} {
			if err := us.CreateSession(ctx, ss); err != nil {
				t.Fatalf("CreateSession: %v", err)
			}
		}
		if err := us.CreateFeedToken(ctx, a.ID, tokenHash("feed-a")); err != nil {
			t.Fatal(err)
		}

		n, err := us.DisableUser(ctx, a.ID, now)
		if err != nil || n != 2 {
			t.Fatalf("DisableUser = %d, %v; want 2 sessions ended", n, err)
		}
		got, err := us.User(ctx, a.ID)
		if err != nil {
			t.Fatalf("User: %v", err)
		}
		if want := now.UTC().Truncate(time.Microsecond); got.DisabledAt != want || !got.Disabled() {
			t.Errorf("DisabledAt = %v, want %v (UTC, to the microsecond)", got.DisabledAt, want)
		}
		for _, tok := range []string{"a1", "a2"} {
			_, err := us.Session(ctx, tokenHash(tok))
			wantCode(t, err, fault.NotFound)
		}
		_, err = us.FeedUser(ctx, tokenHash("feed-a"))
		wantCode(t, err, fault.NotFound)
		if _, err := us.Session(ctx, tokenHash("c1")); err != nil {
			t.Errorf("another user's session ended: %v", err)
		}
		// A disabled user gets no new session, however it was asked for.
		wantCode(t, us.CreateSession(ctx, store.Session{TokenHash: tokenHash("a3"), UserID: a.ID, CSRF: "x",
			Created: now, Expires: now.Add(time.Hour)}), fault.Forbidden)

		// Disabling again keeps the first time.
		if n, err := us.DisableUser(ctx, a.ID, now.Add(time.Hour)); err != nil || n != 0 {
			t.Fatalf("DisableUser again = %d, %v; want 0", n, err)
		}
		if again, _ := us.User(ctx, a.ID); !again.DisabledAt.Equal(got.DisabledAt) {
			t.Errorf("disabling again moved DisabledAt from %v to %v", got.DisabledAt, again.DisabledAt)
		}

		if err := us.EnableUser(ctx, a.ID); err != nil {
			t.Fatalf("EnableUser: %v", err)
		}
		if got, _ := us.User(ctx, a.ID); !got.DisabledAt.IsZero() {
			t.Errorf("DisabledAt after EnableUser = %v, want zero", got.DisabledAt)
		}
		if err := us.CreateSession(ctx, store.Session{TokenHash: tokenHash("a3"), UserID: a.ID, CSRF: "x",
			Created: now, Expires: now.Add(time.Hour)}); err != nil {
			t.Errorf("CreateSession after EnableUser: %v", err)
		}

		_, err = us.DisableUser(ctx, "u-aaaaaaaaaaaa", now)
		wantCode(t, err, fault.NotFound)
		wantCode(t, us.EnableUser(ctx, "u-aaaaaaaaaaaa"), fault.NotFound)
		_, err = us.DisableUser(ctx, c.ID, time.Time{})
		wantCode(t, err, fault.Invalid)
	})
}
