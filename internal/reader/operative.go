package reader

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// operative finds where the order's operative part begins: its conclusion
// or order heading, else its first "IT IS ORDERED". Only that part states
// the order's terms; the discussion before it describes, quotes and
// weighs, and what other courts ordered, what the applicant proposed or
// what the platform does of its own accord are none of this order's
// terms.
func (r *run) operative() {
	if r.letterMotion() {
		return
	}
	// A document attached after the order's signature (the report and
	// recommendation it adopts) is not the order's own text: its headings
	// and words are the report's.
	own := r.attachedAt()
	// A heading: the last one, since an order may quote another's. A bare
	// "ORDER" heading near the top is the caption's title, not a heading.
	best := -1
	for _, rl := range r.v.Operative {
		switch rl.Kind {
		case "heading", "order_heading":
			for _, m := range rl.re.FindAllStringIndex(r.txt[:own], -1) {
				if rl.Kind == "order_heading" && m[0] < own/4 {
					continue
				}
				if m[0] > best {
					best = m[0]
				}
			}
		}
	}
	if best < 0 {
		for _, kind := range []string{"ordered", "fallback"} {
			for _, rl := range r.v.Operative {
				if rl.Kind != kind {
					continue
				}
				for _, m := range rl.re.FindAllStringIndex(r.txt[:own], -1) {
					if r.quoted(m[0]) || (kind == "fallback" && m[0] < own/2) {
						continue
					}
					if best < 0 || m[0] < best {
						best = m[0]
					}
					break
				}
			}
			if best >= 0 {
				break
			}
		}
	}
	// "IT IS HEREBY ORDERED that the motion is GRANTED, for the reasons
	// and on the terms set out below": the findings below are its
	// reasons, and its terms follow where it orders again ("NOW,
	// THEREFORE, IT IS HEREBY ORDERED that:").
	// "IT IS HEREBY ORDERED that the Report is ADOPTED as modified below,
	// for the following reasons.": the same, but only words that order
	// again ("IT IS HEREBY ORDERED that:") end the reasons; a paragraph
	// among them that sets conditions ("The following conditions apply
	// to the subpoena:") is one of the terms, and the terms may be all
	// that follows.
	if best >= 0 {
		if _, b := r.sentenceAt(best); reasonsBelow.MatchString(r.txt[best:b]) {
			if again := r.orderedAgain(b, own, reasonsFollowing.MatchString(r.txt[best:b])); again >= 0 {
				best = again
			}
		}
	}
	if best < 0 {
		// "... the application is GRANTED IN PART and DENIED IN PART, for
		// the reasons and on the terms that follow.": a memorandum order
		// that rules first and then gives its terms in running prose, with
		// no words of ordering after; its terms are all that follows.
		if m := termsFollow.FindStringIndex(r.txt[:own]); m != nil && !r.quoted(m[0]) {
			if a, _ := r.sentenceAt(m[0]); a >= 0 {
				best, r.termsFollow = a, true
			}
		}
	}
	if best < 0 {
		// A stipulation the court so orders below it ("PURSUANT TO
		// STIPULATION, IT IS SO ORDERED"), with no heading or words of the
		// court's own before: its terms are where the parties stipulate.
		if st := r.stipulatedStart(own, own); st >= 0 {
			r.stipulated = true
			r.adoptStipulation(st, own)
			r.begin(st, own)
		}
		return
	}
	// An order that approves a stipulation or adopts a report and
	// recommendation ("its terms are made an Order of Court", "PURSUANT
	// TO STIPULATION, IT IS SO ORDERED") states its terms in that document:
	// they begin at its own heading of terms ("STIPULATION"), after the
	// recitals that describe what was proposed.
	var after *[2]int
	if m := r.v.operativeAdopts.FindStringIndex(r.txt[best:own]); m != nil {
		// Where the document attached after the order begins: its own
		// caption after the order's "SO ORDERED", or, with no such line,
		// anywhere after the words that adopt it.
		attached := own
		if own == len(r.txt) {
			attached = best + m[1]
		}
		all := r.v.operativeAdopted.FindAllStringIndex(r.txt[:best], -1)
		// "ORDER ADOPTING REPORT AND / RECOMMENDATION", a title broken
		// over lines, heads nothing.
		all = slices.DeleteFunc(all, func(h []int) bool { return titleRunOn.MatchString(r.txt[:h[0]]) })
		if len(all) > 0 {
			r.adopting = best + m[0]
			best = all[len(all)-1][0]
			r.adoptStipulation(best, r.adopting)
		} else if st := r.stipulatedStart(best, own); st >= 0 {
			// No heading: the terms begin where the parties stipulate.
			r.adopting = best + m[0]
			r.adoptStipulation(st, own)
			best, r.stipulated = st, true
		} else if q, ok := r.quotedStipulation(best); ok {
			// The stipulation quoted in the discussion, set off as a
			// block: its terms, not the discussion around them.
			r.adopting = best + m[0]
			r.adopted = append(r.adopted, q)
		} else if st := r.v.stipulatedTerms.FindStringIndex(r.txt[attached:]); st != nil && !r.v.stipulationDeclined.MatchString(r.txt[best:own]) {
			// The stipulation attached after the order, with its own
			// caption: its terms begin where the parties stipulate.
			r.adopting = best + m[0]
			r.adoptStipulation(attached+st[0], len(r.txt))
		} else if all := r.v.operativeAdopted.FindAllStringIndex(r.txt[own:], -1); len(all) > 0 {
			// The report attached after the order: its recommendation,
			// to its sign-off, states the terms the order adopts.
			a := own + all[len(all)-1][0]
			b := len(r.txt)
			if e := recommendedEnd.FindStringIndex(r.txt[a:]); e != nil {
				b = a + e[0]
			}
			after = &[2]int{a, b}
		} else if sm := stipulationSummary.FindAllStringIndex(r.txt[:best], -1); len(sm) > 0 {
			// What the stipulation provides, told item by item in the
			// discussion ("The Stipulation provides that (a) Example will
			// notify ...; (b) ..."): its terms, to the sentence's end.
			a := sm[len(sm)-1][1]
			if _, b := r.sentenceAt(a); b > a {
				r.adopting = best + m[0]
				r.adopted = append(r.adopted, [2]int{a, b})
			}
		}
	}
	r.begin(best, own)
	if after != nil {
		r.adopted = append(r.adopted, *after)
	}
}

