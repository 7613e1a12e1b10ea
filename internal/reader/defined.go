package reader

import (
	"cmp"
	"regexp"
	"slices"
	"strings"

	"github.com/writ-project/writ/internal/order"
)

// An order drafted by lawyers defines its periods once and its terms run
// by name: "\"Response Period\" means the twenty-one (21) days following
// the Notice Date", or a period followed by its name in parentheses
// ("within twenty-one (21) days after the notice (the \"Response
// Period\")"); then "within the Response Period". A term may also name
// the period of another paragraph: "within the period in Paragraph 5".

// definedPeriod is a period the order names: its name, and the words that
// state it, as the period rule reads them (psent, from clean byte pat,
// with the rule's match m).
type definedPeriod struct {
	name  string
	psent string
	pat   int
	m     []int
	// within finds a term that runs in the period: "within the Response
	// Period".
	within *rx
}

var (
	// meansDefinition opens a definition: "\"Response Period\" means".
	// The name may be in lower case, its verb "is": "the \"notice period\"
	// is ten (10) days after the subpoena is served".
	meansDefinition = mustRx(`"([A-Z][\w-]*(?: [A-Z][\w-]*){0,3}|[a-z][\w-]*(?: [a-z][\w-]*){0,2} (?:period|deadline|date|window|time))"\s*,?\s+(?:means|shall mean|refers to|is defined as|is|shall be)\s+`)
	// redefinition gives a named period anew, in the court's words: "The
	// Objection Period defined in Paragraph 2 shall be twenty-one (21) days
	// following the Notice Date".
	redefinition = mustRx(`\b(?:The|the) ([A-Z][\w-]*(?: [A-Z][\w-]*){0,3} (?:Period|Deadline|Window|Time))(?: (?:defined|set (?:out|forth)|described) in (?:Paragraph|¶|Section) ?\d{1,2}(?:\([a-z]\))?)?,? shall (?:instead |now )?(?:be|mean)\s+`)
	// amendedDefinition is a definition the court amends in its own
	// words, quoted: "Paragraph 1(d) is amended to read: \"'Notice
	// Period' means ten (10) days after ...\"".
	amendedDefinition = mustRx(`\b(?:amended|modified|revised|changed|rewritten) to read:?\s*"'([A-Z][\w-]*(?: [A-Z][\w-]*){0,3})'\s*,?\s+(?:means|shall mean|refers to|is defined as)\s+`)
	// definitionsJoined ends a definition where the next one begins in
	// its sentence: ", and \"Notice Date\" means".
	definitionsJoined = mustRx(`,?\s+(?:and\s+)?"[A-Z]`)
	// namedAfter is a name given in parentheses after what it names:
	// "(the \"Response Period\")".
	namedAfter = mustRx(`\((?:the|each|an?)\s+"([A-Z][\w-]*(?: [A-Z][\w-]*){0,3})"\)`)
	// paragraphPeriod is a period referred to by its paragraph: "within
	// the period in Paragraph 5", "within the time set out in ¶ 4".
	paragraphPeriod = spaced(`(?i)\b(?:within|during|in) (?:the|that) (?:same )?(?:period|time(?: period)?|deadline|time limit) (?:in|of|under|set (?:out|forth) in|stated in|provided (?:for )?in|described in|specified in|established (?:by|in)|fixed (?:by|in)|allowed (?:by|in|under)|given (?:by|in)|permitted (?:by|under)) (?:Paragraph|Section|¶) ?(\d{1,2})\b`)
)

// definedPeriods returns the periods the order names, read once.
func (r *run) definedPeriods() []definedPeriod {
	if r.periodsRead {
		return r.periods
	}
	r.periodsRead = true
	defs := meansDefinition.FindAllStringSubmatchIndex(r.txt, -1)
	defs = append(defs, redefinition.FindAllStringSubmatchIndex(r.txt, -1)...)
	// A definition the operative part amends, in the court's words
	// inside their quotation marks: its own.
	var amended []int
	if r.conclusion >= 0 {
		for _, d := range amendedDefinition.FindAllStringSubmatchIndex(r.txt[r.conclusion:r.operativeEnd], -1) {
			for k := range d {
				d[k] += r.conclusion
			}
			defs = append(defs, d)
			amended = append(amended, d[0])
		}
	}
	for _, d := range defs {
		// The meaning runs to the end of its sentence or clause, or to
		// the next definition in it.
		meaning := r.txt[d[1]:min(len(r.txt), d[1]+240)]
		if j := strings.IndexAny(meaning, ".;"); j >= 0 {
			meaning = meaning[:j]
		}
		if j := definitionsJoined.FindStringIndex(meaning); j != nil {
			meaning = meaning[:j[0]]
		}
		ps := "within " + meaning
		if m := r.v.period.FindStringSubmatchIndex(ps); m != nil && m[0] == 0 && (slices.Contains(amended, d[0]) || r.ownDefinition(d[0])) {
			r.periods = append(r.periods, definedPeriod{name: r.txt[d[2]:d[3]], psent: ps, pat: d[1] - len("within "), m: m, within: withinNamed(r.txt[d[2]:d[3]])})
		}
	}
	for _, d := range namedAfter.FindAllStringSubmatchIndex(r.txt, -1) {
		sa, _ := r.sentenceAt(d[0])
		before := r.txt[sa:d[0]]
		all := r.v.period.FindAllStringSubmatchIndex(before, -1)
		if len(all) == 0 {
			continue
		}
		m := all[len(all)-1]
		if strings.TrimSpace(before[m[1]:]) != "" {
			continue
		}
		if r.ownDefinition(d[0]) {
			r.periods = append(r.periods, definedPeriod{name: r.txt[d[2]:d[3]], psent: before, pat: sa, m: m, within: withinNamed(r.txt[d[2]:d[3]])})
		}
	}
	// The operative part's own definitions first, and among them the
	// court's over those of a stipulation it adopts: a name defined again
	// there is defined anew for the order's terms.
	if r.conclusion >= 0 {
		rank := func(d definedPeriod) int { return 2*btoi(d.pat < r.conclusion) + btoi(r.adoptedAt(d.pat)) }
		slices.SortStableFunc(r.periods, func(a, b definedPeriod) int { return cmp.Compare(rank(a), rank(b)) })
	}
	return r.periods
}

