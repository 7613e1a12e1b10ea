package reader

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/writ-project/writ/internal/order"
)

// requestText is one document request found in a text, with where it is.
type requestText struct {
	req order.Request
	// lo and hi bound the request in the clean text; lead is where its
	// words begin, after its number.
	lo, lead, hi int
	// cut is set when the text ends inside the request.
	cut bool
	// unsupported holds windows writ cannot state, with why.
	unsupported []need
	excluded    []order.Field
	rule        *rule
	// lettered is set for a request of a list lettered "(a)", "(b)" ...:
	// its number is its letter's place, not a number the order gives it.
	lettered bool
	// standardAt is where the request's standard was read: its own first
	// words, or the words that lead into its list ("documents sufficient
	// to show, for each of the Users: 1. ...").
	standardAt [2]int
	// weak is set for a description the subpoena's items are only
	// "concerning" (documentsConcerning): any other way that finds
	// requests naming a category is read before it.
	weak bool
}

type need struct {
	why    string
	lo, hi int
}

// requested reads the document requests of the proposed subpoena as the
// order quotes or describes them ("REQUEST NO. 1: ALL DOCUMENTS showing
// ...", "1. The e-mail addresses ...", "(1) the names ...; (2) ...") or,
// failing that, describes them in a sentence ("a subpoena ordering it to
// provide documents showing ...").
func (r *run) requested() {
	stop := r.requestsStop()
	src := r.txt
	if stop >= 0 {
		src = r.afterOperativeMasked()
	}
	// The first way that finds requests naming a category the reader
	// knows; else the first that finds any ("documents sufficient to show
	// the information described" names none, where a table of rulings
	// further on names each request's).
	ways := []func() []requestText{
		r.allowedColumn, r.producedTableRequests, r.letterTermsRequests, r.exhibitRequests, r.revisedRequest,
		func() []requestText { return findRequests(r.v, r.t, src, stop) },
		r.stipulatedRequests, r.definedScope, r.rulingTableRequests,
		r.operativeScopeList, r.limitedRequest, r.describedRequests,
	}
	var first, weak []requestText
	for _, way := range ways {
		found := way()
		if len(found) == 0 {
			continue
		}
		if slices.ContainsFunc(found, func(rt requestText) bool { return rt.weak }) {
			if weak == nil {
				weak = found
			}
			continue
		}
		if first == nil {
			first = found
		}
		if slices.ContainsFunc(found, func(rt requestText) bool { return len(rt.req.Categories) > 0 }) {
			first = found
			weak = nil
			break
		}
	}
	if weak != nil {
		first = weak
	}
	// The operative part's own list of what the subpoena may seek ("a
	// subpoena ... requesting documents sufficient to show the following
	// information ...: (a) ...; (d) the name and billing address of the
	// holder of any payment card ..., but not the card number ...") is
	// the subpoena the order allows, whatever the proposal's words were,
	// where the operative part names none of the proposal's requests.
	if own := r.operativeScopeList(); len(first) > 0 && first[0].lo < r.conclusion && ownListStands(own, first) && !requestNamed.MatchString(r.txt[r.conclusion:r.operativeEnd]) {
		first = own
	}
	r.requests = first
	for i, rt := range r.requests {
		r.p.Requested = append(r.p.Requested, rt.req)
		r.reportRequest("requested", i, rt)
	}
}

// ownListStands reports whether the operative part's list of what the
// subpoena may seek (own) takes the place of the proposal's requests as
// read: each of its items names a category writ knows, a request of the
// proposal names none ("billing information for any paid subscription"),
// and it names every category the proposal's do, so that nothing the
// proposal sought is left unsaid.
func ownListStands(own, proposal []requestText) bool {
	if len(own) < 2 || slices.ContainsFunc(own, func(rt requestText) bool { return len(rt.req.Categories) == 0 || rt.weak }) {
		return false
	}
	if !slices.ContainsFunc(proposal, func(rt requestText) bool { return len(rt.req.Categories) == 0 }) {
		return false
	}
	named := map[order.Category]bool{}
	for _, rt := range own {
		for _, c := range rt.req.Categories {
			named[c] = true
		}
	}
	for _, rt := range proposal {
		for _, c := range rt.req.Categories {
			if !named[c] {
				return false
			}
		}
	}
	return true
}

// scopeExhibit is the operative part's limit of the subpoena to what an
// exhibit to the order lists: "a subpoena seeking only the documents
// described in Attachment A to this Order", "a subpoena containing the
// requests listed in Exhibit A, as approved by the Court", "a subpoena
// whose Schedule A is Exhibit A to this Order", "the subpoena attached to
// this Order as Exhibit A" (the first group matched the label).
var scopeExhibit = spaced(`(?i)\bsubpoena\b[^.;]{0,80}?\b(?:documents|information|requests|categories)\b[^.;]{0,40}?\b(?:described|listed|set (?:out|forth)|identified|specified) (?:in|at) (?:the )?(?:Exhibit|Attachment|Appendix|Schedule) ([A-Z]|\d{1,2})(?: to this Order\b|,? as (?:approved|modified|limited) by the Court\b)|\bsubpoena whose (?:Schedule|Attachment|Rider) [A-Z0-9]{1,2} is (?:the )?(?:Exhibit|Attachment|Appendix) ([A-Z]|\d{1,2}) to this Order\b|\bthe subpoena attached to this Order as (?:Exhibit|Attachment|Appendix) ([A-Z]|\d{1,2})\b`)

// exhibitBelow is the operative part's subpoena, attached as an exhibit
// that the order reproduces after it: "the subpoena attached to Dkt. No. 4
// as Exhibit A, and reproduced below" (group 1 the label).
var exhibitBelow = spaced(`(?i)\bsubpoena\b[^.;]{0,80}?\b(?:attached|annexed|appended)\b(?:[^.;]|\b(?:Dkt|Doc|ECF|Nos?)\.){0,60}?\bas (?:Exhibit|Attachment|Appendix) ([A-Z]|\d{1,2})\b[^.;]{0,40}?\b(?:reproduced|set out|set forth|copied) (?:below|after this Order|at the end of this Order)`)

// requestsOfExhibit is the operative part's subpoena made of requests an
// exhibit numbers: "a subpoena consisting of Requests Nos. 1, 2, 3 and 5
// of Schedule A", "a subpoena seeking the documents described in Requests
// Nos. 1, 2, 3 and 4 of Schedule A" (group 1 the label); with
// attachedToOrder after it, the exhibit follows the order.
var requestsOfExhibit = spaced(`(?i)\bsubpoena\b[^.;]{0,60}?\b(?:consisting of|containing|limited to|comprising|made up of|seeking|for) (?:only )?(?:the (?:documents|information) (?:described|listed|set (?:out|forth)) in )?Requests? (?:Nos?\.? ?)?[\dA-Za-z, ]{1,40}? of (?:the )?(?:Exhibit|Attachment|Appendix|Schedule) ([A-Z]|\d{1,2})\b`)

// exhibitReproduced reports whether the order says, anywhere, that the
// exhibit labelled label follows it: "For convenience, Schedule A is
// reproduced at the end of this order".
func (r *run) exhibitReproduced(label string) bool {
	for _, m := range exhibitFollows.FindAllStringSubmatch(r.txt, -1) {
		if strings.EqualFold(m[1], label) {
			return true
		}
	}
	return false
}

// exhibitFollows says an exhibit follows the order: "Schedule A is
// reproduced at the end of this order" (group 1 its label).
var exhibitFollows = mustRx(`(?i)\b(?:Exhibit|Attachment|Appendix|Schedule)\s+([A-Z]|\d{1,2})\s+is\s+(?:reproduced|attached|set\s+out|copied)\s+(?:at\s+the\s+end\s+of\s+this\s+order|below|after\s+this\s+order|to\s+this\s+order|hereto)\b`)

// attachedToOrder says an exhibit is attached to the order: ", which is
// attached to this Order", "and Schedule A is attached to this Order".
var attachedToOrder = mustRx(`(?i)\b(?:attached|annexed|appended)\s+(?:to\s+this\s+Order|hereto)\b`)

// scheduleHeading heads a schedule attached to the order on a line of its
// own (group 1 its label); scheduleWord names one.
var (
	scheduleHeading = mustRx(`(?m)^[ \t]*(?:SCHEDULE|Schedule) ([A-Z]|\d{1,2})[ \t]*$`)
	scheduleWord    = mustRx(`(?i)\bSchedule\s+(?:[A-Z]|\d{1,2})$`)
)

// exhibitRequests reads the requests from the exhibit the operative part
// limits the subpoena to, attached after the signature and made part of
// the order (exhibitsEnd): its list alone, the rest of the text masked.
func (r *run) exhibitRequests() []requestText {
	if r.conclusion < 0 {
		return nil
	}
	// The exhibit stands after the operative part, or in it where the
	// order makes it its own.
	end := len(r.txt)
	m := scopeExhibit.FindStringSubmatchIndex(r.txt[r.conclusion:r.operativeEnd])
	if m == nil {
		// "the subpoena attached to Dkt. No. 4 as Exhibit A, and
		// reproduced below": the exhibit follows the signature.
		if m = exhibitBelow.FindStringSubmatchIndex(r.txt[r.conclusion:r.operativeEnd]); m == nil {
			op := r.txt[r.conclusion:r.operativeEnd]
			if m = requestsOfExhibit.FindStringSubmatchIndex(op); m == nil || !attachedToOrder.MatchString(op[m[1]:min(len(op), m[1]+300)]) && !r.exhibitReproduced(op[m[2]:m[3]]) {
				return r.orderedExhibitRequests()
			}
		}
	}
	la, lb := firstGroup(m)
	label := r.txt[r.conclusion+la : r.conclusion+lb]
	heads := r.v.exhibitHeading.FindAllStringSubmatchIndex(r.txt[r.conclusion:end], -1)
	// A schedule attached after the signature is headed as one: "SCHEDULE
	// A".
	if scheduleWord.MatchString(r.txt[r.conclusion+m[0] : r.conclusion+lb]) {
		heads = scheduleHeading.FindAllStringSubmatchIndex(r.txt[r.conclusion:end], -1)
	}
	for k, h := range heads {
		if r.txt[r.conclusion+h[2]:r.conclusion+h[3]] != label {
			continue
		}
		a, b := r.conclusion+h[1], end
		if k+1 < len(heads) {
			b = r.conclusion + heads[k+1][0]
		}
		return findRequests(r.v, r.t, r.onlyBetween(a, b), -1)
	}
	return nil
}

