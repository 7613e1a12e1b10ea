package reader

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/writ-project/writ/internal/order"
)

// requestNumber is a number in a list of requests ("Requests 1, 2 and 3",
// "Requests No. 1 through No. 4", "Requests One, Two, and Three"), the
// letter of a lettered request ("Requests A through C", "categories (a)
// through (c)"), or a small roman numeral in parentheses ("requests (i)
// through (iv) and (vii)").
var requestNumber = mustRx(`\d{1,2}|\b[A-H]\b|\([a-h]\)|\(` + smallRoman + `\)|(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b`)

// smallRoman is a small roman numeral that labels a request, "i" to "x".
const smallRoman = `(?:i{1,3}|iv|vi{0,3}|ix|x)`

// requestWords are the numbers of requests numbered in words.
var requestWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// requestNumbers reads the numbers a list of requests names; "1 through
// 4" names 1, 2, 3 and 4.
func requestNumbers(s string) []int {
	var out []int
	ms := requestNumber.FindAllStringIndex(s, -1)
	for k, m := range ms {
		g := s[m[0]:m[1]]
		n, err := strconv.Atoi(g)
		switch {
		case err == nil:
		case len(g) == 1 && g[0] >= 'A' && g[0] <= 'H':
			n = int(g[0]-'A') + 1
		case len(g) == 3 && g[1] >= 'a' && g[1] <= 'h':
			n = int(g[1]-'a') + 1
		case g[0] == '(':
			n = slices.Index(romans, strings.ToUpper(g[1:len(g)-1])) + 1
		default:
			n = requestWords[strings.ToLower(g)]
		}
		if k > 0 {
			between := strings.ToLower(s[ms[k-1][1]:m[0]])
			if strings.Contains(between, "through") || strings.Contains(between, " to ") || strings.TrimSpace(between) == "-" {
				for x := out[len(out)-1] + 1; x < n && x-out[len(out)-1] < 50; x++ {
					out = append(out, x)
				}
			}
		}
		out = append(out, n)
	}
	return out
}

// scopeReading is what the operative part says of the requests.
type scopeReading struct {
	// allowed, when not nil, lists the requests the subpoena may contain
	// ("a subpoena containing Requests 1, 2 and 3").
	allowed []int
	// denied are requests struck or denied whole, each with the clause
	// that says so.
	denied map[int][2]int
	// byNumber are the requests denied by a number written as one ("Request
	// No. 5", "Request Five"), not by a letter.
	byNumber map[int]bool
	// only are what a ruling allows of a request ("ALLOWED IN PART: only
	// the name and billing address of the card holder"): its categories.
	only map[int][]order.Category
	// deniedCats are categories the order refuses by name ("may not seek
	// the content of any message"), and partly denied requests'.
	deniedCats map[order.Category][2]int
	// sought are the categories a request the order denies seeks, as the
	// order says it ("Request No. 4, which seeks the files stored in the
	// Account, is DENIED"): asked for, though the request was not read.
	sought map[order.Category]bool
	partly map[int][]order.Category
	// rest are the requests allowed only in part (only) whose remainder
	// the order denies ("the remainder of Request No. 2 is denied"), each
	// with the clause that says so: what they seek beyond that part is
	// denied.
	rest map[int][2]int
	// windows replace a request's windows ("limits Request No. 3 to ...
	// from September 1, 2023, through the date of production").
	windows map[int][]order.Window
	// withdrawn are the requests the applicant took back: neither allowed
	// nor refused.
	withdrawn map[int]bool
	// changes are the sentences that change the requests, the order's
	// modifications when it does not state them otherwise.
	changes [][2]int
	// standard is the standard every request is changed to.
	standard   order.Standard
	standardAt [2]int
	excluded   []order.Field
	excludedAt [2]int
	// unlocated is a reference to changes the order states elsewhere that
	// the reader could not locate ("revised as stated above").
	unlocated *[2]int
}

// requestMarks are the requests that mark what a denial names: "device
// identifiers (Request No. 5)"; not "(part of Request (4))".
var requestMarks = mustRx(`\(Requests?\s+(?:Nos?\.\s?)?\(?(\d{1,2})\)?\)`)

// theMotion is a motion named as a subject: "The Motion", "Doe's motion
// to quash (Dkt. No. 14)".
const theMotion = `(?i)\b(?:the|[\w.]+'s)\s+(?:[\w-]+\s+){0,3}?motion(?:\s+to\s+(?:quash|modify)\b[^.;()]{0,60}?)?(?:\s+\((?:ECF|Dkt\.?|Doc\.|D\.I\.)\s+(?:Nos?\.\s?)?[\d-]+\))?\s+`

// motionGranted is a motion, the subject of the grant that follows it:
// "The Motion is", "the motion to quash (ECF No. 9) is".
var motionGranted = mustRx(theMotion + `(?:is|be|are)\s+(?:hereby\s+)?$`)

// motionBefore ends the words that make a motion the subject of what
// follows: "The Motion ", "Doe's motion to quash (Dkt. No. 14) ".
var motionBefore = mustRx(theMotion + `$`)

