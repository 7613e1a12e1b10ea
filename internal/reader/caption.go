package reader

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/order"
)

// caption reads who and when: the case number, court, judge, date and
// statute.
func (r *run) caption() {
	o := &r.p.Order
	r.caseNumber()
	r.court()
	r.judge()
	r.date()
	if rl, m := first(r.v.Statute, r.txt, 0); rl != nil {
		o.Statute = r.t.words(m[2], m[3])
		r.found("/order/statute", o.Statute, m[2], m[3], rl.Confidence, rl.Name)
	}
}

// caseNumber reads the order's case number: the first labelled one ("Case
// No.", "Civil Action No.", "No."), else the ECF header's, else the first
// that stands alone. A number followed by a court and year, or a reporter,
// is another case's, cited in the discussion, and is never the order's.
func (r *run) caseNumber() {
	o := &r.p.Order
	for i := range r.v.CaseNumber {
		rl := &r.v.CaseNumber[i]
		text := r.txt
		if rl.Source {
			text = r.t.src
		}
		for _, m := range rl.re.FindAllStringSubmatchIndex(text, -1) {
			if !rl.Source && r.onFirstLine(m[2]) {
				// A case-law site's one-line caption: the order's own number,
				// with its court and date after it, as a citation has them.
			} else if r.v.caseCitation.MatchString(text[m[3]:min(len(text), m[3]+40)]) {
				continue
			} else if !rl.Source && (r.citedInProse(m[2]) || citedByNumber.MatchString(text[max(0, m[0]-20):m[2]])) {
				continue
			} else if !rl.Source && m[2] < r.noticeEnd() {
				continue
			}
			o.CaseNumber = strings.Join(strings.Fields(text[m[2]:m[3]]), " ")
			// A case-law print's "Docket Number:" line writes the number
			// as the docket pads it; the caption's own form of the same
			// number, later, is the order's.
			if !rl.Source && printDocketLine.MatchString(text[r.lineStartAt(m[0]):m[2]]) {
				if later := r.sameCaseLater(rl, text, m[3], o.CaseNumber); later != nil {
					m = later
					o.CaseNumber = strings.Join(strings.Fields(text[m[2]:m[3]]), " ")
				}
			}
			// The ECF header's form, the first number in the text, or one
			// read before the caption (in a letter around the order), gives
			// way to the caption's own form of the same case.
			if rl.Name == "ecf_header" || rl.Name == "first_number" || !rl.Source && m[2] < r.captionStart() {
				if c := r.captionForm(o.CaseNumber); c != nil {
					o.CaseNumber = r.txt[c[2]:c[3]]
					r.found("/order/case_number", o.CaseNumber, c[2], c[3], 0.9, "case_number_caption_form")
					return
				}
			}
			if rl.Source {
				r.foundSource("/order/case_number", o.CaseNumber, m[2], m[3], rl.Confidence, rl.Name)
			} else {
				r.found("/order/case_number", o.CaseNumber, m[2], m[3], rl.Confidence, rl.Name)
			}
			return
		}
	}
}

// captionForm returns the submatch of a number at the end of a caption's
// line that is the same case as num in another form ("25-MC-31-HKW",
// "8:25MC17" or "25-2237" for "1:25-mc-00031-HKW"), or nil.
func (r *run) captionForm(num string) []int {
	want, ok := caseKeyOf(num)
	if !ok {
		return nil
	}
	start := r.captionStart()
	head := r.txt[:min(len(r.txt), start+captionBytes)]
	for _, m := range r.v.caseNumberCaptionForm.FindAllStringSubmatchIndex(head, -1) {
		cand := head[m[2]:m[3]]
		// What a letter or e-mail around the order says before its
		// caption is no caption.
		if cand == num || m[2] < start {
			continue
		}
		if got, ok := caseKeyOf(cand); ok && (got.year == want.year || got.year == "") && got.serial == want.serial &&
			(got.kind == "" || strings.EqualFold(got.kind, want.kind)) {
			return m
		}
	}
	return nil
}

// captionStart is where the order's caption begins: the court's name at
// its head, after whatever a text wraps around the order (a letter, an
// e-mail); 0 when the text names no court that way.
func (r *run) captionStart() int {
	if m := captionCourt.FindStringIndex(r.txt); m != nil {
		return m[0]
	}
	return 0
}

// caseKey is what makes two forms of a case number the same case: its
// year, its type (mc, cv), if printed, and its serial without zeros.
type caseKey struct{ year, kind, serial string }

var caseKeyParts = mustRx(`^(?:\d{1,2}:)?(\d{2})[- ]?(?:([A-Za-z]{2,4})\.?[- ]?)?0*(\d+)`)

// caseKeyTypeFirst is a number that prints the case's type before its year
// (W.D. Wash.'s MC26-0044-KMO, D. Ariz.'s MC-26-00034-PHX-CDO), and caseKeyMDocket S.D.N.Y.'s M docket
// (M 19-88), whose first number is the docket's, not a year.
var (
	caseKeyTypeFirst = mustRx(`^([A-Za-z]{2})-?(\d{2})-0*(\d+)`)
	caseKeyMDocket   = mustRx(`^M \d{1,2}-0*(\d+)`)
)

