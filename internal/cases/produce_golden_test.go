package cases

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/demo"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/source"
	"github.com/writ-project/writ/internal/store"
)

// goldenCaseID stands for the case's id, which the store draws at random,
// in the pinned manifest (it has the same length, so sizes agree).
const goldenCaseID = "c-demogolden01"

// TestProduceDemoGolden: writ produce on the demo platform makes, file for
// file, the package pinned in internal/production/testdata (written by the
// builder that held every access-log entry in memory, before productions
// streamed; issue 17), the case's id aside.
func TestProduceDemoGolden(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	now := time.Date(2022, 12, 6, 18, 30, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	st, err := store.Open(ctx, "sqlite:"+filepath.Join(dir, "writ.db"), clock)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc := &Service{Store: st, Now: clock, Actor: "os:tester"}
	c, err := svc.Open(ctx, examples.SeedOrder(), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.ID) != len(goldenCaseID) {
		t.Fatalf("case ids are %d characters now, not %d: change goldenCaseID's length and the pinned sizes", len(c.ID), len(goldenCaseID))
	}
	loaded, _ := svc.Load(ctx, c.ID)
	day := func(d string) time.Time { t, _ := ParseMoment(d, loaded.Calendar.Location, false); return t }
	yes := true
	for _, e := range []matter.Event{
		{Type: matter.SubpoenaServed, At: day("2022-10-20"), WithOrder: &yes, Conforms: &yes},
		{Type: matter.NoticeSent, At: day("2022-10-21"), Account: "konnoyukio@CmRUCE"},
		{Type: matter.NoticeSent, At: day("2022-10-21"), Account: "Aya@ay_chim0807"},
	} {
		if _, err := svc.Record(ctx, c.ID, e, ""); err != nil {
			t.Fatal(err)
		}
	}
	platform := filepath.Join(dir, "platform")
	if _, err := demo.Generate(demo.Options{Accounts: 60, Events: 40000, Seed: 17}, platform); err != nil {
		t.Fatal(err)
	}
	src, err := source.OpenDemo(platform)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	out := filepath.Join(dir, "prod-1")
	p, err := svc.Produce(ctx, c.ID, src, ProduceOptions{Out: out, BatesPrefix: "TWTR-", Custodian: "Jane Doe, Custodian of Records", LoadFiles: true})
	if err != nil {
		t.Fatal(err)
	}

	want, err := os.ReadFile("../production/testdata/demo-production.sha256")
	if err != nil {
		t.Fatal(err)
	}
	pinned := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(want)), "\n") {
		sum, path, _ := strings.Cut(line, "  ")
		pinned[path] = sum
	}
	// The payload is compared; the bag's own files hash the manifest, which
	// names the case (internal/production pins them).
	n := 0
	for path, sum := range pinned {
		if !strings.HasPrefix(path, "data/") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(path)))
		if err != nil {
			t.Error(err)
			continue
		}
		if path == "data/manifest.json" {
			data = bytes.Replace(data, []byte(`"case_id": "`+c.ID+`"`), []byte(`"case_id": "`+goldenCaseID+`"`), 1)
		}
		got := sha256.Sum256(data)
		if hex.EncodeToString(got[:]) != sum {
			t.Errorf("%s differs from the package pinned before productions streamed", path)
		}
		n++
	}
	if n != 9 {
		t.Errorf("compared %d payload files, want 9", n)
	}
	if p.Manifest.Accounts[0].AccessLog == nil || p.Manifest.Accounts[0].AccessLog.Entries == 0 {
		t.Error("the production holds no access log")
	}
}
