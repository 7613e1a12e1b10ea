package access

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

// Defaults of Options.
const (
	// DefaultSessionTTL is how long a session lasts from sign-in: a working
	// day, after which the user signs in again. Sessions do not slide: a
	// stolen cookie is worth at most this long.
	DefaultSessionTTL = 12 * time.Hour
	// DefaultMaxFailures failed sign-ins within DefaultFailureWindow, from
	// one client or for one e-mail address, block further attempts from it
	// or for it until the oldest of them leaves the window.
	DefaultMaxFailures   = 5
	DefaultFailureWindow = 15 * time.Minute
	// DefaultMaxHashing is how many passwords are hashed at once; more
	// sign-ins wait their turn. With DefaultParams that bounds the memory
	// of sign-in to 4 × 64 MiB.
	DefaultMaxHashing = 4
)

// Errors an Authenticator's callers tell apart with errors.Is or errors.As.
// Each reaches them inside a *fault.Error with code fault.Forbidden and a
// message for the person.
var (
	// ErrCredentials: the e-mail address or the password is wrong. It is
	// the same error, with the same message, for an unknown address, a
	// wrong password and a user without a password, so that sign-in does
	// not tell who has an account.
	ErrCredentials = errors.New("access: wrong e-mail address or password")
	// ErrSignedOut: there is no valid session (no cookie, an unknown or
	// expired token, a user who no longer exists). The web layer answers
	// with the sign-in page (or 401 from the API).
	ErrSignedOut = errors.New("access: not signed in")
)

// Throttled is the error inside the fault.Forbidden that SignIn returns
// while a client or an e-mail address has failed too often: the web layer
// answers 429 with Retry-After from Until.
type Throttled struct {
	// Until is when sign-in may be tried again.
	Until time.Time
}

func (t *Throttled) Error() string {
	return "access: too many failed sign-ins until " + t.Until.Format(time.RFC3339)
}

// Options configure an Authenticator; the zero value of each field is its
// default.
type Options struct {
	// Params hash new passwords; DefaultParams when zero. Tests pass
	// TestParams.
	Params Params
	// SessionTTL is how long a session lasts; DefaultSessionTTL when zero.
	SessionTTL time.Duration
	// MaxFailures and FailureWindow are the sign-in rate limit;
	// DefaultMaxFailures and DefaultFailureWindow when zero.
	MaxFailures   int
	FailureWindow time.Duration
	// MaxHashing bounds the passwords hashed at once; DefaultMaxHashing
	// when zero.
	MaxHashing int
	// Log receives what an operator must know (a stored hash that cannot
	// be read), by user ID only; nothing when nil.
	Log *slog.Logger
}

// Authenticator signs users in and out and turns a session token into a
// Principal. It is safe for concurrent use; the sign-in rate limit it keeps
// is per process (see limiter).
type Authenticator struct {
	users   store.UserStore
	params  Params
	ttl     time.Duration
	limit   *limiter
	hashing chan struct{}
	log     *slog.Logger
	// dummy is a hash of a random password made with params, which a
	// sign-in for an unknown address is checked against, so that it takes
	// as long as one for a known address.
	dummy string
}