// orderedExhibitRequests reads the requests from an exhibit after the
// signature whose terms the order makes its own ("The terms of Exhibit A
// are the terms of this Order, except as follows"), where the exhibit
// (the applicant's proposed order) authorizes the subpoena and lists what
// it seeks: the exhibit's list alone, the rest of the text masked.
func (r *run) orderedExhibitRequests() []requestText {
	heads := r.v.exhibitHeading.FindAllStringSubmatchIndex(r.txt[r.conclusion:r.operativeEnd], -1)
	for k, h := range heads {
		at := r.conclusion + h[0]
		label := r.txt[r.conclusion+h[2] : r.conclusion+h[3]]
		if !r.exhibitOrdered(label, at) || someParagraphsOf(label).MatchString(r.txt[r.conclusion:at]) {
			continue
		}
		b := r.operativeEnd
		if k+1 < len(heads) {
			b = r.conclusion + heads[k+1][0]
		}
		// An order, proposed or earlier, whose first paragraph allows the
		// subpoena: not the subpoena itself, whose requests the order
		// allows as its own words say.
		if !orderedWords.MatchString(r.txt[at:b]) {
			continue
		}
		if found := findRequests(r.v, r.t, r.onlyBetween(r.conclusion+h[1], b), -1); len(found) > 0 {
			return found
		}
	}
	return nil
}

// orderedWords are an order's words of command: "IT IS HEREBY ORDERED".
var orderedWords = mustRx(`\bIT\s+IS\s+(?:HEREBY\s+|FURTHER\s+)?ORDERED\b|\bIt\s+is\s+(?:therefore\s+|hereby\s+)?ORDERED\b`)

// someParagraphsOf makes only some paragraphs of the exhibit labelled
// label the order's: "Paragraphs 4 through 8 of the March Order (Exhibit
// 1) are incorporated".
func someParagraphsOf(label string) *rx {
	return spaced(`(?i)\b(?:Paragraphs?|¶¶?) ?\d[\d ,]*(?:(?:and|through|to|-) ?\d{1,2})? of\b[^.;]{0,60}?\b(?:Exhibit|Attachment|Appendix) ` + regexp.QuoteMeta(label) + `\b[^.;]{0,40}?\b(?:is|are|shall)\b[^.;]{0,30}?\b(?:incorporated|adopted|approved|apply|govern)`)
}

// allowedHead names a table's column of what may be produced, beside a
// column of what may not (notHead).
var allowedHead = mustRx(`(?i)^\s*(?:may be (?:produced|sought|disclosed)|allowed|permitted|authorized)\s*$`)

// allowedColumn reads the requests from a table of the operative part
// that sets what may be produced beside what may not ("MAY BE PRODUCED" |
// "MAY NOT BE PRODUCED"): each cell of the first column is a request
// allowed, numbered in order.
func (r *run) allowedColumn() []requestText {
	var out []requestText
	for _, row := range r.t.rows {
		if r.conclusion < 0 || row.a < r.conclusion && !r.adoptedAt(row.a) || row.a >= r.operativeEnd {
			continue
		}
		k := slices.IndexFunc(row.heads, allowedHead.MatchString)
		if k < 0 || k >= len(row.cells) || !slices.ContainsFunc(row.heads, notHead.MatchString) {
			continue
		}
		c := row.cells[k]
		if m := cellLabel.FindStringIndex(r.txt[c[0]:c[1]]); m != nil {
			c[0] += m[1]
		}
		if rt := readRequest(r.v, r.t, r.txt, c[0], c[1]); len(rt.req.Categories) > 0 {
			rt.lo, rt.rule = row.cells[k][0], columnRule
			rt.req.Number = len(out) + 1
			out = append(out, rt)
		}
	}
	return out
}

// innerList reports whether an item of a list, not its last (whose end
// the text after it may blur), is a paragraph that tells of the subpoena
// ("The proposed subpoena asks Yahoo to produce ...") and holds a list
// of its own run into its sentence (s): its "(1)" and "(2)" both within
// the item. A request that lists its own parts ("1. ALL DOCUMENTS showing
// ...: (i) names; (ii) ...") is no such paragraph.
func innerList(s string, after []itemStart, reqs []requestText) bool {
	for _, rt := range reqs[:len(reqs)-1] {
		// Run into the sentence: "(1)" in a line's words, not opening a
		// line as a request's own sub-items do ("...:\n(i) names;").
		one := slices.ContainsFunc(after, func(x itemStart) bool {
			return x.kind == "inline" && x.num == 1 && x.lo >= rt.lead && x.lo < rt.hi && strings.TrimRight(s[strings.LastIndexByte(s[:x.lo], '\n')+1:x.lo], " \t") != ""
		})
		two := slices.ContainsFunc(after, func(x itemStart) bool { return x.kind == "inline" && x.num == 2 && x.lo >= rt.lead && x.lo < rt.hi })
		if one && two && describesList.MatchString(s[rt.lead:rt.hi]) {
			return true
		}
		// Or set out below its sentence, each item on a line of its own:
		// "2. The subpoena will request all documents showing the
		// following ...:" and "(a) the name ...", "(b) ..." under it.
		k := slices.IndexFunc(after, func(x itemStart) bool { return x.num == 1 && x.lo > rt.lead && x.lo < rt.hi })
		if k >= 0 && k+1 < len(after) && after[k+1].num == 2 && after[k+1].lo < rt.hi &&
			strings.HasSuffix(strings.TrimSpace(s[rt.lead:after[k].lo]), ":") && describesList.MatchString(s[rt.lead:rt.hi]) {
			return true
		}
	}
	return false
}

// describesList opens a paragraph that tells what the subpoena asks.
// "The subpoena attached as Exhibit 1 shall be limited to ..." too.
var describesList = mustRx(`^\W{0,3}(?:The|Its|This|[A-Z][\w.'-]*'s)(?:\s+[\w.'-]+){0,3}?\s+(?:subpoena|application|request)(?:\s+(?:attached|annexed|served|proposed)\b[^,.;:]{0,40}?)?\s+(?:asks|seeks|requests|contains|calls\s+for|would\s+require|lists|describes|(?:will|shall|may)\s+(?:request|seek|ask\s+for|call\s+for|be\s+limited\s+to)|is\s+limited\s+to)\b`)

// directiveItem is an item of a list that directs someone to act: "Meta
// shall notify ...", "if an Account holder files ...", "within ten days
// ...".
var directiveItem = mustRx(`(?i)^\W{0,3}(?:if|within|unless|upon)\b|^[^,;:]{0,80}?\b(?:shall|must)\b`)

// changeItem is an item of a list of changes asked for: "(1) add the
// date ...", "(4) shorten the account holder's notice period", "(1) to
// extend the notice period ...", "(3) to allow a registrant ...".
var changeItem = mustRx(`(?i)^\W{0,3}(?:to\s+)?(?:add|move|shorten|extend|lengthen|delete|strike|remove|replace|change|modify|amend|enlarge|reduce|expand|narrow|drop|allow|permit|let|restore|require|excuse|relieve)\b`)

// argumentLead is the end of the words that put a party's arguments, or
// what it asks of the court, before a numbered list run into the
// sentence: "Movant argues that", "Kumo now asks the Court".
var argumentLead = mustRx(`(?i)\b(?:argues?|argued|contends?|contended|maintains?|maintained|asserts?|asserted|submits?|submitted|responds?|responded)(?:\s+(?:in\s+(?:reply|response|opposition)|further|also))?,?\s+that\s*$|\b(?:asks?|asked|moves?|moved|requests?|requested)\s+(?:the\s+)?Court\s*$`)

// nextRecommendation opens the next of a report's lettered
// recommendations, each a court's act: "; (b) deny the request for ...".
var nextRecommendation = mustRx(`;\s+\([b-z]\)\s+(?:deny|require|allow|direct|order|grant|authorize|permit|limit|strike|adopt|decline)\b`)

// recommendationLead is the end of the words that put a report's
// recommendations before a list: "The Report recommended ... that the
// Court:", "She recommended that:".
var recommendationLead = mustRx(recommendsThat + `\s*$`)

// recommendsThat is the words that put a report's recommendations:
// "recommended ... that the Court:", "It recommends:".
const recommendsThat = `(?i)\brecommend(?:s|ed)?\b(?:[^.:]{0,160}?\bthat(?:\s+the\s+Court)?)?\s*:`

// disputeItem is an item of a list of the terms the parties dispute, by
// its heading, then what a party asks: "1. Log-in records. Savannah Crest
// asks for every log-in IP address ...; X would limit the request ...",
// "1. \"All documents.\" Valve says that ...", "5. Telephone numbers,
// e-mail addresses and log-in records. Valve does not seriously contest
// these requests".
var disputeItem = mustRx(`^\W{0,3}[A-Z][a-z-]+(?:,? [a-z-]+){0,5}\.["”]?\s+[^.]{0,200}?\b(?:asks?|proposes?|responds?|argues?|contends?|opposes?|would limit|objects?|says|explains|(?:does not )?(?:seriously )?contests?)\b`)

// definitionItem is an item of a list of definitions: "(b) \"Subscriber
// Information\" means ...".
var definitionItem = mustRx(`^\W{0,3}"[A-Z][^"]{0,60}"\s*,?\s+(?:means|shall mean|refers to|is defined as|has the meaning)\b`)

// itemsLike counts the items of a list whose words re matches: items
// that define a term (definitionItem) or direct someone to act
// (directiveItem).
// requestHeading is an item of the discussion's parts whose heading, on
// a line of its own, names the requests it takes up: "A. Request No.
// 5\nMeta argues that ...", "B. Requests Nos. 1 through 4\n...".
var requestHeading = mustRx(`^\W{0,3}Requests?\s+(?:Nos?\.?|Numbers?)\s*\d{1,2}(?:\s*(?:through|to|and|-|–)\s*\d{1,2})?[ \t]*\n`)

func itemsLike(re *rx, s string, reqs []requestText) int {
	n := 0
	for _, rt := range reqs {
		if re.MatchString(s[rt.lead:rt.hi]) {
			n++
		}
	}
	return n
}

// afterOperativeMasked returns the clean text with what follows the
// operative part blanked, but for the passages the order adopts there: a
// report attached after the order describes the proposed subpoena in its
// background, and only its recommendation is the order's. (A letter-motion
// endorsed above its first page is read whole: its requests follow the
// endorsement.)
func (r *run) afterOperativeMasked() string {
	if r.conclusion < 0 || r.operativeEnd >= len(r.txt) {
		return r.txt
	}
	b := []byte(r.txt)
	for i := r.operativeEnd; i < len(b); i++ {
		if b[i] != '\n' && !r.adoptedAt(i) {
			b[i] = ' '
		}
	}
	return string(b)
}

// scopeByName limits the subpoena to a term the order defines: "The
// Subpoena shall call only for Responsive Information", "... only for
// documents sufficient to show the Identifying Information" (group 1 the
// name).
var scopeByName = mustRx(`(?i)\bsubpoena\b[^.;]{0,60}?\b(?:shall|may|will|must)\s+(?:only\s+)?(?:call|seek|ask|be\s+limited)\s+(?:only\s+)?(?:for|to)\s+(?:documents\s+sufficient\s+to\s+(?:show|identify)\s+)?(?:the\s+)?((?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))`)

