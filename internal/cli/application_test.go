package cli_test

import (
	"encoding/json"
	"github.com/writ-project/writ/internal/testdeps"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/order"
)

const (
	seedApplication   = "../../examples/applications/takagi-2022.json"
	deniedApplication = "../../examples/applications/denied-2024.json"
)

// TestApplicationDraft: the command prints the drafted order, the Order
// it makes (the seed's application makes the seed order as
// examples/orders/takagi-2022.json records it), and the PDF.
func TestApplicationDraft(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		r := run(t, "application", "draft", seedApplication)
		r.mustSucceed(t)
		for _, want := range []string{"ORDER GRANTING EX PARTE APPLICATION FOR ORDER PURSUANT TO 28 U.S.C. § 1782", "IV. CONCLUSION", "IT IS SO ORDERED."} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("the draft lacks %q", want)
			}
		}
	})
	t.Run("Order", func(t *testing.T) {
		r := run(t, "application", "draft", seedApplication, "--order")
		r.mustSucceed(t)
		got, err := order.Parse([]byte(r.stdout))
		if err != nil {
			t.Fatalf("--order prints no order writ reads: %v", err)
		}
		data, err := os.ReadFile("../../examples/orders/takagi-2022.json")
		if err != nil {
			t.Fatal(err)
		}
		want, err := order.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		// The example order gives the purposes of use in a person's
		// fuller words; the order's sentence, and the draft, name them so.
		want.UseRestriction.Purposes = []string{"the anticipated civil action", "criminal complaint"}
		for _, d := range orderDiff(got, want) {
			t.Error(d)
		}
	})
	t.Run("PDF", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "order.pdf")
		r := run(t, "application", "draft", seedApplication, "--pdf", out)
		r.mustSucceed(t)
		b, err := os.ReadFile(out)
		if err != nil || !strings.HasPrefix(string(b), "%PDF-") {
			t.Errorf("--pdf wrote no PDF (%v)", err)
		}
	})
	t.Run("ErrUsage: WRIT_FONT cannot be read", func(t *testing.T) {
		// A setting to correct (exit 2), named; no PDF is written.
		out := filepath.Join(t.TempDir(), "order.pdf")
		env := hermeticEnv()
		env.Getenv = func(k string) string {
			if k == "WRIT_FONT" {
				return "/nonexistent/font.ttf"
			}
			return ""
		}
		runEnv(t, env, "application", "draft", seedApplication, "--pdf", out).mustBeUsageError(t, "WRIT_FONT", "/nonexistent/font.ttf")
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Errorf("a PDF was written: %v", err)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		bad := writeFile(t, "app.json", `{"case_number": "22-mc-1", "docket": "1"}`)
		r := run(t, "application", "draft", bad)
		r.mustBeUsageError(t, "app.json", "/applicant/name")
	})
}

// orderDiff names each field of the Order, by its JSON name, that differs.
func orderDiff(got, want *order.Order) []string {
	var out []string
	gv, wv := reflect.ValueOf(*got), reflect.ValueOf(*want)
	for i := range gv.NumField() {
		name := strings.Split(gv.Type().Field(i).Tag.Get("json"), ",")[0]
		g, w := gv.Field(i).Interface(), wv.Field(i).Interface()
		if !reflect.DeepEqual(g, w) {
			gj, _ := json.Marshal(g)
			wj, _ := json.Marshal(w)
			out = append(out, name+" differs:\n  read  "+string(gj)+"\n  want  "+string(wj))
		}
	}
	return out
}

// TestApplicationRoundTrip is the acceptance of issue 7, item 3: the order
// drafted from a decided application, read back by writ order read, yields
// the Order the application makes — for the seed's application and for a
// denied one.
func TestApplicationRoundTrip(t *testing.T) {
	for _, tc := range []struct{ file, as string }{
		{seedApplication, "text"}, {deniedApplication, "text"}, {seedApplication, "pdf"}, {deniedApplication, "pdf"},
	} {
		file := tc.file
		t.Run(filepath.Base(file)+"/"+tc.as, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "order.txt")
			if tc.as == "pdf" {
				// The PDF the court would file, read through its text layer.
				testdeps.PDFToText(t)
				path = filepath.Join(t.TempDir(), "order.pdf")
				run(t, "application", "draft", file, "--pdf", path).mustSucceed(t)
			} else {
				draft := run(t, "application", "draft", file)
				draft.mustSucceed(t)
				if err := os.WriteFile(path, []byte(draft.stdout), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			r := run(t, "order", "read", path, "--json")
			if r.code != 0 {
				t.Fatalf("writ order read %s --json: exit %d: %s", path, r.code, strings.TrimSpace(r.stderr))
			}
			if r.code != 0 {
				t.Fatalf("writ order read: exit %d: %s", r.code, r.stderr)
			}
			got, err := readOrder(r.stdout)
			if err != nil {
				t.Fatalf("writ order read --json printed no order: %v\n%s", err, r.stdout)
			}
			want := run(t, "application", "draft", file, "--order")
			want.mustSucceed(t)
			var w order.Order
			if err := json.Unmarshal([]byte(want.stdout), &w); err != nil {
				t.Fatal(err)
			}
			normalize(got)
			normalize(&w)
			for _, d := range orderDiff(got, &w) {
				t.Error(d)
			}
		})
	}
}

// readOrder takes the proposed Order out of writ order read's JSON, which
// is either the Order itself or an object holding it under "order" (with
// the spans beside it).
func readOrder(s string) (*order.Order, error) {
	var wrapped struct {
		Order *order.Order `json:"order"`
	}
	if err := json.Unmarshal([]byte(s), &wrapped); err == nil && wrapped.Order != nil {
		return wrapped.Order, nil
	}
	var o order.Order
	if err := json.Unmarshal([]byte(s), &o); err != nil {
		return nil, err
	}
	return &o, nil
}

// normalize treats an absent list and an empty one alike: JSON writes
// both as "nothing here".
func normalize(o *order.Order) {
	if len(o.Targets) == 0 {
		o.Targets = nil
	}
	if len(o.Requests) == 0 {
		o.Requests = nil
	}
	if len(o.ExcludedFields) == 0 {
		o.ExcludedFields = nil
	}
	if len(o.Conditions) == 0 {
		o.Conditions = nil
	}
	if len(o.UseRestriction.Purposes) == 0 {
		o.UseRestriction.Purposes = nil
	}
	if len(o.Modifications) == 0 {
		o.Modifications = nil
	}
	if len(o.DeniedCategories) == 0 {
		o.DeniedCategories = nil
	}
}