// ownDefinition reports whether the definition at clean byte i is the
// order's own: before its operative part ends (not an exhibit's), and
// not one its sentence tells of another document ("Kumo's proposed order
// provided that ...").
func (r *run) ownDefinition(i int) bool {
	if i >= r.operativeEnd || r.quoted(i) {
		return false
	}
	sa, _ := r.sentenceAt(i)
	before := r.txt[sa:i]
	return !isAttributed(before) && !notTheCourts.MatchString(before) && !otherCourts(before)
}

// withinNamed finds a term that runs in the period a name names.
func withinNamed(name string) *rx {
	return mustRx(`\b(?i:within|during|in) (?i:the|that|such) ` + regexp.QuoteMeta(name) + `\b`)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// referredPeriod reads the period a clause refers to rather than states:
// a period the order names ("within the Response Period"), or a
// paragraph's ("within the period in Paragraph 5"). ref is set when the
// clause refers to one; the period's words and match are nil when what it
// refers to states none, which is then left to a person.
//
// Where the paragraph states the platform's period and then the holder's
// ("Example shall, within seven (7) days ..., notify each account holder
// .... Each account holder shall have twenty-one (21) days ..."), a clause
// whose actor is the holder refers to the holder's (party).
func (r *run) referredPeriod(plain string, party order.Party) (psent string, pat int, m []int, ref bool) {
	for _, d := range r.definedPeriods() {
		if d.within.MatchString(plain) {
			return d.psent, d.pat, d.m, true
		}
	}
	p := paragraphPeriod.FindStringSubmatch(plain)
	if p == nil || r.conclusion < 0 {
		return "", 0, nil, false
	}
	a, b, ok := r.referredParagraph(p[1])
	if !ok {
		return "", 0, nil, true
	}
	if party == order.AccountHolder {
		for _, s := range sentences(r.txt, a, b, r.v.abbrev) {
			text := unquoted(r.txt[s[0]:s[1]])
			if who, ok := r.actor(text); ok && who == order.AccountHolder {
				if m := r.ownPeriod(text); m != nil {
					return text, s[0], m, true
				}
			}
		}
	}
	text := unquoted(r.txt[a:b])
	if m := r.ownPeriod(text); m != nil {
		return r.txt[a:b], a, m, true
	}
	for _, d := range r.definedPeriods() {
		if d.within.MatchString(text) {
			return d.psent, d.pat, d.m, true
		}
	}
	return "", 0, nil, true
}

// referredParagraph finds the paragraph of the operative part that a
// clause refers to by its number. Where the court substitutes its own
// text for a proposed paragraph of that number, in quotation marks after
// it says so ("Paragraph 5 of the Proposed Order is NOT ADOPTED. The
// following is substituted for it ...: \"5. Discord shall ...\""), the
// reference is to the court's text.
func (r *run) referredParagraph(label string) (int, int, bool) {
	sub := mustRx(`(?ms)^[ \t]*["“]` + regexp.QuoteMeta(label) + `\.[ \t].*?["”][ \t]*$`)
	named := mustRx(`(?i)\b(?:Paragraph|¶)\s*` + regexp.QuoteMeta(label) + `\b`)
	ops := r.txt[r.conclusion:r.operativeEnd]
	for _, m := range sub.FindAllStringIndex(ops, -1) {
		before := ops[max(0, m[0]-300):m[0]]
		if k := named.FindStringIndex(before); k != nil && substituted.MatchString(before[k[1]:]) {
			return r.conclusion + m[0], r.conclusion + m[1], true
		}
	}
	return r.paragraph(label, r.conclusion, r.operativeEnd)
}

// substituted says that the text that follows takes a paragraph's place.
var substituted = mustRx(`(?i)\bsubstitut|\bin (?:its|their) place\b|\bto read\b|\bas follows\b|\breplaced (?:by|with)\b`)