func caseKeyOf(num string) (caseKey, bool) {
	if m := caseKeyTypeFirst.FindStringSubmatch(num); m != nil {
		return caseKey{year: m[2], kind: m[1], serial: m[3]}, true
	}
	if m := caseKeyMDocket.FindStringSubmatch(num); m != nil {
		return caseKey{kind: "mc", serial: m[1]}, true
	}
	m := caseKeyParts.FindStringSubmatch(num)
	if m == nil {
		return caseKey{}, false
	}
	kind := m[2]
	// "26 Misc. 214": a miscellaneous case, as "mc" is.
	if strings.EqualFold(kind, "misc") {
		kind = "mc"
	}
	return caseKey{year: m[1], kind: kind, serial: m[3]}, true
}

// noticeEnd returns where a CM/ECF notice of electronic filing that the
// text opens with ends: the e-mail the court's system sends (From,
// Subject, "Notice of Electronic Filing", "Case Number:", the docket
// text) wrapped around the order, whose own caption follows it. Its
// numbers, names and dates are the docket's, not the order's caption. 0
// when the text opens with no such notice.
func (r *run) noticeEnd() int {
	m := ecfNotice.FindStringIndex(r.txt)
	if m == nil || m[0] > 4000 {
		return 0
	}
	if c := captionCourt.FindStringIndex(r.txt[m[1]:]); c != nil {
		return m[1] + c[0]
	}
	return 0
}

// ecfNotice is a CM/ECF notice of electronic filing.
var ecfNotice = mustRx(`(?i)\bautomatic e-mail message generated by the CM/ECF system\b|^\s*Notice of Electronic Filing\s*$`)

// captionCourt is the court's name at the head of an order's caption.
var captionCourt = mustRx(`(?m)^[ \t]*(?:IN THE )?UNITED STATES DISTRICT COURT\b`)

// printDocketLine is the start of a case-law print's docket line.
var printDocketLine = mustRx(`^\s*Docket Number:?\s*$`)

// lineStartAt returns where the clean line holding byte i begins.
func (r *run) lineStartAt(i int) int {
	return strings.LastIndexByte(r.txt[:i], '\n') + 1
}

// sameCaseLater returns a later match of rl, after byte from, that is the
// same case number as num written without the docket's zeros ("1:25-mc-14"
// for "1:25-mc-00014"), or nil.
func (r *run) sameCaseLater(rl *rule, text string, from int, num string) []int {
	for _, m := range rl.re.FindAllStringSubmatchIndex(text[from:], -1) {
		cand := strings.Join(strings.Fields(text[from+m[2]:from+m[3]]), " ")
		if cand != num && unpadded(cand) == unpadded(num) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += from
				}
			}
			return m
		}
	}
	return nil
}

// unpadded is a case number without the zeros that lead its numbers.
func unpadded(num string) string {
	return leadingZeros.ReplaceAllString(num, "${1}${2}")
}

var leadingZeros = mustRx(`(^|[^0-9])0+([0-9])`)

// onFirstLine reports whether clean byte i stands on the text's first line
// and that line opens with a case's name ("In re Kestrel Nordic Oy, No.
// 2:25-mc-00411-CDH (D.N.J. July 22, 2025)"): a case-law site's one-line
// caption, which names the order's own case.
func (r *run) onFirstLine(i int) bool {
	a := 0
	for a < len(r.txt) && isSpace(r.txt[a]) {
		a++
	}
	if nl := strings.IndexByte(r.txt[a:], '\n'); nl >= 0 && a+nl < i {
		return false
	}
	return caseName.MatchString(r.txt[a:i])
}

// caseName is a case's name before its number: "In re Ostrava Media
// s.r.o., No. " or "Mees v. Buiter, No. ".
var caseName = mustRx(`^(?:In re:?|IN RE:?|[A-Z][^\s,]*(?:\s[^\s,]+){0,6}\sv\.)\s[^;]{1,150}?,\s*(?:(?:Case\s+)?(?:No|NO)\.?:?\s*)?$`)

// prose is a word of running text: one in small letters, a citation's
// signal, or a preposition that opens a sentence ("In In re X, No. ...").
var prose = mustRx(`(?:^|[^\pL])(?:\p{Ll}[\pL'-]*|See|Cf\.|In|Unlike|Like)(?:[^\pL]|$)`)

// citedByNumber is a case cited by its number alone in running text, a
// word in small letters before its "No.": "as it did not in No. 25-mc-0412".
// A caption's columns stand apart by more than a space.
var citedByNumber = mustRx(`(?:^|[^\pL])\p{Ll}+ (?:No|NO)\.:? ?$`)

// citedInProse reports whether the case number at clean byte i is another
// case's, cited by its name in the discussion's running text: "Petitioner
// cites In re Ostrava Media s.r.o., No. 24-MC-2210 (PK), in which ...".
// The order's own number stands in its caption, where no sentence of prose
// leads up to a case's name.
func (r *run) citedInProse(i int) bool {
	a, _ := r.sentenceAt(i)
	if a >= i {
		return false
	}
	// The sentence within its paragraph: a caption's lines run into the
	// first sentence of the text.
	if p := strings.LastIndex(r.txt[a:i], "\n\n"); p >= 0 {
		a += p + 2
	}
	before := r.txt[a:i]
	// A case's name and its number's label are a line or two long.
	for k := max(0, len(before)-250); k < len(before); k++ {
		if k > 0 && !isSpace(before[k-1]) {
			continue
		}
		if caseName.MatchString(before[k:]) {
			return prose.MatchString(before[:k])
		}
	}
	return false
}

