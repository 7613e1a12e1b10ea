package pages

import (
	"net/http"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
)

// proofDownload serves the proof of a notice sent by e-mail (the PDF a
// notice_sent event names by its digest: what the notice said and where
// in the platform's records each address is) to staff, and to the court
// once an objection of that account was advised to it, which brought the
// notice before it (issue 14, item 3). The access is recorded first, as
// for an account holder's files.
func (s *Pages) proofDownload(w http.ResponseWriter, r *http.Request, p access.Principal) {
	c, ref, ok := s.pageCase(w, r, p, access.ViewNoticeProof)
	if !ok {
		return
	}
	digest := r.PathValue("digest")
	var account string
	for _, e := range c.Events {
		if e.Type == matter.NoticeSent && e.Digest != "" && e.Digest == digest {
			account = e.Account
		}
	}
	st := matter.Apply(c.Events, s.Now())
	if !hexDigest.MatchString(digest) || account == "" || !proofShown(p, ref, st, account) {
		s.pageFault(w, r, p, fault.Errorf(fault.NotFound, "there is no such proof of notice in case %s", c.ID))
		return
	}
	b, err := s.Cases.Store.Blob(r.Context(), c.ID, digest)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	if err := s.Seen.Record(r.Context(), p, c.ID, "page:proof", store.SeenNotes); err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	ctype, ext := detected(b)
	download(w, c.Order.CaseNumber+" proof of notice to "+account+" "+digest[:8]+ext, ctype, b)
}

// proofShown reports whether p may have the proofs of the notices to an
// account: whoever records the case's events (staff), and whoever else
// the policy lets see proofs (the court) once an objection of the account
// was advised to them.
func proofShown(p access.Principal, ref access.CaseRef, st *matter.State, account string) bool {
	if !access.Can(p, access.ViewNoticeProof, ref) {
		return false
	}
	if access.Can(p, access.RecordEvent, ref) {
		return true
	}
	for _, con := range st.Contests {
		if con.Kind == matter.Objection && con.Account == account && !con.Advised.IsZero() {
			return true
		}
	}
	return false
}
