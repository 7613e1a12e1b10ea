package api

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/web/casefile"
	"github.com/writ-project/writ/internal/web/productions"
	"github.com/writ-project/writ/internal/web/webtest"
)

// fixture is the API served over the shared fixture (package webtest).
type fixture struct {
	*webtest.Fixture
	api *API
}

// newFixture serves the API over a new webtest fixture, each of configure
// applied to it first, its bodies bounded as the server bounds them.
func newFixture(t *testing.T, configure ...func(*API)) *fixture {
	t.Helper()
	wf := webtest.New(t)
	a := &API{Cases: wf.Cases, Access: wf.Access, Now: func() time.Time { return webtest.Now }, Log: wf.Log,
		Packages: &productions.Packages{Dir: t.TempDir()}}
	for _, c := range configure {
		c(a)
	}
	a.Seen = casefile.Recorder{Log: wf.AccessLog, Now: a.Now}
	wf.ServeRoutes(t, a.Routes())
	return &fixture{Fixture: wf, api: a}
}

// productionFixture is the fixture with a demo platform to produce from;
// it needs Debian's font for the PDFs (skipped locally without it,
// required in CI).
func productionFixture(t *testing.T) *fixture {
	t.Helper()
	platform := webtest.Platform(t)
	return newFixture(t, func(a *API) {
		a.Packages = &productions.Packages{Dir: filepath.Join(t.TempDir(), "packages"), Source: platform}
	})
}

// openGate records what opens the fixture's gate: konnoyukio's notice and
// a ruling overruling the objection.
func (f *fixture) openGate(t *testing.T) {
	t.Helper()
	for _, e := range []string{
		`{"type":"notice_sent","at":"2022-10-28","account":"konnoyukio@CmRUCE"}`,
		`{"type":"ruling","at":"2022-12-05","on":["obj-1"],"outcome":"overruled"}`,
	} {
		if code, body := f.Do(t, "staff", "POST", "/api/v1/cases/"+f.Own+"/events", e); code != 201 {
			t.Fatalf("record %s: %d %s", e, code, body)
		}
	}
}

// readPackageFile reads the files of a production's package whose names
// end in suffix, concatenated.
func readPackageFile(f *fixture, production, suffix string) (string, error) {
	var out strings.Builder
	err := filepath.WalkDir(f.api.Packages.Path(f.Own, production), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, suffix) {
			return err
		}
		b, err := os.ReadFile(path)
		out.Write(b)
		return err
	})
	return out.String(), err
}
