package store

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"time"

	"github.com/writ-project/writ/internal/fault"
)

// TokenBytes is the entropy of a portal token: 32 random bytes, written as
// 43 characters of unpadded base64url.
const TokenBytes = 32

// ErrTokenRefused is the one answer to a portal token that does not open
// the portal: unknown (guessed or altered), expired, or already used by a
// submission. The three are not told apart, to the caller or in the error,
// so that the portal cannot hint which one it was.
var ErrTokenRefused = &fault.Error{Code: fault.Forbidden,
	Message: "This link does not open the portal. It may have expired or already been used. Ask the platform for a new link."}

// PortalToken is what a portal token stands for: the account holder of one
// account of one case. The token itself is never stored.
type PortalToken struct {
	CaseID string
	// Account is the account's label in the order ("Aya@ay_chim0807").
	Account   string
	IssuedAt  time.Time
	ExpiresAt time.Time
	// UsedAt is when a submission consumed the token; zero until then.
	UsedAt time.Time
	// HolderZone is the account holder's time zone (an IANA name) as the
	// notice found it; "" when it was not known. See NewToken.
	HolderZone string
}

// NewToken is a portal token to issue: for the account of a case, valid
// from IssuedAt until ExpiresAt.
type NewToken struct {
	CaseID string
	// Account is the account's label in the order.
	Account             string
	IssuedAt, ExpiresAt time.Time
	// HolderZone is the account holder's time zone, an IANA name
	// ("Asia/Tokyo"), as the notice found it in the platform's records
	// when it was sent; "" when they did not tell it. The portal states
	// the deadlines in it, as the notice did, and cannot read the
	// platform's records itself. It is a zone, not a person's data, but
	// like the account it is never written to a log.
	HolderZone string
}

// maxZoneName bounds a time zone's name: the longest IANA name has 32
// characters.
const maxZoneName = 64

// TokenStore keeps the tokens of the links that notices give account
// holders into the portal.
//
// A token opens the portal page of its account (LookupToken) any number of
// times until it expires, so that the holder can read the notice, come
// back, and decide; the first submission made with it (RedeemToken) uses
// it up, and it opens nothing after that. How long a token lives is the
// caller's choice (package notice: the end of the objection window plus 30
// days).
type TokenStore interface {
	// IssueToken makes a new token for the account of a case, valid from
	// t.IssuedAt until t.ExpiresAt, and returns it. Only its SHA-256 is
	// stored: the token cannot be read back, and is shown once. A case
	// that does not exist is fault.NotFound; a HolderZone that is no IANA
	// zone is fault.Invalid.
	IssueToken(ctx context.Context, t NewToken) (string, error)
	// LookupToken returns what a token stands for, if it has not expired
	// by now and no submission used it; otherwise ErrTokenRefused.
	LookupToken(ctx context.Context, token string, now time.Time) (PortalToken, error)
	// RedeemToken is LookupToken that also marks the token used, at now,
	// in one statement: of any number of concurrent redemptions of a
	// token, exactly one succeeds.
	RedeemToken(ctx context.Context, token string, now time.Time) (PortalToken, error)
	// PortalTokens lists the tokens issued for a case, oldest first, for
	// staff (when each was issued, until when, whether used); never the
	// tokens themselves. A case that does not exist is fault.NotFound.
	PortalTokens(ctx context.Context, caseID string) ([]PortalToken, error)
}

// TokensOf returns the token store of s, if s keeps portal tokens (every
// store Open returns does).
func TokensOf(s Store) (TokenStore, bool) {
	ts, ok := s.(TokenStore)
	return ts, ok
}

var _ TokenStore = (*sqlStore)(nil)

