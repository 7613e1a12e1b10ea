package api

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/web/webtest"
)

// TestProductionsThroughTheAPI: staff build a production once the order
// allows it, and release it; counsel download it only after the release
// and after acknowledging the use restriction; the download is recorded.
func TestProductionsThroughTheAPI(t *testing.T) {
	f := productionFixture(t)
	events := "/api/v1/cases/" + f.Own + "/events"
	prods := "/api/v1/cases/" + f.Own + "/productions"

	if code, body := f.Do(t, "staff", "POST", prods, `{}`); code != 409 || !strings.Contains(body, "pending") {
		t.Fatalf("produce while the objection is pending: %d %s", code, body)
	}
	for _, e := range []string{
		`{"type":"notice_sent","at":"2022-10-28","account":"konnoyukio@CmRUCE"}`,
		`{"type":"court_advised","at":"2022-11-15","on":["obj-1"]}`,
		`{"type":"ruling","at":"2022-12-05","on":["obj-1"],"outcome":"overruled"}`,
	} {
		if code, body := f.Do(t, "staff", "POST", events, e); code != 201 {
			t.Fatalf("record %s: %d %s", e, code, body)
		}
	}
	if code, _ := f.Do(t, "counsel", "POST", prods, `{}`); code != 403 {
		t.Errorf("counsel built a production: %d", code)
	}
	code, body := f.Do(t, "staff", "POST", prods, `{}`)
	if code != 201 {
		t.Fatalf("produce: %d %s", code, body)
	}
	var built struct{ Production string }
	_ = json.Unmarshal([]byte(body), &built)
	download := prods + "/" + built.Production + "/package.tar.gz"

	if code, _ := f.Do(t, "counsel", "GET", download, ""); code != 403 {
		t.Errorf("counsel downloaded before release: %d", code)
	}
	if code, body := f.Do(t, "staff", "POST", prods+"/"+built.Production+"/release", ""); code != 200 {
		t.Fatalf("release: %d %s", code, body)
	}
	if code, _ := f.Do(t, "counsel", "GET", download, ""); code != 403 {
		t.Errorf("counsel downloaded before acknowledging the use restriction: %d", code)
	}
	if code, _ := f.Do(t, "counsel", "POST", events, `{"type":"use_acknowledged","at":"2026-11-26"}`); code != 201 {
		t.Fatalf("acknowledge: %d", code)
	}
	if code, _ := f.Do(t, "staff-elsewhere", "GET", download, ""); code != 404 {
		t.Errorf("another platform's staff: %d", code)
	}
	req, _ := http.NewRequest("GET", f.URL+download, nil)
	req.Header.Set("Authorization", "Bearer "+f.Tokens["counsel"])
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("counsel's download: %v %v", resp.StatusCode, err)
	}
	defer resp.Body.Close()
	gz, err := gzip.NewReader(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(gz)
	var names []string
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, h.Name)
	}
	if !strings.Contains(strings.Join(names, " "), "data/manifest.json") || !strings.Contains(strings.Join(names, " "), "bagit.txt") {
		t.Errorf("the package holds %v", names)
	}
	_, log := f.Do(t, "staff", "GET", events, "")
	if !strings.Contains(log, "production_downloaded") {
		t.Error("the download was not recorded")
	}
}

