package access

import (
	"context"
	"time"

	"github.com/writ-project/writ/internal/store"
)

// InvitationTTL is how long an invitation to set a password works: a week,
// long enough for someone away for a few days, short enough that a link
// found in an old mailbox no longer opens an account.
const InvitationTTL = 7 * 24 * time.Hour

// Invite makes an invitation for a user to set their password (a new user
// who has none, or a reset), made by actor ("staff:u-..."), and returns
// its token: the link's secret, which writ keeps only as its hash, so it
// is mailed or shown once. It works for InvitationTTL, once, and replaces
// the user's earlier invitations not yet used. Until it is used the user's
// password, if they have one, stays as it was.
func (a *Authenticator) Invite(ctx context.Context, userID, actor string, now time.Time) (string, error) {
	return a.issueLink(ctx, store.NewUserLink{UserID: userID, Kind: store.LinkInvitation, CreatedBy: actor,
		IssuedAt: now, ExpiresAt: now.Add(InvitationTTL), Replace: true})
}

// Invitation returns the user an invitation is for, if it works at now,
// without using it (its page greets them by name); store.ErrLinkRefused
// otherwise.
func (a *Authenticator) Invitation(ctx context.Context, token string, now time.Time) (store.User, error) {
	if !wellFormed(token) {
		return store.User{}, store.ErrLinkRefused
	}
	l, err := a.users.UserLink(ctx, store.LinkInvitation, hashToken(token), now)
	if err != nil {
		return store.User{}, err
	}
	return a.users.User(ctx, l.UserID)
}

// AcceptInvitation sets the password an invitation was for and uses the
// invitation up, in one transaction; every session of the user ends and,
// since a device token is signed with the password's hash, every browser
// they were known by is forgotten. A password writ does not take is
// fault.Invalid naming "password", and leaves the invitation unused.
func (a *Authenticator) AcceptInvitation(ctx context.Context, token, password string, now time.Time) (store.User, error) {
	if !wellFormed(token) {
		return store.User{}, store.ErrLinkRefused
	}
	h, err := a.HashPassword(ctx, password)
	if err != nil {
		return store.User{}, err
	}
	l, err := a.users.RedeemInvitation(ctx, hashToken(token), h, now)
	if err != nil {
		return store.User{}, err
	}
	return a.users.User(ctx, l.UserID)
}

// IssueSignInLink makes a link that signs a user in once within ttl (the
// demo's links), made by actor, and returns its token. The link is not a
// session: using it starts one (SignInWithLink), so that the address
// that carried it, in a terminal or a browser's history, opens nothing
// after.
func (a *Authenticator) IssueSignInLink(ctx context.Context, userID, actor string, now time.Time, ttl time.Duration) (string, error) {
	return a.issueLink(ctx, store.NewUserLink{UserID: userID, Kind: store.LinkSignIn, CreatedBy: actor, IssuedAt: now, ExpiresAt: now.Add(ttl)})
}

// SignInWithLink uses a sign-in link up and starts a session for its
// user, as SignIn does for a password. A link that does not work (unknown,
// used, expired, of a disabled user) is store.ErrLinkRefused.
func (a *Authenticator) SignInWithLink(ctx context.Context, token string, now time.Time) (string, Principal, error) {
	if !wellFormed(token) {
		return "", Principal{}, store.ErrLinkRefused
	}
	l, err := a.users.RedeemSignInLink(ctx, hashToken(token), now)
	if err != nil {
		return "", Principal{}, err
	}
	return a.StartSession(ctx, l.UserID, now)
}

// issueLink stores a new link and returns its token.
func (a *Authenticator) issueLink(ctx context.Context, l store.NewUserLink) (string, error) {
	token, err := newToken()
	if err != nil {
		return "", err
	}
	if err := a.users.CreateUserLink(ctx, hashToken(token), l); err != nil {
		return "", err
	}
	return token, nil
}
