package reader

import (
	"regexp"
	"strings"
	"unicode"
)

// corporate is the end of a company's name.
var corporate = mustRx(`(?i),?\s+(?:inc|llc|l\.l\.c|ltd|ltda|co|corp|corporation|k\.k|gmbh|plc|s\.a|limited|private limited)\.?$`)

// parties reads the applicant and the provider, and makes the patterns
// that name them in the conditions ("Dr. Takagi must", "Twitter shall").
func (r *run) parties() {
	r.applicantName()
	r.providerName()
	o := &r.p.Order
	r.names = map[string]string{}
	if o.Provider != "" {
		alts := []string{regexp.QuoteMeta(o.Provider)}
		for _, s := range r.providerShort {
			alts = append(alts, regexp.QuoteMeta(s))
		}
		alts = append(alts, r.defined(o.Provider)...)
		r.names["provider"] = "(?:" + strings.Join(alts, "|") + ")"
		r.provider = mustRx(`\b` + r.names["provider"] + `(?:\W|$)`)
	}
	if o.Applicant != "" {
		alts := []string{regexp.QuoteMeta(o.Applicant), "[Aa]pplicant"}
		words := strings.Fields(strings.TrimRight(o.Applicant, ","))
		if company := corporate.ReplaceAllString(o.Applicant, ""); company != o.Applicant {
			// A company by the first words of its name: "Bleach" for
			// Bleach, Inc.; "Sakura Foods" or "Sakura" for Sakura Foods K.K.
			words = strings.Fields(company)
			for n := len(words); n > 0; n-- {
				alts = append(alts, regexp.QuoteMeta(strings.Join(words[:n], " ")))
			}
		} else if len(words) > 1 {
			// A person is named by a surname, often with an honorific:
			// "Dr. Takagi" for Hidenori Takagi, "Ms. Yoon" for Yoon
			// Da-bin, whose family name comes first.
			alts = append(alts, `(?:(?:Dr|Mr|Ms|Mrs|Mx)\. )?`+regexp.QuoteMeta(words[len(words)-1]))
			alts = append(alts, `(?:Dr|Mr|Ms|Mrs|Mx)\. `+regexp.QuoteMeta(words[0]))
		}
		alts = append(alts, r.defined(o.Applicant)...)
		r.names["applicant"] = "(?:" + strings.Join(alts, "|") + ")"
		r.applicant = mustRx(`\b` + r.names["applicant"] + `(?:\W|$)`)
	}
}

// defined returns, quoted for a pattern, the short names the order
// defines for a name: Tobiuo Soft K.K. ("Tobiuo").
func (r *run) defined(name string) []string {
	words := strings.Fields(name)
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	re, err := compileRx(strings.Join(words, `\s+`) + `,?\s+\("([^"\n]{1,40})"(?:\s+or\s+"([^"\n]{1,40})")?\)`)
	if err != nil {
		return nil
	}
	var out []string
	for _, m := range re.FindAllStringSubmatch(r.txt, -1) {
		for _, s := range m[1:] {
			if s != "" && !strings.EqualFold(s, "applicant") {
				out = append(out, regexp.QuoteMeta(s))
			}
		}
	}
	return out
}

