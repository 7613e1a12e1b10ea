package reader

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/writ-project/writ/internal/order"
)

// conditions reads the protective conditions of the operative part, one
// clause at a time, by what each clause means: who acts (the clause's
// subject), whether the court directs or allows it (a modal verb), what
// the act is (notice to the holders, a motion, a written objection,
// advising the court, serving the order), within how many days, and from
// what event. A clause that names an act that must run within a period
// but states no period is not a condition ("nothing in this order
// prevents a motion to quash"). The hold, which spans clauses and
// sentences, is read by hold.
func (r *run) conditions() {
	r.changes = r.periodChanges()
	h := r.findHold()
	used := map[string]readAt{}
	holdDone := false
	var later []clause
	for _, cl := range r.clauses() {
		if h != nil && cl.a < h.end && cl.b > h.start {
			if !holdDone {
				holdDone = true
				r.addHold(h)
			}
			continue
		}
		text := cl.text(r.txt)
		if !cl.ordered && !r.directs(cl.subject+text) {
			continue
		}
		// "the Original Order, which required notice within seven days, is
		// VACATED": what the vacated order required is no term of this one.
		if r.v.vacates.MatchString(unquoted(text)) {
			continue
		}
		// "shall meet and confer ... regarding ... the time within which
		// the holder may move to quash": the topics of a conference are
		// left to the parties, no term.
		if conferOn.MatchString(text) {
			continue
		}
		if !r.readCondition(cl, used) && promptly.MatchString(unquoted(text)) {
			later = append(later, cl)
		}
	}
	r.promptly = true
	for _, cl := range later {
		r.readCondition(cl, used)
	}
	r.promptly = false
	if h != nil && !holdDone {
		r.addHold(h)
	}
}

// periodChange is a period the court changes in a paragraph it adopts or
// signs ("the fourteen (14) days in paragraph 4 are enlarged to twenty-one
// (21) days", "Paragraph 2: \"thirty (30) days\" is replaced by
// \"fourteen (14) days\""): the paragraph, the period as written and as
// changed, and where the court says the new one.
type periodChange struct {
	para     [2]int
	from, to int
	at       [2]int
}

// ofExhibit names the exhibit a paragraph is of: " of Exhibit A" (group 1
// its label).
var ofExhibit = mustRx(`^\s+of\s+(?:the\s+)?(?:Exhibit|Attachment|Appendix)\s+([A-Z0-9]{1,2})\b`)

// named returns the span of the group called name that matched in m, a
// match of re: a pattern that says a thing several ways names the same
// part of each alike; {-1, -1} when none matched.
func named(re *rx, m []int, name string) [2]int {
	for i, n := range re.SubexpNames() {
		if n == name && 2*i+1 < len(m) && m[2*i] >= 0 {
			return [2]int{m[2*i], m[2*i+1]}
		}
	}
	return [2]int{-1, -1}
}

// periodChanges reads the periods the operative part changes by
// paragraph.
func (r *run) periodChanges() []periodChange {
	if r.conclusion < 0 {
		return nil
	}
	var out []periodChange
	// add reads a change: the period as written, its paragraph, the period
	// now; or, when to is empty, the words put in its place that are no
	// number of days ("within the period provided in paragraph 4").
	add := func(from, para, to, words [2]int) {
		f, ok1 := number(r.v, r.txt[from[0]:from[1]])
		t, ok2 := number(r.v, r.txt[to[0]:to[1]])
		label := r.txt[para[0]:para[1]]
		a, b, ok := r.changedParagraph(label, para, strings.Join(strings.Fields(r.txt[from[0]:from[1]]), " "))
		// "in Part III.A": the lettered paragraph of that part.
		if para[0] >= 2 && r.txt[para[0]-1] == '.' {
			if pm := partNamed.FindStringSubmatch(r.txt[max(0, para[0]-12):para[0]]); pm != nil {
				a, b, ok = r.paragraphOfPart(pm[1], label, strings.Join(strings.Fields(r.txt[from[0]:from[1]]), " "))
			}
		}
		// A period replaced by words that are no number of days: the
		// period of the paragraph they name ("within the period provided
		// in paragraph 4"), in the same document; else the condition's
		// days are left to a person (to is 0).
		if !ok2 && to[0] == to[1] {
			t, ok2 = 0, true
			if pm := periodOfParagraph.FindStringSubmatch(r.txt[words[0]:words[1]]); pm != nil && ok {
				if days, ok := r.periodOfParagraphIn(pm[1], a, para); ok {
					t = days
				}
			}
		}
		if ok1 && ok2 && ok {
			out = append(out, periodChange{[2]int{a, b}, f, t, to})
		}
	}
	// ", and \"seven (7) days\" is replaced by \"ten (10) days.\"" after a
	// change that ends at b: the same paragraph's second change.
	alsoReplaced := func(b int, para [2]int) {
		if t := r.v.periodReplacedToo.FindStringSubmatchIndex(r.txt[b:r.operativeEnd]); t != nil {
			add([2]int{b + t[2], b + t[3]}, para, [2]int{b + t[4], b + t[5]}, [2]int{})
		}
	}
	at := r.conclusion
	for _, m := range r.v.periodChanged.FindAllStringSubmatchIndex(r.txt[at:r.operativeEnd], -1) {
		// "in paragraphs 3 and 4": each paragraph named.
		for _, n := range digitsRun.FindAllStringIndex(r.txt[at+m[4]:at+m[5]], -1) {
			p := at + m[4]
			add([2]int{at + m[2], at + m[3]}, [2]int{p + n[0], p + n[1]}, [2]int{at + m[6], at + m[7]}, [2]int{})
		}
	}
	// The operative part, and the passages of the discussion it makes its
	// own as they change the subpoena ("Appendix A, as modified in Part
	// IV, is incorporated"): "\"Thirty (30)\" in paragraph A-1 is
	// replaced by \"twenty-one (21).\"" there is the court's change.
	spans := [][2]int{{at, r.operativeEnd}}
	if passages, _ := r.incorporated(); len(passages) > 0 {
		spans = append(spans, passages...)
	}
	for _, sp := range spans {
		at := sp[0]
		for _, m := range r.v.periodReplaced.FindAllStringSubmatchIndex(r.txt[at:sp[1]], -1) {
			// Each way of saying it names its paragraph, the period as
			// written and the period now: "In paragraph 5, \"twenty-one
			// (21) days\" is substituted for \"fourteen (14) days\"",
			// "\"Thirty (30)\" in paragraph A-1 is replaced by
			// \"twenty-one (21).\"".
			para, from, to := named(r.v.periodReplaced, m, "para"), named(r.v.periodReplaced, m, "from"), named(r.v.periodReplaced, m, "to")
			add([2]int{at + from[0], at + from[1]}, [2]int{at + para[0], at + para[1]}, [2]int{at + to[0], at + to[1]}, [2]int{})
			// A sentence that names its paragraph first may change a
			// second period in it.
			if para[0] < from[0] {
				alsoReplaced(at+m[1], [2]int{at + para[0], at + para[1]})
			}
		}
	}
	// "except that (i) condition (a) shall require notice within fourteen
	// (14) days of service of the subpoena": the adopted condition so
	// labelled, its period now the one stated.
	for _, m := range r.v.labelRequires.FindAllStringSubmatchIndex(r.txt[at:r.operativeEnd], -1) {
		to, ok := number(r.v, r.txt[at+m[4]:at+m[5]])
		if !ok {
			continue
		}
		label := "(" + r.txt[at+m[2]:at+m[3]] + ")"
		for _, p := range r.adopted {
			if !strings.HasPrefix(strings.TrimLeft(r.txt[p[0]:p[1]], " \t"), label) {
				continue
			}
			if pm := r.v.period.FindStringSubmatchIndex(r.txt[p[0]:p[1]]); pm != nil {
				if from, ok := number(r.v, r.txt[p[0]+pm[2]:p[0]+pm[3]]); ok {
					out = append(out, periodChange{p, from, to, [2]int{at + m[4], at + m[5]}})
				}
			}
		}
	}
	for _, m := range r.v.periodReplacedWords.FindAllStringSubmatchIndex(r.txt[at:r.operativeEnd], -1) {
		// "\"within fourteen (14) days of receiving it\" is replaced by
		// \"within seven (7) days of receiving it\"": the period in the
		// words put in its place.
		// Or the number of days alone: "fourteen (14) days of service
		// of the Subpoena" for "thirty (30) days of service ...".
		p := r.v.period.FindStringSubmatchIndex(r.txt[at+m[6] : at+m[7]])
		if p == nil {
			p = r.v.daysCounted.FindStringSubmatchIndex(r.txt[at+m[6] : at+m[7]])
		}
		if p != nil {
			w := at + m[6]
			add([2]int{at + m[4], at + m[5]}, [2]int{at + m[2], at + m[3]}, [2]int{w + p[2], w + p[3]}, [2]int{})
			alsoReplaced(at+m[1], [2]int{at + m[2], at + m[3]})
			continue
		}
		add([2]int{at + m[4], at + m[5]}, [2]int{at + m[2], at + m[3]}, [2]int{at + m[7], at + m[7]}, [2]int{at + m[6], at + m[7]})
		alsoReplaced(at+m[1], [2]int{at + m[2], at + m[3]})
	}
	return out
}

