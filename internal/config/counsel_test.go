package config

import (
	"reflect"
	"strings"
	"testing"
)

// TestLoadCounsel: the platform's counsel who signs the letter to the
// court, from WRIT_COUNSEL_*. Nothing set is allowed (the letter then has
// blanks to fill in and says so); a block with some of what N.D. Cal.
// Civil L.R. 3-4(a)(1) requires on a paper's first page and not the rest
// is refused, naming what is missing.
func TestLoadCounsel(t *testing.T) {
	env := func(kv map[string]string) func(string) string { return func(k string) string { return kv[k] } }
	full := map[string]string{
		"WRIT_COUNSEL_NAME": "Jane Q. Counsel", "WRIT_COUNSEL_BAR_NUMBER": "123456", "WRIT_COUNSEL_FIRM": "Counsel & Partners LLP",
		"WRIT_COUNSEL_ADDRESS": "100 Main Street, Suite 200; Palo Alto, CA 94301", "WRIT_COUNSEL_EMAIL": "jcounsel@counsel.example",
		"WRIT_COUNSEL_PHONE": "(650) 555-0100",
	}
	t.Run("NotConfigured", func(t *testing.T) {
		c, err := Load(env(nil), nil)
		if err != nil {
			t.Fatal(err)
		}
		if c.Counsel.Configured() || !reflect.DeepEqual(c.Counsel, Counsel{}) {
			t.Fatalf("counsel with nothing set: %+v", c.Counsel)
		}
	})
	t.Run("OK", func(t *testing.T) {
		c, err := Load(env(full), nil)
		if err != nil {
			t.Fatal(err)
		}
		want := Counsel{Name: "Jane Q. Counsel", BarNumber: "123456", Firm: "Counsel & Partners LLP",
			Address: []string{"100 Main Street, Suite 200", "Palo Alto, CA 94301"}, Email: "jcounsel@counsel.example", Phone: "(650) 555-0100"}
		if !reflect.DeepEqual(c.Counsel, want) || !c.Counsel.Configured() {
			t.Fatalf("got %+v\nwant %+v", c.Counsel, want)
		}
	})
	t.Run("OKWithoutFirm", func(t *testing.T) {
		kv := map[string]string{}
		for k, v := range full {
			kv[k] = v
		}
		delete(kv, "WRIT_COUNSEL_FIRM")
		if c, err := Load(env(kv), nil); err != nil || c.Counsel.Firm != "" || !c.Counsel.Configured() {
			t.Fatalf("counsel without a firm (in-house): %+v %v", c.Counsel, err)
		}
	})
	for _, missing := range []string{"WRIT_COUNSEL_NAME", "WRIT_COUNSEL_BAR_NUMBER", "WRIT_COUNSEL_ADDRESS", "WRIT_COUNSEL_EMAIL", "WRIT_COUNSEL_PHONE"} {
		t.Run("Err"+missing, func(t *testing.T) {
			kv := map[string]string{}
			for k, v := range full {
				kv[k] = v
			}
			delete(kv, missing)
			if _, err := Load(env(kv), nil); err == nil || !strings.Contains(err.Error(), missing) {
				t.Fatalf("got %v, want an error naming %s", err, missing)
			}
		})
	}
	t.Run("ErrControlCharacters", func(t *testing.T) {
		kv := map[string]string{}
		for k, v := range full {
			kv[k] = v
		}
		kv["WRIT_COUNSEL_NAME"] = "Jane\u202eCounsel"
		if _, err := Load(env(kv), nil); err == nil || !strings.Contains(err.Error(), "WRIT_COUNSEL_NAME") {
			t.Fatalf("a name with a bidirectional control: %v", err)
		}
	})
}