// orderedAgain returns where the court orders again in clean bytes [b,
// end): the first words of an "ordered" rule there that are not quoted
// and not a table's column head ("ORDERED BY THE COURT"), of
// "it_is_ordered" alone when strict; -1 when there are none.
func (r *run) orderedAgain(b, end int, strict bool) int {
	for _, rl := range r.v.Operative {
		if rl.Kind != "ordered" || strict && rl.Name != "it_is_ordered" {
			continue
		}
		for _, m := range rl.re.FindAllStringIndex(r.txt[b:end], -1) {
			if !r.quoted(b+m[0]) && r.t.rowAt(b+m[0]) == nil {
				return b + m[0]
			}
		}
	}
	return -1
}

// termsFollow is a ruling that gives its terms in the text after it:
// "GRANTED IN PART and DENIED IN PART, for the reasons and on the terms
// that follow."
var termsFollow = spaced(`(?i)\b(?:GRANTED|DENIED|ALLOWED)\b[^.;]{0,60}?,? (?:for the reasons and )?on the terms (?:that follow|set (?:out|forth) below|below)\.`)

// reasonsFollowing is the reasons deferred without the terms: "for the
// following reasons", "for the reasons that follow".
var reasonsFollowing = mustRx(`(?i)\bfor\s+the\s+(?:following\s+reasons|reasons\s+that\s+follow)\b`)

// reasonsBelow defers an order's reasons and terms to what follows it:
// "for the reasons set out below", "for the following reasons", "the
// application is GRANTED IN PART and DENIED IN PART, as set out below."
var reasonsBelow = spaced(`(?i)\bfor the reasons(?: and on the terms)? (?:set (?:out|forth)|stated|given|explained|discussed) below\b|\bfor the (?:following reasons|reasons that follow)\b|\b(?:GRANTED|DENIED|ALLOWED)\b[^.;]{0,60}?,? as (?:set (?:out|forth)|stated|explained|discussed|described) below\.`)

// begin sets the operative part: from clean byte at to where it ends,
// given where a document attached after the signature begins (own).
func (r *run) begin(at, own int) {
	r.conclusion = at
	r.p.Operative = true
	r.operativeEnd = r.ownEnd(own)
}

// stipulatedStart returns where the parties' stipulation states its terms
// before clean byte hi, when the court so orders it after them, before
// byte end, and does not decline to; -1 otherwise.
func (r *run) stipulatedStart(hi, end int) int {
	all := r.v.stipulatedTerms.FindAllStringIndex(r.txt[:hi], -1)
	if len(all) == 0 {
		return -1
	}
	st := all[len(all)-1][0]
	rest := r.txt[st:end]
	if !r.v.operativeAdopts.MatchString(rest) || r.v.stipulationDeclined.MatchString(rest) {
		return -1
	}
	return st
}

// adoptStipulation marks the stipulation's terms, from st to where they
// end, as a passage the order adopts: the court's own words after them
// ("except that Paragraph 6 is modified ...", "The Court modifies
// Paragraph 7 as follows: ...") state an act over them.
func (r *run) adoptStipulation(st, end int) {
	if e := stipulationEnd.FindStringIndex(r.txt[st:end]); e != nil {
		end = st + e[0]
	}
	if m := r.v.operativeAdopts.FindStringIndex(r.txt[st:end]); m != nil {
		end = st + m[0]
	}
	r.adopted = append(r.adopted, [2]int{st, end})
}

// stipulationQuoted introduces the parties' stipulation quoted in full in
// the discussion: "The stipulation, signed by counsel ..., provides in
// full:", "It provides:", "The Court sets them out as filed:", the word
// stipulation in the sentence or the one before it.
var stipulationQuoted = mustRx(`(?i)\b(?:provides?|states?|reads?|sets? (?:it|them) out(?:\s+as\s+filed|\s+verbatim)?)(?:\s+in\s+full|\s+in\s+(?:relevant\s+)?part)?(?:,?\s+as\s+follows)?[ \t]*:[ \t]*\n`)

// quotedStipulation returns the last stipulation quoted in the discussion
// before clean byte hi: the block after the words that introduce it, to
// the next heading or, when the block is set off by indentation, to the
// first line after a blank line that is not.
func (r *run) quotedStipulation(hi int) ([2]int, bool) {
	all := stipulationQuoted.FindAllStringIndex(r.txt[:hi], -1)
	for i := len(all) - 1; i >= 0; i-- {
		m := all[i]
		para := max(0, strings.LastIndex(r.txt[:m[0]], "\n\n"))
		if lead := strings.ToLower(r.txt[para:m[0]]); m[0]-para > 400 || !strings.Contains(lead, "stipulat") && !strings.Contains(lead, "proposed order") {
			continue
		}
		a := m[1]
		return [2]int{a, a + quotedBlockEnd(r.txt[a:hi])}, true
	}
	return [2]int{}, false
}

// stipulationSummary opens the discussion's account of what a
// stipulation provides, item by item: "The Stipulation provides that (a)".
var stipulationSummary = mustRx(`(?i)\b(?:the|this|that) (?:joint )?stipulation (?:provides|states|sets out) that\s+(?:\(a\)|\(1\))`)

// blockItem begins an item of a block of terms: "(a)", "1.", "a.", a
// quotation mark.
var blockItem = mustRx(`^[ \t]*(?:\((?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})\)|(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)][ \t]|["“])`)

// blockHeading is a heading line: a section's Roman numeral or letter, or
// words in capitals alone on the line.
var blockHeading = mustRx(`^[ \t]*(?:[IVX]{1,5}\.|[A-H]\.)[ \t]+\S|^[ \t]*[A-Z][A-Z ,'&-]{3,}[ \t]*$`)

// quotedBlockEnd returns where a quoted block at the start of s ends: at
// the next heading; when its first line is indented, at the first line
// after a blank line that is indented less; when its first line is an
// item ("(a) ...", "1. ...", a quotation), at the first line after a
// blank line that is none.
func quotedBlockEnd(s string) int {
	indent := -1
	blank, at, items := false, 0, false
	last := ""
	for _, line := range strings.SplitAfter(s, "\n") {
		t := strings.TrimRight(line, "\r\n")
		// A sentence a page's break cuts ("(b) the" / ... / "telephone
		// numbers ...") goes on past the blank lines the break left.
		if lead := strings.TrimSpace(t); blank && lead != "" && last != "" && !sentenceClosed(last) && unicode.IsLower([]rune(lead)[0]) {
			blank = false
		}
		if strings.TrimSpace(t) != "" {
			last = strings.TrimSpace(t)
		}
		switch {
		case strings.TrimSpace(t) == "":
			blank = true
		case indent < 0:
			indent = len(t) - len(strings.TrimLeft(t, " \t"))
			items = blockItem.MatchString(t)
		case blockHeading.MatchString(t) && blank:
			return at
		case blank && indent > 0 && len(t)-len(strings.TrimLeft(t, " \t")) < indent:
			return at
		case blank && items && !blockItem.MatchString(t):
			// A block of items ends with them, however its lines are
			// indented: "Id. at 7." after "(d) ..." is the court's again.
			return at
		default:
			blank = false
		}
		if strings.TrimSpace(t) != "" {
			blank = false
		}
		at += len(line)
	}
	return len(s)
}