// court reads the court from its name in the caption. A text that does
// not name the court (a reporter's copy that starts at the opinion) leaves
// it to a person, even when the case number's form suggests one.
func (r *run) court() {
	best, at := -1, -1
	var bm []int
	for i, c := range r.v.Courts {
		if m := c.re.FindStringIndex(r.txt); m != nil && (at < 0 || m[0] < at) {
			best, at, bm = i, m[0], m
		}
	}
	o := &r.p.Order
	conf := 0.0
	if best >= 0 {
		c := r.v.Courts[best]
		o.Court = order.Court{ID: c.ID, Name: c.Name, TimeZone: c.TimeZone}
		conf = c.Confidence
	} else if c, m, ok := r.districtCourt(); ok {
		o.Court, bm, conf = c, m, 0.85
	} else {
		return
	}
	r.found("/order/court/name", o.Court.Name, bm[0], bm[1], conf, "courts")
	r.found("/order/court/id", o.Court.ID, bm[0], bm[1], conf, "courts")
	r.found("/order/court/time_zone", o.Court.TimeZone, bm[0], bm[1], conf, "courts")
	// A division is named in the caption, near the court's name.
	if rl, m := first(r.v.Division, r.txt[:min(len(r.txt), bm[1]+200)], bm[1]); rl != nil {
		o.Court.Name += ", " + titleCase(r.txt[m[2]:m[3]]) + " Division"
		r.found("/order/court/name", o.Court.Name, m[0], m[1], rl.Confidence, rl.Name)
	}
}

// districtLetters are the letters of a district's id, as PACER writes
// them (ilnd, txwd).
var districtLetters = map[string]string{"northern": "n", "southern": "s", "eastern": "e", "western": "w", "central": "c", "middle": "m"}

// districtCourt reads any federal district court by its district's name:
// "UNITED STATES DISTRICT COURT FOR THE WESTERN DISTRICT OF TEXAS", or, on
// a case-law site's court line, its initials and the state in full
// ("United States District Court, N.D. Texas", "D. New Jersey").
func (r *run) districtCourt() (order.Court, []int, bool) {
	m := r.v.districtCourt.FindStringSubmatchIndex(r.txt)
	if m == nil {
		return r.docketCourt()
	}
	dir, at := "", [2]int{m[6], m[7]}
	switch {
	case m[2] >= 0 && m[4] >= 0:
		dir = strings.ToLower(r.txt[m[4]:m[5]])
	case m[2] < 0:
		at = [2]int{m[10], m[11]}
		if m[8] >= 0 {
			letter := strings.ToLower(r.txt[m[8]:m[9]])
			for d, l := range districtLetters {
				if l == letter {
					dir = d
				}
			}
		}
	}
	words := strings.Fields(strings.ToLower(r.txt[at[0]:at[1]]))
	for n := len(words); n > 0; n-- {
		state := strings.Join(words[:n], " ")
		st, ok := r.v.States[state]
		if !ok {
			continue
		}
		end := at[0] + strings.Index(strings.ToLower(r.txt[at[0]:at[1]]), words[n-1]) + len(words[n-1])
		return districtOf(state, dir, st), []int{m[0], end}, true
	}
	return order.Court{}, nil, false
}

// docketReportCourt is a PACER docket report's court line, the state
// before its district: "U.S. District Court" over "California Northern
// District (Oakland)".
var docketReportCourt = mustRx(`(?i)\bU\.S\. District Court[ \t]*\n[ \t]*([a-z]+(?: [a-z]+)??) (?:(northern|southern|eastern|western|central|middle) )?District\b`)

// docketCourt reads the court of a PACER docket report's header.
func (r *run) docketCourt() (order.Court, []int, bool) {
	m := docketReportCourt.FindStringSubmatchIndex(r.txt)
	if m == nil || m[0] > captionBytes {
		return order.Court{}, nil, false
	}
	state := strings.ToLower(r.txt[m[2]:m[3]])
	st, ok := r.v.States[state]
	if !ok {
		return order.Court{}, nil, false
	}
	dir := ""
	if m[4] >= 0 {
		dir = strings.ToLower(r.txt[m[4]:m[5]])
	}
	return districtOf(state, dir, st), []int{m[0], m[1]}, true
}

// districtOf is the district court of a state, by its direction ("" for a
// state of one district) and the state's postal code and time zone: "ca",
// "northern" is cand, "United States District Court, Northern District of
// California".
func districtOf(state, dir string, st [2]string) order.Court {
	district := "District of " + titleCase(state)
	if dir != "" {
		district = titleCase(dir) + " " + district
	}
	return order.Court{ID: st[0] + districtLetters[dir] + "d", Name: "United States District Court, " + district, TimeZone: st[1]}
}

// captionBytes is how far into an order its caption and heading may run.
const captionBytes = 4000

// courtWords are words of a court's or a district's name, never of a
// judge's.
var courtWords = mustRx(`(?i)\b(?:District|Court|Division|Circuit)\b`)

