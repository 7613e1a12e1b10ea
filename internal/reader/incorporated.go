package reader

import (
	"github.com/writ-project/writ/internal/order"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// romans are the section numbers an order writes in Roman numerals, in
// order, so that the section after one can be found.
var romans = []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}

// letterRef is one lettered part in a reference: "(a)" of "8(a) through (c)".
var letterRef = mustRx(`\(([a-z])\)`)

// incorporated finds the passages before the operative part that the
// operative part makes its own ("revised as set forth in paragraph 8(a)
// through (c) above"): the court stated its changes to the subpoena in
// the discussion, and the order adopts them. unlocated is set to the
// first reference to changes stated elsewhere that says no where
// ("revised as stated above"), when no passage was located.
func (r *run) incorporated() (passages [][2]int, unlocated *[2]int) {
	if r.conclusion < 0 {
		return nil, nil
	}
	conc := r.txt[r.conclusion:r.operativeEnd]
	var missed [][]int
	for _, m := range r.v.incorporated.FindAllStringSubmatchIndex(conc, -1) {
		// Only a reference that changes the subpoena ("revised as set
		// forth in ..."), not one to a condition ("as provided in
		// paragraph 4 above"), and not one to the operative part's own
		// paragraph.
		sa, sb := r.sentenceAt(r.conclusion + m[0])
		if !changeWords.MatchString(r.txt[sa:sb]) {
			continue
		}
		if _, _, own := r.paragraph(conc[m[2]:m[3]], r.conclusion, r.conclusion+m[0]); own {
			continue
		}
		// Nor one to the operative part's own paragraph after it ("is
		// MODIFIED as set out in paragraph 4 below").
		if r.ownParagraphAfter(r.txt[sa:r.conclusion+m[0]], r.conclusion+m[0], r.conclusion+m[1], conc[m[2]:m[3]]) {
			continue
		}
		a, b, ok := r.paragraph(conc[m[2]:m[3]], 0, r.conclusion)
		if ok && m[5] > m[4] {
			// "Part II.B": the part B of section II.
			a, b, ok = r.paragraph(conc[m[4]+1:m[5]], a, b)
		}
		if !ok {
			missed = append(missed, m)
			continue
		}
		if m[7] > m[6] {
			if pa, pb, ok := r.letteredParts(a, b, conc[m[6]:m[7]]); ok {
				a, b = pa, pb
			}
		}
		passages = append(passages, [2]int{a, b})
	}
	// "a subpoena limited as set out in the first paragraph of Part
	// III.C": the paragraph named by its place in a part.
	named, refs := r.partParagraphsNamed(conc)
	for k, p := range named {
		if sa, sb := r.sentenceAt(r.conclusion + refs[k]); changeWords.MatchString(r.txt[sa:sb]) {
			passages = append(passages, p)
		}
	}
	if len(passages) > 0 {
		return passages, nil
	}
	// A paragraph named that is not there is a reference not located.
	for _, m := range missed {
		if !r.changesBefore(r.conclusion + m[0]) {
			return nil, &[2]int{r.conclusion + m[0], r.conclusion + m[1]}
		}
	}
	for _, m := range r.v.unlocated.FindAllStringIndex(conc, -1) {
		// Only a reference that changes the subpoena as a whole: "Request
		// No. 2 is limited as stated above" restates one request's
		// change, which the operative part then states itself.
		sa, sb := r.sentenceAt(r.conclusion + m[0])
		before := r.txt[sa : r.conclusion+m[0]]
		// "GRANTED IN PART ... as set out above" leaves what it grants to
		// the words above, as a change to the subpoena does.
		granted := grantedAbove.MatchString(r.txt[r.conclusion+m[0] : r.conclusion+m[1]])
		// A table above that rules on each request is where.
		if granted && len(r.rulingRows()) > 0 {
			continue
		}
		if !granted && (!strings.Contains(strings.ToLower(r.txt[sa:sb]), "subpoena") || requestNamed.MatchString(before)) {
			continue
		}
		// "Above" may be the operative part itself, when it states
		// changes before the reference; or the sentence says the change
		// after it ("modified as stated above so that it seeks no credit
		// card numbers ...").
		if r.changesBefore(r.conclusion+m[0]) || r.changesIn(r.conclusion+m[1], sb) {
			continue
		}
		// Nor where the operative part goes on to state what the
		// subpoena seeks, whole ("The subpoena ... shall call for all
		// documents reflecting the following information ...:").
		if operativeScope.MatchString(r.txt[r.conclusion+m[1] : r.operativeEnd]) {
			continue
		}
		return nil, &[2]int{r.conclusion + m[0], r.conclusion + m[1]}
	}
	return nil, nil
}

// ownParagraphAfter reports whether a reference at clean bytes [at, end)
// to the paragraph labelled label, after the words lead of its sentence,
// names the operative part's own paragraph after it: a period it changes
// ("the period for Reddit to notify ... is MODIFIED as set out in
// paragraph 4 below"), or the subpoena it allows ("limited as stated in
// paragraph 2"), in its own words, where no document is adopted as that
// paragraph changes it; or a document it adopts as its own paragraph
// below changes it ("The Report (D.I. 9) is ADOPTED, as modified in
// paragraph 3 below"), not a paragraph of its reasons so numbered.
func (r *run) ownParagraphAfter(lead string, at, end int, label string) bool {
	isBelow := below.MatchString(r.txt[end:r.operativeEnd])
	period := isBelow && (periodNamed.MatchString(lead) || documentAdopted.MatchString(lead))
	scope := !isBelow && !r.adoptedAt(at) && !documentAdopted.MatchString(lead) && subpoenaLimited.MatchString(lead)
	if !period && !scope {
		return false
	}
	_, _, own := r.paragraph(label, end, r.operativeEnd)
	return own
}

// below follows a reference to a paragraph after it: "paragraph 4
// below".
var below = mustRx(`^,?\s+below\b`)

// documentAdopted is a document a sentence adopts: "the joint letter is
// ADOPTED".
var documentAdopted = mustRx(`(?i)\b(?:adopt|approv|so ordered|entered)`)

// subpoenaLimited is the subpoena a sentence allows as changed: "may
// serve ... the subpoena attached ..., limited".
var subpoenaLimited = mustRx(`(?i)\bsubpoena\b[^.;]{0,120}?\b(?:limited|modified|narrowed|revised)\s+(?:as|in the manner)\s+$`)

// periodNamed is a period as what a sentence changes: "the period for
// Reddit to notify the account holder ... is MODIFIED".
var periodNamed = mustRx(`(?i)\b(?:period|deadline|time)s?\b[^.;]{0,160}?\b(?:is|are) (?:hereby )?(?:modified|changed|revised|amended|enlarged|extended|shortened)\b`)

// grantedAbove is an application granted in part "as set out above".
var grantedAbove = mustRx(`(?i)^(?:granted|allowed)\b`)

// changeWords are the words of a sentence that changes the subpoena.
var changeWords = mustRx(`(?i)\b(?:revis|modif|limit|narrow|chang|amend|strik|strick|consistent|conform)\w*`)

