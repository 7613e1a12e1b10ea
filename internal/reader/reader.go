// Package reader reads a court order's text and proposes the Order it
// states, for a person to check. Every value it proposes carries the span
// of the text it was read from and a confidence; whatever it cannot find
// stays empty and is listed as needing a person, never guessed.
//
// The reader is a set of rules whose patterns are data (patterns.json):
// the words courts use for a case number, a judge's signature, a request's
// standard, a period and its trigger. It is pure: it reads no clock, file
// or socket. The one exception, taking the text layer out of a PDF, is
// ExtractPDF in pdf.go.
package reader

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/writ-project/writ/internal/order"
)

// Proposal is what the reader read: the order as far as the text states
// it, where each value came from, and what a person must supply.
type Proposal struct {
	Order order.Order `json:"order"`
	// Requested are the document requests of the proposed subpoena as the
	// order quotes or describes them, before any change the court made.
	// Order.Requests are the requests as the order allows them.
	Requested []order.Request `json:"requested"`
	// Operative is set when the text holds the order's operative part (its
	// conclusion or "IT IS SO ORDERED"); without it the scope, conditions
	// and use restriction are not read, since they are not there to read.
	Operative   bool    `json:"operative"`
	Fields      []Found `json:"fields"`
	NeedsPerson []Need  `json:"needs_person"`
}

// Found is one value and where it was read.
type Found struct {
	// Path is the value's JSON pointer in the Proposal, e.g.
	// "/order/case_number" or "/order/conditions/1/days".
	Path  string `json:"path"`
	Value string `json:"value"`
	Span  Span   `json:"span"`
	// Confidence is from 0 to 1: how sure the rule that matched makes the
	// reader. A person checks every value; the low ones first.
	Confidence float64 `json:"confidence"`
	// Rule names the pattern of patterns.json that matched.
	Rule string `json:"rule"`
}

// Need is a value the reader did not find, or found in a form writ cannot
// hold, and a person must supply.
type Need struct {
	Path string `json:"path"`
	Why  string `json:"why"`
	// Span, when set, is the text the person should read.
	Span *Span `json:"span,omitempty"`
	// Read, when set, is the period the text states in a form writ does
	// not count (court or business days): read, but left to a person to
	// state in calendar days or to count.
	Read *Period `json:"read,omitempty"`
}

// Period is a number of days as an order counts them.
type Period struct {
	Days int `json:"days"`
	// Counting is the order's word for its days: "court", "business".
	Counting string `json:"counting"`
}

// Read proposes the Order an order's text states. src is the text as
// extracted (pages separated by form feeds when known).
func Read(src string) *Proposal {
	r := newRun(src, nil)
	r.read()
	// A footnote the operative part makes its own is read again with the
	// order's text: its terms are the order's.
	if notes := r.footnotesIncorporated(); len(notes) > 0 {
		r = newRun(src, notes)
		r.read()
	}
	return r.p
}

// footnotesIncorporated returns the numbers of the footnotes the
// operative part makes its own ("subject to the conditions stated in
// footnote 3 ..., which are incorporated here").
func (r *run) footnotesIncorporated() map[int]bool {
	if r.conclusion < 0 {
		return nil
	}
	// A footnote marked on the operative part's own words ("... on the
	// account;³") is part of the term it is marked on.
	notes := r.footnotesMarked()
	for _, m := range r.v.footnoteIncorporated.FindAllStringSubmatchIndex(r.txt[r.conclusion:r.operativeEnd], -1) {
		a, b := firstGroup(m)
		if n, err := strconv.Atoi(r.txt[r.conclusion+a : r.conclusion+b]); err == nil && n > 0 {
			notes[n] = true
		}
	}
	if len(notes) == 0 {
		return nil
	}
	return notes
}

