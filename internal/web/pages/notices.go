package pages

import (
	"net/http"
	"strings"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/notice"
)

// sendNoticesForm sends the notices from the case page and shows the case
// again with what happened to each.
func (s *Pages) sendNoticesForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	c, ref, ok := s.pageCase(w, r, p, access.RecordEvent)
	if !ok {
		return
	}
	if s.SendNotices == nil {
		s.showCasePage(w, r, p, c, ref, http.StatusNotImplemented, "This server sends no notices: its SMTP server is not configured.")
		return
	}
	_ = r.ParseForm()
	if !confirmed(r) {
		// Notices cannot be unsent: they go only from the review page,
		// which shows to whom and in which words.
		s.showNoticesReview(w, r, p, c, ref, http.StatusUnprocessableEntity, notConfirmed("sent"))
		return
	}
	unresolved, err := s.resolveTargets(r.Context(), pageLanguage(r), c, r.PostForm["account"], p.Actor())
	if err != nil {
		s.formRefused(w, r, p, err)
		return
	}
	out, err := s.SendNotices(r.Context(), c.ID, r.PostForm["account"], r.PostFormValue("resend") == "yes", p.Actor())
	if err != nil {
		s.formRefused(w, r, p, err)
		return
	}
	// What happened to each is said in the page's language; why a
	// notice was not sent is the sender's own words.
	lang := pageLanguage(r)
	lines := unresolved
	for _, o := range out {
		switch o.Status {
		case notice.StatusSent:
			lines = append(lines, sentence(lang, "pages.messages.notice_sent", o.Account, o.Sent, o.Of))
		default:
			lines = append(lines, sentence(lang, "pages.messages.notice_not_sent", o.Account, codeWords(lang, "notice_status", o.Status), o.Reason))
		}
	}
	if len(lines) == 0 {
		lines = append(lines, sentence(lang, "pages.messages.no_notice_owed"))
	}
	c, err = s.Cases.Load(r.Context(), c.ID)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	s.showCasePage(w, r, p, c, ref, http.StatusOK, strings.Join(lines, " "))
}
