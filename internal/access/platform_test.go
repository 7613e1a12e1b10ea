package access_test

import (
	"testing"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/store"
)

// TestPlatformActs: the platform's reports are its staff's; its webhooks
// its administrators'; counsel, the court, staff of no platform and
// someone not signed in have neither.
func TestPlatformActs(t *testing.T) {
	admin := access.Principal{User: store.User{ID: "u-admin", Role: store.RoleStaff, Platform: "Twitter, Inc.", Admin: true}}
	noPlatform := access.Principal{User: store.User{ID: "u-x", Role: store.RoleStaff}}
	for _, tt := range []struct {
		who  string
		p    access.Principal
		act  access.Act
		want bool
	}{
		{"admin", admin, access.ViewReports, true},
		{"staff", principals["staff"], access.ViewReports, true},
		{"counsel", principals["counsel"], access.ViewReports, false},
		{"court", principals["court"], access.ViewReports, false},
		{"stranger", principals["stranger"], access.ViewReports, false},
		{"staff of no platform", noPlatform, access.ViewReports, false},
		{"admin", admin, access.ManageWebhooks, true},
		{"staff", principals["staff"], access.ManageWebhooks, false},
		{"counsel", principals["counsel"], access.ManageWebhooks, false},
		{"court", principals["court"], access.ManageWebhooks, false},
		{"stranger", principals["stranger"], access.ManageWebhooks, false},
	} {
		if got := access.Permits(tt.p, tt.act); got != tt.want {
			t.Errorf("%s %s: Permits = %v, want %v", tt.who, tt.act, got, tt.want)
		}
	}
	if len(access.PlatformActs()) != 2 {
		t.Errorf("PlatformActs = %v: this table covers two", access.PlatformActs())
	}
}
