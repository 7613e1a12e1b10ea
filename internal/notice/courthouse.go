package notice

import (
	"strings"

	"github.com/writ-project/writ/internal/order"
)

// Courthouse is what a notice tells an account holder about the court
// itself: its name in the notice's languages, where it sits (when writ
// can tell the division from the order's caption), and who helps people
// without a lawyer there. A holder abroad who wants to file a motion, or
// to ask for help before deciding, needs all three, and the order names
// none of them.
type Courthouse struct {
	// Court and CourtJA name the court ("United States District Court for
	// the Northern District of California"; "カリフォルニア州北部地区連邦地方
	// 裁判所").
	Court, CourtJA string
	// Address is the courthouse of the order's division; nil when writ
	// cannot tell the division.
	Address *Address
	// Help is the court's help for people without a lawyer; nil when writ
	// knows of none.
	Help *HelpCenter
}

// Address is a courthouse and its clerk's office.
type Address struct {
	// Place and PlaceJA name the courthouse ("San Jose Courthouse").
	Place, PlaceJA string
	// Lines are the postal address, as mail from abroad is addressed.
	Lines []string
	// Clerk and ClerkJA say where the clerk's office is in the building
	// ("2nd floor", "2階"); Phone is the courthouse's number, in
	// international form.
	Clerk, ClerkJA, Phone string
}

// HelpCenter is a service that helps people without a lawyer.
type HelpCenter struct {
	// Name and NameJA name it; By is who runs it.
	Name, NameJA, By string
	// Phone and Email make an appointment; URL is the court's page about
	// representing oneself.
	Phone, Email, URL string
}

// court is what writ knows of one court, by its calendar's id.
type court struct {
	name, nameJA string
	help         *HelpCenter
	// divisions are its courthouses, by the division's name as captions
	// write it ("San Jose"), lower-cased.
	divisions map[string]*Address
}

// courts holds the courts writ can describe to an account holder. Each
// value comes from a source named beside it; a court or division not here
// gets no address and no help in the notice rather than a guess.
var courts = map[string]court{
	"cand": {
		name: "United States District Court for the Northern District of California", nameJA: "カリフォルニア州北部地区連邦地方裁判所",
		// The Legal Help Centers: "Visit the Legal Help Centers at the
		// United States District Court for limited-scope help from an
		// attorney" (the court's page for people representing
		// themselves, https://www.cand.uscourts.gov/pro-se-litigants/).
		// They are run by The Bar Association of San Francisco's Federal
		// Pro Bono Project, which gives "information and advice (not
		// legal representation)" on federal civil matters, by
		// appointment, with no income requirement, and not to litigants
		// who have a lawyer; appointments at (415) 782-8982 or
		// fedpro@sfbar.org (https://sfbar.org/?p=7540, "Federal Pro Bono
		// Project"). The project's page names the San Francisco and
		// Oakland courthouses; the court's handbook for litigants without
		// a lawyer names San Jose too. The notice names neither room nor
		// hours, which change, and points to the court's page.
		help: &HelpCenter{Name: "Legal Help Centers", NameJA: "リーガル・ヘルプ・センター",
			By:    "The Bar Association of San Francisco's Federal Pro Bono Project",
			Phone: "+1 415-782-8982", Email: "fedpro@sfbar.org", URL: "https://www.cand.uscourts.gov/pro-se-litigants/"},
		divisions: map[string]*Address{
			// "The San Jose Clerk's Office is located at: 280 S. 1st
			// Street, 2nd Floor, San Jose, CA 95113" (the court's "Filing
			// Procedures (San Jose)", cand.uscourts.gov/filingprocsj);
			// "San Jose Courthouse: (408) 535-5363" (the court's "Update on
			// Court Proceedings, Operations, and Safety Protocols",
			// February 3, 2023).
			"san jose": {Place: "San Jose Courthouse", PlaceJA: "サンノゼ裁判所",
				Lines: []string{"280 South First Street", "San Jose, California 95113", "United States"},
				Clerk: "2nd floor", ClerkJA: "2階", Phone: "+1 408-535-5363"},
		},
	},
}

// CourthouseOf returns what writ knows of the order's court: false when
// nothing. The division is read from the court's name as the order gives
// it ("..., San Jose Division").
func CourthouseOf(o *order.Order) (*Courthouse, bool) {
	c, ok := courts[o.Court.ID]
	if !ok {
		return nil, false
	}
	ch := &Courthouse{Court: c.name, CourtJA: c.nameJA, Help: c.help}
	name := strings.ToLower(o.Court.Name)
	for division, a := range c.divisions {
		if strings.Contains(name, division+" division") {
			ch.Address = a
		}
	}
	return ch, true
}
