package access

import (
	"context"
	"fmt"
	"strings"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

// SessionIDLen is how many characters of a session's token hash name the
// session to people (`writ user sessions`): 48 bits, which no two sessions
// of one user share in practice, and nothing of the token, which the hash
// does not reveal.
const SessionIDLen = 12

// minSessionIDLen is the shortest prefix EndSession takes, so that a slip
// of the keyboard ("a") cannot end a session nobody meant.
const minSessionIDLen = 6

// SessionID names a session to people: the first SessionIDLen characters
// of its token's hash. The token itself is never shown after sign-in.
func SessionID(s store.Session) string {
	if len(s.TokenHash) < SessionIDLen {
		return s.TokenHash
	}
	return s.TokenHash[:SessionIDLen]
}

// EndSession ends the one session of a user whose token hash begins with
// id (a SessionID, or more of the hash; case is ignored) and returns it.
// An id that is not at least six hexadecimal characters, or that begins
// several of the user's sessions, is fault.Invalid naming "session"; one
// that begins none of them (another user's session included) is
// fault.NotFound.
func EndSession(ctx context.Context, users store.UserStore, userID, id string) (store.Session, error) {
	id = strings.ToLower(strings.TrimSpace(id))
	if len(id) < minSessionIDLen || len(id) > 64 || strings.Trim(id, "0123456789abcdef") != "" {
		return store.Session{}, &fault.Error{Code: fault.Invalid, Field: "session",
			Message: fmt.Sprintf("must be a session's ID as `writ user sessions` shows it: its first %d (or at least %d) hexadecimal characters", SessionIDLen, minSessionIDLen)}
	}
	sessions, err := users.Sessions(ctx, userID)
	if err != nil {
		return store.Session{}, err
	}
	var match []store.Session
	for _, s := range sessions {
		if strings.HasPrefix(s.TokenHash, id) {
			match = append(match, s)
		}
	}
	switch len(match) {
	case 0:
		return store.Session{}, fault.Errorf(fault.NotFound, "this user has no session %s; `writ user sessions` lists theirs", id)
	case 1:
		return match[0], users.DeleteSession(ctx, match[0].TokenHash)
	}
	return store.Session{}, &fault.Error{Code: fault.Invalid, Field: "session",
		Message: fmt.Sprintf("%s begins %d sessions of this user; give more of its characters", id, len(match))}
}

// GrantCase gives a case to counsel or the court, in their own role: the
// only way those roles see a case. Staff are refused (fault.Refused): they
// see every case of their platform by the policy, and a grant would mean
// nothing. An unknown case is fault.NotFound; granting again changes
// nothing.
func GrantCase(ctx context.Context, users store.UserStore, u store.User, caseID string) error {
	if err := needsGrant(u); err != nil {
		return err
	}
	return users.Grant(ctx, u.ID, caseID, u.Role)
}

// RevokeCase takes a case away from counsel or the court, and reports
// whether it had been granted. Staff are refused as GrantCase refuses them.
func RevokeCase(ctx context.Context, users store.UserStore, u store.User, caseID string) (bool, error) {
	if err := needsGrant(u); err != nil {
		return false, err
	}
	grants, err := users.Grants(ctx, u.ID)
	if err != nil {
		return false, err
	}
	had := false
	for _, g := range grants {
		had = had || g.CaseID == caseID
	}
	return had, users.Revoke(ctx, u.ID, caseID)
}

// needsGrant refuses a user whom grants do not concern. The refusal names
// the platform (an organisation) but never the person.
func needsGrant(u store.User) error {
	switch Role(u.Role) {
	case Counsel, Court:
		return nil
	case Staff:
		return fault.Errorf(fault.Refused,
			"this user is the platform's staff: staff see every case whose order is directed to their platform (%s) without a grant, and no other", u.Platform)
	}
	return fault.Errorf(fault.Refused, "grants are for the applicant's counsel and the court, not for role %q", u.Role)
}