// definedScope reads the requests from the definition of the term the
// operative part limits the subpoena to ("\"Identifying Information\"
// means, for each Channel: (i) the names ...; (ii) ..."). A definition
// made of other defined terms ("documents sufficient to show the
// Subscriber Information and the Log-in Records") gives theirs. Each
// definition is read on its own, the rest of the text masked; the
// requests are numbered in order.
func (r *run) definedScope() []requestText {
	if r.conclusion < 0 {
		return nil
	}
	m := scopeByName.FindStringSubmatchIndex(r.txt[r.conclusion:r.operativeEnd])
	if m == nil {
		return nil
	}
	var std [][2]int
	if sa, sb := r.sentenceAt(r.conclusion + m[0]); sa < sb {
		std = append(std, [2]int{sa, sb})
	}
	out := r.definedRequests(r.txt[r.conclusion+m[2]:r.conclusion+m[3]], 2, &std)
	// The standard the limit or a definition above the request states:
	// "documents sufficient to show the Subscriber Information ...".
	var at []int
	for _, sp := range std {
		if m := definedStandard.FindStringIndex(r.txt[sp[0]:sp[1]]); m != nil {
			at = []int{sp[0] + m[0], sp[0] + m[1]}
			break
		}
	}
	for i := range out {
		out[i].req.Number = i + 1
		if out[i].req.Standard == "" && at != nil {
			out[i].req.Standard, out[i].standardAt = order.SufficientToShow, [2]int{at[0], at[1]}
		}
	}
	return out
}

// definedRule names a request read from a definition, columnRule one read
// from a table's column of what may be produced.
var (
	definedRule = &rule{Name: "defined_scope", Confidence: 0.75}
	columnRule  = &rule{Name: "allowed_column", Confidence: 0.75}
)

// definedStandard is the standard a limit by a defined term states.
var definedStandard = mustRx(`(?i)\bdocuments\s+sufficient\s+to\s+(?:show|identify)\b`)

// definedRequests reads the requests a defined term's definition states,
// or, when it names other defined terms that state some, theirs (to
// depth levels).
func (r *run) definedRequests(name string, depth int, std *[][2]int) []requestText {
	sp, ok := r.definitionOf(name)
	if !ok {
		return nil
	}
	var out []requestText
	if depth > 0 {
		for _, n := range definedNames.FindAllStringSubmatch(r.txt[sp[0]:sp[1]], -1) {
			if inner := strings.Join(strings.Fields(n[1]), " "); inner != name {
				out = append(out, r.definedRequests(inner, depth-1, std)...)
			}
		}
	}
	if len(out) > 0 {
		*std = append(*std, sp)
		return out
	}
	// The definition is one request: what it names, less the fields it
	// leaves out ("does not include any payment card number").
	if rt := readRequest(r.v, r.t, r.txt, sp[0], sp[1]); len(rt.req.Categories) > 0 {
		rt.lo, rt.rule = sp[0], definedRule
		out = append(out, rt)
	}
	return out
}

// definitionOf returns the words of the order's own definition of a
// term, after "\"Name\" means", to the next definition or paragraph: the
// operative part's, or one it adopts, before one in the discussion.
func (r *run) definitionOf(name string) ([2]int, bool) {
	name = strings.Join(strings.Fields(name), " ")
	re := mustRx(`"` + strings.ReplaceAll(regexp.QuoteMeta(name), " ", `\s+`) + `"\s*,?\s+(?:means|shall mean|refers to|is defined as),?\s+`)
	all := re.FindAllStringIndex(r.txt[:r.operativeEnd], -1)
	// The operative part's definitions, and those it adopts, first.
	slices.SortStableFunc(all, func(a, b []int) int {
		return btoi(a[0] < r.conclusion && !r.adoptedAt(a[0])) - btoi(b[0] < r.conclusion && !r.adoptedAt(b[0]))
	})
	for _, d := range all {
		// The order's own: not quoted, and not told of another document
		// on its own line ("Kumo's proposed order defined ...").
		para := max(0, strings.LastIndex(r.txt[:d[0]], "\n"))
		if r.quoted(d[0]) || isAttributed(r.txt[para:d[0]]) || notTheCourts.MatchString(r.txt[para:d[0]]) || otherCourts(r.txt[para:d[0]]) {
			continue
		}
		end := len(r.txt)
		if e := definitionEnd.FindStringIndex(r.txt[d[1]:]); e != nil {
			end = d[1] + e[0]
		}
		return [2]int{d[1], end}, true
	}
	return [2]int{}, false
}

var (
	// definitionEnd ends a definition: the next item of the list of
	// definitions, or a blank line.
	definitionEnd = mustRx(`\n[ \t]*(?:\([a-z]{1,3}\)|\d{1,2}\.)[ \t]+"|\n[ \t]*\n`)
	// definedNames are the capitalised names a definition uses.
	definedNames = mustRx(`\bthe\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})`)
)

// onlyBetween returns the clean text with all but bytes [a, b) blanked,
// every byte in its place: a passage read on its own.
func (r *run) onlyBetween(a, b int) string {
	return strings.Repeat(" ", a) + r.txt[a:b] + strings.Repeat(" ", len(r.txt)-b)
}

// stipulatedRequests reads the requests of a stipulation the order adopts
// that follows its signature, with its own caption: the parties state
// there what the subpoena will request. Only the stipulation is read, the
// rest of the text masked.
func (r *run) stipulatedRequests() []requestText {
	for _, p := range r.adopted {
		if r.conclusion < 0 || p[0] < r.operativeEnd {
			continue
		}
		masked := r.onlyBetween(p[0], p[1])
		if out := findRequests(r.v, r.t, masked, -1); len(out) > 0 {
			return out
		}
	}
	return nil
}

// letterTermsRequests reads the requests of the terms a letter proposes
// and its endorsement so orders, when one of those terms states the
// subpoena's scope ("(a) Scope. The subpoena will call for documents
// sufficient to show the following ...: (1) ..."): what the letter says
// was asked before them is superseded. Only the terms are read.
func (r *run) letterTermsRequests() []requestText {
	for _, p := range r.adopted {
		if !r.inLetter(p[0]) {
			continue
		}
		if out := findRequests(r.v, r.t, r.onlyBetween(p[0], p[1]), -1); slices.ContainsFunc(out, func(rt requestText) bool { return len(rt.req.Categories) > 0 }) {
			return out
		}
	}
	return nil
}

// marginRuling is a judge's short note beside a struck item: "DENIED —
// HSV", "struck".
var marginRuling = mustRx(`(?i)^\s*(?:denied|struck|stricken|deleted|omitted)\b[^\n]{0,30}\s*$`)

// inlineScope is the rule of a list run into the operative part's
// sentence.
var inlineScope = &rule{Name: "operative_scope_inline", Confidence: 0.75}

// listLabel is an item's label: "(i) ", "(a) ", or "1. " at a line's
// start. Words with labels are a list, not a sentence.
var listLabel = mustRx(`\(\w{1,4}\)\s|(?m)^\s*\w{1,3}[.)]\s`)

// leadDocuments is where the words that lead into a list say what
// documents it calls for: "all documents", "documents sufficient to
// show".
var leadDocuments = mustRx(`(?i)\b(?:all\s+)?(?:documents|records)\b`)

// struckLabel reports whether an item the court struck by a mark bears
// the label numbered n in style ("(e)" for letter 5).
func (r *run) struckLabel(style string, n int) bool {
	for _, it := range r.struckItems {
		if m := scopeItem.FindStringSubmatch(strings.TrimLeft(it.text, " \t\n")); m != nil && labelStyle(m[1]) == style && labelNumber(m[1]) == n {
			return true
		}
	}
	return false
}

// operativeScope leads into a list of what the subpoena may seek, in the
// order's own terms: "The Subpoena shall call only for documents
// sufficient to show the following, ...:", "may serve on Example a
// subpoena seeking documents sufficient to show the following ...:", "a
// subpoena substantially in the form attached as Exhibit 1 ..., seeking
// documents sufficient to show the following ...:"; a
// domain's periods ("kumo-truth.com") end no sentence.
var operativeScope = mustRx(`(?i)\bsubpoena\b(?:[^.:;]{0,80}?\b(?:shall|may|will|must)\s+(?:only\s+)?(?:call|seek|request|ask|demand|require|be\s+limited)\b|(?:\s+\([^()]{1,30}\),?|(?:[^.:;]|\.[A-Za-z0-9]|\b(?:Dkt|Doc|Nos?|ECF|D\.I)\.\s){1,120}?,)?\s+(?:seeking|calling\s+for|requesting|(?:that|which)\s+(?:seeks|calls\s+for|requests)|for\s+documents)\b)(?:[^.:;]|\b(?:Dkt|Doc|Nos?|ECF|D\.I|Inc|Ltd|Co)\.|\.[A-Za-z0-9]){0,200}?:[ \t]*\n?`)

// scopeItem opens an item of a list: "(a)", "1.", "b)", "Request No. 1.".
var scopeItem = mustRx(`^(?:(?i:Request) (?:(?i:No)\.? ?)?)?\(?(\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.):]\s`)

// operativeScopeList reads the requests from the list the operative part
// leads into with the subpoena's scope, when no request was read before
// it: an order drafted by the parties may state them only there. The list
// ends at the first paragraph after it that is no item of it ("provided,
// however, ..."); only the list is read, the rest of the text masked.
func (r *run) operativeScopeList() []requestText {
	if r.conclusion < 0 {
		return nil
	}
	m := operativeScope.FindStringIndex(r.txt[r.conclusion:r.operativeEnd])
	if m == nil {
		return nil
	}
	a, _ := r.sentenceAt(r.conclusion + m[0])
	b := r.conclusion + m[1]
	// The list runs on through its items, numbered on, and their own
	// items (a deeper kind: "(i)" under "(a)", "(a)" under "1."); it ends
	// at a paragraph that is no item, at one of a shallower kind ("3.
	// Notice." after "(d)"), or where its numbering starts again.
	style, want := "", 0
	for b < r.operativeEnd {
		para := strings.Index(r.txt[b:r.operativeEnd], "\n\n")
		next := r.operativeEnd
		if para >= 0 {
			next = b + para + 2
		}
		// Blank lines, or a rule across the page where a page's foot was,
		// are no paragraph.
		// Nor is a judge's note beside an item struck ("DENIED — HSV").
		if strings.Trim(r.txt[b:next], "_-= \t\n") == "" || marginRuling.MatchString(r.txt[b:next]) {
			b = next
			continue
		}
		item := scopeItem.FindStringSubmatch(strings.TrimLeft(r.txt[b:next], " \t\n"))
		if item == nil {
			break
		}
		st, n := labelStyle(item[1]), labelNumber(item[1])
		// An item the court struck by a mark leaves its label out: the
		// next goes on from it.
		if st == style && n == want+1 && r.struckLabel(style, want) {
			want++
		}
		if style == "letter" && st == "letter" && strings.ContainsAny(item[1], "ivxIVX") && n != want {
			st = "roman"
		}
		if style == "" {
			style, want = st, n
		}
		if st == style && n != want || st != style && styleDepth[st] <= styleDepth[style] {
			break
		}
		if st == style {
			want++
		}
		b = next
	}
	masked := r.onlyBetween(a, b)
	found := findRequestsPast(r.v, r.t, masked, -1, r.struckLabel)
	// "... shall call only for documents sufficient to show the
	// following for the account: the name ...; every e-mail address
	// ...; and the IP addresses ...": the list is run into the sentence,
	// its items what the colon leads into, to the sentence's end.
	if len(found) == 0 && b == r.conclusion+m[1] {
		if _, e := r.sentenceAt(b - 1); e > b && !listLabel.MatchString(r.txt[b:e]) {
			rt := readRequest(r.v, r.t, r.onlyBetween(a, e), b, e)
			if len(rt.req.Categories) > 0 {
				rt.req.Number, rt.rule = 1, inlineScope
				lead := r.txt[r.conclusion+m[0] : b]
				if d := leadDocuments.FindStringIndex(lead); d != nil {
					rt.req.Standard = standardOf(r.v, lead[d[0]:])
				}
				return []requestText{rt}
			}
		}
	}
	return found
}