// changedParagraph returns the paragraph labelled label that a change at
// clean bytes para names, whose period as written is from. The places it
// may be, in order: the order's own paragraphs before the change; a
// passage the order adopts (a stipulation quoted in its discussion or
// attached after it); a stipulation the operative part reproduces below
// the change, from where the parties stipulate or its next mention of the
// stipulation; the exhibit the change names ("in paragraph 3 of Exhibit
// A"); the one exhibit after the change that the order makes its own
// ("The proposed order ..., attached to this Order as Exhibit A, is
// ADOPTED ... with the following changes: ... In paragraph 3, ..."). The
// first place with a paragraph of that label that has the period as
// written is the one; else the first with a paragraph of that label, but
// never the order's own ("1. The application is GRANTED" is not the
// adopted order's paragraph 1).
func (r *run) changedParagraph(label string, para [2]int, from string) (int, int, bool) {
	// "In recommended condition (3), ...": the adopted item so labelled
	// in parentheses.
	if para[0] > 0 && r.txt[para[0]-1] == '(' {
		for _, p := range r.adopted {
			if item := r.txt[p[0]:p[1]]; strings.HasPrefix(strings.TrimLeft(item, " \t"), "("+label+")") && strings.Contains(strings.Join(strings.Fields(item), " "), from) {
				return p[0], p[1], true
			}
		}
	}
	places := slices.Clone(r.adopted)
	st := r.v.stipulatedTerms.FindStringIndex(r.txt[para[1]:r.operativeEnd])
	if st == nil {
		st = stipulationNamed.FindStringIndex(r.txt[para[1]:r.operativeEnd])
	}
	if st != nil {
		places = append(places, [2]int{para[1] + st[0], r.operativeEnd})
	}
	if x := ofExhibit.FindStringSubmatch(r.txt[para[1]:min(len(r.txt), para[1]+40)]); x != nil {
		for _, h := range r.v.exhibitHeading.FindAllStringSubmatchIndex(r.txt[para[1]:r.operativeEnd], -1) {
			if r.txt[para[1]+h[2]:para[1]+h[3]] == x[1] {
				places = append(places, [2]int{para[1] + h[1], r.operativeEnd})
				break
			}
		}
	}
	if para[1] < r.operativeEnd {
		if h := r.v.exhibitHeading.FindStringIndex(r.txt[para[1]:r.operativeEnd]); h != nil {
			places = append(places, [2]int{para[1] + h[1], r.operativeEnd})
		}
	}
	// The order's own paragraph, but not the one the change is written
	// in: "3. Paragraphs 2, 3 and 4 of the First Order apply ..., except
	// that each period ... in paragraphs 3 and 4 is enlarged" names the
	// First Order's paragraph 3.
	// (A change stated in the discussion, in a part the operative part
	// makes its own, has none of the order's paragraphs before it.)
	if para[0] > r.conclusion {
		if a, b, ok := r.paragraphWith(label, r.conclusion, para[0], from); ok && r.paragraphEnd(a, para[0]) < para[0] {
			return a, b, true
		}
	}
	for _, p := range places {
		if a, b, ok := r.paragraphWith(label, p[0], p[1], from); ok {
			return a, b, true
		}
	}
	for _, p := range places {
		if a, b, ok := r.paragraph(label, p[0], p[1]); ok {
			return a, b, true
		}
	}
	return 0, 0, false
}

// partNamed ends the words that name a part before its lettered
// paragraph: "in Part III." (group 1 the part).
var partNamed = mustRx(`(?i)\bPart ([IVX]{1,4})\.$`)

// paragraphOfPart returns the paragraph labelled label, whose period as
// written is from, in the part of a document the order makes its own
// headed by the roman numeral part ("PART III.  NOTICE", "III. Notice"),
// in or after the operative part: "in Part III.A" names paragraph A of
// Part III, not Part IV's paragraph A.
func (r *run) paragraphOfPart(part, label, from string) (int, int, bool) {
	heads := partHead(part).FindAllStringIndex(r.txt[r.conclusion:], -1)
	for i := len(heads) - 1; i >= 0; i-- {
		a, b := r.conclusion+heads[i][1], len(r.txt)
		if n := nextLabel(part); n != "" {
			if m := partHead(n).FindStringIndex(r.txt[a:]); m != nil {
				b = a + m[0]
			}
		}
		if x, y, ok := r.paragraphWith(label, a, b, from); ok {
			return x, y, true
		}
	}
	return 0, 0, false
}

// partHead opens a part of a document headed by its roman numeral:
// "PART III.  NOTICE", "Part III", "III. Notice".
func partHead(l string) *rx {
	return mustRx(`(?m)^[ \t]*(?:(?:PART|Part)[ \t]+)?` + regexp.QuoteMeta(l) + `(?:\.[ \t]|[ \t]*$)`)
}

// objectionWord is an objection named.
var objectionWord = mustRx(`(?i)\bobjections?\b`)

// digitsRun is a number written in digits.
var digitsRun = mustRx(`\d+`)

// periodOfParagraph is words that put in a period's place the period of
// another paragraph: "within the period provided in paragraph 4" (group
// 1 its number).
var periodOfParagraph = mustRx(`(?i)\b(?:the|that) (?:same )?(?:period|time|days?) (?:provided|set (?:out|forth)|stated|specified|allowed) (?:in|by|under) (?:paragraph|¶) ?(\d{1,2})\b`)

// periodOfParagraphIn returns the days of the first period said in the
// paragraph labelled label of the document that holds clean byte at (the
// exhibit after the change at para, a passage the order adopts, or the
// operative part itself).
func (r *run) periodOfParagraphIn(label string, at int, para [2]int) (int, bool) {
	var regions [][2]int
	if h := r.v.exhibitHeading.FindStringIndex(r.txt[para[1]:r.operativeEnd]); h != nil {
		regions = append(regions, [2]int{para[1] + h[1], r.operativeEnd})
	}
	regions = append(regions, r.adopted...)
	regions = append(regions, [2]int{r.conclusion, para[0]})
	for _, rg := range regions {
		if at < rg[0] || at >= rg[1] {
			continue
		}
		a, b, ok := r.paragraph(label, rg[0], rg[1])
		if !ok {
			return 0, false
		}
		if m := r.v.period.FindStringSubmatchIndex(r.txt[a:b]); m != nil {
			return number(r.v, r.txt[a+m[2]:a+m[3]])
		}
		return 0, false
	}
	return 0, false
}

// directs reports whether a clause directs or allows an act in the
// court's voice: a modal verb, not one a "would" or "could" makes a
// supposition of ("an oral order contemplating that Reddit would notify
// ... and that the account holders would have fourteen (14) days").
func (r *run) directs(text string) bool {
	for _, d := range r.directive.FindAllStringIndex(text, -1) {
		if !supposed.MatchString(text[:d[0]]) && !proposedThat.MatchString(text[:d[0]]) {
			return true
		}
	}
	return false
}

// proposedThat puts what a party asks for before the modal that states it:
// "The restaurant proposes that Yelp give notice within seven days and
// that the writers then have fourteen days to move to quash", "Marisol
// asks that Snap be given 7 days and that the account holder have 14
// days": what is asked is no term.
var proposedThat = mustRx(`(?i)\b(?:proposes|proposed|asks|asked|requests|requested|urges|urged|suggests|suggested|wants|wanted|prefers|preferred)\s+that\b`)

// supposed ends the words before a modal verb that make it a supposition:
// "would", "could", "might".
var supposed = mustRx(`(?i)\b(?:would|could|might)\s+$`)

// conferOn directs the parties to confer on terms, or to propose them:
// the terms it names are not set.
var conferOn = mustRx(`(?i)\b(?:meet and confer|confer)\b[^.;]{0,120}?\b(?:regarding|concerning|about|on|as to|with respect to)\b`)

// stipulationNamed is a mention of the stipulation.
var stipulationNamed = mustRx(`(?i)\bstipulat`)

// changedPeriod returns the change of a period of days read from a
// clause at clean byte i, its number at clean byte at, when the court
// changes it by its paragraph: the clause opens in the paragraph, or the
// period stands in it (a part's heading before its first paragraph,
// "PART III.  NOTICE\n\n A. Within thirty (30) days ...", opens the
// clause).
func (r *run) changedPeriod(i, at, days int) (periodChange, bool) {
	for _, ch := range r.changes {
		if (i >= ch.para[0] && i < ch.para[1] || at >= ch.para[0] && at < ch.para[1]) && ch.from == days {
			return ch, true
		}
	}
	return periodChange{}, false
}

// readAt is where a condition of the order was read: its index among the
// conditions, and the clause it was read from.
type readAt struct {
	n      int
	clause int
}

// readCondition reads a clause as the first condition whose act it
// states; false when it states none. An act is read once, from the first
// clause that states it, except that the order's own words state an act
// over a passage it adopts ("Conditions (1) through (6) in this letter are
// adopted ..., except that Example shall give the notice within fourteen
// (14) days"): the change is the order's term, not the letter's.
func (r *run) readCondition(cl clause, used map[string]readAt) bool {
	o := &r.p.Order
	text := cl.text(r.txt)
	for _, cr := range r.v.Conditions {
		if !cr.re.MatchString(unquoted(text)) {
			continue
		}
		if cr.Act != string(order.MoveToQuash) && motionSubject.MatchString(strings.TrimLeft(text, " \t\n,;")) {
			continue
		}
		// A holder's route named only in a clause that conditions another
		// act ("If no motion to quash is filed ..., Example shall
		// produce ...") is no grant of it.
		if cr.Act == string(order.MoveToQuash) || cr.Act == string(order.ObjectInWriting) {
			if m := leadingCondition.FindStringIndex(unquoted(text)); m != nil && !cr.re.MatchString(unquoted(text)[m[1]:]) {
				continue
			}
			// "Example shall produce ... within thirty (30) days after the
			// time to move to quash has expired": the act is the
			// production; the route is only when it runs from.
			if d := r.directive.FindStringIndex(text); d != nil && productionVerb.MatchString(text[d[1]:]) {
				continue
			}
		}
		c, commit, ok := r.condition(cr, cl)
		if !ok {
			continue
		}
		prev, seen := used[c.ID]
		duplicate := false
		switch {
		case !seen:
			used[c.ID] = readAt{len(o.Conditions), cl.a}
			o.Conditions = append(o.Conditions, c)
		case r.adoptedAt(prev.clause) && !r.adoptedAt(cl.a):
			used[c.ID] = readAt{prev.n, cl.a}
			o.Conditions[prev.n] = c
			r.forget(pointer("order", "conditions", prev.n, ""))
		default:
			duplicate = true
		}
		if !duplicate {
			n := used[c.ID].n
			commit(n)
			r.found(pointer("order", "conditions", n, "act"), string(c.Act), cl.a, cl.b, 0.85, cr.ID)
		}
		// "may, within 30 days of the notice, either file a motion to
		// quash or serve a written objection": one period for two acts,
		// each the holder's to choose.
		if c.ID == "object" && either.MatchString(text) {
			for _, mr := range r.v.Conditions {
				// A motion read from a passage the order adopts gives way
				// to the order's own words, as above.
				prev, seen := used[mr.ID]
				over := seen && r.adoptedAt(prev.clause) && !r.adoptedAt(cl.a)
				if mr.ID != "move_to_quash" || seen && !over || !mr.re.MatchString(unquoted(text)) {
					continue
				}
				if m, mcommit, ok := r.condition(mr, cl); ok {
					n := len(o.Conditions)
					if over {
						n = prev.n
						o.Conditions[n] = m
						r.forget(pointer("order", "conditions", n, ""))
					} else {
						o.Conditions = append(o.Conditions, m)
					}
					used[m.ID] = readAt{n, cl.a}
					mcommit(n)
					r.found(pointer("order", "conditions", n, "act"), string(m.Act), cl.a, cl.b, 0.85, mr.ID)
				}
			}
		}
		return true
	}
	return false
}

