package reader

import (
	"slices"

	"github.com/writ-project/writ/internal/order"
)

// statement is one sentence that says what the court does with the
// application, read as a disposition.
type statement struct {
	d       order.Disposition
	partial bool // "denied as to device identifiers": a grant in part
	// motion is set for what is said of a motion other than the
	// application (to quash, to amend, a platform's letter motion).
	motion bool
	i, j   int
	conf   float64
	rule   string
}

// disposition reads what the order does with the application: what its
// operative part says ("The application is GRANTED as modified"), else
// what it says before ("the Court GRANTS the application IN PART"), else
// its title ("ORDER GRANTING IN PART ..."). The words after the verb
// qualify it: in part, as modified or with modifications, or denied only
// as to one thing, which grants the rest.
func (r *run) disposition() {
	var before, after []statement
	all := sentences(r.txt, 0, len(r.txt), r.v.abbrev)
	if r.letter[1] > 0 && r.conclusion >= 0 {
		// An endorsement's first words may follow the letter's signature
		// with no period between them: its sentences are its own.
		all = append(sentences(r.txt, 0, r.conclusion, r.v.abbrev), r.ownSentences()...)
	}
	// A sentence that runs into the operative part (a notice's "Docket
	// Text:" with no period before it, "For these reasons, IT IS
	// ORDERED that ...") is read as two: what precedes the operative part,
	// and the operative part's own words.
	if c := r.conclusion; c > 0 {
		for i, s := range all {
			if s[0] < c && c < s[1] {
				all = slices.Insert(slices.Delete(all, i, i+1), i, [2]int{s[0], c}, [2]int{c, s[1]})
				break
			}
		}
	}
	// A document attached after the order's signature (the report it
	// adopts) recommends; it disposes of nothing.
	own := r.attachedAt()
	for _, s := range all {
		// What a letter-motion asks the court to do is no disposition.
		if r.inLetter(s[0]) || s[0] >= own {
			continue
		}
		text := r.txt[s[0]:s[1]]
		for _, rl := range r.v.DispositionStatement {
			m := rl.re.FindStringSubmatchIndex(text)
			if m == nil {
				continue
			}
			// "Movant's Motion to Quash Subpoena and Vacate Order Granting
			// Ex Parte Application (Dkt. No. 14) is GRANTED": the
			// application is the title's, the motion is what is decided.
			if rl.Name == "application_is" && inMotionTitle.MatchString(text[:m[0]]) {
				continue
			}
			st := r.classify(text[m[2]:m[3]], text[m[4]:m[5]])
			st.i, st.j, st.conf, st.rule = s[0]+m[0], s[0]+m[1], rl.Confidence, rl.Name
			st.motion = rl.Kind == "motion_to_quash" || rl.Kind == "motion_at_issue" || rl.Kind == "motion_on_order" || rl.Name == "application_is" && letterMotion.MatchString(text[m[0]:m[2]])
			// A bare "GRANTED." is a disposition only as the judge's
			// endorsement of a letter-motion.
			if rl.Kind == "endorsement" && (r.letter[1] == 0 || r.conclusion < 0 || s[0] < r.conclusion || s[0] >= r.operativeEnd) {
				continue
			}
			// "The Motion is GRANTED in part" decides the motion to quash
			// only in an order that is on one.
			if rl.Kind == "motion_at_issue" && !r.v.motionAtIssue.MatchString(r.txt[:max(r.conclusion, 0)]) {
				continue
			}
			// A document adopted with the court's changes ("APPROVED as
			// modified", "SO ORDERED, with the following changes") grants
			// the application with modifications; adopted as it stands, it
			// says nothing of the application. (A grant of the application
			// itself "with the changes stated above" stays a grant: its
			// changes are read as the requests' own.)
			if rl.Kind == "adopted_document" {
				if st.d == order.Granted && withChanges.MatchString(text[m[4]:m[5]]) {
					st.d = order.GrantedWithModifications
				}
				if st.d != order.GrantedWithModifications || r.v.stipulationDeclined.MatchString(text) {
					continue
				}
			}
			// A motion on an earlier order is decided only in an order
			// that recites the earlier grant.
			if rl.Kind == "motion_on_order" && recitedGrant.FindStringIndex(r.txt[:s[0]]) == nil {
				continue
			}
			// A motion on that order denied changes nothing: the
			// application stands as the earlier order granted it (the
			// recited grant, below).
			if rl.Kind == "motion_on_order" && st.d == order.Denied {
				continue
			}
			// Requests granted by number, and another denied by number
			// after them: the application is granted in part.
			if rl.Kind == "requests" && st.d == order.Granted && (requestDeniedAfter.MatchString(r.txt[s[0]+m[1]:min(len(r.txt), s[0]+m[1]+2000)]) || requestDeniedBefore.MatchString(r.txt[max(0, s[0]+m[0]-300):s[0]+m[0]])) {
				st.d = order.GrantedInPart
			}
			if rl.Kind == "motion_to_quash" || rl.Kind == "motion_at_issue" {
				var ok bool
				if st, ok = subpoenaStands(st, text[:m[2]]); !ok {
					continue
				}
			}
			if r.conclusion >= 0 && s[0] >= r.conclusion {
				after = append(after, st)
			} else {
				before = append(before, st)
			}
			break
		}
	}
	if st, ok := settle(after); ok {
		r.setDisposition(st)
		return
	}
	if st, ok := settle(before); ok {
		r.setDisposition(st)
		return
	}
	// A stipulation so ordered after the court granted the application
	// ("WHEREAS, on October 15, 2026, the Court granted the application
	// ..."), which it does not undo, decides nothing anew: the
	// application stands granted.
	if m := recitedGrant.FindStringIndex(r.txt); m != nil && !r.v.vacates.MatchString(r.txt) {
		r.setDisposition(statement{d: order.Granted, i: m[0], j: m[1], conf: 0.75, rule: "recited_grant"})
		return
	}
	// A stipulation so ordered that says nothing of the application
	// orders what the parties agreed: the subpoena served on its terms.
	if r.stipulated {
		r.setDisposition(statement{d: order.Granted, i: r.conclusion, j: r.conclusion, conf: 0.75, rule: "so_ordered_stipulation"})
		return
	}
	for _, rl := range r.v.DispositionTitle {
		if m := rl.re.FindStringSubmatchIndex(r.txt); m != nil {
			st := r.classify(r.txt[m[2]:m[3]], r.txt[m[4]:m[5]])
			st.i, st.j, st.conf, st.rule = m[0], m[1], rl.Confidence, rl.Name
			if !st.partial {
				r.setDisposition(st)
			}
			return
		}
	}
}

