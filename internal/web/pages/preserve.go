package pages

import (
	"net/http"
	"strings"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/matter"
)

// preserveForm preserves the accounts' records from the case page (staff),
// as writ preserve does: the order requires the platform to preserve the
// information sought and not to disclose it. Each account is resolved in
// the platform's records, its records are sealed with the platform's key
// and kept, and the preservation is recorded as the person's act.
func (s *Pages) preserveForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	c, ref, ok := s.pageCase(w, r, p, access.Produce)
	if !ok {
		return
	}
	if s.Packages == nil || s.Packages.Source == nil {
		s.showCasePage(w, r, p, c, ref, http.StatusNotImplemented, "This server cannot read the platform's records (no WRIT_SOURCE is configured): preserve with writ preserve CASE --source SPEC.")
		return
	}
	src, err := s.Packages.Source()
	if err != nil {
		s.formRefused(w, r, p, err)
		return
	}
	defer src.Close()
	res, err := s.Cases.Preserve(r.Context(), c.ID, src, s.Packages.SealKey, s.Now(), p.Actor())
	if err != nil {
		s.formRefused(w, r, p, err)
		return
	}
	lang := pageLanguage(r)
	msg := sentence(lang, plural(len(res.Accounts), "pages.messages.preserved_one", "pages.messages.preserved_other"), len(res.Accounts))
	if len(res.Unresolved) > 0 {
		msg += sentence(lang, "pages.messages.preserved_not_found", strings.Join(res.Unresolved, "; "))
	}
	c, err = s.Cases.Load(r.Context(), c.ID)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	s.showCasePage(w, r, p, c, ref, http.StatusOK, msg)
}

// unpreserved reports whether an account of the order has no preservation
// recorded yet.
func unpreserved(st *matter.State) bool {
	for _, a := range st.Accounts {
		if a.Preserved.IsZero() {
			return true
		}
	}
	return false
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