// either offers a choice of acts: "either file a motion ... or serve a
// written objection", "file a motion ..., or, within the same period,
// submit a written objection", "..., or serve a written objection on
// Example within the same 14 days", "thirty (30) days ... to file a
// motion ..., or to serve a written objection", "... days ... in which
// to move ..., or in which to deliver a written objection", "... or, as an
// alternative open to a holder who does not wish to appear, to deliver a
// written objection", "(a) file ... a motion to quash ..., or (b) serve
// on Example a written objection", "file a motion to quash ... in this
// Court or serve a written objection on Example", "..., or, within the
// same fourteen-day window, by a written objection", "has two ways to
// contest the subpoena: a motion ..., or a written objection ...".
var either = mustRx(`(?i)\beither\b|\b(?:two|both) (?:ways|options|routes|avenues)\b|\bor\b[^.;]{0,140}?\bwithin\s+(?:the|that)\s+(?:same\s+(?:period|time|window|[\w-]+(?:\s+\(\d+\))?\s+days|[\w-]+-day\s+(?:period|window))|period|time)\b|\bor(?:,[^.;]{0,100}?,)?\s+(?:in\s+which\s+)?to\s+(?:serve|send|submit|deliver|lodge|make)\b|\(a\)[^.;]{0,200}?,?\s+or\s+\(b\)|\b(?:file|bring|make)\b[^.;]{0,40}?\bmotion\b[^.;]{0,120}?\bor\s+(?:may\s+)?(?:instead\s+|alternatively\s+)?(?:serve|send|submit|deliver|lodge|make|mail)\b(?:[^.;]|\b(?:Corp|Inc|Co|Ltd|LLC)\.){0,40}?\bobjection\b`)

// forget takes back what was found, and what a person was told, under a
// path: a term read, then changed by the order's own words.
func (r *run) forget(prefix string) {
	r.p.Fields = slices.DeleteFunc(r.p.Fields, func(f Found) bool { return strings.HasPrefix(f.Path, prefix) })
	r.p.NeedsPerson = slices.DeleteFunc(r.p.NeedsPerson, func(n Need) bool { return strings.HasPrefix(n.Path, prefix) })
}

// noticeThatIt is a paper that tells of the thing a pronoun names: "a
// notice that it was received".
var noticeThatIt = mustRx(`(?i)\b(?:an?|the)\s+(?:notice|statement|letter|report)\s+that\s+(?:it|they)\b[^,;.]{0,60}`)

// otherAct reports whether s directs an act other than cr's: its period
// would be that act's.
func (r *run) otherAct(cr conditionRule, s string) bool {
	if motionSubject.MatchString(strings.TrimLeft(s, " \t\n,;")) {
		return cr.Act != string(order.MoveToQuash)
	}
	for i := range r.v.Conditions {
		c := &r.v.Conditions[i]
		if c.ID != cr.ID && c.Act != cr.Act && c.re != nil && c.re.MatchString(s) {
			return true
		}
	}
	return false
}

// actNamedAgain opens a sentence that names the act the sentence before
// directs and gives its period: "The notice is due within twenty-one
// (21) days ...", "Any such motion must be filed no later than ...", "A
// short notice on this docket, filed within ten (10) days ..., will
// suffice".
var actNamedAgain = mustRx(`(?i)^(?:in which case,?\s+|and\s+|but\s+)?(?:the|that|this|such|any such|each such|every such|a|an|its|their)(?:\s+[a-z]+)?\s+(?:notice|motion|objection|filing|letter|report)s?\b`)

// motionSubject opens a sentence whose subject is the motion the sentence
// before allows: "Any such motion must be filed within fourteen days,
// measured from the date on which Example sends the notice" gives the
// motion's period, whatever else it names.
var motionSubject = mustRx(`(?i)^(?:any\s+such|each\s+such|every\s+such|such|the|that|this|any|a)\s+(?:[a-z]+\s+)?motions?\s+(?:must|shall|may|is|will)\b`)

// sameApplies opens a sentence that gives an act the period of the one
// before: "The same thirty-day period applies to an objection of that
// kind."
var sameApplies = mustRx(`(?i)^the\s+same\s+(?:[a-z]+-day\s+|\d{1,2}-day\s+)?(?:period|deadline|time limit)s?\s+(?:applies|apply|governs)\b`)

// doSo opens a sentence that gives the period of the act the sentence
// before directs: "It shall do so within seven days ...", "Example's time
// to do so is twenty-one days, beginning when ...", "The obligation to
// do so arises when ..., and Example has twenty-one days from that
// service to comply", or of each of the
// acts it offers: "Each must be made within thirty days of ...".
var doSo = mustRx(`^\s*(?:(?:It|They|(?:[A-Z][\w.&'-]*)(?:\s+[A-Z][\w.&'-]*){0,3})\s+(?:shall|must|will|is\s+to|are\s+to)\s+do\s+so\b|(?:Its|Their|[A-Z][\w.&-]*'s)\s+time\s+to\s+do\s+so\s+is\b|(?:The|That|This)\s+(?:obligation|duty)\s+to\s+do\s+so\b|(?:Each|Either|Both)(?:\s+of\s+them)?\s+(?:must|shall|is\s+to|are\s+to)\s+be\s+(?:made|filed|sent|served|brought|delivered)\b)`)

// quote finds a quotation in an order's words.
var quote = mustRx(`"[^"\n]{0,300}"`)

// unquoted blanks what s quotes, keeping its length: a period in quotation
// marks is another order's or a party's words, not this order's.
func unquoted(s string) string {
	return quote.ReplaceAllStringFunc(s, func(q string) string { return strings.Repeat(" ", len(q)) })
}

