package config

import (
	"fmt"
	"strings"
	"unicode"
)

// Counsel is the platform's counsel, who signs the letter advising the
// court of an objection and the papers filed with it: N.D. Cal. Civil L.R.
// 3-4(a)(1) puts counsel's name, address, telephone number, email address
// and state bar number in the upper left corner of a paper's first page,
// and the signature block repeats them. Read from WRIT_COUNSEL_NAME,
// WRIT_COUNSEL_BAR_NUMBER, WRIT_COUNSEL_FIRM (optional: in-house counsel
// have none), WRIT_COUNSEL_ADDRESS (lines separated by ";"),
// WRIT_COUNSEL_EMAIL and WRIT_COUNSEL_PHONE. With none of them set the
// letter is drafted with blanks for counsel to fill in, and says so.
//
// Its fields are those of letter.Counsel, so that the shell passes it on
// as letter.Counsel(cfg.Counsel) without config knowing the letter.
type Counsel struct {
	Name      string
	BarNumber string
	Firm      string
	Address   []string
	Email     string
	Phone     string
}

// Configured reports whether counsel's block is set.
func (c Counsel) Configured() bool { return c.Name != "" }

// loadCounsel reads counsel's block. A block with some of the required
// values and not the others is an error naming the missing ones: a paper
// filed with half a signature block is worse than one with blanks.
func loadCounsel(getenv func(string) string) (Counsel, error) {
	c := Counsel{Name: clean(getenv("WRIT_COUNSEL_NAME")), BarNumber: clean(getenv("WRIT_COUNSEL_BAR_NUMBER")),
		Firm: clean(getenv("WRIT_COUNSEL_FIRM")), Email: clean(getenv("WRIT_COUNSEL_EMAIL")), Phone: clean(getenv("WRIT_COUNSEL_PHONE"))}
	for _, line := range strings.Split(getenv("WRIT_COUNSEL_ADDRESS"), ";") {
		if line = clean(line); line != "" {
			c.Address = append(c.Address, line)
		}
	}
	values := []struct {
		name     string
		value    string
		required bool
	}{
		{"WRIT_COUNSEL_NAME", c.Name, true}, {"WRIT_COUNSEL_BAR_NUMBER", c.BarNumber, true}, {"WRIT_COUNSEL_FIRM", c.Firm, false},
		{"WRIT_COUNSEL_ADDRESS", strings.Join(c.Address, "; "), true}, {"WRIT_COUNSEL_EMAIL", c.Email, true}, {"WRIT_COUNSEL_PHONE", c.Phone, true},
	}
	var set, missing []string
	for _, v := range values {
		// The block is printed on papers filed with a court: no control
		// or bidirectional formatting character may reorder what it says.
		if strings.IndexFunc(v.value, func(r rune) bool { return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) }) >= 0 {
			return Counsel{}, fmt.Errorf("%s holds a control or formatting character", v.name)
		}
		switch {
		case v.value != "":
			set = append(set, v.name)
		case v.required:
			missing = append(missing, v.name)
		}
	}
	switch {
	case len(set) == 0:
		return Counsel{}, nil
	case len(missing) > 0:
		return Counsel{}, fmt.Errorf("%s set but not %s: the platform's counsel signs the letter to the court with a name, state bar number, address, telephone and email (N.D. Cal. Civil L.R. 3-4(a)(1)); set them all, or none for a letter with blanks to fill in",
			strings.Join(set, ", "), strings.Join(missing, ", "))
	}
	return c, nil
}

// clean trims a value and the spaces around it.
func clean(s string) string { return strings.TrimSpace(s) }