// requestNamed is a request named by its number.
var requestNamed = mustRx(`(?i)\bRequests? (?:Nos?\.? ?)?\d`)

// paragraph finds the paragraph or section a label names ("8", "B",
// "III") within clean bytes [lo, hi), the discussion before the operative
// part: from the last line that opens with the label and a period, to the
// line that opens with the next label, else to hi.
func (r *run) paragraph(label string, lo, hi int) (int, int, bool) {
	all := paragraphHead(label).FindAllStringIndex(r.txt[lo:hi], -1)
	if len(all) == 0 {
		return 0, 0, false
	}
	a, b := r.paragraphFrom(label, lo+all[len(all)-1][0], hi)
	return a, b, true
}

// paragraphWith is paragraph, but of the paragraphs so labelled in [lo,
// hi) the last that holds the words want (white space aside): a
// stipulation quoted before the order's own paragraphs has a paragraph 2
// too.
func (r *run) paragraphWith(label string, lo, hi int, want string) (int, int, bool) {
	all := paragraphHead(label).FindAllStringIndex(r.txt[lo:hi], -1)
	for i := len(all) - 1; i >= 0; i-- {
		a, b := r.paragraphFrom(label, lo+all[i][0], hi)
		if strings.Contains(strings.Join(strings.Fields(r.txt[a:b]), " "), want) {
			return a, b, true
		}
	}
	return 0, 0, false
}

// paragraphHead opens a paragraph labelled l: "8. ", "B. ", "¶ 8 ", "¶ 8: ".
func paragraphHead(l string) *rx {
	return mustRx(`(?m)^[ \t]*(?:` + regexp.QuoteMeta(l) + `\.[ \t]|¶ ?` + regexp.QuoteMeta(l) + `[.:]?[ \t])`)
}

// paragraphFrom returns the paragraph labelled label that opens at clean
// byte a: to the line that opens with the next label, or a part of the
// document lettered or in roman numerals, else to hi.
func (r *run) paragraphFrom(label string, a, hi int) (int, int) {
	b := hi
	if next := nextLabel(label); next != "" {
		if m := paragraphHead(next).FindStringIndex(r.txt[a:hi]); m != nil {
			b = a + m[0]
		}
	}
	// A numbered paragraph ends where a part of the document lettered
	// or in roman numerals opens ("B. Notice of Amended Proposed Order").
	if _, err := strconv.Atoi(label); err == nil {
		if m := partHeading.FindStringIndex(r.txt[a:b]); m != nil {
			b = a + m[0] + 1
		}
	}
	return a, b
}

// partHeading opens a part of a document lettered or in roman numerals,
// after a blank line: "\n\nB. Notice of Amended Proposed Order".
var partHeading = mustRx(`\n[ \t]*\n[ \t]*(?:[A-H]|[IVX]{1,4})\.[ \t]+[A-Z][a-z]`)

// nextLabel is the label after a paragraph's or section's: 9 after 8, C
// after B, IV after III; "" when there is none.
func nextLabel(l string) string {
	if n, err := strconv.Atoi(l); err == nil {
		return strconv.Itoa(n + 1)
	}
	for i, x := range romans {
		if x == l && i+1 < len(romans) {
			return romans[i+1]
		}
	}
	if len(l) == 1 && l[0] >= 'A' && l[0] < 'Z' {
		return string(l[0] + 1)
	}
	// "A2" after "A1", "A-2" after "A-1".
	if m := hyphenLabel.FindStringSubmatch(l); m != nil {
		n, _ := strconv.Atoi(m[2])
		return m[1] + strconv.Itoa(n+1)
	}
	return ""
}

// letteredParts narrows the paragraph [a, b) to the lettered parts a
// reference names ("(a) through (c)", "(a) and (b)"): from the line that
// opens with the first to the line that opens with the letter after the
// last.
func (r *run) letteredParts(a, b int, ref string) (int, int, bool) {
	ls := letterRef.FindAllStringSubmatch(ref, -1)
	if len(ls) == 0 {
		return a, b, false
	}
	first, last := ls[0][1][0], ls[len(ls)-1][1][0]
	part := func(c byte) *rx {
		return mustRx(`(?m)^[ \t]*\(` + regexp.QuoteMeta(string(c)) + `\)[ \t]`)
	}
	m := part(first).FindStringIndex(r.txt[a:b])
	if m == nil {
		return a, b, false
	}
	pa := a + m[0]
	pb := b
	if n := part(last + 1).FindStringIndex(r.txt[pa:b]); n != nil {
		pb = pa + n[0]
	}
	return pa, pb, true
}

// changesBefore reports whether the operative part changes the requests
// before clean byte i: a standard changed, a request denied or struck or
// its window limited, a category refused.
func (r *run) changesBefore(i int) bool {
	return r.changesIn(r.conclusion, i)
}

// changesIn reports whether clean bytes [a, b) change the requests: a
// standard changed, a request denied or struck or its window limited, a
// category refused, a card's fields left out.
func (r *run) changesIn(a, b int) bool {
	if b <= a {
		return false
	}
	part := r.txt[a:b]
	if cardWords.MatchString(part) && len(exclusions(r.v, part)) > 0 {
		return true
	}
	for _, sc := range r.v.StandardChange {
		if sc.re.MatchString(part) {
			return true
		}
	}
	for _, rules := range [][]rule{r.v.RequestDenied, r.v.Denied, r.v.WindowLimits} {
		for _, rl := range rules {
			if rl.re.MatchString(part) {
				return true
			}
		}
	}
	return r.v.requestsAllowed.MatchString(part)
}

// lastParagraphs makes the last paragraphs of the discussion the order's:
// "as set out in the last four paragraphs of the Discussion above" (group
// 1 how many), "stated in the last paragraph of the Discussion above"
// (group 2: one).
var lastParagraphs = spaced(`(?i)\b(?:as )?(?:set (?:out|forth)|stated|described|provided) in the (?:last|final) (?:([a-z]+|\d{1,2}) paragraphs|(paragraph)) of (?:the|this|its) (?:Discussion|Analysis|Order|opinion)(?: above)?\b`)

// precedingParagraph makes the paragraph before the operative part the
// order's: "the notice, motion, objection, preservation and use terms set
// out in the preceding paragraph shall govern".
var precedingParagraph = spaced(`(?i)\b(?:set (?:out|forth)|stated|described|provided) in the (?:preceding|previous|foregoing) paragraph\b`)

// paragraphsBeginning makes paragraphs of the discussion the order's by
// the words the first begins with: "in the four paragraphs that begin with
// \"Snap shall notify each of the three account holders,\"" (group 1 how
// many, group 2 the words).
var paragraphsBeginning = spaced(`(?i)\bin the ([a-z]+|\d{1,2}) paragraphs (?:that )?begin(?:s|ning)? with ["“]([^"”]{5,120})["”]`)