// stipulationEnd is where the parties' terms end: their "IT IS SO
// STIPULATED", their signatures' date, or the heading of the court's own
// order below them.
var stipulationEnd = mustRx(`(?m)\bIT IS SO STIPULATED\b|^[ \t]*(?:\d{1,2}[ \t]+)?(?:Dated|DATED):|^[ \t]*(?:\d{1,2}[ \t]+)?(?:\[PROPOSED\] )?ORDER[ \t]*$`)

// titleRunOn ends the line before a heading that goes on with it: a
// title broken over lines ("REPORT AND" / "RECOMMENDATION").
var titleRunOn = mustRx(`(?i)\b(?:and|of|adopting)[ \t]*\n[ \t]*$`)

// signOff is the order's own "SO ORDERED." on a line of its own, and
// attachedCaption the caption of a document that follows it.
var (
	signOff         = mustRx(`(?m)^[ \t]*(?:IT IS )?SO ORDERED\.?[ \t]*$`)
	attachedCaption = mustRx(`(?m)^[ \t]*(?:IN THE )?UNITED STATES DISTRICT COURT[ \t]*$`)
	judgeTitleLine  = mustRx(`(?mi)^[ \t]*(?:the honorable [^\n]{3,60}\n[ \t]*)?(?:United States |U\.S\. |Senior |Chief )*(?:District|Magistrate) Judge[ \t]*$`)
	recommendedEnd  = mustRx(`(?m)^[ \t]*(?:IT IS )?SO RECOMMENDED\.?[ \t]*$|(?i)\bany (?:party may )?(?:objections?|written objections?) to (?:this|the) Report and Recommendation\b`)
)

// attachedAt returns where a document attached after the order's
// signature begins (its own caption after the order's "SO ORDERED.", or,
// with no such line, a report's caption right after the judge's title
// under the signature), else the text's end.
func (r *run) attachedAt() int {
	if r.attached < 0 {
		r.attached = r.findAttached()
	}
	return r.attached
}

// findAttached finds where a document attached after the order's
// signature begins (attachedAt).
func (r *run) findAttached() int {
	m := signOff.FindStringIndex(r.txt)
	if m == nil {
		// With no "SO ORDERED", the judge's title under the order's
		// signature ("United States District Judge") and, right after
		// it, past a page's break, another caption titled a report and
		// recommendation: the report the order adopts, attached. (A
		// memorandum's "separate Order follows" under its own caption is
		// the order itself.)
		for _, t := range judgeTitleLine.FindAllStringIndex(r.txt, -1) {
			c := attachedCaption.FindStringIndex(r.txt[t[1]:min(len(r.txt), t[1]+400)])
			if c != nil && reportTitle.MatchString(r.txt[t[1]+c[0]:min(len(r.txt), t[1]+c[0]+1200)]) {
				return t[1] + c[0]
			}
		}
		return len(r.txt)
	}
	if c := attachedCaption.FindStringIndex(r.txt[m[1]:]); c != nil {
		return m[1] + c[0]
	}
	// A transcript's pages after the signature: its first speaker.
	if t := transcriptTurn.FindStringIndex(r.txt[m[1]:min(len(r.txt), m[1]+3000)]); t != nil {
		return m[1] + t[0]
	}
	return len(r.txt)
}

// transcriptTurn begins a speaker's turn in a transcript: "THE COURT:",
// "MR. HARTWELL:", "MS. BELLANDI:".
var transcriptTurn = mustRx(`(?m)^[ \t]*(?:THE COURT|(?:MR|MS|MRS|DR)\.[ \t]+[A-Z][A-Z'-]+(?:[ \t]+[A-Z][A-Z'-]+)?):`)

// transcriptIncorporated is an order that makes a transcript of the
// court's ruling from the bench its own: "The pages of the transcript
// that contain the ruling are attached and are incorporated in this
// Order".
var transcriptIncorporated = mustRx(`(?i)\btranscript\b[^.]{0,120}?\b(?:attached|incorporated)\b[^.]{0,60}?\b(?:incorporated|made part)\b|\b(?:conditions|terms)\b[^.]{0,120}?\bannounced (?:in|at|from)\b[^.]{0,60}?\b(?:are|shall be) (?:the )?(?:conditions|terms) of this Order\b`)

// adoptTranscript makes the court's own turns in a transcript attached
// after the signature the order's, when the order incorporates them: what
// counsel said in their turns is no part of the ruling.
func (r *run) adoptTranscript() {
	own := r.attachedAt()
	if r.conclusion < 0 || own >= len(r.txt) || !transcriptIncorporated.MatchString(r.txt[:own]) {
		return
	}
	turns := transcriptTurn.FindAllStringIndex(r.txt[own:], -1)
	for k, t := range turns {
		if !strings.HasPrefix(strings.TrimSpace(r.txt[own+t[0]:own+t[1]]), "THE COURT") {
			continue
		}
		end := len(r.txt)
		if k+1 < len(turns) {
			end = own + turns[k+1][0]
		}
		r.adopted = append(r.adopted, [2]int{own + t[1], end})
	}
}

// ownEnd returns where the operative part ends, given where a document
// attached after the signature begins (own): at an exhibit it does not
// make its own, else there. An exhibit it makes its own (a stipulation
// "attached as Exhibit A, is APPROVED and SO ORDERED") runs on past the
// caption the attached document opens with.
func (r *run) ownEnd(own int) int {
	end := r.exhibitsEnd()
	if end <= own {
		return end
	}
	for _, m := range r.v.exhibitHeading.FindAllStringIndex(r.txt[r.conclusion:own], -1) {
		if r.conclusion+m[0] < end {
			// A report and recommendation attached as the exhibit: its
			// recommendation states the terms the order adopts
			// (operative), not its background and discussion.
			if reportTitle.MatchString(r.txt[r.conclusion+m[0] : min(len(r.txt), r.conclusion+m[0]+2000)]) {
				return own
			}
			return end
		}
	}
	return own
}

