package access_test

import (
	"testing"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

// admin is an administrator of the staff's platform.
var admin = access.Principal{User: store.User{ID: "u-admin", Role: store.RoleStaff, Platform: "Twitter, Inc.", Admin: true}}

// The people of the people tests, as the policy sees them.
var people = map[string]access.PersonRef{
	"own staff":     {ID: "u-1", Role: access.Staff, Platform: "twitter, inc."},
	"other staff":   {ID: "u-2", Role: access.Staff, Platform: "Meta Platforms, Inc."},
	"own counsel":   {ID: "u-3", Role: access.Counsel, Providers: []string{"Twitter, Inc."}},
	"added court":   {ID: "u-4", Role: access.Court, AddedBy: "Twitter, Inc."},
	"shared court":  {ID: "u-5", Role: access.Court, Providers: []string{"Twitter, Inc.", "Meta Platforms, Inc."}},
	"other counsel": {ID: "u-6", Role: access.Counsel, Providers: []string{"Meta Platforms, Inc."}},
	"nobody's":      {ID: "u-7", Role: access.Counsel},
}

// TestAdministrators: an administrator is staff whom their platform made
// one; the policy's admin cells allow them and no one else, and they may
// give only their own platform's cases.
func TestAdministrators(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name string
		p    access.Principal
		c    string
		want fault.Code
	}{
		{"Admin", admin, "own", ok},
		{"AdminOtherPlatform", admin, "other", notFound},
		{"Staff", principals["staff"], "own", forbidden},
		{"CounselMarkedAdmin", access.Principal{User: store.User{ID: "u-counsel", Role: store.RoleCounsel, Admin: true},
			Grants: principals["counsel"].Grants}, "own", forbidden},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := fault.CodeOf(access.Check(tt.p, access.GrantCases, cases[tt.c])); got != tt.want {
				t.Errorf("GrantCases: code %q, want %q", got, tt.want)
			}
		})
	}
	t.Run("AdminOtherwiseStaff", func(t *testing.T) {
		// Being an administrator adds the people acts and nothing else.
		for _, act := range access.Acts() {
			if act == access.GrantCases {
				continue
			}
			if access.Can(admin, act, cases["own"]) != access.Can(principals["staff"], act, cases["own"]) {
				t.Errorf("%s: an administrator and other staff differ", act)
			}
		}
	})
	t.Run("Message", func(t *testing.T) {
		err := access.Check(principals["staff"], access.GrantCases, cases["own"])
		if got := fault.Message(err); got != "only the platform's administrators may give cases to counsel or the court" {
			t.Errorf("the refusal says %q", got)
		}
	})
}

// TestPermits: what a page offers before a case or a person is chosen.
func TestPermits(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		who  string
		p    access.Principal
		act  access.Act
		want bool
	}{
		{"staff", principals["staff"], access.CreateCase, true},
		{"counsel", principals["counsel"], access.CreateCase, false},
		{"court", principals["court"], access.CreateCase, false},
		{"staff", principals["staff"], access.ViewPeople, false},
		{"admin", admin, access.ViewPeople, true},
		{"admin", admin, access.ManagePeople, true},
		{"counsel", principals["counsel"], access.ViewPeople, false},
		{"court", principals["court"], access.ViewObjectionText, true},
		{"counsel", principals["counsel"], access.ViewObjectionText, false},
		{"stranger", principals["stranger"], access.ViewCaseStatus, false},
		{"staff without a platform", access.Principal{User: store.User{ID: "u-x", Role: store.RoleStaff, Admin: true}}, access.ViewPeople, false},
		{"unknown act", admin, "delete_case", false},
	} {
		if got := access.Permits(tt.p, tt.act); got != tt.want {
			t.Errorf("Permits(%s, %s) = %v, want %v", tt.who, tt.act, got, tt.want)
		}
	}
}

// TestCheckPerson is the people acts, cell by cell: whom an administrator
// sees and manages, and that no one else sees anyone.
func TestCheckPerson(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		who, person string
		act         access.Act
		want        fault.Code
	}{
		// The platform's people: its staff, and counsel and the court
		// with one of its cases or whom it added.
		{"admin", "own staff", access.ViewPeople, ok},
		{"admin", "own counsel", access.ViewPeople, ok},
		{"admin", "added court", access.ViewPeople, ok},
		{"admin", "shared court", access.ViewPeople, ok},
		// Anyone else looks like no one.
		{"admin", "other staff", access.ViewPeople, notFound},
		{"admin", "other counsel", access.ViewPeople, notFound},
		{"admin", "nobody's", access.ViewPeople, notFound},
		// It manages those who depend on it alone.
		{"admin", "own staff", access.ManagePeople, ok},
		{"admin", "own counsel", access.ManagePeople, ok},
		{"admin", "added court", access.ManagePeople, ok},
		{"admin", "shared court", access.ManagePeople, forbidden},
		{"admin", "other staff", access.ManagePeople, notFound},
		// It is shown the invitation of its own staff only.
		{"admin", "own staff", access.PassInvitation, ok},
		{"admin", "own counsel", access.PassInvitation, forbidden},
		{"admin", "added court", access.PassInvitation, forbidden},
		// Other staff, counsel and the court see no one.
		{"staff", "own staff", access.ViewPeople, forbidden},
		{"staff", "own staff", access.ManagePeople, forbidden},
		{"staff", "own staff", access.PassInvitation, forbidden},
		{"counsel", "own counsel", access.ViewPeople, notFound},
		{"court", "added court", access.ManagePeople, notFound},
		{"stranger", "own staff", access.ViewPeople, notFound},
	} {
		p := principals[tt.who]
		if tt.who == "admin" {
			p = admin
		}
		t.Run(tt.who+"/"+string(tt.act)+"/"+tt.person, func(t *testing.T) {
			err := access.CheckPerson(p, tt.act, people[tt.person])
			if got := fault.CodeOf(err); got != tt.want {
				t.Fatalf("CheckPerson = %v (code %q), want %q", err, got, tt.want)
			}
			if err != nil && fault.Message(err) == "" {
				t.Fatal("a refusal without a message")
			}
		})
	}
	t.Run("ActsDoNotMix", func(t *testing.T) {
		if err := access.CheckPerson(admin, access.ViewCaseStatus, people["own staff"]); !fault.Is(err, fault.Forbidden) {
			t.Errorf("a case's act judged on a person: %v", err)
		}
		for _, act := range access.PeopleActs() {
			if err := access.Check(admin, act, cases["own"]); !fault.Is(err, fault.Forbidden) {
				t.Errorf("%s judged on a case: %v", act, err)
			}
		}
	})
}

// TestNewPerson: an administrator adds staff of their own platform, and
// counsel and the court as their platform's additions; grants concern
// counsel and the court only.
func TestNewPerson(t *testing.T) {
	t.Parallel()
	if got := access.NewPerson(admin, access.Staff); got.Platform != "Twitter, Inc." || got.AddedBy != "Twitter, Inc." {
		t.Errorf("new staff: %+v", got)
	}
	if got := access.NewPerson(admin, access.Court); got.Platform != "" || got.AddedBy != "Twitter, Inc." {
		t.Errorf("new court: %+v", got)
	}
	for role, want := range map[access.Role]bool{access.Staff: false, access.Counsel: true, access.Court: true, "": false} {
		if access.TakesGrants(role) != want {
			t.Errorf("TakesGrants(%q) = %v", role, !want)
		}
	}
}
