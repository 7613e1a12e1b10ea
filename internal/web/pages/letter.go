package pages

import (
	"net/http"
	"os"
	"regexp"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/letter"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/production"
	"github.com/writ-project/writ/internal/production/pdf"
	"github.com/writ-project/writ/internal/store"
)

// letterLine is a letter to the court on the case page.
type letterLine struct {
	Objection, Digest string
}

// draftLetterForm drafts the letter advising the court of an objection,
// keeps its PDF with the case and records that it was drafted; the case
// page then offers it for download, and recording the court advised files
// it (the court_advised event names it).
func (s *Pages) draftLetterForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	c, ref, ok := s.pageCase(w, r, p, access.RecordEvent)
	if !ok {
		return
	}
	fail := func(status int, msg string) { s.showCasePage(w, r, p, c, ref, status, msg) }
	now := s.Now()
	a, err := matter.Assess(c.Events, c.Calendar, now)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	id := r.PostFormValue("on")
	con := a.State.Contest(id)
	if con == nil || con.Kind != matter.Objection {
		fail(http.StatusUnprocessableEntity, "on: there is no objection "+id)
		return
	}
	in := letter.Input{Order: a.State.Order, Objection: id, Account: con.Account, Received: courtToday(con.At, c.Calendar.Location),
		Day: courtToday(now, c.Calendar.Location), Mode: letter.Mode(r.PostFormValue("mode")), Summary: r.PostFormValue("summary")}
	for _, d := range a.Duties {
		if d.Contest == id {
			in.Due = d.Due
		}
	}
	// When the objector had notice, until when they could object, and
	// whether this came in time (the latest reading of the calendar).
	if acc := a.State.Accounts[con.Account]; acc != nil && acc.Notice != nil {
		in.Noticed = courtToday(acc.Notice.Sent, c.Calendar.Location)
	}
	for _, w := range a.Windows {
		if w.Account == con.Account && w.Kind == order.ObjectInWriting {
			in.WindowCloses, in.WindowLatest = w.Closes, w.DueLatest
		}
	}
	for _, v := range a.Objections {
		if v.ID == id {
			in.Late = !v.Timely
		}
	}
	for _, e := range c.Events {
		if e.Type == matter.ObjectionReceived && e.ID == id {
			in.Text = e.Note
			for _, at := range e.Attachments {
				in.Attachments = append(in.Attachments, at.Name+" (SHA-256 "+at.SHA256+")")
			}
		}
	}
	font, err := s.letterFont()
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	l, err := letter.Draft(font, in)
	if err != nil {
		s.formRefused(w, r, p, err)
		return
	}
	digest, err := s.Cases.Store.PutBlob(r.Context(), c.ID, l.PDF)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	e := matter.Event{Type: matter.LetterDrafted, Actor: p.Actor(), On: []string{id}, Digest: digest, Note: string(in.Mode)}
	if _, err := s.Cases.Record(r.Context(), c.ID, e, r.PostFormValue("key")); err != nil {
		s.formRefused(w, r, p, err)
		return
	}
	http.Redirect(w, r, "/cases/"+c.ID+"#letters", http.StatusSeeOther)
}

// letterFont loads the font letters are set in (the productions' font).
func (s *Pages) letterFont() (*pdf.Font, error) {
	path := production.DefaultFontPath
	if s.Packages != nil && s.Packages.Font != "" {
		path = s.Packages.Font
	}
	ttf, err := os.ReadFile(path)
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "the font %s for the letter's PDF cannot be read", path)
	}
	return pdf.LoadFont(ttf)
}

var hexDigest = regexp.MustCompile(`^[0-9a-f]{64}$`)

// letterDownload serves a drafted letter's PDF to staff, and to the court
// once it was advised of the objection.
func (s *Pages) letterDownload(w http.ResponseWriter, r *http.Request, p access.Principal) {
	c, ref, ok := s.pageCase(w, r, p, access.ViewObjectionText)
	if !ok {
		return
	}
	digest := r.PathValue("digest")
	line, ok := letterOf(c, digest)
	if !hexDigest.MatchString(digest) || !ok {
		s.pageFault(w, r, p, fault.Errorf(fault.NotFound, "there is no such letter in case %s", c.ID))
		return
	}
	if !access.Can(p, access.RecordEvent, ref) {
		// The court sees a letter once it was advised of its objection.
		st := matter.Apply(c.Events, s.Now())
		if con := st.Contest(line.Objection); con == nil || con.Advised.IsZero() {
			s.pageFault(w, r, p, fault.Errorf(fault.NotFound, "there is no such letter in case %s", c.ID))
			return
		}
	}
	b, err := s.Cases.Store.Blob(r.Context(), c.ID, digest)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	if err := s.Seen.Record(r.Context(), p, c.ID, "page:letter", store.SeenObjectionText); err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	ctype, ext := detected(b)
	download(w, c.Order.CaseNumber+" "+line.Objection+" letter to the court "+digest[:8]+ext, ctype, b)
}

// letterOf finds the letter a case drafted under a digest.
func letterOf(c *cases.Case, digest string) (letterLine, bool) {
	for _, e := range c.Events {
		if e.Type == matter.LetterDrafted && e.Digest == digest && len(e.On) == 1 {
			return letterLine{Objection: e.On[0], Digest: digest}, true
		}
	}
	return letterLine{}, false
}

// lettersOf lists the letters of a case, the last drafted for each
// objection, as of now.
func lettersOf(st *matter.State) map[string]string {
	out := map[string]string{}
	for _, con := range st.Contests {
		if con.Letter != "" {
			out[con.ID] = con.Letter
		}
	}
	return out
}