// reportTitle is the title of a report and recommendation, on a line of
// its own or beginning one.
var reportTitle = mustRx(`(?m)^[ \t]*(?:\[PROPOSED\] )?(?:REPORT AND RECOMMENDATIONS?|FINDINGS AND RECOMMENDATIONS?)\b`)

// exhibitsEnd returns where the operative part ends: at the first exhibit
// after it whose terms it does not make its own ("subject to the
// Protective Procedure attached as Exhibit A, which is incorporated in
// this Order"), else at the text's end. An exhibit it does not name (the
// applicant's proposed order) or names only as the subpoena ("the
// subpoena attached as Exhibit A") states no term of the order.
func (r *run) exhibitsEnd() int {
	heads := r.v.exhibitHeading.FindAllStringSubmatchIndex(r.txt[r.conclusion:], -1)
	for k, m := range heads {
		at := r.conclusion + m[0]
		label := r.txt[r.conclusion+m[2] : r.conclusion+m[3]]
		if !r.exhibitOrdered(label, at) {
			// A later exhibit the order does make its own ("The conditions
			// set out in Exhibit B are conditions of this Order", after
			// the subpoena as Exhibit A): its terms are adopted.
			for j := k + 1; j < len(heads); j++ {
				from := r.conclusion + heads[j][0]
				if r.exhibitOrdered(r.txt[r.conclusion+heads[j][2]:r.conclusion+heads[j][3]], from) {
					end := len(r.txt)
					if j+1 < len(heads) {
						end = r.conclusion + heads[j+1][0]
					}
					r.adopted = append(r.adopted, [2]int{r.conclusion + heads[j][1], end})
				}
			}
			return at
		}
	}
	return len(r.txt)
}

// exhibitOrdered reports whether the operative part, before the exhibit
// labelled label at clean byte at, makes it the order's.
func (r *run) exhibitOrdered(label string, at int) bool {
	re, err := r.v.compile(r.v.ExhibitIncorporated, map[string]string{"label": regexp.QuoteMeta(label)})
	return err == nil && (re.MatchString(r.txt[r.conclusion:at]) || r.adoptsNamedExhibit(label, at))
}

// attachedAs names the document the order attaches as an exhibit, where
// it first tells of it: "ECF No. 11 (the \"Stipulation\"), attached to
// this Order as Exhibit 1", "A copy of the Standing Order is attached to
// this Order as Appendix 1" (group 1 or 2 its name, group 3 the label).
var attachedAs = spaced(`(?:\(the ["“]([A-Z][\w' -]{2,40})["”]\),?|\b[Tt]he ([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}) is) (?:hereby )?(?:attached|annexed|appended) (?:to this Order |hereto )?as (?:Exhibit|Attachment|Appendix) ([A-Z]|\d{1,2})\b`)

// paragraphsOf names paragraphs of a document, right before its name:
// "Paragraphs 1, 2, 3, 5 and 6 of ".
var paragraphsOf = mustRx(`(?i)\b(?:Paragraphs?|¶¶?)\s*[\d\s,]+(?:(?:and|through|to|-)\s*\d{1,2})?\s+of\s+$`)

// exhibitParagraph opens a numbered paragraph of an exhibit: "4. " (group
// 1 its number).
var exhibitParagraph = mustRx(`(?m)^[ \t]*(\d{1,2})\.[ \t]`)

// strikeUnnamedIn strikes the numbered paragraphs of the exhibit whose
// heading is at clean byte at that the clause naming the ones the order
// makes its own leaves out ("Paragraphs 1, 2, 3, 5 and 6 of the Standing
// Order": not its paragraph 4).
func (r *run) strikeUnnamedIn(at int, clause string) {
	keep := namedLabels(clause)
	if keep == nil {
		return
	}
	end := len(r.txt)
	if h := r.v.exhibitHeading.FindStringIndex(r.txt[at+1:]); h != nil {
		end = at + 1 + h[0]
	}
	heads := exhibitParagraph.FindAllStringSubmatchIndex(r.txt[at:end], -1)
	for i, h := range heads {
		k, _ := strconv.Atoi(r.txt[at+h[2] : at+h[3]])
		if keep[k] {
			continue
		}
		b := end
		if i+1 < len(heads) {
			b = at + heads[i+1][0]
		}
		r.struck = append(r.struck, [2]int{at + h[0], b})
	}
}

// adoptsNamedExhibit reports whether the exhibit labelled label, at
// clean byte at, is a document the order names where it attaches it and
// makes its own in its operative part by that name: "The Stipulation
// (ECF No. 11) is SO ORDERED", "Paragraphs 1, 2, 3, 5 and 6 of the
// Standing Order ... are incorporated into this Order". Where it names
// only some of the document's paragraphs, it strikes the others as it
// answers (striking twice strikes nothing more).
func (r *run) adoptsNamedExhibit(label string, at int) bool {
	for _, m := range attachedAs.FindAllStringSubmatchIndex(r.txt[:at], -1) {
		if r.txt[m[6]:m[7]] != label {
			continue
		}
		a, b := firstGroup(m)
		name := strings.ReplaceAll(regexp.QuoteMeta(r.txt[a:b]), " ", `\s+`)
		ordered := mustRx(`(?i)\bthe\s+` + name + `\b(?:[^.;]|\.[A-Z0-9]|\b(?:Nos?|Dkt|ECF|Doc)\.){0,80}?\b(?:is|are)\s+(?:hereby\s+)?(?:SO\s+ORDERED|APPROVED|ADOPTED|ENTERED|incorporated)\b`)
		if o := ordered.FindStringIndex(r.txt[r.conclusion:at]); o != nil {
			// "Paragraphs 1, 2, 3, 5 and 6 of the Standing Order ... are
			// incorporated": its other paragraphs are not the order's.
			if p := paragraphsOf.FindStringIndex(r.txt[r.conclusion : r.conclusion+o[0]]); p != nil {
				r.strikeUnnamedIn(at, r.txt[r.conclusion+p[0]:r.conclusion+o[1]])
			}
			return true
		}
	}
	return false
}

// quoted reports whether clean byte i stands inside a quotation that its
// sentence opened before it: "IT IS FURTHER ORDERED" quoted from another
// order is not this order's.
func (r *run) quoted(i int) bool {
	a, _ := r.sentenceAt(i)
	if a >= i {
		return false
	}
	return strings.Count(r.txt[a:i], `"`)%2 == 1
}

