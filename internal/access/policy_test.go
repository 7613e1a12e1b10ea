package access_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

// The principals of the policy test: one of each role, and someone who is
// not signed in. Counsel and the court are granted the case "own"; staff
// work for the provider "own" is directed to.
var principals = map[string]access.Principal{
	"staff": {User: store.User{ID: "u-staff", Role: store.RoleStaff, Platform: "Twitter, Inc."}},
	"counsel": {User: store.User{ID: "u-counsel", Role: store.RoleCounsel},
		Grants: []store.Grant{{UserID: "u-counsel", CaseID: "c-own", Role: store.RoleCounsel}}},
	"court": {User: store.User{ID: "u-court", Role: store.RoleCourt},
		Grants: []store.Grant{{UserID: "u-court", CaseID: "c-own", Role: store.RoleCourt}}},
	"stranger": {},
}

// The cases of the policy test: the principals' own, and another
// platform's that no one granted them. Both productions are released and
// acknowledged, so that only the policy's rows decide; TestDownloadRelease
// varies that.
var cases = map[string]access.CaseRef{
	"own":   {ID: "c-own", Provider: "Twitter, Inc.", Released: true, UseAcknowledged: true},
	"other": {ID: "c-other", Provider: "Meta Platforms, Inc.", Released: true, UseAcknowledged: true},
}

const (
	ok        fault.Code = ""
	forbidden            = fault.Forbidden
	notFound             = fault.NotFound
)

