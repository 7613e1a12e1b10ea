package web

import (
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/web/webtest"
)

// TestModifiedRulingNarrowsProduction: the court, ruling on Aya's
// objection, modifies the subpoena so that it reaches only
// konnoyukio@CmRUCE and no telephone numbers; the production built
// afterwards follows the order as modified: one account, no phones.
func TestModifiedRulingNarrowsProduction(t *testing.T) {
	f := productionFixture(t)
	c, _ := f.Cases.Load(context.Background(), f.Own)
	narrowed := *c.Order
	narrowed.Targets = nil
	for _, tg := range c.Order.Targets {
		if tg.Label == "konnoyukio@CmRUCE" {
			narrowed.Targets = append(narrowed.Targets, tg)
		}
	}
	narrowed.Requests = append(narrowed.Requests[:0:0], c.Order.Requests...)
	for i, r := range narrowed.Requests {
		var cats []string
		for _, cat := range r.Categories {
			if cat != "phones" {
				cats = append(cats, string(cat))
			}
		}
		b, _ := json.Marshal(cats)
		_ = json.Unmarshal(b, &narrowed.Requests[i].Categories)
	}
	events := "/api/v1/cases/" + f.Own + "/events"
	for _, e := range []string{
		`{"type":"notice_sent","at":"2022-10-28","account":"konnoyukio@CmRUCE"}`,
		`{"type":"court_advised","at":"2022-11-15","on":["obj-1"]}`,
		`{"type":"ruling","at":"2022-12-05","on":["obj-1"],"outcome":"modified","order":` + webtest.MustJSON(t, narrowed) + `}`,
	} {
		if code, body := f.Do(t, "staff", "POST", events, e); code != 201 {
			t.Fatalf("record %.80s: %d %s", e, code, body)
		}
	}
	if code, body := f.Do(t, "staff", "POST", "/api/v1/cases/"+f.Own+"/productions", `{}`); code != 201 {
		t.Fatalf("produce: %d %s", code, body)
	}
	c, _ = f.Cases.Load(context.Background(), f.Own)
	built := c.Events[len(c.Events)-1]
	if built.Type != matter.ProductionBuilt || strings.Join(built.Accounts, ",") != "konnoyukio@CmRUCE" {
		t.Fatalf("the production after the modifying ruling holds %v", built.Accounts)
	}
	raw, err := readPackageFile(f, "prod-1", "manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Excluded struct {
			NotAllowed []string `json:"categories_not_allowed"`
		}
		Accounts []struct {
			Label      string
			Categories []struct{ Category string }
		}
	}
	if err := json.Unmarshal([]byte(raw), &m); err != nil || len(m.Accounts) != 1 {
		t.Fatalf("the manifest: %v, %d accounts", err, len(m.Accounts))
	}
	var cats []string
	for _, c := range m.Accounts[0].Categories {
		cats = append(cats, c.Category)
	}
	if slices.Contains(cats, "phones") || !slices.Contains(cats, "emails") || !slices.Contains(m.Excluded.NotAllowed, "phones") {
		t.Errorf("the production's categories %v (not allowed %v) are not those of the modified order", cats, m.Excluded.NotAllowed)
	}
}

// readPackageFile reads the files of a production's package whose names
// end in suffix, concatenated.
func readPackageFile(f *fixture, production, suffix string) (string, error) {
	var out strings.Builder
	err := filepath.WalkDir(f.server.packageDir(f.Own, production), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, suffix) {
			return err
		}
		b, err := os.ReadFile(path)
		out.Write(b)
		return err
	})
	return out.String(), err
}