// condition reads one clause as a condition of the rule's act; false when
// the act needs a period and the clause states none. What it found, and
// what a person must supply, are recorded by commit, with the index the
// condition takes among the order's.
func (r *run) condition(cr conditionRule, cl clause) (order.Condition, func(n int), bool) {
	at := cl.a
	sent := cl.text(r.txt)
	c := order.Condition{ID: cr.ID, Act: order.Act(cr.Act), Party: order.Party(cr.Party), Text: strings.Join(strings.Fields(sent), " ")}
	var finds []func(n int)
	var needs []func(n int) Need
	found := func(field, value string, i, j int, conf float64, rule string) {
		finds = append(finds, func(n int) { r.found(pointer("order", "conditions", n, field), value, i, j, conf, rule) })
	}
	need := func(field, why string, i, j int, read *Period) {
		s := r.t.span(i, j)
		needs = append(needs, func(n int) Need {
			return Need{Path: pointer("order", "conditions", n, field), Why: why, Span: &s, Read: read}
		})
	}
	plain := unquoted(sent)
	m := r.ownPeriod(plain)
	if m == nil {
		m = r.cellPeriod(cl)
	}
	// A route split off with its own period, whose "shall have" is the
	// part's before ("..., or twenty-one (21) days from the date of that
	// notice within which to serve a written objection"): the period
	// opens the clause.
	if m == nil && cl.subject != "" && routeGoesOn.MatchString(plain) {
		const lead = "within "
		if pm := r.ownPeriod(lead + plain); pm != nil && pm[0] == 0 {
			for k := range pm {
				if pm[k] >= 0 {
					pm[k] = max(0, pm[k]-len(lead))
				}
			}
			m = pm
		}
	}
	// psent holds the period's words and pat where they begin: the
	// clause's own, or those of a definition or paragraph it refers to
	// ("within the Response Period", "within the period in Paragraph 5").
	psent, pat := sent, at
	referred := false
	if m == nil {
		if ps, pa, pm, ref := r.referredPeriod(plain, c.Party); ref {
			referred = true
			if pm != nil {
				psent, pat, m = ps, pa, pm
			}
		}
	}
	// A period said after the clause that directs the act: in the rest
	// of its sentence ("...; an objection is timely if Example receives it
	// within the same twenty-one (21) days", "..., in which case the
	// objection must be sent within fourteen (14) days") or in the
	// sentence after ("It shall do so within seven days ...", "The
	// notice is due within ...").
	sameAfter := false
	if m == nil && !referred && cl.sentence[1] > 0 {
		var spans [][2]int
		if rest := strings.TrimRight(r.txt[min(cl.b, cl.sentence[1]):cl.sentence[1]], " \t\n.;"); len(strings.TrimLeft(rest, " \t\n,;")) > 0 {
			spans = append(spans, [2]int{cl.b, cl.sentence[1]})
		}
		if next := sentences(r.txt, cl.sentence[1], min(len(r.txt), cl.sentence[1]+600), r.v.abbrev); len(next) > 0 {
			spans = append(spans, next[0])
			// "It may use any e-mail address associated with the account.
			// That notice is to go out no later than ...": past a sentence
			// that says how, with no period and no other act of its own.
			if between := r.txt[next[0][0]:next[0][1]]; len(next) > 1 && r.ownPeriod(unquoted(between)) == nil && !r.otherAct(cr, between) {
				spans = append(spans, next[1])
			}
		}
		for _, sp := range spans {
			ns := r.txt[sp[0]:sp[1]]
			lead := strings.TrimLeft(ns, " \t\n,;")
			if doSo.MatchString(lead) || actNamedAgain.MatchString(lead) && !r.otherAct(cr, ns) {
				if pm := r.ownPeriod(unquoted(ns)); pm != nil {
					psent, pat, m = ns, sp[0], pm
					break
				}
			}
			if cr.NeedsDays && sameApplies.MatchString(lead) {
				sameAfter = true
				break
			}
		}
	}
	c.Direction = order.After
	if m == nil && !referred {
		if m = r.v.periodBefore.FindStringSubmatchIndex(plain); m != nil {
			c.Direction = order.Before
		}
	}
	switch {
	case m != nil:
		days, ok := number(r.v, psent[m[2]:m[3]])
		// A week is seven days: "within two weeks" is fourteen days.
		if ok && inWeeks(psent, m) {
			days *= 7
		}
		if !ok || days <= 0 {
			if cr.NeedsDays {
				need("days", "the period's number is written two ways that disagree, or in a form writ does not read", pat+m[2], pat+m[3], nil)
			}
			break
		}
		// A period the court changes by its paragraph is the one changed.
		daysAt, daysRule := [2]int{pat + m[2], pat + m[3]}, "period"
		if ch, ok := r.changedPeriod(cl.a, pat+m[2], days); ok {
			if ch.to == 0 {
				if cr.NeedsDays {
					need("days", "the court replaced this period with words that are no number of days; a person must state the period", ch.at[0], ch.at[1], nil)
				}
				break
			}
			days, daysAt, daysRule = ch.to, ch.at, "period_changed"
		}
		counting := strings.TrimSpace(strings.ToLower(psent[max(m[4], 0):max(m[5], 0)]))
		switch counting {
		case "", "calendar":
			// Fed. R. Civ. P. 6(a)(1): a period in days counts every day,
			// so "10 days" and "10 calendar days" are counted alike.
			c.Days = days
			c.Counting = "calendar"
			found("days", strconv.Itoa(days), daysAt[0], daysAt[1], 0.9, daysRule)
			end := m[5]
			if end < 0 {
				end = m[3] + strings.Index(psent[m[3]:], "day") + len("days")
				end = min(end, len(psent))
			}
			found("counting", "calendar", pat+m[0], pat+max(end, m[3]), 0.9, "period")
		default:
			// Not counted as calendar days, which would be a guess: the
			// period is left to a person, with what the order says.
			need("days", "the period is counted in "+counting+" days, which writ does not count; a person must state the period in calendar days or count it", pat+m[0], pat+m[1], &Period{Days: days, Counting: counting})
		}
		if m[8] >= 0 {
			// In a table, the event is said in the period's own cell: the
			// next cell is the step or who takes it.
			if e := r.cellEnd(pat + m[8]); e >= 0 && e-pat < m[9] {
				m[9] = max(e-pat, m[8])
			}
			// "of receiving it": what "it" is may be named before the
			// clause, in its sentence ("a written objection, which Example
			// shall file with the Court within ten (10) days of receiving
			// it").
			before := psent[:m[0]]
			if cl.sentence[0] < cl.a && cl.a <= len(r.txt) {
				before = r.txt[cl.sentence[0]:cl.a] + " " + before
			}
			if t, ok := r.trigger(psent[m[8]:m[9]], before); ok {
				c.Trigger = t
				found("trigger", string(t), pat+m[8], pat+m[9], 0.85, "triggers")
			} else if prev, ok := r.samePeriodAs(0); ok && thatDate.MatchString(psent[m[8]:m[9]]) {
				// "within fourteen days of that date": the day the period
				// before ran from.
				c.Trigger = prev.Trigger
				found("trigger", string(c.Trigger), pat+m[8], pat+m[9], 0.8, "same_event")
			} else {
				need("trigger", "the event the period runs from is not one writ knows", pat+m[8], pat+m[9], nil)
			}
		} else if prev, ok := r.samePeriodAs(days); ok && strings.Contains(strings.ToLower(psent[m[0]:m[3]]), "same") {
			// "within the same fourteen (14) days": the period of the
			// condition before, which names its trigger.
			c.Trigger = prev.Trigger
			found("trigger", string(c.Trigger), pat+m[0], pat+m[1], 0.8, "same_period")
		} else if t, ev, ok := r.leadingEvent(unquoted(psent)[:m[0]], unquoted(psent)[m[1]:]); ok {
			// "Upon receipt of the subpoena, Example shall have ten (10)
			// days to notify ...": the event leads the sentence.
			c.Trigger = t
			found("trigger", string(t), pat+ev[0], pat+ev[1], 0.8, "leading_event")
		} else if t, ev, ok := r.triggerSaidAfter(psent, pat, m[1]); ok {
			// "twenty-one days to contest the subpoena, counted from the
			// date that notice is given"; "It must do so within fourteen
			// days. That period runs from the date on which Example is
			// served with the subpoena".
			c.Trigger = t
			found("trigger", string(t), ev[0], ev[1], 0.8, "trigger_after")
		} else {
			need("trigger", "the order gives the period but not the event it runs from", pat+m[0], pat+m[1], nil)
		}
	case cr.NeedsDays:
		sm := r.v.samePeriod.FindStringIndex(plain)
		if sm == nil && sameAfter {
			// "The same thirty-day period applies to an objection of that
			// kind.": the period before, said after.
			sm = []int{0, len(plain)}
		}
		prev, ok := r.samePeriodAs(0)
		// A period referred to by its place that states none is not the
		// period read last.
		if sm == nil || !ok || referred {
			// "Promptly after it is served with the subpoena": the act is
			// the order's, and so is the event it follows, but no number
			// of days is; the days are left to a person, never guessed.
			pm := promptly.FindStringSubmatchIndex(plain)
			if pm == nil || !r.promptly {
				return c, nil, false
			}
			c.Direction = ""
			if pm[2] >= 0 {
				if t, ok := r.trigger(plain[pm[2]:pm[3]], plain[:pm[0]]); ok {
					c.Trigger = t
					found("trigger", string(t), at+pm[2], at+pm[3], 0.8, "triggers")
				}
			}
			need("days", "the order says to act "+strings.ToLower(strings.Fields(plain[pm[0]:pm[1]])[0])+" but gives no number of days; a person must decide what period to hold the platform to", at+pm[0], at+pm[1], nil)
			break
		}
		// "Within the same period": the period and trigger of the
		// condition before it, which a person can check at the span.
		c.Days, c.Counting, c.Trigger = prev.Days, prev.Counting, prev.Trigger
		found("days", strconv.Itoa(c.Days), at+sm[0], at+sm[1], 0.8, "same_period")
		found("counting", c.Counting, at+sm[0], at+sm[1], 0.8, "same_period")
		found("trigger", string(c.Trigger), at+sm[0], at+sm[1], 0.8, "same_period")
	default:
		c.Direction = ""
		if t, ok := r.trigger(plain, ""); ok {
			c.Trigger = t
		} else if cr.DefaultTrigger != "" {
			c.Trigger = order.Trigger(cr.DefaultTrigger)
		}
		if c.Trigger != "" {
			found("trigger", string(c.Trigger), at, at+len(sent), 0.75, "triggers")
		}
	}
	if c.Days == 0 && c.Direction != "" && m == nil {
		c.Direction = ""
	}
	if p, ok := r.actor(cl.subject + sent); ok {
		c.Party = p
	}
	// Whose act this never is, what its sentence must or must not say
	// (patterns.json: not_by, in_sentence, unless): the notice is never a
	// holder's, advising the court never the applicant's nor of anything
	// but an objection, objections under Rule 72 no written objection to
	// the platform.
	sentence := r.sentenceOf(cl)
	if cr.unless != nil && cr.unless.MatchString(sentence) ||
		cr.inSentence != nil && c.Trigger != order.ObjectionReceived && !cr.inSentence.MatchString(sentence) {
		return c, nil, false
	}
	if slices.Contains(cr.NotBy, string(c.Party)) {
		// A holder who may file something with the Court within a period
		// has a right writ does not name (a motion? an objection?): a
		// person says which.
		if c.Act == order.AdviseCourt && c.Party == order.AccountHolder {
			s := r.t.span(at, at+len(sent))
			r.p.NeedsPerson = append(r.p.NeedsPerson, Need{Path: "/order/conditions", Why: "the account holder may file something with the Court, which writ reads as neither a motion to quash nor a written objection to the platform; a person says which, and its period", Span: &s})
		}
		return c, nil, false
	}
	found("party", string(c.Party), at, at+len(sent), 0.8, "parties")
	found("text", c.Text, at, at+len(sent), 0.9, cr.ID)
	commit := func(n int) {
		for _, f := range finds {
			f(n)
		}
		for _, nd := range needs {
			r.p.NeedsPerson = append(r.p.NeedsPerson, nd(n))
		}
	}
	return c, commit, true
}