// TestPolicy is the policy, cell by cell: who may do what with their own
// case and with a case that is not theirs, and what a refusal says about
// the case's existence.
func TestPolicy(t *testing.T) {
	t.Parallel()
	tests := []struct {
		who  string
		act  access.Act
		c    string
		want fault.Code
	}{
		// Everyone who sees a case sees its status and dates.
		{"staff", access.ViewCaseStatus, "own", ok},
		{"counsel", access.ViewCaseStatus, "own", ok},
		{"court", access.ViewCaseStatus, "own", ok},
		// Who the account holders are: the platform's staff only.
		// Invariant 3: never the applicant's counsel.
		{"staff", access.ViewIdentities, "own", ok},
		{"counsel", access.ViewIdentities, "own", forbidden},
		{"court", access.ViewIdentities, "own", forbidden},
		// Objections: the platform that received them and the court they
		// were advised to; never the applicant's counsel.
		{"staff", access.ViewObjectionText, "own", ok},
		{"counsel", access.ViewObjectionText, "own", forbidden},
		{"court", access.ViewObjectionText, "own", ok},
		// The procedure's events: the platform's staff.
		{"staff", access.RecordEvent, "own", ok},
		{"counsel", access.RecordEvent, "own", forbidden},
		{"court", access.RecordEvent, "own", forbidden},
		// Rulings: the court only.
		{"staff", access.RecordRuling, "own", ok}, // a ruling the platform received; most courts do not use writ
		{"counsel", access.RecordRuling, "own", forbidden},
		{"court", access.RecordRuling, "own", ok},
		// Taking in an order: staff, for their own platform.
		{"staff", access.CreateCase, "own", ok},
		{"counsel", access.CreateCase, "own", forbidden},
		{"court", access.CreateCase, "own", forbidden},
		// Preserving and producing: the platform's staff.
		{"staff", access.Produce, "own", ok},
		{"counsel", access.Produce, "own", forbidden},
		{"court", access.Produce, "own", forbidden},
		// The use restriction binds the applicant, so counsel acknowledge it.
		{"staff", access.AcknowledgeUse, "own", forbidden},
		{"counsel", access.AcknowledgeUse, "own", ok},
		{"court", access.AcknowledgeUse, "own", forbidden},
		// The released production: counsel (after release and
		// acknowledgement) and the staff who built it; not the court.
		{"staff", access.DownloadRelease, "own", ok},
		{"counsel", access.DownloadRelease, "own", ok},
		{"court", access.DownloadRelease, "own", forbidden},
		// The audit trail names accounts in its payloads: not counsel.
		{"staff", access.ViewAudit, "own", ok},
		{"counsel", access.ViewAudit, "own", forbidden},
		{"court", access.ViewAudit, "own", ok},
		// Counsel learn nothing before release, not even that a
		// production was built (invariant 3).
		{"staff", access.ViewUnreleased, "own", ok},
		{"counsel", access.ViewUnreleased, "own", forbidden},
		{"court", access.ViewUnreleased, "own", ok},
		// The proof of a notice: the platform, and the court (the web
		// layer shows it the proofs of accounts whose objection it was
		// advised of); never counsel.
		{"staff", access.ViewNoticeProof, "own", ok},
		{"counsel", access.ViewNoticeProof, "own", forbidden},
		{"court", access.ViewNoticeProof, "own", ok},
		// The case as of another day: not counsel, whom the gate day by
		// day would tell when each holder was noticed (invariant 3).
		{"staff", access.ViewCaseAsOf, "own", ok},
		{"counsel", access.ViewCaseAsOf, "own", forbidden},
		{"court", access.ViewCaseAsOf, "own", ok},
		// Giving cases away: the platform's administrators only
		// (TestAdministrators), not its other staff.
		{"staff", access.GrantCases, "own", forbidden},
		{"counsel", access.GrantCases, "own", forbidden},
		{"court", access.GrantCases, "own", forbidden},
	}
	// A case that is not the principal's looks like no case at all, for
	// every act and every role, and the stranger sees nothing; taking in
	// another platform's order names no existing case, so it is refused.
	for _, act := range access.Acts() {
		for _, who := range []string{"staff", "counsel", "court", "stranger"} {
			want := notFound
			if act == access.CreateCase {
				want = forbidden
			}
			tests = append(tests, struct {
				who  string
				act  access.Act
				c    string
				want fault.Code
			}{who, act, "other", want})
			if who == "stranger" {
				tests = append(tests, struct {
					who  string
					act  access.Act
					c    string
					want fault.Code
				}{who, act, "own", want})
			}
		}
	}
	covered := map[access.Act]int{}
	for _, tt := range tests {
		t.Run(tt.who+"/"+string(tt.act)+"/"+tt.c, func(t *testing.T) {
			p, c := principals[tt.who], cases[tt.c]
			err := access.Check(p, tt.act, c)
			if got := fault.CodeOf(err); got != tt.want {
				t.Fatalf("Check = %v (code %q), want %q", err, got, tt.want)
			}
			if access.Can(p, tt.act, c) != (tt.want == ok) {
				t.Fatalf("Can disagrees with Check")
			}
			if err != nil && fault.Message(err) == "" {
				t.Fatalf("a refusal without a message")
			}
		})
		if tt.c == "own" && tt.who != "stranger" {
			covered[tt.act]++
		}
	}
	for _, act := range access.Acts() {
		if covered[act] != 3 {
			t.Errorf("the table has %d rows for %s on an own case, want one per role", covered[act], act)
		}
	}
}

// TestDownloadRelease: counsel download only once the production is
// released and they have acknowledged the use restriction; staff, who built
// it, at any time.
func TestDownloadRelease(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		who                    string
		released, acknowledged bool
		want                   fault.Code
	}{
		{"counsel", false, false, forbidden},
		{"counsel", false, true, forbidden},
		{"counsel", true, false, forbidden},
		{"counsel", true, true, ok},
		{"staff", false, false, ok},
		{"court", true, true, forbidden},
	} {
		c := cases["own"]
		c.Released, c.UseAcknowledged = tt.released, tt.acknowledged
		err := access.Check(principals[tt.who], access.DownloadRelease, c)
		if got := fault.CodeOf(err); got != tt.want {
			t.Errorf("%s, released %v, acknowledged %v: %v (code %q), want %q", tt.who, tt.released, tt.acknowledged, err, got, tt.want)
		}
	}
}