// partParagraphs makes paragraphs of a part of the discussion the order's
// by their place in it: "limited as set out in the first paragraph of Part
// III.C", "with the notice and motion periods set out in the last two
// paragraphs of Part III.C", "the terms set out in the second and third
// paragraphs of Part III.C", "the third paragraph of that Part" (group 1
// the places, group 2 how many, group 3 the section, group 4 its part;
// "that Part" is the part named before).
var partParagraphs = spaced(`(?i)\b(?:set (?:out|forth)|stated|described|provided) in the ((?:first|second|third|fourth|fifth|sixth|seventh|eighth|opening|last|final)(?:,? (?:and|through|to) (?:first|second|third|fourth|fifth|sixth|seventh|eighth|last|final))*)(?: ([a-z]+|\d{1,2}))? paragraphs? of (?:Part ([IVX]{1,5})(?:\.([A-H]))?|that Part)\b`)

// placeWords are the words that name a paragraph's place in partParagraphs.
var placeWords = mustRx(`(?i)\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|opening|last|final|through|to)\b`)

// partParagraphsNamed returns the paragraphs of the parts before the
// operative part that conc names by their place in the part
// (partParagraphs), each with the start of its reference in conc.
func (r *run) partParagraphsNamed(conc string) (passages [][2]int, refs []int) {
	section, part := "", ""
	for _, m := range partParagraphs.FindAllStringSubmatchIndex(conc, -1) {
		if m[6] >= 0 {
			section, part = conc[m[6]:m[7]], ""
			if m[8] >= 0 {
				part = conc[m[8]:m[9]]
			}
		}
		if section == "" {
			continue
		}
		a, b, ok := r.paragraph(section, 0, r.conclusion)
		if ok && part != "" {
			a, b, ok = r.paragraph(part, a, b)
		}
		if !ok {
			continue
		}
		paras := r.paragraphsIn(a, b)
		n := 1
		if m[4] >= 0 {
			n, _ = wordNumber(r.v, strings.ToLower(conc[m[4]:m[5]]))
		}
		// The places named, counted from 1: "first", "second and third",
		// "second through fourth", "last two".
		var places []int
		through, fromEnd := false, false
		for _, w := range placeWords.FindAllString(strings.ToLower(conc[m[2]:m[3]]), -1) {
			k := 0
			switch w {
			case "through", "to":
				through = true
				continue
			case "opening":
				k = 1
			case "last", "final":
				k, fromEnd = len(paras), true
			default:
				k = r.v.Ordinals[w]
			}
			if through && len(places) > 0 {
				for j := places[len(places)-1] + 1; j < k; j++ {
					places = append(places, j)
				}
			}
			through = false
			places = append(places, k)
		}
		// "the first two": as many from there; "the last two": as many
		// up to the last.
		if len(places) == 1 && n > 1 {
			k := places[0]
			if fromEnd {
				k -= n - 1
			}
			places = nil
			for j := 0; j < n; j++ {
				places = append(places, k+j)
			}
		}
		for _, k := range places {
			if k < 1 || k > len(paras) {
				places = nil
				break
			}
		}
		for _, k := range places {
			passages = append(passages, paras[k-1])
			refs = append(refs, m[0])
		}
	}
	return passages, refs
}

// paragraphsIn returns the paragraphs of clean bytes [a, b), between blank
// lines: a part's heading that stands alone is none, a page's mark ("3 -")
// is none, and a paragraph that breaks off mid-sentence at a page's end
// goes on after it.
func (r *run) paragraphsIn(a, b int) [][2]int {
	var paras [][2]int
	at := a
	for _, sep := range append(blankLine.FindAllStringIndex(r.txt[a:b], -1), []int{b - a, b - a}) {
		p := [2]int{at, a + sep[0]}
		at = a + sep[1]
		text := strings.TrimSpace(r.txt[p[0]:p[1]])
		if !strings.ContainsFunc(text, unicode.IsLetter) {
			continue
		}
		if k := len(paras) - 1; k >= 0 && !sentenceClosed(strings.TrimSpace(r.txt[paras[k][0]:paras[k][1]])) && unicode.IsLower([]rune(text)[0]) {
			paras[k][1] = p[1]
			continue
		}
		paras = append(paras, p)
	}
	if len(paras) > 1 {
		head := strings.TrimSpace(r.txt[paras[0][0]:paras[0][1]])
		if n := len(strings.Fields(head)); n <= 6 || n <= 15 && !sentenceClosed(head) {
			paras = paras[1:]
		}
	}
	return paras
}

// sentenceClosed reports whether text ends a sentence.
func sentenceClosed(text string) bool {
	return strings.HasSuffix(text, ".") || strings.HasSuffix(text, ":") || strings.HasSuffix(text, ";") || strings.HasSuffix(text, ".\"") || strings.HasSuffix(text, ".”") || strings.HasSuffix(text, ")")
}

// quoteWords returns words as patterns that match them as written.
func quoteWords(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = regexp.QuoteMeta(w)
	}
	return out
}

// tableIncorporated makes a table the order states its own: "subject to
// the schedule in Table 2" (group 1 its number).
var tableIncorporated = spaced(`(?i)\b(?:subject to|under|in accordance with|according to) the (?:schedule|timetable|terms|conditions|procedures?|deadlines) (?:in|of|at|set (?:out|forth) in) Table (\d{1,2})\b`)

// partsGoverning makes two or more parts of the order its terms: "shall
// be governed by Parts III.C and III.D of this Order", "on the terms set
// out in Parts III and IV above" (group 1 the parts).
var partsGoverning = spaced(`(?i)\b(?:(?:are|is|shall be) governed by|(?:set (?:out|forth)|stated|described|provided) in|in accordance with|subject to) (?:the terms of )?Parts ((?:[IVX]{1,5}(?:\.[A-H])?,? )+(?:and|&) [IVX]{1,5}(?:\.[A-H])?)\b`)

// reasonsIn is what leads to the parts that give the court's reasons:
// "For the reasons".
var reasonsIn = mustRx(`(?i)\breasons\s+$`)

// eachIncorporated makes each part its sentence names the order's: ",
// each of which is incorporated into this Order"; sectionRef is one such
// part: "Section III.C" (group 1 the section, group 2 its part).
var (
	eachIncorporated = spaced(`(?i),? (?:each|all|both) of which (?:is|are) (?:hereby )?incorporated\b`)
	sectionRef       = spaced(`\b(?:Parts?|Sections?) ([IVX]{1,5})(?:\.([A-H]))?\b`)
)

// partRef is one part partsGoverning names: "III.C" (group 1 the
// section, group 2 its part).
var partRef = mustRx(`\b([IVX]{1,5})(?:\.([A-H]))?\b`)

// subPart is the part of a section a label names after it: ".C" of
// "III.C" (group 1 its label).
var subPart = mustRx(`^\.([A-H]|\d{1,2})\b`)