// scope reads what the order allows: the requests as modified, the
// categories denied, and the fields excluded.
func (r *run) scope() {
	o := &r.p.Order
	conc := r.txt[r.conclusion:r.operativeEnd]
	if re := r.compileNamed(r.v.Modification[0].Re); re != nil {
		for _, m := range re.FindAllStringIndex(conc, -1) {
			a := r.conclusion + m[0]
			_, b := r.sentenceAt(a)
			mod := r.t.words(a, b)
			o.Modifications = append(o.Modifications, mod)
			r.found(pointer("order", "modifications", len(o.Modifications)-1), mod, a, b, r.v.Modification[0].Confidence, r.v.Modification[0].Name)
		}
	}
	sr := r.readScope()
	switch o.Disposition {
	case order.Granted, order.GrantedWithModifications, order.GrantedInPart:
	default:
		return
	}
	// Changes the reader cannot find are changes it would miss: the
	// requests as asked are not what the order allows.
	if sr.unlocated != nil {
		r.need("/order/requests", "the order changes the subpoena as it says elsewhere, and the reader could not tell where; a person must say which requests, categories, standard and fields it allows", sr.unlocated[0], sr.unlocated[1])
		return
	}
	// Granting the application authorizes the subpoena it proposed, as the
	// order changes it, whether or not the operative part says so again.
	_, m := first(r.v.Authorizes, r.txt, r.conclusion)
	if m == nil {
		m = []int{r.conclusion, r.conclusion}
	}
	if len(o.Modifications) == 0 && o.Disposition == order.GrantedWithModifications {
		for _, c := range sr.changes {
			a, b := r.stripPrefix(c[0], c[1])
			mod := r.t.words(a, b)
			o.Modifications = append(o.Modifications, mod)
			r.found(pointer("order", "modifications", len(o.Modifications)-1), mod, a, b, 0.75, "changes")
		}
	}
	// A request denied by a number, where the requests read are all
	// lettered:
	// which letter the number means ("Requests Nos. 1 through 4 ... (a)
	// ... (e)") is a person's to say.
	if len(r.requests) > 0 && !slices.ContainsFunc(r.requests, func(rt requestText) bool { return !rt.lettered }) {
		for _, rt := range r.requests {
			if sr.byNumber[rt.req.Number] {
				at := sr.denied[rt.req.Number]
				r.need("/order/requests", "the order denies a request by a number, and the requests read are lettered; a person must say which request the number means", at[0], at[1])
				return
			}
		}
	}
	asked := map[order.Category]bool{}
	kept := map[order.Category]bool{}
	refused := map[order.Category][2]int{}
	rewritten := r.requestsRewritten()
	for _, rt := range r.requests {
		if r.recited && rt.lead < r.conclusion && !r.adoptedAt(rt.lead) {
			continue
		}
		// "Request 2 is modified to read: \"...\"": the court's words
		// are the request.
		if q, ok := rewritten[rt.req.Number]; ok {
			nrt := readRequest(r.v, r.t, r.txt, q[0], q[1])
			nrt.req.Number, nrt.lo, nrt.rule, nrt.lettered = rt.req.Number, q[0], rt.rule, rt.lettered
			if nrt.req.Standard == "" {
				nrt.req.Standard, nrt.standardAt = rt.req.Standard, rt.standardAt
			}
			rt = nrt
		}
		num := rt.req.Number
		if sr.withdrawn[num] {
			continue
		}
		at, struck := sr.denied[num]
		_, inPlace := rewritten[num]
		if !struck && !inPlace && sr.allowed != nil && !slices.Contains(sr.allowed, num) {
			struck, at = true, [2]int{m[0], m[1]}
		}
		for _, c := range rt.req.Categories {
			asked[c] = true
		}
		if struck {
			for _, c := range rt.req.Categories {
				if _, ok := refused[c]; !ok {
					refused[c] = at
				}
			}
			continue
		}
		// A category denied by name is no longer asked for, and a request
		// left with nothing to ask for is not allowed at all.
		n := len(rt.req.Categories)
		rt.req.Categories = slices.DeleteFunc(slices.Clone(rt.req.Categories), func(c order.Category) bool {
			_, named := sr.deniedCats[c]
			return named || slices.Contains(sr.partly[num], c)
		})
		for _, c := range sr.partly[num] {
			refused[c] = sr.deniedCats[c]
		}
		// A ruling that allows the request only for what it names; the
		// rest of it denied, when the order says so.
		if cats := sr.only[num]; len(cats) > 0 {
			if at, ok := sr.rest[num]; ok {
				for _, c := range rt.req.Categories {
					if _, named := refused[c]; !named && !slices.Contains(cats, c) {
						refused[c] = at
					}
				}
			}
			rt.req.Categories = slices.Clone(cats)
		}
		if n > 0 && len(rt.req.Categories) == 0 {
			continue
		}
		for _, c := range rt.req.Categories {
			kept[c] = true
		}
		if sr.standard != "" {
			rt.req.Standard = sr.standard
			rt.standardAt = sr.standardAt
		}
		if w, ok := sr.windows[num]; ok {
			rt.req.Windows, rt.unsupported = w, nil
		}
		i := len(o.Requests)
		o.Requests = append(o.Requests, rt.req)
		r.reportRequest("order/requests", i, rt)
		for _, f := range rt.excluded {
			r.exclude(f, rt.lead, rt.hi)
		}
	}
	for _, f := range sr.excluded {
		r.exclude(f, sr.excludedAt[0], sr.excludedAt[1])
	}
	// The categories denied: those the order refuses by name, and those of
	// the requests it struck that no allowed request still asks for.
	for c, at := range sr.deniedCats {
		if len(r.requests) == 0 || asked[c] || sr.sought[c] {
			refused[c] = at
		}
	}
	for _, c := range order.Categories {
		at, ok := refused[c]
		if !ok || kept[c] {
			continue
		}
		o.DeniedCategories = append(o.DeniedCategories, c)
		r.found(pointer("order", "denied_categories", len(o.DeniedCategories)-1), string(c), at[0], at[1], 0.85, "denied")
	}
}

// exclude records a field the order leaves out of what it allows.
func (r *run) exclude(f order.Field, a, b int) {
	o := &r.p.Order
	if slices.Contains(o.ExcludedFields, f) {
		return
	}
	o.ExcludedFields = append(o.ExcludedFields, f)
	r.found(pointer("order", "excluded_fields", len(o.ExcludedFields)-1), string(f), a, b, 0.85, "excluded_fields")
}

// requestGlossed is what a request seeks, said in parentheses after its
// number: "Request No. 6 (device identifiers)".
var requestGlossed = mustRx(`(?i)\bRequests?\s+(?:Nos?\.\s?)?\d{1,2}(?:\s+of\s+the\s+(?:proposed\s+)?subpoena)?\s+\(([^()\d][^()]{0,80})\)`)

// deniedSeeks is what a denied request seeks, in the relative clause
// after its number.
var deniedSeeks = mustRx(`(?i)\bwhich (?:seeks?|sought|asks? for|requests?|calls? for)\b([^.;]{0,150}?),? (?:is|are|shall be|will be) (?:hereby )?(?:denied|stricken|struck|rejected|disallowed|excluded|omitted|not)\b`)

// cardWords finds a payment card in a sentence of the operative part:
// only there are its exclusions a card's fields ("but not the card
// number, expiration date or CVV of any card").
var cardWords = mustRx(`(?i)\bcards?\b|\bCVV|\bCVC\b|\bsecurity codes?\b`)

