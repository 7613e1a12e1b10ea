package notice

import (
	"testing"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/order"
)

// TestCourthouse: the seed order's court sits in San Jose; the notice
// gives its address, its telephone and the court's help for people
// without a lawyer. A court whose division writ cannot tell still gets the
// district's help; a court writ has no data for gets nothing, rather than
// a guess.
func TestCourthouse(t *testing.T) {
	o, err := order.Parse(examples.SeedOrder())
	if err != nil {
		t.Fatal(err)
	}
	ch, ok := CourthouseOf(o)
	if !ok || ch.Address == nil || ch.Help == nil {
		t.Fatalf("the seed order's court: %+v %v", ch, ok)
	}
	if got, want := ch.Address.Lines, []string{"280 South First Street", "San Jose, California 95113", "United States"}; len(got) != 3 || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("address %q, want %q", got, want)
	}
	if ch.Address.Phone != "+1 408-535-5363" || ch.Help.Phone != "+1 415-782-8982" || ch.Help.Email != "fedpro@sfbar.org" || ch.Help.URL == "" {
		t.Errorf("courthouse %+v, help %+v", ch.Address, ch.Help)
	}

	undivided := *o
	undivided.Court.Name = "United States District Court for the Northern District of California"
	if ch, ok := CourthouseOf(&undivided); !ok || ch.Address != nil || ch.Help == nil {
		t.Errorf("N.D. Cal. without a division: %+v %v; want the district's help and no address", ch, ok)
	}

	elsewhere := *o
	elsewhere.Court = order.Court{ID: "nysd", Name: "United States District Court, Southern District of New York", TimeZone: "America/New_York"}
	if ch, ok := CourthouseOf(&elsewhere); ok || ch != nil {
		t.Errorf("a court writ has no data for: %+v", ch)
	}
}