// adoptParts adds to the passages the order adopts the parts of the order
// before its operative part that the operative part makes its own by label
// ("subject to the Protective Provisions in Part IV of this order, which
// are incorporated here"): a court may state its safeguards in a part of
// their own and its conclusion only incorporate them. Their terms are read
// after the operative part's own words, as a letter's adopted terms are.
func (r *run) adoptParts() {
	if r.conclusion < 0 {
		return
	}
	conc := r.txt[r.conclusion:r.operativeEnd]
	for _, m := range r.v.partIncorporated.FindAllStringSubmatchIndex(conc, -1) {
		// The label is the first group matched: the part's terms said to
		// be incorporated, or the grant made subject to them.
		la, lb := firstGroup(m)
		a, b, ok := r.paragraph(conc[la:lb], 0, r.conclusion)
		// "Part III.C": the part C of section III.
		if sub := subPart.FindStringSubmatch(conc[lb:]); ok && sub != nil {
			a, b, ok = r.paragraph(sub[1], a, b)
		}
		if !ok || r.adoptedAt(a) {
			continue
		}
		r.adopted = append(r.adopted, [2]int{a, b})
	}
	// "... shall be governed by Parts III.C and III.D of this Order":
	// each part named.
	for _, m := range partsGoverning.FindAllStringSubmatchIndex(conc, -1) {
		// "For the reasons stated in Parts III.B and III.C": the court's
		// reasons, not its terms.
		if reasonsIn.MatchString(conc[max(0, m[0]-40):m[0]]) {
			continue
		}
		for _, ref := range partRef.FindAllStringSubmatch(conc[m[2]:m[3]], -1) {
			a, b, ok := r.paragraph(ref[1], 0, r.conclusion)
			if ok && ref[2] != "" {
				a, b, ok = r.paragraph(ref[2], a, b)
			}
			if ok && !r.adoptedAt(a) {
				r.adopted = append(r.adopted, [2]int{a, b})
			}
		}
	}
	// "GRANTED with the modifications set out in Section III.C and on the
	// conditions set out in Section III.D, each of which is incorporated
	// into this Order": each part the sentence names before.
	for _, m := range eachIncorporated.FindAllStringIndex(conc, -1) {
		sa, _ := r.sentenceAt(r.conclusion + m[0])
		if sa < 0 {
			continue
		}
		for _, ref := range sectionRef.FindAllStringSubmatch(r.txt[sa:r.conclusion+m[0]], -1) {
			a, b, ok := r.paragraph(ref[1], 0, r.conclusion)
			if ok && ref[2] != "" {
				a, b, ok = r.paragraph(ref[2], a, b)
			}
			if ok && !r.adoptedAt(a) {
				r.adopted = append(r.adopted, [2]int{a, b})
			}
		}
	}
	r.adoptParagraphsNamed(conc)
	r.adoptTables(conc)
	// "Subject to the notice, objection, preservation and use provisions
	// of this Memorandum and Order": the court's own directions in its
	// discussion are the order's terms, not what a party asked for there.
	if provisionsOfThisOrder.MatchString(conc) || grantedAsAbove.MatchString(conc) || r.grantsWithoutConditions(conc) {
		for _, s := range sentences(r.txt, 0, r.conclusion, r.v.abbrev) {
			text := r.txt[s[0]:s[1]]
			d := r.directive.FindStringIndex(text)
			if d != nil && !isAttributed(text) && !notTheCourtsIn(text) && !otherCourts(text[:d[0]]) && !r.quoted(s[0]+len(text)/2) && !r.adoptedAt(s[0]) {
				r.adopted = append(r.adopted, s)
			}
		}
	}
	// A sentence of the discussion that calls what it says "a condition of
	// this order" states one of the order's terms.
	for _, s := range sentences(r.txt, 0, r.conclusion, r.v.abbrev) {
		if conditionOfOrder.MatchString(r.txt[s[0]:s[1]]) && !r.adoptedAt(s[0]) {
			r.adopted = append(r.adopted, s)
		}
	}
}

// adoptParagraphsNamed adds to the passages the order adopts the
// paragraphs of its discussion the operative part names by their place
// ("as set out in the last four paragraphs of the Discussion above") or
// by the words the first begins with ("in the four paragraphs that begin
// with \"Snap shall notify each of the three account holders,\"").
func (r *run) adoptParagraphsNamed(conc string) {
	// How many, in the patterns' numbers: "four", "4".
	count := func(s string) int {
		n, _ := wordNumber(r.v, strings.ToLower(s))
		return n
	}
	// How many of the last paragraphs: "the last four paragraphs of the
	// Discussion"; one for "the last paragraph of the Discussion" and for
	// "the terms set out in the preceding paragraph".
	n := 0
	if m := lastParagraphs.FindStringSubmatch(conc); m != nil {
		n = count(m[1])
		if m[2] != "" {
			n = 1
		}
	} else if precedingParagraph.MatchString(conc) {
		n = 1
	}
	if n > 0 {
		end := r.conclusion
		// The operative part's heading ("CONCLUSION") is no paragraph.
		if h := strings.LastIndex(strings.TrimRight(r.txt[:end], " \t\n"), "\n\n"); h >= 0 && len(strings.Fields(r.txt[h:end])) <= 3 {
			end = h
		}
		for k := 0; k < n && end > 0; k++ {
			a := strings.LastIndex(strings.TrimRight(r.txt[:end], " \t\n"), "\n\n")
			if a < 0 {
				break
			}
			if !r.adoptedAt(a + 2) {
				r.adopted = append(r.adopted, [2]int{a + 2, end})
			}
			end = a
		}
	}
	// "set out in the last two paragraphs of Part III.C".
	named, _ := r.partParagraphsNamed(conc)
	for _, p := range named {
		if !r.adoptedAt(p[0]) {
			r.adopted = append(r.adopted, p)
		}
	}
	if m := paragraphsBeginning.FindStringSubmatch(conc); m != nil {
		words := strings.Fields(strings.TrimRight(m[2], ",. "))
		re := mustRx(`(?:^|\n\s*\n)\s*` + strings.Join(quoteWords(words), `\s+`))
		if at := re.FindAllStringIndex(r.txt[:r.conclusion], -1); len(at) > 0 {
			a := at[len(at)-1][0]
			for k := 0; k < count(m[1]) && a < r.conclusion; k++ {
				end := r.conclusion
				if b := strings.Index(r.txt[a+2:r.conclusion], "\n\n"); b >= 0 {
					end = a + 2 + b
				}
				if !r.adoptedAt(a) {
					r.adopted = append(r.adopted, [2]int{a, end})
				}
				a = end
			}
		}
	}
}

// adoptTables adds to the passages the order adopts a table it states
// before its operative part and makes its own ("subject to the schedule in
// Table 2"): from its title to the next part.
func (r *run) adoptTables(conc string) {
	for _, m := range tableIncorporated.FindAllStringSubmatch(conc, -1) {
		title := mustRx(`(?m)^[ \t]*Table ` + m[1] + `[:.][ \t]`).FindStringIndex(r.txt[:r.conclusion])
		if title == nil || r.adoptedAt(title[0]) {
			continue
		}
		b := r.conclusion
		if h := partHeading.FindStringIndex(r.txt[title[1]:r.conclusion]); h != nil {
			b = title[1] + h[0] + 1
		}
		r.adopted = append(r.adopted, [2]int{title[0], b})
	}
}

