package reader

import (
	"strconv"
	"strings"

	"github.com/writ-project/writ/internal/order"
)

// A letter-motion is an applicant's letter to the judge that asks for an
// order (S.D.N.Y. and E.D.N.Y. judges' individual rules allow one in place
// of a formal motion). The letter is the applicant's words: what it
// proposes is not ordered, and what it says the court should do is no
// disposition. The judge may grant it by endorsing it, at its foot, after
// the letter's closing, or above it on its first page ("MEMO ENDORSED":
// "Application GRANTED ... SO ORDERED.", initials, a date). The
// endorsement is then the order: it
// grants what the letter asked, on the terms the letter proposed, changed
// as the endorsement says.

// letterSalutationWithin is how far into the text a letter's salutation
// may stand: after a letterhead, a date, the judge's address and a "Re:"
// line. A letter quoted or attached later in an order is the order's
// exhibit, not a letter-motion.
const letterSalutationWithin = 4000

// letterMotion reads whether the text is an applicant's letter to the
// judge: a salutation to the court near its top, before any heading or
// "IT IS ORDERED" of an order, and a closing after it. If so, the
// operative part is the endorsement after the closing, from its first
// paragraph that grants, denies or so orders, or else one written above
// the letter that says "SO ORDERED"; a letter without one holds no
// operative part. It reports whether the text is such a letter, so that
// nothing in the letter's body is taken for the order.
func (r *run) letterMotion() bool {
	sal := r.v.Letter.salutation.FindStringIndex(r.txt)
	if sal == nil || sal[0] > letterSalutationWithin {
		return false
	}
	for _, rl := range r.v.Operative {
		if m := rl.re.FindStringIndex(r.txt[:sal[0]]); m != nil {
			return false
		}
	}
	closes := r.v.Letter.closing.FindAllStringIndex(r.txt[sal[1]:], -1)
	if len(closes) == 0 {
		return false
	}
	last := closes[len(closes)-1]
	r.letter = [2]int{sal[0], sal[1] + last[0]}
	after := sal[1] + last[1]
	from, to := after, len(r.txt)
	m := r.v.Letter.endorsement.FindStringIndex(r.txt[after:])
	// An endorsement above the letter that says "SO ORDERED" is the order
	// when what follows the closing does not say it: chambers' note of
	// reasons typed below the signatures ("The request in paragraph 2(e)
	// is denied ...") explains it.
	if m != nil && soOrdered.MatchString(r.txt[:sal[0]]) && r.v.Letter.endorsement.MatchString(r.txt[:sal[0]]) && !soOrdered.MatchString(r.txt[after:]) {
		m = nil
	}
	if m == nil {
		// The endorsement may be written above the letter, on its first
		// page: it is one only if it says "SO ORDERED", and it ends where
		// the letter begins.
		if !soOrdered.MatchString(r.txt[:sal[0]]) {
			return true
		}
		if m = r.v.Letter.endorsement.FindStringIndex(r.txt[:sal[0]]); m == nil {
			return true
		}
		from, to = 0, sal[0]
		// It ends with its date, when a line of its own gives one
		// after "SO ORDERED": the letterhead after it is the letter's.
		so := soOrdered.FindStringIndex(r.txt[:sal[0]])
		for _, l := range lineAt.FindAllStringIndex(r.txt[so[1]:min(sal[0], so[1]+600)], -1) {
			if line := strings.TrimSpace(r.txt[so[1]+l[0] : so[1]+l[1]]); line != "" && r.v.date.FindString(line) == line {
				to = so[1] + l[1]
				break
			}
		}
	}
	at := from + m[0]
	start := from
	if all := blankLine.FindAllStringIndex(r.txt[from:at], -1); len(all) > 0 {
		start = from + all[len(all)-1][1]
	}
	for start < at && isSpace(r.txt[start]) {
		start++
	}
	r.conclusion = start
	r.operativeEnd = to
	// The order is dated where the judge endorsed the letter, not on the
	// letter's date.
	r.adopting = start
	r.p.Operative = true
	return true
}

// lineAt is a line of text.
var lineAt = mustRx(`(?m)^.*$`)

// soOrdered is the judge's "SO ORDERED" of an endorsement.
var soOrdered = mustRx(`(?i)\bso ordered\b`)