// limitedRequest reads what the subpoena is limited to in a passage the
// operative part makes its own ("a subpoena limited as set out in
// paragraph 4"; paragraph 4: "The subpoena is therefore modified to call
// only for documents sufficient to show ..."), when no request was read
// elsewhere: the subpoena as the court limited it, its one request.
func (r *run) limitedRequest() []requestText {
	if r.conclusion < 0 {
		return nil
	}
	// The passages the operative part makes its own, then its own words
	// (a memorandum order whose every paragraph follows "IT IS HEREBY
	// ORDERED" limits the subpoena in one of them).
	type passage struct {
		a, b int
		// discussion is set for a part of the discussion, where only the
		// Court's own limit counts.
		discussion bool
	}
	var passages []passage
	// First the part of the discussion whose information the operative
	// part allows ("revised so that each request seeks only documents
	// sufficient to show the information described in Part III.B
	// above").
	if m := infoInPart.FindStringSubmatchIndex(r.txt[r.conclusion:r.operativeEnd]); m != nil {
		label := r.txt[r.conclusion+m[2] : r.conclusion+m[3]]
		a, b, ok := r.paragraph(label, 0, r.conclusion)
		if ok && m[4] >= 0 {
			a, b, ok = r.paragraph(r.txt[r.conclusion+m[4]:r.conclusion+m[5]], a, b)
		}
		if ok {
			passages = append(passages, passage{a, b, true})
		}
	}
	inc, _ := r.incorporated()
	for _, p := range inc {
		passages = append(passages, passage{p[0], p[1], false})
	}
	passages = append(passages, passage{r.conclusion, r.operativeEnd, false})
	// Then a stipulation it adopts, attached after it.
	for _, p := range r.adopted {
		if p[0] >= r.operativeEnd {
			passages = append(passages, passage{p[0], p[1], false})
		}
	}
	// Last, the discussion, when the operative part allows the subpoena
	// "limited in the manner described in the preceding paragraphs": the
	// Court's own limit there, in its voice ("The Court will nonetheless
	// narrow the wording of the subpoena, limiting it to documents
	// sufficient to show ...").
	if limitedAbove.MatchString(r.txt[r.conclusion:r.operativeEnd]) {
		passages = append(passages, passage{0, r.conclusion, true})
	}
	for _, p := range passages {
		discussion := p.discussion
		for at := p.a; at < p.b; {
			rl, m := first(r.v.LimitedRequest, r.txt[:p.b], at)
			if rl == nil {
				break
			}
			at = m[1]
			// A limit the court considers, declines or only describes is
			// none: "has considered whether to limit the subpoena to ...".
			// In the discussion only the Court's own counts, and a party's
			// before it is passed over; elsewhere a passage's first limit is
			// its limit.
			a, _ := r.sentenceAt(m[0])
			// "the subpoena at Dkt. No. 1-3, revised so that ...": "No." of
			// a docket number is no negation.
			lead := numberAbbrev.ReplaceAllString(r.txt[a:m[0]], " ")
			if !notALimit.MatchString(lead) && !notTheCourts.MatchString(lead) && (!discussion || courtsVoice.MatchString(lead)) {
				return []requestText{narrativeRequest(r.v, r.t, r.txt, m, rl)}
			}
			if !discussion {
				break
			}
		}
	}
	return nil
}

// infoInPart is the information a part of the discussion describes, as
// what the subpoena may seek: "the information described in Part III.B
// above" (group 1 the part, group 2 its sub-part).
var infoInPart = spaced(`(?i)\bthe (?:information|categories|identifying information) (?:described|set (?:out|forth)|stated|identified|listed) in (?:Part|Section) ([IVX]{1,5}|\d{1,2})(?:\.([A-H]|\d{1,2}))?(?:,? above)?\b`)

// limitedAbove allows the subpoena as limited in the discussion: "a
// subpoena limited in the manner described in the preceding paragraphs".
var limitedAbove = spaced(`(?i)\bsubpoena (?:limited|narrowed|modified|revised|restricted) (?:in the manner |as )(?:described|set out|set forth|stated|explained) (?:in the preceding paragraphs|above)\b`)

// courtsVoice is the Court as the subject of a sentence: "The Court will
// nonetheless narrow ...".
var courtsVoice = mustRx(`\b(?:The|the) Court\b`)

// revisedRequest reads the subpoena as the operative part revises it in
// the words that grant it ("may serve ... a subpoena in the form of
// Exhibit A, revised so that it seeks only documents sufficient to show
// ..."): those words, not the proposal's, are what may be sought. Only
// that form: a limit told otherwise ("limited to ...") may restate the
// proposal's requests, which are read first.
func (r *run) revisedRequest() []requestText {
	if r.conclusion < 0 {
		return nil
	}
	for _, rt := range r.limitedRequest() {
		if rt.rule != nil && rt.rule.Name == "revised_so_that" && len(rt.req.Categories) > 0 {
			return []requestText{rt}
		}
	}
	return nil
}

// describedRequests reads the requests the order describes by number in
// prose, before its operative part, when no list or description of the
// subpoena was read: "Requests 1 through 3 ask for the e-mail addresses
// ...", "Request 4 asks for the name and billing address ...". Each
// description is a request, numbered by its first number; the operative
// part allows or denies them by number.
func (r *run) describedRequests() []requestText {
	if r.conclusion < 0 {
		return nil
	}
	// Only requests the operative part names by number ("limited to
	// Requests 1, 2, 3 and 4", "Request 5 is DENIED") are this
	// subpoena's: the discussion may describe another case's.
	named := map[int]bool{}
	for _, m := range requestsNamed.FindAllStringSubmatch(r.txt[r.conclusion:r.operativeEnd], -1) {
		for _, n := range requestNumbers(m[1]) {
			named[n] = true
		}
	}
	var out []requestText
	seen := map[int]bool{}
	// The requests are described before the operative part, or in it
	// when it is all that follows a ruling "on the terms that follow".
	told := r.conclusion
	if r.termsFollow {
		told = r.operativeEnd
	}
	ms := describedRequest.FindAllStringSubmatchIndex(r.txt[:told], -1)
	ms = append(ms, describedByPronoun.FindAllStringSubmatchIndex(r.txt[:told], -1)...)
	// The paragraph that describes a request the operative part names
	// describes the subpoena: its other requests are the subpoena's too
	// ("Requests 1 through 4 ask for ... Request 5 asks for ...", and
	// "Request 5 seeks only the name and billing address ...").
	rewrites := r.requestsRewritten()
	ofSubpoena := map[int]bool{}
	for _, m := range ms {
		if slices.ContainsFunc(requestNumbers(r.txt[m[2]:m[3]]), func(n int) bool { return named[n] }) {
			ofSubpoena[r.paragraphStart(m[0])] = true
		}
	}
	for _, m := range ms {
		nums := requestNumbers(r.txt[m[2]:m[3]])
		a, b := firstGroup(m[2:])
		if len(nums) == 0 || seen[nums[0]] || b <= a || !slices.ContainsFunc(nums, func(n int) bool { return named[n] }) && !ofSubpoena[r.paragraphStart(m[0])] {
			continue
		}
		// "Requests 1 through 4 seek all documents reflecting the names
		// ...; the name and billing address ...; and the IP addresses
		// ...": several requests told in one sentence, its parts apart
		// by semicolons.
		// A description cut at the pattern's bound, not at its period:
		// it runs on to the period or semicolon that ends it.
		if m[4] >= 0 && b-a >= describedMax && b < len(r.txt) && r.txt[b] != '.' && r.txt[b] != ';' {
			if e := strings.IndexAny(r.txt[b:min(len(r.txt), b+200)], ".;"); e >= 0 {
				b += e
			}
		}
		if len(nums) > 1 && b < len(r.txt) && r.txt[b] == ';' {
			if _, e := r.sentenceAt(a); e > b && e-a <= 800 {
				b = e
			}
		}
		rt := readRequest(r.v, r.t, r.txt, a, b)
		// A request whose words name no category ("all payment
		// information") stands when the operative part says what it
		// seeks now.
		if _, rewritten := rewrites[nums[0]]; len(rt.req.Categories) == 0 && !rewritten {
			continue
		}
		rt.req.Number = nums[0]
		rt.lo, rt.rule = m[0], &describedRule
		for _, n := range nums {
			seen[n] = true
		}
		out = append(out, rt)
	}
	return out
}

// paragraphStart returns where the paragraph that holds clean byte i
// begins: after the blank line before it, or at the text's start.
func (r *run) paragraphStart(i int) int {
	if ms := blankLine.FindAllStringIndex(r.txt[:i], -1); len(ms) > 0 {
		return ms[len(ms)-1][1]
	}
	return 0
}

// describedByPronoun is a request named, then described in the next
// sentence by a pronoun: "Request 5 is a different matter. It seeks
// records of purchases made through PayPal."
var describedByPronoun = spaced(`\bRequest (?:No\.? ?)?(\d{1,2})\b[^.;]{0,80}\. (?:It|This request) (?:seeks|asks for|calls for|requests) ([^.;]{3,200})`)

// describedRule is where a request described by number was read from.
var describedRule = rule{Name: "described_by_number", Confidence: 0.7}

// numberAbbrev is "No." or "Nos." before a number: "Dkt. No. 1-3".
var numberAbbrev = mustRx(`\bNos?\.\s*\d`)

// notALimit, before a limit in its sentence, makes it no limit of the
// court's: a negation, a question or a doubt (and, with notTheCourts, a
// party's proposal or request).
var notALimit = mustRx(`(?i)\b(?:not|no|never|declines?|declined|refuses?|whether|could|might|considered)\b`)

// itemStart is where a numbered item of a list begins: lo at its marker
// ("REQUEST NO. 1:", "(1)"), at at its number, lead at its words.
type itemStart struct {
	num, lo, at, lead int
	kind              string
	rl                *rule
	// label is the item's number as written: "3", "c", "iii".
	label string
}

// styleDepth is how deep a kind of label stands in a list of lists: "1."
// over "(a)" over "(i)".
var styleDepth = map[string]int{"digit": 0, "letter": 1, "roman": 2, "word": 0}

// labelNumber is an item's number as its label writes it, read as a
// letter when it is one ("i" is the ninth).
func labelNumber(l string) int {
	switch labelStyle(l) {
	case "digit":
		n, _ := strconv.Atoi(l)
		return n
	case "letter":
		return int(unicode.ToLower(rune(l[0]))-'a') + 1
	case "roman":
		return slices.Index(romans, strings.ToUpper(l)) + 1
	}
	return 0
}