// footnotesMarked returns the numbers of the footnotes whose marks, in
// superscript, stand on the words of the operative part: after a word or a
// mark of punctuation, not at a line's start, where a footnote's own text
// begins.
func (r *run) footnotesMarked() map[int]bool {
	notes := map[int]bool{}
	if r.conclusion >= r.operativeEnd {
		return notes
	}
	src := r.t.src
	so, eo := r.t.from[r.conclusion], r.t.to[r.operativeEnd-1]
	for i := so; i < eo && i < len(src); {
		c, size := utf8.DecodeRuneInString(src[i:])
		if !isSuperscript(c) || i == 0 || src[i-1] == ' ' || src[i-1] == '\n' || src[i-1] == '\t' {
			i += size
			continue
		}
		j := i
		for j < len(src) {
			d, n := utf8.DecodeRuneInString(src[j:])
			if !isSuperscript(d) {
				break
			}
			j += n
		}
		if n := footnoteNumber(src[i:j]); n > 0 {
			notes[n] = true
		}
		i = j
	}
	// A rendering that lost the superscript writes the mark as plain
	// digits after the sentence's period ("... a copy of this Order.4").
	for _, m := range plainMark.FindAllStringSubmatchIndex(src[so:min(eo, len(src))], -1) {
		if n, err := strconv.Atoi(src[so+m[2] : so+m[3]]); err == nil && n > 0 {
			notes[n] = true
		}
	}
	return notes
}

// plainMark is a footnote's mark in plain digits right after a word's
// last letter and its period, comma or semicolon, before a space or a
// line's end: "Order.4", "account,3".
var plainMark = mustRx(`\p{Ll}[.,;:]["”’)]?(\d{1,2})(?:[ \t]*\n|[ \t]+\p{Lu})`)

// run is one reading of one text.
type run struct {
	p   *Proposal
	v   *patterns
	t   *text
	txt string // the clean text
	// names are the applicant's and provider's patterns, for the rules
	// that mention them; applicant and provider find them in a clause's
	// subject.
	names               map[string]string
	applicant, provider *rx
	providerShort       []string
	// conclusion is where the operative part starts in the clean text, or
	// -1.
	conclusion int
	// operativeEnd is where the operative part ends: at an exhibit after
	// the signature that it does not make its own, else the text's end.
	operativeEnd int
	// adopting is where an order that adopts a document in the same text
	// (a stipulation, a report and recommendation) says so, or -1: its
	// date is that order's, not the adopted document's.
	adopting int
	// termsFollow is set when the operative part is all that follows a
	// ruling "on the terms that follow": the requests it describes by
	// number are in it.
	termsFollow bool
	// stipulated is set when the operative part is a stipulation the
	// court so ordered, from where the parties stipulate.
	stipulated bool
	// recited is set when the order decides nothing of the application
	// anew: an earlier order granted it, and this one decides a motion on
	// that order or so orders a stipulation under it. The requests it
	// recites before its operative part are the earlier order's.
	recited bool
	// struck are the paragraphs of adopted passages the order strikes
	// (strikeParagraphs).
	struck [][2]int
	// struckItems are the items of a list the court strikes by a mark,
	// which the clean text leaves out.
	struckItems []struckItem
	// changes are the periods the order changes by paragraph, read when
	// its conditions are (periodChanges).
	changes []periodChange
	sents   [][2]int
	// requests are the requests of the proposed subpoena, as read.
	requests []requestText
	// late are needs told after all others: terms the order states that
	// writ's order has no field for.
	late []Need
	// promptly is set while conditions reads the acts the order directs
	// "promptly", with no number of days: after every act with a period,
	// so that such a clause never takes the place of one that states it.
	promptly bool

	// letter bounds the body of an applicant's letter-motion, from its
	// salutation to its closing, when the text is one (letter.go); adopted
	// are the passages of it whose terms the endorsement made the order's.
	letter  [2]int
	adopted [][2]int
	// attached is where a document attached after the order's signature
	// begins, once attachedAt has found it; -1 before.
	attached int

	// periods are the periods the order names ("Response Period"), read
	// once (defined.go).
	periods     []definedPeriod
	periodsRead bool
	// directive finds the words that direct an act: with "should" too
	// when the order adopts a report's recommendation, with the past
	// tense of direction ("directed Example to notify", "was to preserve")
	// when it keeps an earlier order whose terms it tells (adoptKeptOrder).
	directive *rx
}