// attributed marks a period that the clause gives as someone else's: the
// applicant's proposal, other courts' practice, what the court declines
// ("Although the proposed order would give thirty (30) days, ...").
// "The proposed subpoena" is the one the order authorizes, not a
// proposal's period.
var attributed = mustRx(`(?i)\b(?:proposals?|proposes|proposed (?:order|schedule|terms?|conditions?|periods?|that|to)|other courts?|some courts?|although|though|whereas|unlike|rather than|instead of)\b`)

// isAttributed reports whether s gives what it says as someone else's
// (attributed). "Instead of filing a motion, the account holder may
// serve a written objection" offers another route, and gives nothing as
// another's: an alternative act (alternativeRoute) is no attribution.
func isAttributed(s string) bool {
	return attributed.MatchString(alternativeRoute.ReplaceAllString(s, " "))
}

// alternativeRoute is an act offered in place of another: "instead of
// filing a motion", "rather than moving to quash".
var alternativeRoute = mustRx(`(?i)\b(?:instead of|rather than|in lieu of) (?:filing|moving|bringing|making|seeking|serving|sending|delivering|proceeding)\b`)

// ownPeriod finds the clause's period: the first that the words before it
// do not give as someone else's.
func (r *run) ownPeriod(s string) []int {
	from := 0
	for _, m := range r.v.period.FindAllStringSubmatchIndex(s, -1) {
		// The words that govern a period are those of its own part of the
		// sentence, after the last comma before it.
		before := s[from:m[0]]
		if i := strings.LastIndexByte(before, ','); i >= 0 {
			before = before[i+1:]
		}
		// "GitHub would have seven days ...": a supposition, unless the
		// order tells an earlier order's terms it keeps in the past
		// tense ("the holder would then have thirty days").
		supposition := wouldHave.MatchString(s[m[0]:m[1]]) && r.directive != r.v.directivePast
		if !isAttributed(before) && !supposition {
			return m
		}
		from = m[1]
	}
	return nil
}

// wouldHave opens a period someone would have: "would have seven days",
// "would then have fourteen days".
var wouldHave = mustRx(`(?i)^(?:would|could|might)\b`)

// definedDate is a date the order defines: "\"Receipt Date\" means the
// date on which Bumble receives the Subpoena"; definedOffset a definition
// that counts days from its event, which is then no event itself.
var (
	definedDate   = mustRx(`"([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3} Date)" means ([^.;]{3,200})`)
	definedOffset = mustRx(`(?i)\b(?:days?|weeks?|months?|years?)\b`)
)

// cellPeriod reads the period of a table's row written alone in its
// "Deadline" cell ("14 days after service of the subpoena"): a deadline,
// where the same words in prose would not say "within". Its bounds are
// the clause's, as ownPeriod's are.
func (r *run) cellPeriod(cl clause) []int {
	row := r.rowAt(cl.a)
	if row == nil {
		return nil
	}
	for k, h := range row.heads {
		if k >= len(row.cells) || !r.v.tableWhen.MatchString(h) {
			continue
		}
		c := row.cells[k]
		if c[0] < cl.a || c[1] > cl.b {
			return nil
		}
		m := r.v.cellPeriod.FindStringSubmatchIndex(r.txt[c[0]:c[1]])
		for i := range m {
			if m[i] >= 0 {
				m[i] += c[0] - cl.a
			}
		}
		return m
	}
	return nil
}

// promptly is an act the order directs without a number of days, and the
// event it follows if the clause names one: "promptly after it is served
// with the subpoena", "immediately upon receipt of an objection".
var promptly = mustRx(`(?i)\b(?:promptly|immediately|forthwith|without (?:unreasonable |undue )?delay)\b(?: (?:after|upon|following|on) ([^,;]{1,100}))?`)

// inWeeks reports whether a period's match counts weeks ("within two
// weeks of ...") rather than days: its unit is the word after its number
// and its counting.
func inWeeks(sent string, m []int) bool {
	at := m[3]
	if m[5] > at {
		at = m[5]
	}
	unit := strings.ToLower(strings.TrimLeft(sent[at:m[1]], " -\n"))
	return strings.HasPrefix(unit, "week")
}

// samePeriodAs returns the last condition read with a period (of days
// days, when days > 0): what "the same period" refers to.
func (r *run) samePeriodAs(days int) (order.Condition, bool) {
	cs := r.p.Order.Conditions
	for i := len(cs) - 1; i >= 0; i-- {
		if cs[i].Days > 0 && cs[i].Trigger != "" && (days == 0 || cs[i].Days == days) {
			return cs[i], true
		}
	}
	return order.Condition{}, false
}

// thatService refers to a service named before; beforeEvent is a clause
// that names an event something comes before: "before the subpoena is
// served".
var (
	thatService = mustRx(`(?i)\b(?:that|such)\s+service\b`)
	beforeEvent = mustRx(`(?i)\bbefore\s+[^,;.]{1,80}`)
)

// trigger names the event a period runs from, read from the words after
// "of", "from" or "after". before is the clause before the period: "after
// receiving it" runs from what the clause spoke of (an objection).
func (r *run) trigger(s, before string) (order.Trigger, bool) {
	// An aside in parentheses after the event ("after service of the
	// subpoena (which notice Example gave on June 3)") says something of
	// it, or of another act; it does not name the event the period runs
	// from.
	// An aside that offers another event ("(or, if later, entry of this
	// Order)") makes the trigger one writ does not state: left to a person.
	if i := strings.IndexByte(s, '('); i > 0 {
		if otherEvent.MatchString(s[i:]) {
			return "", false
		}
		s = s[:i]
	}
	// "within seven days of being served and must give them 30 days
	// from the date of notice": the words after a second act's verb are
	// that act's.
	if m := nextAct.FindStringIndex(s); m != nil {
		s = s[:m[0]]
	}
	if r.v.pronounTrigger.MatchString(s) {
		// "a written objection to the subpoena, which Example shall report
		// ... after receiving it": the objection is received, the
		// subpoena only what it objects to.
		before = objectionTo.ReplaceAllString(before, "objection")
		// "file a copy of it, or a notice that it was received, ... after
		// receiving it": the notice tells of it; it is not it.
		before = noticeThatIt.ReplaceAllString(before, "")
		// "from service of this Order, which Riot will receive before the
		// subpoena is served, ... fourteen (14) days from that service":
		// what happens before the service is not the service.
		if thatService.MatchString(s) {
			before = beforeEvent.ReplaceAllString(before, "")
		}
		// "a written objection within fourteen (14) days of the date of
		// the notice, and Example will inform the Court of it within ten
		// (10) days after receiving it": the event another period runs
		// from is not what "it" is.
		if ps := r.v.period.FindAllStringSubmatchIndex(before, -1); len(ps) > 0 && objectionWord.MatchString(before) {
			if p := ps[len(ps)-1]; p[8] >= 0 {
				before = before[:p[8]] + before[p[9]:]
			}
		}
		best, at := order.Trigger(""), -1
		for _, ref := range r.v.PronounReferents {
			for _, m := range ref.re.FindAllStringIndex(before, -1) {
				if m[0] > at {
					best, at = order.Trigger(ref.Trigger), m[0]
				}
			}
		}
		// "of being served with it": the subpoena it speaks of was
		// served, not only received.
		if best == order.SubpoenaReceived && servedPronoun.MatchString(s) {
			best = order.SubpoenaServed
		}
		return best, best != ""
	}
	// The event named first is the one the period runs from: "of receipt
	// of the subpoena that the subpoena has been served" runs from the
	// receipt; what follows says what the notice tells.
	best, at := order.Trigger(""), len(s)+1
	for _, t := range r.v.Triggers {
		if m := t.re.FindStringIndex(s); m != nil && m[0] < at {
			best, at = order.Trigger(t.Trigger), m[0]
		}
	}
	if best == "" {
		// "after the Receipt Date", where "Receipt Date" means the date
		// on which Example receives the Subpoena: the event its
		// definition names.
		for _, d := range definedDate.FindAllStringSubmatch(r.txt, -1) {
			// "the date fourteen days after Example receives the
			// Subpoena" is no event but a period after one: left to a
			// person.
			if strings.Contains(s, d[1]) && !definedOffset.MatchString(d[2]) {
				for _, t := range r.v.Triggers {
					if t.re.MatchString(d[2]) {
						return order.Trigger(t.Trigger), true
					}
				}
			}
		}
	}
	return best, best != ""
}

// leadingEvent reads the event a period runs from where the sentence
// leads with it ("Upon receipt of the subpoena, Example shall have ten
// (10) days ...", "After service of the subpoena, ..."), or where the
// period runs "thereafter" from what an "If" or "When" clause says
// happened ("If Example receives a written objection, it shall notify the
// Court within seven days thereafter"). before and after are the
// sentence's words before and after the period; ev is where the event's
// words are in before.
func (r *run) leadingEvent(before, after string) (order.Trigger, [2]int, bool) {
	m := leadingClause.FindStringSubmatchIndex(before)
	if m == nil {
		// "Example, upon receipt of any such written objection, shall
		// file ... within fourteen (14) days": the event set off after
		// the actor.
		if a := appositiveEvent.FindStringSubmatchIndex(before); a != nil {
			t, ok := r.trigger(before[a[2]:a[3]], "")
			return t, [2]int{a[2], a[3]}, ok
		}
		return "", [2]int{}, false
	}
	conditional := m[2] < 0
	if conditional && !thereafter.MatchString(after) {
		return "", [2]int{}, false
	}
	ev := [2]int{m[4], m[5]}
	if conditional {
		ev = [2]int{m[6], m[7]}
	}
	t, ok := r.trigger(before[ev[0]:ev[1]], "")
	return t, ev, ok
}

// leadingClause is a sentence's opening clause that names an event: the
// event itself after "Upon", "After", "Following" or "Once" ("Once
// Example has been served with this Order, it has fourteen (14) days")
// (group 2), or what happens after "If" or "When" (group 3).
var leadingClause = mustRx(`^\s*(?:(Upon|On|After|Following|Once)\s+([^,;]{3,150})|(?:If|When|In the event(?: that)?)\s+([^,;]{3,150})),`)

