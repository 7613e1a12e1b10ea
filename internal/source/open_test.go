package source

import (
	"testing"

	"github.com/writ-project/writ/internal/fault"
)

func TestOpenSpec(t *testing.T) {
	for _, tc := range []struct {
		spec string
		code fault.Code
	}{
		{"", fault.Invalid},
		{"ftp:somewhere", fault.Invalid},
		{"demo:/no/such/dir", fault.NotFound},
		{"/no/such/config.json", fault.NotFound},
	} {
		t.Run(tc.spec, func(t *testing.T) {
			if _, err := Open(tc.spec); fault.CodeOf(err) != tc.code {
				t.Errorf("Open(%q) = %v (code %q); want %q", tc.spec, err, fault.CodeOf(err), tc.code)
			}
		})
	}
}