// readScope reads, sentence by sentence, what the operative part says of
// the requests: which it allows or denies, which categories it refuses,
// the standard and windows it changes, the fields it leaves out.
func (r *run) readScope() scopeReading {
	sr := scopeReading{withdrawn: map[int]bool{}, denied: map[int][2]int{}, byNumber: map[int]bool{}, only: map[int][]order.Category{}, deniedCats: map[order.Category][2]int{}, sought: map[order.Category]bool{}, partly: map[int][]order.Category{}, rest: map[int][2]int{}, windows: map[int][]order.Window{}}
	changed := func(s [2]int) {
		if !slices.Contains(sr.changes, s) {
			sr.changes = append(sr.changes, s)
		}
	}
	// The operative part's sentences, and those of the passages it makes
	// its own.
	sents := r.operativeSentences()
	passages, unlocated := r.incorporated()
	sr.unlocated = unlocated
	for _, p := range passages {
		sents = append(sents, sentences(r.txt, p[0], p[1], r.v.abbrev)...)
	}
	for _, s := range sents {
		text := r.txt[s[0]:s[1]]
		if sr.readStandard(r.v, text, s[0]) {
			changed(s)
		}
		if m := r.v.requestsAllowed.FindStringSubmatchIndex(text); m != nil && motionGranted.MatchString(text[:m[0]]) {
			// "The Motion is GRANTED as to Requests 4, 5 and 7": a motion
			// to quash granted as to requests strikes them.
			for _, n := range requestNumbers(withoutGlosses(text[m[2]:m[3]])) {
				if _, ok := sr.denied[n]; !ok {
					sr.denied[n] = [2]int{s[0] + m[0], s[0] + m[1]}
				}
			}
			changed(s)
		} else if m != nil {
			// "Requests 1, 2 (as modified above) and 4": what a gloss says
			// numbers no request.
			sr.allowed = append(sr.allowed, requestNumbers(withoutGlosses(text[m[2]:m[3]]))...)
			// "... the information in Requests 1 through 3 and the log-in
			// records in Request 4 for ...": more requests allowed, in part
			// of what they seek.
			// "(ECF No. 1-2)" between them is a citation, not a sentence's end.
			for _, a := range alsoAllowed.FindAllStringSubmatch(citationBlanked(text[m[3]:]), -1) {
				// "... and DENIED as to Request 6": refused, not allowed.
				if refusedBetween.MatchString(a[0]) {
					continue
				}
				sr.allowed = append(sr.allowed, requestNumbers(a[1])...)
			}
		}
		// "a subpoena limited to the first three requests of its proposed
		// subpoena": Requests 1 to 3.
		if m := firstRequests.FindStringSubmatch(text); m != nil {
			if n, ok := wordNumber(r.v, strings.ToLower(m[1])); ok {
				for k := 1; k <= n && k <= 20; k++ {
					sr.allowed = append(sr.allowed, k)
				}
				changed(s)
			}
		}
		// "Request No. 2 is authorized only as to the name and billing
		// address of the holder of any payment card ...".
		// So is "Request 4 as narrowed above (the name and billing address
		// of any payment cardholder, ...)".
		// So is "in place of request (3), the name and billing address of
		// the holder of any payment card ...", which also allows the
		// request, in what it now seeks.
		only := func(m []int, allows bool) {
			// "(the name and billing address of any payment cardholder,
			// without the card number ...)": the fields left out name no
			// category kept.
			named := text[m[4]:m[5]]
			if w := withoutFields.FindStringIndex(named); w != nil {
				named = named[:w[0]]
			}
			cats := r.namedCategories(named)
			if len(cats) == 0 {
				return
			}
			for _, n := range requestNumbers(text[m[2]:m[3]]) {
				sr.only[n] = cats
				if allows && sr.allowed != nil && !slices.Contains(sr.allowed, n) {
					sr.allowed = append(sr.allowed, n)
				}
			}
			changed(s)
		}
		for _, m := range append(onlyAsTo.FindAllStringSubmatchIndex(text, -1), asNarrowed.FindAllStringSubmatchIndex(text, -1)...) {
			only(m, false)
		}
		for _, m := range inPlaceOf.FindAllStringSubmatchIndex(text, -1) {
			only(m, true)
		}
		// "a subpoena limited to Requests 1 and 2, and to the portion of
		// Request 3 that seeks the name and billing address ...": the
		// request keeps only what the portion names. "The portion of
		// Request 3 seeking payout-account information ... is stricken":
		// that part of it is refused.
		for _, m := range portionOf.FindAllStringSubmatchIndex(text, -1) {
			cats := r.namedCategories(text[m[4]:m[5]])
			if len(cats) == 0 {
				continue
			}
			nums := requestNumbers(text[m[2]:m[3]])
			switch {
			case portionRefused.MatchString(text[m[5]:]) || portionStruck.MatchString(text[:m[0]]):
				for _, n := range nums {
					sr.refusePart(n, cats, [2]int{s[0] + m[0], s[0] + m[1]})
				}
			case portionAllowed.MatchString(text[:m[0]]):
				for _, n := range nums {
					sr.only[n] = cats
					if !slices.Contains(sr.allowed, n) {
						sr.allowed = append(sr.allowed, n)
					}
				}
			default:
				continue
			}
			changed(s)
		}
		for _, rl := range r.v.RequestDenied {
			for _, m := range rl.re.FindAllStringSubmatchIndex(text, -1) {
				r.readDenial(&sr, rl, text, s[0], m)
				changed(s)
			}
		}
		// "Paragraph 1(f) is struck": the item of the adopted paragraph
		// that lists the requests.
		for _, m := range itemStruck.FindAllStringSubmatchIndex(text, -1) {
			if n := r.paragraphItem(text[m[2]:m[3]], text[m[4]:m[5]]); n > 0 {
				if _, ok := sr.denied[n]; !ok {
					sr.denied[n] = [2]int{s[0] + m[0], s[0] + m[1]}
				}
				changed(s)
			}
		}
		for _, rl := range r.v.Denied {
			for _, m := range rl.re.FindAllStringSubmatchIndex(text, -1) {
				// "No names shall be produced until the Court rules" delays
				// what it names; it does not deny it.
				a, b := firstGroup(m)
				if delayedOnly.MatchString(text[a:]) {
					continue
				}
				// "(Request No. 6)": what is denied is marked by the
				// request that sought it, which is denied whatever its
				// words.
				named := text[a:b]
				if requestMarks.MatchString(text[a:]) && len(r.requests) > 0 {
					named = ""
					for _, part := range requestMarked(text[a:]) {
						mk := requestMarks.FindStringSubmatch(part)
						if mk == nil {
							named += part
							continue
						}
						if n, err := strconv.Atoi(mk[1]); err == nil {
							if _, ok := sr.denied[n]; !ok {
								sr.denied[n] = [2]int{s[0] + m[0], s[0] + m[1]}
							}
						}
					}
					changed(s)
				}
				for _, c := range r.namedCategories(named) {
					if _, ok := sr.deniedCats[c]; !ok {
						sr.deniedCats[c] = [2]int{s[0] + m[0], s[0] + m[1]}
					}
					// "deny the request for the content of direct
					// messages": a request sought it.
					if rl.Name == "deny_the_request" {
						sr.sought[c] = true
					}
				}
			}
		}
		// Each limit governs the words after it, to the next limit or
		// semicolon: "(b) Request No. 2 is limited as stated above; ...
		// (d) Request No. 4 is limited to the period from ...".
		var limits [][]int
		for _, rl := range r.v.WindowLimits {
			limits = append(limits, rl.re.FindAllStringSubmatchIndex(text, -1)...)
		}
		slices.SortFunc(limits, func(a, b []int) int { return a[0] - b[0] })
		for k, m := range limits {
			if k > 0 && m[0] < limits[k-1][1] {
				continue
			}
			num := 0
			if m[2] >= 0 {
				num, _ = strconv.Atoi(text[m[2]:m[3]])
			} else if m[4] >= 0 {
				num = r.v.Ordinals[strings.ToLower(text[m[4]:m[5]])]
			}
			end := len(text)
			if k+1 < len(limits) {
				end = limits[k+1][0]
			}
			if i := strings.IndexByte(text[m[1]:end], ';'); i >= 0 {
				end = m[1] + i
			}
			if w := r.windowsIn(text[m[1]:end]); num > 0 && len(w) > 0 {
				sr.windows[num] = w
				changed(s)
			}
		}
		sr.readExcluded(r.v, text, s[0])
	}
	// "REQUEST NO. 3: [STRICKEN. This request sought ...]": a request
	// the court strikes where it stands.
	for _, q := range r.requests {
		if q.lead >= q.hi || !requestStruckHere.MatchString(r.txt[q.lead:q.hi]) {
			continue
		}
		if _, ok := sr.denied[q.req.Number]; !ok {
			sr.denied[q.req.Number] = [2]int{q.lead, q.hi}
		}
		// What it sought, as the court's brackets tell it.
		end := q.hi
		if k := strings.IndexByte(r.txt[q.lead:min(len(r.txt), q.lead+800)], ']'); k >= 0 {
			end = max(end, q.lead+k)
		}
		for _, c := range r.namedCategories(r.txt[q.lead:end]) {
			if _, ok := sr.deniedCats[c]; !ok {
				sr.deniedCats[c] = [2]int{q.lead, end}
			}
			sr.sought[c] = true
		}
	}
	// "~~(d) any PayPal account ...;~~": an item the court strikes by a
	// mark refuses what it sought.
	for _, it := range r.struckItems {
		c := r.t.cleanAt(it.at)
		if c < r.conclusion && !r.adoptedAt(c) || c >= r.operativeEnd {
			continue
		}
		for _, cat := range r.namedCategories(it.text) {
			if _, ok := sr.deniedCats[cat]; !ok {
				sr.deniedCats[cat] = [2]int{c, c}
			}
			sr.sought[cat] = true
		}
	}
	r.tableRulings(&sr)
	r.producedLimits(&sr)
	r.notColumns(&sr)
	r.discussionRulings(&sr)
	r.deniedAsDescribed(&sr)
	return sr
}

