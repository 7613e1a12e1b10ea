package access

import (
	"strings"

	"github.com/writ-project/writ/internal/fault"
)

// Act is something a principal does with a case. The web layer asks the
// policy about one Act for every page and every API call, before it reads
// what the act shows.
type Act string

const (
	// ViewCaseStatus: the case's number and court, its dates, duties and
	// windows, whether the gate is open and why, and the order. Everything
	// a party to the procedure needs to know when to act, and nothing that
	// names an account holder.
	ViewCaseStatus Act = "view_case_status"
	// ViewIdentities: who the account holders are: the accounts the
	// targets resolved to, names, addresses, e-mail addresses, telephone
	// numbers, and anything sealed from the platform's records.
	ViewIdentities Act = "view_identities"
	// ViewObjectionText: what an account holder wrote in an objection or a
	// motion. Which objections the court sees is the web layer's filter
	// (those advised to it); this decides whether any may be seen.
	ViewObjectionText Act = "view_objection_text"
	// RecordEvent: recording what happened under the order (service,
	// notices, objections received, advice to the court, preservation,
	// closing), except rulings.
	RecordEvent Act = "record_event"
	// RecordRuling: recording the court's ruling on an objection or a
	// motion: by the court's own user, or by the platform's staff when the
	// ruling reached them (most courts will not use writ).
	RecordRuling Act = "record_ruling"
	// CreateCase: taking in an order and its subpoena. The CaseRef names
	// the order's provider and has no ID yet.
	CreateCase Act = "create_case"
	// Produce: preserving the records, building a production and
	// releasing it (the gate decides whether the release may happen).
	Produce Act = "produce"
	// AcknowledgeUse: the applicant's counsel acknowledging that what is
	// produced may be used only for the proceedings the order names.
	AcknowledgeUse Act = "acknowledge_use"
	// DownloadRelease: fetching a production's package.
	DownloadRelease Act = "download_release"
	// ViewAudit: the case's events with their hashes, and whether the
	// chain verifies. Event payloads name accounts, so counsel may not.
	ViewAudit Act = "view_audit"
	// ViewUnreleased: that a production was built, or voided, before it
	// was released (when, and that it exists at all).
	ViewUnreleased Act = "view_unreleased"
	// ViewCaseAsOf: the case as it stood at another moment than now (the
	// "now" of a case's page or answer). Counsel may not: day by day, the
	// gate's state tells when each holder's window closed, and so when each
	// was noticed, which invariant 3 keeps from them.
	ViewCaseAsOf Act = "view_case_as_of"
	// ViewNoticeProof: the proof of a notice sent by e-mail, the PDF of
	// what it said and where in the platform's records each address is.
	// Which proofs the court sees is the web layer's filter (those of an
	// account whose objection was advised to it), as for objections.
	ViewNoticeProof Act = "view_notice_proof"
	// GrantCases: giving a case to the applicant's counsel or the court,
	// and taking it back.
	GrantCases Act = "grant_cases"
)

// The acts on people rather than on a case: CheckPerson judges them, with
// the same table.
const (
	// ViewPeople: the list of the platform's people: its staff, and the
	// counsel and court users who hold one of its cases or whom it added,
	// with how each signs in and what each sees.
	ViewPeople Act = "view_people"
	// ManagePeople: adding one of the platform's people, disabling and
	// enabling them, and inviting them to set a password.
	ManagePeople Act = "manage_people"
	// PassInvitation: being shown an invitation's link, once, to pass on
	// to the person it is for, when writ cannot mail it.
	PassInvitation Act = "pass_invitation"

	// ViewReports: the platform's reports (the transparency report), which
	// count its cases and name no one.
	ViewReports Act = "view_reports"
	// ManageWebhooks: adding, testing and removing the endpoints that hear
	// of the platform's cases.
	ManageWebhooks Act = "manage_webhooks"
)

// CaseRef is what the policy needs to know about a case: which case, the
// provider its order is directed to, and, for DownloadRelease, where the
// production stands. The caller derives Released and UseAcknowledged from
// the case's events; left false, they deny (the policy fails closed).
type CaseRef struct {
	ID string
	// Provider is the order's provider, e.g. "Twitter, Inc.".
	Provider string
	// Released: the production asked for has been released.
	Released bool
	// UseAcknowledged: the applicant's counsel has acknowledged the use
	// restriction.
	UseAcknowledged bool
}

// permit is one cell of the policy: what a role may do with a case it sees.
type permit uint8

const (
	// deny: never.
	deny permit = iota
	// allow: whenever the principal sees the case.
	allow
	// released: only once the production is released and the use
	// restriction acknowledged (CaseRef.Released, CaseRef.UseAcknowledged).
	released
	// admin: only a staff member their platform made an administrator
	// (store.User.Admin).
	admin
	// adminForStaff: an administrator, and only about a person who is
	// staff of their own platform.
	adminForStaff
)

