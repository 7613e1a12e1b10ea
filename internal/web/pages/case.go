package pages

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/letter"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/casefile"
	"github.com/writ-project/writ/internal/words"
)

// caseData is the case page. For the applicant's counsel only the fields
// casefile.Redact keeps are filled, with the use restriction; the
// timeline, the windows, the contests and the gate's reasons, which name
// accounts, stay empty (invariant 3).
type caseData struct {
	View     casefile.CaseView
	Use      order.UseRestriction
	Timeline []eventLine
	// Forms are the next lawful acts the principal may record.
	Forms    forms
	CanAudit bool
	Today    string
	Key      string
	// CanAcknowledge is set for counsel who have not yet acknowledged the
	// use restriction; Acknowledged is when they did.
	CanAcknowledge bool
	Acknowledged   string
	// Productions are the case's productions the principal may see;
	// CanProduce offers the build when the gate is open.
	Productions []productionLine
	CanProduce  bool
	// CanPreserve offers preserving the accounts' records while one of
	// them has none preserved, where the server reads the platform's.
	CanPreserve bool
	// CanMail offers sending the notices owed by e-mail.
	CanMail bool
	// Portal lists the links into the account holders' portal issued
	// for the case (for staff): to whom, when, until when, whether used.
	Portal []store.PortalToken
	// Letters maps each objection to the digest of its last drafted letter
	// to the court (for staff, and the court once advised), and
	// LetterFiles to its papers and, for staff, what to fill in and to
	// check before filing it.
	Letters     map[string]string
	LetterFiles map[string]letterFiles
	// AsOf is the day the page shows the case as of, when it is not
	// today (the "now" query parameter); no forms are offered then.
	AsOf string
	// Now is now in the court's zone as a datetime-local field takes it,
	// the default of every form's time; Zone names that zone.
	Now, Zone string
	// CanAsOf offers to show the case as of another day (not to counsel).
	CanAsOf bool
	// Header is the head of the page: the gate, the next due date, the
	// next act; Causes are the gate's causes, each said once.
	Header caseHeader
	Causes []causeLine
}

// eventLine is one event of the timeline.
type eventLine struct {
	Seq  int64
	Type string
	// At is when it happened and Recorded when writ was told, both in
	// the court's zone with the time of day.
	At      string
	Day     courttime.Date
	Account string
	Subject string
	Outcome string
	Note    string
	// Recorded is when writ was told, By who told it (their name).
	Recorded string
	By       string
	// Superseded says which correction superseded the event, if one did.
	Superseded string
	// Attachments are the files sent with an objection or a motion, for
	// those who may read its text.
	Attachments []matter.Attachment
	// Proof is the digest of a notice's proof (a notice sent by e-mail),
	// for those who may have it (proofShown).
	Proof string
}

// forms lists what can lawfully be recorded next, and only what the
// principal's role may record.
type forms struct {
	Serve bool
	// Notices: accounts without a notice, once the subpoena is served.
	Notices []string
	// Objections: accounts noticed whose holders may still object.
	Objections []string
	// Advise: objections the court has not been advised of; SealAsked
	// those whose holders asked that they be filed under seal.
	Advise    []string
	SealAsked map[string]bool
	// SealLocal: the letter asks for the seal under the court's local
	// rules (writ knows the Northern District of California's), not the
	// Federal Rules.
	SealLocal bool
	// Delivery: accounts whose notice in effect is not known to have
	// arrived (delivered, or failed and to be given another way).
	Delivery []string
	// Withdraw: pending objections and motions, which their authors may
	// withdraw.
	Withdraw []contestForm
	// Motion: whether a motion to quash or modify may be recorded (by the
	// platform, or by the holder of one of MotionAccounts).
	Motion         bool
	MotionAccounts []string
	// Rule: contests pending before the court.
	Rule []contestForm
	// Correct: the events a correction may supersede.
	Correct []correctable
	// Accounts are the order's targets (for a correction's account).
	Accounts []string
	// Scope is the scope in force, which a modifying ruling narrows by
	// unticking what the court took out (never as JSON).
	Scope *scopeChoice
}

// contestForm is an objection or a motion a form acts on.
type contestForm struct {
	ID      string
	Motion  bool
	Account string
}

// correctable is an event a correction may supersede, as a form offers it.
type correctable struct {
	Seq   int64
	Label string
}

func (f forms) Any() bool {
	return f.Serve || f.Motion || len(f.Notices)+len(f.Objections)+len(f.Advise)+len(f.Rule)+len(f.Delivery)+len(f.Withdraw)+len(f.Correct) > 0
}