// clause is a part of an operative sentence that states one act: the
// sentence split at semicolons and where a new actor begins ("..., and
// Amazon shall file a notice with the Court ...").
type clause struct {
	// a and b bound the clause in the clean text, without its enumerator
	// and "IT IS ORDERED that".
	a, b int
	// sentence bounds the sentence the clause is part of.
	sentence [2]int
	// ordered is set when the court introduced the clause with "ORDERED
	// that", which directs the act even without a modal verb.
	ordered bool
	// subject is the subject of the clause it was split from, for a
	// clause that has none of its own ("... may file a motion ..., or
	// may ... send a written objection").
	subject string
}

func (c clause) text(s string) string { return s[c.a:c.b] }

// operativeSentences returns the sentences of the operative part: those
// of the passages it adopts from elsewhere (a letter's proposed terms),
// then its own.
func (r *run) operativeSentences() [][2]int {
	if r.conclusion < 0 {
		return nil
	}
	var out [][2]int
	for _, p := range r.adopted {
		out = append(out, r.splitAtRows(sentences(r.txt, p[0], p[1], r.v.abbrev))...)
	}
	out = append(out, r.ownSentences()...)
	return slices.DeleteFunc(out, func(s [2]int) bool { return r.struckAt(s[0]) })
}

// paragraphStruck strikes a paragraph of a document the order adopts, or
// changes it so that its words as written are no longer the order's:
// "except that Paragraph 3 is stricken" (label), "Paragraph 4 of the
// Stipulation is not approved", "Paragraph 5 is modified to read:
// \"...\"" or "Paragraph 3 of the February Order applies to the second
// subpoena as amended to read: \"...\"" (anew, the paragraph as
// rewritten), "in Paragraph 2, \"thirty
// (30) days\" is replaced by ..." (words, the label of a paragraph whose
// words are replaced; what replaces them is left to a person). A label
// may carry a letter: "Paragraph A-5 is STRICKEN". "with condition 4
// modified as stated in paragraph 4 of this Order": the condition (cond)
// gives way to the order's own paragraph (own).
var paragraphStruck = mustRx(`(?i)\b(?:Paragraph|¶)\s*(?P<label>[A-Z]-?\d{1,2}|\d{1,2})\b(?:\s+of\s+the\s+[\w' ]{0,40}?)?,?\s+(?:(?:is|shall\s+be|shall)\s+(?:hereby\s+)?|appl(?:ies|y)\s+to\s+[^.;:"]{0,60}?\s+as\s+)(?:struck|stricken|deleted|omitted|not\s+(?:approved|adopted|entered|so[- ]ordered)|(?:(?:modified|amended|revised|changed|rewritten)\b[^.;:]{0,40}?(?:to\s+read|as\s+follows)|(?:now\s+)?read\s+as\s+follows|(?:deleted\s+and\s+)?replaced\s+(?:by|with))\s*:?\s*(?P<anew>"[^"]{1,1000}")?)|\b(?:in\s+)?(?:Paragraph|¶)\s*(?P<words>[A-Z]-?\d{1,2}|\d{1,2})[,:]?\s+(?:the\s+words?\s+)?"[^"]{1,200}"\s+(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:replaced|changed|amended)\b|\b(?:Paragraph|¶|condition|term)\s*(?P<cond>\d{1,2})\s+(?:(?:is|shall\s+be)\s+)?(?:modified|amended|changed|revised)\s+as\s+(?:stated|set\s+(?:out|forth)|provided|described)\s+in\s+(?:paragraph|¶)\s*(?P<own>\d{1,2})(?:\s+(?:of\s+this\s+(?:Order|Memorandum(?:\s+Order)?)|above))?\b`)

// appendixAlone is an appendix's heading that gives it no letter or
// number: "APPENDIX".
var appendixAlone = mustRx(`(?m)^[ \t]*(?:APPENDIX|Appendix)[ \t]*$`)

// struckInPlace is a numbered paragraph the court marks struck where it
// stands: "6. [STRICKEN BY THE COURT. See ...]"; paragraphAfter is the
// line that ends it: the next numbered paragraph, a date or the order's
// sign-off.
var (
	struckInPlace  = mustRx(`(?mi)^[ \t]*\d{1,2}\.[ \t]+\[(?:stricken|struck|deleted|struck out)\b`)
	paragraphAfter = mustRx(`(?m)^[ \t]*(?:\d{1,2}\.[ \t]|(?:Dated|DATED)\b|(?:IT IS )?SO ORDERED\b|IT IS SO STIPULATED\b)`)
)

// struckAt reports whether clean byte i is in a paragraph of an adopted
// document that the order's own words strike: its terms are none of the
// order's.
func (r *run) struckAt(i int) bool {
	for _, p := range r.struck {
		if i >= p[0] && i < p[1] {
			return true
		}
	}
	return false
}