// rule is one row of the policy.
type rule struct {
	staff, counsel, court permit
	// what names the act in a refusal: "<role> may not <what>".
	what string
}

// policy is the whole of what each role may do with a case it sees. Which
// cases a principal sees is decided before it, by sees: staff their
// platform's, counsel and the court those granted to them.
//
// Why the cells are what they are:
//   - Staff do everything on their platform's cases except rule: they hold
//     the data and run the procedure, and they may look at a package they
//     built before it is released.
//   - Counsel see status and dates, acknowledge the use restriction and,
//     only after release and acknowledgement, download; never identities,
//     objections or the audit trail (whose payloads name accounts):
//     invariant 3.
//   - The court sees objections and the audit trail and records rulings; it
//     does not see identities or production contents, which reach it only
//     attached to a filing, outside writ.
//   - A platform's people are managed by the administrators its staff
//     include (issue 13: the same as writ user add / disable / password /
//     grant, for their own platform). An administrator adds staff of their
//     platform only. They may also add counsel and the court and give them
//     the platform's cases, because in practice the platform is who brings
//     the applicant's lawyer and the clerk into its writ, and a grant of its
//     own case gives away nothing the platform does not already hold; but
//     they may disable or re-invite counsel or the court only while every
//     case those hold is the platform's, so that one platform cannot lock
//     the court out of another's cases. An invitation's link is shown to an
//     administrator only for their own staff: a link of counsel or of the
//     court goes to that person's address alone, since a party must never
//     hold a credential of its opponent or of the court (it could then
//     acknowledge the use restriction as counsel, or rule as the court).
//     Counsel and the court manage no one.
var policy = map[Act]rule{
	// act: {staff, counsel, court, what a refusal says may not be done}
	ViewCaseStatus:    {allow, allow, allow, "see this case"},
	ViewIdentities:    {allow, deny, deny, "see who the account holders are"},
	ViewObjectionText: {allow, deny, allow, "read objections"},
	RecordEvent:       {allow, deny, deny, "record events in this case"},
	RecordRuling:      {allow, deny, allow, "record rulings"},
	CreateCase:        {allow, deny, deny, "take in orders"},
	Produce:           {allow, deny, deny, "preserve or produce records"},
	AcknowledgeUse:    {deny, allow, deny, "acknowledge the use restriction"},
	DownloadRelease:   {allow, released, deny, "download productions"},
	ViewAudit:         {allow, deny, allow, "see the audit trail"},
	// Counsel learn nothing before release (invariant 3): not even that a
	// production was built or voided. The court may see that one was.
	ViewUnreleased: {allow, deny, allow, "see productions before they are released"},
	// The proof names the account and where its holder's addresses are in
	// the platform's records: the platform's, and the court's once an
	// objection of that account brought the notice before it.
	ViewNoticeProof: {allow, deny, allow, "see the proof of a notice"},
	ViewCaseAsOf:    {allow, deny, allow, "see a case as it stood at another moment"},
	GrantCases:      {admin, deny, deny, "give cases to counsel or the court"},
	ViewPeople:      {admin, deny, deny, "see the platform's people"},
	ManagePeople:    {admin, deny, deny, "manage the platform's people"},
	PassInvitation:  {adminForStaff, deny, deny, "be shown the invitation of someone who is not the platform's staff (it goes to their own e-mail address only)"},
	// The transparency report counts the platform's cases: its staff's,
	// as the cases are. Counsel and the court see single cases, and a
	// count of a platform's cases over a period is not theirs to see.
	ViewReports: {allow, deny, deny, "see the platform's reports"},
	// Webhooks send the platform's events to its other systems: set up by
	// its administrators, as its people are.
	ManageWebhooks: {admin, deny, deny, "manage the platform's webhooks"},
}

// Acts returns every act the policy knows, so that a test can walk all of
// them for every role.
func Acts() []Act {
	return []Act{ViewCaseStatus, ViewIdentities, ViewObjectionText, RecordEvent, RecordRuling,
		CreateCase, Produce, AcknowledgeUse, DownloadRelease, ViewAudit, ViewUnreleased, ViewNoticeProof, ViewCaseAsOf, GrantCases}
}

// PeopleActs returns every act on people (CheckPerson), so that a test can
// walk all of them for every role.
func PeopleActs() []Act { return []Act{ViewPeople, ManagePeople, PassInvitation} }

// PlatformActs returns the acts on the platform as a whole (Permits), not
// on one case or person, so that a test can walk them for every role.
func PlatformActs() []Act { return []Act{ViewReports, ManageWebhooks} }