// requestStruckHere opens a request the court marks struck in its place:
// "[STRICKEN. ...]", "[DELETED BY THE COURT: ...]", "STRUCK.".
var requestStruckHere = mustRx(`^\W{0,3}\[?\s*(?:STRICKEN|STRUCK|DELETED|WITHDRAWN|DENIED|NOT APPROVED)\b`)

// letterLabel names a request by its letter: "Request (e)", "Request E".
var letterLabel = mustRx(`\([a-hA-H]\)|\b(?:Requests?|Items?|Categor(?:y|ies)) (?:Nos?\.? ?)?[A-H]\b`)

// itemStruck strikes an item of a paragraph by its place: "Paragraph 1(f)
// is struck", "¶ 2(d) is STRICKEN", "Subparagraph 2(e) is deleted".
var itemStruck = mustRx(`(?i)\b(?:Sub-?paragraph|Paragraph|¶)\s*(\d{1,2})\s*\(([a-z])\),?\s+(?:of\s+the\s+[\w' ]{0,40}?\s+)?(?:is|shall\s+be)\s+(?:hereby\s+)?(?:struck|stricken|deleted|omitted|removed|denied|not\s+(?:approved|adopted|authorized|so[- ]ordered))\b`)

// paragraphLabel is the label a numbered paragraph opens with: "¶ 1.",
// "2.".
var paragraphLabel = mustRx(`(?m)^[ \t]*(?:¶\s*)?(\d{1,2})\.[ \t]`)

// paragraphItem returns the number of the request that is item letter of
// paragraph para: the requests were read from a list lettered from (a)
// whose paragraph opens with that number; 0 when they were not.
func (r *run) paragraphItem(para, letter string) int {
	if len(r.requests) == 0 {
		return 0
	}
	lo := r.requests[0].lo
	if lo <= 0 || lo > len(r.txt) || !strings.HasPrefix(r.txt[lo:], "(a)") && !strings.HasPrefix(r.txt[lo:], "(A)") {
		return 0
	}
	labels := paragraphLabel.FindAllStringSubmatch(r.txt[max(0, lo-800):lo], -1)
	if len(labels) == 0 || labels[len(labels)-1][1] != para {
		return 0
	}
	n := int(unicode.ToLower(rune(letter[0]))-'a') + 1
	for _, rt := range r.requests {
		if rt.req.Number == n {
			return n
		}
	}
	return 0
}

// readStandard reads, in text at clean byte at, a change of every
// request's standard ("limited to documents sufficient to show"); true
// when it finds one.
func (sr *scopeReading) readStandard(v *patterns, text string, at int) bool {
	for _, sc := range v.StandardChange {
		if m := sc.re.FindStringIndex(text); m != nil {
			// "The Court does not, however, narrow the remaining requests
			// to \"documents sufficient to show\"": a change declined.
			if changeDeclined.MatchString(text[:m[0]]) {
				continue
			}
			sr.standard = order.Standard(sc.Standard)
			sr.standardAt = [2]int{at + m[0], at + m[1]}
			return true
		}
	}
	return false
}

// changeDeclined ends the words before a change of the standard that
// say the court does not make it: "does not, however,", "declines to",
// "will not"; or only weigh it: "considered whether to".
var changeDeclined = mustRx(`(?i)\b(?:(?:does|do|will|shall|need|would)\s+not|declines?\s+to|decline\s+to|refuses?\s+to|whether\s+to)(?:,?\s+(?:however|therefore|thus|accordingly),?)?\s+$`)

// notHead names a table's column of what may not be sought or produced:
// "MAY NOT BE PRODUCED", "Not permitted", "Excluded".
var notHead = mustRx(`(?i)\bmay not\b|\bnot (?:be )?(?:allowed|permitted|authorized|produced|sought)\b|^\s*(?:excluded|denied|refused)\s*$`)

// cellLabel is the item label a table's cell opens with: "(a) ", "1. ".
var cellLabel = mustRx(`^\s*(?:\(?[a-z0-9]{1,3}\)|[a-z0-9]{1,3}\.)\s+`)

// notColumns reads a table of the operative part that sets what may not
// be produced in a column of its own: each cell of that column refuses
// what it names, and the card fields it names are left out.
func (r *run) notColumns(sr *scopeReading) {
	const lead = "excluding "
	for _, row := range r.t.rows {
		if row.a < r.conclusion && !r.adoptedAt(row.a) || row.a >= r.operativeEnd {
			continue
		}
		for k, h := range row.heads {
			if k >= len(row.cells) || !notHead.MatchString(h) {
				continue
			}
			c := row.cells[k]
			// The cell's item label ("(a) ") is no part of what it names.
			if m := cellLabel.FindStringIndex(r.txt[c[0]:c[1]]); m != nil {
				c[0] += m[1]
			}
			text := r.txt[c[0]:c[1]]
			if strings.TrimSpace(text) == "" {
				continue
			}
			if cardWords.MatchString(text) {
				for _, ex := range exclusions(r.v, lead+text) {
					for _, f := range ex.fields {
						sr.leaveOut(f, [2]int{c[0] + max(0, ex.lo-len(lead)), c[0] + max(0, ex.hi-len(lead))})
					}
				}
			}
			for _, cat := range r.namedCategories(text) {
				if _, ok := sr.deniedCats[cat]; !ok {
					sr.deniedCats[cat] = c
				}
			}
		}
	}
}

// readExcluded reads the card fields text, at clean byte at, leaves out:
// only where it speaks of a card.
func (sr *scopeReading) readExcluded(v *patterns, text string, at int) {
	if !cardWords.MatchString(text) {
		return
	}
	for _, ex := range exclusions(v, text) {
		for _, f := range ex.fields {
			sr.leaveOut(f, [2]int{at + ex.lo, at + ex.hi})
		}
	}
}

// leaveOut records a card field the order leaves out, told at clean
// bytes at, once.
func (sr *scopeReading) leaveOut(f order.Field, at [2]int) {
	if !slices.Contains(sr.excluded, f) {
		sr.excluded = append(sr.excluded, f)
		sr.excludedAt = at
	}
}

// spaced compiles a pattern whose every space matches a run of white
// space, line breaks included: an order's phrase may be broken over lines.
func spaced(p string) *rx {
	// An optional space (" ?") is optional white space; any other space
	// is white space of any length, across a line's end.
	return mustRx(strings.ReplaceAll(strings.ReplaceAll(p, " ?", `\s*`), " ", `\s+`))
}

// ruling is a request denied or struck in the court's own voice: the verb
// in capitals, in the present tense ("Request 4 is DENIED", "the requests
// are also DENIED"). A past tense ("was DENIED") tells of another ruling.
var ruling = spaced(`\b(?:is|are|shall be)(?:,? (?:hereby|therefore|accordingly|thus|also|likewise),?)? (?:DENIED|STRICKEN|STRUCK)\b`)