// newRun begins a reading of src; notes are the footnotes to read as the
// order's text, none at first.
func newRun(src string, notes map[int]bool) *run {
	v := vocabulary()
	red, struck := redlined(src)
	t := newTextKeeping(red, v.headers, notes)
	return &run{
		p: &Proposal{Requested: []order.Request{}, Fields: []Found{}, NeedsPerson: []Need{}, Order: order.Order{
			Targets: []order.Target{}, Requests: []order.Request{}, ExcludedFields: []order.Field{},
			Conditions: []order.Condition{}, UseRestriction: order.UseRestriction{Purposes: []string{}},
		}},
		v: v, t: t, txt: t.clean, struckItems: struck, conclusion: -1, adopting: -1, attached: -1, operativeEnd: len(t.clean), directive: v.directive,
	}
}

func (r *run) read() {
	// The operative part first: the judge signs, and the order is dated,
	// after it begins.
	r.operative()
	r.strikeParagraphs()
	struckFrom := len(r.adopted)
	r.caption()
	r.parties()
	r.proceedingsCountry()
	r.disposition()
	r.adoptLetterTerms()
	r.adoptParts()
	r.adoptTranscript()
	r.adoptKeptOrder()
	r.adoptNamedParagraphs()
	r.adoptSchedule()
	r.adoptRecommendations()
	r.strikeInLaterPassages(struckFrom)
	// A report's recommendation the order adopts directs what it says
	// "should" be done.
	for _, p := range r.adopted {
		if recommendationHead.MatchString(r.txt[p[0]:min(p[1], p[0]+80)]) {
			r.directive = r.v.directiveShould
		}
	}
	r.targets()
	r.requested()
	// A denied application authorizes nothing: whatever its operative
	// part says of a subpoena is no term of this order.
	if r.p.Operative && r.p.Order.Disposition != order.Denied {
		r.scope()
		r.conditions()
		r.useRestriction()
	}
	r.needs()
	r.p.NeedsPerson = append(r.p.NeedsPerson, r.late...)
}

// found records a value read from clean bytes [i, j).
func (r *run) found(path, value string, i, j int, conf float64, rule string) {
	r.p.Fields = append(r.p.Fields, Found{Path: path, Value: value, Span: r.t.span(i, j), Confidence: conf, Rule: rule})
}

// foundSource records a value read from source bytes [i, j): a running
// header, which the clean text leaves out.
func (r *run) foundSource(path, value string, i, j int, conf float64, rule string) {
	r.p.Fields = append(r.p.Fields, Found{Path: path, Value: value, Span: r.t.sourceSpan(i, j), Confidence: conf, Rule: rule})
}

// need records what a person must supply; i < 0 when there is no text to
// point at.
func (r *run) need(path, why string, i, j int) {
	n := Need{Path: path, Why: why}
	if i >= 0 {
		s := r.t.span(i, j)
		n.Span = &s
	}
	r.p.NeedsPerson = append(r.p.NeedsPerson, n)
}

// first runs the rules in order over the clean text from byte lo on and
// returns the first rule that matches, with its submatch indexes (made
// absolute).
func first(rules []rule, s string, lo int) (*rule, []int) {
	for i := range rules {
		if rules[i].re == nil {
			continue
		}
		if m := rules[i].re.FindStringSubmatchIndex(s[lo:]); m != nil {
			for k := range m {
				if m[k] >= 0 {
					m[k] += lo
				}
			}
			return &rules[i], m
		}
	}
	return nil, nil
}

// earliest returns the rule of rules whose match in s from clean byte lo
// begins first, and its submatch; on a tie, the rule listed first.
func earliest(rules []rule, s string, lo int) (*rule, []int) {
	var rl *rule
	var m []int
	for i := range rules {
		if _, y := first(rules[i:i+1], s, lo); y != nil && (m == nil || y[0] < m[0]) {
			rl, m = &rules[i], y
		}
	}
	return rl, m
}