// appositiveEvent is an event set off after a sentence's actor, before
// its modal: "Example, upon receipt of any such written objection, shall"
// (group 1 the event).
var appositiveEvent = mustRx(`^\s*[A-Z][^,;]{0,60},\s+(?:upon|on|after|following)\s+([^,;]{3,150}),\s+(?:shall|must|will|is\s+to)\b`)

// thereafter says a period runs from the event the sentence led with.
var thereafter = mustRx(`(?i)^\W{0,3}(?:thereafter|after that|of (?:that|such) (?:receipt|event|service))\b`)

// productionVerb is a production's verb after a clause's modal: the
// clause directs the production, not a holder's route.
var productionVerb = mustRx(`^\s+(?:(?:then|thereafter|promptly|only)\s+)?(?:produce|disclose|release|respond to|comply with)\b`)

// leadingCondition is a clause that opens a sentence with the condition
// of its act: "If no motion to quash is filed within the time allowed,".
var leadingCondition = mustRx(`(?i)^\s*(?:if|unless|when|once|where|should|in the event(?: that)?)\b[^,;]{3,200},`)

// thatDate is an event named by reference to the period before: "of
// that date", "from the same date".
var thatDate = mustRx(`(?i)^(?:that|the same|such) (?:date|day)\b`)

// nextAct is a second act joined to the clause: "and must give", "and
// shall", "or may".
var nextAct = mustRx(`(?i)\s(?:and|or|but)\s+(?:\w+\s+){0,2}?(?:shall|must|may|will)\b`)

// otherEvent is an aside that offers another event than the one named:
// "(or, if later, ...)", "(whichever is earlier)".
var otherEvent = mustRx(`(?i)^\(\s*(?:or|and/or|whichever|if (?:earlier|later|sooner)|unless|except)\b`)

// objectionTo is an objection named with what it objects to: "objection
// to the subpoena".
var objectionTo = mustRx(`(?i)\bobjections? to (?:the |this |that )?subpoena\b`)

// countedFrom is the event a period runs from, said further on in its
// sentence: ", counted from the date that notice is given" (group 1).
var countedFrom = mustRx(`(?i)^[^.;]{0,80}?,\s*(?:running|counted|beginning|measured|calculated|computed|reckoned)\s+((?:from|after)\s+[^,;.]{1,100})`)

// periodRuns opens a sentence that says when the period before runs from:
// "That period runs from the date on which Example is served with the
// subpoena" (group 1 the event).
var periodRuns = mustRx(`(?i)^\s*(?:That|This|The|Such)\s+(?:period|deadline|time)\s+(?:runs|is\s+counted|is\s+measured|begins|starts|shall\s+run|will\s+run)\s+((?:from|after|on)\s+[^;.]{1,120})`)

// triggerSaidAfter reads the event a period runs from where its
// sentence names it after other words (countedFrom), or the next
// sentence does (periodRuns); psent begins at clean byte pat, its period
// ending at end.
func (r *run) triggerSaidAfter(psent string, pat, end int) (order.Trigger, [2]int, bool) {
	if m := countedFrom.FindStringSubmatchIndex(psent[end:]); m != nil {
		if t, ok := r.trigger(psent[end+m[2]:end+m[3]], psent[:end]); ok {
			return t, [2]int{pat + end + m[2], pat + end + m[3]}, true
		}
	}
	stop := pat + len(psent)
	if next := sentences(r.txt, stop, min(len(r.txt), stop+400), r.v.abbrev); len(next) > 0 {
		ns := r.txt[next[0][0]:next[0][1]]
		if m := periodRuns.FindStringSubmatchIndex(ns); m != nil {
			if t, ok := r.trigger(ns[m[2]:m[3]], ""); ok {
				return t, [2]int{next[0][0] + m[2], next[0][0] + m[3]}, true
			}
		}
	}
	return "", [2]int{}, false
}

// servedPronoun is a period that runs from service of what the clause
// spoke of: "of being served with it", "from service of it".
var servedPronoun = mustRx(`(?i)\b(?:served with|service of) (?:it|them|the same)\b|\b(?:that|such) service\b`)

// actor reads who a clause directs or allows to act, from its subject:
// the words before its modal verb, after any "Within ... ," or "If ...,".
// The platform and a holder together ("Google or the account holder
// may") move jointly; false when the subject names no party.
func (r *run) actor(s string) (order.Party, bool) {
	var m []int
	for _, d := range r.directive.FindAllStringSubmatchIndex(s, -1) {
		// "Because an account holder may not have counsel, ..., Example
		// shall instead advise the Court": a modal in a clause that gives
		// a reason directs no one.
		seg := s[:d[0]]
		if i := strings.LastIndexByte(seg, ','); i >= 0 {
			seg = seg[i+1:]
		}
		if !reasonClause.MatchString(seg) {
			m = d
			break
		}
	}
	if m == nil {
		return "", false
	}
	// "directed Example to notify": the actor is named after the verb.
	if a := named(r.directive, m, "actor"); a[0] >= 0 {
		return r.party(s[a[0]:a[1]])
	}
	segs := strings.Split(s[:m[0]], ",")
	subj := ""
	for i := len(segs) - 1; i >= 0; i-- {
		seg := strings.TrimSpace(segs[i])
		if seg == "" && subj == "" {
			continue
		}
		if subj == "" {
			subj = seg
		} else {
			subj = seg + " " + subj
		}
		low := strings.ToLower(subj)
		if !strings.HasPrefix(low, "or ") && !strings.HasPrefix(low, "and ") && !strings.HasPrefix(low, "and/or ") {
			break
		}
	}
	return r.party(subj)
}

// reasonClause opens a clause that gives a reason: "Because", "and
// since".
var reasonClause = mustRx(`(?i)^\s*(?:and\s+)?(?:because|since|although|though|given\s+that)\b`)

// party is the party a clause's subject names; false when it names none.
func (r *run) party(subj string) (order.Party, bool) {
	if subj == "" {
		return "", false
	}
	holder := r.v.holderWords.MatchString(subj)
	provider := r.provider != nil && r.provider.MatchString(subj)
	applicant := r.applicant != nil && r.applicant.MatchString(subj)
	switch {
	case provider && holder:
		return order.ProviderOrAccountHolder, true
	case holder:
		return order.AccountHolder, true
	case provider:
		return order.Provider, true
	case applicant:
		return order.Applicant, true
	}
	return "", false
}

// hold is the order's hold as read: the sentences that say the platform
// preserves the information and does not disclose it while a contest is
// pending.
type hold struct {
	start, end int // the clean text of the hold's sentences
	// withhold is the sentence that holds disclosure back; preserve the
	// one that says to preserve, when it is another.
	withhold, preserve [2]int
}

// findHold finds the hold of the operative part: a sentence that forbids
// disclosure until a contest is resolved, with a duty to preserve in it or
// in the sentence next to it. A sentence that forbids production only
// until some days have run is a delayed production, not a hold: it is
// told to a person, since writ's order has no term for it.
//
// The order's own words are read first: a hold they state is the order's,
// over one in a passage the order adopts (a letter's proposed terms).
func (r *run) findHold() *hold {
	// The court's own words first: a stipulation it adopts within its
	// operative part states a hold only where the court's words do not.
	var own, adopted [][2]int
	for _, s := range r.cutAtAdopted(r.ownSentences()) {
		if r.adoptedAt(s[0]) {
			adopted = append(adopted, s)
		} else {
			own = append(own, s)
		}
	}
	if h := r.findHoldIn(own, adopted); h != nil || len(r.adopted) == 0 {
		return h
	}
	for _, p := range r.adopted {
		if p[0] < r.conclusion || p[0] >= r.operativeEnd {
			adopted = append(adopted, r.splitAtRows(sentences(r.txt, p[0], p[1], r.v.abbrev))...)
		}
	}
	return r.findHoldIn(adopted, nil)
}

// anotherCourtsOrder, before a hold in its sentence, tells of another
// court's order ("In re Hoshi K.K., No. 25-mc-302, in which the court
// required the platform to preserve and withhold ...", "an order in
// another district, ..., which directed the provider ... to \"withhold all
// production\""): that court's hold, not this order's. A case's name or
// number is no sign of it alone: a page's running head ("(Case No.
// 2:26-mc-00118-JRP)") may fall inside the court's own sentence. "the
// order entered in In re Park, ..., which required X Corp. to ... \"preserve
// and not produce ...\"" tells of that order's.
var anotherCourtsOrder = mustRx(`(?i)\bcourts? (?:in|there)\b|\b(?:other|another|some) courts?\b|\b(?:in which|where) the court\b|(?-i:\bthe court) (?:there )?(?:required|ordered|directed)\b|\border\s+(?:in|from)\s+(?:another|a\s+different|other)\s+(?:district|court|case)\b|\border\s+(?:entered|issued|made)\s+in\s+(?:In\s+re|[A-Z][\w.&'-]*\s+v\.)|\bwhich\s+(?:required|directed|ordered)\s+[\w.&' -]{1,40}?\s+to\b`)

// noneRequires, before a hold in its sentence, says nothing requires it:
// "Kumo's proposed order contains no provision requiring Example to
// preserve or withhold information while such a motion is pending, and
// the Court adds none".
var noneRequires = mustRx(`(?i)\bno\s+(?:provision|term|condition|paragraph|requirement)s?\s+(?:requiring|that\s+requires?|directing|obliging)\b`)

// cutAtAdopted cuts each sentence where a passage the order adopts begins
// inside it: "Paragraph 7 is modified to read: \"Example shall preserve
// ...\"" is the court's words, then the paragraph's.
func (r *run) cutAtAdopted(sents [][2]int) [][2]int {
	starts := slices.Clone(r.adopted)
	slices.SortFunc(starts, func(a, b [2]int) int { return a[0] - b[0] })
	var out [][2]int
	for _, s := range sents {
		for _, p := range starts {
			if p[0] > s[0] && p[0] < s[1] {
				out = append(out, [2]int{s[0], p[0]})
				s[0] = p[0]
			}
		}
		out = append(out, s)
	}
	return out
}

