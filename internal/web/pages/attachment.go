package pages

import (
	"net/http"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
)

// attachmentDownload serves a file an account holder sent with an
// objection or a motion: to staff, and to the court once the objection was
// advised to it (a motion's, which was filed with it, at once). The access
// is recorded first. The file is named by the case, the filing and the
// type detected in its content.
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
	// Named by the case, the filing and the type detected in what is
	// served, never by what the sender called it.
	ctype, ext := detected(b)
	download(w, c.Order.CaseNumber+" "+contest+" attachment "+digest[:12]+ext, ctype, b)
}
