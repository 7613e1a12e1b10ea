package cli_test

import (
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestReportTransparency: two cases of the seed order (ordered 2022-10-13),
// one served and noticed to both holders, one objected to, are counted in a
// period holding that day, by § 1782, Japan and N.D. Cal., and in none
// after it; the plain, JSON and CSV forms agree; a period ending before it
// begins is wrong input.
func TestReportTransparency(t *testing.T) {
	c := caseCLI{t, "sqlite:" + filepath.Join(t.TempDir(), "writ.db")}
	a, b := c.newSeedCase(), c.newSeedCase()
	for _, id := range []string{a, b} {
		c.ok("case", "record", id, "subpoena-served", "--at", "2022-10-14", "--with-order", "--method", "personal")
	}
	c.ok("case", "record", a, "notice-sent", "--account", "konnoyukio@CmRUCE", "--at", "2022-10-15", "--method", "email")
	c.ok("case", "record", a, "notice-sent", "--account", "Aya@ay_chim0807", "--at", "2022-10-15", "--method", "email")
	c.ok("case", "record", a, "objection-received", "--account", "Aya@ay_chim0807", "--at", "2022-10-20")

	var got struct {
		Categories []struct {
			Dimension, Category                               string
			Requests, Accounts, Notified, Contested, Produced int
		}
	}
	out := c.ok("report", "transparency", "--from", "2022-10-01", "--to", "2022-12-31", "--json")
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("--json: %v\n%s", err, out)
	}
	if len(got.Categories) != 3 {
		t.Fatalf("%d categories, want 3 (one statute, one country, one court): %s", len(got.Categories), out)
	}
	want := []string{"legal_basis 28 U.S.C. § 1782", "country JP", "court United States District Court, Northern District of California, San Jose Division"}
	for i, cat := range got.Categories {
		if cat.Dimension+" "+cat.Category != want[i] {
			t.Errorf("category %d is %s %s, want %s", i, cat.Dimension, cat.Category, want[i])
		}
		// Two requests of two accounts each; one notified both holders;
		// one objection; nothing produced.
		if cat.Requests != 2 || cat.Accounts != 4 || cat.Notified != 2 || cat.Contested != 1 || cat.Produced != 0 {
			t.Errorf("%s: %+v; want 2 requests, 4 accounts, 2 notified, 1 contested, 0 produced", want[i], cat)
		}
	}

	text := c.ok("report", "transparency", "--from", "2022-10-01", "--to", "2022-12-31")
	if !strings.Contains(text, "28 U.S.C. § 1782") || !strings.Contains(text, "the order's date") {
		t.Errorf("the table does not name the category or what was counted:\n%s", text)
	}
	rows, err := csv.NewReader(strings.NewReader(c.ok("report", "transparency", "--from", "2022-10-01", "--to", "2022-12-31", "--csv"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 || rows[0][0] != "dimension" || rows[1][2] != "2" {
		t.Errorf("CSV: %d rows (want a header, the total and 3 categories), total requests %q (want 2)", len(rows), rows[1][2])
	}

	if err := json.Unmarshal([]byte(c.ok("report", "transparency", "--from", "2023-01-01", "--to", "2023-12-31", "--json")), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Categories) != 0 {
		t.Errorf("a period after the order's date counts %+v", got.Categories)
	}
	c.run("report", "transparency", "--from", "2022-12-31", "--to", "2022-10-01").mustBeUsageError(t, "to")
	c.run("report", "transparency", "--from", "2022-10-01").mustBeUsageError(t, "to")
}