// casePage shows a case as of now.
func (s *Pages) casePage(w http.ResponseWriter, r *http.Request, p access.Principal) {
	c, ref, ok := s.pageCase(w, r, p, access.ViewCaseStatus)
	if !ok {
		return
	}
	s.showCasePage(w, r, p, c, ref, http.StatusOK, "")
}

// pageNow is the moment a case page shows the case as of: now, or the
// end of the day (or the instant) its "now" query parameter names, to
// see what was so on a day past or what will be on a day to come.
// asOf is false when the page shows now.
func (s *Pages) pageNow(r *http.Request, c *cases.Case) (now time.Time, asOf bool, err error) {
	q := r.URL.Query().Get("now")
	if q == "" || r.Method != http.MethodGet {
		return s.Now(), false, nil
	}
	t, err := cases.ParseMoment(q, c.Calendar.Location, true)
	if err != nil {
		return s.Now(), false, fault.Wrap(fault.Invalid, err, "now: %s", err.Error())
	}
	return t, true, nil
}

// showCasePage renders the case page, with msg (a refusal) when a form
// failed.
func (s *Pages) showCasePage(w http.ResponseWriter, r *http.Request, p access.Principal, c *cases.Case, ref access.CaseRef, status int, msg string) {
	now, asOf, err := s.pageNow(r, c)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	if asOf && !access.Can(p, access.ViewCaseAsOf, ref) {
		// As of one day after another, the gate would tell counsel when
		// each holder's window closed, and so when each was noticed.
		s.pageFault(w, r, p, &fault.Error{Code: fault.Invalid, Field: "now", Message: "the applicant's counsel see the case as it stands now"})
		return
	}
	a, err := matter.Assess(c.Events, c.Calendar, now)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	v := casefile.View(c, a)
	loc := c.Calendar.Location
	lang := pageLanguage(r)
	d := caseData{Use: c.Order.UseRestriction, CanAudit: access.Can(p, access.ViewAudit, ref), CanAsOf: access.Can(p, access.ViewCaseAsOf, ref),
		Today: courtToday(now, loc).String(), Key: formKey(),
		Now: now.In(loc).Format("2006-01-02T15:04:05"), Zone: c.Calendar.TimeZone + ", " + now.In(loc).Format("MST")}
	if asOf {
		d.AsOf = courtToday(now, c.Calendar.Location).Long()
	}
	var dir func(string) string
	if s.Packages != nil {
		dir = func(id string) string { return s.Packages.Path(c.ID, id) }
	}
	d.Productions = productionsFor(lang, p, ref, c, a.State, now, s.actorNames(r.Context(), lang), dir)
	d.CanProduce = !asOf && s.Packages != nil && a.Gate.Open && access.Can(p, access.Produce, ref)
	d.CanPreserve = !asOf && s.Packages != nil && s.Packages.Source != nil && a.State.Closed.IsZero() && unpreserved(a.State) &&
		access.Can(p, access.Produce, ref)
	if t := a.State.Acknowledged; !t.IsZero() {
		d.Acknowledged = courtToday(t, c.Calendar.Location).Long()
	} else {
		d.CanAcknowledge = !asOf && access.Can(p, access.AcknowledgeUse, ref)
	}
	if !access.Can(p, access.ViewObjectionText, ref) {
		d.View = casefile.Redact(v)
		d.Header = caseHeader{Open: d.View.Gate.Open, Why: gateWhy(lang, d.View), Due: nextDutyDue(d.View.Duties)}
		d.Header.Next = nextAct(lang, d, nil)
		s.render(w, r, status, "case", page{Title: c.Order.CaseNumber, Principal: &p, Message: msg, Data: d})
		return
	}
	d.View = v
	d.Letters = lettersOf(a.State)
	if s.Tokens != nil && access.Can(p, access.RecordEvent, ref) {
		if d.Portal, err = s.Tokens.PortalTokens(r.Context(), c.ID); err != nil {
			s.pageFault(w, r, p, err)
			return
		}
	}
	if !access.Can(p, access.RecordEvent, ref) {
		for id := range d.Letters {
			if con := a.State.Contest(id); con == nil || con.Advised.IsZero() {
				delete(d.Letters, id)
			}
		}
	}
	d.LetterFiles = letterFilesOf(c, d.Letters, access.Can(p, access.RecordEvent, ref))
	var seen []string
	d.Timeline, seen = timeline(lang, c, a, now, access.Can(p, access.ViewIdentities, ref), s.actorNames(r.Context(), lang))
	for i, e := range c.Events {
		if e.Type == matter.NoticeSent && e.Digest != "" && !e.At.After(now) && proofShown(p, ref, a.State, e.Account) {
			for j := range d.Timeline {
				if d.Timeline[j].Seq == c.Stored[i].Seq {
					d.Timeline[j].Proof = e.Digest
				}
			}
		}
	}
	if err := s.Seen.Record(r.Context(), p, c.ID, "page:case", seen...); err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	if !asOf {
		d.Forms = nextActs(lang, a, c, access.Can(p, access.RecordEvent, ref), access.Can(p, access.RecordRuling, ref))
		d.CanMail = s.SendNotices != nil && len(d.Forms.Notices) > 0
	}
	d.Causes = causeLines(lang, v.Gate)
	d.Header = caseHeader{Open: v.Gate.Open, Why: gateWhy(lang, v), Due: nextDutyDue(v.Duties)}
	var tasks []matter.Task
	if access.Can(p, access.RecordEvent, ref) {
		tasks = matter.Tasks(a)
	}
	d.Header.Next = nextAct(lang, d, tasks)
	s.render(w, r, status, "case", page{Title: c.Order.CaseNumber, Principal: &p, Message: msg, Data: d})
}