// grantsWithoutConditions reports whether an operative part that grants
// the application states no condition of its own (no notice, motion or
// objection): the court then stated them where it reasoned, in its own
// voice, and granted on them.
func (r *run) grantsWithoutConditions(conc string) bool {
	switch r.p.Order.Disposition {
	case order.Granted, order.GrantedInPart, order.GrantedWithModifications:
	default:
		return false
	}
	if r.recited || r.stipulated || len(r.adopted) > 0 || refersElsewhere.MatchString(conc) {
		return false
	}
	for _, cr := range r.v.Conditions {
		switch order.Act(cr.Act) {
		case order.NotifyAccountHolders, order.MoveToQuash, order.ObjectInWriting, order.AdviseCourt:
			if cr.re.MatchString(conc) {
				return false
			}
		}
	}
	return !r.v.Hold.withhold.MatchString(conc)
}

// refersElsewhere is an operative part that takes its terms from a
// document or a paragraph it names (a stipulation, a report, a letter,
// "paragraphs (a) through (e)"): its conditions are there, not in the
// court's reasons.
var refersElsewhere = mustRx(`(?i)\b(?:stipulation|report|recommendation|proposed order|letter|paragraphs? \(?[a-z0-9]{1,2}\)?|¶|governed by|adopt(?:s|ed)?|footnote|incorporated)\b`)

// otherCourts reports whether the words before a direction tell of
// another court's ("In In re Hoshi, the court directed that Google shall
// ..."): that court's direction, not this order's.
func otherCourts(before string) bool {
	return otherRuling.MatchString(before) || otherDirected.MatchString(before)
}

// otherDirected is a direction told in the past tense.
var otherDirected = mustRx(`(?i)\b(?:directed|ordered|required|allowed|permitted|gave)\b`)

// provisionsOfThisOrder makes the directions the order states elsewhere
// in its own text its terms, without saying where: "subject to the
// notice, objection, preservation and use provisions of this Memorandum
// and Order".
var provisionsOfThisOrder = mustRx(`(?i)\b(?:subject\s+to|in\s+accordance\s+with|under)\s+the\s+[\w\s,]{0,80}?\bprovisions\s+(?:of|in|set\s+out\s+in|stated\s+in)\s+this\s+(?:Memorandum\s+(?:and\s+|&\s+)?)?(?:Opinion\s+(?:and\s+|&\s+)?)?Order\b`)

// grantedAsAbove grants the application as the order said above, which
// makes the directions the court gave there its terms: "GRANTED IN PART and
// DENIED IN PART as set out above"; or says the duties it sets are there:
// "Valve's obligations, and the account holders' opportunity to challenge
// the subpoena, are as set out above".
var grantedAsAbove = mustRx(`(?i)\b(?:granted|allowed)(?:\s+in\s+part(?:\s+and\s+denied\s+in\s+part)?)?,?\s+(?:as|on\s+the\s+terms)\s+(?:set\s+forth|set\s+out|stated|described|discussed|explained|provided)(?:\s+in\s+(?:Part|Section)\s+(?:[IVX]{1,5}|\d{1,2})(?:\.[A-H])?)?\s+above\b|\b(?:obligations|duties|conditions|procedures?|protections|safeguards)\b[^.;]{0,100}?\b(?:are|is|shall\s+be|remain)\s+as\s+(?:set\s+forth|set\s+out|stated|described|provided)\s+above\b`)

// conditionOfOrder makes what a sentence says one of the order's terms:
// "... and it is a condition of this order".
var conditionOfOrder = mustRx(`(?i)\b(?:it|this|that|which) is (?:hereby )?(?:made )?a condition of this order\b|\bas a condition of this order\b`)

// keptInForce keeps an earlier order in force: "The February 9 Order
// remains in full force and effect", "In all other respects, the August
// 18 Order remains in effect"; or adopts the terms a report recommended,
// as the order quotes them ("the conditions recommended at pages 12 and
// 13 of the R&R, as quoted in Part I of this Order, are adopted"). The
// first group matched names the order or report.
// orderDate names an earlier order by its date or its month: "June 2,
// 2026 ", "June 2 ", "June ".
const orderDate = `(?:` + monthNames + `) |[A-Z][a-z]+ \d{1,2}(?:, \d{4})? `

var keptInForce = spaced(`(?i)\b((?:` + orderDate + `|earlier |prior |original |initial )Order)(?: \([^)]{0,60}\))?,?(?: as (?:modified|amended|clarified|supplemented)[^,.;]{0,60},?| including [^.;]{0,120},)? (?:remains?|shall remain|continues?|shall continue) (?:otherwise )?in (?:full )?(?:force|effect)\b|\b((?:` + orderDate + `|earlier |prior |original |initial )Order)(?: \([^)]{0,60}\))? (?:is|shall be|will be) not (?:modified|vacated|disturbed|altered|amended)\b|\b(?:all other|the other|the remaining) (?:provisions|terms|paragraphs) of the ((?:` + orderDate + `)?Order)(?: \([^)]{0,60}\))?,?(?: including [^.;]{0,300}?,)? (?:remain|shall remain|continue) in (?:full )?(?:force|effect)\b|\b(?:conditions|terms|procedures?|provisions) (?:recommended|proposed|set out|set forth) (?:[^.;]|\b(?:pp?|Dkt|Doc|No)\.){0,60}?\b(?:of|in|by) the (R&R|Report and Recommendation|(?:` + orderDate + `)?Order)\b(?:[^.;]|\b(?:Dkt|Doc|No)\.){0,80}?\b(?:are|is) (?:hereby )?(?:adopted|approved|incorporated)\b|\b(?:Paragraphs?|¶¶?) \(?[\da-z]{1,2}\)?(?:(?:,| and| through| to|-) ?\(?[\da-z]{1,2}\)?)* of the ((?:` + orderDate + `|first |original |earlier |prior |initial )?Order)\b(?:[^.;]|\b(?:Dkt|Doc|No)\.){0,80}?\b(?:(?:are|is|shall be) (?:hereby )?(?:incorporated|adopted)|(?:remains?|shall remain|continues?) in (?:full )?(?:force|effect)|(?:apply|applies|shall apply) (?:to [^.;]{0,60}? )?as (?:though|if) (?:set (?:out|forth)|stated|restated|written) (?:here|herein|in this Order))\b`)

// keptForOther follows an order kept in force for another matter only:
// "... remains in effect as to the subpoena to Microsoft".
var keptForOther = mustRx(`^\s*(?:as to|with respect to|insofar as it concerns)\b`)

// vacatesWhole reports whether s vacates an order whole: "Paragraph 6 of
// the July 20 Order is VACATED" vacates one of its paragraphs, and the
// rest of it may be kept in force.
func vacatesWhole(vacates *rx, s string) bool {
	for _, m := range vacates.FindAllStringIndex(s, -1) {
		if !paragraphOf.MatchString(s[max(0, m[0]-60):m[0]]) {
			return true
		}
	}
	return false
}

// paragraphOf ends the words that name a part of an order: "Paragraph 6
// of the July 20 ", "¶¶ 4-5 of the ".
var paragraphOf = mustRx(`(?i)\b(?:paragraphs?|¶¶?|sections?|parts?)\s*\(?([\da-z]{1,3})\)?(?:(?:,|\s+and|\s+through|-)\s*\(?[\da-z]{1,3}\)?)*\s+of\s+(?:the\s+|this\s+|its\s+)?(?:[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?\s+)?$`)