// compileNamed compiles a pattern that mentions {applicant} or {provider};
// nil when a name it needs was not read.
func (r *run) compileNamed(src string) *rx {
	for _, k := range []string{"applicant", "provider"} {
		if strings.Contains(src, "{"+k+"}") && r.names[k] == "" {
			return nil
		}
	}
	re, err := r.v.compile(src, r.names)
	if err != nil {
		return nil
	}
	return re
}

// sentenceAt returns the bounds of the sentence holding clean byte i.
func (r *run) sentenceAt(i int) (int, int) {
	if r.sents == nil {
		r.sents = sentences(r.txt, 0, len(r.txt), r.v.abbrev)
	}
	for _, s := range r.sents {
		if i >= s[0] && i < s[1] {
			return s[0], s[1]
		}
	}
	return i, i
}

// sentences splits the clean text [lo, hi) into sentences: a period,
// question or exclamation mark (and any closing quote or bracket) before
// white space ends one, unless the word before it is an abbreviation
// ("Dr.", "U.S.C.", "No.") or an initial.
func sentences(s string, lo, hi int, abbrev map[string]bool) [][2]int {
	var out [][2]int
	start := lo
	for start < hi && isSpace(s[start]) {
		start++
	}
	for i := start; i < hi; i++ {
		c := s[i]
		// "... and ORDERS as follows:" or "... are VACATED and replaced as
		// follows:" before a blank line and a lettered or numbered item
		// ends what leads into the list.
		if c == ':' && listAfterColon.MatchString(s[i+1:min(hi, i+40)]) && (asFollows.MatchString(s[max(start, i-60):i]) || replacedByFollowing.MatchString(s[max(start, i-300):i])) {
			out = append(out, [2]int{start, i + 1})
			start = i + 1
			for start < hi && isSpace(s[start]) {
				start++
			}
			i = start - 1
			continue
		}
		// "The proposed order's schedule (...) is replaced by the
		// following: Example shall give notice ...": what the colon leads
		// into is a sentence of its own, the proposal's words are not.
		if c == ':' && i+2 < hi && isSpace(s[i+1]) && replacedByFollowing.MatchString(s[max(start, i-300):i]) {
			if k := strings.IndexFunc(s[i+1:hi], func(r rune) bool { return !unicode.IsSpace(r) }); k >= 0 && unicode.IsUpper(firstRune(s[i+1+k:hi])) {
				out = append(out, [2]int{start, i + 1})
				start = i + 1 + k
				i = start - 1
				continue
			}
		}
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		j := i + 1
		for j < hi && (s[j] == '"' || s[j] == '\'' || s[j] == ')') {
			j++
		}
		// A footnote's mark in plain digits after the period ("Order.4")
		// goes with the sentence it is marked on.
		if c == '.' && i > start && s[i-1] >= 'a' && s[i-1] <= 'z' {
			k := j
			for k < hi && k < j+2 && s[k] >= '0' && s[k] <= '9' {
				k++
			}
			if k > j && (k == hi || isSpace(s[k])) {
				j = k
			}
		}
		if j < hi && !isSpace(s[j]) {
			continue
		}
		if c == '.' {
			w := i
			for w > start && !isSpace(s[w-1]) && s[w-1] != '(' && s[w-1] != '[' && s[w-1] != '"' {
				w--
			}
			if (abbrev[s[w:i]] || initialism.MatchString(s[w:i])) && !(companySuffix[s[w:i]] && sentenceOpens.MatchString(s[j:hi])) {
				continue
			}
		}
		out = append(out, [2]int{start, j})
		start = j
		for start < hi && isSpace(s[start]) {
			start++
		}
		i = start - 1
	}
	if start < hi && strings.TrimSpace(s[start:hi]) != "" {
		out = append(out, [2]int{start, hi})
	}
	return out
}

// replacedByFollowing ends the words that put new terms in place of
// others before a colon: "is replaced by the following", "are modified
// as follows".
var replacedByFollowing = mustRx(`\b(?:replaced|superseded|modified|amended|revised|changed)\s+(?:by|with|as|to\s+read\s+as)\s+(?:the\s+)?follow(?:s|ing)\b[^.:;]{0,160}$`)

