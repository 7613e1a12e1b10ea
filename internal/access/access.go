// Package access is who may use writ and what each may see: the users of the
// three parties that sign in (the platform's staff, the applicant's counsel,
// the court), their passwords, their sessions, and the policy that decides,
// for a principal, an act and a case, whether the act is allowed.
//
// The policy is one table in policy.go. Its first rule is invariant 3 of the
// design: the applicant's counsel can learn no account holder's identity,
// contact or objection, nor whether a case they were not given exists. The
// account holder does not sign in here; the notice's magic link is another
// door, with its own narrower view.
//
// Package access reads no clock: every function that needs the time takes
// it as now, so that expiry and rate limits are tested to the second.
package access

import (
	"github.com/writ-project/writ/internal/store"
)

// Role is what a user is to writ. It decides the rows of the policy a user
// is judged by; the cases they see are decided by their platform (staff) or
// their grants (counsel, court).
type Role string

const (
	// Staff: the legal team of the platform a subpoena is directed to. They
	// see every case whose order names their platform as the provider, and
	// only those.
	Staff Role = store.RoleStaff
	// Counsel: the applicant's counsel. They see the cases granted to them:
	// status, dates, the order, and the production once it is released and
	// they have acknowledged the use restriction. Never who the account
	// holders are, nor their objections.
	Counsel Role = store.RoleCounsel
	// Court: the judge and the clerk. They see the cases granted to them,
	// the objections advised, the audit trail, and record rulings.
	Court Role = store.RoleCourt
)

// Principal is a signed-in user as the policy judges them: the user, the
// cases granted to them, and the session they came with.
type Principal struct {
	User   store.User
	Grants []store.Grant
	// Session is the session the principal authenticated with; it is zero
	// for a principal from a calendar-feed token, which can post no form
	// (CheckCSRF refuses a zero session).
	Session store.Session
}

// Role returns the principal's role; "" for the zero Principal, which the
// policy allows nothing.
func (p Principal) Role() Role { return Role(p.User.Role) }

// Actor is how events recorded by the principal name them, e.g.
// "staff:u-abcdefghijkl": the role and the user ID, never an e-mail address
// or a name, so that the event log carries no one's personal data.
func (p Principal) Actor() string {
	if p.User.ID == "" {
		return ""
	}
	return p.User.Role + ":" + p.User.ID
}