// inMotionTitle ends the words of a motion's title before the application
// it names: "Motion to Quash Subpoena and Vacate Order Granting Ex Parte".
var inMotionTitle = mustRx(`(?i)\bmotion (?:to|for)\b[^.;]{0,80}?\border (?:granting|on|re)\s+(?:the\s+|an?\s+)?(?:ex parte\s+)?$`)

// requestDeniedAfter is a request denied by its number: "Request 5
// (Steam Wallet ... records) is DENIED".
var requestDeniedAfter = mustRx(`\bRequests? (?:Nos?\. ?)?\d+\b[^.;]{0,120}?\b(?:is|are) (?:hereby |therefore |also )?(?:DENIED|denied|STRICKEN|stricken)\b`)

// requestDeniedBefore is a request denied by its number in the sentence
// before those granted: "Requests 5 and 6 are DENIED. Requests 1 through
// 4 are GRANTED."
var requestDeniedBefore = mustRx(`\bRequests? (?:Nos?\. ?)?\d+\b[^.;]{0,120}?\b(?:is|are) (?:hereby |therefore |also )?(?:DENIED|denied|STRICKEN|stricken)\.\s+$`)

// withChanges are the court's changes to a document it adopts, after the
// verb: "SO ORDERED, with the following changes", "APPROVED with these
// changes".
var withChanges = mustRx(`(?i)^\W{0,3}(?:and [^.;]{0,40}?)?\bwith (?:the following|these|two|three|one|the changes|certain) ?(?:changes?|amendments?|revisions?)?\b`)