// labelStyle is how an item's label numbers it: "digit", "letter" ("a",
// "B"; and "i", "v", "x", which may be letters or roman numerals),
// "roman" ("ii", "iv") or "word".
func labelStyle(l string) string {
	switch {
	case l != "" && l[0] >= '0' && l[0] <= '9':
		return "digit"
	case len(l) == 1 && (l[0] >= 'a' && l[0] <= 'z' || l[0] >= 'A' && l[0] <= 'Z'):
		return "letter"
	case slices.Contains(romans, strings.ToUpper(l)):
		return "roman"
	}
	return "word"
}

// numberIn returns an item's number in a list whose first item is first,
// and false when the item is not of the list's kind of numbering: a list
// lettered from "(a)" goes on with letters, "(i)" its ninth; a list of
// roman numerals from "(i)" goes on with roman numerals, and the "(a)" of
// a list around it is not one of its items.
func numberIn(first, it itemStart) (int, bool) {
	fs, is := labelStyle(first.label), labelStyle(it.label)
	switch {
	case fs == "letter" && strings.EqualFold(first.label, "i"):
		// A list from "(i)" is numbered in roman numerals.
		if is == "roman" || is == "letter" && strings.ContainsAny(strings.ToLower(it.label), "ivx") {
			return it.num, true
		}
		return 0, false
	case fs == "letter":
		if is != "letter" {
			return 0, false
		}
		return int(unicode.ToLower(rune(it.label[0]))-'a') + 1, true
	case fs == "digit":
		return it.num, is == "digit"
	}
	return it.num, true
}

// findRequests reads the lists of document requests of a text: runs of
// items numbered 1, 2, 3 ... that the words before them say are a
// subpoena's requests, and of which some item names what writ knows (a
// category or a standard). Lists that begin in the operative part, at or
// after stop, are the order's own (its conditions), not requests; stop < 0
// reads the whole text (a subpoena).
func findRequests(v *patterns, t *text, s string, stop int) []requestText {
	return findRequestsPast(v, t, s, stop, nil)
}

// numberLabelBefore ends the line before a number at a line's start with
// a label that numbers a docket entry or a page: "ECF No.", "Dkt.", "at".
var numberLabelBefore = mustRx(`\b(?:No|Nos|Dkt|Doc|ECF|D\.E|D\.I)\.?\s*\n\s*$`)

// findRequestsPast reads the lists of requests as findRequests does, a
// list going on past a label struck reports (an item the court struck by
// a mark, left out of the text: "(d)" then "(f)").
func findRequestsPast(v *patterns, t *text, s string, stop int, struck func(style string, n int) bool) []requestText {
	var starts []itemStart
	for i := range v.RequestItems {
		rl := &v.RequestItems[i]
		for _, m := range rl.re.FindAllStringSubmatchIndex(s, -1) {
			n := itemNumber(v, s[m[2]:m[3]])
			lead := m[3]
			for lead < len(s) && (s[lead] == '.' || s[lead] == ':' || s[lead] == ',' || s[lead] == ')' || isSpace(s[lead])) {
				lead++
			}
			// "Request 2 (payment instrument): the name ...": the gloss in
			// parentheses names the request; its words follow the colon.
			if rl.Kind == "labelled" && lead < len(s) && s[lead] == '(' {
				if g := glossEnd.FindStringIndex(s[lead:]); g != nil {
					lead += g[1]
				}
			}
			if slices.ContainsFunc(starts, func(x itemStart) bool { return x.at == m[2] }) {
				continue
			}
			// A line that is a section's heading ("A. Statutory
			// Requirements", a blank line after it) is no request.
			if rl.Kind == "line" && headingLine(s, lead) {
				continue
			}
			// "ECF No." / "1. Vérandine says ...": a docket entry's number
			// that a line's end cut from its label is no item of a list.
			if rl.Kind == "line" && numberLabelBefore.MatchString(s[max(0, m[2]-12):m[2]]) {
				continue
			}
			// "the information in Requests (1) through (4)", "paragraph
			// (2) above": a number that refers to a request or a
			// paragraph is no item of a list.
			if rl.Kind == "inline" && referredTo.MatchString(s[max(0, m[2]-40):m[2]]) {
				continue
			}
			lo := m[0]
			for lo < m[2] && (isSpace(s[lo]) || s[lo] == ':' || s[lo] == ';') {
				lo++
			}
			starts = append(starts, itemStart{n, lo, m[2], lead, rl.Kind, rl, s[m[2]:m[3]]})
		}
	}
	slices.SortFunc(starts, func(a, b itemStart) int { return a.lo - b.lo })
	var out []requestText
	for k := 0; k < len(starts); k++ {
		if starts[k].num != 1 || (stop >= 0 && starts[k].lo >= stop) {
			continue
		}
		// The list: items numbered on from 1, of the same kind.
		list := []itemStart{starts[k]}
		for j := k + 1; j < len(starts) && len(list) < 40; j++ {
			if stop >= 0 && starts[j].lo >= stop || starts[j].lo-list[len(list)-1].lo > maxItemGap {
				break
			}
			next := starts[j]
			num, ok := numberIn(list[0], next)
			next.num = num
			last := list[len(list)-1].num
			if ok && struck != nil && num == last+2 && struck(labelStyle(list[0].label), last+1) {
				last++
			}
			if ok && num == last+1 && sameKind(next.kind, list[0].kind) {
				// A line list ends at a paragraph that is no item ("Dkt.
				// No. 1-1."): a numbered paragraph of the discussion after
				// it does not go on with the list.
				last := list[len(list)-1]
				between := s[last.lead:starts[j].lo]
				if m := v.requestEnd.FindStringIndex(between); m != nil && last.kind != "inline" && strings.TrimSpace(between[m[1]:]) != "" {
					break
				}
				list = append(list, next)
			}
		}
		if list[0].kind == "inline" {
			// Items run into a sentence ("(1) the names ...; (2) ...")
			// are that sentence's: the list ends with it.
			end := sentenceEnd(v, s, list[0].lead)
			if end < 0 {
				end = len(s)
			}
			for n := range list {
				if list[n].lo >= end {
					list = list[:n]
					break
				}
			}
		}
		reqs, ok := readList(v, t, s, list)
		if !ok {
			continue
		}
		// A memorandum's numbered paragraphs, one of which lists the
		// requests run into its sentence ("2. The proposed subpoena asks
		// ...: (1) the names ...; (2) ..."): the list inside is the
		// requests, read on its own.
		if list[0].kind != "inline" && innerList(s, starts[k+1:], reqs) {
			continue
		}
		// A later list of conditions ("It recommends these conditions:
		// (a) Meta shall notify ...; (b) each holder shall have ...") is
		// no list of requests: most of its items direct someone to act.
		// Nor is a list of the changes a motion asks for ("asks the Court
		// to (1) add the date ...; (2) move the start of the log-in window
		// ...; (3) shorten the notice period"): its items open with the
		// verb of a change.
		// Nor is a party's numbered argument ("Movant argues that (1) the
		// speech is protected; (2) Request 5 seeks the contents of
		// private messages ..."), though an item names what a request
		// seeks.
		// Nor is a list of the terms the parties dispute ("1. Log-in
		// records. Savannah Crest asks for ...; X would limit ..."), nor
		// the discussion's parts headed by the requests they take up
		// ("A. Request No. 5").
		// Nor is a report's lettered recommendations ("The Report
		// recommended ... that the Court: (a) authorize a subpoena for
		// ...; (b) deny the request for ..."): what they recommend the
		// order adopts by letter, if at all.
		if list[0].kind == "inline" && argumentLead.MatchString(s[max(0, list[0].lo-60):list[0].lo]) || recommendationLead.MatchString(s[max(0, list[0].lo-200):list[0].lo]) ||
			len(out) > 0 && itemsLike(directiveItem, s, reqs)*2 >= len(reqs) || itemsLike(definitionItem, s, reqs)*2 > len(reqs) || itemsLike(changeItem, s, reqs)*2 > len(reqs) || itemsLike(disputeItem, s, reqs)*2 > len(reqs) || itemsLike(requestHeading, s, reqs)*2 > len(reqs) {
			for k+1 < len(starts) && starts[k+1].lo < reqs[len(reqs)-1].hi {
				k++
			}
			continue
		}
		out = append(out, reqs...)
		// Items of a later list that restarts at 1 are read on their own.
		for k+1 < len(starts) && starts[k+1].lo < reqs[len(reqs)-1].hi {
			k++
		}
	}
	// A list none of whose items names a category writ knows (the block
	// of an earlier order's terms, lettered as requests are) gives way to
	// a sentence that describes the subpoena by what it seeks.
	if slices.ContainsFunc(out, func(rt requestText) bool { return len(rt.req.Categories) > 0 }) {
		return out
	}
	listed := out
	out = nil
	// A sentence that describes the subpoena may do so in the operative
	// part ("may serve the subpoena attached ..., which seeks documents
	// sufficient to show ..."): it describes what the subpoena asks, as
	// the discussion would.
	//
	// A sentence that names nothing writ knows ("the subpoena, which asks
	// only for documents sufficient to show who holds the account, is
	// narrow") gives way to a later one that does, as the operative part's
	// restatement of the subpoena's items.
	var fallback, weak *requestText
	for i := range v.NarrativeRequest {
		rl := &v.NarrativeRequest[i]
		if rl.re == nil {
			continue
		}
		for _, m := range rl.re.FindAllStringSubmatchIndex(s, -1) {
			rt := narrativeRequest(v, t, s, m, rl)
			// "... so that it calls for documents sufficient to show the
			// information listed, and will limit the log-in request ...":
			// the words point back at the requests; what they name after is
			// not what the subpoena seeks.
			if m[2] >= 0 && infoReferred.MatchString(s[m[2]:m[3]]) {
				rt.req.Categories = nil
			}
			// "for documents identifying the author of eleven reviews
			// posted under the name ...": the person sought, not what the
			// subpoena asks of the platform, unless a list of what it asks
			// follows ("..., namely the name, postal address, ...").
			if m[2] >= 0 && len(rt.req.Categories) <= 1 && identifyingWho.MatchString(s[m[2]:m[3]]) {
				rt.req.Categories = nil
			}
			// "all documents" concerning what it names is weaker word of
			// the subpoena's items ("the registrant's identity, payment and
			// log-ins", "the two accounts, including ..."): it gives way to
			// any other description that names them.
			// A description inside a quotation ("¶ 1: \"Applicant may serve
			// a subpoena on Example for all documents ...\"") is another
			// document's words: it gives way to one the order states.
			if len(rt.req.Categories) > 0 && (m[2] >= 0 && documentsConcerning.MatchString(s[m[2]:m[3]]) || insideQuote(s, m[0])) {
				if weak == nil {
					weak = &rt
				}
				continue
			}
			if len(rt.req.Categories) > 0 {
				return append(out, markedRequests(v, t, s, rt)...)
			}
			if fallback == nil {
				fallback = &rt
			}
		}
	}
	if len(listed) > 0 {
		return listed
	}
	if weak != nil {
		parts := markedRequests(v, t, s, *weak)
		for i := range parts {
			parts[i].weak = true
		}
		return append(out, parts...)
	}
	if fallback != nil {
		out = append(out, *fallback)
	}
	return out
}

