package web

import (
	"archive/tar"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/demo"
	"github.com/writ-project/writ/internal/source"
)

// TestProductionsThroughTheAPI: staff build a production once the order
// allows it, and release it; counsel download it only after the release
// and after acknowledging the use restriction; the download is recorded.
func TestProductionsThroughTheAPI(t *testing.T) {
	if _, err := os.Stat("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"); err != nil {
		msg := "needs Debian's fonts-ipaexfont-gothic: apt-get install -y fonts-ipaexfont-gothic"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	f := newFixture(t)
	platform := filepath.Join(t.TempDir(), "platform")
	if _, err := demo.Generate(demo.Options{Accounts: 40, Events: 5000, Seed: 3}, platform); err != nil {
		t.Fatal(err)
	}
	f.server.Production = &Production{Dir: filepath.Join(t.TempDir(), "packages"), Source: func() (source.Source, error) { return source.OpenDemo(platform) }}
	events := "/api/v1/cases/" + f.own + "/events"
	prods := "/api/v1/cases/" + f.own + "/productions"

	if code, body := f.do(t, "staff", "POST", prods, `{"now":"2022-12-01"}`); code != 409 || !strings.Contains(body, "pending") {
		t.Fatalf("produce while the objection is pending: %d %s", code, body)
	}
	for _, e := range []string{
		`{"type":"notice_sent","at":"2022-10-28","account":"konnoyukio@CmRUCE"}`,
		`{"type":"court_advised","at":"2022-11-15","on":["obj-1"]}`,
		`{"type":"ruling","at":"2022-12-05","on":["obj-1"],"outcome":"overruled"}`,
	} {
		if code, body := f.do(t, "staff", "POST", events, e); code != 201 {
			t.Fatalf("record %s: %d %s", e, code, body)
		}
	}
	if code, _ := f.do(t, "counsel", "POST", prods, `{"now":"2022-12-06"}`); code != 403 {
		t.Errorf("counsel built a production: %d", code)
	}
	code, body := f.do(t, "staff", "POST", prods, `{"now":"2022-12-06"}`)
	if code != 201 {
		t.Fatalf("produce: %d %s", code, body)
	}
	var built struct{ Production string }
	_ = json.Unmarshal([]byte(body), &built)
	download := prods + "/" + built.Production + "/package.tar.gz"

	if code, _ := f.do(t, "counsel", "GET", download, ""); code != 403 {
		t.Errorf("counsel downloaded before release: %d", code)
	}
	if code, body := f.do(t, "staff", "POST", prods+"/"+built.Production+"/release", ""); code != 200 {
		t.Fatalf("release: %d %s", code, body)
	}
	if code, _ := f.do(t, "counsel", "GET", download, ""); code != 403 {
		t.Errorf("counsel downloaded before acknowledging the use restriction: %d", code)
	}
	if code, _ := f.do(t, "counsel", "POST", events, `{"type":"use_acknowledged","at":"2026-11-26"}`); code != 201 {
		t.Fatalf("acknowledge: %d", code)
	}
	if code, _ := f.do(t, "staff-elsewhere", "GET", download, ""); code != 404 {
		t.Errorf("another platform's staff: %d", code)
	}
	req, _ := http.NewRequest("GET", f.srv.URL+download, nil)
	req.Header.Set("Authorization", "Bearer "+f.tokens["counsel"])
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
	_, log := f.do(t, "staff", "GET", events, "")
	if !strings.Contains(log, "production_downloaded") {
		t.Error("the download was not recorded")
	}
}