// otherRuling, before a ruling in its sentence, tells of another court's
// or another order's: "The court in In re Hoshi held that Request No. 3
// is DENIED ..." (and notTheCourts, of what a party proposed).
var otherRuling = mustRx(`(?i)\b(?:held|holds|wrote|writes|ruled|rules|found|finds|concluded|noted|stated|explained|reasoned|In re|v\.|No\.\s*(?:\d:)?\d{2}-\w|court in|courts have|other courts?)\b`)

// theseRequests denies the requests just named: "Both requests are
// DENIED", "the requests are DENIED", "Those two requests are STRICKEN".
var theseRequests = spaced(`(?i)\b(?:both|these|those|the|such|all|each of these|each of those)(?: two| three| four)? requests (?:are|is)(?:,? (?:hereby|therefore|accordingly|thus|also|likewise),?)? (?-i:DENIED|STRICKEN|STRUCK)\b`)

// requestsNamed are requests named by number: "Request 4", "Requests 5
// and 6", "Request Nos. 2 through 4".
var requestsNamed = spaced(`\bRequests? (?:Nos?\.? ?)?(\d{1,2}(?:(?:,| and| or| through| to|-)+ ?(?:Nos?\.? ?)?\d{1,2})*)\b`)

// discussionRulings reads the rulings on requests that the discussion
// makes before the operative part, which may restate only what it allows:
// "They do not favor Request 4 ... Request 4 is DENIED." Only a ruling in
// the court's own voice counts (the verb in capitals and the present
// tense, outside a quotation), and only on a request the operative part
// does not allow by number.
func (r *run) discussionRulings(sr *scopeReading) {
	if r.conclusion <= 0 {
		return
	}
	var prev [2]int
	for _, s := range sentences(r.txt, 0, r.conclusion, r.v.abbrev) {
		text := r.txt[s[0]:s[1]]
		r.discussionExcludes(sr, s, prev)
		prev = s
		// "The Court narrows Requests 1 through 4 to documents sufficient
		// to show ..., and Request 2 shall not reach the full card
		// number.": the court's own change, in the present tense.
		if c := courtChanges.FindStringIndex(text); c != nil && !r.quoted(s[0]+c[0]) {
			// The operative part's own standard stands before it.
			read := sr.standard == "" && sr.readStandard(r.v, text, s[0])
			n := len(sr.excluded)
			sr.readExcluded(r.v, text, s[0])
			if read || len(sr.excluded) != n {
				sr.changes = append(sr.changes, [2]int{s[0], s[1]})
			}
		}
		v := ruling.FindStringIndex(text)
		if v == nil || r.quoted(s[0]+v[0]) || otherRuling.MatchString(text[:v[0]]) || notTheCourts.MatchString(text[:v[0]]) {
			continue
		}
		span := [2]int{s[0], s[1]}
		var nums []int
		if a := theseRequests.FindStringIndex(text); a != nil {
			// The requests just named: before the words in their own
			// sentence, else in the nearest sentence of the paragraph
			// before it that names any.
			named := requestsNamed.FindAllStringSubmatch(text[:a[0]], -1)
			if len(named) == 0 {
				para := strings.LastIndex(r.txt[:s[0]], "\n\n") + 1
				before := sentences(r.txt, para, s[0], r.v.abbrev)
				for k := len(before) - 1; k >= 0 && len(named) == 0; k-- {
					named = requestsNamed.FindAllStringSubmatch(r.txt[before[k][0]:before[k][1]], -1)
				}
			}
			for _, m := range named {
				nums = append(nums, requestNumbers(m[1])...)
			}
		}
		for _, rl := range r.v.RequestDenied {
			for _, m := range rl.re.FindAllStringSubmatchIndex(text, -1) {
				if ruling.MatchString(text[m[0]:m[1]]) {
					before := len(sr.denied)
					r.readDenial(sr, rl, text, s[0], m)
					if len(sr.denied) != before {
						sr.changes = append(sr.changes, span)
					}
				}
			}
		}
		for _, n := range nums {
			if _, ok := sr.denied[n]; !ok && n > 0 {
				sr.denied[n] = span
			}
		}
	}
	// What the operative part allows by number, it allows.
	for _, n := range sr.allowed {
		delete(sr.denied, n)
	}
}

// subpoenaShallNot is the Court's direction on what the subpoena leaves
// out: "the subpoena shall not reach the card number ...", "... and the
// subpoena shall so state".
var subpoenaShallNot = spaced(`(?i)\bthe subpoena (?:shall|will|must) (?:not (?:call for|reach|seek|request|include|ask for|require|cover|extend to)|so state)\b`)

// pronounObject is what a direction leaves out named by a pronoun: "shall
// not call for them".
var pronounObject = mustRx(`^\s+(?:them|it|either|either of them|those)\b`)

// discussionExcludes reads the card fields the Court, in its discussion
// and its own voice, says the subpoena does not reach: in the sentence
// that says so, or, where it names them by a pronoun ("Neither is needed
// to identify anyone, and the subpoena shall not call for them"), in the
// sentence before (prev).
func (r *run) discussionExcludes(sr *scopeReading, s, prev [2]int) {
	text := r.txt[s[0]:s[1]]
	d := subpoenaShallNot.FindStringIndex(text)
	if d == nil || r.quoted(s[0]+d[0]) || otherCourts(text[:d[0]]) || notTheCourts.MatchString(text[:d[0]]) {
		return
	}
	if cardWords.MatchString(text) {
		sr.readExcluded(r.v, text, s[0])
		return
	}
	if prev[1] <= prev[0] || !pronounObject.MatchString(text[d[1]:]) {
		return
	}
	before := r.txt[prev[0]:prev[1]]
	if !cardWords.MatchString(before) {
		return
	}
	for _, f := range r.v.ExcludedFields {
		if m := f.re.FindStringIndex(before); m != nil {
			sr.leaveOut(order.Field(f.Field), [2]int{prev[0] + m[0], prev[0] + m[1]})
		}
	}
}

// courtChanges opens a sentence in which the court itself, in the present
// tense, changes the requests: "The Court narrows Requests 1 through 4
// to ...", "Accordingly, the Court limits each request to ...". What it
// may do, would do or did in another order is not said so.
var courtChanges = mustRx(`(?i)^\W*(?:(?:accordingly|therefore|thus|for (?:these|those|the foregoing) reasons),?\s+)?the\s+court\s+(?:(?:hereby|therefore|accordingly|thus|also|instead)\s+)?(?:narrows|limits|modifies|confines|restricts|revises)\b`)

// onlyAsTo allows a request only in part: "Request No. 2 is authorized
// only as to the name and billing address ...", "Request No. 4 is
// limited to the name and billing address ..., and shall not call for
// the card number".
var onlyAsTo = spaced(`\bRequests? (?:Nos?\.? ?)?(\d{1,2}(?:(?:,| and|-)+ ?(?:Nos?\.? ?)?\d{1,2})*),? (?:(?:is|are|shall be) (?:hereby )?(?:(?:authorized|granted|allowed|permitted|approved) only (?:as to|for|insofar as it seeks|to the extent (?:it|they) seeks?)|limited to)|limited to) ([^;]+?)(?:,? and (?:[A-Z][\w.&'-]* )*(?:shall|must|may|will)\b|;|\.(?:\s|$)|$)`)

// remainderOf ends the words before a request denied in what remains of
// it: "the remainder of", "the rest of", "the balance of".
var remainderOf = mustRx(`(?i)\bthe (?:remainder|rest|balance) of\s+$`)