// findHoldIn finds the hold among the sentences given; the duty to
// preserve may also be in pool, the sentences of a stipulation the order
// adopts, when the court's own words withhold production but leave the
// preserving to the stipulation.
func (r *run) findHoldIn(operative, pool [][2]int) *hold {
	// A sentence's parts are read apart, as its clauses are: an order
	// written as one sentence ("ORDERED that ...; and it is further
	// ORDERED that ...", "..., in which event Example shall preserve ...")
	// states its hold in one of them, and its other acts in the others.
	var sents [][2]int
	for _, s := range operative {
		sents = append(sents, splitClauses(r.txt, s[0], s[1], r.directive.FindStringIndex)...)
	}
	var h *hold
	for i, s := range sents {
		text := r.txt[s[0]:s[1]]
		w := r.v.Hold.withhold.FindStringIndex(text)
		if w == nil || r.v.vacates.MatchString(text) || anotherCourtsOrder.MatchString(text[:w[0]]) || noneRequires.MatchString(text[:w[0]]) {
			continue
		}
		// "... while any motion or objection remains unresolved. During
		// that time it shall produce nothing": the time is the contest's.
		contestBefore := i > 0 && thatTime.MatchString(text) && r.v.Hold.contested.MatchString(r.txt[sents[i-1][0]:sents[i-1][1]])
		if !r.v.Hold.contested.MatchString(text) && !r.beforeRulingDate(text) && !contestBefore {
			if m := r.v.Hold.delay.FindStringSubmatchIndex(text); m != nil {
				r.delayed(s, m)
			}
			continue
		}
		if h != nil {
			continue
		}
		switch {
		case r.preserves(text):
			h = &hold{start: s[0], end: s[1], withhold: s, preserve: s}
		case i > 0 && r.preserves(r.txt[sents[i-1][0]:sents[i-1][1]]):
			h = &hold{start: sents[i-1][0], end: s[1], withhold: s, preserve: sents[i-1]}
		case i+1 < len(sents) && r.preserves(r.txt[sents[i+1][0]:sents[i+1][1]]):
			h = &hold{start: s[0], end: sents[i+1][1], withhold: s, preserve: sents[i+1]}
		default:
			// "shall not produce ... until the Court has ruled", the duty
			// to preserve in a paragraph of its own ("ORDERED that Example
			// shall preserve the documents called for by the subpoena
			// pending further order"): the nearest that directs it.
			if p, ok := r.preserveDuty(sents, i); ok {
				h = &hold{start: s[0], end: s[1], withhold: s, preserve: p}
			} else if p, ok := r.preserveDuty(pool, -1); ok {
				h = &hold{start: s[0], end: s[1], withhold: s, preserve: p}
			}
		}
	}
	return h
}

// thatTime opens words that refer to the time the words before name:
// "during that time", "in the meantime", "until then".
var thatTime = mustRx(`(?i)^\W*(?:and\s+)?(?:during\s+(?:that|this|such)\s+(?:time|period)|in\s+the\s+meantime|meanwhile|until\s+then)\b`)

// beforeRulingDate reports whether the words withhold production before a
// date the order defines as the day the court rules on a motion or
// objection, when one is made ("shall not produce them before the
// Disclosure Date", where "the Disclosure Date" means the thirty-first day
// after the notice or, if the Subscriber files a motion, the date on which
// the court rules on it): a hold while contested, written through its
// definition. A defined date that does not move to the ruling delays
// production only.
func (r *run) beforeRulingDate(text string) bool {
	m := beforeDefinedDate.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	def := mustRx(`(?i)"(?:the )?` + regexp.QuoteMeta(m[1]) + `" means ([^;.]{0,400})`)
	for _, d := range def.FindAllStringSubmatch(r.txt, -1) {
		if rulingMoves.MatchString(d[1]) {
			return true
		}
	}
	return false
}

// beforeDefinedDate is production withheld before a date the order names
// by a defined term ("before the Disclosure Date").
var beforeDefinedDate = mustRx(`\b(?:before|until) the ((?:[A-Z][a-z]+ )?[A-Z][a-z]+ Date)\b`)

// rulingMoves is a defined date's meaning that moves it to the court's
// ruling when a motion or objection is made.
var rulingMoves = mustRx(`(?i)\b(?:if|when|where|in the event)\b[^;.]{0,200}?\b(?:motion|objection|objects|moves)\b[^;.]{0,200}?\b(?:court|Court) (?:rules|has ruled|decides|has decided|resolves|has resolved)\b`)

// preserveDuty finds the part of the operative part nearest part i that
// directs the platform to preserve, and does not say it need not.
func (r *run) preserveDuty(sents [][2]int, i int) ([2]int, bool) {
	best, dist := [2]int{}, -1
	for k, s := range sents {
		text := r.txt[s[0]:s[1]]
		if k == i || !r.preserves(text) || r.directive.FindStringIndex(text) == nil {
			continue
		}
		if d := max(k-i, i-k); dist < 0 || d < dist {
			best, dist = s, d
		}
	}
	return best, dist >= 0
}

// notPreserve is a duty to preserve said not to be one: "need not
// preserve", "shall not be required to retain".
var notPreserve = mustRx(`(?i)\b(?:need not|not (?:be )?required to|no (?:duty|obligation) to|not obliged to|(?:shall|must|will|may) not) (?:\w+ )?(?:preserve|retain)\b`)

// preserves reports whether the words direct the platform to preserve.
func (r *run) preserves(text string) bool {
	return r.v.Hold.preserve.MatchString(text) && !notPreserve.MatchString(text)
}

// delayed tells a person of a delayed production: "shall not produce ...
// until fourteen (14) days after notice has been given".
func (r *run) delayed(s [2]int, m []int) {
	text := r.txt[s[0]:s[1]]
	days, ok := number(r.v, text[m[2]:m[3]])
	if !ok {
		return
	}
	what := strconv.Itoa(days) + " days after " + strings.Join(strings.Fields(text[m[8]:m[9]]), " ")
	r.late = append(r.late, Need{Path: "/order/conditions", Why: "the order delays production until " + what + "; writ's order has no term for a delayed production, so a person must see that nothing is released before then (the hold and the contest periods may not cover it)", Span: ptrSpan(r.t.span(s[0]+m[0], s[0]+m[1]))})
}

func ptrSpan(s Span) *Span { return &s }

// addHold records the hold: the platform preserves, and discloses nothing
// of what it covers, while a contest is pending. What it covers is read
// from what the order withholds: "the information sought by the subpoena"
// is the whole subpoena; "the information of any account holder who has
// filed a motion" only the objectors' accounts.
func (r *run) addHold(h *hold) {
	o := &r.p.Order
	n := len(o.Conditions)
	path := func(field string) string { return pointer("order", "conditions", n, field) }
	c := order.Condition{ID: "hold", Act: order.PreserveNotDisclose, Party: order.Provider, While: order.WhileContested}
	var parts []string
	for _, s := range [][2]int{h.preserve, h.withhold} {
		a, b := r.stripPrefix(s[0], s[1])
		t := strings.Join(strings.Fields(r.txt[a:b]), " ")
		if len(parts) == 0 || parts[len(parts)-1] != t {
			parts = append(parts, t)
		}
	}
	if h.preserve[0] > h.withhold[0] {
		parts[0], parts[len(parts)-1] = parts[len(parts)-1], parts[0]
	}
	c.Text = strings.Join(parts, " ")
	o.Conditions = append(o.Conditions, c)
	r.found(path("act"), string(c.Act), h.start, h.end, 0.85, "hold")
	r.found(path("party"), string(c.Party), h.start, h.end, 0.8, "parties")
	for _, s := range r.heldSpans(h) {
		for _, sc := range r.v.HoldScope {
			if sm := sc.re.FindStringIndex(r.txt[s[0]:s[1]]); sm != nil {
				o.Conditions[n].Scope = order.HoldScope(sc.Scope)
				r.found(path("scope"), sc.Scope, s[0]+sm[0], s[0]+sm[1], 0.8, "hold_scope")
				break
			}
		}
		if o.Conditions[n].Scope != "" {
			break
		}
	}
	if o.Conditions[n].Scope == "" {
		// "shall not produce the customer's information", the order
		// speaking of that one customer only: all the subpoena seeks.
		// Withheld by a pronoun ("shall not produce them"), what is held is
		// what the order preserves: the words after its verb.
		spans := r.heldSpans(h)[:1]
		if m := r.v.Hold.preserve.FindStringIndex(r.txt[h.preserve[0]:h.preserve[1]]); m != nil {
			spans = append(spans, [2]int{h.preserve[0] + m[1], h.preserve[1]})
		}
		for _, s := range spans {
			if r.v.Hold.sole.MatchString(strings.TrimLeft(r.txt[s[0]:s[1]], " ,\n")) && !r.severalHolders() {
				o.Conditions[n].Scope = order.WholeSubpoena
				r.found(path("scope"), string(order.WholeSubpoena), s[0], s[1], 0.7, "hold.sole")
				break
			}
		}
	}
	if o.Conditions[n].Scope == "" {
		r.need(path("scope"), "the order does not say whether a contest holds the whole subpoena or only the objector's account", h.start, h.end)
	}
	r.found(path("text"), c.Text, h.start, h.end, 0.9, "hold")
}