// narrativeRequest reads the request a sentence describes, m the match of
// rl: what it says the subpoena does not seek is not asked for ("documents
// showing the names, but not the content of any message").
func narrativeRequest(v *patterns, t *text, s string, m []int, rl *rule) requestText {
	m = slices.Clone(m)
	// "..., for each of the three accounts identified in Dkt. 1-4: the
	// names, ...": a period after an abbreviation ends no sentence, and
	// the description runs on to the one that does: the next period, once
	// per abbreviation. (sentenceEnd would run on past a company's "Inc."
	// too, and over-read one order's list: heldout19/08.)
	for k := 0; k < 4 && m[3] < len(s); k++ {
		w := m[3]
		for w > m[2] && (s[w-1] >= 'A' && s[w-1] <= 'Z' || s[w-1] >= 'a' && s[w-1] <= 'z') {
			w--
		}
		if !v.abbrev[s[w:m[3]]] {
			break
		}
		e := periodEnd.FindStringIndex(s[m[3]+1 : min(len(s), m[3]+601)])
		if e == nil {
			break
		}
		m[3] = m[3] + 1 + e[0]
	}
	end := m[3] + 1
	if e := listedAfter(s, m[2], m[3]); e > end {
		end = e
	}
	// "(a) authorize a subpoena for documents sufficient to show ...; (b)
	// deny the request for ...": the next of a report's recommendations
	// ends the one the description is in.
	if e := nextRecommendation.FindStringIndex(s[m[2]:min(end, len(s))]); e != nil {
		end = m[2] + e[0]
		m[3] = min(m[3], end)
	}
	// "documents sufficient to show, rather than all documents
	// concerning, the following ...": a standard set against another
	// leaves nothing out.
	// "(but not the card number or security code)": a parenthesis
	// qualifies one item, and the items after it go on.
	if n := outsideParens(narrativeNot, s[m[2]:m[3]]); n != nil && !itemAfter(s[m[2]+n[1]:m[3]], s[m[2]+n[0]:m[2]+n[1]]) && !standardContrast.MatchString(s[m[2]+n[1]:m[3]]) {
		end = m[2] + n[0]
	} else if x := subpoenaExcludes.FindStringIndex(s[end:min(len(s), end+400)]); x != nil {
		// "The proposed subpoena expressly excludes the card number
		// ...": the fields the subpoena leaves out, said after it.
		end += x[1]
	}
	// "It also asks for documents sufficient to show ...": the sentence
	// after goes on with what the subpoena seeks.
	if end > len(s) {
		end = len(s)
	}
	if a := alsoAsks.FindStringIndex(s[end:]); a != nil {
		if e := periodEnd.FindStringIndex(s[end+a[1] : min(len(s), end+a[1]+600)]); e != nil {
			end = end + a[1] + e[0] + 1
		}
	}
	rt := readRequest(v, t, s, m[2], end)
	rt.req.Number = 1
	rt.lo, rt.rule = m[2], rl
	return rt
}

// alsoAsks opens a sentence that goes on with what the subpoena seeks:
// "It also asks for documents sufficient to show ...", "It asks for the
// names ...", "It seeks the names of the account holders; ...", "In
// particular, it asks for the names on those accounts; ...".
var alsoAsks = mustRx(`^\s*(?:In particular,\s+)?(?:It|it|The (?:proposed )?subpoena)\s+(?:(?:also|further|additionally)\s+)?(?:(?:asks|seeks|requests|calls)\s+(?:[A-Z][\w.&'-]*\s+)?for\b|seeks\s+(?:the|all|every|each|any)\b)`)

// documentsConcerning opens a description of the subpoena as documents
// concerning what it names: "all documents\" concerning the operators'
// names, ...", or as what sums it up: "all documents reflecting the
// identifying and payment information of three named accounts".
var documentsConcerning = mustRx(`(?i)^(?:all\s+)?documents"?\s+(?:concerning\b|(?:reflecting|showing|sufficient\s+to\s+show)\s+the\s+(?:identifying|identity|contact|subscriber|account)(?:\s+and\s+\w+)?\s+information\b)`)

// identifyingWho is a description of the subpoena by the person it
// would identify: "documents identifying the author of ...".
var identifyingWho = mustRx(`(?i)^(?:all\s+)?(?:documents|information|records)"?\s+(?:sufficient\s+to\s+identify|identifying)\s+(?:the|each|any|every)\s+(?:authors?|holders?|operators?|users?|owners?|persons?|people|individuals?|posters?|registrants?|account\s+holders?)\b`)

// insideQuote reports whether byte i of s stands inside a quotation
// opened in its paragraph: an odd number of double quotation marks before
// it there.
func insideQuote(s string, i int) bool {
	p := strings.LastIndex(s[:i], "\n\n")
	if p < 0 {
		p = 0
	}
	n := strings.Count(s[p:i], `"`) + strings.Count(s[p:i], "“") + strings.Count(s[p:i], "”")
	return n%2 == 1
}

// infoReferred is a description of the subpoena that points back at
// the requests rather than naming what they seek: "documents sufficient
// to show the information listed, and ...", "... the information sought
// in Requests 1, 2 and 4, and ...".
var infoReferred = mustRx(`(?i)^(?:all\s+)?(?:documents|information|records)"?\s+(?:sufficient\s+to\s+(?:show|identify)|showing|identifying|concerning)\s+the\s+(?:information|categories|fields|data|items)\s+(?:listed|described|sought|requested|identified)(?:\s+(?:above|in\s+(?:Part|Section)\s+[IVX\d]{1,5}(?:\.[A-H\d]{1,2})?(?:,?\s+above)?|in\s+(?:the|each|that)\s+(?:request|subpoena|application)s?|in\s+Requests?\s+(?:Nos?\.?\s*)?\d{1,2}(?:(?:,|\s+and|\s+through|\s+to|-)\s*\d{1,2})*))?(?:[,.;]|\s+and\b|\s*$)`)

// periodEnd is a period before white space or the text's end.
var periodEnd = mustRx(`\.(?:\s|$)`)

// subpoenaExcludes is a sentence after a subpoena's description that
// says which fields it leaves out, perhaps after a record citation: "Dkt. 1-3.
// The proposed subpoena expressly excludes the card number and the card's
// expiration date.", "The subpoena expressly does not seek payment card
// numbers, ...".
var subpoenaExcludes = spaced(`^\s*(?:(?:Dkt|ECF|Doc|Id)\.?[^.\n]{0,20}\.\s*)?(?:The|Its|It) (?:proposed )?(?:subpoena )?(?:also |expressly |itself |already )?(?:excludes|omits|leaves out|does not (?:seek|request|ask for|call for)) [^.]*?\b(?:card|CVV2?|CVC|security codes?|expiration|expiry|passwords?|account numbers?)\b[^.]*\.`)

// referredTo ends the words before a number in parentheses that refer to
// a request or paragraph by it ("Requests (1)", "paragraph (2)"),
// or that join it to one so referred to ("Requests (1) through (4)").
// "Request" names one when it is capitalized: "the subpoena requests (1)
// all documents ..." is a verb before a list.
var referredTo = mustRx(`\b(?:Requests?|REQUESTS?|Request Nos?\.?|[Pp]aragraphs?|[Ss]ubparagraphs?|[Ii]tems?|[Cc]lauses?)\s*\($|\b(?:Requests?|REQUESTS?|[Pp]aragraphs?)\s*\(\d{1,2}\)\s*(?:,|and|or|through|to|-)\s*\($`)

// glossEnd is the end of a request's gloss in parentheses before its
// words ("(login history): ").
var glossEnd = mustRx(`^\([^()\n]{1,60}\):\s*`)

// headingLine reports whether the line from byte i is a heading: a few
// words with no closing punctuation, then a blank line or the end.
func headingLine(s string, i int) bool {
	end := strings.IndexByte(s[i:], '\n')
	if end < 0 {
		end = len(s) - i
	}
	line := strings.TrimSpace(s[i : i+end])
	if line == "" || len(line) > 60 || strings.ContainsAny(line[len(line)-1:], ".;:,") {
		return false
	}
	rest := s[i+end:]
	if len(rest) <= 1 {
		return true
	}
	return strings.HasPrefix(strings.TrimLeft(rest[1:], " \t"), "\n")
}

// itemNumber reads an item's number: "3", "three" or "Three", or a
// letter ("c" and "C" are the third item), or a small roman numeral
// ("iii").
func itemNumber(v *patterns, g string) int {
	if n := slices.Index(romans, strings.ToUpper(g)); n >= 0 && (len(g) > 1 || g == "i" || g == "v" || g == "x") {
		return n + 1
	}
	if len(g) == 1 && g[0] >= 'a' && g[0] <= 'z' {
		return int(g[0]-'a') + 1
	}
	if len(g) == 1 && g[0] >= 'A' && g[0] <= 'Z' {
		return int(g[0]-'A') + 1
	}
	if n, ok := v.Ordinals[strings.ToLower(g)]; ok {
		return n
	}
	n, _ := wordNumber(v, strings.ToLower(g))
	return n
}

// requestMarker follows the words of a request described in a sentence
// with its number: "their names and e-mail addresses (Request 1);", or
// with the first of a range: "(Requests 1 to 3)".
var requestMarker = mustRx(`\((?:Requests?|Req\.)\s*(?:Nos?\.\s*)?(\d{1,2})(?:\s*(?:to|through|-|–)\s*\d{1,2})?\)`)

// markedRequests splits a request described in one sentence into the
// requests its numbers mark ("...(Request 1); ... (Request 2); and ...
// (Request 3)"), each its own words before its number, so that a request
// the order denies by number is the one denied. The request whole, when
// fewer than two numbers mark it.
func markedRequests(v *patterns, t *text, s string, rt requestText) []requestText {
	marks := requestMarker.FindAllStringSubmatchIndex(s[rt.lead:rt.hi], -1)
	if len(marks) < 2 {
		return []requestText{rt}
	}
	var out []requestText
	from := rt.lead
	for _, m := range marks {
		n, _ := strconv.Atoi(s[rt.lead+m[2] : rt.lead+m[3]])
		a, b := from, rt.lead+m[0]
		for a < b && strings.ContainsRune(" \t\n;,:", rune(s[a])) {
			a++
		}
		if strings.HasPrefix(s[a:b], "and ") {
			a += len("and ")
		}
		part := readRequest(v, t, s, a, b)
		part.req.Number = n
		part.lo, part.rule = a, rt.rule
		if part.req.Standard == "" {
			part.req.Standard, part.standardAt = rt.req.Standard, rt.standardAt
		}
		out = append(out, part)
		from = rt.lead + m[1]
	}
	return out
}