// singleRequest opens with one request named: "Request 5, and Request 7".
var singleRequest = mustRx(`(?i)^Request (?:No\.? ?)?\d`)

// citationBlanked returns s with its docket citations' periods blanked
// ("(ECF No. 1-2)" as "(ECF No  1-2)", "(Dkt. 1-1)" too), so that a
// pattern that stops at a sentence's end reads past them.
func citationBlanked(s string) string {
	return docketNumber.ReplaceAllStringFunc(s, func(c string) string { return strings.Replace(c, ".", " ", 1) })
}

// describedMax bounds the words of a request described by its number
// that describedRequest takes; describedRequests reads on past it to the
// period that ends the description.
const describedMax = 200

// describedRequest is a request the order says what it seeks: "Request 4,
// which seeks ...", "Requests 5 and 6 seek ...", "Request 7, for ...,",
// "Request 5, however, seeks ...".
var describedRequest = spaced(`\bRequests? (?:Nos?\.? ?)?(\d{1,2}(?:(?:,| and| or| through| to|-)+ ?(?:Nos?\.? ?)?\d{1,2})*)(?: of (?:the |its )?(?:proposed |original )?subpoena)?(?:, (?:however|also|in turn|by contrast|instead),)?(?:,? (?:which )?(?:seeks?|asks? for|calls? for|requests?),? ([^.;]{3,` + strconv.Itoa(describedMax) + `})|, (?:for|seeking|requesting|asking for|calling for) ([^.;]{3,150}?),)`)

// deniedAsDescribed reads what a denied request that the reader did not
// read seeks, where the order says it: its categories are denied. A
// description shared by several requests ("Requests 5 and 6 seek ...")
// denies its categories only when all of them are denied: which of its
// things each sought, the order does not say.
func (r *run) deniedAsDescribed(sr *scopeReading) {
	// A request read with words of its own; one struck where it stands
	// ("Request No. 8: [STRICKEN BY THE COURT]") is told of elsewhere.
	read := func(n int) bool {
		return slices.ContainsFunc(r.requests, func(rt requestText) bool { return rt.req.Number == n && len(rt.req.Categories) > 0 })
	}
	for _, m := range describedRequest.FindAllStringSubmatchIndex(r.txt[:r.operativeEnd], -1) {
		nums := requestNumbers(r.txt[m[2]:m[3]])
		if len(nums) == 0 || slices.ContainsFunc(nums, read) {
			continue
		}
		var at [2]int
		all := true
		for _, n := range nums {
			span, ok := sr.denied[n]
			if !ok {
				all = false
				break
			}
			at = span
		}
		if !all {
			continue
		}
		a, b := firstGroup(m[2:])
		for _, c := range r.namedCategories(r.txt[a:b]) {
			if _, ok := sr.deniedCats[c]; !ok {
				sr.deniedCats[c] = at
			}
			sr.sought[c] = true
		}
	}
}

// withdrawal is a request taken back by the one who made it; courtRefuses
// the court's own refusal said beside it.
var (
	withdrawal   = mustRx(`(?i)\bwithdr(?:aw|aws|awn|ew|awing)\b`)
	courtRefuses = mustRx(`(?i)\b(?:would|will|does|could) not (?:authorize|allow|permit|grant)\b|\bdeclines? to (?:authorize|allow|permit)\b|\b(?:DENIED|STRICKEN|STRUCK)\b`)
)

// firstRequests allows the first requests of a subpoena by how many:
// "limited to the first three requests" (group 1 how many).
var firstRequests = spaced(`(?i)\b(?:limited|confined|restricted) to (?:the|its) first ([a-z]+|\d{1,2}) requests\b`)

// requestNumberMark is a request's number in parentheses after what it
// seeks: "(Request No. 4)".
var requestNumberMark = mustRx(`\((?:Request )?(?:No\.? )?(\d{1,2})\)`)

// readDenial reads a clause that denies or strikes requests: whole ("Request
// 4 is DENIED"), or only as to what it names ("Request 3 is denied to the
// extent it seeks device identifiers").
func (r *run) readDenial(sr *scopeReading, rl rule, text string, at int, m []int) {
	// "The motion is DENIED as to Requests 1, 2 and 3": a motion to quash
	// denied as to requests keeps them.
	if rl.Name == "strike_requests" && motionBefore.MatchString(text[:m[0]]) {
		return
	}
	span := [2]int{at + m[0], at + m[1]}
	var nums []int
	var named, rest string
	switch rl.Name {
	case "ordinal_denied":
		// "The fourth request (access IP addresses) and the fifth request
		// (messages and drafts) are DENIED".
		for _, w := range strings.Fields(withoutGlosses(text[m[2]:m[3]])) {
			if n, ok := r.v.Ordinals[strings.ToLower(strings.Trim(w, ","))]; ok {
				nums = append(nums, n)
			}
		}
		rest = text[m[4]:m[5]]
	case "request_for_denied":
		named = text[m[2]:m[3]]
		// "The requests for device identifiers (Request No. 4) and for
		// the contents of the messages (Request No. 5) were DENIED": each
		// request marked by its number.
		for _, g := range requestNumberMark.FindAllStringSubmatch(named, -1) {
			n, _ := strconv.Atoi(g[1])
			nums = append(nums, n)
		}
		if m[4] >= 0 {
			n, _ := strconv.Atoi(text[m[4]:m[5]])
			nums = append(nums, n)
		}
		rest = text[m[6]:m[7]]
	default:
		// "Requests (3) (device identifiers) and (5) (résumés)": what a
		// request seeks, said in parentheses after its number, names no
		// request.
		nums = requestNumbers(withoutGlosses(text[m[2]:m[3]]))
		if m[4] >= 0 {
			rest = text[m[4]:m[5]]
		}
	}
	// "except as to Request No. 3, which is limited to ...": the request
	// is changed, not struck.
	if changedNotStruck.MatchString(rest) {
		return
	}
	// "no request other than Request No. 1", "shall not contain any request
	// except Requests 1 and 2": after a negation, the requests set apart
	// are the only ones allowed, and the others are struck.
	if rl.Name == "strike_requests" && setApart.MatchString(text[m[0]:m[1]]) && negatedBefore.MatchString(docketNumber.ReplaceAllString(text[:m[0]], " ")) {
		sr.allowed = append(sr.allowed, nums...)
		return
	}
	// "the remainder of Request No. 2 is denied", after the order allowed
	// only part of it: the rest of what it seeks is denied.
	// "The remainder of Request 5, and Request 7, are DENIED": the
	// remainder is the first request's; those named after it are denied
	// whole.
	if remainderOf.MatchString(text[:m[0]]) {
		k := len(nums)
		if singleRequest.MatchString(text[m[0]:m[1]]) {
			k = min(1, k)
		}
		for _, n := range nums[:k] {
			if len(sr.only[n]) > 0 {
				sr.rest[n] = span
			}
		}
		if nums = nums[k:]; len(nums) == 0 {
			return
		}
	}
	// "denied to the extent it seeks X": only X.
	partial := false
	for _, q := range r.v.DispositionQualifiers {
		if q.Disposition == "partial_denial" && q.re.MatchString(rest) {
			partial = true
		}
	}
	if partial {
		cats := r.namedCategories(rest)
		for _, n := range nums {
			sr.partly[n] = append(sr.partly[n], cats...)
		}
		for _, c := range cats {
			sr.deniedCats[c] = span
		}
		return
	}
	// "Applicant withdraws Requests 3 and 6": the applicant takes them
	// back; the court refuses nothing, unless it says so too ("Request
	// 5 is withdrawn, and the Court would not authorize it in any
	// event").
	if withdrawal.MatchString(text[m[0]:m[1]]) && !courtRefuses.MatchString(text) {
		for _, n := range nums {
			sr.withdrawn[n] = true
		}
		return
	}
	// "Request 5, and the non-card portion of Request 3, are STRICKEN":
	// a portion of a request the order allowed in part is the rest of it;
	// what the words before "portion" name, of one it did not.
	if rl.Name == "requests_denied" {
		for _, p := range portionNamed.FindAllStringSubmatch(text[m[0]:m[1]], -1) {
			n, _ := strconv.Atoi(p[2])
			cats := r.namedCategories(p[1])
			if len(sr.only[n]) == 0 && len(cats) == 0 {
				// A portion the reader cannot name: the request is refused
				// whole, the safe side.
				continue
			}
			nums = slices.DeleteFunc(nums, func(k int) bool { return k == n })
			sr.refusePart(n, cats, span)
		}
	}
	numbered := !letterLabel.MatchString(text[m[0]:m[1]])
	for _, n := range nums {
		if _, ok := sr.denied[n]; !ok && n > 0 {
			sr.denied[n] = span
			sr.byNumber[n] = numbered
		}
	}
	// A request denied that the reader did not read: what the order says
	// it seeks is what is denied.
	if (rl.Name == "requests_denied" || rl.Name == "strike_requests") && !slices.ContainsFunc(r.requests, func(rt requestText) bool { return slices.Contains(nums, rt.req.Number) }) {
		// "which seeks ...", or what the request seeks in parentheses
		// after its number: "Request No. 6 (device identifiers) is
		// DENIED".
		var said []string
		if w := deniedSeeks.FindStringSubmatch(text[m[0]:m[1]]); w != nil {
			said = append(said, w[1])
		}
		for _, g := range requestGlossed.FindAllStringSubmatch(text[m[0]:m[1]], -1) {
			said = append(said, g[1])
		}
		for _, w := range said {
			for _, c := range r.namedCategories(w) {
				sr.deniedCats[c] = span
				sr.sought[c] = true
			}
		}
	}
	// "The request for the contents of private messages is DENIED": a
	// request sought what it names, and that is denied.
	// So when the request's number names none the reader read ("(Request
	// No. 5 of D.I. 1-2)", of a subpoena since revised).
	unread := !slices.ContainsFunc(r.requests, func(rt requestText) bool { return slices.Contains(nums, rt.req.Number) })
	if named != "" && (len(nums) == 0 || unread) {
		for _, c := range r.namedCategories(named) {
			sr.deniedCats[c] = span
			sr.sought[c] = true
		}
	}
}