// applicantName reads the applicant: the name the caption gives ("IN RE
// EX PARTE APPLICATION OF KAEDE UTSUNOMIYA FOR AN ORDER ...") written as
// the body writes it ("Kaede Utsunomiya"), else the body's own words
// ("Applicant Hidenori Takagi applies ..."), else the caption's name as it
// stands.
func (r *run) applicantName() {
	o := &r.p.Order
	var caption string
	var ci, cj int
	var crl *rule
	// A CM/ECF notice around the order names the case as the docket does
	// ("... Hanazono Denki K.K. Order on Application"): the caption after
	// it names the applicant.
	// The caption's form that comes first: "the application of any
	// interested person", quoted from the statute further on, names no
	// one.
	if rl, m := earliest(r.v.ApplicantCaption, r.txt, r.noticeEnd()); rl != nil {
		if k := captionNameEnd(r.txt[m[2]:m[3]]); k >= 0 {
			m[3] = m[2] + k
		}
		// A notice's subject line, where no caption follows the notice
		// (the order is its docket text), runs the docket event on
		// after the case's name.
		if strings.HasPrefix(r.txt[r.lineStartAt(m[2]):], "Subject:") {
			if e := subjectEvent.FindStringIndex(r.txt[m[2]:m[3]]); e != nil {
				m[3] = m[2] + e[0]
			}
		}
		// A caption in two columns, read line by line, puts the case
		// number of its right column beside the name ("KUMO SHOJI K.K.,
		// Case No. ..."): its label is no part of the name, and a name no
		// comma ends goes on at the next line ("Caseificio     No.
		// MC-26-..." / "Malga Ferrata S.r.l. for an Order").
		if l := trailingCaseLabel.FindStringIndex(r.txt[m[2]:m[3]]); l != nil {
			m[3] = m[2] + l[0]
		}
		var more string
		// (A name that is only the label is read below, from the next
		// line of words.)
		if c := columnNumber.FindStringIndex(r.txt[m[3]:]); c != nil && !strings.HasSuffix(strings.TrimSpace(r.txt[m[2]:m[3]]), ",") && !caseLabel.MatchString(r.txt[m[2]:m[3]]) {
			// "for an Order Pursuant to ...": the name ended before it.
			if n := nameGoesOn.FindStringSubmatchIndex(r.txt[m[3]+c[1]:]); n != nil && !nameEnded.MatchString(r.txt[m[3]+c[1]+n[2]:]) {
				more = " " + r.t.words(m[3]+c[1]+n[2], m[3]+c[1]+n[3])
			}
		}
		caption = strings.TrimRight(r.t.words(m[2], m[3])+more, ",:; ")
		ci, cj, crl = m[2], m[3], rl
		// "DR. MATTHIAS LENZ": the title is no part of the name.
		if h := honorific.FindStringIndex(caption); h != nil {
			caption = caption[h[1]:]
			ci += strings.Index(r.txt[ci:cj], strings.Fields(caption + " x")[0])
		}
		// The case number of the caption's right column, read beside
		// "Application of": the name is on the next line of words.
		if caseLabel.MatchString(caption) {
			caption = ""
			if n := nextWordsLine.FindStringSubmatchIndex(r.txt[cj:]); n != nil {
				ci, cj = cj+n[2], cj+n[3]
				caption = strings.TrimRight(r.t.words(ci, cj), ",:; ")
			}
		}
		// "COURTENAY-\nVASSEUR": a name hyphenated at a line's end is one
		// word.
		if strings.Contains(r.txt[ci:cj], "-\n") {
			caption = hyphenBroken.ReplaceAllString(caption, "$1-$2")
		}
		if n := len(strings.Fields(caption)); n == 0 || n > 8 {
			caption = ""
		}
	}
	if caption != "" {
		if name, i, j, ok := r.writtenElsewhere(caption, ci); ok {
			o.Applicant = name
			r.found("/order/applicant", name, i, j, crl.Confidence, crl.Name)
			return
		}
	}
	if rl, m := first(r.v.Applicant, r.txt, 0); rl != nil {
		name := strings.TrimRight(r.t.words(m[2], m[3]), ",")
		if h := honorific.FindStringIndex(name); h != nil && len(strings.Fields(name)) > 2 {
			name = name[h[1]:]
		}
		if rl.Caps {
			name = titleCase(name)
		}
		o.Applicant = name
		r.found("/order/applicant", name, m[2], m[3], rl.Confidence, rl.Name)
		return
	}
	if caption != "" {
		conf := crl.Confidence - 0.2
		if isCaps(caption) {
			caption = titleCase(caption)
		}
		o.Applicant = caption
		r.found("/order/applicant", caption, ci, cj, conf, crl.Name)
		return
	}
	// A case-law site's print titled by the case's short name ("In re
	// Trattoria Nocciola S.r.l."), with no caption: the name as the body
	// writes it, where it does. A short title may shorten the name
	// ("In re Ben-Ami"), so it is read only when nothing else names the
	// applicant, and only as the body writes it.
	if m := inReTitle.FindStringSubmatchIndex(r.txt); m != nil {
		if name, i, j, ok := r.writtenElsewhere(r.t.words(m[2], m[3]), m[2]); ok {
			o.Applicant = name
			r.found("/order/applicant", name, i, j, 0.7, "in_re_title")
		}
	}
}

// inReTitle is a print's first line that names the case "In re" its
// applicant, not "In re Application of ...": the name (group 1), to a
// comma or the line's end.
var inReTitle = mustRx(`\A[ \t\n]*In re:? ((?:[B-DF-Z]|A[^pP\n]|E[^xX\n])[^\n,]{1,80}?)[ \t]*(?:,|\n)`)

// trailingCaseLabel is the label of the case number the caption's right
// column puts after the applicant's name: "... K.K.,     Case".
var trailingCaseLabel = mustRx(`[ \t]+(?:Case|CASE)$`)