// Can reports whether p may do act with the case c.
func Can(p Principal, act Act, c CaseRef) bool { return Check(p, act, c) == nil }

// Check returns nil if p may do act with the case c, and otherwise the
// error to answer with:
//
//   - fault.NotFound, with the very message the store gives for a case that
//     does not exist, when p does not see the case: a case that is not the
//     principal's to see must look exactly like one that does not exist, so
//     that counsel cannot probe case IDs.
//   - fault.Forbidden when p sees the case but may not do act with it (or,
//     for DownloadRelease, not yet), and for CreateCase, which names no
//     existing case, whenever it is refused.
func Check(p Principal, act Act, c CaseRef) error {
	role := p.Role()
	if act == CreateCase {
		if role == Staff && !sees(p, c) {
			return fault.Errorf(fault.Forbidden, "you may take in orders directed to %s only", p.User.Platform)
		}
	} else if !sees(p, c) {
		return notFound(c.ID)
	}
	if isPeopleAct(act) {
		return fault.Errorf(fault.Forbidden, "%q is an act on a person, not on a case", act)
	}
	r, cell, err := lookup(p, act)
	if err != nil {
		return err
	}
	switch cell {
	case allow, admin:
		return nil
	case released:
		if !c.Released {
			return fault.Errorf(fault.Forbidden, "the production has not been released; it can be downloaded once the order allows disclosure and writ releases it")
		}
		if !c.UseAcknowledged {
			return fault.Errorf(fault.Forbidden, "acknowledge the use restriction of the order before downloading the production")
		}
		return nil
	}
	return refusal(p, r)
}

// lookup finds p's cell of act's row, with admin and adminForStaff turned
// into deny for anyone who is not an administrator.
func lookup(p Principal, act Act) (rule, permit, error) {
	r, ok := policy[act]
	if !ok {
		return rule{}, deny, fault.Errorf(fault.Forbidden, "%q is not something writ lets anyone do", act)
	}
	var cell permit
	switch p.Role() {
	case Staff:
		cell = r.staff
	case Counsel:
		cell = r.counsel
	case Court:
		cell = r.court
	}
	if (cell == admin || cell == adminForStaff) && !p.User.Admin {
		cell = deny
	}
	return r, cell, nil
}

// refusal is the policy's refusal of an act p may not do.
func refusal(p Principal, r rule) error {
	if p.Role() == Staff && (r.staff == admin || r.staff == adminForStaff) && !p.User.Admin {
		return fault.Errorf(fault.Forbidden, "only the platform's administrators may %s", r.what)
	}
	return fault.Errorf(fault.Forbidden, "%s may not %s", roleWords(p.Role()), r.what)
}

// Permits reports whether the policy lets p's role do act with some case
// or person at all, before one is chosen: whether a page offers the act
// (the intake form, the people page, a link to them). Each use of the act
// is still checked against its case (Check) or person (CheckPerson).
func Permits(p Principal, act Act) bool {
	_, cell, err := lookup(p, act)
	return err == nil && cell != deny && (p.Role() != Staff || strings.TrimSpace(p.User.Platform) != "")
}

// notFound is the store's answer for a case that does not exist, word for
// word (store.caseByID), so that a refusal reveals nothing the absence of
// the case would not.
func notFound(caseID string) error {
	return fault.Errorf(fault.NotFound, "case %s does not exist", caseID)
}

// sees reports whether a case is the principal's to know of at all: for
// staff, one whose order is directed to their platform; for counsel and the
// court, one granted to them in their own role. Anyone else sees nothing.
func sees(p Principal, c CaseRef) bool {
	switch p.Role() {
	case Staff:
		return samePlatform(p.User.Platform, c.Provider)
	case Counsel, Court:
		if c.ID == "" || p.User.ID == "" {
			return false
		}
		for _, g := range p.Grants {
			if g.CaseID == c.ID && g.UserID == p.User.ID && g.Role == p.User.Role {
				return true
			}
		}
	}
	return false
}

// samePlatform compares a staff member's platform with an order's provider,
// ignoring case and surrounding space ("Twitter, Inc." as typed into two
// forms); an empty name matches nothing, not even another empty name.
func samePlatform(platform, provider string) bool {
	platform, provider = strings.TrimSpace(platform), strings.TrimSpace(provider)
	return platform != "" && provider != "" && strings.EqualFold(platform, provider)
}

// roleWords names a role in a sentence.
func roleWords(r Role) string {
	switch r {
	case Staff:
		return "the platform's staff"
	case Counsel:
		return "the applicant's counsel"
	case Court:
		return "the court"
	}
	return "someone who is not signed in"
}