// requestRewritten is a request the operative part rewrites: "Request 2
// is modified to read: \"...\"" (group 1 its number, group 2 its
// words), or puts its own words in the place of: "in place of Request 5,
// the name and billing address ..." (groups 3 and 4), or says what it
// seeks now: "(b) Request 5 seeks only the name and billing address of
// the holder of any payment card ..." (groups 5 and 6).
var requestRewritten = mustRx(`\bRequest (?:No\.? ?)?(\d{1,2})\b[^.;:"]{0,60}?\b(?:is|shall be) (?:hereby )?(?:modified|amended|revised|rewritten|changed) (?:to read|as follows)\s*:?\s*["“]([^"”]{1,1000})["”]|\bin (?:place|lieu) of Request (?:No\.? ?)?(\d{1,2}),\s+([^.;]{1,300})|\bRequest (?:No\.? ?)?(\d{1,2}) (?:shall )?(?:seeks?|calls? for|asks? for) only ([^.;]{1,300})`)

// requestsRewritten returns the requests the operative part rewrites, by
// number: where the words of each begin and end.
func (r *run) requestsRewritten() map[int][2]int {
	out := map[int][2]int{}
	for _, m := range requestRewritten.FindAllStringSubmatchIndex(r.txt[r.conclusion:r.operativeEnd], -1) {
		// "in place of Request 5, the name ...", "Request 5 seeks only
		// ...": the second and third forms.
		for k := 6; m[2] < 0 && k+4 <= len(m); k += 4 {
			if m[k] >= 0 {
				m = append([]int{m[0], m[1]}, m[k:k+4]...)
			}
		}
		if n, err := strconv.Atoi(r.txt[r.conclusion+m[2] : r.conclusion+m[3]]); err == nil {
			out[n] = [2]int{r.conclusion + m[4], r.conclusion + m[5]}
		}
	}
	return out
}

// refusePart refuses part of request n, told at span: the rest of it,
// when the order allowed only part ("Request 4 as narrowed above (...)");
// else the categories the part names, which the request no longer seeks.
func (sr *scopeReading) refusePart(n int, cats []order.Category, span [2]int) {
	if len(sr.only[n]) > 0 {
		sr.rest[n] = span
		return
	}
	sr.partly[n] = append(sr.partly[n], cats...)
	for _, c := range cats {
		if _, ok := sr.deniedCats[c]; !ok {
			sr.deniedCats[c] = span
		}
	}
}

// portionNamed is a portion of a request in a list of those refused:
// "the non-card portion of Request 3" (group 1 what names the portion,
// group 2 the request's number).
var portionNamed = spaced(`(?i)\bthe ((?:[\w-]+ )?)(?:portion|part) of Requests? (?:Nos?\.? ?)?(\d{1,2})\b`)

// asNarrowed is a request allowed as the order narrowed it, what it now
// seeks said in parentheses: "Request 4 as narrowed above (the name and
// billing address of any payment cardholder)" (group 1 its number, group
// 2 what it seeks).
var asNarrowed = spaced(`\bRequest (?:No\.? ?)?(\d{1,2}),? as (?:narrowed|limited|modified|revised)(?: (?:above|below|herein))? \(([^()]{3,200})\)`)

// withoutFields leaves fields out of what a request allowed in part
// seeks: ", without the card number".
var withoutFields = mustRx(`(?i),?\s+(?:without|but not|excluding|except)\b`)

// refusedBetween is a word that refuses what follows it: "and DENIED as
// to Request 6" names no request allowed.
var refusedBetween = mustRx(`(?i)\b(?:denied|denies|denying|quash\w*|strik\w*|struck|refus\w*|disallow\w*|except|excluding|not|without)\b`)

// inPlaceOf is what a request seeks instead, as the order writes it:
// "in place of request (3), the name and billing address of the holder of
// any payment card used on the account, but not the card number" (group 1
// the number, group 2 what it seeks).
var inPlaceOf = spaced(`(?i)\bin (?:place|lieu) of Request (?:No\.? ?)?\(?(\d{1,2})\)?,? ([^.;]{3,200}?)(?:,? but not\b|, (?:and|except|excluding|without)\b|;|\.(?:\s|$)|$)`)

// portionOf is a part of a request told by what it seeks: "the portion
// of Request 3 that seeks the name and billing address of the holder of
// any payment card" (group 1 the numbers, group 2 what it seeks).
var portionOf = spaced(`(?i)\b(?:portion|part) of Requests? (?:Nos?\.? ?)?(\d{1,2}(?:(?:,| and)+ ?\d{1,2})*) (?:that |which )?(?:seeks?|seeking|sought|asks? for|asking for|calls? for|calling for|requests?|requesting) ([^.;,]{3,200}?)(?:,|;|\.(?:\s|$)|\s+(?:is|are|shall be|will be)\b|$)`)

