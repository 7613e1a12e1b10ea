package casefile_test

import (
	"context"
	"testing"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/web/casefile"
	"github.com/writ-project/writ/internal/web/webtest"
)

// TestLoad: a case that does not exist and a case the principal may not
// see get the very same refusal; a case the principal sees is loaded,
// whatever the principal may then do with it.
func TestLoad(t *testing.T) {
	f := webtest.New(t)
	ctx := context.Background()
	principal := func(who string) access.Principal {
		p, err := f.Access.Authenticate(ctx, f.Tokens[who], webtest.Now)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	refusal := func(who, id string) string {
		t.Helper()
		_, _, err := casefile.Load(ctx, f.Cases, principal(who), id)
		if !fault.Is(err, fault.NotFound) {
			t.Fatalf("%s loading %s: %v, want not found", who, id, err)
		}
		return fault.Message(err)
	}
	for _, who := range []string{"staff-elsewhere", "counsel-elsewhere"} {
		if hidden, missing := refusal(who, f.Own), refusal(who, "c-nosuchcase"); hidden != "case "+f.Own+" does not exist" || missing != "case c-nosuchcase does not exist" {
			t.Errorf("%s: a case not theirs to see says %q, one that does not exist %q", who, hidden, missing)
		}
	}
	for _, who := range []string{"staff", "counsel", "court"} {
		c, ref, err := casefile.Load(ctx, f.Cases, principal(who), f.Own)
		if err != nil || c.ID != f.Own || ref.ID != f.Own || ref.Provider != "Twitter, Inc." {
			t.Errorf("%s loading their case: %v, ref %+v", who, err, ref)
		}
	}
}
