package reader

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/writ-project/writ/internal/order"
)

// seedOrder is the seed order as data, made by hand (examples/orders).
func seedOrder(t *testing.T) *order.Order {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "examples", "orders", "takagi-2022.json"))
	if err != nil {
		t.Fatal(err)
	}
	o, err := order.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func subpoena(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "subpoenas", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestCheckSubpoena checks the seed's subpoenas against the seed order:
// the original wording (all documents, no order enclosed) is flagged, the
// revised one passes, and a revised one that reaches further is flagged
// for what it adds.
func TestCheckSubpoena(t *testing.T) {
	o := seedOrder(t)
	tests := []struct {
		name      string
		file      string
		withOrder bool
		want      []string // codes of the problems, in order
	}{
		{"ErrOriginal", "takagi-original.txt", false, []string{"standard", "standard", "order_not_served"}},
		{"ErrOriginalServedWithOrder", "takagi-original.txt", true, []string{"standard", "standard"}},
		{"OK/Revised", "takagi-revised.txt", false, nil},
		{"ErrWiderWindow", "takagi-wider-window.txt", false, []string{"window"}},
		{"ErrExtraCategory", "takagi-extra-category.txt", false, []string{"category"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := subpoena(t, tt.file)
			c := CheckSubpoena(src, o, tt.withOrder)
			var codes []string
			for _, p := range c.Problems {
				codes = append(codes, p.Code)
				if p.Message == "" {
					t.Errorf("%s: no message", p.Code)
				}
				if p.Span != nil && (p.Span.Offset < 0 || p.Span.EndOffset > len(src)) {
					t.Errorf("%s: span %+v outside the text", p.Code, p.Span)
				}
			}
			if !slices.Equal(codes, tt.want) || c.Conforms != (len(tt.want) == 0) {
				t.Errorf("conforms %v, problems %v; want %v", c.Conforms, c.Problems, tt.want)
			}
		})
	}
	// The flag on the original points at its words.
	src := subpoena(t, "takagi-original.txt")
	p := CheckSubpoena(src, o, true).Problems[0]
	if got := src[p.Span.Offset:p.Span.EndOffset]; got != "ALL DOCUMENTS" || p.Request != 1 {
		t.Errorf("the first problem points at %q of request %d; want ALL DOCUMENTS of request 1", got, p.Request)
	}
}

// TestCheckSubpoenaAgainstReadOrder checks the subpoenas against the order
// as the reader proposes it from the seed's text, as intake does.
func TestCheckSubpoenaAgainstReadOrder(t *testing.T) {
	p := Read(readShared(t, "seed", "order-22-mc-80240-VKD.txt"))
	if c := CheckSubpoena(subpoena(t, "takagi-original.txt"), &p.Order, false); c.Conforms {
		t.Error("the original subpoena passed")
	}
	if c := CheckSubpoena(subpoena(t, "takagi-revised.txt"), &p.Order, false); !c.Conforms {
		t.Errorf("the revised subpoena was flagged: %+v", c.Problems)
	}
}

// TestCheckSubpoenaDenied: a denied order authorizes no subpoena.
func TestCheckSubpoenaDenied(t *testing.T) {
	o := seedOrder(t)
	o.Disposition = order.Denied
	if c := CheckSubpoena(subpoena(t, "takagi-revised.txt"), o, true); c.Conforms {
		t.Error("a subpoena under a denied order passed")
	}
}