// TestSees: the edges of who sees a case.
func TestSees(t *testing.T) {
	t.Parallel()
	staff, counsel := principals["staff"], principals["counsel"]
	for _, tt := range []struct {
		name string
		p    access.Principal
		c    access.CaseRef
		want bool
	}{
		{"StaffProviderSpelledOtherwise", staff, access.CaseRef{ID: "c-1", Provider: " twitter, inc. "}, true},
		{"StaffOtherProvider", staff, access.CaseRef{ID: "c-1", Provider: "Twitter Japan K.K."}, false},
		{"StaffNoProvider", staff, access.CaseRef{ID: "c-1"}, false},
		{"StaffNoPlatformNoProvider", access.Principal{User: store.User{ID: "u-1", Role: store.RoleStaff}}, access.CaseRef{ID: "c-1"}, false},
		// Staff see by platform, never by grant.
		{"StaffWithAGrant", access.Principal{User: staff.User, Grants: []store.Grant{{UserID: "u-staff", CaseID: "c-other", Role: store.RoleStaff}}},
			cases["other"], false},
		// Counsel see by grant, never by platform.
		{"CounselSameProviderNoGrant", counsel, access.CaseRef{ID: "c-2", Provider: "Twitter, Inc."}, false},
		{"CounselGrantAsCourt", access.Principal{User: counsel.User, Grants: []store.Grant{{UserID: "u-counsel", CaseID: "c-own", Role: store.RoleCourt}}},
			cases["own"], false},
		{"CounselSomeoneElsesGrant", access.Principal{User: counsel.User, Grants: []store.Grant{{UserID: "u-other", CaseID: "c-own", Role: store.RoleCounsel}}},
			cases["own"], false},
		{"CounselNoCaseID", counsel, access.CaseRef{Provider: "Twitter, Inc."}, false},
		{"UnknownRole", access.Principal{User: store.User{ID: "u-x", Role: "admin", Platform: "Twitter, Inc."},
			Grants: []store.Grant{{UserID: "u-x", CaseID: "c-own", Role: "admin"}}}, cases["own"], false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := access.Can(tt.p, access.ViewCaseStatus, tt.c); got != tt.want {
				t.Fatalf("Can view = %v, want %v", got, tt.want)
			}
		})
	}
	t.Run("UnknownAct", func(t *testing.T) {
		if err := access.Check(staff, "delete_case", cases["own"]); !fault.Is(err, fault.Forbidden) {
			t.Errorf("an unknown act on a visible case: %v", err)
		}
		if err := access.Check(staff, "delete_case", cases["other"]); !fault.Is(err, fault.NotFound) {
			t.Errorf("an unknown act on an invisible case: %v", err)
		}
	})
}

// TestNotFoundLikeTheStore: refusing a case the principal may not see
// reads exactly like the store's answer for a case that does not exist, so
// that counsel cannot tell the two apart.
func TestNotFoundLikeTheStore(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, err := store.Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "writ.db"), time.Now)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const id = "c-aaaaaaaaaaaa"
	_, missing := s.Case(ctx, id)
	hidden := access.Check(principals["counsel"], access.ViewCaseStatus, access.CaseRef{ID: id, Provider: "Twitter, Inc."})
	if fault.CodeOf(hidden) != fault.CodeOf(missing) || fault.Message(hidden) != fault.Message(missing) {
		t.Fatalf("a hidden case answers %q (%s), a missing one %q (%s)",
			fault.Message(hidden), fault.CodeOf(hidden), fault.Message(missing), fault.CodeOf(missing))
	}
}

// TestActor: events name the principal by role and user ID only.
func TestActor(t *testing.T) {
	t.Parallel()
	if got := principals["counsel"].Actor(); got != "counsel:u-counsel" {
		t.Errorf("Actor = %q", got)
	}
	if got := (access.Principal{}).Actor(); got != "" {
		t.Errorf("Actor of no one = %q", got)
	}
}