// listedAfter returns the end of the lettered lines a sentence that
// describes a subpoena introduces with a colon ("documents sufficient to
// show the following information ...:", then "a. the name ...;" and
// "b. ..." on lines of their own): its words are theirs. It returns -1
// when the sentence ends with no such list: i and j bound the sentence's
// words as matched, which stop at the first item's letter.
func listedAfter(s string, i, j int) int {
	colon := strings.LastIndexByte(s[i:j], ':')
	if colon < 0 || strings.TrimSpace(s[i+colon+1:j]) != "a" {
		return -1
	}
	end, want := -1, byte('a')
	for _, m := range letteredLine.FindAllStringSubmatchIndex(s[i+colon:], -1) {
		at := i + colon + m[0]
		if s[i+colon+m[2]] != want || end >= 0 && at > end+2 {
			break
		}
		// The item runs to the blank line after it.
		end = len(s)
		if k := strings.Index(s[at+1:], "\n\n"); k >= 0 {
			end = at + 1 + k
		}
		want++
	}
	return end
}

// letteredLine is a line that opens with a small letter and a period.
var letteredLine = mustRx(`(?m)^[ \t]*([a-h])[.)][ \t]`)

// itemAfter reports whether a "but not" in a description of the subpoena
// ends only its item: another item follows, after a semicolon ("...,
// but not the card number; and the IP addresses ..."). The item's own
// words after it name nothing sought (categories blanks them).
func itemAfter(rest, not string) bool {
	return butNot.MatchString(not) && (itemSemicolon.MatchString(rest) || cardFieldsThen.MatchString(rest))
}

// cardFieldsThen is what "but not" leaves out of a card's item, then the
// next item after a comma: "the card number or expiration date, the date
// and time of the account's creation, ...".
var cardFieldsThen = mustRx(`(?i)^\s*(?:the\s+|any\s+)?(?:full\s+)?(?:card(?:'s)?\s+)?(?:number|expiration|expiry|security\s+code|CVV|CVC)\b[^,;.]{0,60},\s+(?:and\s+)?the\s`)

// itemSemicolon ends an item before the next: a semicolon, then a space
// or a line's end ("...security code;\n and\n\n(f) the IP addresses").
var itemSemicolon = mustRx(`;\s`)

// butNot is a "but not" or "and not" that leaves something out of an
// item.
var butNot = mustRx(`(?i)^,?\s*(?:but|and)\s+(?:does\s+|do\s+)?not\b`)

// itemNot begins what an item of a request leaves out: ", but not ...",
// or a proviso ("; provided, however, that it does not include ...").
var itemNot = mustRx(`(?i),\s*(?:but|and)\s+not\b|,\s*but\s+no\b|[;,]\s*provided,?\s+(?:however,?\s+)?that\b`)

// standardContrast follows "rather than" where it sets one standard
// against another: "rather than all documents concerning, ...".
var standardContrast = mustRx(`(?i)^\s*["“]?(?:all\s+)?(?:documents|records|information)\b["”]?[^,;:.]{0,40},`)

// outsideParens returns the first match of re in s that no parenthesis
// opened before it holds, or nil.
func outsideParens(re *rx, s string) []int {
	for _, n := range re.FindAllStringIndex(s, -1) {
		if strings.Count(s[:n[0]], "(") <= strings.Count(s[:n[0]], ")") {
			return n
		}
	}
	return nil
}

// narrativeNot ends what a sentence says a subpoena asks for.
var narrativeNot = mustRx(`(?i),?\s+(?:but|and)\s+(?:does\s+|do\s+)?not\b|\brather than\b|\binstead of\b|\bnot the\b`)

// maxItemGap is the farthest, in bytes, the next item of a list may start
// from the one before: a long request runs to about a page.
const maxItemGap = 2500

func sameKind(a, b string) bool {
	return a == b || a != "labelled" && b != "labelled" && a != "inline" && b != "inline"
}

// readList reads a list of numbered items as requests; false when it is
// not a list of requests (the Intel factors, the order's conditions).
func readList(v *patterns, t *text, s string, list []itemStart) ([]requestText, bool) {
	// The words that lead into the list: the sentence before its first
	// item, and the one before that.
	leadFrom := max(0, list[0].lo-400)
	if i := strings.LastIndex(s[leadFrom:list[0].lo], "\n\n"); i >= 0 && list[0].lo-(leadFrom+i) > 40 {
		leadFrom += i
	}
	leadin := s[leadFrom:list[0].lo]
	if list[0].kind != "labelled" && !v.requestLeadin.MatchString(leadin) {
		return nil, false
	}
	// The standard the lead-in states for items that do not state their
	// own: its last mention before the list.
	var leadStd order.Standard
	var leadAt [2]int
	if all := v.requestStandard.FindAllStringIndex(leadin, -1); len(all) > 0 {
		m := all[len(all)-1]
		leadStd = standardOf(v, strings.Trim(leadin[m[0]:m[1]], `"`))
		leadAt = [2]int{leadFrom + m[0], leadFrom + m[1]}
	}
	var out []requestText
	known := false
	for k, it := range list {
		hi, cut := len(s), true
		if k+1 < len(list) {
			hi, cut = list[k+1].lo, false
			// A line list ends where its items stop: at a paragraph that
			// is no item.
			if m := v.requestEnd.FindStringIndex(s[it.lead:hi]); m != nil && it.kind != "inline" {
				hi = it.lead + m[0] + 1
			}
		} else {
			if m := v.requestEnd.FindStringIndex(s[it.lead:]); m != nil && it.kind != "inline" {
				hi, cut = it.lead+m[0]+1, false
			}
			if e := sentenceEnd(v, s, it.lead); e > 0 && e < hi {
				hi, cut = e, false
			}
			// Items run into a sentence end with their paragraph, though
			// the sentence may not: a recital ends with a semicolon.
			if i := paragraphEnd(s[it.lead:hi]); it.kind == "inline" && i >= 0 {
				hi, cut = it.lead+i, false
			}
			if cut && strings.HasSuffix(strings.TrimSpace(s[it.lead:hi]), ".") {
				cut = false
			}
		}
		if hi < len(s) && s[hi] == '"' {
			hi++
		}
		// An item in a table's cell ends with its cell: the next cell is
		// the court's ruling on it, or another column's words.
		if e := t.cellEnd(it.lead); e >= 0 && e < hi {
			hi, cut = e, false
		}
		end := trimItem(s, it.lead, hi)
		rt := readRequest(v, t, s, it.lead, end)
		rt.req.Number = it.num
		rt.lo, rt.cut, rt.rule = it.lo, cut, it.rl
		rt.lettered = labelStyle(it.label) == "letter"
		if rt.req.Standard == "" && leadStd != "" {
			rt.req.Standard = leadStd
			rt.standardAt = leadAt
		}
		if rt.req.Standard != "" || len(rt.req.Categories) > 0 {
			known = true
		}
		out = append(out, rt)
	}
	// Paragraphs numbered on lines are requests only when the first names
	// what writ knows in its first sentence: the numbered findings of a
	// memorandum order ("1. Kumo is a trading company ...") are not, though
	// one of them may describe the subpoena.
	if list[0].kind == "line" && known {
		end := sentenceEnd(v, s, list[0].lead)
		if end < 0 || end > out[0].hi {
			end = out[0].hi
		}
		first := readRequest(v, t, s, list[0].lead, end)
		known = first.req.Standard != "" || len(first.req.Categories) > 0 || leadStd != ""
	}
	return out, known
}

// paragraphEnd returns where the first paragraph of s ends: at a blank
// line after a line that ends a sentence or a clause. A blank line after
// words that run on ("the IP logs of the", blank, "Account, meaning ...")
// is a double-spaced text's line spacing, not a paragraph's end. -1 when
// there is none.
func paragraphEnd(s string) int {
	for from := 0; ; {
		i := strings.Index(s[from:], "\n\n")
		if i < 0 {
			return -1
		}
		i += from
		line := strings.TrimRight(s[:i], " \t")
		if line == "" || strings.ContainsAny(line[len(line)-1:], ".;:\")") {
			return i
		}
		from = i + 2
	}
}

// sentenceEnd returns the end of the sentence that holds byte i, or -1.
func sentenceEnd(v *patterns, s string, i int) int {
	for _, sn := range sentences(s, i, min(len(s), i+3000), v.abbrev) {
		if i >= sn[0] && i < sn[1] {
			if sn[1] == min(len(s), i+3000) && !strings.HasSuffix(strings.TrimSpace(s[sn[0]:sn[1]]), ".") {
				return -1
			}
			return sn[1]
		}
	}
	return -1
}

// trimItem returns the end of an item without the "; and" or "," that
// joins it to the next.
func trimItem(s string, lo, hi int) int {
	for hi > lo {
		t := strings.TrimRight(s[lo:hi], " \n\t")
		switch {
		case strings.HasSuffix(t, "; and,"), strings.HasSuffix(t, "; and"), strings.HasSuffix(t, ", and"):
			hi = lo + len(t) - len(t[strings.LastIndexAny(t, ";,"):])
		case strings.HasSuffix(t, ";"), strings.HasSuffix(t, ","):
			hi = lo + len(t) - 1
		case strings.HasSuffix(t, " and"):
			hi = lo + len(t) - len(" and")
		default:
			return lo + len(t)
		}
	}
	return hi
}

func standardOf(v *patterns, s string) order.Standard {
	for _, sr := range v.Standards {
		if sr.re.MatchString(s) {
			return order.Standard(sr.Standard)
		}
	}
	return ""
}

// readRequest reads one request's text, clean bytes [lead, hi): its
// standard, history, windows, excluded fields and categories.
func readRequest(v *patterns, t *text, s string, lead, hi int) requestText {
	rt := requestText{lead: lead, hi: hi}
	body := s[lead:hi]
	rt.req.Text = t.words(lead, hi)
	// A request described in prose states its standard after its verb:
	// seeks "all documents" showing ....
	at := 0
	if m := v.requestVerb.FindStringIndex(body); m != nil {
		at = m[1]
	}
	if std := standardOf(v, strings.TrimLeft(body[at:], `"`)); std != "" {
		rt.req.Standard = std
		rt.standardAt = [2]int{lead + at, lead + at + len("all documents")}
	}
	for _, h := range v.History {
		if h.re.MatchString(body) {
			rt.req.History = order.History(h.History)
			break
		}
	}
	// Windows and exclusions are read first and blanked, so that "the date
	// that EACH ACCOUNT was created" and "(but not the credit card number
	// ...)" are not read as categories.
	blank := []byte(body)
	wipe := func(a, b int) {
		for k := a; k < b; k++ {
			if blank[k] != '\n' {
				blank[k] = ' '
			}
		}
	}
	for _, w := range v.Windows {
		for _, m := range w.re.FindAllStringSubmatchIndex(string(blank), -1) {
			win, ok := window(v, w, body, m)
			wipe(m[0], m[1])
			if !ok {
				why := w.Why
				if why == "" {
					why = "the window's bounds could not be read as dates"
				}
				rt.unsupported = append(rt.unsupported, need{why, lead + m[0], lead + m[1]})
				continue
			}
			rt.req.Windows = append(rt.req.Windows, win)
		}
	}
	for _, ex := range exclusions(v, string(blank)) {
		for _, f := range ex.fields {
			if !slices.Contains(rt.excluded, f) {
				rt.excluded = append(rt.excluded, f)
			}
		}
		// The semicolon that ends the exclusion ends the item too: it
		// stays, so that the next item is read on its own.
		wipe(ex.lo, ex.lo+len(strings.TrimRight(body[ex.lo:ex.hi], ";")))
	}
	rt.req.Categories = categories(v, string(blank))
	return rt
}