// columnNumber is the rest of a caption's line that holds only the right
// column's case number: "     No. MC-26-00031-PHX-EGR".
var columnNumber = mustRx(`^[ \t]*(?:(?:Case|CASE)[ \t]+)?(?:No|NO)\.?[ \t]*\S+[ \t]*\n`)

// nameGoesOn is the rest of a caption's name at the start of the next
// line: "Malga Ferrata S.r.l." of "Malga Ferrata S.r.l. for an Order"
// (group 1).
var nameGoesOn = mustRx(`^[ \t]*([^\n,]+?)(?:,|\s+(?i:for (?:an? )?order|for leave|pursuant to|to obtain|applicant|petitioner)\b|[ \t]{2,}|[ \t]*\n)`)

// nameEnded opens a caption's line with the words after the applicant's
// name: "for an Order Pursuant to ...".
var nameEnded = mustRx(`^(?i:for|pursuant|to|applicant|petitioner)\b`)

// subjectEvent is the docket event a CM/ECF notice's subject line names
// after the case's name ("Activity in Case 1:26-mc-91204-PGA In re
// Application of Kumo Hotels S.A. Order on Motion for Discovery").
var subjectEvent = mustRx(`\s+(?:(?:Electronic|ELECTRONIC|Text|TEXT|Memorandum|MEMORANDUM|Endorsed|ENDORSED|Oral|ORAL|Minute|MINUTE|Paperless|PAPERLESS)\s+)?(?:(?:&|and|AND)\s+)?(?:Order|ORDER)(?:\s+(?:on|ON|re|RE)\b[\s\S]*)?$`)

// caseLabel begins a case number's label: a caption read from its right
// column ("CASE NO. 2:26-mc-00083-HOL", or "Case" where the caption's
// form stops at " No.") names no applicant.
var caseLabel = mustRx(`(?i)^(?:case|civil action|civil|misc(?:ellaneous)?\.?(?: action| case)?)(?:\s+(?:no|number)\b|\s*$)`)

// nextWordsLine is the next line that holds words, up to a comma, the
// words after a name ("FOR AN ORDER"), a column's gap or its end.
var nextWordsLine = mustRx(`^[^\n]*\n(?:[ \t]*\n)*[ \t]*([^,\n]{2,80}?)(?:,|\s+(?i:for (?:an? )?order|for leave|pursuant to|to obtain)\b|[ \t]{2,}|[ \t]*(?:\n|$))`)

// honorific is a person's title before their name: "Dr.", "Mr.", "Prof.".
var honorific = mustRx(`^(?i:dr|mr|mrs|ms|mx|prof|professor)\.?\s+`)

// lineEndComma is a comma that ends a line of a caption.
var lineEndComma = mustRx(`,[ \t]*\n`)

// corporateStart is a company's suffix that a caption may carry over to
// the next line ("KUMO SHOJI CO.,\nLTD.").
var corporateStart = mustRx(`(?i)^[ \t]*(?:inc|llc|l\.l\.c|ltd|ltda|co|corp|corporation|k\.k|gmbh|plc|s\.a|s\.l|limited|lp|l\.p|ag|pbc|n\.v|b\.v)\b`)

// captionNameEnd returns where a party's name in a caption ends when a
// comma ends its line: the caption's other column (its title, the case
// number) runs into the lines after it once the columns are read apart
// ("STUDIO HANABUSA CO., LTD.,\nORDER RE: EX PARTE APPLICATION"). A
// company's suffix on the next line continues the name. -1 when no such
// comma ends it.
func captionNameEnd(s string) int {
	for _, m := range lineEndComma.FindAllStringIndex(s, -1) {
		if strings.TrimSpace(s[:m[0]]) != "" && !corporateStart.MatchString(s[m[1]:]) {
			return m[0]
		}
	}
	return -1
}

