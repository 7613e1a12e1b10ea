package storetest

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

// testUserLinks: a one-time link (an invitation that sets a password, the
// demo's sign-in link) is kept only as its hash, works until it expires,
// once, for a user who may sign in, and is listed without its hash; a new
// invitation replaces the unused ones before it; disabling the user ends
// them.
func testUserLinks(t *testing.T, fresh func(*testing.T) Database) {
	ctx := context.Background()
	now := time.Date(2022, 10, 20, 9, 0, 0, 123456789, time.FixedZone("PDT", -7*60*60))
	const newHash = "$argon2id$v=19$m=65536,t=3,p=4$bmV3$bmV3aGFzaA"
	invite := func(userID string) store.NewUserLink {
		return store.NewUserLink{UserID: userID, Kind: store.LinkInvitation, CreatedBy: "staff:u-admin", IssuedAt: now, ExpiresAt: now.Add(7 * 24 * time.Hour)}
	}

	t.Run("Invitation", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		us := users(t, s)
		c := createUser(t, us, carol)
		if err := us.CreateUserLink(ctx, tokenHash("inv-1"), invite(c.ID)); err != nil {
			t.Fatalf("CreateUserLink: %v", err)
		}
		got, err := us.UserLink(ctx, store.LinkInvitation, tokenHash("inv-1"), now.Add(time.Hour))
		if err != nil {
			t.Fatalf("UserLink: %v", err)
		}
		want := store.UserLink{UserID: c.ID, Kind: store.LinkInvitation, CreatedBy: "staff:u-admin",
			IssuedAt: now.UTC().Truncate(time.Microsecond), ExpiresAt: now.Add(7 * 24 * time.Hour).UTC().Truncate(time.Microsecond)}
		equal(t, "the link", got, want)
		// Looking at it does not use it; a link of the other kind is not it.
		_, err = us.UserLink(ctx, store.LinkSignIn, tokenHash("inv-1"), now)
		wantCode(t, err, fault.Forbidden)
		_, err = us.RedeemSignInLink(ctx, tokenHash("inv-1"), now)
		wantCode(t, err, fault.Forbidden)

		session := store.Session{TokenHash: tokenHash("s1"), UserID: c.ID, CSRF: "x", Created: now, Expires: now.Add(time.Hour)}
		if err := us.CreateSession(ctx, session); err != nil {
			t.Fatal(err)
		}
		used, err := us.RedeemInvitation(ctx, tokenHash("inv-1"), newHash, now.Add(2*time.Hour))
		if err != nil {
			t.Fatalf("RedeemInvitation: %v", err)
		}
		if used.UserID != c.ID || !used.UsedAt.Equal(now.Add(2*time.Hour).UTC().Truncate(time.Microsecond)) {
			t.Errorf("redeemed %+v", used)
		}
		if u, _ := us.User(ctx, c.ID); u.PasswordHash != newHash {
			t.Errorf("the password hash is %q, want the invitation's", u.PasswordHash)
		}
		// Setting a password ends the sessions, as SetPasswordHash does.
		_, err = us.Session(ctx, tokenHash("s1"))
		wantCode(t, err, fault.NotFound)
		// Used up.
		_, err = us.RedeemInvitation(ctx, tokenHash("inv-1"), newHash, now.Add(3*time.Hour))
		wantCode(t, err, fault.Forbidden)
		_, err = us.UserLink(ctx, store.LinkInvitation, tokenHash("inv-1"), now.Add(3*time.Hour))
		wantCode(t, err, fault.Forbidden)

		links, err := us.UserLinks(ctx, c.ID)
		if err != nil || len(links) != 1 || links[0].UsedAt.IsZero() {
			t.Errorf("UserLinks = %+v, %v; want the one used", links, err)
		}
	})

	t.Run("ErrRefused", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		us := users(t, s)
		c := createUser(t, us, carol)
		if err := us.CreateUserLink(ctx, tokenHash("inv-2"), invite(c.ID)); err != nil {
			t.Fatal(err)
		}
		// Expired: at its expiry and after.
		for _, at := range []time.Time{now.Add(7 * 24 * time.Hour), now.Add(8 * 24 * time.Hour)} {
			_, err := us.RedeemInvitation(ctx, tokenHash("inv-2"), newHash, at)
			wantCode(t, err, fault.Forbidden)
		}
		// Unknown, and a hash that is not one.
		_, err := us.RedeemInvitation(ctx, tokenHash("nope"), newHash, now)
		wantCode(t, err, fault.Forbidden)
		_, err = us.UserLink(ctx, store.LinkInvitation, "inv-2", now)
		wantCode(t, err, fault.Invalid)
		// A disabled user's links end with their sessions.
		if _, err := us.DisableUser(ctx, c.ID, now); err != nil {
			t.Fatal(err)
		}
		_, err = us.RedeemInvitation(ctx, tokenHash("inv-2"), newHash, now.Add(time.Hour))
		wantCode(t, err, fault.Forbidden)
		if u, _ := us.User(ctx, c.ID); u.PasswordHash != "" {
			t.Error("a refused invitation set the password")
		}
		if err := us.EnableUser(ctx, c.ID); err != nil {
			t.Fatal(err)
		}
		_, err = us.RedeemInvitation(ctx, tokenHash("inv-2"), newHash, now.Add(time.Hour))
		wantCode(t, err, fault.Forbidden)
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		us := users(t, s)
		c := createUser(t, us, carol)
		for _, tt := range []struct {
			name, hash string
			l          store.NewUserLink
			code       fault.Code
		}{
			{"TokenInClear", "inv-3", invite(c.ID), fault.Invalid},
			{"NoKind", tokenHash("x1"), store.NewUserLink{UserID: c.ID, CreatedBy: "x", IssuedAt: now, ExpiresAt: now.Add(time.Hour)}, fault.Invalid},
			{"OtherKind", tokenHash("x2"), store.NewUserLink{UserID: c.ID, Kind: "session", CreatedBy: "x", IssuedAt: now, ExpiresAt: now.Add(time.Hour)}, fault.Invalid},
			{"ExpiresBeforeIssued", tokenHash("x3"), store.NewUserLink{UserID: c.ID, Kind: store.LinkInvitation, CreatedBy: "x", IssuedAt: now, ExpiresAt: now}, fault.Invalid},
			{"NoCreator", tokenHash("x4"), store.NewUserLink{UserID: c.ID, Kind: store.LinkInvitation, IssuedAt: now, ExpiresAt: now.Add(time.Hour)}, fault.Invalid},
			{"UnknownUser", tokenHash("x5"), invite("u-aaaaaaaaaaaa"), fault.NotFound},
		} {
			t.Run(tt.name, func(t *testing.T) {
				wantCode(t, us.CreateUserLink(ctx, tt.hash, tt.l), tt.code)
			})
		}
		if err := us.CreateUserLink(ctx, tokenHash("inv-3"), invite(c.ID)); err != nil {
			t.Fatal(err)
		}
		_, err := us.RedeemInvitation(ctx, tokenHash("inv-3"), "", now)
		wantCode(t, err, fault.Invalid)
		if _, err := us.RedeemInvitation(ctx, tokenHash("inv-3"), newHash, now); err != nil {
			t.Errorf("a refused redemption used the invitation up: %v", err)
		}
	})

	t.Run("ReplacesTheOneBefore", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		us := users(t, s)
		c := createUser(t, us, carol)
		first := invite(c.ID)
		if err := us.CreateUserLink(ctx, tokenHash("old"), first); err != nil {
			t.Fatal(err)
		}
		second := invite(c.ID)
		second.Replace = true
		if err := us.CreateUserLink(ctx, tokenHash("new"), second); err != nil {
			t.Fatal(err)
		}
		_, err := us.UserLink(ctx, store.LinkInvitation, tokenHash("old"), now)
		wantCode(t, err, fault.Forbidden)
		if _, err := us.UserLink(ctx, store.LinkInvitation, tokenHash("new"), now); err != nil {
			t.Errorf("the new invitation: %v", err)
		}
		// A sign-in link is not an invitation: it stays.
		if err := us.CreateUserLink(ctx, tokenHash("sign-in"), store.NewUserLink{UserID: c.ID, Kind: store.LinkSignIn, CreatedBy: "demo",
			IssuedAt: now, ExpiresAt: now.Add(time.Hour)}); err != nil {
			t.Fatal(err)
		}
		third := invite(c.ID)
		third.Replace = true
		if err := us.CreateUserLink(ctx, tokenHash("newer"), third); err != nil {
			t.Fatal(err)
		}
		if _, err := us.UserLink(ctx, store.LinkSignIn, tokenHash("sign-in"), now); err != nil {
			t.Errorf("a new invitation ended a sign-in link: %v", err)
		}
		links, err := us.UserLinks(ctx, c.ID)
		if err != nil || len(links) != 2 {
			t.Errorf("UserLinks = %+v, %v; want the newest invitation and the sign-in link", links, err)
		}
		if links, err := us.UserLinks(ctx, "u-aaaaaaaaaaaa"); err != nil || len(links) != 0 {
			t.Errorf("UserLinks of no one = %+v, %v; want none", links, err)
		}
	})

	t.Run("SignInLinkOnce", func(t *testing.T) {
		// Of any number of concurrent uses of a link, exactly one signs in.
		s, _, _ := newStore(t, fresh)
		us := users(t, s)
		c := createUser(t, us, carol)
		if err := us.CreateUserLink(ctx, tokenHash("link"), store.NewUserLink{UserID: c.ID, Kind: store.LinkSignIn, CreatedBy: "demo",
			IssuedAt: now, ExpiresAt: now.Add(time.Hour)}); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		var mu sync.Mutex
		won := 0
		for range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				l, err := us.RedeemSignInLink(ctx, tokenHash("link"), now.Add(time.Minute))
				if err == nil {
					mu.Lock()
					won++
					mu.Unlock()
					if l.UserID != c.ID {
						t.Errorf("redeemed %+v", l)
					}
				} else if !fault.Is(err, fault.Forbidden) {
					t.Errorf("RedeemSignInLink: %v", err)
				}
			}()
		}
		wg.Wait()
		if won != 1 {
			t.Errorf("%d uses of one link signed in; want exactly 1", won)
		}
		if u, _ := us.User(ctx, c.ID); u.PasswordHash != "" {
			t.Error("a sign-in link set a password")
		}
	})
}
