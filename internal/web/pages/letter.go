package pages

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"path"
	"regexp"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/letter"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/production/pdf"
	"github.com/writ-project/writ/internal/store"
)

// letterLine is a file of a letter to the court: the papers in one file
// (Digest is the event's), or one of them.
type letterLine struct {
	Objection, Digest string
	// Name is the paper's file name ("notice-obj-1.pdf"); "" for the
	// papers in one file.
	Name string
}

// letterFiles is what the case page shows beside a letter: each paper as
// its own PDF and, to staff, what to fill in and to check before filing.
type letterFiles struct {
	Papers         []matter.Attachment
	Blanks, Checks []string
}

// draftLetterForm drafts the letter advising the court of an objection
// and records that it was drafted, keeping with the event, in its
// transaction, the papers in one PDF (the event's digest) and each paper
// as its own (its attachments), so that a refused event keeps no file. The
// event's note keeps the mode and what the draft left to fill in and to
// check. The case page then offers them for download, and recording the
// court advised files the letter (the court_advised event names it).
func (s *Pages) draftLetterForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	c, _, ok := s.pageCase(w, r, p, access.RecordEvent)
	if !ok {
		return
	}
	now := s.Now()
	a, err := matter.Assess(c.Events, c.Calendar, now)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	in, err := s.letterInput(c, a, r.PostFormValue("on"), letter.Mode(r.PostFormValue("mode")), r.PostFormValue("summary"), now)
	if err != nil {
		s.formRefused(w, r, p, err)
		return
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
	e := matter.Event{Type: matter.LetterDrafted, Actor: p.Actor(), On: []string{in.Objection}, Digest: sha256Hex(l.PDF),
		Note: letterNote(in.Mode, l.Blanks, l.Checks)}
	blobs := [][]byte{l.PDF}
	for _, pp := range l.Papers {
		e.Attachments = append(e.Attachments, matter.Attachment{Name: pp.Name, Type: "application/pdf", Size: int64(len(pp.PDF)), SHA256: sha256Hex(pp.PDF)})
		blobs = append(blobs, pp.PDF)
	}
	if _, err := s.Cases.RecordWith(r.Context(), c.ID, e, r.PostFormValue("key"), blobs...); err != nil {
		s.formRefused(w, r, p, err)
		return
	}
	http.Redirect(w, r, "/cases/"+c.ID+"#letters", http.StatusSeeOther)
}

// letterInput is what the letter advising the court of objection id is
// drafted from, as the case stands at now: when it came and by when the
// court must be advised, when its author had notice and until when they
// could object, whether it came in time, its text and files, counsel who
// sign, and the day of a production released to the applicant before it
// came (the letter then says so rather than that nothing was disclosed).
func (s *Pages) letterInput(c *cases.Case, a *matter.Assessment, id string, mode letter.Mode, summary string, now time.Time) (letter.Input, error) {
	loc := c.Calendar.Location
	con := a.State.Contest(id)
	if con == nil || con.Kind != matter.Objection {
		return letter.Input{}, &fault.Error{Code: fault.Invalid, Field: "on", Message: "there is no objection " + id}
	}
	in := letter.Input{Order: a.State.Order, Objection: id, Account: con.Account, Received: courtToday(con.At, loc),
		Day: courtToday(now, loc), Mode: mode, Summary: summary, Counsel: s.Counsel}
	for _, d := range a.Duties {
		if d.Contest == id {
			in.Due = d.Due
		}
	}
	// When the objector had notice, until when they could object, and
	// whether this came in time (the latest reading of the calendar).
	if acc := a.State.Accounts[con.Account]; acc != nil && acc.Notice != nil {
		in.Noticed = courtToday(acc.Notice.Sent, loc)
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
			in.Text, in.SealRequested = e.Note, e.SealRequested
			for _, at := range e.Attachments {
				in.Attachments = append(in.Attachments, at.Name+" (SHA-256 "+at.SHA256+")")
			}
		}
	}
	// What was released before the objection came in was disclosed,
	// voided since or not.
	var first time.Time
	for _, pr := range a.State.Productions {
		if !pr.Released.IsZero() && pr.Released.Before(con.At) && (first.IsZero() || pr.Released.Before(first)) {
			first = pr.Released
		}
	}
	if !first.IsZero() {
		in.Produced = courtToday(first, loc)
	}
	return in, nil
}

// The note of a letter_drafted event: its mode, then one line per blank
// to fill in and per check to make before filing.
const (
	blankPrefix = "Fill in: "
	checkPrefix = "Check: "
)

// letterNote writes a letter's note.
func letterNote(mode letter.Mode, blanks, checks []string) string {
	lines := []string{string(mode)}
	for _, b := range blanks {
		lines = append(lines, blankPrefix+b)
	}
	for _, c := range checks {
		lines = append(lines, checkPrefix+c)
	}
	return strings.Join(lines, "\n")
}

// letterTodo reads the blanks and checks of a letter's note.
func letterTodo(note string) (blanks, checks []string) {
	for _, line := range strings.Split(note, "\n") {
		if b, ok := strings.CutPrefix(line, blankPrefix); ok {
			blanks = append(blanks, b)
		} else if c, ok := strings.CutPrefix(line, checkPrefix); ok {
			checks = append(checks, c)
		}
	}
	return blanks, checks
}

// sha256Hex is the name the store keeps bytes under.
func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// letterFont loads the font letters are set in: the productions' font
// (WRIT_FONT), else the one writ embeds.
func (s *Pages) letterFont() (*pdf.Font, error) {
	path := ""
	if s.Packages != nil {
		path = s.Packages.Font
	}
	return pdf.OpenFont(path)
}

var hexDigest = regexp.MustCompile(`^[0-9a-f]{64}$`)

// letterDownload serves a drafted letter, the papers in one PDF or one
// of them, to staff, and to the court once it was advised of the
// objection.
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
	name := line.Objection + " letter to the court " + digest[:8]
	if line.Name != "" {
		name = strings.TrimSuffix(line.Name, path.Ext(line.Name))
	}
	download(w, c.Order.CaseNumber+" "+name+ext, ctype, b)
}

// letterOf finds the letter a case drafted with a file of that digest:
// the papers in one file, or one of them.
func letterOf(c *cases.Case, digest string) (letterLine, bool) {
	for _, e := range c.Events {
		if e.Type != matter.LetterDrafted || len(e.On) != 1 {
			continue
		}
		if e.Digest == digest {
			return letterLine{Objection: e.On[0], Digest: digest}, true
		}
		for _, a := range e.Attachments {
			if a.SHA256 == digest {
				return letterLine{Objection: e.On[0], Digest: digest, Name: a.Name}, true
			}
		}
	}
	return letterLine{}, false
}

// letterFilesOf lists, for each letter in letters (by objection, its
// digest), its papers and, when todo, what to fill in and check.
func letterFilesOf(c *cases.Case, letters map[string]string, todo bool) map[string]letterFiles {
	out := map[string]letterFiles{}
	for _, e := range c.Events {
		if e.Type != matter.LetterDrafted || len(e.On) != 1 || letters[e.On[0]] != e.Digest {
			continue
		}
		lf := letterFiles{Papers: e.Attachments}
		if todo {
			lf.Blanks, lf.Checks = letterTodo(e.Note)
		}
		out[e.On[0]] = lf
	}
	return out
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