// recitalIntro ends a paragraph that introduces an order's terms quoted
// below it: "Its decretal paragraphs read in relevant part:", "It further
// ordered:", "The Order then provided:", "an order whose operative
// paragraphs provide as follows:".
var recitalIntro = mustRx(`(?i)\b(?:provided|provides|provide|ordered|orders|imposed|directed|required|reads?|stated|states|recommends|recommended|set (?:out|forth)|in (?:these|the following) terms)\b[^.:]{0,60}:\s*$`)

// recitalVerb is what a recital says an order did: "The February 9 Order
// authorized a subpoena ...", "It imposed these conditions:".
var recitalVerb = mustRx(`(?i)\b(?:authorized|permitted|allowed|required|directed|provided|imposed|ordered|set|conditioned|limited|granted|protected|built|established|prescribed|laid down)\b`)

// pastBound is what an earlier order bound someone to do, told in the
// past: "was required to notify", "was to preserve".
var pastBound = mustRx(`\b(?:was|were) (?:(?:required|directed|ordered|obliged) )?to (?:notify|give|send|advise|inform|preserve|file|move|serve|produce|withhold)\b`)

// courtRecital is the court telling what it did in the order it keeps:
// "The Court authorized Kumo to serve ...", "the Court also directed".
var courtRecital = mustRx(`\b(?:(?:The|the) Court|It) (?:also |further |then )?(?:granted|authorized|permitted|allowed|required|directed|imposed|conditioned|limited|attached|set)\b`)

// adoptKeptOrder makes the terms of an earlier order its operative part
// keeps in force its own, as this order recites them before its operative
// part: the paragraphs that say what that order did ("The February 9
// Order authorized a subpoena seeking ...") and the block of terms such a
// paragraph introduces ("It imposed these conditions:"). Its own words,
// read after them, change them where they say so; what a party asked for
// in their place is in no such paragraph.
func (r *run) adoptKeptOrder() {
	if r.conclusion < 0 {
		return
	}
	conc := r.txt[r.conclusion:r.operativeEnd]
	var m []int
	for _, k := range keptInForce.FindAllStringSubmatchIndex(conc, -1) {
		// "The May 11 Order remains in effect as to the subpoena to
		// Microsoft": kept for another subpoena, not this one.
		if !keptForOther.MatchString(conc[k[1]:]) {
			m = k
			break
		}
	}
	if m == nil || vacatesWhole(r.v.vacates, conc) {
		return
	}
	la, lb := firstGroup(m)
	name := strings.Join(strings.Fields(r.txt[r.conclusion+la:r.conclusion+lb]), " ")
	n0 := len(r.adopted)
	named := mustRx(`(?i)\bthe\s+"?` + strings.ReplaceAll(regexp.QuoteMeta(name), " ", `\s+`) + `\b`)
	at, told := 0, false
	for at < r.conclusion {
		end := r.paragraphEnd(at, r.conclusion)
		para := r.txt[at:end]
		// "Its decretal paragraphs read in relevant part:", "The Order
		// then provided:": the block of its terms, after a paragraph
		// that named it or told of it.
		intro := recitalIntro.FindStringIndex(para) != nil && (told || named.MatchString(para)) && !r.adoptedAt(at)
		// Where the paragraph begins to tell of the order's terms, or -1:
		// at the order named as the subject of what it did, in the words
		// right after its name ("The February 9 Order authorized ...");
		n := named.FindStringIndex(para)
		from := -1
		if n != nil {
			after := para[n[1]:min(len(para), n[1]+60)]
			if e := strings.Index(after, ". "); e >= 0 {
				after = after[:e]
			}
			if recitalVerb.MatchString(after) {
				from = n[0]
			}
		}
		// else at the court as the subject of what that order did, in a
		// paragraph that names it or follows one that told of it ("(Doc.
		// 9, the \"September 8 Order.\") The Court authorized Kumo to
		// serve a subpoena ..."); else, after a paragraph that told of it,
		// at what it bound someone to do ("Under those conditions,
		// Tripadvisor was required to notify ...").
		if c := courtRecital.FindStringIndex(para); from < 0 && c != nil && (n != nil || told) {
			from = c[0]
		}
		if c := pastBound.FindStringIndex(para); from < 0 && c != nil && told {
			from = c[0]
		}
		if intro {
			// The paragraph that introduces the block of its terms may
			// tell of others before it ("It granted the application and
			// authorized a subpoena calling for ...").
			if from >= 0 {
				r.adopted = append(r.adopted, [2]int{at + from, end})
				r.directive = r.v.directivePast
			}
			b := end + quotedBlockEnd(r.txt[end:r.conclusion])
			r.adopted = append(r.adopted, [2]int{end, b})
			at, told = b, false
			continue
		}
		if from < 0 || r.adoptedAt(at) {
			told = n != nil
			at = end
			continue
		}
		told = true
		// A paragraph that tells of the order's terms, and the block of
		// them it introduces with a colon.
		b := end
		if strings.HasSuffix(strings.TrimSpace(para), ":") {
			b = end + quotedBlockEnd(r.txt[end:r.conclusion])
		}
		r.adopted = append(r.adopted, [2]int{at + from, b})
		// Its terms told as what it did: "directed Example to notify".
		r.directive = r.v.directivePast
		at = b
	}
	r.strikeRecited(conc, n0)
	r.adoptNamedOnly(conc[m[0]:m[1]], n0)
}

// keptNamed is a kept order's clause that names its paragraphs: group 1
// the labels ("2, 3, 4 and 6", "3 through 5").
var keptNamed = mustRx(`(?i)^(?:Paragraphs?|¶¶?)\s*([\d\s,]+(?:(?:and|through|to|-)\s*\d{1,2})?)\s+of\b`)

// namedLabels reads the numbers of the paragraphs a clause names, "2, 3,
// 4 and 6" of "Paragraphs 2, 3, 4 and 6 of the First Order", "3 through
// 5" as 3, 4 and 5 (as requests' numbers are read); nil when it names
// none.
func namedLabels(clause string) map[int]bool {
	m := keptNamed.FindStringSubmatch(clause)
	if m == nil {
		return nil
	}
	keep := map[int]bool{}
	for _, n := range requestNumbers(m[1]) {
		keep[n] = true
	}
	return keep
}

// recitedHead opens a paragraph of an earlier order as the discussion
// sets it out: "¶ 2: \"...\"" (group 1 its label).
var recitedHead = mustRx(`(?m)^[ \t]*¶ ?(\d{1,2})[.:]?[ \t]`)