// strikeParagraphs finds, once the operative part and the stipulation it
// adopts are known, the paragraphs of the adopted passages that the
// order's own words strike, and adds the paragraphs it rewrites in their
// place.
func (r *run) strikeParagraphs() {
	if r.conclusion < 0 {
		return
	}
	// "6. [STRICKEN BY THE COURT. ...]": a paragraph the court marks
	// struck where it stands, in the operative part or after it, or in a
	// passage the order adopts.
	for _, m := range struckInPlace.FindAllStringIndex(r.txt, -1) {
		if m[0] < r.conclusion && !r.adoptedAt(m[0]) {
			continue
		}
		end := len(r.txt)
		if e := paragraphAfter.FindStringIndex(r.txt[m[1]:]); e != nil {
			end = m[1] + e[0]
		}
		r.struck = append(r.struck, [2]int{m[0], end})
	}
	adopted := slices.Clone(r.adopted)
	for _, m := range paragraphStruck.FindAllStringSubmatchIndex(r.txt[r.conclusion:r.operativeEnd], -1) {
		if r.adoptedAt(r.conclusion + m[0]) {
			continue
		}
		lab, cond := named(paragraphStruck, m, "label"), named(paragraphStruck, m, "cond")
		if cond[0] >= 0 {
			// The order's own paragraph that states the change, before
			// its operative part, is read as the order's.
			lab = cond
			own := named(paragraphStruck, m, "own")
			if a, b, ok := r.paragraph(r.txt[r.conclusion+own[0]:r.conclusion+own[1]], 0, r.conclusion+m[0]); ok && a < r.conclusion && !r.adoptedAt(a) {
				r.adopted = append(r.adopted, [2]int{a, b})
			}
		} else if lab[0] < 0 {
			lab = named(paragraphStruck, m, "words")
			// A period's words replaced by another period's, or by words
			// that name none, are the period changed (periodChanges), not
			// the paragraph struck.
			at := r.txt[r.conclusion+m[0] : min(r.operativeEnd, r.conclusion+m[1]+200)]
			if w := r.v.periodReplacedWords.FindStringIndex(at); r.v.periodReplaced.MatchString(at) || w != nil && w[0] <= 3 {
				continue
			}
		}
		label := r.txt[r.conclusion+lab[0] : r.conclusion+lab[1]]
		found := r.strikeIn(label, adopted)
		// A proposed order the court signs with its changes below it:
		// the paragraph stands in the operative part, before the change.
		if !found && len(adopted) == 0 && cond[0] < 0 {
			if a, b, ok := r.paragraph(label, r.conclusion, r.conclusion+m[0]); ok && b <= r.conclusion+m[0] {
				r.struck = append(r.struck, [2]int{a, b})
				found = true
			}
		}
		// An earlier order annexed as an exhibit, whose paragraph the
		// change names ("paragraph 7 of the March Order (Exhibit 1)"),
		// or a standing order as an appendix, whose paragraphs are
		// lettered ("Paragraph A-5 is STRICKEN"), or an appendix's
		// condition the order's own paragraph modifies: the paragraph
		// stands in the exhibit, after the change.
		if !found && (strings.Contains(strings.ToLower(r.txt[r.conclusion+m[0]:r.conclusion+m[1]]), " of the ") || unicode.IsLetter(rune(label[0])) || cond[0] >= 0) {
			after := r.txt[r.conclusion+m[1] : r.operativeEnd]
			x := r.v.exhibitHeading.FindStringIndex(after)
			if x == nil {
				x = appendixAlone.FindStringIndex(after)
			}
			if x != nil {
				if a, b, ok := r.paragraph(label, r.conclusion+m[1]+x[0], r.operativeEnd); ok {
					r.struck = append(r.struck, [2]int{a, b})
				}
			}
		}
		// "modified to read: \"...\"": the paragraph as the court writes it
		// is read in its place, inside its quotation marks.
		if anew := named(paragraphStruck, m, "anew"); anew[0] >= 0 {
			r.adopted = append(r.adopted, [2]int{r.conclusion + anew[0] + 1, r.conclusion + anew[1] - 1})
		}
	}
	// A document the order adopts that amends another it adopts before
	// it (a proposed order "as amended by" the applicant's notice:
	// "Paragraph 3 is replaced by: \"...\"", "Paragraph 5 is deleted."):
	// the paragraph it replaces or deletes is none of the order's; the one
	// it writes anew stands in its own words.
	for k, p := range adopted {
		for _, m := range paragraphStruck.FindAllStringSubmatchIndex(r.txt[p[0]:p[1]], -1) {
			lab := named(paragraphStruck, m, "label")
			if lab[0] < 0 {
				continue
			}
			label := r.txt[p[0]+lab[0] : p[0]+lab[1]]
			for j, q := range adopted {
				if j == k || q[1] > p[0]+m[0] {
					continue
				}
				if a, b, ok := r.paragraph(label, q[0], q[1]); ok {
					r.struck = append(r.struck, [2]int{a, b})
				}
			}
			if anew := named(paragraphStruck, m, "anew"); anew[0] >= 0 {
				r.adopted = append(r.adopted, [2]int{p[0] + anew[0] + 1, p[0] + anew[1] - 1})
			}
		}
	}
}

// strikeInLaterPassages strikes, in the passages adopted since the
// paragraphs struck were first found (from index from of r.adopted), the
// paragraphs the operative part strikes or writes anew by label: "A.
// Kumo may serve a subpoena seeking the information described in
// paragraph 2 of the February Order" takes in the February Order's
// paragraphs as quoted, and "C. Paragraph 3 of the February Order applies
// to the second subpoena as amended to read: \"...\"" puts the court's
// words in the place of its paragraph 3 there too.
func (r *run) strikeInLaterPassages(from int) {
	if r.conclusion < 0 || from >= len(r.adopted) {
		return
	}
	later := slices.Clone(r.adopted[from:])
	for _, m := range paragraphStruck.FindAllStringSubmatchIndex(r.txt[r.conclusion:r.operativeEnd], -1) {
		lab := named(paragraphStruck, m, "label")
		if lab[0] < 0 || r.adoptedAt(r.conclusion+m[0]) {
			continue
		}
		r.strikeIn(r.txt[r.conclusion+lab[0]:r.conclusion+lab[1]], later)
	}
}

// strikeIn strikes the paragraph labelled label in each of the passages
// that holds one, and reports whether any did.
func (r *run) strikeIn(label string, passages [][2]int) bool {
	found := false
	for _, p := range passages {
		if a, b, ok := r.paragraph(label, p[0], p[1]); ok {
			if !r.struckAt(a) {
				r.struck = append(r.struck, [2]int{a, b})
			}
			found = true
		}
	}
	return found
}

// ownSentences returns the sentences of the operative part's own words,
// without the passages it adopts: where it changes an adopted term, the
// change is the order's.
func (r *run) ownSentences() [][2]int {
	if r.conclusion < 0 {
		return nil
	}
	out := slices.DeleteFunc(r.splitAtRows(sentences(r.txt, r.conclusion, r.operativeEnd, r.v.abbrev)), func(s [2]int) bool { return r.struckAt(s[0]) })
	// A footnote the operative part makes its own, set at the foot of a
	// page of the discussion or under the signature, is read with it.
	for _, n := range r.t.notes {
		if n[1] <= r.conclusion || n[0] >= r.operativeEnd {
			out = append(out, sentences(r.txt, n[0], n[1], r.v.abbrev)...)
		}
	}
	return out
}

