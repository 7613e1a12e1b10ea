package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/writ-project/writ/internal/fault"
)

// The kinds of a one-time link for a user.
const (
	// LinkInvitation sets the password of the user it was made for: a new
	// user's first, or a reset. Its page asks for the password; using it
	// sets the password and ends the user's sessions.
	LinkInvitation = "invitation"
	// LinkSignIn signs its user in once: the demo's links, printed by
	// `writ serve --demo` and offered on its sign-in page.
	LinkSignIn = "sign_in"
)

// linkKinds are the kinds a link may have.
var linkKinds = map[string]bool{LinkInvitation: true, LinkSignIn: true}

// ErrLinkRefused is the one answer to a link that does not work: unknown,
// expired, used already, of another kind, or of a user who was disabled.
// They are not told apart, so that the answer says nothing of who has an
// account or what became of them.
var ErrLinkRefused = &fault.Error{Code: fault.Forbidden,
	Message: "This link does not work: it may have expired or been used already. Ask whoever sent it for a new one."}

// NewUserLink is a one-time link to make for a user.
type NewUserLink struct {
	UserID string
	// Kind is LinkInvitation or LinkSignIn.
	Kind string
	// CreatedBy names who made it, as events name their actor.
	CreatedBy string
	// The link works from IssuedAt until ExpiresAt.
	IssuedAt, ExpiresAt time.Time
	// Replace ends the user's unused links of the same kind, in the same
	// transaction: a new invitation is the only one that works.
	Replace bool
}

// UserLink is a stored link, without its hash.
type UserLink struct {
	UserID, Kind, CreatedBy string
	// IssuedAt, ExpiresAt and UsedAt (zero until used) are UTC,
	// microseconds.
	IssuedAt, ExpiresAt, UsedAt time.Time
}

const linkColumns = `user_id, kind, created_by, issued_at, expires_at, used_at`

// CreateUserLink stores a link under the hash of its token.
func (s *sqlStore) CreateUserLink(ctx context.Context, tokenHash string, l NewUserLink) error {
	if err := checkTokenHash(tokenHash); err != nil {
		return err
	}
	switch {
	case !linkKinds[l.Kind]:
		return invalid("kind", "must be %q or %q", LinkInvitation, LinkSignIn)
	case l.CreatedBy == "":
		return invalid("created_by", "a link names who made it")
	case l.IssuedAt.IsZero():
		return invalid("issued_at", "is required")
	case !l.ExpiresAt.After(l.IssuedAt):
		return invalid("expires_at", "must be after issued_at")
	}
	if err := checkText(l.CreatedBy, "created_by"); err != nil {
		return err
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := s.userByID(ctx, tx, l.UserID); err != nil {
			return err
		}
		if l.Replace {
			if _, err := tx.ExecContext(ctx, `DELETE FROM user_links WHERE user_id = $1 AND kind = $2 AND used_at IS NULL`, l.UserID, l.Kind); err != nil {
				return s.dbError(err, "could not end the user's earlier links")
			}
		}
		_, err := tx.ExecContext(ctx,
			`INSERT INTO user_links (hash, user_id, kind, created_by, issued_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
			tokenHash, l.UserID, l.Kind, l.CreatedBy, s.d.timeArg(storedTime(l.IssuedAt)), s.d.timeArg(storedTime(l.ExpiresAt)))
		if err != nil {
			return s.dbError(err, "could not store the link")
		}
		return nil
	})
}

// UserLink returns a link of a kind that works at now, without using it;
// ErrLinkRefused otherwise.
func (s *sqlStore) UserLink(ctx context.Context, kind, tokenHash string, now time.Time) (UserLink, error) {
	if err := checkTokenHash(tokenHash); err != nil {
		return UserLink{}, err
	}
	return scanLink(s.db.QueryRowContext(ctx, `SELECT `+linkColumns+` FROM user_links WHERE hash = $1 AND kind = $2 AND used_at IS NULL AND expires_at > $3
		AND user_id IN (SELECT id FROM users WHERE disabled_at IS NULL)`, tokenHash, kind, s.d.timeArg(storedTime(now))))
}

// redeem uses a link of a kind up at now, in tx: the check (unused, not
// expired, its user enabled) and the mark are one UPDATE, so that of any
// number of concurrent uses exactly one succeeds.
func (s *sqlStore) redeem(ctx context.Context, tx *sql.Tx, kind, tokenHash string, now time.Time) (UserLink, error) {
	if err := checkTokenHash(tokenHash); err != nil {
		return UserLink{}, err
	}
	at := s.d.timeArg(storedTime(now))
	return scanLink(tx.QueryRowContext(ctx, `UPDATE user_links SET used_at = $1 WHERE hash = $2 AND kind = $3 AND used_at IS NULL AND expires_at > $1
		AND user_id IN (SELECT id FROM users WHERE disabled_at IS NULL) RETURNING `+linkColumns, at, tokenHash, kind))
}

// RedeemSignInLink uses a sign-in link up.
func (s *sqlStore) RedeemSignInLink(ctx context.Context, tokenHash string, now time.Time) (UserLink, error) {
	var l UserLink
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		l, err = s.redeem(ctx, tx, LinkSignIn, tokenHash, now)
		return err
	})
	return l, err
}

// RedeemInvitation uses an invitation up and, in the same transaction,
// sets its user's password hash and ends their sessions.
func (s *sqlStore) RedeemInvitation(ctx context.Context, tokenHash, passwordHash string, now time.Time) (UserLink, error) {
	if passwordHash == "" {
		return UserLink{}, invalid("password_hash", "an invitation sets a password")
	}
	if err := checkText(passwordHash, "password_hash"); err != nil {
		return UserLink{}, err
	}
	var l UserLink
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		if l, err = s.redeem(ctx, tx, LinkInvitation, tokenHash, now); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = $1 WHERE id = $2`, passwordHash, l.UserID); err != nil {
			return s.dbError(err, "could not set the password")
		}
		if _, err := deleteSessions(ctx, tx, l.UserID); err != nil {
			return s.dbError(err, "could not end the user's sessions")
		}
		return nil
	})
	return l, err
}

// UserLinks returns a user's links, by when each was issued.
func (s *sqlStore) UserLinks(ctx context.Context, userID string) ([]UserLink, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+linkColumns+` FROM user_links WHERE user_id = $1 ORDER BY issued_at, hash`, userID)
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the user's links")
	}
	defer rows.Close()
	out := []UserLink{}
	for rows.Next() {
		l, err := scanLink(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the user's links")
	}
	return out, nil
}

// scanLink reads a row of linkColumns; no row is ErrLinkRefused.
func scanLink(r scanner) (UserLink, error) {
	var (
		l                     UserLink
		issued, expires, used timeCol
	)
	err := r.Scan(&l.UserID, &l.Kind, &l.CreatedBy, &issued, &expires, &used)
	if errors.Is(err, sql.ErrNoRows) {
		return UserLink{}, ErrLinkRefused
	}
	if err != nil {
		return UserLink{}, fault.Wrap(fault.Internal, err, "could not read a link")
	}
	if l.IssuedAt, err = issued.time("issued_at"); err != nil {
		return UserLink{}, err
	}
	if l.ExpiresAt, err = expires.time("expires_at"); err != nil {
		return UserLink{}, err
	}
	if used.Valid {
		l.UsedAt = used.T
	}
	return l, nil
}