// TokenHash is the name a token is stored under: its SHA-256 in lowercase
// hex. The portal also uses it as the idempotency key of the event a
// submission records, so that a submission sent twice is stored once.
func TokenHash(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// maxTokenLabel bounds an account label kept with a token.
const maxTokenLabel = 1000

// IssueToken makes a token; see TokenStore.
func (s *sqlStore) IssueToken(ctx context.Context, t NewToken) (string, error) {
	switch {
	case t.CaseID == "":
		return "", invalid("case_id", "is required")
	case t.Account == "":
		return "", invalid("account", "is required")
	case len(t.Account) > maxTokenLabel:
		return "", invalid("account", "is longer than %d bytes", maxTokenLabel)
	case t.IssuedAt.IsZero():
		return "", invalid("issued_at", "is required")
	case !t.ExpiresAt.After(t.IssuedAt):
		return "", invalid("expires_at", "must be after issued_at")
	}
	if err := checkText(t.Account, "account"); err != nil {
		return "", err
	}
	if err := checkZone(t.HolderZone); err != nil {
		return "", err
	}
	if _, err := s.caseByID(ctx, s.db, t.CaseID); err != nil {
		return "", err
	}
	var b [TokenBytes]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fault.Wrap(fault.Internal, err, "could not make a portal token")
	}
	token := base64.RawURLEncoding.EncodeToString(b[:])
	_, err := s.db.ExecContext(ctx, `INSERT INTO portal_tokens (hash, case_id, account, issued_at, expires_at, holder_zone) VALUES ($1, $2, $3, $4, $5, $6)`,
		TokenHash(token), t.CaseID, t.Account, s.d.timeArg(storedTime(t.IssuedAt)), s.d.timeArg(storedTime(t.ExpiresAt)),
		sql.NullString{String: t.HolderZone, Valid: t.HolderZone != ""})
	if err != nil {
		return "", fault.Wrap(fault.Internal, err, "could not store the portal token of case %s", t.CaseID)
	}
	return token, nil
}

// checkZone accepts "" (unknown) or an IANA time zone this server can
// load. "Local" is refused: it names the server's zone, not the holder's.
// The message does not repeat the value, which sits next to an account.
func checkZone(zone string) error {
	if zone == "" {
		return nil
	}
	if len(zone) > maxZoneName || zone == "Local" || checkText(zone, "holder_zone") != nil {
		return invalid("holder_zone", "is not an IANA time zone")
	}
	if _, err := time.LoadLocation(zone); err != nil {
		return invalid("holder_zone", "is not an IANA time zone")
	}
	return nil
}

// wellFormed reports whether a token has the shape IssueToken gives
// tokens; anything else is refused without asking the database.
func wellFormed(token string) bool {
	if len(token) != base64.RawURLEncoding.EncodedLen(TokenBytes) {
		return false
	}
	_, err := base64.RawURLEncoding.DecodeString(token)
	return err == nil
}

const tokenColumns = `case_id, account, issued_at, expires_at, used_at, holder_zone`

// LookupToken reads a token; see TokenStore.
func (s *sqlStore) LookupToken(ctx context.Context, token string, now time.Time) (PortalToken, error) {
	if !wellFormed(token) {
		return PortalToken{}, ErrTokenRefused
	}
	row := s.db.QueryRowContext(ctx, `SELECT `+tokenColumns+` FROM portal_tokens WHERE hash = $1 AND used_at IS NULL AND expires_at > $2`,
		TokenHash(token), s.d.timeArg(storedTime(now)))
	return scanToken(row)
}

// RedeemToken consumes a token; see TokenStore. The check (not used, not
// expired) and the mark are one UPDATE, so the database's row lock decides
// between two submissions made with the same token at once.
func (s *sqlStore) RedeemToken(ctx context.Context, token string, now time.Time) (PortalToken, error) {
	if !wellFormed(token) {
		return PortalToken{}, ErrTokenRefused
	}
	at := s.d.timeArg(storedTime(now))
	row := s.db.QueryRowContext(ctx, `UPDATE portal_tokens SET used_at = $1 WHERE hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING `+tokenColumns,
		at, TokenHash(token))
	return scanToken(row)
}

func scanToken(r scanner) (PortalToken, error) {
	var (
		t                    PortalToken
		issued, expires, use timeCol
		zone                 sql.NullString
	)
	err := r.Scan(&t.CaseID, &t.Account, &issued, &expires, &use, &zone)
	if errors.Is(err, sql.ErrNoRows) {
		return PortalToken{}, ErrTokenRefused
	}
	if err != nil {
		return PortalToken{}, fault.Wrap(fault.Internal, err, "could not read a portal token")
	}
	if t.IssuedAt, err = issued.time("issued_at"); err != nil {
		return PortalToken{}, err
	}
	if t.ExpiresAt, err = expires.time("expires_at"); err != nil {
		return PortalToken{}, err
	}
	if use.Valid {
		t.UsedAt = use.T
	}
	t.HolderZone = zone.String
	return t, nil
}

// PortalTokens lists a case's tokens; see TokenStore.
func (s *sqlStore) PortalTokens(ctx context.Context, caseID string) ([]PortalToken, error) {
	if _, err := s.caseByID(ctx, s.db, caseID); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+tokenColumns+` FROM portal_tokens WHERE case_id = $1 ORDER BY issued_at, account`, caseID)
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the portal tokens of case %s", caseID)
	}
	defer rows.Close()
	out := []PortalToken{}
	for rows.Next() {
		t, err := scanToken(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the portal tokens of case %s", caseID)
	}
	return out, nil
}