// New returns an Authenticator over a user store. It hashes one random
// password to have something to compare unknown addresses against, which
// takes as long as a sign-in.
func New(users store.UserStore, o Options) (*Authenticator, error) {
	if users == nil {
		return nil, fault.Errorf(fault.Internal, "access: no user store")
	}
	if o.Params == (Params{}) {
		o.Params = DefaultParams
	}
	if o.SessionTTL <= 0 {
		o.SessionTTL = DefaultSessionTTL
	}
	if o.MaxFailures <= 0 {
		o.MaxFailures = DefaultMaxFailures
	}
	if o.FailureWindow <= 0 {
		o.FailureWindow = DefaultFailureWindow
	}
	if o.MaxHashing <= 0 {
		o.MaxHashing = DefaultMaxHashing
	}
	if o.Log == nil {
		o.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	secret, err := newToken()
	if err != nil {
		return nil, err
	}
	dummy, err := hash(secret, o.Params)
	if err != nil {
		return nil, err
	}
	return &Authenticator{
		users: users, params: o.Params, ttl: o.SessionTTL,
		limit:   newLimiter(o.MaxFailures, o.FailureWindow),
		hashing: make(chan struct{}, o.MaxHashing),
		log:     o.Log, dummy: dummy,
	}, nil
}

// acquire waits for a turn to hash a password.
func (a *Authenticator) acquire(ctx context.Context) error {
	select {
	case a.hashing <- struct{}{}:
		return nil
	case <-ctx.Done():
		return fault.Wrap(fault.Internal, ctx.Err(), "the sign-in was cancelled")
	}
}

func (a *Authenticator) release() { <-a.hashing }

// HashPassword hashes a new password with the Authenticator's parameters
// (see the package function HashPassword for what a password must be).
func (a *Authenticator) HashPassword(ctx context.Context, password string) (string, error) {
	if err := a.acquire(ctx); err != nil {
		return "", err
	}
	defer a.release()
	return HashPassword(password, a.params)
}

// CreateUser creates a user with a password; password "" creates one who
// cannot sign in with a password (OIDC only). u.PasswordHash is ignored.
func (a *Authenticator) CreateUser(ctx context.Context, u store.NewUser, password string) (store.User, error) {
	u.PasswordHash = ""
	if password != "" {
		h, err := a.HashPassword(ctx, password)
		if err != nil {
			return store.User{}, err
		}
		u.PasswordHash = h
	}
	return a.users.CreateUser(ctx, u)
}

// SetPassword changes a user's password; every session of the user ends.
func (a *Authenticator) SetPassword(ctx context.Context, userID, password string) error {
	h, err := a.HashPassword(ctx, password)
	if err != nil {
		return err
	}
	return a.users.SetPasswordHash(ctx, userID, h)
}

// Rate-limit keys: a client and an e-mail address never share one.
func clientLimitKey(clientKey string) string { return "client\x00" + clientKey }
func emailLimitKey(email string) string      { return "email\x00" + store.EmailKey(email) }

// SignIn checks an e-mail address and a password and, if they are right,
// starts a session: it returns the session token (for the cookie; writ
// keeps only its hash) and the principal, whose Session carries the CSRF
// token and the expiry.
//
// clientKey identifies where the attempt comes from for the rate limit (the
// web layer passes the client's IP address, an IPv6 address cut to its
// /64); "" limits by e-mail address only. After MaxFailures failures within
// FailureWindow from one client or for one address, every attempt from it
// or for it, right or wrong, is refused with a fault.Forbidden wrapping
// *Throttled, saying when to try again; a success clears the address's
// count (not the client's, so that one right password among many guesses
// buys the guesser nothing).
//
// A wrong password, an unknown address and a user without a password all
// get the same fault.Forbidden wrapping ErrCredentials, after the same
// argon2id work.
func (a *Authenticator) SignIn(ctx context.Context, email, password, clientKey string, now time.Time) (string, Principal, error) {
	in, err := a.SignInFrom(ctx, Attempt{Email: email, Password: password, Client: clientKey}, now)
	return in.Token, in.Principal, err
}

// Attempt is a sign-in as a browser makes it.
type Attempt struct {
	Email, Password string
	// Client identifies where it comes from (see SignIn); Device is the
	// device token of the browser, if it has one (see SignedIn).
	Client, Device string
}

// SignedIn is a successful sign-in: the session's token and principal, and
// the device token the browser keeps to be known next time.
type SignedIn struct {
	Token     string
	Principal Principal
	Device    string
}

// SignInFrom is SignIn for a browser that may carry a device token. A
// browser the person signed in from before, with the password they have
// now, is judged by its own failures only: guesses at their password from
// elsewhere, which lock the address and the guessers' clients, do not lock
// the person out. Any other browser is limited as SignIn says. A success
// gives the browser a fresh device token.
func (a *Authenticator) SignInFrom(ctx context.Context, at Attempt, now time.Time) (SignedIn, error) {
	keys := []string{emailLimitKey(at.Email)}
	if at.Client != "" {
		keys = append(keys, clientLimitKey(at.Client))
	}
	if at.Device != "" && a.trustedDevice(ctx, at.Email, at.Device, now) {
		keys = []string{deviceLimitKey(at.Device)}
	}
	if until, blocked := a.limit.blocked(now, keys...); blocked {
		return SignedIn{}, &fault.Error{Code: fault.Forbidden, Err: &Throttled{Until: until},
			Message: fmt.Sprintf("too many failed sign-ins; try again after %s UTC", until.UTC().Format("2006-01-02 15:04"))}
	}
	user, ok, err := a.checkPassword(ctx, at.Email, at.Password)
	if err != nil {
		return SignedIn{}, err
	}
	if !ok {
		a.limit.fail(now, keys...)
		return SignedIn{}, &fault.Error{Code: fault.Forbidden, Err: ErrCredentials,
			Message: "the e-mail address or the password is not right"}
	}
	a.limit.reset(keys[0])
	token, p, err := a.StartSession(ctx, user.ID, now)
	if err != nil {
		return SignedIn{}, err
	}
	device, err := deviceToken(user, now)
	if err != nil {
		return SignedIn{}, err
	}
	return SignedIn{Token: token, Principal: p, Device: device}, nil
}

// checkPassword finds the user with an e-mail address and checks the
// password, doing the same argon2id work whether or not there is such a
// user with a password. err is only for failures of writ.
func (a *Authenticator) checkPassword(ctx context.Context, email, password string) (store.User, bool, error) {
	user, err := a.users.UserByEmail(ctx, email)
	if err != nil && !fault.Is(err, fault.NotFound) {
		return store.User{}, false, err
	}
	// A disabled user is answered as an unknown one, after the same work,
	// so that sign-in does not tell who was disabled.
	encoded, known := a.dummy, err == nil && user.PasswordHash != "" && !user.Disabled()
	if known {
		encoded = user.PasswordHash
	}
	if err := a.acquire(ctx); err != nil {
		return store.User{}, false, err
	}
	match, verr := VerifyPassword(password, encoded)
	a.release()
	if verr != nil {
		// A stored hash writ cannot read: the user cannot sign in with a
		// password until it is set again. Tell the operator, not the
		// person at the door.
		a.log.Error("stored password hash cannot be read", "user_id", user.ID, "error", verr)
		return store.User{}, false, nil
	}
	return user, known && match && len(password) <= MaxPasswordBytes, nil
}

// StartSession starts a session for a user who has proved who they are
// (by password through SignIn, or through OIDC in the web layer), and
// returns its token and the principal.
func (a *Authenticator) StartSession(ctx context.Context, userID string, now time.Time) (string, Principal, error) {
	user, err := a.users.User(ctx, userID)
	if err != nil {
		return "", Principal{}, err
	}
	if user.Disabled() {
		return "", Principal{}, fault.Errorf(fault.Forbidden, "user %s is disabled and cannot sign in", user.ID)
	}
	token, err := newToken()
	if err != nil {
		return "", Principal{}, err
	}
	csrf, err := newToken()
	if err != nil {
		return "", Principal{}, err
	}
	s := store.Session{TokenHash: hashToken(token), UserID: user.ID, CSRF: csrf, Created: now, Expires: now.Add(a.ttl)}
	if err := a.users.CreateSession(ctx, s); err != nil {
		return "", Principal{}, err
	}
	grants, err := a.users.Grants(ctx, user.ID)
	if err != nil {
		return "", Principal{}, err
	}
	// The principal carries the session as the store keeps it.
	s.Created, s.Expires = s.Created.UTC().Truncate(time.Microsecond), s.Expires.UTC().Truncate(time.Microsecond)
	return token, Principal{User: user, Grants: grants, Session: s}, nil
}

// signedOut is the answer for every request without a valid session.
func signedOut(cause error) error {
	if cause == nil {
		cause = ErrSignedOut
	} else {
		cause = fmt.Errorf("%w: %w", ErrSignedOut, cause)
	}
	return &fault.Error{Code: fault.Forbidden, Err: cause, Message: "you are not signed in, or your session has ended; sign in again"}
}

// Authenticate returns the principal of a session token as of now: the
// user and their grants as they stand, so that a revoked grant takes effect
// at the next request. A missing, malformed, unknown or expired token, or a
// session whose user is gone, is a fault.Forbidden wrapping ErrSignedOut;
// an expired session is deleted on the way.
func (a *Authenticator) Authenticate(ctx context.Context, token string, now time.Time) (Principal, error) {
	if !wellFormed(token) {
		return Principal{}, signedOut(nil)
	}
	h := hashToken(token)
	// The session, its user and their grants are read as they stand, in
	// one read, at every request: nothing is kept between requests, so a
	// session ended, a user disabled or a case revoked anywhere (by this
	// process, the CLI, another writ serve on the same database) is
	// refused by the next request.
	in, err := a.users.SignedIn(ctx, h)
	if fault.Is(err, fault.NotFound) {
		return Principal{}, signedOut(err)
	}
	if err != nil {
		return Principal{}, err
	}
	if !now.Before(in.Session.Expires) {
		if err := a.users.DeleteSession(ctx, h); err != nil {
			return Principal{}, err
		}
		return Principal{}, signedOut(nil)
	}
	// Disabling a user ends their sessions; this catches one that a
	// sign-in in flight stored as the user was disabled.
	if in.User.Disabled() {
		return Principal{}, signedOut(nil)
	}
	return Principal{User: in.User, Grants: in.Grants, Session: in.Session}, nil
}

// SignOut ends the session of a token. Signing out without a session, or
// twice, is not an error.
func (a *Authenticator) SignOut(ctx context.Context, token string) error {
	if !wellFormed(token) {
		return nil
	}
	return a.users.DeleteSession(ctx, hashToken(token))
}

// CSRFField is the name of the hidden form field, and CSRFHeader the header
// for scripts, that carry a session's CSRF token.
const (
	CSRFField  = "csrf"
	CSRFHeader = "X-CSRF-Token"
)

// CheckCSRF checks the CSRF token a form (or the CSRFHeader) came with
// against the session's, in constant time. Every request that changes
// anything must pass it; SameSite=Strict cookies are the second line, not
// the only one. A refusal is fault.Forbidden.
func CheckCSRF(s store.Session, formValue string) error {
	if s.CSRF == "" || formValue == "" || subtle.ConstantTimeCompare([]byte(s.CSRF), []byte(formValue)) != 1 {
		return fault.Errorf(fault.Forbidden, "this form has expired or did not come from writ; reload the page and try again")
	}
	return nil
}
