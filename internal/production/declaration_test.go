package production

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDeclarationCertifiesTheUnderlyingRecords (issue 14, item 6): what
// Fed. R. Evid. 902(11) lets a custodian certify is a record that meets
// Rule 803(6)(A)-(C) — made at or near the time, kept in the course of a
// regularly conducted activity, made as its regular practice. The
// platform's own records are such records; the summaries and CSV files
// writ prepares for the production are not: they are compilations of
// those records (Rule 1006), and the draft must say so, not certify them
// as made at the time.
func TestDeclarationCertifiesTheUnderlyingRecords(t *testing.T) {
	dir, _ := build(t, fixture(t))
	data, err := os.ReadFile(filepath.Join(dir, "data", DeclarationText))
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(string(data), "\n\n")
	find := func(s string) string {
		t.Helper()
		for _, p := range paras {
			if strings.Contains(p, s) {
				return p
			}
		}
		t.Fatalf("no paragraph of the declaration says %q:\n%s", s, data)
		return ""
	}

	certified := find("made at or near the time")
	for _, s := range []string{"underlying records", "(A)", "(B)", "(C)", "regularly conducted activity", "regular practice", "803(6)"} {
		if !strings.Contains(certified, s) {
			t.Errorf("the certifying paragraph does not say %q:\n%s", s, certified)
		}
	}
	// Nothing writ made for the production is certified as made at the
	// time.
	for _, s := range []string{"summar", "CSV", ".pdf", ".csv", "prepared", "compil"} {
		if strings.Contains(certified, s) {
			t.Errorf("the paragraph certifying records made at the time speaks of %q:\n%s", s, certified)
		}
	}

	compiled := find("compilations of the underlying records")
	for _, s := range []string{"Fed. R. Evid. 1006", "summaries", "CSV files", "compilations of the underlying records", "prepared from them for this production",
		"not records made at or near the time", "01-konnoyukio_CmRUCE/summary.pdf", "01-konnoyukio_CmRUCE/access-log.csv", "TWTR-000001 through TWTR-000004"} {
		if !strings.Contains(compiled, s) {
			t.Errorf("the paragraph on the compilations does not say %q:\n%s", s, compiled)
		}
	}
	if !strings.Contains(paras[3], "1006") {
		t.Errorf("the title does not cite Rule 1006: %s", paras[3])
	}
}