// writtenElsewhere finds a name of the caption again in the text, outside
// the caption's match at ci: the first time it is not printed in capitals.
func (r *run) writtenElsewhere(name string, ci int) (string, int, int, bool) {
	words := strings.Fields(name)
	for i, w := range words {
		words[i] = foldWord(w)
	}
	re, err := compileRx(`(?i)(?:^|[^\pL\pN])(` + strings.Join(words, `\s+`) + `)(?:[^\pL\pN]|$)`)
	if err != nil {
		return "", 0, 0, false
	}
	// The first place that writes it in small letters; but where the name
	// read has lost its accents ("Pousada Mare Alta Ltda." in a notice's
	// case name), the first that keeps them ("Pousada Maré Alta Ltda.").
	var first struct {
		s    string
		i, j int
	}
	for _, m := range re.FindAllStringSubmatchIndex(r.txt, -1) {
		if m[2] == ci {
			continue
		}
		// A company's suffix after the words runs on with the name: a
		// caption or a print may have cut it ("Dalbit Games Co." for
		// "Dalbit Games Co., Ltd.", "... Supplies" before "(Pty) Ltd").
		end := m[3]
		if x := suffixAfter.FindStringIndex(r.txt[end:]); x != nil && !corporateEnd.MatchString(r.txt[m[2]:end]) {
			end += x[1]
		}
		s := r.t.words(m[2], end)
		if isCaps(s) {
			continue
		}
		if !hasAccent(name) && hasAccent(s) {
			return s, m[2], end, true
		}
		if first.s == "" {
			first.s, first.i, first.j = s, m[2], end
		}
	}
	return first.s, first.i, first.j, first.s != ""
}

// hasAccent reports whether s has a letter outside ASCII.
func hasAccent(s string) bool {
	return strings.IndexFunc(s, func(c rune) bool { return c > unicode.MaxASCII && unicode.IsLetter(c) }) >= 0
}

// suffixAfter is a company's suffix after its name: ", Ltd.", " (Pty)
// Ltd", ", S.A.". corporateEnd is a name that already ends with one, after
// which no other follows save a second word of it ("Co., Ltd.").
var (
	suffixAfter  = mustRx(`^,?[ \t\n]+(?:\((?:Pty|PTY|Pvt|PVT|Private)\)[ \t\n]+)?(?:Co\.,?[ \t\n]+Ltd|Company,?[ \t\n]+(?:Ltd|Limited)|Company|Corporation|Ltd|LTD|Limited|LIMITED|Ltda|LLC|Inc|INC|GmbH|AG|S\.A|S\.L|B\.V|N\.V|K\.K|plc|PLC|SRL|S\.r\.l|sp\. z o\.o)\b\.?`)
	corporateEnd = mustRx(`(?i)\b(?:ltd|limited|ltda|llc|inc|gmbh|ag|plc|srl|s\.a|s\.l|b\.v|n\.v|k\.k|corp|corporation)\.?$`)
)

// paperOf opens a paper's title before the company that filed it: "Motion
// of", "Objection of".
var paperOf = mustRx(`^(?:(?:Motion|Application|Petition|Objection|Opposition|Response|Reply|Declaration|Notice|Letter)s?\s+of\s+(?:non-?party\s+)?)`)

// providerName reads the platform the subpoena is directed to: the
// company the text serves it on ("a subpoena on Tripadvisor LLC"), by the
// name writ knows it by if writ knows it; else the first platform writ
// knows that the text names; else a company defined as the subpoena's
// recipient.
func (r *run) providerName() {
	o := &r.p.Order
	// The earliest the text names: the introduction names the platform
	// before the discussion cites other subpoenas to other platforms.
	rl, m := earliestSought(r.v.ProviderNamed, r.txt, 0)
	// The operative part, where it names whom the subpoena may be served
	// on, names this order's platform: the introduction may recite an
	// earlier order's subpoena to another.
	if r.conclusion >= 0 {
		if orl, op := earliestSought(r.v.ProviderNamed, r.txt[:r.operativeEnd], r.conclusion); op != nil {
			rl, m = orl, op
		}
	}
	if m == nil {
		rl, m = r.providerDefined()
	}
	if m != nil {
		name := strings.Join(strings.Fields(r.txt[m[2]:m[3]]), " ")
		// "the Motion of Namecheap, Inc. (\"Namecheap\") to Extend ...":
		// the paper's title is no part of the company's name.
		if p := paperOf.FindStringIndex(r.txt[m[2]:m[3]]); p != nil {
			m = []int{m[0], m[1], m[2] + p[1], m[3]}
			name = strings.Join(strings.Fields(r.txt[m[2]:m[3]]), " ")
		}
		// The period that ends a sentence is no part of "LLC".
		if noPeriod.MatchString(name) {
			name = strings.TrimSuffix(name, ".")
			m = []int{m[0], m[1], m[2], m[3] - 1}
		}
		// A name printed in capitals (a caption's "DISCOVERY FROM
		// EXAMPLE HOSTING, LLC") is written as the body writes it.
		if isCaps(name) {
			if body, i, j, ok := r.writtenElsewhere(name, m[2]); ok {
				name, m = body, []int{m[0], m[1], i, j}
			}
		}
		o.Provider = name
		for _, p := range r.v.Providers {
			if p.re.MatchString(name) {
				o.Provider = p.Name
				r.providerShort = p.Short
				break
			}
		}
		if r.providerShort == nil {
			// A platform by the first word of its name: "Twitch" for
			// Twitch Interactive, Inc.
			if w := strings.Trim(strings.Fields(name)[0], ",."); len(w) > 2 {
				r.providerShort = []string{w}
			}
		}
		r.found("/order/provider", o.Provider, m[2], m[3], rl.Confidence, rl.Name)
		return
	}
	best, at := -1, -1
	var bm []int
	for i, p := range r.v.Providers {
		if m := p.re.FindStringIndex(r.txt); m != nil && (at < 0 || m[0] < at) {
			best, at, bm = i, m[0], m
		}
	}
	if best >= 0 {
		p := r.v.Providers[best]
		o.Provider = p.Name
		r.providerShort = p.Short
		r.found("/order/provider", p.Name, bm[0], bm[1], 0.85, "providers")
	} else if rl, m := first(r.v.ProviderFallback, r.txt, 0); rl != nil {
		o.Provider = r.t.words(m[2], m[3])
		r.providerShort = []string{r.txt[m[4]:m[5]]}
		r.found("/order/provider", o.Provider, m[2], m[3], rl.Confidence, rl.Name)
	}
}