// clauses splits the operative part into clauses.
func (r *run) clauses() []clause {
	var out []clause
	for _, s := range r.operativeSentences() {
		var parts [][2]int
		for _, part := range splitClauses(r.txt, s[0], s[1], r.directive.FindStringIndex) {
			parts = append(parts, r.relativeActs(part[0], part[1])...)
		}
		for k, part := range parts {
			a, b := part[0], part[1]
			// A relative clause's actor is the one its part before names
			// last: "notify each account holder, who shall have ...".
			antecedent := ""
			if k > 0 && relativeStart.MatchString(r.txt[a:b]) {
				words := strings.Fields(r.txt[parts[k-1][0]:parts[k-1][1]])
				antecedent = strings.Join(words[max(0, len(words)-4):], " ") + " "
			}
			// A route split off after a comma with its own period ("...,
			// or, within fourteen (14) days ..., to serve a written
			// objection", "..., or twenty-one (21) days ... within which to
			// serve ...") is directed by the part before: its subject and
			// modal are that part's.
			if k > 0 && antecedent == "" && r.directive.FindStringIndex(r.txt[a:b]) == nil && routeGoesOn.MatchString(r.txt[a:b]) {
				pa, pb := parts[k-1][0], parts[k-1][1]
				if d := r.directive.FindStringIndex(r.txt[pa:pb]); d != nil {
					antecedent = r.txt[pa:pa+d[1]] + " "
				}
			}
			ordered := false
			// A row of a table in the operative part is a step the order
			// directs, by whom its actor column says (table.go).
			row := r.rowAt(a)
			if row != nil {
				ordered = true
				if who := r.rowActor(row); who != "" && antecedent == "" {
					// The actor's words, as a subject before a modal verb
					// is read (actor).
					antecedent = who + " shall "
				}
			}
			// An enumerator, "IT IS FURTHER ORDERED that", "and": what
			// stands before the clause's words, taken off until none is
			// left.
			for a < b {
				m := r.v.clausePrefix.FindStringIndex(r.txt[a:b])
				if m == nil || m[1] == 0 {
					break
				}
				// "Step 2: ...", a step of a procedure the order sets the
				// parties to follow, is directed as "ORDERED that" is.
				if p := strings.ToUpper(r.txt[a : a+m[1]]); strings.Contains(p, "ORDERED") || strings.HasPrefix(p, "STEP ") {
					ordered = true
				}
				a += m[1]
				for a < b && isSpace(r.txt[a]) {
					a++
				}
			}
			for b > a && (isSpace(r.txt[b-1]) || r.txt[b-1] == ';') {
				b--
			}
			if b <= a {
				continue
			}
			// "may file a motion ..., or may ... object": two acts, each
			// with its own period, of one actor.
			subject := antecedent
			for _, alt := range r.alternatives(a, b) {
				out = append(out, clause{a: alt[0], b: alt[1], sentence: s, ordered: ordered, subject: subject})
				if m := r.directive.FindStringIndex(r.txt[alt[0]:alt[1]]); m != nil && subject == "" {
					subject = r.txt[alt[0]:alt[0]+m[0]] + " "
				}
			}
		}
	}
	return out
}

// alternative finds "or may", "and may", "or shall": an actor's second
// act.
var alternative = mustRx(`,?\s+(?:or|and)\s+(?:may|shall|must|will)\b`)

// alternatives splits the clause [a, b) where an actor's second act
// begins ("may file a motion ..., or may, within the same thirty (30)
// days, send a written objection"): the two sides state different acts,
// and the second its own period. Otherwise it is one clause: "shall
// notify ... and shall serve a copy of this order on each such person" is
// one act, the notice.
func (r *run) alternatives(a, b int) [][2]int {
	act := r.actOf
	var out [][2]int
	start := a
	for _, m := range alternative.FindAllStringIndex(r.txt[a:b], -1) {
		cut := a + m[0]
		fields := strings.Fields(r.txt[a+m[0] : a+m[1]])
		next := a + m[1] - len(fields[len(fields)-1])
		left, right := act(r.txt[start:cut]), act(r.txt[next:b])
		periodic := r.v.period.MatchString(r.txt[next:b]) || r.v.samePeriod.MatchString(r.txt[next:b])
		if left != "" && right != "" && left != right && periodic {
			out = append(out, [2]int{start, cut})
			start = next
		}
	}
	return append(out, [2]int{start, b})
}

// actOf names the act the words s state, by the first condition rule
// that matches them; "" when they state none.
func (r *run) actOf(s string) string {
	for _, cr := range r.v.Conditions {
		if cr.re.MatchString(unquoted(s)) {
			return cr.ID
		}
	}
	return ""
}

// relativeActs splits the part [a, b) of a sentence where a relative
// clause (", which shall") states another act than the words before it,
// with a period of its own: each act then has its own period, and the
// first period of the whole is not taken for the second act's. Otherwise
// the part stays whole.
func (r *run) relativeActs(a, b int) [][2]int {
	var out [][2]int
	start := a
	for _, m := range relativeWhich.FindAllStringSubmatchIndex(r.txt[a:b], -1) {
		cut, next := a+m[0], a+m[2]
		left, right := r.actOf(r.txt[start:cut]), r.actOf(r.txt[next:b])
		periodic := r.v.period.MatchString(r.txt[next:b]) || r.v.samePeriod.MatchString(r.txt[next:b])
		if left != "" && right != "" && left != right && periodic {
			out = append(out, [2]int{start, cut})
			start = next
		}
	}
	return append(out, [2]int{start, b})
}

// splitClauses splits the sentence [a, b) of s at each semicolon, and at
// each ", and" or " and" that a new actor with a modal verb follows
// ("and Tripadvisor shall advise"). "and shall serve" continues the same
// actor's act and does not split. directive finds a modal verb.
func splitClauses(s string, a, b int, directive func(string) []int) [][2]int {
	var out [][2]int
	start := a
	for i := a; i < b; i++ {
		switch {
		case s[i] == ';':
			out = append(out, [2]int{start, i})
			start = i + 1
		case strings.HasPrefix(s[i:b], " and ") || strings.HasPrefix(s[i:b], ",\nand ") || strings.HasPrefix(s[i:b], " and\n") || strings.HasPrefix(s[i:b], " or ") && i > start && s[i-1] == ',':
			j := i + len(" and ")
			if strings.HasPrefix(s[i:b], " or ") {
				j = i + len(" or ")
			}
			// "The account holder and Example will have ...": a subject
			// of two, not a clause of its own after one with no verb.
			if !newActor(s[j:b], directive) || directive(s[start:i]) == nil {
				continue
			}
			end := i
			if end > start && s[end-1] == ',' {
				end--
			}
			out = append(out, [2]int{start, end})
			start = i + 1
		case s[i] == ',':
			// "..., in which case Example shall advise the Court ...": the
			// act that follows another's is a clause of its own.
			if m := pastDirection.FindStringSubmatchIndex(s[i:b]); m != nil && newActor(s[i+m[2]:b], directive) {
				// "directed Example to notify ..., allowed the holder
				// twenty-one (21) days ...": an earlier order's terms told
				// as a series of what it did, each a clause.
				out = append(out, [2]int{start, i})
				start = i + m[2]
				// On from the verb: the ", and" before it split nothing.
				i = start - 1
			} else if m := consequent.FindStringIndex(s[i:b]); m != nil && newActor(s[i+m[1]:b], directive) {
				out = append(out, [2]int{start, i})
				start = i + m[1]
			} else if m := orWithin.FindStringSubmatchIndex(s[i:b]); m != nil && i > start {
				// "... to file a motion to quash ..., or, within fourteen
				// (14) days from the date of notice, to serve ... a written
				// objection": the second route, with its own period.
				out = append(out, [2]int{start, i})
				start = i + max(m[2], m[4])
			} else if m := relative.FindStringSubmatchIndex(s[i:b]); m != nil && directive != nil {
				// "..., notify each account holder, who shall have
				// twenty-one days ... to object": the holder's act.
				out = append(out, [2]int{start, i})
				start = i + m[2]
			}
		}
	}
	return append(out, [2]int{start, b})
}