// blankLine is a line with nothing on it, which ends a paragraph.
var blankLine = mustRx(`\n[ \t]*\n`)

// inLetter reports whether clean byte i is in the body of a letter-motion,
// between its salutation and its closing.
func (r *run) inLetter(i int) bool {
	return r.letter[1] > 0 && i >= r.letter[0] && i < r.letter[1]
}

// adoptLetterTerms makes the terms a letter-motion proposes the order's,
// when its endorsement grants the letter: all the terms of the list the
// letter introduces as its proposal ("Rask respectfully proposes that the
// Court order the following:"), or those the endorsement names
// ("Conditions (1) through (6) in this letter are adopted ..."). An
// endorsement that refuses them adopts none. The endorsement's own words
// come after them, so a term it changes is read from it (conditions).
func (r *run) adoptLetterTerms() {
	if r.letter[1] == 0 || r.conclusion < 0 {
		return
	}
	switch r.p.Order.Disposition {
	case order.Granted, order.GrantedWithModifications, order.GrantedInPart:
	default:
		return
	}
	endorsement := r.txt[r.conclusion:r.operativeEnd]
	// "Paragraph 2(e) is NOT approved" refuses that paragraph, not the
	// terms.
	whole := itemStruck.ReplaceAllString(paragraphStruck.ReplaceAllString(endorsement, " "), " ")
	if r.v.Letter.notAdopted.MatchString(whole) {
		return
	}
	var named []int
	if m := r.v.Letter.termsAdopted.FindStringSubmatchIndex(endorsement); m != nil {
		named = termNumbers(endorsement[m[2]:m[3]])
	}
	items := r.proposedTerms()
	if len(items) == 0 {
		if named != nil {
			r.need("/order/conditions", "the endorsement adopts terms the letter proposes, and the reader could not find them in the letter; a person must state them", r.conclusion, r.operativeEnd)
		}
		return
	}
	for k, it := range items {
		if named != nil && !containsInt(named, it.num) {
			continue
		}
		end := r.letter[1]
		if k+1 < len(items) {
			end = items[k+1].lo
		} else if m := blankLine.FindStringIndex(r.txt[it.lo:r.letter[1]]); m != nil {
			end = it.lo + m[0]
		}
		// Adjacent terms make one passage.
		if n := len(r.adopted); n > 0 && r.adopted[n-1][1] == it.lo {
			r.adopted[n-1][1] = end
			continue
		}
		r.adopted = append(r.adopted, [2]int{it.lo, end})
	}
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// termItem is one numbered term of a letter's list: its number and where
// its line begins.
type termItem struct{ num, lo int }

// termLine is a line that opens with a term's number or letter: "(1)",
// "1.", "1)", "(a)", "a.".
var termLine = mustRx(`(?m)^[ \t]*(?:\((\d{1,2}|[a-z])\)|(\d{1,2}|[a-z])[.)])[ \t]+`)

// termOrdinal is a term's number: 3 for "3" or "c".
func termOrdinal(g string) int {
	if len(g) == 1 && g[0] >= 'a' && g[0] <= 'z' {
		return int(g[0]-'a') + 1
	}
	n, _ := strconv.Atoi(g)
	return n
}

// termLetter is a term named by its letter in parentheses: "(c)".
var termLetter = mustRx(`\(([a-zA-Z])\)`)

// termNumbers reads the terms a list names: "(1) through (6)", "(a) and
// (c)".
func termNumbers(s string) []int {
	s = termLetter.ReplaceAllStringFunc(s, func(l string) string {
		return "(" + strconv.Itoa(termOrdinal(strings.ToLower(l[1:2]))) + ")"
	})
	return requestNumbers(s)
}

// proposedTerms finds the list of terms a letter proposes: the last list
// in its body numbered from 1 on lines, of one form, whose words before
// its first term introduce it with a colon and speak of a proposal, terms
// or conditions ("We propose these terms:"). A letter's own paragraphs
// numbered "1. Background." are introduced by no such words.
func (r *run) proposedTerms() []termItem {
	body := r.txt[r.letter[0]:r.letter[1]]
	type found struct {
		termItem
		// form is how the list writes its terms: in parentheses or not,
		// by number or by letter.
		form [2]bool
	}
	var all []found
	for _, m := range termLine.FindAllStringSubmatchIndex(body, -1) {
		g, paren := 4, false
		if m[2] >= 0 {
			g, paren = 2, true
		}
		label := body[m[g]:m[g+1]]
		letter := label[0] >= 'a' && label[0] <= 'z'
		all = append(all, found{termItem{termOrdinal(label), r.letter[0] + m[0]}, [2]bool{paren, letter}})
	}
	var best []termItem
	for k, first := range all {
		if first.num != 1 || !r.introducesTerms(first.lo) {
			continue
		}
		list := []termItem{first.termItem}
		for _, next := range all[k+1:] {
			if next.form != first.form {
				continue
			}
			if next.num == 1 {
				break
			}
			if next.num == list[len(list)-1].num+1 {
				list = append(list, next.termItem)
			}
		}
		best = list
	}
	return best
}

// introducesTerms reports whether the words before clean byte i, in its
// sentence, introduce a list of proposed terms: they end with a colon and
// speak of a proposal, terms or conditions.
//
// A sentence of its own may introduce the list, ending "as follows." or
// "the following.": the list then begins the next sentence.
func (r *run) introducesTerms(i int) bool {
	a, _ := r.sentenceAt(i)
	if a > i {
		return false
	}
	lead := strings.TrimSpace(r.txt[a:i])
	// A heading of its own line may introduce the list: "II. Stipulated
	// Terms", "PROPOSED CONDITIONS".
	if h := lastLine(r.txt[:i]); strings.HasSuffix(h, lead) {
		if termsHeading.MatchString(h) && r.v.Letter.termsLeadin.MatchString(h) {
			return true
		}
	}
	if lead == "" && a > 0 {
		k := a - 1
		for k > 0 && isSpace(r.txt[k]) {
			k--
		}
		if b, e := r.sentenceAt(k); b < e {
			prev := strings.TrimSpace(r.txt[b:e])
			return followsLead.MatchString(prev) && r.v.Letter.termsLeadin.MatchString(prev)
		}
	}
	return strings.HasSuffix(lead, ":") && r.v.Letter.termsLeadin.MatchString(lead)
}

// termsHeading is a heading on a line of its own: a part's numeral or
// letter, if any, and a few words with no full stop at their end.
var termsHeading = mustRx(`^(?:(?:[IVX]{1,5}|[A-H]|\d{1,2})\.[ \t]+)?[A-Z][A-Za-z' ]{2,50}[A-Za-z]$`)

// lastLine returns the last line of s that has words on it, trimmed.
func lastLine(s string) string {
	s = strings.TrimRight(s, " \t\n")
	return strings.TrimSpace(s[strings.LastIndexByte(s, '\n')+1:])
}

// followsLead ends a sentence that introduces a list after it.
var followsLead = mustRx(`(?i)\b(?:as follows|the following)[.:]$`)

// requestsStop is where the requests of the proposed subpoena stop being
// read (findRequests): at the operative part, unless it is an endorsement
// written above the letter, whose body is then read whole.
func (r *run) requestsStop() int {
	if r.letter[1] > 0 && r.conclusion >= 0 && r.conclusion < r.letter[0] {
		return -1
	}
	// (An order that opens "IT IS HEREBY ORDERED ..., for the reasons and
	// on the terms set out below" begins its operative part where it orders
	// again (operative): the findings between are read before it.)
	//
	// One that opens "..., for the reasons and on the terms that follow"
	// keeps its findings in its operative part, where a table of terms
	// among them is the court's; the requests they describe are read up
	// to where it orders again.
	if r.conclusion >= 0 {
		if _, b := r.sentenceAt(r.conclusion); reasonsFollow.MatchString(r.txt[r.conclusion:b]) {
			if again := r.orderedAgain(b, r.operativeEnd, false); again >= 0 {
				return again
			}
		}
	}
	return r.conclusion
}

// reasonsFollow defers an order's reasons to the findings after it: "for
// the reasons and on the terms that follow".
var reasonsFollow = spaced(`(?i)\bfor the reasons(?: and on the terms)? that follow\b`)

// adoptedAt reports whether clean byte i is in a passage the order adopts
// from elsewhere (a letter's proposed terms).
func (r *run) adoptedAt(i int) bool {
	for _, p := range r.adopted {
		if i >= p[0] && i < p[1] {
			return true
		}
	}
	return false
}