// earliestSought is earliest for the platform's name, passing over a
// company the order says no discovery is sought from: "Kumo does not seek
// discovery from Privacy Shield, LLC".
func earliestSought(rules []rule, s string, lo int) (*rule, []int) {
	var rl *rule
	var m []int
	for i := range rules {
		if rules[i].re == nil {
			continue
		}
		if y := firstSought(rules[i].re, s, lo); y != nil && (m == nil || y[0] < m[0]) {
			rl, m = &rules[i], y
		}
	}
	return rl, m
}

// firstSought is re's first match in s[lo:] (offsets in s) that notSought
// does not deny. It asks for few matches first: most first ones are taken.
func firstSought(re *rx, s string, lo int) []int {
	for n := 2; ; n *= 8 {
		all := re.FindAllStringSubmatchIndex(s[lo:], n)
		for _, y := range all {
			for k := range y {
				if y[k] >= 0 {
					y[k] += lo
				}
			}
			if !notSought.MatchString(s[max(lo, y[0]-40):y[0]]) {
				return y
			}
		}
		if len(all) < n {
			return nil
		}
	}
}

// notSought ends the words before a company's name that deny seeking
// anything of it: "does not seek ", "no ".
var notSought = mustRx(`(?i)\b(?:not|never|no)\s+(?:\w+\s+){0,2}$`)

// noPeriod is a company's name whose last word is no abbreviation, though
// a period follows it: "Example Hosting, LLC." at a sentence's end.
var noPeriod = mustRx(`(?i)\b(?:LLC|PLC|AG|GmbH|PBC|LP|Limited|Corporation)\.$`)

// partyRole is a party's role written before its name: "Respondent",
// "Non-Party", "Subpoena Recipient".
var partyRole = mustRx(`^(?:(?:Respondent|Applicant|Petitioner|Movant|Intervenor|Interested\s+Party|Non-?[Pp]arty|NON-?PARTY|Third-[Pp]arty|Subpoenaed\s+[Pp]arty|Subpoena\s+[Rr]ecipient|RESPONDENT)\s+)+`)

// providerDefined finds the platform the subpoena is served on by the short
// name the order defines for it ("may serve on Example a subpoena", where
// the order wrote Example Hosting, LLC ("Example")): the match of the
// company's full name, its group 1 the name.
func (r *run) providerDefined() (*rule, []int) {
	for i := range r.v.ProviderDefined {
		rl := &r.v.ProviderDefined[i]
		for _, m := range rl.re.FindAllStringSubmatchIndex(r.txt, -1) {
			short := strings.TrimRight(r.txt[m[2]:m[3]], ".")
			def, err := r.v.compile(`({company}),? \("`+regexp.QuoteMeta(short)+`"\)`, nil)
			if err != nil {
				continue
			}
			if d := def.FindStringSubmatchIndex(r.txt); d != nil {
				// "Respondent Valve Corporation (\"Valve\")": the role is
				// no part of the name.
				if role := partyRole.FindStringIndex(r.txt[d[2]:d[3]]); role != nil {
					d[2] += role[1]
				}
				return rl, d
			}
		}
	}
	return nil, nil
}

// hyphenBroken is a word hyphenated at a line's end, as words() joins it:
// "COURTENAY- VASSEUR".
var hyphenBroken = mustRx(`(\p{L})- (\p{L})`)
