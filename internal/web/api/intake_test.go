package api

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/writ-project/writ/examples"
)

// TestCreateSameOrderAgain: the same order (court, case number, platform)
// sent again is refused with 409 naming the case open for it, and nothing
// is stored, as the intake page refuses it; a second case opens only when
// the request asks for one (allow_duplicate=true). A retry of a request
// that opened a case, with its Idempotency-Key, is not a second case: it
// answers that case again. Another platform's case under the same number
// is not the same order.
func TestCreateSameOrderAgain(t *testing.T) {
	f := newFixture(t)
	seed := string(examples.SeedOrder())
	count := func() int {
		all, err := f.Cases.Store.Cases(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return len(all)
	}
	before := count()

	t.Run("ErrConflict", func(t *testing.T) {
		code, body := f.Do(t, "staff", "POST", "/api/v1/cases", seed)
		if code != http.StatusConflict || !strings.Contains(body, f.Own) || !strings.Contains(body, "allow_duplicate") {
			t.Errorf("the seed order again: %d %s; want 409 naming %s and how to open a second case", code, body, f.Own)
		}
		if strings.Contains(body, f.Other) {
			t.Errorf("the refusal names the other platform's case %s: %s", f.Other, body)
		}
		if n := count(); n != before {
			t.Errorf("%d cases after the refusal, want %d", n, before)
		}
		for _, q := range []string{"?allow_duplicate=false", "?allow_duplicate=0"} {
			if code, body := f.Do(t, "staff", "POST", "/api/v1/cases"+q, seed); code != http.StatusConflict {
				t.Errorf("the seed order again with %s: %d %s; want 409", q, code, body)
			}
		}
	})
	t.Run("OKAllowDuplicate", func(t *testing.T) {
		code, body := f.DoKey(t, "staff", "POST", "/api/v1/cases?allow_duplicate=true", "second-case-of-the-seed", seed)
		if code != http.StatusCreated || strings.Contains(body, f.Own) {
			t.Fatalf("a second case asked for: %d %s; want 201 with a new case", code, body)
		}
		if n := count(); n != before+1 {
			t.Errorf("%d cases after the second was opened, want %d", n, before+1)
		}
		// The retry of that request, its key and all, answers its case.
		if code, again := f.DoKey(t, "staff", "POST", "/api/v1/cases?allow_duplicate=true", "second-case-of-the-seed", seed); code != http.StatusCreated || again != body {
			t.Errorf("the retry: %d %s; want 201 %s", code, again, body)
		}
		if n := count(); n != before+1 {
			t.Errorf("%d cases after the retry, want %d", n, before+1)
		}
	})
	t.Run("OKRetryWithoutTheFlag", func(t *testing.T) {
		// A new order opened with a key, then its request retried: the
		// case it finds is the one that key opened.
		other := strings.ReplaceAll(seed, "22-mc-80240-VKD", "22-mc-80999-VKD")
		code, body := f.DoKey(t, "staff", "POST", "/api/v1/cases", "first-of-80999", other)
		if code != http.StatusCreated {
			t.Fatalf("a new order: %d %s", code, body)
		}
		if code, again := f.DoKey(t, "staff", "POST", "/api/v1/cases", "first-of-80999", other); code != http.StatusCreated || again != body {
			t.Errorf("the retry of the request that opened it: %d %s; want 201 %s", code, again, body)
		}
	})
}