// adoptNamedOnly leaves out of the recitals adopted since the n-th
// passage the paragraphs of the kept order its clause does not name:
// "Paragraphs 2, 3, 4 and 6 of the First Order apply" adopts no paragraph
// 1 or 5 the discussion sets out.
func (r *run) adoptNamedOnly(clause string, n int) {
	keep := namedLabels(clause)
	if keep == nil {
		return
	}
	kept := slices.Clone(r.adopted[:n])
	for _, a := range r.adopted[n:] {
		// The passage up to its first paragraph, then each paragraph
		// named.
		from := a[0]
		for _, h := range recitedHead.FindAllStringSubmatchIndex(r.txt[a[0]:a[1]], -1) {
			k, _ := strconv.Atoi(r.txt[a[0]+h[2] : a[0]+h[3]])
			if from >= 0 && !keep[k] {
				kept = append(kept, [2]int{from, a[0] + h[0]})
				from = -1
			} else if from < 0 && keep[k] {
				from = a[0] + h[0]
			}
		}
		if from >= 0 {
			kept = append(kept, [2]int{from, a[1]})
		}
	}
	r.adopted = slices.DeleteFunc(kept, func(p [2]int) bool { return p[0] >= p[1] })
}

// paragraphEnd returns where the paragraph that begins at clean byte at
// ends, before limit: at a blank line, unless the words after it go on
// in lower case, a sentence broken by a page's foot and head.
func (r *run) paragraphEnd(at, limit int) int {
	for at < limit {
		e := blankLine.FindStringIndex(r.txt[at:limit])
		if e == nil {
			return limit
		}
		end := at + e[1]
		rest := strings.TrimLeft(r.txt[end:limit], " \t\n")
		if rest == "" || !unicode.IsLower(rune(rest[0])) {
			return end
		}
		at = end
	}
	return limit
}

// strikeRecited strikes, from the recitals adopted since the n-th
// passage, what they tell of a paragraph the operative part vacates
// ("Paragraph 6 of the July 20 Order is VACATED"): "Paragraph 6 provided:
// \"...\"" is no term of the order kept.
func (r *run) strikeRecited(conc string, n int) {
	for _, m := range r.v.vacates.FindAllStringIndex(conc, -1) {
		p := paragraphOf.FindStringSubmatchIndex(conc[max(0, m[0]-60):m[0]])
		if p == nil {
			continue
		}
		label := conc[max(0, m[0]-60)+p[2] : max(0, m[0]-60)+p[3]]
		told := mustRx(`(?i)\b(?:Paragraph|¶)\s*` + regexp.QuoteMeta(label) + `\b[^.:;]{0,40}?\b(?:provided|stated|read|said|required|directed|limited|imposed)\b\s*:?\s*`)
		for _, a := range r.adopted[n:] {
			t := told.FindStringIndex(r.txt[a[0]:a[1]])
			if t == nil {
				continue
			}
			at, end := a[0]+t[0], a[0]+t[1]
			if end < a[1] && r.txt[end] == '"' {
				if q := strings.IndexByte(r.txt[end+1:a[1]], '"'); q >= 0 {
					end += q + 2
				}
			} else if e := strings.Index(r.txt[end:a[1]], ". "); e >= 0 {
				end += e + 1
			}
			r.struck = append(r.struck, [2]int{at, end})
		}
	}
}

// scheduleAbove is the operative part's reference to a schedule set out
// before it: "within the periods and from the events stated in the
// schedule above", "as shown in the table in Part III".
var scheduleAbove = spaced(`(?i)\b(?:schedule|timetable|table|chart)(?: (?:set out|stated|set forth|shown))? (?:above|in Part [IVX]{1,5})\b`)

// scheduleHeads names a schedule's column of periods: "Period",
// "Deadline", "When", "Running from".
var scheduleHeads = mustRx(`(?i)^(?:periods?|deadlines?|time(?: limits?)?|when|due(?: dates?)?|running from|from|days)$`)

// adoptSchedule makes the rows of a schedule set out before the operative
// part its own, when the operative part refers to it ("within the periods
// and from the events stated in the schedule above"): each row is a step
// the order directs, read as a row of the operative part is.
func (r *run) adoptSchedule() {
	if r.conclusion < 0 || !scheduleAbove.MatchString(r.txt[r.conclusion:r.operativeEnd]) {
		return
	}
	for _, row := range r.t.rows {
		if row.a >= r.conclusion || r.adoptedAt(row.a) || !slices.ContainsFunc(row.heads, func(h string) bool { return scheduleHeads.MatchString(strings.TrimSpace(h)) }) {
			continue
		}
		r.adopted = append(r.adopted, [2]int{row.a, row.b})
	}
}

// recommendationIntro ends the words that put a report's lettered
// recommendations: "The Report recommended ... that the Court:", "She
// recommended that:", or the conditions it recommended: "The Report
// recommended that Requests 1 through 4 be permitted ...; and that the
// subpoena be subject to the following conditions (D.I. 9 at 12):".
var recommendationIntro = mustRx(`(?:` + recommendsThat + `[ \t]*\n|(?i)\brecommend(?:s|ed)?\b(?:[^:]|:\s+that\b){0,600}?\bconditions\b[^:\n]{0,40}:[ \t]*\n)`)

// recommendationsNamed names a report's recommendations by letter:
// "recommendations (a), (b), (d) and (e)", "recommendation (b)", its
// conditions "conditions (a) through (f) recommended ..." (group 1 the
// letters).
var recommendationsNamed = mustRx(`(?i)\b(?:recommendations?|conditions?)\s+(\((?:[a-z]|\d{1,2})\)(?:(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*,\s+and\s+|\s+through\s+|\s+to\s+)\((?:[a-z]|\d{1,2})\))*)`)

// recommendationTaken is what the operative part does with the
// recommendations it names: it adopts them, or it refers to what they
// describe ("a subpoena in the scope described in recommendation (b)",
// "subject to conditions (a) through (f)"), or it changes words in one
// ("In recommended condition (3), \"twenty-one (21) days\" is replaced
// ...": the condition as changed).
var recommendationTaken = mustRx(`(?i)\b(?:adopt(?:s|ed)?|accept(?:s|ed)?|approve[sd]?|described in|set (?:out|forth) in|provided (?:for )?in|subject to)\b|\bIn recommended\s*$`)

// recommendationNotTaken changes or rejects the recommendations it names:
// "recommendation (c) is MODIFIED: ...".
var recommendationNotTaken = mustRx(`(?i)\b(?:modif\w*|reject\w*|declin\w*|not (?:adopted|accepted|approved)|overrul\w*|vacat\w*)\b`)

// recommendationItem opens a lettered or numbered recommendation: "(b)
// deny ...", "(2) Pinterest shall notify ...".
var recommendationItem = mustRx(`(?m)^[ \t]*\(([a-z]|\d{1,2})\)[ \t]+`)

// itemRef is one lettered or numbered item in a reference: "(3)" of
// "conditions (1), (2) and (6)".
var itemRef = mustRx(`\(([a-z]|\d{1,2})\)`)

// nthItemLabel is the k-th label of a list lettered from (a) or numbered
// from (1), as the list's first label says.
func nthItemLabel(first string, k int) string {
	if first[0] >= '0' && first[0] <= '9' {
		return strconv.Itoa(k + 1)
	}
	return string(rune('a' + k))
}