// listAfterColon is a blank line, then a list's item label: "(a) ", "1. ".
var listAfterColon = mustRx(`^[ \t]*\n[ \t]*\n[ \t]*(?:\([a-z0-9]{1,3}\)|[a-z0-9]{1,2}[.)])[ \t]`)

// asFollows ends the words of a court that orders what a list says,
// other than "IT IS ORDERED": "The Court adopts neither proposal in full
// and ORDERS as follows".
var asFollows = mustRx(`\b(?:ORDERS|orders|DIRECTS|directs)\s+as\s+follows$`)

// companySuffix ends a company's name with a period ("Example Social,
// Inc."), which ends the sentence too where a word that opens sentences
// follows (sentenceOpens): "... on X Corp. Each account holder will have
// ...", or a name and a modal verb: "... on X Corp. X Corp. shall inform
// ...". "Co. Ltd." and "Inc. (\"Example\")" go on.
var (
	companySuffix = map[string]bool{"Inc": true, "Corp": true, "Ltd": true, "LLC": true, "L.L.C": true, "Co": true, "N.A": true, "K.K": true, "S.A": true, "A.G": true, "B.V": true, "N.V": true, "P.C": true, "L.P": true}
	sentenceOpens = mustRx(`^\s+(?:Each|Every|The|If|Any|Within|No|Nothing|It|This|That|Such|All|Upon|Once|After|Before|Unless|Until|Where|When|While|Absent|Its|Their|Both|Only|Should|Information|Documents|Production|Notice|Counsel|Applicant|Petitioner)\s|^\s+(?:[A-Z][\w.&'-]*\s+){1,3}(?:shall|must|may|will)\s`)
)

// initialism is a word of letters and periods ("D.I", "S.D.N.Y", "K.K",
// "A.Ş"): its last period ends the word, not the sentence.
var initialism = mustRx(`^(?:\pL\.)+\pL$`)

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// redlineKey is an order's statement of how it marks what it deletes from
// a proposed order it enters as modified: "Text the Court has deleted
// ... appears between double square brackets, [[like this]]" (group 1) or
// "... between double braces, {{like this}}" (group 2).
var redlineKey = mustRx(`(?is)\b(?:deleted|struck|stricken|removed|strikes)\b[^.;~]{0,120}?(?:(double (?:square )?brackets|\[\[)|(double (?:curly )?braces|\{\{))`)

// betweenKey is a key that names a mark's opening and closing: "text the
// Court struck appears between [- and -]" (group 1 what the mark means,
// groups 2 and 3 the marks).
var betweenKey = mustRx(`(?is)\b(struck|stricken|deleted|removed|crossed out|added|inserted|interlineated|written in)\b[^.;]{0,60}?\bbetween\s+([^\s\w]{1,3})\s+and\s+([^\s\w]{1,3}?)[,.;:)]?(?:\s|$)`)

// betweenFirstKey is a key that names a mark's opening and closing, then
// what was done to the words between them: "Text between [- and -] was
// struck by the Court" (groups 1 and 2 the marks, 3 what was done).
var betweenFirstKey = mustRx(`(?is)\bbetween\s+([^\s\w]{1,3})\s+and\s+([^\s\w]{1,3}?)\s+(?:was|were|is|are|has been|have been)\s+(struck|stricken|deleted|removed|crossed out|added|inserted|interlineated|written in)\b`)

// braceLabelKey is a key that marks words by a label in braces: "{hw:
// text} = handwriting" (group 1 the label, group 2 what it means).
var braceLabelKey = mustRx(`\{(\w{1,12}):\s*(?:text|\.\.\.|…)\}\s*(?:=|:|means|marks)\s*([^;\]\n]{1,60})`)