// subpoenaStands turns what an order does with a motion to quash into what
// becomes of the subpoena the application asked for: the motion granted or
// denied in part leaves it standing in part, the motion denied leaves it
// standing as authorized. A motion granted outright quashes the subpoena
// or modifies it, which the words must say; it is left to a person (false).
// So is a motion the sentence only foresees ("if the motion to quash is
// denied, Example shall produce ..."): before is the sentence up to the
// verb.
func subpoenaStands(st statement, before string) (statement, bool) {
	if foreseen.MatchString(before) {
		return st, false
	}
	switch {
	case st.d == order.GrantedInPart:
		return st, true
	case st.d == order.Denied:
		st.d = order.Granted
		return st, true
	}
	return st, false
}

// foreseen are words that make a motion's fate a condition, not a
// decision.
var foreseen = mustRx(`(?i)\b(?:if|unless|until|when|whenever|whether|should|once|after|before|pending|in the event)\b`)

// classify reads a disposition from its verb and the words after it.
func (r *run) classify(verb, rest string) statement {
	st := statement{d: order.Granted}
	switch verb[0] {
	case 'd', 'D':
		st.d = order.Denied
	}
	for _, q := range r.v.DispositionQualifiers {
		if !q.re.MatchString(rest) {
			continue
		}
		switch order.Disposition(q.Disposition) {
		case "partial_denial":
			if st.d == order.Denied {
				st.d, st.partial = order.GrantedInPart, true
			}
		case order.GrantedInPart:
			st.d = order.GrantedInPart
		case order.GrantedWithModifications:
			if st.d == order.Granted {
				st.d = order.GrantedWithModifications
			}
		}
	}
	return st
}

// settle reads the disposition of a part of the order from its
// statements: in part when any says so (a grant, and a denial as to one
// thing), else the first; a grant the part then says is made as modified
// ("1. The Application is GRANTED. ... Subject to those changes, the
// Application is GRANTED as modified") is a grant with modifications.
func settle(sts []statement) (statement, bool) {
	// What the order says of the application itself ("The application
	// (ECF No. 1) is GRANTED", "remains GRANTED") stands over what it
	// says of a motion on it ("Example's letter motion is GRANTED IN
	// PART").
	if slices.ContainsFunc(sts, func(st statement) bool { return !st.motion }) {
		sts = slices.DeleteFunc(slices.Clone(sts), func(st statement) bool { return st.motion })
	}
	for _, st := range sts {
		if st.d == order.GrantedInPart {
			return st, true
		}
	}
	for i, st := range sts {
		if st.partial {
			continue
		}
		if st.d == order.Granted {
			for _, later := range sts[i+1:] {
				if later.d == order.GrantedWithModifications {
					return later, true
				}
			}
		}
		return st, true
	}
	return statement{}, false
}

// letterMotion opens a statement on a letter motion: "Example's letter
// motion (ECF No. 10) is GRANTED IN PART".
var letterMotion = mustRx(`(?i)^letter[- ]motion\b`)

func (r *run) setDisposition(st statement) {
	r.p.Order.Disposition = st.d
	// An order that decides nothing of the application anew, which an
	// earlier order granted, authorizes only the scope it states itself.
	r.recited = st.rule == "recited_grant" || st.rule == "motion_on_order_is"
	r.found("/order/disposition", string(st.d), st.i, st.j, st.conf, st.rule)
}

// recitedGrant is the court's own earlier grant of the application, as a
// stipulation recites it.
var recitedGrant = mustRx(`(?i)\b(?:the|this) Court\s+(?:previously\s+|earlier\s+)?(?:granted|allowed)(?:,\s+with\s+modifications,)?\s+(?:the|its|(?:[\w.&'-]+\s+){0,4}[\w.&'-]+'s)\s+(?:ex\s+parte\s+)?application\b|\b(?:the\s+Court's\s+)?order\s+of\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4}\b(?:[^.;]|\b(?:No|Nos|Dkt|Doc)\.){0,80}?\bwhich\s+granted(?:\s+in\s+part)?\s+(?:the|its)\s+(?:ex\s+parte\s+)?application\b|\b(?:the|this) (?:[A-Z][a-z]+ \d{1,2}(?:, \d{4})? )?Order\b(?:[^.;]|\b(?:Inc|Corp|Co|Ltd|No|Nos|Dkt|Doc|v|U\.S\.C|U\.S|F|Supp|App)\.){0,300}?\band\s+granted\s+(?:the|its)\s+application\b`)