// TestNoBackdatedDisclosureAPI reproduces the finding of issue 11 through
// the API: with the objection of 2022-11-08 overruled and a second one,
// dated 2022-11-20, recorded today and pending, neither a build "as of"
// 2022-11-16 nor a build and a release recorded through the events route
// with earlier dates may go through.
func TestNoBackdatedDisclosureAPI(t *testing.T) {
	f := productionFixture(t)
	events := "/api/v1/cases/" + f.Own + "/events"
	prods := "/api/v1/cases/" + f.Own + "/productions"
	for _, e := range []string{
		`{"type":"notice_sent","at":"2022-10-21","account":"konnoyukio@CmRUCE"}`,
		`{"type":"ruling","at":"2022-11-10","on":["obj-1"],"outcome":"overruled"}`,
		`{"type":"objection_received","at":"2022-11-20","account":"Aya@ay_chim0807"}`,
	} {
		if code, body := f.Do(t, "staff", "POST", events, e); code != 201 {
			t.Fatalf("record %s: %d %s", e, code, body)
		}
	}
	if code, body := f.Do(t, "staff", "POST", prods, `{"now":"2022-11-16"}`); code == 201 {
		t.Errorf("a production as of 2022-11-16 was built while an objection is pending: %s", body)
	}
	if entries, _ := os.ReadDir(f.api.Packages.Dir + "/" + f.Own); len(entries) != 0 {
		t.Errorf("a refused build left %d entries in the package folder", len(entries))
	}
	if code, body := f.Do(t, "staff", "POST", events, `{"type":"production_built","at":"2022-11-16","id":"prod-9","accounts":["konnoyukio@CmRUCE","Aya@ay_chim0807"]}`); code == 201 {
		t.Errorf("a build dated 2022-11-16 was recorded: %s", body)
	}
	if code, body := f.Do(t, "staff", "POST", events, `{"type":"production_released","at":"2022-11-17","on":["prod-9"]}`); code == 201 {
		t.Errorf("a release dated 2022-11-17 was recorded: %s", body)
	}
	if _, body := f.Do(t, "staff", "GET", events, ""); strings.Contains(body, "production_") {
		t.Errorf("the log holds a production: %s", body)
	}
}

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

// TestDownloadNamed: a production's package downloads as application/gzip
// named by its case's number and the production's id, the name written by
// mime.FormatMediaType: quoted when it is plain ASCII, as an RFC 2231
// filename* when it is not, never with a quote, a path or a control
// character that would end the header's value or leave the folder it is
// saved to.
func TestDownloadNamed(t *testing.T) {
	f := productionFixture(t)
	ctx := context.Background()
	odd := `22-mc-80240 "VKD"/ü; x`
	seed := strings.Replace(string(examples.SeedOrder()), `"22-mc-80240-VKD"`, webtest.MustJSON(t, odd), 1)
	c, err := f.Cases.Open(ctx, []byte(seed), "", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{f.Own, c.ID} {
		events := "/api/v1/cases/" + id + "/events"
		for _, e := range []string{
			`{"type":"subpoena_served","at":"2022-10-20","with_order":true,"conforms":true}`,
			`{"type":"notice_sent","at":"2022-10-21","account":"Aya@ay_chim0807"}`,
			`{"type":"notice_sent","at":"2022-10-21","account":"konnoyukio@CmRUCE"}`,
			`{"type":"ruling","at":"2022-12-05","on":["obj-1"],"outcome":"overruled"}`,
		} {
			if id == f.Own && !strings.Contains(e, "konnoyukio") && !strings.Contains(e, "ruling") {
				continue // the fixture's own case has them
			}
			if id == c.ID && strings.Contains(e, "ruling") {
				continue // nobody objected there
			}
			if code, body := f.Do(t, "staff", "POST", events, e); code != 201 {
				t.Fatalf("record %s: %d %s", e, code, body)
			}
		}
	}
	for _, tc := range []struct{ id, want string }{
		{f.Own, `attachment; filename=22-mc-80240-VKD-prod-1.tar.gz`},
		{c.ID, `attachment; filename*=utf-8''22-mc-80240%20-VKD--%C3%BC%3B%20x-prod-1.tar.gz`},
	} {
		prods := "/api/v1/cases/" + tc.id + "/productions"
		if code, body := f.Do(t, "staff", "POST", prods, `{}`); code != 201 {
			t.Fatalf("produce: %d %s", code, body)
		}
		req, _ := http.NewRequest("GET", f.URL+prods+"/prod-1/package.tar.gz", nil)
		req.Header.Set("Authorization", "Bearer "+f.Tokens["staff"])
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/gzip" || resp.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("download: %d %v", resp.StatusCode, resp.Header)
		}
		if got := resp.Header.Get("Content-Disposition"); got != tc.want {
			t.Errorf("Content-Disposition: %s\nwant %s", got, tc.want)
		}
		_, params, err := mime.ParseMediaType(resp.Header.Get("Content-Disposition"))
		if name := params["filename"]; err != nil || strings.ContainsAny(name, "/\\\"") || !strings.HasSuffix(name, "-prod-1.tar.gz") {
			t.Errorf("the name as a browser reads it: %q (%v)", name, err)
		}
	}
}
