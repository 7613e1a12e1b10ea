package order

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// FuzzParse feeds Parse arbitrary bytes. It must never panic; what it
// accepts must be valid, and must read back the same once written.
func FuzzParse(f *testing.F) {
	s := seed(f)
	f.Add(s)
	for _, e := range [][]edit{
		{{"/conditions/1/days", "ten"}},
		{{"/requests/0/categories/2", "shoe_size"}},
		{{"/conditions/2/days", -21}},
		{{"/conditions/1/trigger", remove}},
		{{"/requests/1/windows/1/from", "3 months before 2024-05-31"}},
		{{"/disposition", "denied"}, {"/targets", remove}, {"/requests", remove}},
		{{"/conditions/5/scope", remove}, {"/conditions/1/hours", 4}},
	} {
		f.Add(patch(f, s, e...))
	}
	for _, raw := range []string{"", "{", "null", "[]", `{"a":1,"a":2}`, `{"date": "2022-02-30"}`, "\"\xff\""} {
		f.Add([]byte(raw))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		o, err := Parse(data)
		if err != nil {
			if o != nil {
				t.Fatal("an order returned with an error")
			}
			problemsOf(t, err)
			return
		}
		if err := o.Validate(); err != nil {
			t.Fatalf("Parse accepted an order Validate refuses: %v", err)
		}
		out, err := json.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		again, err := Parse(out)
		if err != nil {
			t.Fatalf("writ cannot read what it wrote: %v\n%s", err, out)
		}
		if !reflect.DeepEqual(o, again) {
			back, _ := json.Marshal(again)
			if !bytes.Equal(out, back) {
				t.Fatalf("read back differently:\n%s\n%s", out, back)
			}
		}
	})
}
