package access_test

import (
	"context"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

// TestInvitation: an invitation sets the password of the user it was made
// for, once, until it expires; the password is checked as any other; a new
// one replaces the one before; a disabled user's does not work. The
// password it sets signs in.
func TestInvitation(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t, access.Options{})
	const newPassword = "a brand new passphrase"

	tok, err := f.a.Invite(ctx, f.oidc.ID, "staff:u-admin", t0)
	if err != nil {
		t.Fatalf("Invite: %v", err)
	}
	u, err := f.a.Invitation(ctx, tok, t0.Add(time.Hour))
	if err != nil || u.ID != f.oidc.ID {
		t.Fatalf("Invitation = %+v, %v", u, err)
	}
	t.Run("ErrPassword", func(t *testing.T) {
		_, err := f.a.AcceptInvitation(ctx, tok, "too short", t0.Add(time.Hour))
		var fe *fault.Error
		if !fault.Is(err, fault.Invalid) || !asField(err, &fe, "password") {
			t.Fatalf("a short password: %v", err)
		}
		// Still unused.
		if _, err := f.a.Invitation(ctx, tok, t0.Add(time.Hour)); err != nil {
			t.Fatalf("a refused password used the invitation up: %v", err)
		}
	})
	t.Run("OK", func(t *testing.T) {
		got, err := f.a.AcceptInvitation(ctx, tok, newPassword, t0.Add(time.Hour))
		if err != nil || got.ID != f.oidc.ID {
			t.Fatalf("AcceptInvitation = %+v, %v", got, err)
		}
		if _, _, err := f.a.SignIn(ctx, f.oidc.Email, newPassword, "", t0.Add(2*time.Hour)); err != nil {
			t.Errorf("the password the invitation set does not sign in: %v", err)
		}
	})
	t.Run("ErrUsed", func(t *testing.T) {
		_, err := f.a.AcceptInvitation(ctx, tok, "yet another passphrase", t0.Add(2*time.Hour))
		if !fault.Is(err, fault.Forbidden) {
			t.Fatalf("an invitation used twice: %v", err)
		}
		if _, err := f.a.Invitation(ctx, tok, t0.Add(2*time.Hour)); !fault.Is(err, fault.Forbidden) {
			t.Fatalf("a used invitation still shows: %v", err)
		}
	})
	t.Run("ErrExpired", func(t *testing.T) {
		tok, err := f.a.Invite(ctx, f.counsel.ID, "staff:u-admin", t0)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.a.AcceptInvitation(ctx, tok, newPassword, t0.Add(access.InvitationTTL)); !fault.Is(err, fault.Forbidden) {
			t.Fatalf("an expired invitation: %v", err)
		}
	})
	t.Run("ErrReplaced", func(t *testing.T) {
		first, _ := f.a.Invite(ctx, f.staff.ID, "staff:u-admin", t0)
		second, _ := f.a.Invite(ctx, f.staff.ID, "staff:u-admin", t0)
		if _, err := f.a.Invitation(ctx, first, t0); !fault.Is(err, fault.Forbidden) {
			t.Errorf("the first of two invitations still works: %v", err)
		}
		if _, err := f.a.Invitation(ctx, second, t0); err != nil {
			t.Errorf("the second: %v", err)
		}
	})
	t.Run("ErrMalformed", func(t *testing.T) {
		for _, bad := range []string{"", "x", "'; DROP TABLE users; --"} {
			if _, err := f.a.Invitation(ctx, bad, t0); !fault.Is(err, fault.Forbidden) {
				t.Errorf("Invitation(%q): %v", bad, err)
			}
		}
	})
}

// TestSignInLink: a sign-in link signs its user in once, with a session of
// its own (the link's token is not the session's), and never again.
func TestSignInLink(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t, access.Options{})
	tok, err := f.a.IssueSignInLink(ctx, f.counsel.ID, "demo", t0, time.Hour)
	if err != nil {
		t.Fatalf("IssueSignInLink: %v", err)
	}
	session, p, err := f.a.SignInWithLink(ctx, tok, t0.Add(time.Minute))
	if err != nil || p.User.ID != f.counsel.ID || session == tok {
		t.Fatalf("SignInWithLink = %q, %+v, %v; want a new session of counsel", session, p.User, err)
	}
	if _, err := f.a.Authenticate(ctx, session, t0.Add(2*time.Minute)); err != nil {
		t.Errorf("the session: %v", err)
	}
	if _, _, err := f.a.SignInWithLink(ctx, tok, t0.Add(2*time.Minute)); !fault.Is(err, fault.Forbidden) {
		t.Errorf("a link used twice: %v", err)
	}
	if _, err := f.a.Authenticate(ctx, tok, t0.Add(2*time.Minute)); err == nil {
		t.Error("the link's token is a session")
	}
	t.Run("ErrExpired", func(t *testing.T) {
		tok, _ := f.a.IssueSignInLink(ctx, f.counsel.ID, "demo", t0, time.Hour)
		if _, _, err := f.a.SignInWithLink(ctx, tok, t0.Add(time.Hour)); !fault.Is(err, fault.Forbidden) {
			t.Errorf("an expired link: %v", err)
		}
	})
	t.Run("ErrDisabled", func(t *testing.T) {
		tok, _ := f.a.IssueSignInLink(ctx, f.staff.ID, "demo", t0, time.Hour)
		if _, err := f.us.DisableUser(ctx, f.staff.ID, t0); err != nil {
			t.Fatal(err)
		}
		if _, _, err := f.a.SignInWithLink(ctx, tok, t0.Add(time.Minute)); !fault.Is(err, fault.Forbidden) {
			t.Errorf("a disabled user's link: %v", err)
		}
	})
	t.Run("NotAnInvitation", func(t *testing.T) {
		tok, _ := f.a.IssueSignInLink(ctx, f.counsel.ID, "demo", t0, time.Hour)
		if _, err := f.a.AcceptInvitation(ctx, tok, "a brand new passphrase", t0); !fault.Is(err, fault.Forbidden) {
			t.Errorf("a sign-in link set a password: %v", err)
		}
		inv, _ := f.a.Invite(ctx, f.counsel.ID, "staff:u-admin", t0)
		if _, _, err := f.a.SignInWithLink(ctx, inv, t0); !fault.Is(err, fault.Forbidden) {
			t.Errorf("an invitation signed in: %v", err)
		}
	})
	_ = store.LinkSignIn
}

// asField reports whether err is a *fault.Error naming field.
func asField(err error, fe **fault.Error, field string) bool {
	e, ok := err.(*fault.Error)
	if !ok {
		return false
	}
	*fe = e
	return e.Field == field
}
