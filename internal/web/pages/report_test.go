package pages

import (
	"encoding/csv"
	"strings"
	"testing"
)

// TestTransparencyPage: the platform's staff (and its administrators) see
// the transparency report of a period, counted over their platform's cases
// only, and download it as CSV; counsel and the court do not; a period
// that ends before it begins is refused.
func TestTransparencyPage(t *testing.T) {
	f := newFixture(t)
	const period = "from=2022-01-01&to=2022-12-31"
	who := []string{"anonymous", "staff", "staff-elsewhere", "counsel", "court", "admin"}
	want := []int{303, 200, 200, 403, 403, 200}
	for i, w := range who {
		for _, path := range []string{"/reports/transparency?" + period, "/reports/transparency.csv?" + period} {
			resp, _ := f.Page(t, w, "GET", path, nil)
			if resp.StatusCode != want[i] {
				t.Errorf("%s GET %s: %d, want %d", w, path, resp.StatusCode, want[i])
			}
		}
	}

	// The fixture's case of the staff's platform: the seed order (dated
	// 2022-10-13), two accounts, one holder noticed, one objection; the
	// other platform's case is not theirs to count.
	_, body := f.Page(t, "staff", "GET", "/reports/transparency?"+period, nil)
	for _, s := range []string{"28 U.S.C. § 1782", "JP", "Northern District of California", `href="/reports/transparency.csv?from=2022-01-01&amp;to=2022-12-31"`} {
		if !strings.Contains(body, s) {
			t.Errorf("the report's page lacks %q", s)
		}
	}
	resp, body := f.Page(t, "staff", "GET", "/reports/transparency.csv?"+period, nil)
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") {
		t.Errorf("CSV served as %q", ct)
	}
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	total := rows[1]
	for name, n := range map[string]string{"requests": "1", "accounts": "2", "notified": "1", "contested": "1", "objections": "1", "produced": "0"} {
		if total[col[name]] != n {
			t.Errorf("total %s = %s, want %s (the staff's platform's one case)", name, total[col[name]], n)
		}
	}

	resp, _ = f.Page(t, "staff", "GET", "/reports/transparency?from=2022-12-31&to=2022-01-01", nil)
	if resp.StatusCode != 400 {
		t.Errorf("a period ending before it begins: %d, want 400", resp.StatusCode)
	}
}
