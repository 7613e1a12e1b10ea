package pages

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/notice"
	"github.com/writ-project/writ/internal/production"
	"github.com/writ-project/writ/internal/words"
)

// confirmData is the page that shows what an irreversible act will do
// before it is done: the notices that will go (to which accounts, in
// which words), or the production that will be released (its accounts,
// Bates range and files). Its form is the only one that carries the
// confirmation the act's POST requires.
type confirmData struct {
	Case, CaseNumber string
	// Notices are the notices that will go, one per account.
	Notices []noticePreview
	// Unmatched are the accounts of those notices that no one has matched
	// to an account of the platform's records yet; Lookup is set when
	// this server reads those records, so that the sending looks each up
	// first, as the sender's act (resolveTargets). Without it the sender
	// skips them.
	Unmatched []string
	Lookup    bool
	// Production is the production to release, with what it holds.
	Production string
	Accounts   []string
	Built      string
	Bates      string
	Files      []production.File
	// Unreadable says why the package's manifest could not be read.
	Unreadable string
}

// noticePreview is the notice to one account holder as it will be sent.
type noticePreview struct {
	Account, Subject, Text string
}

// confirmed reports whether a form carries the confirmation of the review
// page: an irreversible act is done only from there.
func confirmed(r *http.Request) bool { return r.PostFormValue("confirm") == "yes" }

// noticesReview shows the notices the case owes, as they will be sent, and
// asks to confirm sending them.
func (s *Pages) noticesReview(w http.ResponseWriter, r *http.Request, p access.Principal) {
	c, ref, ok := s.pageCase(w, r, p, access.RecordEvent)
	if !ok {
		return
	}
	s.showNoticesReview(w, r, p, c, ref, http.StatusOK, "")
}

func (s *Pages) showNoticesReview(w http.ResponseWriter, r *http.Request, p access.Principal, c *cases.Case, ref access.CaseRef, status int, msg string) {
	if s.SendNotices == nil {
		s.showCasePage(w, r, p, c, ref, http.StatusNotImplemented, "This server sends no notices: its SMTP server is not configured.")
		return
	}
	now := s.Now()
	a, err := matter.Assess(c.Events, c.Calendar, now)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	lang := pageLanguage(r)
	owed := nextActs(lang, a, c, true, false).Notices
	if len(owed) == 0 {
		s.showCasePage(w, r, p, c, ref, http.StatusConflict, "No notice is owed: every account holder has been given one, or the subpoena's service is not recorded.")
		return
	}
	tmpl := s.NoticeTemplates
	if tmpl == nil {
		tmpl = notice.DefaultTemplates()
	}
	noticeLang := s.NoticeLang.For(c.Order)
	d := confirmData{Case: c.ID, CaseNumber: c.Order.CaseNumber, Lookup: s.Packages != nil && s.Packages.Source != nil}
	for _, label := range owed {
		if acc := a.State.Accounts[label]; acc == nil || acc.AccountID == "" {
			d.Unmatched = append(d.Unmatched, label)
		}
		f, err := notice.Prepare(notice.Input{Events: c.Events, Calendar: c.Calendar, Account: label, At: now})
		if err != nil {
			s.formRefused(w, r, p, err)
			return
		}
		n, err := tmpl.Write(f, noticeLang)
		if err != nil {
			s.pageFault(w, r, p, err)
			return
		}
		d.Notices = append(d.Notices, noticePreview{Account: label, Subject: n.Subject, Text: n.Text})
	}
	s.render(w, r, status, "case_confirm", page{Title: "Send the notices · " + c.Order.CaseNumber, Principal: &p, Message: msg, Data: d})
}

// releaseReview shows a built production before it is released: its
// accounts, Bates range and files, from its package's manifest.
func (s *Pages) releaseReview(w http.ResponseWriter, r *http.Request, p access.Principal) {
	c, ok := s.productionCase(w, r, p)
	if !ok {
		return
	}
	s.showReleaseReview(w, r, p, c, r.PathValue("production"), http.StatusOK, "")
}

func (s *Pages) showReleaseReview(w http.ResponseWriter, r *http.Request, p access.Principal, c *cases.Case, prod string, status int, msg string) {
	st := matter.Apply(c.Events, s.Now())
	pr := st.Production(prod)
	switch {
	case pr == nil:
		s.formRefused(w, r, p, &fault.Error{Code: fault.Conflict, Field: "production", Message: fmt.Sprintf("no production %q was built in this case", prod)})
		return
	case !pr.Voided.IsZero():
		s.formRefused(w, r, p, &fault.Error{Code: fault.Conflict, Field: "production", Message: fmt.Sprintf("production %s was voided: it is never released", prod)})
		return
	case !pr.Released.IsZero():
		s.formRefused(w, r, p, &fault.Error{Code: fault.Conflict, Field: "production", Message: fmt.Sprintf("production %s is already released", prod)})
		return
	}
	lang := pageLanguage(r)
	d := confirmData{Case: c.ID, CaseNumber: c.Order.CaseNumber, Production: pr.ID, Accounts: pr.Accounts,
		Built: momentWords(lang, pr.Built.In(c.Calendar.Location))}
	m, err := readManifest(s.Packages.Path(c.ID, pr.ID))
	if err != nil {
		d.Unreadable = sentence(lang, "pages.bates.unreadable")
	} else {
		d.Bates, d.Files = batesRange(lang, m.Bates), m.Files
	}
	s.render(w, r, status, "case_confirm", page{Title: "Release " + pr.ID + " · " + c.Order.CaseNumber, Principal: &p, Message: msg, Data: d})
}

// readManifest reads a built package's manifest (data/manifest.json).
func readManifest(dir string) (*production.Manifest, error) {
	b, err := os.ReadFile(filepath.Join(dir, "data", production.ManifestName))
	if err != nil {
		return nil, err
	}
	var m production.Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	return &m, nil
}

// batesRange words a Bates range in lang: "WRIT-000001 to WRIT-000004
// (4 pages)".
func batesRange(lang *words.Language, b production.BatesRange) string {
	if b.First == "" {
		return ""
	}
	key := "pages.bates.other"
	if b.Pages == 1 {
		key = "pages.bates.one"
	}
	return sentence(lang, key, b.First, b.Last, b.Pages)
}

// notConfirmed is the message of an irreversible act posted without its
// review page's confirmation.
func notConfirmed(what string) string {
	return strings.TrimSpace("Nothing was " + what + ": review what will happen below, then confirm.")
}