// portionRefused follows a portion of a request the order refuses: ",
// and Request 5, are stricken", "is DENIED".
var portionRefused = spaced(`(?i)^[^.;]{0,80}?\b(?:is|are|shall be|will be) (?:hereby )?(?:DENIED|STRICKEN|STRUCK|QUASHED|deleted|removed|omitted|disallowed|not (?:authorized|permitted|allowed))\b`)

// portionStruck leads into a portion of a request the order refuses:
// "The Court strikes the portion of ...".
var portionStruck = spaced(`(?i)\b(?:strikes?|striking|denies|denying|quash(?:es)?|quashing|deletes?|deleting|excluding|except|but not)\s+(?:the|that)\s+$`)

// portionAllowed leads into a portion of a request the order allows:
// "a subpoena limited to ..., and to the portion of".
var portionAllowed = spaced(`(?i)\b(?:limited to|only|authorized|allowed|permitted|approved|granted as to|may (?:serve|seek|issue|obtain))\b[^.;]*$`)

// alsoAllowed is a further request the words after a list of the
// requests allowed allow: "and the log-in records in Request 4", "and,
// for log-ins between April 1 and June 30, Request 3", "of Schedule A and
// to Request 5 as modified above", "of the proposed subpoena (ECF No.
// 1-2), and Request 5 limited to ...".
var alsoAllowed = mustRx(`^[^.;]{0,60}?\b(?:and|as well as)\b(?:[^.;]{0,80}?(?:\b(?:in|of|from|under|to)|,))? Requests? (?:Nos?\.? ?)?(\d{1,2}(?:(?:,| and| through| to)+ ?\d{1,2})*)\b`)

// setApart is a strike that sets requests apart from the rest ("except
// Request No. 3", "other than Request No. 3"), and negatedBefore a
// negation earlier in its sentence, which turns it into the requests
// allowed.
var (
	setApart      = mustRx(`(?i)^(?:except|excepting|with the exception of|other than|but not)\b`)
	negatedBefore = mustRx(`(?i)\b(?:no|not|none|nothing|never)\b`)
)

// docketNumber is a docket citation before a number ("ECF No. 1", "Dkt.
// 1-1", "Doc. 14"): an abbreviation, no negation and no sentence's end.
var docketNumber = mustRx(`(?i)\b(?:Nos?|Dkts?|Docs?)\.\s*\d`)

// requestGloss is what a request seeks, said in parentheses after its
// number: "(device identifiers)"; a letter alone in parentheses is a
// request's label ("Category (d)").
var requestGloss = mustRx(`\([^()\d][^()]+\)`)

// romanLabel is a small roman numeral in parentheses, a request's label
// ("requests (i) through (iv)"), no gloss.
var romanLabel = mustRx(`^\(` + smallRoman + `\)$`)

// withoutGlosses blanks what requests' glosses say in a list of requests
// ("Requests 1, 2 (as modified above) and 4"), keeping their labels.
func withoutGlosses(s string) string {
	return requestGloss.ReplaceAllStringFunc(s, func(g string) string {
		if romanLabel.MatchString(g) {
			return g
		}
		return strings.Repeat(" ", len(g))
	})
}

// changedNotStruck is what follows a request set apart from the rest
// when the order changes it rather than strikes it.
var changedNotStruck = mustRx(`(?i)^[^.;]{0,12}\b(?:which|that) (?:is|are|shall be|will be) (?:hereby )?(?:limited|narrowed|modified|restricted|confined|revised|amended|changed)\b`)

// namedCategories reads the categories a denial names, after taking out
// the card fields it may name: "the credit card number" is an excluded
// field, not the card holder's category.
//
// A denial that names a card's fields leaves out those fields, and the card
// it names is only whose fields they are: "shall not include the primary
// account number ... of any payment card" does not deny the card holder's
// name and address.
func (r *run) namedCategories(s string) []order.Category {
	// Words wrapped over lines ("direct\n     messages") are read as one
	// run of words.
	s = strings.Join(strings.Fields(s), " ")
	// "the bank account of the holder (Request 3) and device identifiers
	// (Request 4)": each thing, marked by the request that sought it, is
	// named apart, so that the bank account does not make the device
	// identifiers payment.
	parts := requestMarked(s)
	// "The requests for buyer messages and for the holder of any payment
	// card on file": each thing after its own "for".
	if len(parts) <= 1 {
		parts = andFor.Split(s, -1)
	}
	if len(parts) > 1 {
		var out []order.Category
		for _, p := range parts {
			for _, c := range r.namedCategoriesOf(p) {
				if !slices.Contains(out, c) {
					out = append(out, c)
				}
			}
		}
		return out
	}
	return r.namedCategoriesOf(s)
}

// andFor parts the things a clause denies, each after its own "for".
var andFor = mustRx(`,?\s+(?:and|or)\s+for\s+`)

// namedCategoriesOf reads the categories one thing denied names.
func (r *run) namedCategoriesOf(s string) []order.Category {
	b := []byte(s)
	fields := false
	for _, f := range r.v.ExcludedFields {
		for _, m := range f.re.FindAllStringIndex(s, -1) {
			fields = true
			for i := m[0]; i < m[1]; i++ {
				b[i] = ' '
			}
		}
	}
	cats := itemCategories(r.v, b)
	if fields {
		cats = slices.DeleteFunc(cats, func(c order.Category) bool { return c == order.CardHolder || c == order.OtherPayment })
	}
	return cats
}

// requestMark is a parenthesis that names the request a thing was sought
// by, "(Request 3)", "(part of Request (4))", and the "and" or "or" after
// it.
var requestMark = mustRx(`\((?:[^()]*\b(?:Requests?|Nos?\.)\s*(?:\(\d{1,2}\)|\d{1,2}|[A-H]\b)[^()]*)\)\s*,?\s*(?:and|or)\s`)

// requestMarked splits a list of things denied where a thing is marked by
// the request that sought it; one part when none is.
func requestMarked(s string) []string {
	var out []string
	from := 0
	for _, m := range requestMark.FindAllStringIndex(s, -1) {
		out = append(out, s[from:m[1]])
		from = m[1]
	}
	return append(out, s[from:])
}

// delayedOnly is what follows a clause that keeps something back only for
// a time: "until the Court rules", "before the holder has had notice".
var delayedOnly = mustRx(`(?i)^[^.;]{0,80}?\b(?:until|before|unless|pending|prior to|while|so long as)\b`)

// windowsIn reads the windows a limit states, in the words after it.
func (r *run) windowsIn(s string) []order.Window {
	var out []order.Window
	for _, w := range r.v.Windows {
		for _, m := range w.re.FindAllStringSubmatchIndex(s, -1) {
			if win, ok := window(r.v, w, s, m); ok {
				out = append(out, win)
			}
		}
	}
	return out
}

// firstGroup returns the bounds of the first group of a match that
// matched: a rule may name what it reads in one of several alternatives.
func firstGroup(m []int) (int, int) {
	for g := 2; g+1 < len(m); g += 2 {
		if m[g] >= 0 {
			return m[g], m[g+1]
		}
	}
	return m[0], m[0]
}
