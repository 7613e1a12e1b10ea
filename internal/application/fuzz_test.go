package application

import (
	"os"
	"testing"
)

// FuzzDraft: whatever the file, Parse either refuses it or gives a record
// that Order and Draft handle without panicking, and a draft is made only
// from a record that makes an order.
func FuzzDraft(f *testing.F) {
	for _, name := range []string{"takagi-2022.json", "denied-2024.json"} {
		data, err := os.ReadFile("../../examples/applications/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse(data)
		if err != nil {
			return
		}
		_, oerr := a.Order()
		doc, derr := Draft(a)
		if (oerr == nil) != (derr == nil) {
			t.Fatalf("Order: %v; Draft: %v", oerr, derr)
		}
		if derr == nil && doc.Text == "" {
			t.Fatal("an empty draft")
		}
	})
}
