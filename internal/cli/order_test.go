package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/cli"
	"github.com/writ-project/writ/internal/order"
)

const (
	ownOrderText     = "../reader/testdata/orders/sakura.txt"
	seedOrderJSON    = "../../examples/orders/takagi-2022.json"
	originalSubpoena = "../reader/testdata/subpoenas/takagi-original.txt"
	revisedSubpoena  = "../reader/testdata/subpoenas/takagi-revised.txt"
)

// TestOrderRead: --json prints a proposal whose order writ reads, with a
// span for each value; the plain form lists the values and what needs a
// person.
func TestOrderRead(t *testing.T) {
	t.Run("JSON", func(t *testing.T) {
		r := run(t, "order", "read", ownOrderText, "--json")
		r.mustSucceed(t)
		var p struct {
			Order       json.RawMessage `json:"order"`
			Fields      []struct{ Path string }
			NeedsPerson []struct{ Path string } `json:"needs_person"`
		}
		if err := json.Unmarshal([]byte(r.stdout), &p); err != nil {
			t.Fatal(err)
		}
		var o order.Order
		if err := json.Unmarshal(p.Order, &o); err != nil {
			t.Fatal(err)
		}
		if o.CaseNumber != "24-mc-80777-SVK" || len(o.Conditions) != 6 || len(p.Fields) == 0 {
			t.Errorf("case %q, %d conditions, %d spans", o.CaseNumber, len(o.Conditions), len(p.Fields))
		}
		if len(p.NeedsPerson) != 1 || p.NeedsPerson[0].Path != "/order/conditions/4/days" {
			t.Errorf("needs a person: %+v; want the period in business days", p.NeedsPerson)
		}
	})
	t.Run("Text", func(t *testing.T) {
		r := run(t, "order", "read", ownOrderText)
		r.mustSucceed(t)
		for _, want := range []string{"order/case_number", "24-mc-80777-SVK", "Needs a person:", "business days"} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("the output lacks %q", want)
			}
		}
	})
	t.Run("ErrNoFile", func(t *testing.T) {
		r := run(t, "order", "read", "no-such-order.txt")
		if r.code != cli.ExitUsage || !strings.Contains(r.stderr, "no-such-order.txt") {
			t.Errorf("exit %d, stderr %q", r.code, r.stderr)
		}
	})
}

// TestOrderCheckSubpoena: the seed's original subpoena is flagged (exit 1,
// each problem listed); the revised one passes.
func TestOrderCheckSubpoena(t *testing.T) {
	t.Run("ErrOriginal", func(t *testing.T) {
		r := run(t, "order", "check-subpoena", "--order", seedOrderJSON, originalSubpoena)
		if r.code != cli.ExitFailure {
			t.Fatalf("exit %d, want 1", r.code)
		}
		for _, want := range []string{"request 1 asks for \"ALL DOCUMENTS showing\"", "request 2", "order_not_served"} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("the output lacks %q:\n%s", want, r.stdout)
			}
		}
	})
	t.Run("OK", func(t *testing.T) {
		r := run(t, "order", "check-subpoena", "--order", seedOrderJSON, revisedSubpoena, "--json")
		r.mustSucceed(t)
		var c struct{ Conforms bool }
		if err := json.Unmarshal([]byte(r.stdout), &c); err != nil || !c.Conforms {
			t.Errorf("conforms %v (%v): %s", c.Conforms, err, r.stdout)
		}
	})
	t.Run("ErrNoOrder", func(t *testing.T) {
		r := run(t, "order", "check-subpoena", revisedSubpoena)
		if r.code != cli.ExitUsage || !strings.Contains(r.stderr, "--order") {
			t.Errorf("exit %d, stderr %q", r.code, r.stderr)
		}
	})
}

// TestOrderScore: the scorer prints each field's accuracy against a
// folder's expected.json and the invented terms; a file not in it is
// refused.
func TestOrderScore(t *testing.T) {
	const dir = "../reader/testdata/synthetic"
	t.Run("OK", func(t *testing.T) {
		r := run(t, "order", "score", dir, "--only", "02-sazanami-shokudo.txt")
		r.mustSucceed(t)
		for _, want := range []string{"1 orders in", "notice_days", "caption fields", "operative fields", "Invented terms: none."} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("the output lacks %q:\n%s", want, r.stdout)
			}
		}
	})
	t.Run("JSON", func(t *testing.T) {
		r := run(t, "order", "score", dir, "--only", "09-ipe-dourado.txt", "--json")
		r.mustSucceed(t)
		var out struct {
			Files    []string
			Groups   map[string]struct{ Right, Total int }
			Invented []json.RawMessage
		}
		if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
			t.Fatal(err)
		}
		if len(out.Files) != 1 || out.Groups["caption"].Total != 6 || out.Groups["operative"].Total != 13 || out.Invented == nil {
			t.Errorf("files %v, groups %v, invented %v", out.Files, out.Groups, out.Invented)
		}
	})
	t.Run("ErrInvented", func(t *testing.T) {
		// The expected values say the order sets no notice period; the
		// reader reads its thirty days: one invented term, said in the
		// singular.
		tmp := t.TempDir()
		src, err := os.ReadFile(filepath.Join(dir, "02-sazanami-shokudo.txt"))
		if err != nil {
			t.Fatal(err)
		}
		exp, err := os.ReadFile(filepath.Join(dir, "expected.json"))
		if err != nil {
			t.Fatal(err)
		}
		var all []map[string]any
		if err := json.Unmarshal(exp, &all); err != nil {
			t.Fatal(err)
		}
		for _, e := range all {
			if e["file"] == "02-sazanami-shokudo.txt" {
				e["notice_days"] = nil
				b, _ := json.Marshal([]map[string]any{e})
				if err := os.WriteFile(filepath.Join(tmp, "expected.json"), b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
		if err := os.WriteFile(filepath.Join(tmp, "02-sazanami-shokudo.txt"), src, 0o644); err != nil {
			t.Fatal(err)
		}
		r := run(t, "order", "score", tmp)
		if r.code == 0 || !strings.Contains(r.stderr, "the reader invented 1 term\n") && !strings.HasSuffix(strings.TrimSpace(r.stderr), "the reader invented 1 term") {
			t.Errorf("exit %d, stderr %q", r.code, r.stderr)
		}
	})
	t.Run("ErrNotInExpected", func(t *testing.T) {
		r := run(t, "order", "score", dir, "--only", "no-such-order.txt")
		if r.code != cli.ExitUsage || !strings.Contains(r.stderr, "no-such-order.txt") {
			t.Errorf("exit %d, stderr %q", r.code, r.stderr)
		}
	})
}