// titleWords are the words of a judge's title, which a name printed in
// capitals may run into ("JOSEPH C. SPERO CHIEF MAGISTRATE JUDGE").
var titleWords = map[string]bool{"CHIEF": true, "UNITED": true, "STATES": true, "DISTRICT": true, "MAGISTRATE": true, "SENIOR": true, "U.S.": true}

// allTitleWords reports whether the line s is only a title's words.
func allTitleWords(s string) bool {
	words := strings.Fields(s)
	for _, w := range words {
		if !titleWords[strings.ToUpper(w)] {
			return false
		}
	}
	return len(words) > 0
}

// honorifics stand before a judge's name and are not part of it.
var honorifics = map[string]bool{"THE": true, "HON.": true, "HON": true, "HONORABLE": true, "JUDGE": true}

// judgeMatch is a judge's name and title as one rule read them.
type judgeMatch struct {
	name, title string
	ni, nj      int
	at, end     int
	conf        float64
	rule        string
}

// judge reads the judge who signed: the name in the signature block (after
// the operative part begins), else the first name with a judge's title in
// the caption or heading, else a name after "The Honorable" or "/s/". A
// name printed in capitals is written as the order writes it elsewhere,
// or as judge_names writes it, or title-cased.
func (r *run) judge() {
	var titled, bare []judgeMatch
	// A judge is named in the caption and heading, or in the signature
	// block: the discussion between is not read.
	regions := [][2]int{{0, len(r.txt)}}
	if r.conclusion > captionBytes {
		regions = [][2]int{{0, captionBytes}, {r.conclusion, len(r.txt)}}
	}
	for _, j := range r.v.Judges {
		for _, reg := range regions {
			for _, m := range j.re.FindAllStringSubmatchIndex(r.txt[reg[0]:reg[1]], -1) {
				for k := range m {
					if m[k] >= 0 {
						m[k] += reg[0]
					}
				}
				jm, ok := r.judgeName(j, m)
				if !ok {
					continue
				}
				if j.Order == "name_only" {
					bare = append(bare, jm)
				} else {
					titled = append(titled, jm)
				}
			}
		}
	}
	// An exhibit the operative part makes its own runs it on past the
	// signature: a judge named in it (its own author's line) did not sign
	// this order, when the signature before it names one.
	signedBy := func(ms []judgeMatch, end int) (judgeMatch, bool) {
		var best judgeMatch
		found := false
		for _, m := range ms {
			if m.at < r.conclusion || m.at >= end || copiedTo(r.txt, m.at) {
				continue
			}
			// Of two readings of one signature ("W. Dalton
			// Merriweather" and "Dalton Merriweather"), the one that
			// reads more of it.
			overlap := found && m.at < best.end && best.at < m.end
			if !found || overlap && m.ni < best.ni || !overlap && m.at > best.at {
				best, found = m, true
			}
		}
		return best, found
	}
	pick := func(ms []judgeMatch) (judgeMatch, bool) {
		if r.conclusion >= 0 {
			if x := r.v.exhibitHeading.FindStringIndex(r.txt[r.conclusion:r.operativeEnd]); x != nil {
				if m, ok := signedBy(ms, r.conclusion+x[0]); ok {
					return m, true
				}
			}
			// The signature ends the operative part: a judge named after it
			// (in an exhibit, or in the letter an endorsement above it
			// grants) did not sign.
			if m, ok := signedBy(ms, r.operativeEnd); ok {
				return m, true
			}
		}
		var best judgeMatch
		found := false
		for _, m := range ms {
			if !found || m.at < best.at {
				best, found = m, true
			}
		}
		return best, found
	}
	jm, ok := pick(titled)
	if !ok {
		if jm, ok = pick(bare); !ok {
			return
		}
	}
	o := &r.p.Order
	o.Judge, o.JudgeTitle = jm.name, jm.title
	r.found("/order/judge", jm.name, jm.ni, jm.nj, jm.conf, jm.rule)
	if jm.title != "" {
		r.found("/order/judge_title", jm.title, jm.at, jm.end, jm.conf, jm.rule)
	}
}

// copiedTo reports whether clean byte i is in the list of those an order
// is copied to ("cc:  Magistrate Judge Alden P. Whitcombe / Counsel of
// record"): a judge named there did not sign.
func copiedTo(txt string, i int) bool {
	para := strings.LastIndex(txt[:i], "\n\n") + 1
	return ccList.MatchString(txt[para:i])
}

// ccList opens a list of those an order is copied to.
var ccList = mustRx(`(?i)^\s*(?:cc|copies(?: to)?|copy to)\s*:`)

