package access

import (
	"github.com/writ-project/writ/internal/fault"
)

// PersonRef is what the policy needs to know about a person another would
// see or manage (the acts of PeopleActs): their role, the platform of
// staff, and for counsel and the court, whose cases they hold and who
// added them. The caller derives it from the store (the user, their
// grants' cases, the user named by CreatedBy).
type PersonRef struct {
	ID   string
	Role Role
	// Platform is the platform of a staff member.
	Platform string
	// Providers are the providers of the cases granted to counsel or the
	// court, one per grant.
	Providers []string
	// AddedBy is the platform of the administrator who added counsel or
	// the court through the people page; "" when someone else did (the
	// command line, the demo).
	AddedBy string
}

// isPeopleAct reports whether act is judged by CheckPerson.
func isPeopleAct(act Act) bool {
	for _, a := range PeopleActs() {
		if a == act {
			return true
		}
	}
	return false
}

// CheckPerson returns nil if p may do act (one of PeopleActs) about the
// person t, and otherwise the error to answer with: fault.NotFound, in the
// words for a user that does not exist, when t is not one of p's
// platform's people (no one can probe who else uses writ); fault.Forbidden
// when t is, but the policy's row, or the rule that one platform may not
// manage whom another's cases depend on, refuses.
//
// A platform's people are its staff, and the counsel and court users who
// hold one of its cases or whom its administrator added. An administrator
// manages its staff, and counsel and the court only while every case they
// hold is the platform's (with none, only those it added): disabling the
// court's clerk, or re-inviting them, must not be in the power of one
// party to another platform's cases.
func CheckPerson(p Principal, act Act, t PersonRef) error {
	if !isPeopleAct(act) {
		return fault.Errorf(fault.Forbidden, "%q is an act on a case, not on a person", act)
	}
	if !knows(p, t) {
		return fault.Errorf(fault.NotFound, "user %s does not exist", t.ID)
	}
	r, cell, err := lookup(p, act)
	if err != nil {
		return err
	}
	switch cell {
	case admin:
		if act == ManagePeople && !manages(p, t) {
			return fault.Errorf(fault.Forbidden, "this person also holds cases of another platform: writ's operator manages them (writ user)")
		}
		return nil
	case adminForStaff:
		if t.Role == Staff && samePlatform(p.User.Platform, t.Platform) {
			return nil
		}
	}
	return refusal(p, r)
}

// knows reports whether t is one of the people of p's platform, which
// only its staff can have.
func knows(p Principal, t PersonRef) bool {
	if p.Role() != Staff || p.User.ID == "" {
		return false
	}
	mine := func(provider string) bool { return samePlatform(p.User.Platform, provider) }
	switch t.Role {
	case Staff:
		return mine(t.Platform)
	case Counsel, Court:
		if mine(t.AddedBy) {
			return true
		}
		for _, pr := range t.Providers {
			if mine(pr) {
				return true
			}
		}
	}
	return false
}

// manages reports whether p's platform alone has a say over t: t is its
// staff, or counsel or the court all of whose cases are its own (and,
// holding none, whom it added).
func manages(p Principal, t PersonRef) bool {
	mine := func(provider string) bool { return samePlatform(p.User.Platform, provider) }
	if t.Role == Staff {
		return mine(t.Platform)
	}
	if len(t.Providers) == 0 {
		return mine(t.AddedBy)
	}
	for _, pr := range t.Providers {
		if !mine(pr) {
			return false
		}
	}
	return true
}

// NewPerson is the policy's view of a person p would add in role: staff
// of p's own platform (an administrator adds no one else's staff), or
// counsel or the court added by it. Its Platform is what the new user's
// record takes.
func NewPerson(p Principal, role Role) PersonRef {
	t := PersonRef{Role: role, AddedBy: p.User.Platform}
	if role == Staff {
		t.Platform = p.User.Platform
	}
	return t
}

// TakesGrants reports whether cases are given to a person of role one by
// one (counsel and the court), rather than seen by platform (staff).
func TakesGrants(role Role) bool { return role == Counsel || role == Court }