// markPairKey is a key's entry that gives a mark's opening and closing
// around an ellipsis or the word text, then what it encloses: "[- ... -]
// encloses text the Court struck out", "{{text}}      handwritten
// insertion", "{{...}} = handwritten insertion" after another entry's
// semicolon (groups 1 and 2 the marks, 3 the meaning).
var markPairKey = mustRx(`(?:^|[\n;:\[])[ \t]*([^\s\w.]{1,3})[ \t]*(?:\.\.\.|…|text|words)[ \t]*([^\s\w.]{1,3})(?:[ \t]*(?:=|:|means|marks|encloses|indicates|shows|denotes)[ \t]+|[ \t]{2,})([^;\n\]]{1,80})`)

// insertedMeaning is what a key says of words written in.
var insertedMeaning = mustRx(`(?i)\b(?:insert\w*|add\w*|interlineat\w*|written in|handwrit\w*)\b`)

// struckMeaning is what a key says of words struck.
var struckMeaning = mustRx(`(?i)\b(?:struck|stricken|deleted|removed|crossed out)\b`)

// addedKey is a redline's key for what the court added: "words the Court
// has added appear between braces" (group 1 the marks).
var addedKey = mustRx(`(?is)\b(?:added|inserted|interlineated|written in)\b[^.]{0,80}?\b(double (?:curly )?braces|\{\{|braces|curly brackets)`)

// redlined blanks what an order that enters a proposed order as modified
// says it deleted, and the marks around what it added, with NUL bytes,
// which the clean text leaves out, so that every other byte keeps its
// place (the spans of the proposal are the source's) and no gap is left
// that reads as a column:
// only the text as modified is the order's. Markdown's strikethrough
// (~~deleted~~) is deleted text in any order. An order that states no
// such marks is read as it is.
// notTheCourts marks words that are not the court's own direction: what a
// party asks, argues, proposes or would have, or what a platform does
// under its own policy. The discussion's sentences that say so direct
// nothing, limit nothing and rule on nothing.
var notTheCourts = mustRx(`(?i)\b(?:asks?|asked|argues?|contends?|urges?|suggests?|proposes?|proposed|requests? that|requested|would (?:not )?(?:have|give|be|allow|require|set|provide|permit|run|let|extend|shorten|afford|grant|direct|limit|bar|preclude|need|receive|get|send|notify|produce|disclose)|polic(?:y|ies)|practices?|guidelines|terms of (?:service|use)|under its own)\b`)

// notTheCourtsIn reports whether a sentence has words that are not the
// court's own direction (notTheCourts), but for what the court lets
// someone do: "shall have twenty-eight (28) days ... to ask this Court,
// by motion, to quash" is the holder's act, not a party's request.
func notTheCourtsIn(s string) bool {
	for _, m := range notTheCourts.FindAllStringIndex(s, -1) {
		if strings.HasPrefix(strings.ToLower(s[m[0]:m[1]]), "ask") && strings.HasSuffix(strings.TrimRight(s[:m[0]], " \t\n"), " to") {
			continue
		}
		return true
	}
	return false
}

// labelledChange opens a change marked in labelled brackets: "[struck:
// ...]" deleted, "[modified: ...]" written in.
var labelledChange = mustRx(`\[(?i:(?:text |words? )?(?:struck|stricken|deleted|removed|crossed out)(?: (?:through|out))?(?: by (?:hand|the court))?|modified|added|inserted|interlineated|handwritten(?: [a-z ]{0,30})?):\s`)

// struckLabel is a label that strikes the words it holds: "struck",
// "Text struck through by hand", "deleted"; others write words in.
var struckLabel = mustRx(`^(?:text |words? )?(?:struck|stricken|deleted|removed|crossed)\b`)

