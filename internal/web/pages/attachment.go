package pages

import (
	"net/http"
	"path"
	"strings"
	"unicode"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
)

// attachmentDownload serves a file an account holder sent with an
// objection or a motion: to staff, and to the court once the objection was
// advised to it (a motion's, which was filed with it, at once). The access
// is recorded first.
func (s *Pages) attachmentDownload(w http.ResponseWriter, r *http.Request, p access.Principal) {
	c, ref, ok := s.pageCase(w, r, p, access.ViewObjectionText)
	if !ok {
		return
	}
	digest := r.PathValue("digest")
	notFound := func() { s.pageFault(w, r, p, fault.Errorf(fault.NotFound, "there is no such file in case %s", c.ID)) }
	if !hexDigest.MatchString(digest) {
		notFound()
		return
	}
	var found *matter.Attachment
	var contest string
	for _, e := range c.Events {
		for i, a := range e.Attachments {
			if a.SHA256 == digest {
				found, contest = &e.Attachments[i], e.ID
			}
		}
	}
	if found == nil {
		notFound()
		return
	}
	if !access.Can(p, access.RecordEvent, ref) {
		st := matter.Apply(c.Events, s.Now())
		if con := st.Contest(contest); con == nil || (con.Kind == matter.Objection && con.Advised.IsZero()) {
			notFound()
			return
		}
	}
	b, err := s.Cases.Store.Blob(r.Context(), c.ID, digest)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	if err := s.Seen.Record(r.Context(), p, c.ID, "page:attachment", store.SeenObjectionText); err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	// Served as a download of the type detected when it came in, never
	// rendered by writ's origin.
	w.Header().Set("Content-Type", found.Type)
	ext := strings.Map(func(r rune) rune {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return r
		}
		return -1
	}, path.Ext(found.Name))
	if len(ext) > 8 {
		ext = ext[:8]
	}
	if ext != "" {
		ext = "." + ext
	}
	w.Header().Set("Content-Disposition", `attachment; filename="attachment-`+digest[:12]+ext+`"`)
	w.Header().Set("Content-Security-Policy", "default-src 'none'; sandbox")
	_, _ = w.Write(b)
}