// actorNames returns a function that names the actor of an event for a
// page in lang: a signed-in user by their name and role ("Jane Doe
// (staff)"), the portal as the account holder, anything else (the
// command line's "os:alice", the demo) as recorded. Users are looked up
// once per page.
func (s *Pages) actorNames(ctx context.Context, lang *words.Language) func(string) string {
	names := map[string]string{}
	return func(actor string) string {
		if n, ok := names[actor]; ok {
			return n
		}
		name := actor
		if role, id, ok := strings.Cut(actor, ":"); ok && s.Users != nil && strings.HasPrefix(id, "u-") {
			if u, err := s.Users.User(ctx, id); err == nil {
				name = sentence(lang, "pages.timeline.actor", u.Name, codeWords(lang, "role", role))
			}
		}
		if strings.HasPrefix(actor, "portal:") {
			name = sentence(lang, "pages.timeline.portal")
		}
		names[actor] = name
		return name
	}
}

// timeline lists a case's events as recorded, each with when it happened
// and when writ was told, in the court's zone, and who told it; an event a
// correction superseded says so. Staff see every note; the court sees the
// text of an objection once it was advised to it, and of a motion, which
// was filed with it; no one but staff sees the platform's account ids.
// Events after now (a page shown as of a day past) are left out. seen
// lists the kinds of a person's data the timeline shows (for the access
// log). Its words are lang's; the notes are as people wrote them.
func timeline(lang *words.Language, c *cases.Case, a *matter.Assessment, now time.Time, staff bool, name func(string) string) (lines []eventLine, seen []string) {
	loc := c.Calendar.Location
	supersededBy := map[int64]int64{}
	for _, e := range c.Events {
		if e.Type == matter.Correction {
			supersededBy[e.Corrects] = e.Seq
		}
	}
	for i, e := range c.Events {
		if e.At.After(now) {
			continue
		}
		l := eventLine{Seq: e.Seq, Type: string(e.Type), At: momentWords(lang, e.At.In(loc)), Day: courtToday(e.At, loc),
			Account: e.Account, By: name(e.Actor)}
		if e.Outcome != "" {
			l.Outcome = codeWords(lang, "outcome", e.Outcome)
		}
		if !e.RecordedAt.IsZero() {
			l.Recorded = momentWords(lang, e.RecordedAt.In(loc))
		}
		if i < len(c.Stored) {
			l.Seq = c.Stored[i].Seq
		}
		if by, ok := supersededBy[e.Seq]; ok {
			l.Superseded = sentence(lang, "pages.timeline.superseded", by)
		}
		if e.ID != "" {
			l.Subject = e.ID
		} else if len(e.On) > 0 {
			l.Subject = strings.Join(e.On, ", ")
		}
		if e.Type == matter.Correction {
			l.Subject = sentence(lang, "pages.timeline.event", e.Corrects)
			l.Note = sentence(lang, "pages.timeline.why", e.Note)
			if r := e.Replacement; r != nil {
				l.Note += sentence(lang, "pages.timeline.restated", codeWords(lang, "event", r.Type), momentWords(lang, r.At.In(loc)))
				if r.Account != "" {
					l.Account = r.Account
				}
			} else {
				l.Note += sentence(lang, "pages.timeline.struck")
			}
			lines = append(lines, l)
			continue
		}
		switch {
		case staff:
			l.Note = e.Note
			if e.Note != "" {
				seen = append(seen, store.SeenNotes)
				if e.Type == matter.ObjectionReceived || e.Type == matter.MotionFiled {
					seen = append(seen, store.SeenObjectionText)
				}
			}
			if e.AccountID != "" {
				l.Note = sentence(lang, "pages.timeline.account_id", e.AccountID, l.Note)
				seen = append(seen, store.SeenAccountIDs)
			}
		case casefile.TextShown(e, a.State):
			l.Note = e.Note
			if e.Note != "" {
				seen = append(seen, store.SeenObjectionText)
			}
			l.Attachments = e.Attachments
		}
		if staff {
			l.Attachments = e.Attachments
		}
		lines = append(lines, l)
	}
	return lines, seen
}