// blankLabelled blanks, in b (a copy of src), what labelled brackets
// strike, and the labels and brackets around what they write in; a
// bracket inside ("[struck: [PROPOSED]]") is the struck words' own. A
// key that shows the marks ("[struck: ...]") strikes nothing, and says
// nothing either.
func blankLabelled(src string, b []byte) []struckItem {
	var items []struckItem
	for _, m := range labelledChange.FindAllStringIndex(src, -1) {
		depth, end := 0, -1
		for k := m[0]; k < len(src); k++ {
			if src[k] == '[' {
				depth++
			} else if src[k] == ']' {
				depth--
				if depth == 0 {
					end = k
					break
				}
			}
		}
		if end < 0 {
			continue
		}
		label := strings.ToLower(src[m[0]+1 : strings.IndexByte(src[m[0]:], ':')+m[0]])
		struck := struckLabel.MatchString(label)
		if struck && cellLabel.MatchString(src[m[1]:end]) {
			items = append(items, struckItem{m[0], src[m[1]:end]})
		}
		for k := m[0]; k <= end; k++ {
			if b[k] != '\n' && (struck || k < m[1] || k == end) {
				b[k] = 0
			}
		}
	}
	return items
}

// struckItem is an item of a list the court strikes by a mark ("~~(d) any
// PayPal account ...;~~", "[struck: (g) all messages ...]"): at, the
// source offset of its mark; text, its words, which the clean text leaves
// out. What it sought is refused.
type struckItem struct {
	at   int
	text string
}

func redlined(src string) (string, []struckItem) {
	del, add := [2]string{}, [2]string{}
	// "text the Court struck appears between [- and -], and text the
	// Court added appears between {+ and +}": each mark as the key names
	// it.
	// "Text between [- and -] was struck by the Court": the marks first.
	for _, k := range []struct {
		re                *rx
		meant, open, shut int
	}{{betweenKey, 1, 2, 3}, {betweenFirstKey, 3, 1, 2}} {
		for _, m := range k.re.FindAllStringSubmatch(src, 4) {
			if struckMeaning.MatchString(m[k.meant]) {
				del = [2]string{m[k.open], m[k.shut]}
			} else {
				add = [2]string{m[k.open], m[k.shut]}
			}
		}
	}
	// "[- ... -]   encloses text the Court struck out;", "{{...}} =
	// handwritten insertion": each mark, then what it encloses.
	for _, m := range markPairKey.FindAllStringSubmatch(src, 4) {
		switch {
		case m[1] == "~~":
			// A strikethrough is read as one wherever it stands.
		case struckMeaning.MatchString(m[3]) && !insertedMeaning.MatchString(m[3]):
			del = [2]string{m[1], m[2]}
		case insertedMeaning.MatchString(m[3]):
			add = [2]string{m[1], m[2]}
		}
	}
	if m := redlineKey.FindStringSubmatchIndex(src); m != nil && del[0] == "" && add[0] == "" {
		if m[2] >= 0 {
			del, add = [2]string{"[[", "]]"}, [2]string{"{{", "}}"}
		} else {
			del, add = [2]string{"{{", "}}"}, [2]string{"[[", "]]"}
		}
	}
	// "... words the Court has added appear between braces, {like
	// this}": single braces mark what was added.
	if del[0] == "[[" {
		if m := addedKey.FindStringSubmatch(src); m != nil && !strings.Contains(strings.ToLower(m[1]), "double") && m[1] != "{{" {
			add = [2]string{"{", "}"}
		}
	}
	labelled := labelledChange.MatchString(src)
	braceKeys := braceLabelKey.FindAllStringSubmatchIndex(src, 4)
	if del[0] == "" && add[0] == "" && !strings.Contains(src, "~~") && !labelled && braceKeys == nil {
		return src, nil
	}
	b := []byte(src)
	var items []struckItem
	if labelled {
		items = blankLabelled(src, b)
	}
	// "{hw: text} = handwriting": the label and braces are blanked, the
	// words written in kept; "{x: text} = struck" blanks the words too.
	for _, k := range braceKeys {
		open := "{" + src[k[2]:k[3]] + ":"
		struck := struckMeaning.MatchString(src[k[4]:k[5]]) && !insertedMeaning.MatchString(src[k[4]:k[5]])
		if !struck && !insertedMeaning.MatchString(src[k[4]:k[5]]) {
			continue
		}
		for from := k[1]; ; {
			i := strings.Index(src[from:], open)
			if i < 0 {
				break
			}
			i += from
			j := strings.IndexByte(src[i:], '}')
			if j < 0 {
				break
			}
			j += i
			inner := i + len(open)
			for inner < j && src[inner] == ' ' {
				inner++
			}
			// A note beside a line struck ("~~ ... ;~~  {hw: DENIED —
			// HSV}") says what the strike does; it is no word of the order.
			line := src[strings.LastIndexByte(src[:i], '\n')+1 : i]
			note := strings.Contains(line, "~~") && marginRuling.MatchString(src[inner:j])
			for x := i; x <= j; x++ {
				if b[x] != '\n' && (struck || note || x < inner || x == j) {
					b[x] = 0
				}
			}
			from = j + 1
		}
	}
	blank := func(open, close string, whole, line bool) {
		// An item struck line by line ("~~(e) the name ...~~" then
		// "~~     PayPal ...;~~" on the next line) is one item.
		cont := -1
		for from := 0; ; {
			i := strings.Index(src[from:], open)
			if i < 0 {
				return
			}
			i += from
			j := strings.Index(src[i+len(open):], close)
			if j < 0 {
				return
			}
			j += i + len(open)
			if line && !struckLines(src[i:j]) {
				from = i + len(open)
				continue
			}
			if whole && cellLabel.MatchString(src[i+len(open):j]) {
				items = append(items, struckItem{i, src[i+len(open) : j]})
				cont = len(items) - 1
			} else if whole && cont >= 0 && from > 0 && strings.TrimSpace(src[from:i]) == "" && strings.Count(src[from:i], "\n") == 1 {
				items[cont].text += " " + src[i+len(open):j]
			} else {
				cont = -1
			}
			// The key itself ("[[like this]]") is an example, not a
			// deletion; it is blanked all the same, as it says nothing.
			for k := i; k < j+len(close); k++ {
				inner := k >= i+len(open) && k < j
				if b[k] != '\n' && (whole || !inner) {
					b[k] = 0
				}
			}
			from = j + len(close)
		}
	}
	if del[0] != "" {
		blank(del[0], del[1], true, false)
	}
	if add[0] != "" {
		blank(add[0], add[1], false, false)
	}
	// A strikethrough is marked within a line, or over the few lines of
	// one item or sentence.
	blank("~~", "~~", true, true)
	// "within ~~thirty (30)~~ fourteen (14) [KMT] days": the judge's
	// initials after the words written in a struck period's place are no
	// words of the order.
	for _, m := range strikeTilde.FindAllStringIndex(src, -1) {
		if i := initialsAfter.FindStringSubmatchIndex(src[m[1]:]); i != nil {
			for k := m[1] + i[2]; k < m[1]+i[3]; k++ {
				b[k] = 0
			}
		}
	}
	return string(b), items
}