// adoptRecommendations makes the lettered recommendations of a report the
// order sets out, and its operative part adopts by letter
// ("recommendations (a), (b), (d) and (e) are ADOPTED", "a subpoena in the
// scope described in recommendation (b)"), the order's: each item, to the
// next or to its paragraph's end, read with what a recommendation directs
// ("require X to notify ..."). One the operative part changes or rejects
// ("recommendation (c) is MODIFIED: X Corp. shall notify ...") is not
// adopted: the order's own words state it.
func (r *run) adoptRecommendations() {
	if r.conclusion < 0 {
		return
	}
	intros := recommendationIntro.FindAllStringIndex(r.txt[:r.conclusion], -1)
	if len(intros) == 0 {
		return
	}
	from := intros[len(intros)-1][1]
	items := map[string][2]int{}
	starts := recommendationItem.FindAllStringSubmatchIndex(r.txt[from:r.conclusion], -1)
	for k, m := range starts {
		a := from + m[0]
		b := r.conclusion
		if k+1 < len(starts) {
			b = from + starts[k+1][0]
		}
		if e := strings.Index(r.txt[a:b], "\n\n"); e >= 0 {
			b = a + e
		}
		// The list is the letters in order from (a), or the numbers from
		// (1): a later (a) is another list's.
		if label := r.txt[from+m[2] : from+m[3]]; label == nthItemLabel(r.txt[from+starts[0][2]:from+starts[0][3]], k) {
			items[label] = [2]int{a, b}
		} else {
			break
		}
	}
	adopted := false
	for _, s := range r.ownSentences() {
		text := r.txt[s[0]:s[1]]
		for _, m := range recommendationsNamed.FindAllStringSubmatchIndex(text, -1) {
			// What the sentence does with these: the words right after
			// them ("are ADOPTED", "is MODIFIED"), or right before ("the
			// scope described in").
			after := text[m[1]:min(len(text), m[1]+40)]
			before := text[max(0, m[0]-40):m[0]]
			if recommendationNotTaken.MatchString(after) || !recommendationTaken.MatchString(after) && !recommendationTaken.MatchString(before) {
				continue
			}
			letters := itemRef.FindAllStringSubmatch(text[m[2]:m[3]], -1)
			names := []string{}
			for k, l := range letters {
				names = append(names, l[1])
				// "(a) through (d)", "(2) through (5)": the labels between.
				if k+1 < len(letters) && rangeBetween.MatchString(text[m[2]:m[3]]) {
					if n, err := strconv.Atoi(l[1]); err == nil {
						if last, err := strconv.Atoi(letters[k+1][1]); err == nil {
							for c := n + 1; c < last; c++ {
								names = append(names, strconv.Itoa(c))
							}
						}
						continue
					}
					for c := l[1][0] + 1; c < letters[k+1][1][0]; c++ {
						names = append(names, string(c))
					}
				}
			}
			for _, l := range names {
				if p, ok := items[l]; ok && !r.adoptedAt(p[0]) {
					r.adopted = append(r.adopted, p)
					adopted = true
				}
			}
		}
	}
	if adopted {
		r.directive = r.v.directiveRecommended
	}
}

// rangeBetween joins the first and last letters of a range: "(a)
// through (d)".
var rangeBetween = mustRx(`\)\s+(?:through|to)\s+\(`)

// namedParagraphsAdopted makes paragraphs of a document the discussion
// quotes the order's by their labels and the document's name: "Paragraphs
// A2 through A5 of the Joint Letter, quoted above, are adopted as terms of
// this Order", "a subpoena in the form described in paragraph A1 of the
// Joint Letter", "Paragraphs 2 through 7 of the Stipulation, as so
// modified, govern notice ...", "Paragraphs 2, 4, 5, 7 and 8 of the April
// Order (No. ...) apply to that subpoena as though set out in full here"
// (group 1 or 3 the labels, group 2 or 4 the name).
var namedParagraphsAdopted = spaced(`(?i)\b(?:Paragraphs?|¶¶?|Items?) ([A-Z]?\d{1,2}(?:(?:,| and| through| to| ?-) ?[A-Z]?\d{1,2})*) of the ((?-i:[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}))(?: \([^()]{1,30}\))?,? (?:(?:as )?(?:quoted|set (?:out|forth)|recited|reproduced) above,? )?(?:as (?:so )?(?:modified|amended|changed),? )?(?:(?:are|is) (?:hereby )?(?:adopted|incorporated|approved)|(?:shall )?govern|(?:shall )?apply (?:to (?:the|that|this) subpoena )?as (?:though|if) set (?:out|forth) (?:in full )?here(?:in)?)\b|\bsubpoena in the form (?:described|set (?:out|forth)|stated) in (?:paragraph|¶|item) ([A-Z]?\d{1,2}) of the ((?-i:[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}))`)

// hyphenLabel is a paragraph's label of a letter and a number: "A2",
// "A-1" (group 1 the letter and hyphen, group 2 the number).
var hyphenLabel = mustRx(`^([A-Z]-?)(\d{1,2})$`)

// labelLetter is the letter a paragraph's label opens with: "A" of "A2".
var labelLetter = mustRx(`\b([A-Z])(\d)`)

// namedLabelList reads the labels a clause names as requestNumbers reads
// requests' numbers: "2 through 5" as 2, 3, 4 and 5, and "A2 through A5",
// whose labels share their letter, as A2, A3, A4 and A5.
func namedLabelList(s string) []string {
	letter := ""
	if ls := labelLetter.FindAllStringSubmatch(s, -1); len(ls) > 0 {
		letter = ls[0][1]
		for _, l := range ls {
			if l[1] != letter {
				return nil
			}
		}
		s = labelLetter.ReplaceAllString(s, "$2")
	}
	var out []string
	for _, n := range requestNumbers(s) {
		out = append(out, letter+strconv.Itoa(n))
	}
	return out
}

// adoptNamedParagraphs adds to the passages the order adopts the
// paragraphs of a document quoted before its operative part that the
// operative part names by label and by the document's name
// (namedParagraphsAdopted): each paragraph from the line that opens with
// its label, after the document is first named, to the next label or the
// paragraph's end.
func (r *run) adoptNamedParagraphs() {
	if r.conclusion < 0 {
		return
	}
	conc := r.txt[r.conclusion:r.operativeEnd]
	for _, m := range namedParagraphsAdopted.FindAllStringSubmatchIndex(conc, -1) {
		g := 2
		if m[2] < 0 {
			g = 6
		}
		labels, name := conc[m[g]:m[g+1]], conc[m[g+2]:m[g+3]]
		named := mustRx(`\b` + strings.ReplaceAll(regexp.QuoteMeta(name), " ", `\s+`) + `\b`).FindStringIndex(r.txt[:r.conclusion])
		if named == nil {
			continue
		}
		for _, l := range namedLabelList(labels) {
			all := paragraphHead(l).FindAllStringIndex(r.txt[named[1]:r.conclusion], -1)
			if len(all) == 0 {
				continue
			}
			a, b := r.paragraphFrom(l, named[1]+all[0][0], r.conclusion)
			b = min(b, r.paragraphEnd(a, b))
			if !r.adoptedAt(a) {
				r.adopted = append(r.adopted, [2]int{a, b})
			}
		}
	}
}