// heldSpans returns where the hold's scope is to be read, in order: what
// is withheld is the hold's scope. When the withholding words name what
// they withhold ("shall not produce information concerning an Account
// whose holder has filed a motion"), only those words say it: preserving
// everything the subpoena calls for, in the same sentence or the one
// before, does not make a hold over one holder's account a hold over the
// whole subpoena, and words writ does not know leave the scope to a
// person. When they refer back ("shall not produce it", "any of that
// information") or name nothing, the sentences that say what is kept
// say it.
func (r *run) heldSpans(h *hold) [][2]int {
	w := h.withhold
	// The last withholding words of the clause are the hold's: those
	// before them may delay all production by some days ("shall not
	// produce any information ... before those thirty days have run, and
	// if a motion ... is filed, shall preserve, and shall not produce,
	// ...").
	all := r.v.Hold.withhold.FindAllStringIndex(r.txt[w[0]:w[1]], -1)
	// "it need not hold back the information of those who have not
	// moved" withholds nothing: it tells what may be released.
	all = slices.DeleteFunc(all, func(m []int) bool { return notWithheld.MatchString(r.txt[w[0] : w[0]+m[0]]) })
	if len(all) > 0 {
		m := all[len(all)-1]
		from, to := w[0]+m[1], w[1]
		if e := heldUntil.FindStringIndex(r.txt[from:to]); e != nil {
			to = from + e[0]
			// "while that owner's motion or objection is pending": the
			// time of the hold says whose information it holds.
			if o := whileOwn.FindStringIndex(r.txt[to:w[1]]); o != nil {
				to += o[1]
			}
		}
		// In a table, what is withheld is said in the withholding words'
		// cell: the next cell says who, or when.
		if e := r.cellEnd(w[0] + m[0]); e >= 0 && e < to {
			to = max(e, from)
		}
		object := strings.TrimLeft(r.txt[from:to], " ,\n")
		// "shall produce nothing to Kumo": to whom names nothing held.
		if object != "" && !heldPronoun.MatchString(object) && !heldToWhom.MatchString(object) {
			return [][2]int{{from, to}}
		}
	}
	if h.preserve == w {
		return [][2]int{w}
	}
	return [][2]int{w, h.preserve}
}

// severalHolders reports whether the operative part, and a footnote it
// makes its own, speaks of more holders than one.
func (r *run) severalHolders() bool {
	if r.v.Hold.several.MatchString(r.txt[r.conclusion:r.operativeEnd]) {
		return true
	}
	for _, n := range r.t.notes {
		if r.v.Hold.several.MatchString(r.txt[n[0]:n[1]]) {
			return true
		}
	}
	return false
}

// heldToWhom is withholding words' object that only names to whom:
// "to Kumo.", "to the applicant".
var heldToWhom = mustRx(`(?i)^(?:to|for)\s+\S+(?:\s+\S+){0,3}?[\s.;,]*$`)

// heldUntil ends what a hold withholds: the words of while it lasts.
// notWithheld ends the words before withholding words that undo them:
// "need not hold back", "is not required to withhold", "shall not delay
// production of the information concerning the other profile".
var notWithheld = mustRx(`(?i)\b(?:need not|needs not|(?:is|are) not required to|(?:is|are) not obliged to|no longer|(?:shall|must|will|may|does|do) not)\s*$`)

// whileOwn is a hold's time that is one holder's own contest: "while
// that owner's motion", "pending the user's objection".
var whileOwn = mustRx(`^(?i:while|pending|until) (?:that|such|the|his|her|their) (?:[\w-]+ )?\w+'s (?:own )?(?:motion|objection|challenge)\b`)

var heldUntil = mustRx(`(?i)\b(?:until|pending|unless|while|before|so long as|absent|during)\b|[.;]`)

// heldPronoun begins withholding words that refer to what another part of
// the hold names: "it", "them", "any of that information", and "of it"
// after "shall produce none"; or that name no thing at all, only the act
// withheld ("withhold production until ...").
var heldPronoun = mustRx(`(?i)^(?:(?:any|all|none)\s+of\s+|of\s+|(?:any|all)\s+)?(?:it|them|the\s+same|such|that|those|these|this)\b|^(?:its\s+|their\s+|any\s+|all\s+|the\s+)?(?:entire\s+|whole\s+)?(?:production|disclosure|release)\b`)

// stripPrefix returns the bounds of a sentence without its enumerator and
// "IT IS FURTHER ORDERED that".
func (r *run) stripPrefix(a, b int) (int, int) {
	for a < b {
		m := r.v.clausePrefix.FindStringIndex(r.txt[a:b])
		if m == nil || m[1] == 0 {
			break
		}
		a += m[1]
		for a < b && isSpace(r.txt[a]) {
			a++
		}
	}
	return a, b
}

// proposalLead puts what follows as a party's proposal, offer or promise:
// "Example also proposes that", "Kumo asks the Court to", "Kumo's counsel
// has represented that".
var proposalLead = mustRx(`(?i)\b(?:(?:proposes?|proposed|asks?|asked|urges?|urged|suggests?|suggested|requests?|requested|argues?|argued|contends?|contended) (?:that|the Court to)|(?:represents?|represented|undertakes?|undertook|promises?|promised|assures?|assured|offers?|offered) (?:the Court )?(?:that|to))\b`)

// useRestriction reads what the applicant may do with what it receives:
// the first sentence of the operative part (or its part between
// semicolons) that limits the use to some purposes.
//
// The order's own words are read first, then the passages it adopts.
func (r *run) useRestriction() {
	u := &r.p.Order.UseRestriction
	sents := r.ownSentences()
	for _, p := range r.adopted {
		sents = append(sents, r.splitAtRows(sentences(r.txt, p[0], p[1], r.v.abbrev))...)
	}
	for _, s := range sents {
		// A paragraph of an adopted passage the order strikes or vacates.
		if r.struckAt(s[0]) || r.struckAt((s[0]+s[1])/2) {
			continue
		}
		// The sentence's parts as they run ("may be used only for ...,
		// and ... may not release such information ... absent a Court
		// order"), then, in a sentence that runs several actors' acts
		// together, each actor's own.
		parts := splitClauses(r.txt, s[0], s[1], func(string) []int { return nil })
		parts = append(parts, splitClauses(r.txt, s[0], s[1], r.directive.FindStringIndex)...)
		for _, part := range parts {
			a, b := r.stripPrefix(part[0], part[1])
			for b > a && (isSpace(r.txt[b-1]) || r.txt[b-1] == ';') {
				b--
			}
			sent := r.txt[a:b]
			var hit *rule
			for i := range r.v.UseRestriction {
				if r.v.UseRestriction[i].re.MatchString(sent) {
					hit = &r.v.UseRestriction[i]
					break
				}
			}
			// A use restriction limits what the applicant does with what it
			// obtains: not how the platform gives notice ("Example may use
			// e-mail only to give notice").
			if hit == nil || !obtained.MatchString(sent) {
				continue
			}
			// "Example also proposes that Kumo be barred from using the
			// information ...": a party's proposal limits nothing.
			if proposalLead.MatchString(r.txt[s[0]:b]) {
				continue
			}
			// "Whatever Example produces may be used by Kumo only ...": in
			// the passive, the one who uses it is named after "by".
			byApplicant := false
			if m := usedBy.FindStringSubmatch(sent); m != nil && r.applicant != nil {
				byApplicant = r.applicant.MatchString(m[1])
			}
			if p, ok := r.actor(sent); ok && p != order.Applicant && !byApplicant {
				continue
			}
			u.Text = r.t.words(a, b)
			r.found("/order/use_restriction/text", u.Text, a, b, hit.Confidence, hit.Name)
			if m := r.v.purposes.FindStringSubmatchIndex(sent); m != nil {
				for g := 2; g+1 < len(m); g += 2 {
					if m[g] < 0 {
						continue
					}
					u.Purposes = append(u.Purposes, splitList(sent[m[g]:m[g+1]])...)
					r.found("/order/use_restriction/purposes", strings.Join(u.Purposes, "; "), a+m[g], a+m[g+1], 0.7, "purposes")
					break
				}
			}
			if m := r.v.courtOrder.FindStringIndex(sent); m != nil {
				u.ReleaseRequiresCourtOrder = true
				r.found("/order/use_restriction/release_requires_court_order", "true", a+m[0], a+m[1], 0.85, "court_order")
			}
			return
		}
	}
}

// usedBy is the user named in a passive use restriction: "may be used by
// Ms. Kusunoki, and disclosed by her, only ...".
var usedBy = mustRx(`(?i)\b(?:may|shall|must|will|can) (?:only |solely )?be used\b[^.;]{0,60}?\bby ((?:(?:Mr|Ms|Mrs|Dr)\.\s+)?[^,.;]{1,60})`)

// obtained names what a use restriction restricts: what the applicant
// obtains ("whatever is produced").
var obtained = spaced(`(?i)\b(?:information|documents|discovery|materials?|records|data|production)\b|\bwhat(?:ever)? (?:is|was|has been|may be) (?:produced|obtained|received|disclosed)\b|\bwhat(?:ever)? (?:it|they|he|she|(?-i:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3})) (?:obtains|receives|produces|discloses|obtained|received)\b|\b(?:anything|everything) (?:it |they |(?-i:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}) )?(?:produced|obtained|received|obtains|receives)\b`)

// listSeparator splits a list of purposes in the order's words.
var listSeparator = mustRx(`, and |, or | and/or | or | and |, `)

// splitList splits "the anticipated civil action or criminal complaint"
// into its items, in the order's words.
func splitList(s string) []string {
	s = strings.Join(strings.Fields(s), " ")
	var out []string
	for _, part := range listSeparator.Split(s, -1) {
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// sentenceOf returns the words of the sentence a clause is part of, or the
// clause's own where it knows no sentence.
func (r *run) sentenceOf(cl clause) string {
	if cl.sentence[1] > cl.sentence[0] && cl.sentence[1] <= len(r.txt) {
		return r.txt[cl.sentence[0]:cl.sentence[1]]
	}
	return cl.text(r.txt)
}