// exclusion is a phrase that leaves fields out, and the fields it names.
type exclusion struct {
	lo, hi int
	fields []order.Field
}

// exclusions finds what s leaves out: "(but not the credit card number,
// expiration date, or card validation code)", "excluding any full payment
// card number", "shall not reach card numbers". A "but not" that follows
// another exclusion in the same clause takes an exclusion back ("excluding
// the card number, but not the expiration date") and excludes nothing.
func exclusions(v *patterns, s string) []exclusion {
	var out []exclusion
	for _, c := range v.ExcludedContext {
		for _, m := range c.re.FindAllStringSubmatchIndex(s, -1) {
			if c.Negates && excludedBefore(v, s, m[0]) {
				continue
			}
			// "and not \"all documents\" concerning, the following ...":
			// a standard set against another leaves nothing out.
			if len(m) > 3 && m[2] >= 0 && standardContrast.MatchString(s[m[2]:]) {
				continue
			}
			ex := exclusion{lo: m[0], hi: m[1]}
			// What it leaves out ends with the last field it names: in
			// "excluding any full payment card number, and the name ...
			// associated with any other payment method" the words after
			// the number are asked for.
			last := -1
			for _, f := range v.ExcludedFields {
				for _, fm := range f.re.FindAllStringIndex(s[m[2]:m[3]], -1) {
					if !slices.Contains(ex.fields, order.Field(f.Field)) {
						ex.fields = append(ex.fields, order.Field(f.Field))
					}
					last = max(last, m[2]+fm[1])
				}
			}
			if last >= 0 && s[m[1]-1] != ')' {
				ex.hi = last
			}
			out = append(out, ex)
		}
	}
	return out
}

// excludedBefore reports whether an exclusion other than a "but not"
// stands in the clause of s before byte i.
func excludedBefore(v *patterns, s string, i int) bool {
	from := max(strings.LastIndexAny(s[:i], ".;("), 0)
	for _, c := range v.ExcludedContext {
		if c.Negates {
			continue
		}
		if c.re.MatchString(s[from:i]) {
			return true
		}
	}
	return false
}

// categories reads the categories of a request's words, item by item:
// "(v) ALL names and addresses of ALL credit cards" is card_holder alone.
// forEachAccount names the accounts a request is made for, before its
// list: "for each of the two addresses:", "for each Subject Account,".
var forEachAccount = mustRx(`(?i)\bfor (?:each|every|both|all)(?: of)?(?: the| these| those| such)?(?: \w+)? (?:addresses|accounts?|domains?|handles?|usernames?|channels?|profiles?)\s*[:,]`)

func categories(v *patterns, s string) []order.Category {
	// "for each of the two addresses:" names whose documents are sought,
	// not what they show.
	s = forEachAccount.ReplaceAllStringFunc(s, func(m string) string { return strings.Repeat(" ", len(m)) })
	cuts := []int{0}
	for _, m := range v.items.FindAllStringIndex(s, -1) {
		cuts = append(cuts, m[0])
	}
	// A series joined by commas holds items of its own where a part names
	// whose its fields are ("the account holder's name, postal address
	// and telephone number, the name and billing address of any credit
	// card holder, and the IP addresses ..."): the card holder's fields
	// are not the account holder's. A part that names no owner ("the
	// name, the billing address and the e-mail of the holder of any
	// card") may be the next part's, and stays with it.
	from := 0
	for _, m := range seriesThe.FindAllStringIndex(s, -1) {
		// "the name of the holder of, and the bank for, the account ...":
		// a part that ends in a preposition goes on in the next one.
		// A part that lists three fields or more ("names, postal
		// addresses, e-mail addresses, telephone numbers, the name ... of
		// any cardholder") is a list of its own too.
		part := s[from:m[0]]
		// "payment card information ..., including the name of the card
		// holder, the billing address, the last four digits ...": the
		// parts a card's information includes are the card's.
		if cardIncludes.MatchString(part) {
			continue
		}
		if (owned.MatchString(part) || qualified.MatchString(part) || strings.Count(part, ",") >= 2) && !danglingPreposition.MatchString(part) {
			cuts = append(cuts, m[0])
			from = m[0]
		}
	}
	slices.Sort(cuts)
	cuts = append(cuts, len(s))
	found := map[order.Category]bool{}
	for k := 0; k+1 < len(cuts); k++ {
		item := s[cuts[k]:cuts[k+1]]
		// "..., but not the content of any message": what the item
		// leaves out, to its end, is not sought.
		// "documents sufficient to show, and not \"all documents\"
		// concerning, the following ...": one standard set against
		// another leaves nothing out.
		if n := itemNot.FindStringIndex(item); n != nil && !standardContrast.MatchString(item[n[1]:]) {
			item = item[:n[0]]
		}
		for _, c := range itemCategories(v, []byte(item)) {
			found[c] = true
		}
	}
	out := []order.Category{}
	for _, c := range order.Categories {
		if found[c] {
			out = append(out, c)
		}
	}
	return out
}

// seriesThe is where a part of a series begins: ", the" or ", and the".
var seriesThe = mustRx(`,\s+(?:and\s+)?(?:the\s|")`)

// danglingPreposition ends a part of a series whose object is in the
// next part.
var danglingPreposition = mustRx(`\b(?:of|for|to|by|from|with|in)\s*$`)

// qualified is a part of a series that says whose its fields are by what
// they belong to: "the addresses registered to the account", "the e-mail
// addresses associated with it", "the name and e-mail address on the
// account".
var qualified = mustRx(`(?i)\b(?:associated with|registered (?:to|with|for)|linked (?:to|with)|connected (?:to|with)|on file (?:for|with)|provided (?:for|to|with))\s|\bon (?:the|each|its|that|every) (?:account|profile|channel|shop|page)s?\s*$`)

// cardIncludes is a part of a series that lists what a payment card's
// information includes: "payment card information used to pay for
// advertising, including the name of the card holder", "for any payment
// card used on the account, the name of the cardholder, the billing
// address, ...".
var cardIncludes = mustRx(`(?i)\b(?:payment|credit|debit|bank)\s+card\s+(?:information|data|details|records)\b[^;]{0,80}?,?\s+including\b|^\W*(?:for|of|as\s+to)\s+(?:any|each|every|the)\s+(?:payment\s+|credit\s+|debit\s+)?card\b`)

// owned is a part of a series that names whose its fields are.
var owned = mustRx(`\w's\s|\w'\s|\bof\s+(?:the|its|each|any|every|an?)\s`)

// itemCategories reads one item's categories. A match is blanked so that
// later patterns do not read its words again; an item that names a
// category of a group (payment) is that group's categories alone.
func itemCategories(v *patterns, item []byte) []order.Category {
	var all, grouped []order.Category
	group := ""
	for _, c := range v.Categories {
		if group != "" && c.Group != group {
			continue
		}
		ms := c.re.FindAllIndex(item, -1)
		if len(ms) == 0 {
			continue
		}
		for _, m := range ms {
			for i := m[0]; i < m[1]; i++ {
				item[i] = ' '
			}
		}
		if c.Group != "" {
			group = c.Group
			if c.Category != "" {
				grouped = append(grouped, order.Category(c.Category))
			}
			continue
		}
		if c.Category != "" {
			all = append(all, order.Category(c.Category))
		}
	}
	if group != "" {
		return grouped
	}
	return all
}

// window builds a window from a match of its rule; false when the rule
// names a window writ cannot hold, or a bound is not a date.
func window(v *patterns, w windowRule, s string, m []int) (order.Window, bool) {
	switch w.Kind {
	case string(order.AccountCreationDay):
		return order.Window{Kind: order.AccountCreationDay}, true
	case string(order.Range):
	default:
		return order.Window{}, false
	}
	group := func(g int) string {
		if 2*g+1 >= len(m) || m[2*g] < 0 {
			return ""
		}
		return s[m[2*g]:m[2*g+1]]
	}
	bound := func(kind string, g int) (*order.Bound, int, bool) {
		switch kind {
		case "response_date":
			return &order.Bound{Ref: order.RefResponseDate}, g, true
		case "order_date":
			return &order.Bound{Ref: order.RefOrderDate}, g, true
		case "date":
			d, ok := parseDate(group(g))
			return &order.Bound{Date: d}, g + 1, ok
		case "months_before":
			n, ok := number(v, group(g))
			d, ok2 := parseDate(group(g + 1))
			return &order.Bound{Date: d, MonthsBefore: n}, g + 2, ok && ok2 && n > 0 && n < 1000
		}
		return nil, g, false
	}
	from, g, ok1 := bound(w.From, 1)
	to, _, ok2 := bound(w.To, g)
	if !ok1 || !ok2 {
		return order.Window{}, false
	}
	return order.Window{Kind: order.Range, From: from, To: to}, true
}

// reportRequest records where a request's values were read, and what a
// person must supply. list is "requested" or "order/requests".
func (r *run) reportRequest(list string, i int, rt requestText) {
	base := pointer(list, i)
	if strings.HasPrefix(list, "order") {
		base = "/" + list + "/" + strconv.Itoa(i)
	}
	conf := rt.rule.Confidence
	r.found(base+"/text", rt.req.Text, rt.lead, rt.hi, conf, rt.rule.Name)
	r.found(base+"/number", strconv.Itoa(rt.req.Number), rt.lo, rt.lead, conf, rt.rule.Name)
	if rt.req.Standard != "" {
		at := rt.standardAt
		if at[1] <= at[0] {
			at = [2]int{rt.lead, rt.lead + len("all documents")}
		}
		r.found(base+"/standard", string(rt.req.Standard), at[0], min(at[1], len(r.txt)), conf, "standards")
	} else {
		r.need(base+"/standard", "the text does not say whether the request is for all documents or documents sufficient to show", rt.lead, rt.hi)
	}
	if len(rt.req.Categories) > 0 {
		names := make([]string, len(rt.req.Categories))
		for k, c := range rt.req.Categories {
			names[k] = string(c)
		}
		r.found(base+"/categories", strings.Join(names, ", "), rt.lead, rt.hi, conf-0.1, "categories")
	}
	if rt.cut {
		r.need(base+"/categories", "the text ends inside this request, so what it asks for is not all there to read", rt.lead, rt.hi)
	} else if len(rt.req.Categories) == 0 {
		r.need(base+"/categories", "no category writ knows was found in the request's words", rt.lead, rt.hi)
	}
	for k, w := range rt.req.Windows {
		r.found(base+"/windows/"+strconv.Itoa(k), windowString(w), rt.lead, rt.hi, conf-0.05, "windows")
	}
	for _, u := range rt.unsupported {
		r.need(base+"/windows", u.why, u.lo, u.hi)
	}
}

func windowString(w order.Window) string {
	if w.Kind != order.Range {
		return string(w.Kind)
	}
	var from, to string
	if w.From != nil {
		from = w.From.String()
	}
	if w.To != nil {
		to = w.To.String()
	}
	return "from " + from + " to " + to
}
