package order

import (
	"errors"
	"strings"
	"testing"
)

// TestControlCharacters: an order's names and numbers hold no control
// characters and no bidirectional overrides (they end up in file names,
// headers, letters and notices, where they could hide or reorder what a
// person reads); its prose may break lines (issue 13, item 6).
func TestControlCharacters(t *testing.T) {
	for _, tc := range []struct {
		name string
		e    edit
		bad  bool
	}{
		{"a bell in the case number", edit{"/case_number", "22-mc-80240\aVKD"}, true},
		{"a carriage return in the provider", edit{"/provider", "Twitter, Inc.\r\nX-Injected: 1"}, true},
		{"a right-to-left override in an account's label", edit{"/targets/0/label", "konno\u202eyukio@CmRUCE"}, true},
		{"an isolate in the applicant", edit{"/applicant", "Hidenori \u2066Takagi\u2069"}, true},
		{"a NUL in a purpose", edit{"/use_restriction/purposes/0", "civil\x00 action"}, true},
		{"a line break in a request's words", edit{"/requests/0/text", "ALL DOCUMENTS\nshowing"}, false},
		{"a tab in a condition's words", edit{"/conditions/1/text", "Within 10\tcalendar days"}, false},
		{"a line break in the judge's name", edit{"/judge", "Virginia K.\nDeMarchi"}, true},
		{"Japanese in a display name", edit{"/targets/1/display_name", "あや"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(patch(t, seed(t), tc.e))
			var ve *ValidationError
			found := errors.As(err, &ve) && strings.Contains(ve.Error(), tc.e.path) && strings.Contains(ve.Error(), "character")
			if found != tc.bad {
				t.Errorf("%s: refused=%v (%v); want refused=%v", tc.e.path, found, err, tc.bad)
			}
		})
	}
}