// judgeName reads the name and title of a match of a judge rule.
func (r *run) judgeName(j judgeRule, m []int) (judgeMatch, bool) {
	var name, title string
	var ni, nj int
	switch j.Order {
	case "last_first":
		name = r.t.words(m[4], m[5]) + " " + r.t.words(m[2], m[3])
		title = r.t.words(m[6], m[7])
		ni, nj = m[2], m[5]
	case "title_first":
		title = r.t.words(m[2], m[3])
		name = r.t.words(m[4], m[5])
		ni, nj = m[4], m[5]
	case "name_only":
		name = r.t.words(m[2], m[3])
		ni, nj = m[2], m[3]
	default:
		ni, nj = m[2], m[3]
		// A name stands on one line, its title's words perhaps on the
		// next: the words on the lines above it are a heading's
		// ("MEMORANDUM AND ORDER").
		lines := strings.Split(r.txt[ni:nj], "\n")
		end := len(lines)
		for end > 1 && allTitleWords(lines[end-1]) {
			end--
		}
		if end > 1 && len(strings.Fields(lines[end-1])) >= 2 {
			ni += len(strings.Join(lines[:end-1], "\n")) + 1
		}
		name = r.t.words(ni, nj)
		title = r.t.words(m[4], m[5])
		words := strings.Fields(name)
		// A signature's flourish printed as a letter ("A") is no initial:
		// an initial has its period.
		// Neither is an honorific ("HON. PETER J. O'NEILL").
		for len(words) > 2 && (len(words[0]) == 1 || honorifics[strings.ToUpper(words[0])]) {
			ni += strings.Index(r.txt[ni:nj], words[1])
			words = words[1:]
		}
		for len(words) > 1 && titleWords[strings.ToUpper(words[len(words)-1])] {
			title = words[len(words)-1] + " " + title
			words = words[:len(words)-1]
		}
		name = strings.Join(words, " ")
	}
	// "Magistrate Judge Sigrid B. Pemberton\n\nCivil Action No. ...",
	// "Judge Beatrice H. Lindqvist\nCause: 28:1782": a name runs over no
	// blank line, and a field's label on the next line is none of it.
	if k := nameCut.FindStringIndex(r.txt[ni:min(len(r.txt), nj+1)]); k != nil && k[0] > 0 && ni+k[0] < nj && (j.Order == "title_first" || j.Order == "name_only") {
		nj = ni + k[0]
		name = r.t.words(ni, nj)
	}
	name = strings.TrimSuffix(strings.TrimSpace(name), ",")
	// A title is not a name: "United States Magistrate Judge" read as a
	// name "United States" and a title "Magistrate Judge".
	if w := strings.Fields(name); len(w) > 0 && (titleWords[strings.ToUpper(w[0])] || strings.EqualFold(w[0], "Judge") || strings.EqualFold(w[0], "Honorable")) {
		return judgeMatch{}, false
	}
	if len(strings.Fields(name)) < 2 {
		return judgeMatch{}, false
	}
	// Nor is a court's or a district's name printed under the title
	// ("United States Magistrate Judge / Southern District of Indiana").
	if courtWords.MatchString(name) {
		return judgeMatch{}, false
	}
	conf := j.Confidence
	// "THERON P. McALISTER" is printed in capitals, the name's own small
	// letter kept.
	if printedInCaps(name) {
		if n, ok := r.v.judgeCase[strings.ToUpper(name)]; ok {
			name = n
		} else if n, ok := r.asWritten(name); ok {
			name = n
		} else {
			name = titleCase(name)
			conf -= 0.1
		}
	}
	if isCaps(title) {
		title = titleCase(title)
	}
	return judgeMatch{name: name, title: title, ni: ni, nj: nj, at: m[0], end: m[1], conf: conf, rule: j.Name}, true
}