// routeGoesOn opens a route split off by orWithin: its own period.
var routeGoesOn = mustRx(`^(?:may\s+)?(?:instead\s+)?(?:within\s+)?(?:[a-z]+(?:-[a-z]+)?\s+)?\(?\d{1,3}\)?\s+(?:calendar\s+|court\s+|business\s+)?days\b`)

// orWithin opens another route with its own number of days after a
// comma: ", or, within fourteen (14) days" (not "within the same
// period", which is the route before's), or, after one who "shall have"
// a period for one act, another period for another: ", or, in the
// alternative, twenty-one (21) days ... within which to serve".
var orWithin = mustRx(`^,\s+(?:or,?\s+((?:may\s+)?(?:instead\s+)?within\s+(?:[a-z]+(?:-[a-z]+)?\s+)?\(?\d{1,3}\)?\s+(?:calendar\s+|court\s+|business\s+)?days\b)|(?:or|and),?\s+(?:in\s+the\s+alternative,?\s+|alternatively,?\s+)?((?:[a-z]+(?:-[a-z]+)?\s+)?\(?\d{1,3}\)?\s+(?:calendar\s+|court\s+|business\s+)?days\b[^.;]{0,80}?\b(?:within\s+which|in\s+which)\s+to\b))`)

// consequent opens what follows upon the act before it: "in which case",
// "whereupon", "after which"; or an exception to it with an actor of its
// own: ", except that condition (a) shall require ...".
var consequent = mustRx(`^,\s+(?:in\s+which\s+(?:case|event)|whereupon|upon\s+which|after\s+which|and\s+thereupon|and\s+then|except\s+that),?\s+`)

// pastDirection is a comma before a verb of direction in the past tense:
// ", allowed the account holder ...", ", and required Example to ...".
var pastDirection = mustRx(`^,\s+(?:and\s+)?((?:` + pastVerbs + `)\s)`)

// pastVerbs are the verbs of direction in the past tense that open a
// clause of an earlier order's terms, told (directive_past in
// patterns.json has them with their actors).
const pastVerbs = `directed|required|ordered|instructed|gave|allowed|afforded`

// relative opens a relative clause that gives the person just named an
// act of their own: ", who shall", ", who may".
var relative = mustRx(`^,\s+((?:who|each of whom)\s+(?:shall|may|must|will)\b)`)

// labelledTerm is a term of a document named by its label, perhaps
// after an enumerator of the sentence's own: "condition (d)", "(ii)
// condition (d)" (group 1 the word, group 2 the label).
var labelledTerm = mustRx(`^\s*(?:\((?:[ivx]{1,4}|[a-z]|\d{1,2})\)\s+)?(condition|paragraph|recommendation|term)\s+\(([a-z]|\d{1,2})\)\s*$`)

// compoundSubject is the comma-set second of two actors: ", and
// Example," in "each account holder, and Example, may".
var compoundSubject = mustRx(`,\s+(and|or)\s+([^,;()]{1,60}),\s*$`)

// conditionLead opens a condition or a time before a clause's actor: "if
// an account holder objects Example shall ...", "for as long as such a
// motion remains undecided Example shall ...".
var conditionLead = mustRx(`(?i)^(?:if|when|once|unless|where|while|(?:for\s+)?(?:as|so)\s+long\s+as)\b`)

// relativeWhich opens a relative clause on what was just named: ", which
// shall", ", which Example shall". It gives a company an act of its own ("object in writing to X
// Corp., which shall notify the Court within seven (7) days of receipt of
// the objection"), or says more of a thing ("a subpoena, which shall be
// limited to ...").
var relativeWhich = mustRx(`,\s+(which\s+(?:[\w.&'-]+\s+){0,4}?(?:shall|may|must|will)\b)`)

// relativeStart is a clause split off at a relative pronoun.
var relativeStart = mustRx(`^(?:who|which|each of whom)\s`)

// pastVerb opens a clause with a verb of direction in the past tense.
var pastVerb = mustRx(`^(?:` + pastVerbs + `)\s`)

// newActor reports whether s opens with an actor and a modal verb: one to
// six words before "shall", "may", "must" or "will".
func newActor(s string, directive func(string) []int) bool {
	end := min(len(s), 80)
	m := directive(s[:end])
	if m == nil {
		return false
	}
	// "required Example to preserve": the past tense of direction, its
	// actor after it (an earlier order's terms, told).
	if m[0] == 0 && pastVerb.MatchString(s) {
		return true
	}
	// An actor is a short phrase of its own: "and this order, Twitter
	// shall" continues the phrase before it; "each account holder, and
	// Example, may" is two actors together.
	subj := compoundSubject.ReplaceAllString(s[:m[0]], " $1 $2 ")
	// "and (ii) condition (d) shall require ...": a term of a document
	// named by its label, after the sentence's own enumerator, is the
	// subject.
	subj = labelledTerm.ReplaceAllString(subj, "$1 $2")
	// "..., and that the creator may move ...": an ordered clause of its
	// own, its actor after "that".
	subj = strings.TrimPrefix(strings.TrimLeft(subj, " \n"), "that ")
	// "and if such a motion is filed, Example shall": a condition set off
	// by its comma, then the actor.
	actor := subj
	if c := strings.IndexByte(subj, ','); c >= 0 && conditionLead.MatchString(subj) {
		actor = subj[c+1:]
	}
	if strings.ContainsAny(actor, ",;()") {
		return false
	}
	words := strings.Fields(subj)
	// "and if an account holder moves or objects Example shall ...": a
	// condition, then the actor.
	most := 6
	if conditionLead.MatchString(subj) {
		most = 14
	}
	if len(words) < 1 || len(words) > most {
		return false
	}
	// The actor is a name or a noun phrase, not a verb phrase ("and
	// shall", "and it may").
	first := words[0]
	return first != "it" && first != "he" && first != "she" && first != "they" && first != "that"
}
