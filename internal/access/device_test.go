package access_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/access"
)

// TestTrustedDevice: failed guesses at someone's password lock out the
// guessers, not the person: a browser they signed in from before keeps
// an allowance of its own, so bad sign-ins from elsewhere do not lock out
// the right password (issue 13, item 3).
func TestTrustedDevice(t *testing.T) {
	ctx := context.Background()
	email := "carol@counsel.example"
	var throttled *access.Throttled
	// signedIn signs Carol in from a browser and returns its device token.
	signedIn := func(t *testing.T, f *fixture) string {
		t.Helper()
		in, err := f.a.SignInFrom(ctx, access.Attempt{Email: email, Password: password, Client: "192.0.2.1"}, t0)
		if err != nil {
			t.Fatal(err)
		}
		if in.Device == "" || in.Token == "" || in.Principal.User.ID != f.counsel.ID {
			t.Fatalf("signed in: %+v", in)
		}
		return in.Device
	}
	// guessed has others guess at Carol's password from many addresses.
	guessed := func(f *fixture, at time.Time) {
		for i := range access.DefaultMaxFailures + 2 {
			_, _ = f.a.SignInFrom(ctx, access.Attempt{Email: email, Password: "not the password at all", Client: fmt.Sprintf("198.51.100.%d", i+1)}, at)
		}
	}
	t.Run("OK her own browser", func(t *testing.T) {
		f := newFixture(t, access.Options{})
		device := signedIn(t, f)
		guessed(f, t0.Add(time.Minute))
		if _, err := f.a.SignInFrom(ctx, access.Attempt{Email: email, Password: password, Client: "203.0.113.9"}, t0.Add(2*time.Minute)); !errors.As(err, &throttled) {
			t.Fatalf("a new browser with the right password while the address is locked: %v; want throttled", err)
		}
		in, err := f.a.SignInFrom(ctx, access.Attempt{Email: email, Password: password, Client: "203.0.113.9", Device: device}, t0.Add(2*time.Minute))
		if err != nil || in.Principal.User.ID != f.counsel.ID {
			t.Fatalf("her own browser with the right password: %v", err)
		}
	})
	t.Run("ErrSomeoneElsesOrBeforeAPasswordChange", func(t *testing.T) {
		f := newFixture(t, access.Options{})
		device := signedIn(t, f)
		guessed(f, t0.Add(time.Minute))
		// Alice's address is locked too; Carol's browser does not lift it.
		for i := range access.DefaultMaxFailures {
			_, _ = f.a.SignInFrom(ctx, access.Attempt{Email: "alice@platform.example", Password: "guess", Client: fmt.Sprintf("198.51.100.%d", 50+i)}, t0.Add(time.Minute))
		}
		if _, err := f.a.SignInFrom(ctx, access.Attempt{Email: "alice@platform.example", Password: password, Client: "203.0.113.9", Device: device}, t0.Add(2*time.Minute)); !errors.As(err, &throttled) {
			t.Errorf("Carol's device token lifted the lock on Alice's address: %v", err)
		}
		if err := f.a.SetPassword(ctx, f.counsel.ID, password+" changed"); err != nil {
			t.Fatal(err)
		}
		if _, err := f.a.SignInFrom(ctx, access.Attempt{Email: email, Password: password + " changed", Client: "203.0.113.9", Device: device}, t0.Add(3*time.Minute)); !errors.As(err, &throttled) {
			t.Errorf("a device token from before a password change still lifts the lock: %v", err)
		}
		if _, err := f.a.SignInFrom(ctx, access.Attempt{Email: email, Password: password, Client: "203.0.113.9", Device: "forged.token"}, t0.Add(3*time.Minute)); !errors.As(err, &throttled) {
			t.Errorf("a forged device token lifts the lock: %v", err)
		}
	})
	t.Run("ErrHerBrowserGuessing", func(t *testing.T) {
		f := newFixture(t, access.Options{})
		device := signedIn(t, f)
		for range access.DefaultMaxFailures {
			_, _ = f.a.SignInFrom(ctx, access.Attempt{Email: email, Password: "guess", Client: "203.0.113.9", Device: device}, t0.Add(time.Minute))
		}
		if _, err := f.a.SignInFrom(ctx, access.Attempt{Email: email, Password: password, Client: "203.0.113.9", Device: device}, t0.Add(2*time.Minute)); !errors.As(err, &throttled) {
			t.Errorf("a trusted browser that guessed is not locked: %v", err)
		}
	})
}