// foldWord quotes a word for a pattern that finds it in any case, letter
// by letter: a capital's small letter is not always what a pattern's case
// folding makes of it (the Turkish "İ" of SELİN is the "i" of Selin).
func foldWord(w string) string {
	var b strings.Builder
	for _, c := range w {
		lo, up := unicode.ToLower(c), unicode.ToUpper(c)
		if unicode.IsLetter(c) && (lo != c || up != c) {
			// A caption in capitals may drop the name's accents ("A.S."
			// for "A.Ş."): a plain letter stands for its accented ones.
			b.WriteString("[" + string(c) + string(lo) + string(up) + accented[lo] + "]")
		} else {
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	return b.String()
}

// accented maps a plain small Latin letter to its accented forms, small
// and capital ("s": "śŝşšŚŜŞŠ..."), from the letters' decompositions.
var accented = func() map[rune]string {
	m := map[rune]string{}
	for c := rune(0xC0); c <= 0x24F; c++ {
		if !unicode.IsLetter(c) {
			continue
		}
		d := []rune(norm.NFD.String(string(c)))
		if len(d) < 2 || d[0] > unicode.MaxASCII || !unicode.IsLetter(d[0]) {
			continue
		}
		base := unicode.ToLower(d[0])
		m[base] += string(c)
	}
	// Letters with a stroke, and the dotless i, are no plain letter and a
	// mark, but a caption in capitals writes them as one: "YAZILIM" for
	// "Yazılım", "MLYN" for "Młyn".
	for base, cs := range map[rune]string{'i': "ıİ", 'l': "łŁ", 'o': "øØ", 'd': "đĐ", 'h': "ħĦ", 't': "ŧŦ"} {
		for _, c := range cs {
			if !strings.ContainsRune(m[base], c) {
				m[base] += string(c)
			}
		}
	}
	return m
}()

// asWritten finds a name printed in capitals written in the order's own
// letters elsewhere ("/s/ Anneliese M. Korhonen", "Bleach, Inc."), so
// that its capitals are the ones the order gives it.
func (r *run) asWritten(caps string) (string, bool) {
	words := strings.Fields(caps)
	for i, w := range words {
		words[i] = foldWord(w)
	}
	re, err := compileRx(`(?i)(?:^|[^\pL\pN])(` + strings.Join(words, `\s+`) + `)(?:[^\pL\pN]|$)`)
	if err != nil {
		return "", false
	}
	for _, m := range re.FindAllStringSubmatchIndex(r.txt, -1) {
		if s := r.t.words(m[2], m[3]); !printedInCaps(s) {
			return s, true
		}
	}
	return "", false
}

// date reads the day the order was signed or entered: its signature line
// ("Dated:", "SIGNED on", "this 19th day of November, 2024"), a docket
// entry's "Signed on", a reporter's date line, a date alone below the
// signature, and last the ECF header's filing date.
func (r *run) date() {
	// An order that adopts a document in the same text is dated where it
	// adopts it: the stipulation's or the report's own date is earlier.
	if r.adopting >= 0 && r.dateFrom(r.adopting) {
		return
	}
	r.dateFrom(0)
}

// dateFrom reads the order's date from clean byte lo on; false when no
// rule finds one.
func (r *run) dateFrom(lo int) bool {
	o := &r.p.Order
	// A document attached after the order's signature (the report it
	// adopts) is dated on its own day, not the order's.
	own := r.attachedAt()
	for i := range r.v.Date {
		rl := &r.v.Date[i]
		text, from := r.txt[:max(own, lo)], lo
		if rl.Source {
			if lo > 0 {
				// An adopting order in the same text: its own page's
				// header, the last before its words, dates it.
				if a, b, ok := r.lastSourceBefore(rl, r.t.from[min(lo, len(r.t.from)-1)]); ok {
					if d, ok := parseDate(r.t.src[a:b]); ok {
						o.Date = d
						r.foundSource("/order/date", d.String(), a, b, rl.Confidence, rl.Name)
						return true
					}
				}
				continue
			}
			text = r.t.src
		}
		if rl.Where == "signature" {
			if r.conclusion < 0 {
				continue
			}
			from = max(from, r.conclusion)
		}
		for _, m := range rl.re.FindAllStringSubmatchIndex(text[from:], -1) {
			g := len(m) - 2
			a, b := from+m[g], from+m[g+1]
			if rl.Name == "own_citation" && (o.CaseNumber == "" || strings.Join(strings.Fields(text[from+m[2]:from+m[3]]), " ") != o.CaseNumber) {
				continue
			}
			if !rl.Source && (certificationAt(text, from+m[0]) || counselsDate(text, b, a)) {
				continue
			}
			d, ok := parseDate(text[a:b])
			if !ok {
				continue
			}
			o.Date = d
			if rl.Source {
				r.foundSource("/order/date", d.String(), a, b, rl.Confidence, rl.Name)
			} else {
				r.found("/order/date", d.String(), a, b, rl.Confidence, rl.Name)
			}
			return true
		}
	}
	return false
}

// nameCut ends a judge's name read across a line's end: a blank line, or
// a docket report's field label opening the next line ("\nCause:").
var nameCut = mustRx(`\n[ \t]*\n|\n[ \t]*(?:Cause|Jury Demand|Nature of Suit|Date Filed|Date Terminated|Referred to|Demand|Jurisdiction|Case in other court):`)

// counselBlock is a lawyer's signature block ("HALVERSON ODA LLP",
// "Attorneys for Applicant"), and courtsSignature the court's own words
// that sign an order.
var (
	counselBlock    = mustRx(`\b(?:LLP|L\.L\.P\.|PLLC|LLC|P\.C\.|LAW (?:PC|GROUP|OFFICES?|FIRM))\b|(?i)\b(?:attorneys?|counsel) for\b`)
	courtsSignature = mustRx(`(?i)\bSO ORDERED\b|\b(?:United States|U\.\s?S\.) (?:District|Magistrate|Circuit) Judge\b|\bU\.\s?S\.\s?[DM]\.\s?J\.|\bDistrict Judge\b|\bMagistrate Judge\b`)
)

// datedLine is the word that opens a signature's date, on the date's line
// or the line before it: "Dated: March 11, 2026", "DATED: New York, New
// York / July 14, 2026".
var datedLine = mustRx(`(?i)\bdated\b:?[^\n]*(?:\n[^\n]*)?$`)

// counselsDate reports whether the date at bytes [at, i) of s is a
// lawyer's, above a signature on a stipulation or proposed order ("Dated:
// March 11, 2026 / HALVERSON ODA LLP / By: /s/ ..."): a signature block
// follows it before anything the court signs.
func counselsDate(s string, i int, at int) bool {
	// Only a date a signature line gives ("Dated:", on its line or the
	// one before): a case-law print's date line, with counsel listed
	// below it, is the court's.
	if !datedLine.MatchString(s[max(0, at-80):at]) {
		return false
	}
	after := s[i:min(len(s), i+600)]
	c := counselBlock.FindStringIndex(after)
	if c == nil {
		return false
	}
	j := courtsSignature.FindStringIndex(after)
	return j == nil || c[0] < j[0]
}

// lastSourceBefore returns the date group of rl's last match in the
// source that starts before source byte at.
func (r *run) lastSourceBefore(rl *rule, at int) (int, int, bool) {
	a, b := -1, -1
	for _, m := range rl.re.FindAllStringSubmatchIndex(r.t.src[:at], -1) {
		g := len(m) - 2
		a, b = m[g], m[g+1]
	}
	return a, b, a >= 0
}

// certificationAt reports whether byte i stands in a clerk's stamp that
// certifies a copy ("CERTIFIED AS A TRUE COPY / ON THIS DATE / Nov 04
// 2025 / Clerk, U.S. District Court"): the stamp's words, in capitals, on
// the line of i (to its end) or the two above it. The stamp dates the copy, not the
// order.
func certificationAt(text string, i int) bool {
	a := strings.LastIndexByte(text[:i], '\n') + 1
	for range 2 {
		if a > 0 {
			a = strings.LastIndexByte(text[:a-1], '\n') + 1
		}
	}
	e := len(text)
	if k := strings.IndexByte(text[i:], '\n'); k >= 0 {
		e = i + k
	}
	return clerkStamp.MatchString(text[a:e])
}

var clerkStamp = mustRx(`\b(?:TRUE COPY|CERTIFIED|ATTEST|ON THIS DATE)\b`)

// proceedingsCountry reads where the foreign proceedings are brought: the
// first country named "in" after a word for a proceeding ("a civil action
// ... in Japan"), by its longest name writ knows.
func (r *run) proceedingsCountry() {
	for _, rl := range r.v.ProceedingsCountry {
		for _, m := range rl.re.FindAllStringSubmatchIndex(r.txt, -1) {
			words := strings.Fields(r.txt[m[2]:m[3]])
			for n := len(words); n > 0; n-- {
				name := strings.Join(words[:n], " ")
				if code, ok := order.CountryCode(name); ok {
					r.p.Order.ProceedingsCountry = code
					end := m[2] + strings.Index(r.txt[m[2]:m[3]], words[n-1]) + len(words[n-1])
					r.found("/order/proceedings_country", code, m[2], end, rl.Confidence, rl.Name)
					return
				}
			}
		}
	}
}

// targets reads the accounts whose holders are sought, by the names the
// order gives them, and what each posted, when.
func (r *run) targets() {
	o := &r.p.Order
	seen := map[string]bool{}
	for _, tr := range r.v.Targets {
		for _, m := range tr.re.FindAllStringSubmatchIndex(r.txt, -1) {
			var t order.Target
			switch tr.Kind {
			case "name_at_handle":
				t.DisplayName, t.Handle = r.txt[m[2]:m[3]], r.txt[m[4]:m[5]]
				t.Label = t.DisplayName + "@" + t.Handle
			case "handle":
				t.Handle = r.txt[m[2]:m[3]]
				t.Label = "@" + t.Handle
			case "display_name":
				t.DisplayName = r.t.words(m[2], m[3])
				t.Label = t.DisplayName
			default:
				t.Label = r.txt[m[2]:m[3]]
			}
			key := strings.ToLower(t.Label)
			if seen[key] || (t.Handle != "" && seen["@"+strings.ToLower(t.Handle)]) {
				continue
			}
			seen[key] = true
			if t.Handle != "" {
				seen["@"+strings.ToLower(t.Handle)] = true
			}
			n := len(o.Targets)
			if ev, ok := r.evidence(m[0], m[len(m)-1], n); ok {
				t.Evidence = []order.Evidence{ev}
			}
			o.Targets = append(o.Targets, t)
			r.found(pointer("order", "targets", n, "label"), t.Label, m[2], m[len(m)-1], tr.Confidence, tr.Name)
		}
	}
}

// evidence reads what a target posted, and when, from the sentence that
// names it: "on March 23, 2022, an anonymous Twitter user with display
// name ... posted a tweet falsely asserting ...". A sentence that opens
// with "The next day" is dated from the last date before it.
func (r *run) evidence(i, j, n int) (order.Evidence, bool) {
	s0, s1 := r.sentenceAt(i)
	var ev order.Evidence
	for _, rl := range r.v.Evidence {
		if m := rl.re.FindStringSubmatchIndex(r.txt[j:s1]); m != nil {
			a, b := j+m[2], j+m[3]
			desc := strings.TrimRight(r.t.words(a, b), ".")
			ev.Description = desc
			r.found(pointer("order", "targets", n, "evidence", 0, "description"), desc, a, b, 0.7, rl.Name)
			break
		}
	}
	if ev.Description == "" {
		return ev, false
	}
	dates := r.v.date
	if m := dates.FindStringIndex(r.txt[s0:i]); m != nil {
		if d, ok := parseDate(r.txt[s0+m[0] : s0+m[1]]); ok {
			ev.Date = d
			r.found(pointer("order", "targets", n, "evidence", 0, "date"), d.String(), s0+m[0], s0+m[1], 0.85, "sentence_date")
		}
		return ev, true
	}
	for _, rel := range r.v.RelativeDays {
		m := rel.re.FindStringIndex(r.txt[s0:s1])
		if m == nil {
			continue
		}
		all := dates.FindAllStringIndex(r.txt[:s0], -1)
		if len(all) == 0 {
			break
		}
		last := all[len(all)-1]
		if d, ok := parseDate(r.txt[last[0]:last[1]]); ok {
			ev.Date = d.AddDays(rel.Days)
			r.found(pointer("order", "targets", n, "evidence", 0, "date"), ev.Date.String(), s0+m[0], s0+m[1], 0.75, "relative_day")
		}
		break
	}
	return ev, true
}

// months are the names of months as orders write them.
var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// parseDate reads a date as orders write it: "October 13, 2022", "Oct.
// 13, 2022", "12 February 2025", "14th day of September, 2023",
// "4/19/2022", "04-30-2024", and the ECF header's "03/04/24" (month first,
// as US courts write them; a two-digit year is this century's).
func parseDate(s string) (courttime.Date, bool) {
	s = strings.Join(strings.Fields(s), " ")
	var y, d int
	var mo time.Month
	if f := strings.FieldsFunc(s, func(c rune) bool { return c == '/' || c == '-' }); len(f) == 3 && !strings.Contains(s, " ") {
		m, err1 := strconv.Atoi(f[0])
		dd, err2 := strconv.Atoi(f[1])
		yy, err3 := strconv.Atoi(f[2])
		switch {
		case err1 != nil || err2 != nil || err3 != nil:
			return courttime.Date{}, false
		case len(f[2]) == 2 && strings.Contains(s, "/"):
			yy += 2000
		case len(f[2]) != 4:
			return courttime.Date{}, false
		}
		y, mo, d = yy, time.Month(m), dd
	} else {
		if m := dayWord.FindStringSubmatch(s); m != nil {
			s = strconv.Itoa(dayTens[strings.ToLower(m[1])]+dayOrdinals[strings.ToLower(m[2])]) + s[len(m[0]):]
		}
		s = ordinalDay.ReplaceAllString(s, "$1 ")
		s = ordinalSuffix.ReplaceAllString(s, "$1")
		f := strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(s))
		if len(f) != 3 {
			return courttime.Date{}, false
		}
		// "February 12 2025" or "12 February 2025".
		if _, err := strconv.Atoi(f[0]); err == nil {
			f[0], f[1] = f[1], f[0]
		}
		m, ok := months[strings.ToLower(f[0])]
		dd, err1 := strconv.Atoi(f[1])
		yy, err2 := strconv.Atoi(f[2])
		if !ok || err1 != nil || err2 != nil {
			return courttime.Date{}, false
		}
		y, mo, d = yy, m, dd
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900 || y > 2200 {
		return courttime.Date{}, false
	}
	date := courttime.D(y, mo, d)
	if date.Year != y || date.Month != mo || date.Day != d {
		return courttime.Date{}, false
	}
	return date, true
}

// dayWord is a day of the month written as an ordinal in words, as a
// signature line may write it: "this nineteenth day of August, 2025",
// "the twenty-first day of May".
var dayWord = mustRx(`(?i)^(?:(twenty|thirty)-? ?)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b`)

// dayTens and dayOrdinals are the values of dayWord's parts.
var (
	dayTens     = map[string]int{"twenty": 20, "thirty": 30}
	dayOrdinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
		"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
)

// ordinalDay is the "14th day of" of "this 14th day of September, 2023"
// (or "22d day of").
var ordinalDay = mustRx(`(?i)^(\d{1,2})(?:st|nd|rd|th|d)?(?: day of)? `)

// ordinalSuffix is the "st" of "March 1st, 2024", and the "d" of an older
// style's "May 22d".
var ordinalSuffix = mustRx(`(?i)\b(\d{1,2})(?:st|nd|rd|th|d)\b`)

// mcCaps is the "Mc" of a name printed in capitals that keeps its small
// letter: "McALISTER".
var mcCaps = mustRx(`\bMc(\p{Lu})`)

// printedInCaps reports whether a name is printed in capitals, the "Mc"
// of "THERON P. McALISTER" keeping its small letter.
func printedInCaps(s string) bool {
	return isCaps(mcCaps.ReplaceAllString(s, "MC$1"))
}

// isCaps reports whether s has letters and all of them are capitals.
func isCaps(s string) bool {
	letters := false
	for _, c := range s {
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsLetter(c) {
			letters = true
		}
	}
	return letters
}

// titleCase writes a name printed in capitals as a name: "P. CASEY PITTS"
// is "P. Casey Pitts". Short words inside a name stay lower case.
func titleCase(s string) string {
	orig := strings.Fields(s)
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if i > 0 && (w == "of" || w == "and" || w == "the") {
			continue
		}
		// "McALISTER": the printer kept the name's own small letter, and
		// its capital after it.
		if mc := orig[i]; len(mc) > 2 && strings.HasPrefix(mc, "Mc") && unicode.IsUpper(rune(mc[2])) {
			words[i] = "Mc" + titleCase(mc[2:])
			continue
		}
		rs := []rune(w)
		up := true
		for k, c := range rs {
			if up && unicode.IsLetter(c) {
				rs[k] = unicode.ToUpper(c)
			}
			up = c == '-' || c == '.' || c == '\''
		}
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}

// pointer builds a JSON pointer from names and list indexes.
func pointer(parts ...any) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteByte('/')
		switch v := p.(type) {
		case string:
			b.WriteString(v)
		case int:
			b.WriteString(strconv.Itoa(v))
		}
	}
	return b.String()
}