// sealAsked reports whether the holder who sent objection id asked that
// it be filed under seal (as the record stands after corrections).
func sealAsked(c *cases.Case, id string) bool {
	for _, e := range matter.Effective(c.Events) {
		if e.Type == matter.ObjectionReceived && e.ID == id {
			return e.SealRequested
		}
	}
	return false
}

// nextActs lists the acts that can lawfully be recorded now and that the
// principal may record: service until it is recorded; then a notice to
// each account without one; an objection from each noticed account; the
// advice to the court of each pending objection not yet advised; a ruling
// on each pending contest. The events a correction may supersede are
// labelled in lang.
func nextActs(lang *words.Language, a *matter.Assessment, c *cases.Case, record, rule bool) forms {
	var f forms
	s := a.State
	if record {
		// A service is recorded until one is in effect that carried the
		// order and conforms; a defective one is cured by serving again.
		f.Serve = s.Service == nil || !s.Service.WithOrder || !s.Service.Conforms
		if s.Service != nil {
			for _, t := range s.Order.Targets {
				acc := s.Accounts[t.Label]
				if acc == nil || acc.Notice == nil {
					f.Notices = append(f.Notices, t.Label)
					continue
				}
				if acc.Notice.Delivered.IsZero() {
					f.Delivery = append(f.Delivery, t.Label)
				}
				if acc.Sustained.IsZero() {
					f.Objections = append(f.Objections, t.Label)
				}
			}
			f.Motion, f.MotionAccounts = true, f.Objections
		}
		for _, t := range s.Original.Targets {
			f.Accounts = append(f.Accounts, t.Label)
		}
		f.Correct = correctables(lang, c)
	}
	for _, k := range s.Contests {
		if k.Resolved() {
			continue
		}
		cf := contestForm{ID: k.ID, Motion: k.Kind == matter.Motion, Account: k.Account}
		if record {
			if k.Kind == matter.Objection && k.Advised.IsZero() {
				f.Advise = append(f.Advise, k.ID)
				if sealAsked(c, k.ID) {
					if f.SealAsked == nil {
						f.SealAsked = map[string]bool{}
					}
					f.SealAsked[k.ID] = true
					f.SealLocal = c.Order != nil && letter.KnowsLocalRules(c.Order.Court)
				}
			}
			f.Withdraw = append(f.Withdraw, cf)
		}
		if rule {
			f.Rule = append(f.Rule, cf)
		}
	}
	if len(f.Rule) > 0 && s.Order != nil {
		f.Scope = newScopeChoice(s.Order)
	}
	return f
}

// correctables lists the events in effect that a correction may
// supersede: the facts told to writ, not what writ did (an act stands; a
// production is voided instead), nor the order entered; each labelled in
// lang.
func correctables(lang *words.Language, c *cases.Case) []correctable {
	var out []correctable
	loc := c.Calendar.Location
	for _, e := range matter.Effective(c.Events) {
		if e.Type == matter.OrderEntered || matter.IsAct(e.Type) {
			continue
		}
		seq := e.Seq
		if e.CorrectedBy != 0 {
			seq = e.CorrectedBy
		}
		label := fmt.Sprintf("%d · %s · %s", e.Seq, codeWords(lang, "event", e.Type), e.At.In(loc).Format("2006-01-02 15:04 MST"))
		if e.Account != "" {
			label += " · " + e.Account
		}
		if e.ID != "" {
			label += " · " + e.ID
		}
		out = append(out, correctable{Seq: seq, Label: label})
	}
	return out
}
