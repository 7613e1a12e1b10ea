package upload

import (
	"strings"
	"testing"
)

// TestCleanName: a file's name keeps its last path element, by either
// slash, without control characters, at most 100 characters.
func TestCleanName(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"evidence.pdf", "evidence.pdf"},
		{"../../order 22-mc-80240.txt", "order 22-mc-80240.txt"},
		{`..\..\evidence.pdf`, "evidence.pdf"},
		{"C:\\Users\\aya\\異議.pdf", "異議.pdf"},
		{"bad\x00name\r\n.pdf", "badname.pdf"},
		{"..", "attachment"},
		{"/", "attachment"},
		{"  ", "attachment"},
		{strings.Repeat("あ", 120), strings.Repeat("あ", 100)},
	} {
		if got := CleanName(tc.name); got != tc.want {
			t.Errorf("CleanName(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}
