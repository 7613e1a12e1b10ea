package letter

import (
	"strings"

	"github.com/writ-project/writ/internal/order"
)

// rules are what the court's own rules make of the papers. writ knows the
// Civil Local Rules of the Northern District of California (the seed
// order's court, calendar "cand"): pleading paper with counsel's block on
// the first page (Civil L.R. 3-4), sealing by an administrative motion
// with a declaration and a proposed order (Civil L.R. 7-11, 79-5), and the
// Ninth Circuit's sealing standard. For any other court it knows only the
// Federal Rules: the papers are set as most courts' rules ask (12-point,
// double-spaced, an inch of margin), ask for sealing under Fed. R. Civ.
// P. 5.2(d), cite no court's local rules, and tell counsel to check them.
type rules struct {
	// local is set when the papers follow the court's local rules.
	local bool
	// motion names the motion to seal ("Administrative Motion to File
	// Under Seal"); sealed says how the exhibit is filed with it
	// ("provisionally under seal").
	motion, sealed string
}

// courtRules are the rules of the order's court.
func courtRules(c order.Court) rules {
	if c.ID == "cand" {
		return rules{local: true, motion: "Administrative Motion to File Under Seal", sealed: "provisionally under seal"}
	}
	return rules{motion: "Motion to File Under Seal", sealed: "under seal"}
}

// KnowsLocalRules reports whether writ drafts papers by the court's own
// local rules (the Northern District of California's), rather than by
// the Federal Rules with a note to check the court's.
func KnowsLocalRules(c order.Court) bool {
	return courtRules(c).local
}

// check is what counsel must check of the papers against rules writ does
// not know, or "" where the papers follow the court's own.
func (r rules) check(c order.Court) string {
	if r.local {
		return ""
	}
	court := strings.TrimSpace(c.Name)
	switch {
	case court == "":
		court = "the Court"
	case strings.HasPrefix(court, "United States"):
		court = "the " + court
	}
	return "writ follows the local rules of the Northern District of California only. Before filing, check these papers against the local rules of " + court +
		" and the judge's individual practices: their form, the caption and counsel's block, whether leave is needed before anything is filed under seal, " +
		"how a motion to seal is made, and the standard for sealing in this circuit."
}
