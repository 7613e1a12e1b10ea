package access

import (
	"context"

	"github.com/writ-project/writ/internal/fault"
)

// NewFeedToken gives a user a new iCalendar feed token, for a URL that
// calendar programs fetch without a session; the token before it stops
// working. The token is shown to the user once: writ keeps only its hash.
func (a *Authenticator) NewFeedToken(ctx context.Context, userID string) (string, error) {
	token, err := newToken()
	if err != nil {
		return "", err
	}
	if err := a.users.CreateFeedToken(ctx, userID, hashToken(token)); err != nil {
		return "", err
	}
	return token, nil
}

// FeedPrincipal returns the principal of a feed token: the user and their
// grants, with no session, so no form can be posted with it. The feed
// shows what the policy lets the principal see (ViewCaseStatus). A token
// that is malformed or unknown is fault.NotFound, as for any URL that leads
// nowhere.
func (a *Authenticator) FeedPrincipal(ctx context.Context, token string) (Principal, error) {
	if !wellFormed(token) {
		return Principal{}, fault.Errorf(fault.NotFound, "no such calendar feed")
	}
	user, err := a.users.FeedUser(ctx, hashToken(token))
	if err != nil {
		return Principal{}, err
	}
	// Disabling a user ends their feed; this is the second line.
	if user.Disabled() {
		return Principal{}, fault.Errorf(fault.NotFound, "no such calendar feed")
	}
	grants, err := a.users.Grants(ctx, user.ID)
	if err != nil {
		return Principal{}, err
	}
	return Principal{User: user, Grants: grants}, nil
}