// strikeTilde is words struck through between two tildes each side, on
// one line: "~~thirty (30)~~". initialsAfter is the judge's initials in
// brackets after the words written in their place (group 1): " fourteen
// (14) [KMT]".
var (
	strikeTilde   = mustRx(`~~[^~\n]{1,200}~~`)
	initialsAfter = mustRx(`^[ \t]*[^\[\]\n~]{1,60}?[ \t](\[[A-Z]{2,4}\])`)
)

// struckLines reports whether the words between a strikethrough's marks
// can be one mark's: on one line, or over at most four lines with no
// blank line between (a mark left open at a paragraph's end pairs with
// none after it).
func struckLines(s string) bool {
	n := strings.Count(s, "\n")
	if n == 0 {
		return true
	}
	if n > 4 {
		return false
	}
	for _, l := range strings.Split(s, "\n")[1:] {
		if strings.TrimSpace(l) == "" {
			return false
		}
	}
	return true
}

// recommendationHead opens a report's recommendation: "III.
// RECOMMENDATION", "RECOMMENDATIONS".
var recommendationHead = mustRx(`^\s*(?:[IVX]{1,5}\.|[A-H]\.)?\s*(?:RECOMMENDATIONS?|Recommendations?)\b`)

// firstRune is the first letter of s, or utf8.RuneError.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
