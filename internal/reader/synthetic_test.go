package reader_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/reader/score"
)

func readFile(p string) (string, error) {
	b, err := os.ReadFile(p)
	return string(b), err
}

// scoreDir scores the orders of dir (only those of only, if any) and
// fails on any invented term, and on accuracy below min percent in either
// group of fields.
func scoreDir(t *testing.T, dir string, only []string, min float64) {
	t.Helper()
	rep, err := score.Run(dir, only, readFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range []score.Group{score.Caption, score.Operative} {
		tl := rep.ByGroup()[g]
		t.Logf("%s: %s fields %d of %d right (%.1f%%)", dir, g, tl.Right, tl.Total, tl.Percent())
		if tl.Percent() < min {
			t.Errorf("%s fields: %.1f%% right, want at least %.0f%%", g, tl.Percent(), min)
		}
	}
	for _, r := range rep.Wrong() {
		t.Logf("%s %s: got %s, want %s", r.File, r.Field, r.Got, r.Want)
	}
	for _, r := range rep.Invented() {
		t.Errorf("invented: %s %s: got %s, want %s", r.File, r.Field, r.Got, r.Want)
	}
}

// TestReadSynthetic scores all eighteen synthetic orders: every field, no
// invented term. Six of them were held back while the reader was first
// written and scored once, on 2026-12-02, before they were read
// (testdata/synthetic/README.md has what that measured); the reader has
// been fixed on them since, so they are tuned data like the other twelve.
func TestReadSynthetic(t *testing.T) {
	dir := filepath.Join("testdata", "synthetic")
	want, err := score.LoadExpected(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) != 18 {
		t.Fatalf("%d synthetic orders, want 18", len(want))
	}
	scoreDir(t, dir, nil, 100)
}

// TestReadOwnOrders scores orders written for writ's tests in other
// courts' styles (testdata/own).
func TestReadOwnOrders(t *testing.T) {
	scoreDir(t, filepath.Join("testdata", "own"), nil, 100)
}

// TestReadHeldout scores the orders written apart from the reader: the
// eight of each of testdata/heldout, heldout2 to heldout7, heldout9,
// heldout10, heldout12 to heldout14, heldout16, heldout18, heldout20, heldout21, heldout24 and heldout27
// (heldout8, heldout11, heldout15, heldout17 and heldout19 have tests of
// their own, which pin the fields left to a person). Each set was scored once, on 2026-12-02 or
// 2026-12-03, before the reader was fixed on it (its
// README has what that measured); they are tuned data since, like the
// synthetic set, and the reader's measure is a set written apart from it.
func TestReadHeldout(t *testing.T) {
	for _, set := range []string{"heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout9", "heldout10", "heldout12", "heldout13", "heldout14", "heldout16", "heldout18", "heldout20", "heldout21", "heldout24", "heldout27"} {
		t.Run(set, func(t *testing.T) {
			// The sets are read side by side: the reader keeps no state
			// between reads, and the race detector checks that it does not.
			t.Parallel()
			raceSample(t, set)
			dir := filepath.Join("testdata", set)
			want, err := score.LoadExpected(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(want) != 8 {
				t.Fatalf("%d held-out orders in %s, want 8", len(want), dir)
			}
			scoreDir(t, dir, nil, 100)
		})
	}
}

// raceSample skips, under the race detector, the held-out sets it does
// not sample: every thirtieth set is read there, side by side, which is
// what the race detector checks (the reader keeps no state between
// reads). The race detector makes each read some twenty times slower:
// every sixth set took 200 s of the package's 372 s under it at 2be11b9,
// and CI's whole run neared its limit. Every set is read whole, and every
// field checked, in the run without it (.ci/run runs the package's tests
// again without -race).
func raceSample(t *testing.T, set string) {
	t.Helper()
	n, err := strconv.Atoi(strings.TrimPrefix(set, "heldout"))
	if underRace && (err != nil || n%30 != 0) {
		t.Skipf("%s: read in the run without the race detector (.ci/run); under -race every thirtieth held-out set is read", set)
	}
}

// pinLeft scores a set written apart that the reader has been fixed on
// since its first score: no term invented, and no field read wrong but
// those left (file and field), each left to a person as the set's README
// says. A fix that reads one of them moves it out of the list; a change
// that loses another field fails.
func pinLeft(t *testing.T, set string, left map[string]bool) {
	t.Helper()
	// Each set is read beside the others (see TestReadHeldout).
	t.Parallel()
	raceSample(t, set)
	rep, err := score.Run(filepath.Join("testdata", set), nil, readFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rep.Invented() {
		t.Errorf("invented: %s %s: got %s, want %s", r.File, r.Field, r.Got, r.Want)
	}
	got := map[string]bool{}
	for _, r := range rep.Wrong() {
		key := r.File + " " + string(r.Field)
		got[key] = true
		if !left[key] {
			t.Errorf("%s: got %s, want %s (read right before)", key, r.Got, r.Want)
		}
	}
	for key := range left {
		if !got[key] {
			t.Logf("%s is read right now: take it out of this list and the README's", key)
		}
	}
}

// TestReadHeldout8: the eighth set written apart, scored once on
// 2026-12-02 (caption 44 of 48, operative 77 of 104, one invented term),
// fixed since by cause but for a table of rulings.
func TestReadHeldout8(t *testing.T) {
	pinLeft(t, "heldout8", map[string]bool{})
}

// TestReadHeldout11: the eleventh set written apart, scored once on
// 2026-12-03 (caption 46 of 48, operative 69 of 104, two invented terms),
// fixed since by cause but for a proposed order adopted by reference.
func TestReadHeldout11(t *testing.T) {
	pinLeft(t, "heldout11", map[string]bool{
		"04-hogberg.txt notice_days":              true,
		"04-hogberg.txt notice_trigger":           true,
		"04-hogberg.txt contest_days":             true,
		"04-hogberg.txt contest_trigger":          true,
		"04-hogberg.txt objection_days":           true,
		"04-hogberg.txt advise_court_days":        true,
		"04-hogberg.txt preserve_while_contested": true,
		"04-hogberg.txt hold_scope":               true,
	})
}

// TestReadHeldout15: the fifteenth set written apart, scored once on
// 2026-12-03 (caption 46 of 48, operative 77 of 104, none invented),
// fixed since by cause; the fields left are left to a person, as its
// README's "Since" says, to be fixed by cause.
func TestReadHeldout15(t *testing.T) {
	pinLeft(t, "heldout15", map[string]bool{
		"04-serra-dourada.txt applicant":          true,
		"07-amalfitane.txt standard":              true,
		"07-amalfitane.txt categories_authorized": true,
		"07-amalfitane.txt categories_denied":     true,
		"07-amalfitane.txt excluded_fields":       true,
		"08-brightwater.txt excluded_fields":      true,
	})
}

// TestReadHeldout17: the seventeenth set written apart, scored once on
// 2026-12-03 (caption 45 of 48, operative 77 of 104, none invented),
// fixed since by cause; the fields left are left to a person, as its
// README's "Since" says, to be fixed by cause.
func TestReadHeldout17(t *testing.T) {
	pinLeft(t, "heldout17", map[string]bool{
		"08-salal-coast.txt provider": true,
	})
}

// TestReadHeldout19: a set written apart, scored once on 2026-12-03 (its
// README's "Scored" says what it measured), fixed since by cause; the
// fields left are left to a person, as its README's "Since" says.
func TestReadHeldout19(t *testing.T) {
	pinLeft(t, "heldout19", map[string]bool{})
}

// TestReadHeldout22: a set written apart, scored once on 2026-12-03 (its
// README's "Scored" says what it measured), fixed since by cause; the
// fields left are left to a person, as its README's "Since" says.
func TestReadHeldout22(t *testing.T) {
	pinLeft(t, "heldout22", map[string]bool{
		"07-van-rossem.txt provider":        true,
		"07-van-rossem.txt contest_days":    true,
		"07-van-rossem.txt contest_trigger": true,
	})
}

// TestReadHeldout23: a set written apart, scored once on 2026-12-03 (its
// README's "Scored" says what it measured), fixed since by cause; the
// fields left are left to a person, as its README's "Since" says.
func TestReadHeldout23(t *testing.T) {
	pinLeft(t, "heldout23", map[string]bool{
		"05-hinata-shuzo.txt categories_denied": true,
	})
}

// TestReadHeldout26: a set written apart, scored once on 2026-12-03 (its
// README's "Scored" says what it measured), fixed since by cause; the
// fields left are left to a person, as its README's "Since" says.
func TestReadHeldout26(t *testing.T) {
	pinLeft(t, "heldout26", map[string]bool{
		"04-officina-lanterna.txt standard":                 true,
		"04-officina-lanterna.txt notice_days":              true,
		"04-officina-lanterna.txt notice_trigger":           true,
		"04-officina-lanterna.txt contest_days":             true,
		"04-officina-lanterna.txt contest_trigger":          true,
		"04-officina-lanterna.txt preserve_while_contested": true,
		"04-officina-lanterna.txt hold_scope":               true,
		"05-pellingham-cole.txt notice_trigger":             true,
		"06-tallis-quayle.txt standard":                     true,
		"06-tallis-quayle.txt categories_authorized":        true,
		"06-tallis-quayle.txt objection_days":               true,
		"06-tallis-quayle.txt hold_scope":                   true,
		"08-jaguatirica.txt standard":                       true,
		"08-jaguatirica.txt categories_authorized":          true,
		"08-jaguatirica.txt categories_denied":              true,
		"08-jaguatirica.txt excluded_fields":                true,
	})
}

// TestReadHeldout25: a set written apart, scored once on 2026-12-03 (its
// README's "Scored" says what it measured), fixed since by cause; the
// fields left are left to a person, as its README's "Since" says.
func TestReadHeldout25(t *testing.T) {
	pinLeft(t, "heldout25", map[string]bool{
		"06-kurobane-shuzo.txt excluded_fields":    true,
		"07-wilczy-grod.txt standard":              true,
		"07-wilczy-grod.txt categories_authorized": true,
		"07-wilczy-grod.txt excluded_fields":       true,
		"08-serra-azul.txt categories_authorized":  true,
		"08-serra-azul.txt excluded_fields":        true,
	})
}

// TestReadHeldout28: a set written apart, scored once on 2026-12-03 (its
// README's "Scored" says what it measured), fixed since by cause; the
// fields left are left to a person, as its README's "Since" says.
func TestReadHeldout28(t *testing.T) {
	pinLeft(t, "heldout28", map[string]bool{
		"01-zielony-las.txt categories_authorized": true,
		"01-zielony-las.txt excluded_fields":       true,
		"03-van-houtem.txt standard":               true,
		"03-van-houtem.txt categories_authorized":  true,
		"03-van-houtem.txt categories_denied":      true,
		"03-van-houtem.txt excluded_fields":        true,
		"06-sauerbrey.txt standard":                true,
		"06-sauerbrey.txt categories_authorized":   true,
		"07-wattle-ember.txt excluded_fields":      true,
	})
}

// TestReadHeldout29: the twenty-ninth set written apart, scored once on
// 2026-12-03 (caption 46 of 48, operative 74 of 104, one invented term); the fields not
// yet read stay pinned, none invented.
func TestReadHeldout29(t *testing.T) {
	pinLeft(t, "heldout29", map[string]bool{
		"01-amagiri.txt notice_trigger":           true,
		"01-amagiri.txt objection_days":           true,
		"01-amagiri.txt preserve_while_contested": true,
		"01-amagiri.txt hold_scope":               true,
		"03-dalbit.txt notice_days":               true,
		"03-dalbit.txt notice_trigger":            true,
		"03-dalbit.txt contest_days":              true,
		"03-dalbit.txt contest_trigger":           true,
		"03-dalbit.txt objection_days":            true,
		"03-dalbit.txt advise_court_days":         true,
		"03-dalbit.txt preserve_while_contested":  true,
		"03-dalbit.txt use_restriction":           true,
		"03-dalbit.txt hold_scope":                true,
		"05-marchetti-brun.txt categories_denied": true,
		"06-serra-alta.txt categories_authorized": true,
		"06-serra-alta.txt excluded_fields":       true,
	})
}

// TestReadHeldout30: the thirtieth set written apart, scored once on
// 2026-12-03 (caption 46 of 48, operative 94 of 104, none invented); the fields not
// yet read stay pinned, none invented.
func TestReadHeldout30(t *testing.T) {
	pinLeft(t, "heldout30", map[string]bool{
		"03-dijkhuis.txt categories_authorized": true,
		"05-clochan.txt date":                   true,
		"05-clochan.txt applicant":              true,
		"06-valtorre.txt categories_authorized": true,
	})
}

// TestReadHeldout31: the thirty-first set written apart, scored once on
// 2026-12-03 (caption 46 of 48, operative 97 of 104, none invented); the fields not
// yet read stay pinned, none invented.
func TestReadHeldout31(t *testing.T) {
	pinLeft(t, "heldout31", map[string]bool{
		"03-vallesanta.txt objection_days":  true,
		"07-lindenhof.txt objection_days":   true,
		"08-brightwater.txt objection_days": true,
	})
}

// TestReadHeldout32: the thirty-second set written apart, scored once on
// 2026-12-03 (caption 43 of 48, operative 64 of 104, one invented term); the fields not
// yet read stay pinned, none invented.
func TestReadHeldout32(t *testing.T) {
	pinLeft(t, "heldout32", map[string]bool{
		"02-drachenfels.txt categories_denied":           true,
		"02-drachenfels.txt excluded_fields":             true,
		"03-wattlebrook.txt disposition":                 true,
		"03-wattlebrook.txt excluded_fields":             true,
		"03-wattlebrook.txt contest_days":                true,
		"03-wattlebrook.txt contest_trigger":             true,
		"04-ilmarinen.txt contest_days":                  true,
		"04-ilmarinen.txt contest_trigger":               true,
		"05-saeterdal.txt disposition":                   true,
		"06-verbeke-dumont.txt notice_days":              true,
		"06-verbeke-dumont.txt notice_trigger":           true,
		"06-verbeke-dumont.txt contest_days":             true,
		"06-verbeke-dumont.txt contest_trigger":          true,
		"06-verbeke-dumont.txt objection_days":           true,
		"06-verbeke-dumont.txt advise_court_days":        true,
		"06-verbeke-dumont.txt preserve_while_contested": true,
		"06-verbeke-dumont.txt use_restriction":          true,
		"06-verbeke-dumont.txt hold_scope":               true,
		"07-altamira.txt provider":                       true,
		"07-altamira.txt excluded_fields":                true,
	})
}

// TestReadHeldout33: the thirty-third set written apart, scored once on
// 2026-12-03 (caption 48 of 48, operative 99 of 104, none invented); the fields not
// yet read stay pinned, none invented.
func TestReadHeldout33(t *testing.T) {
	pinLeft(t, "heldout33", map[string]bool{})
}

// TestReadHeldout34: the thirty-fourth set written apart, scored once on
// 2026-12-03 (caption 45 of 48, operative 94 of 104, none invented); the
// fields not yet read stay pinned, none invented.
func TestReadHeldout34(t *testing.T) {
	pinLeft(t, "heldout34", map[string]bool{
		"02-dohyang.txt standard":                 true,
		"02-dohyang.txt categories_authorized":    true,
		"02-dohyang.txt excluded_fields":          true,
		"02-dohyang.txt notice_days":              true,
		"02-dohyang.txt notice_trigger":           true,
		"02-dohyang.txt contest_days":             true,
		"02-dohyang.txt contest_trigger":          true,
		"02-dohyang.txt preserve_while_contested": true,
		"02-dohyang.txt hold_scope":               true,
		"04-arenal-del-duero.txt applicant":       true,
		"07-kurobane.txt provider":                true,
	})
}

// TestReadHeldout35: the thirty-fifth set written apart, scored once on
// 2026-12-03 (caption 41 of 48, operative 62 of 104, one invented term);
// the fields not yet read stay pinned, none invented.
func TestReadHeldout35(t *testing.T) {
	pinLeft(t, "heldout35", map[string]bool{
		"01-amanogawa-shuzo.txt notice_trigger":        true,
		"01-amanogawa-shuzo.txt use_restriction":       true,
		"02-nachtfalke.txt contest_days":               true,
		"02-nachtfalke.txt contest_trigger":            true,
		"03-fontanarossa.txt preserve_while_contested": true,
		"03-fontanarossa.txt hold_scope":               true,
		"04-baek-seo-yeon.txt disposition":             true,
		"06-serra-azul.txt categories_authorized":      true,
		"06-serra-azul.txt preserve_while_contested":   true,
		"06-serra-azul.txt hold_scope":                 true,
		"07-verdelet.txt categories_authorized":        true,
		"07-verdelet.txt excluded_fields":              true,
	})
}

// TestReadHeldout36: the thirty-sixth set written apart, scored once on
// 2026-12-03 (caption 44 of 48, operative 77 of 104, one invented term);
// the fields not yet read stay pinned, none invented.
func TestReadHeldout36(t *testing.T) {
	pinLeft(t, "heldout36", map[string]bool{
		"01-auenhain.txt standard":                 true,
		"02-kruczy-las.txt notice_days":            true,
		"02-kruczy-las.txt notice_trigger":         true,
		"02-kruczy-las.txt contest_days":           true,
		"02-kruczy-las.txt contest_trigger":        true,
		"02-kruczy-las.txt objection_days":         true,
		"02-kruczy-las.txt advise_court_days":      true,
		"03-belcourt.txt notice_days":              true,
		"03-belcourt.txt notice_trigger":           true,
		"03-belcourt.txt contest_days":             true,
		"03-belcourt.txt contest_trigger":          true,
		"03-belcourt.txt preserve_while_contested": true,
		"03-belcourt.txt use_restriction":          true,
		"03-belcourt.txt hold_scope":               true,
		"05-solvang-moe.txt provider":              true,
		"06-vasconcelos.txt disposition":           true,
		"07-haneul.txt categories_denied":          true,
		"08-lanyu.txt categories_denied":           true,
	})
}

// TestReadHeldout37: the thirty-seventh set written apart, scored once on
// 2026-12-03 (caption 47 of 48, operative 97 of 104, two invented terms); the fields
// not yet read stay pinned, none invented.
func TestReadHeldout37(t *testing.T) {
	pinLeft(t, "heldout37", map[string]bool{
		"07-gaon-kitchenware.txt excluded_fields": true,
		"08-modrzew.txt applicant":                true,
		"08-modrzew.txt standard":                 true,
		"08-modrzew.txt categories_authorized":    true,
	})
}

// TestReadHeldout38: the thirty-eighth set written apart, scored once on
// 2026-12-03 (caption 44 of 48, operative 64 of 104, none invented); the fields
// not yet read stay pinned, none invented.
func TestReadHeldout38(t *testing.T) {
	pinLeft(t, "heldout38", map[string]bool{
		"03-hollowmere.txt standard":              true,
		"03-hollowmere.txt categories_authorized": true,
	})
}

// TestReadHeldout39: the thirty-ninth set written apart, scored once on
// 2026-12-03 (caption 44 of 48, operative 89 of 104, one invented term); the fields
// not yet read stay pinned, none invented.
func TestReadHeldout39(t *testing.T) {
	pinLeft(t, "heldout39", map[string]bool{
		"01-kroonhof.txt excluded_fields":        true,
		"02-zielinska.txt date":                  true,
		"02-zielinska.txt categories_authorized": true,
		"02-zielinska.txt excluded_fields":       true,
	})
}

// TestReadHeldout40: the fortieth set written apart, scored once on
// 2026-12-03 (caption 46 of 48, operative 39 of 104, three invented terms); the fields
// not yet read stay pinned, none invented.
func TestReadHeldout40(t *testing.T) {
	pinLeft(t, "heldout40", map[string]bool{
		"01-kawasemi.txt disposition":             true,
		"01-kawasemi.txt categories_authorized":   true,
		"01-kawasemi.txt categories_denied":       true,
		"01-kawasemi.txt notice_days":             true,
		"01-kawasemi.txt notice_trigger":          true,
		"01-kawasemi.txt contest_days":            true,
		"01-kawasemi.txt contest_trigger":         true,
		"02-sorrentino.txt categories_authorized": true,
		"02-sorrentino.txt excluded_fields":       true,
		"04-ashgrove.txt categories_authorized":   true,
		"05-serra-azul.txt standard":              true,
		"05-serra-azul.txt categories_authorized": true,
		"05-serra-azul.txt categories_denied":     true,
		"05-serra-azul.txt excluded_fields":       true,
		"06-lindenhof.txt categories_authorized":  true,
		"06-lindenhof.txt excluded_fields":        true,
		"06-lindenhof.txt notice_days":            true,
		"06-lindenhof.txt notice_trigger":         true,
		"06-lindenhof.txt contest_days":           true,
		"06-lindenhof.txt contest_trigger":        true,
		"07-nogalera.txt categories_authorized":   true,
		"08-ginrei.txt standard":                  true,
		"08-ginrei.txt excluded_fields":           true,
		"08-ginrei.txt notice_days":               true,
		"08-ginrei.txt notice_trigger":            true,
		"08-ginrei.txt contest_days":              true,
		"08-ginrei.txt contest_trigger":           true,
		"08-ginrei.txt objection_days":            true,
		"08-ginrei.txt advise_court_days":         true,
		"08-ginrei.txt preserve_while_contested":  true,
		"08-ginrei.txt hold_scope":                true,
	})
}

// TestReadHeldout41: the forty-first set written apart, scored once on
// 2026-12-03 (caption 48 of 48, operative 103 of 104, none invented); the fields
// not yet read stay pinned, none invented.
func TestReadHeldout41(t *testing.T) {
	pinLeft(t, "heldout41", map[string]bool{})
}

// TestReadHeldout42: the forty-second set written apart, scored once on
// 2026-12-03 (caption 45 of 48, operative 98 of 104, two invented terms); the fields
// not yet read stay pinned, none invented.
func TestReadHeldout42(t *testing.T) {
	pinLeft(t, "heldout42", map[string]bool{
		"05-serra-azul.txt standard":              true,
		"05-serra-azul.txt categories_authorized": true,
		"05-serra-azul.txt excluded_fields":       true,
	})
}

// TestReadHeldout43: the forty-third set written apart, scored once on
// 2026-12-03 (caption 46 of 48, operative 73 of 104, three invented terms); the fields
// not yet read stay pinned, none invented.
func TestReadHeldout43(t *testing.T) {
	pinLeft(t, "heldout43", map[string]bool{
		"05-zielony-kruk.txt standard":              true,
		"05-zielony-kruk.txt categories_authorized": true,
		"05-zielony-kruk.txt categories_denied":     true,
		"05-zielony-kruk.txt excluded_fields":       true,
		"05-zielony-kruk.txt notice_trigger":        true,
		"07-ofek-tikshoret.txt date":                true,
		"08-dalbit-craft.txt standard":              true,
		"08-dalbit-craft.txt categories_authorized": true,
		"08-dalbit-craft.txt contest_days":          true,
		"08-dalbit-craft.txt contest_trigger":       true,
	})
}

// TestReadHeldout44: the forty-fourth set written apart, scored once on
// 2026-12-03 (caption 47 of 48, operative 88 of 104, none invented); the fields
// not yet read stay pinned, none invented.
func TestReadHeldout44(t *testing.T) {
	pinLeft(t, "heldout44", map[string]bool{
		"06-byeolbit.txt objection_days":     true,
		"07-kgosi.txt standard":              true,
		"07-kgosi.txt categories_authorized": true,
		"07-kgosi.txt excluded_fields":       true,
	})
}

// TestReadHeldout46: the forty-sixth set written apart, scored once on
// 2026-12-03 (caption 47 of 48, operative 71 of 104, one invented term); the fields
// not yet read stay pinned, none invented.
func TestReadHeldout46(t *testing.T) {
	pinLeft(t, "heldout46", map[string]bool{
		"02-bonventre.txt advise_court_days":          true,
		"03-kruczek.txt categories_authorized":        true,
		"03-kruczek.txt categories_denied":            true,
		"03-kruczek.txt excluded_fields":              true,
		"04-casa-azahar.txt notice_days":              true,
		"04-casa-azahar.txt notice_trigger":           true,
		"04-casa-azahar.txt contest_days":             true,
		"04-casa-azahar.txt contest_trigger":          true,
		"04-casa-azahar.txt objection_days":           true,
		"04-casa-azahar.txt advise_court_days":        true,
		"04-casa-azahar.txt preserve_while_contested": true,
		"04-casa-azahar.txt hold_scope":               true,
		"06-ofek.txt standard":                        true,
		"06-ofek.txt categories_denied":               true,
		"06-ofek.txt notice_days":                     true,
		"06-ofek.txt notice_trigger":                  true,
		"06-ofek.txt contest_days":                    true,
		"06-ofek.txt contest_trigger":                 true,
		"06-ofek.txt objection_days":                  true,
		"06-ofek.txt advise_court_days":               true,
		"06-ofek.txt preserve_while_contested":        true,
		"06-ofek.txt use_restriction":                 true,
		"06-ofek.txt hold_scope":                      true,
	})
}

// TestReadHeldout45: the forty-fifth set written apart, scored once on
// 2026-12-03 (caption 47 of 48, operative 92 of 104, two invented terms);
// the fields not yet read stay pinned, none invented.
func TestReadHeldout45(t *testing.T) {
	pinLeft(t, "heldout45", map[string]bool{
		"01-hanamura.txt categories_authorized":  true,
		"01-hanamura.txt excluded_fields":        true,
		"02-vallardi.txt categories_authorized":  true,
		"02-vallardi.txt excluded_fields":        true,
		"04-ardmore.txt case_number":             true,
		"07-coorabell.txt standard":              true,
		"07-coorabell.txt categories_authorized": true,
	})
}

// TestReadHeldout47: the forty-seventh set written apart (stipulations
// with the court's changes), scored once on 2026-12-03 (caption 43 of 48,
// operative 70 of 104, six invented terms); the fields not yet read stay
// pinned, none invented.
func TestReadHeldout47(t *testing.T) {
	pinLeft(t, "heldout47", map[string]bool{
		"01-kurobane.txt categories_authorized":    true,
		"01-kurobane.txt excluded_fields":          true,
		"02-vandersloot.txt disposition":           true,
		"04-kalliokoski.txt disposition":           true,
		"04-kalliokoski.txt notice_days":           true,
		"04-kalliokoski.txt notice_trigger":        true,
		"04-kalliokoski.txt contest_days":          true,
		"04-kalliokoski.txt contest_trigger":       true,
		"05-brunnthaler.txt standard":              true,
		"05-brunnthaler.txt categories_authorized": true,
		"05-brunnthaler.txt excluded_fields":       true,
	})
}

// TestReadHeldout51: the fifty-first set written apart (a representative
// month), scored once on 2026-12-03 (caption 47 of 48, operative 99 of
// 104, one invented term); the fields not yet read stay pinned, none
// invented.
func TestReadHeldout51(t *testing.T) {
	pinLeft(t, "heldout51", map[string]bool{
		"03-sonnleitner.txt categories_denied":     true,
		"07-quaresmeira.txt categories_authorized": true,
	})
}

// TestReadHeldout52: the fifty-second set written apart (follow-up orders
// and invention traps), scored once on 2026-12-03 (caption 44 of 48,
// operative 90 of 104, eleven invented terms); the fields not yet read
// stay pinned, none invented.
func TestReadHeldout52(t *testing.T) {
	pinLeft(t, "heldout52", map[string]bool{
		"02-brunnhalde.txt disposition":     true,
		"04-jaboticaba.txt provider":        true,
		"05-morandella.txt provider":        true,
		"05-morandella.txt disposition":     true,
		"08-wrzosowisko.txt notice_trigger": true,
	})
}

// TestReadHeldout49: the forty-ninth set written apart (reports and
// recommendations on review), scored once on 2026-12-03 (caption 45 of
// 48, operative 88 of 104, three invented terms); the fields not yet read
// stay pinned, none invented.
func TestReadHeldout49(t *testing.T) {
	pinLeft(t, "heldout49", map[string]bool{
		"01-kuzuryu.txt use_restriction": true,
		"05-wyrmgate.txt notice_trigger": true,
	})
}

// TestReadHeldout50: the fiftieth set written apart (terms reached by
// definitions and attachments), scored once on 2026-12-03 (caption 47 of
// 48, operative 72 of 104, five invented terms); the fields not yet read
// stay pinned, none invented.
func TestReadHeldout50(t *testing.T) {
	pinLeft(t, "heldout50", map[string]bool{
		"01-kurobane.txt objection_days":           true,
		"01-kurobane.txt advise_court_days":        true,
		"01-kurobane.txt use_restriction":          true,
		"02-duinvoet.txt categories_authorized":    true,
		"02-duinvoet.txt excluded_fields":          true,
		"03-wrzosowisko.txt hold_scope":            true,
		"05-jabuticabal.txt categories_authorized": true,
		"07-haselgraben.txt standard":              true,
		"07-haselgraben.txt categories_authorized": true,
		"07-haselgraben.txt excluded_fields":       true,
		"08-tlacotalpan.txt categories_authorized": true,
	})
}

// TestReadHeldout48: the forty-eighth set written apart (schedules and
// tables), scored once on 2026-12-03 (caption 48 of 48, operative 70 of
// 104, one invented term); the fields not yet read stay pinned, none
// invented.
func TestReadHeldout48(t *testing.T) {
	pinLeft(t, "heldout48", map[string]bool{
		"04-kesselbrink.txt categories_authorized": true,
		"04-kesselbrink.txt categories_denied":     true,
		"05-zerafa.txt excluded_fields":            true,
		"08-achterberg.txt standard":               true,
		"08-achterberg.txt categories_authorized":  true,
		"08-achterberg.txt excluded_fields":        true,
	})
}

// TestReadHeldout53 to TestReadHeldout58: the fifty-third to fifty-eighth
// sets written apart, scored once on 2026-12-03 (together caption 282 of
// 288, operative 540 of 624, twelve invented terms); the fields not yet
// read stay pinned, none invented.
func TestReadHeldout53(t *testing.T) {
	pinLeft(t, "heldout53", map[string]bool{
		"05-ochoterena.txt standard": true,
	})
}

func TestReadHeldout54(t *testing.T) {
	pinLeft(t, "heldout54", map[string]bool{
		"03-quellenried.txt categories_authorized":    true,
		"03-quellenried.txt excluded_fields":          true,
		"05-castlereagh.txt contest_days":             true,
		"05-castlereagh.txt contest_trigger":          true,
		"05-castlereagh.txt objection_days":           true,
		"05-castlereagh.txt advise_court_days":        true,
		"05-castlereagh.txt preserve_while_contested": true,
		"05-castlereagh.txt hold_scope":               true,
	})
}

func TestReadHeldout55(t *testing.T) {
	pinLeft(t, "heldout55", map[string]bool{
		"01-kurobane.txt standard":                 true,
		"01-kurobane.txt categories_authorized":    true,
		"01-kurobane.txt excluded_fields":          true,
		"01-kurobane.txt notice_days":              true,
		"01-kurobane.txt notice_trigger":           true,
		"03-tucunare.txt categories_authorized":    true,
		"03-tucunare.txt excluded_fields":          true,
		"04-zurawiec.txt standard":                 true,
		"04-zurawiec.txt categories_authorized":    true,
		"04-zurawiec.txt categories_denied":        true,
		"04-zurawiec.txt excluded_fields":          true,
		"04-zurawiec.txt notice_days":              true,
		"04-zurawiec.txt notice_trigger":           true,
		"04-zurawiec.txt contest_days":             true,
		"04-zurawiec.txt contest_trigger":          true,
		"04-zurawiec.txt hold_scope":               true,
		"05-wattlebrook.txt standard":              true,
		"05-wattlebrook.txt categories_authorized": true,
		"05-wattlebrook.txt excluded_fields":       true,
	})
}

func TestReadHeldout56(t *testing.T) {
	pinLeft(t, "heldout56", map[string]bool{
		"03-thibaudeau.txt categories_denied": true,
		"04-kaldenbach.txt objection_days":    true,
		"08-tshabangu.txt contest_days":       true,
		"08-tshabangu.txt contest_trigger":    true,
		"08-tshabangu.txt objection_days":     true,
		"08-tshabangu.txt advise_court_days":  true,
		"08-tshabangu.txt use_restriction":    true,
	})
}

func TestReadHeldout57(t *testing.T) {
	pinLeft(t, "heldout57", map[string]bool{})
}

func TestReadHeldout58(t *testing.T) {
	pinLeft(t, "heldout58", map[string]bool{
		"03-vestergaard.txt preserve_while_contested": true,
		"03-vestergaard.txt hold_scope":               true,
		"04-dalmaji.txt categories_authorized":        true,
		"06-keaveney.txt excluded_fields":             true,
		"06-keaveney.txt objection_days":              true,
	})
}

// TestReadHeldout59: the fifty-ninth set written apart, scored once on
// 2026-12-03 (caption 42 of 48, operative 67 of 104, one invented term); the fields
// left are listed, to be fixed by cause.
func TestReadHeldout59(t *testing.T) {
	pinLeft(t, "heldout59", map[string]bool{})
}

// TestReadHeldout60: the sixtieth set written apart, scored once on
// 2026-12-03 (caption 48 of 48, operative 74 of 104, one invented term); the fields
// left are listed, to be fixed by cause.
func TestReadHeldout60(t *testing.T) {
	pinLeft(t, "heldout60", map[string]bool{
		"02-wendelin.txt categories_authorized": true,
		"02-wendelin.txt categories_denied":     true,
		"04-hanbit.txt standard":                true,
	})
}

// TestReadHeldout61: the sixty-first set written apart, scored once on
// 2026-12-03 (caption 47 of 48, operative 96 of 104, none invented); the fields
// left are listed, to be fixed by cause.
func TestReadHeldout61(t *testing.T) {
	pinLeft(t, "heldout61", map[string]bool{
		"03-kesselhut.txt categories_denied":      true,
		"05-gravelotte.txt standard":              true,
		"05-gravelotte.txt categories_authorized": true,
		"05-gravelotte.txt excluded_fields":       true,
	})
}

// TestReadHeldout63: the sixty-third set written apart, scored once on
// 2026-12-03 (caption 46 of 48, operative 49 of 104, none invented); the fields
// left are listed, to be fixed by cause.
func TestReadHeldout63(t *testing.T) {
	pinLeft(t, "heldout63", map[string]bool{
		"01-kirisame.txt categories_authorized": true,
		"06-hollerbach.txt categories_denied":   true,
		"06-hollerbach.txt hold_scope":          true,
		"07-arriaga.txt disposition":            true,
		"07-arriaga.txt categories_authorized":  true,
		"07-arriaga.txt excluded_fields":        true,
		"07-arriaga.txt notice_trigger":         true,
	})
}

// TestReadHeldout64: the sixty-fourth set written apart, scored once on
// 2026-12-03 (caption 41 of 48, operative 79 of 104, none invented), fixed
// since by cause: none left.
func TestReadHeldout64(t *testing.T) {
	pinLeft(t, "heldout64", map[string]bool{})
}

// TestReadHeldout62: the sixty-second set written apart, scored once on
// 2026-12-03 (caption 40 of 48, operative 76 of 104, three invented terms); the fields
// left are listed, to be fixed by cause.
func TestReadHeldout62(t *testing.T) {
	pinLeft(t, "heldout62", map[string]bool{
		"01-verbena.txt standard":              true,
		"01-verbena.txt categories_authorized": true,
		"01-verbena.txt categories_denied":     true,
		"03-brindabella.txt judge":             true,
		"03-brindabella.txt disposition":       true,
		"04-tal-noa.txt categories_denied":     true,
	})
}

// TestReadHeldout65: the sixty-fifth set written apart, scored once on
// 2026-12-03 (caption 46 of 48, operative 99 of 104, none invented); the fields
// left are listed, to be fixed by cause.
func TestReadHeldout65(t *testing.T) {
	pinLeft(t, "heldout65", map[string]bool{
		"01-amagasaki.txt categories_authorized": true,
	})
}

// TestReadHeldout66: the sixty-sixth set written apart, scored once on
// 2026-12-03 (caption 48 of 48, operative 101 of 104, none invented); the fields
// left are listed, to be fixed by cause.
func TestReadHeldout66(t *testing.T) {
	pinLeft(t, "heldout66", map[string]bool{})
}

// TestReadHeldout67: the sixty-seventh set written apart, scored once on
// 2026-12-03 (caption 48 of 48, operative 71 of 104, none invented); the fields
// left are listed, to be fixed by cause.
func TestReadHeldout67(t *testing.T) {
	pinLeft(t, "heldout67", map[string]bool{
		"01-kohaku-juku.txt categories_authorized":    true,
		"01-kohaku-juku.txt excluded_fields":          true,
		"03-nordlys.txt notice_days":                  true,
		"03-nordlys.txt notice_trigger":               true,
		"03-nordlys.txt contest_days":                 true,
		"03-nordlys.txt contest_trigger":              true,
		"03-nordlys.txt objection_days":               true,
		"03-nordlys.txt advise_court_days":            true,
		"04-arkwright.txt categories_authorized":      true,
		"04-arkwright.txt categories_denied":          true,
		"06-mare-alta.txt standard":                   true,
		"06-mare-alta.txt categories_authorized":      true,
		"06-mare-alta.txt categories_denied":          true,
		"06-mare-alta.txt excluded_fields":            true,
		"08-jinshan-tea.txt standard":                 true,
		"08-jinshan-tea.txt notice_days":              true,
		"08-jinshan-tea.txt notice_trigger":           true,
		"08-jinshan-tea.txt contest_days":             true,
		"08-jinshan-tea.txt contest_trigger":          true,
		"08-jinshan-tea.txt objection_days":           true,
		"08-jinshan-tea.txt advise_court_days":        true,
		"08-jinshan-tea.txt preserve_while_contested": true,
		"08-jinshan-tea.txt use_restriction":          true,
		"08-jinshan-tea.txt hold_scope":               true,
	})
}

// TestReadHeldout68: the sixty-eighth set written apart, scored once on
// 2026-12-03 (caption 46 of 48, operative 56 of 104, one invented term); the fields
// left are listed, to be fixed by cause.
func TestReadHeldout68(t *testing.T) {
	pinLeft(t, "heldout68", map[string]bool{
		"01-minegishi.txt categories_authorized":      true,
		"07-kallang-marine.txt categories_authorized": true,
		"07-kallang-marine.txt excluded_fields":       true,
	})
}

// TestReadHeldout69: the sixty-ninth set written apart, scored once on
// 2026-12-03 (caption 48 of 48, operative 58 of 104, one invented term); the fields
// left are listed, to be fixed by cause.
func TestReadHeldout69(t *testing.T) {
	pinLeft(t, "heldout69", map[string]bool{
		"01-minazuki.txt standard":                      true,
		"01-minazuki.txt categories_authorized":         true,
		"01-minazuki.txt categories_denied":             true,
		"02-zuraw.txt notice_days":                      true,
		"02-zuraw.txt notice_trigger":                   true,
		"02-zuraw.txt contest_days":                     true,
		"02-zuraw.txt contest_trigger":                  true,
		"02-zuraw.txt objection_days":                   true,
		"02-zuraw.txt advise_court_days":                true,
		"02-zuraw.txt preserve_while_contested":         true,
		"02-zuraw.txt use_restriction":                  true,
		"02-zuraw.txt hold_scope":                       true,
		"03-verlaque.txt standard":                      true,
		"03-verlaque.txt categories_authorized":         true,
		"03-verlaque.txt contest_days":                  true,
		"03-verlaque.txt contest_trigger":               true,
		"03-verlaque.txt use_restriction":               true,
		"06-osteria-nives.txt standard":                 true,
		"06-osteria-nives.txt categories_authorized":    true,
		"06-osteria-nives.txt categories_denied":        true,
		"06-osteria-nives.txt notice_days":              true,
		"06-osteria-nives.txt notice_trigger":           true,
		"06-osteria-nives.txt contest_days":             true,
		"06-osteria-nives.txt contest_trigger":          true,
		"06-osteria-nives.txt objection_days":           true,
		"06-osteria-nives.txt advise_court_days":        true,
		"06-osteria-nives.txt preserve_while_contested": true,
		"06-osteria-nives.txt use_restriction":          true,
		"06-osteria-nives.txt hold_scope":               true,
		"08-brunnmatt.txt excluded_fields":              true,
	})
}

// TestReadHeldout70: the seventieth set written apart, scored once on
// 2026-12-03 (caption 39 of 48, operative 49 of 104, one invented term); the fields
// left are listed, to be fixed by cause.
func TestReadHeldout70(t *testing.T) {
	pinLeft(t, "heldout70", map[string]bool{
		"01-hanamizuki.txt excluded_fields":          true,
		"05-maison-lacombe.txt categories_denied":    true,
		"06-mendonca.txt advise_court_days":          true,
		"08-banksia-coast.txt provider":              true,
		"08-banksia-coast.txt standard":              true,
		"08-banksia-coast.txt categories_authorized": true,
		"08-banksia-coast.txt excluded_fields":       true,
	})
}

// TestReadHeldout71: the seventy-first set written apart, scored once on
// 2026-12-03 (caption 48 of 48, operative 98 of 104, one invented term); the fields
// left are listed, to be fixed by cause.
func TestReadHeldout71(t *testing.T) {
	pinLeft(t, "heldout71", map[string]bool{})
}

// TestReadHeldout72: the seventy-second set written apart, scored once on
// 2026-12-03 (caption 48 of 48, operative 100 of 104, one invented term); the fields
// left are listed, to be fixed by cause.
func TestReadHeldout72(t *testing.T) {
	pinLeft(t, "heldout72", map[string]bool{})
}

// TestReadHeldout73: the seventy-third set written apart, scored once on
// 2026-12-03 (caption 46 of 48, operative 84 of 104, one invented term); the fields
// left are listed, to be fixed by cause.
func TestReadHeldout73(t *testing.T) {
	pinLeft(t, "heldout73", map[string]bool{
		"04-farquharson-reid.txt categories_authorized": true,
		"04-farquharson-reid.txt categories_denied":     true,
	})
}

// TestReadHeldout74: the seventy-fourth set written apart, scored once on
// 2026-12-03 (caption 47 of 48, operative 85 of 104, no invented term); the fields
// left are listed, to be fixed by cause.
func TestReadHeldout74(t *testing.T) {
	pinLeft(t, "heldout74", map[string]bool{
		"02-baram.txt notice_days":                   true,
		"02-baram.txt notice_trigger":                true,
		"02-baram.txt contest_days":                  true,
		"02-baram.txt contest_trigger":               true,
		"02-baram.txt objection_days":                true,
		"02-baram.txt advise_court_days":             true,
		"04-mizuhiki.txt standard":                   true,
		"04-mizuhiki.txt categories_authorized":      true,
		"04-mizuhiki.txt excluded_fields":            true,
		"05-oakhurst-reid.txt provider":              true,
		"05-oakhurst-reid.txt standard":              true,
		"05-oakhurst-reid.txt categories_authorized": true,
		"05-oakhurst-reid.txt notice_days":           true,
		"05-oakhurst-reid.txt notice_trigger":        true,
		"05-oakhurst-reid.txt contest_days":          true,
		"05-oakhurst-reid.txt contest_trigger":       true,
		"06-vasseur-kerbrat.txt categories_denied":   true,
	})
}

// TestReadHeldout75: the seventy-fifth set written apart, scored once on
// 2026-12-03 (caption 48 of 48, operative 88 of 104, one invented term); the fields
// left are listed, to be fixed by cause.
func TestReadHeldout75(t *testing.T) {
	pinLeft(t, "heldout75", map[string]bool{})
}

// TestReadHeldout76: the seventy-sixth set written apart, scored once on
// 2026-12-03 (caption 47 of 48, operative 64 of 104, no invented term); the fields
// left are listed, to be fixed by cause.
func TestReadHeldout76(t *testing.T) {
	pinLeft(t, "heldout76", map[string]bool{
		"04-vallombrosa.txt categories_authorized": true,
		"04-vallombrosa.txt categories_denied":     true,
		"07-van-hoorn.txt categories_denied":       true,
	})
}

// TestReadHeldout77: the seventy-seventh set written apart (a representative month), scored
// once on 2026-12-04 (caption 48 of 48, operative 102 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout77(t *testing.T) {
	pinLeft(t, "heldout77", map[string]bool{})
}

// TestReadHeldout78: the seventy-eighth set written apart (a representative month outside California), scored
// once on 2026-12-04 (caption 46 of 48, operative 100 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout78(t *testing.T) {
	pinLeft(t, "heldout78", map[string]bool{})
}

// TestReadHeldout79: the seventy-ninth set written apart (a representative month in many renderings), scored
// once on 2026-12-04 (caption 47 of 48, operative 98 of 104, two invented terms),
// fixed since by cause.
func TestReadHeldout79(t *testing.T) {
	pinLeft(t, "heldout79", map[string]bool{
		"03-tsubakiya.txt judge": true,
	})
}

// TestReadHeldout80: the eightieth set written apart (proposed orders signed by the court), scored
// once on 2026-12-04 (caption 44 of 48, operative 85 of 104, one invented term),
// fixed since by cause.
func TestReadHeldout80(t *testing.T) {
	pinLeft(t, "heldout80", map[string]bool{
		"05-paquerette.txt applicant":             true,
		"05-paquerette.txt standard":              true,
		"05-paquerette.txt categories_authorized": true,
		"05-paquerette.txt excluded_fields":       true,
	})
}

// TestReadHeldout81: the eighty-first set written apart (short orders), scored
// once on 2026-12-04 (caption 34 of 48, operative 56 of 104, one invented term),
// fixed since by cause.
func TestReadHeldout81(t *testing.T) {
	pinLeft(t, "heldout81", map[string]bool{})
}

// TestReadHeldout82: the eighty-second set written apart (the protective procedure in many variations), scored
// once on 2026-12-04 (caption 48 of 48, operative 95 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout82(t *testing.T) {
	pinLeft(t, "heldout82", map[string]bool{
		"03-zurawiec.txt advise_court_days":  true,
		"07-ellingham.txt advise_court_days": true,
	})
}

// TestReadHeldout83: the eighty-third set written apart (a representative month in the Northern District of California), scored
// once on 2026-12-04 (caption 48 of 48, operative 95 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout83(t *testing.T) {
	pinLeft(t, "heldout83", map[string]bool{})
}

// TestReadHeldout84: the eighty-fourth set written apart (a representative month outside California), scored
// once on 2026-12-04 (caption 48 of 48, operative 101 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout84(t *testing.T) {
	pinLeft(t, "heldout84", map[string]bool{})
}

// TestReadHeldout85: the eighty-fifth set written apart (long memorandum opinions quoting other schedules), scored
// once on 2026-12-04 (caption 48 of 48, operative 101 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout85(t *testing.T) {
	pinLeft(t, "heldout85", map[string]bool{})
}

// TestReadHeldout86: the eighty-sixth set written apart (terms in attachments: exhibits, appendices, tables, stipulations, amended orders), scored
// once on 2026-12-04 (caption 48 of 48, operative 89 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout86(t *testing.T) {
	pinLeft(t, "heldout86", map[string]bool{})
}

// TestReadHeldout87: the eighty-seventh set written apart (partial grants and denials), scored
// once on 2026-12-04 (caption 46 of 48, operative 102 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout87(t *testing.T) {
	pinLeft(t, "heldout87", map[string]bool{})
}

// TestReadHeldout88: the eighty-eighth set written apart (the renderings and shapes a platform gets), scored
// once on 2026-12-04 (caption 46 of 48, operative 98 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout88(t *testing.T) {
	pinLeft(t, "heldout88", map[string]bool{})
}

// TestReadHeldout89: the eighty-ninth set written apart (a representative month in the Northern District of California), scored
// once on 2026-12-04 (caption 47 of 48, operative 96 of 104, one invented term),
// fixed since by cause.
func TestReadHeldout89(t *testing.T) {
	pinLeft(t, "heldout89", map[string]bool{
		"03-aldana.txt disposition":                  true,
		"06-laticinios-moraes.txt categories_denied": true,
	})
}

// TestReadHeldout90: the ninetieth set written apart (a representative month outside California), scored
// once on 2026-12-04 (caption 48 of 48, operative 104 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout90(t *testing.T) {
	pinLeft(t, "heldout90", map[string]bool{})
}

// TestReadHeldout91: the ninety-first set written apart (a representative month in the renderings a platform's intake sees), scored
// once on 2026-12-04 (caption 48 of 48, operative 99 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout91(t *testing.T) {
	pinLeft(t, "heldout91", map[string]bool{
		"02-wrobel.txt categories_authorized":    true,
		"03-ferraz.txt categories_denied":        true,
		"08-deshpande.txt categories_authorized": true,
	})
}

// TestReadHeldout92: the ninety-second set written apart (the procedure in running prose, passive and idiosyncratic), scored
// once on 2026-12-04 (caption 48 of 48, operative 83 of 104, one invented term),
// fixed since by cause.
func TestReadHeldout92(t *testing.T) {
	pinLeft(t, "heldout92", map[string]bool{
		"03-brzozowski-meble.txt contest_days":    true,
		"03-brzozowski-meble.txt contest_trigger": true,
		"05-lindqvist-aberg.txt notice_days":      true,
		"05-lindqvist-aberg.txt notice_trigger":   true,
		"05-lindqvist-aberg.txt contest_days":     true,
		"05-lindqvist-aberg.txt contest_trigger":  true,
		"05-lindqvist-aberg.txt objection_days":   true,
	})
}

// TestReadHeldout93: the ninety-third set written apart (orders on motions after a grant), scored
// once on 2026-12-04 (caption 45 of 48, operative 96 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout93(t *testing.T) {
	pinLeft(t, "heldout93", map[string]bool{
		"02-wrzosowa-dolina.txt disposition":          true,
		"04-van-oosterwijk.txt categories_authorized": true,
		"04-van-oosterwijk.txt excluded_fields":       true,
		"06-okafor.txt categories_authorized":         true,
		"07-seo-ji-hoon.txt standard":                 true,
		"07-seo-ji-hoon.txt categories_authorized":    true,
	})
}

// TestReadHeldout94: the ninety-fourth set written apart (short and plain orders), scored
// once on 2026-12-04 (caption 48 of 48, operative 75 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout94(t *testing.T) {
	pinLeft(t, "heldout94", map[string]bool{})
}

// TestReadHeldout95: the ninety-fifth set written apart (a representative month in N.D. Cal.), scored
// once on 2026-12-04 (caption 47 of 48, operative 99 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout95(t *testing.T) {
	pinLeft(t, "heldout95", map[string]bool{
		"01-editions-mirabelle-sorel.txt categories_authorized": true,
	})
}

// TestReadHeldout96: the ninety-sixth set written apart (a representative month outside California), scored
// once on 2026-12-04 (caption 47 of 48, operative 100 of 104, one invented term),
// fixed since by cause.
func TestReadHeldout96(t *testing.T) {
	pinLeft(t, "heldout96", map[string]bool{})
}

// TestReadHeldout97: the ninety-seventh set written apart (terms from elsewhere), scored
// once on 2026-12-04 (caption 47 of 48, operative 77 of 104, two invented terms),
// fixed since by cause.
func TestReadHeldout97(t *testing.T) {
	pinLeft(t, "heldout97", map[string]bool{
		"01-brasserie-le-guennec.txt standard":                 true,
		"01-brasserie-le-guennec.txt categories_authorized":    true,
		"01-brasserie-le-guennec.txt notice_days":              true,
		"01-brasserie-le-guennec.txt notice_trigger":           true,
		"01-brasserie-le-guennec.txt contest_days":             true,
		"01-brasserie-le-guennec.txt contest_trigger":          true,
		"01-brasserie-le-guennec.txt objection_days":           true,
		"01-brasserie-le-guennec.txt advise_court_days":        true,
		"01-brasserie-le-guennec.txt preserve_while_contested": true,
		"01-brasserie-le-guennec.txt use_restriction":          true,
		"01-brasserie-le-guennec.txt hold_scope":               true,
		"02-studio-wedrowiec.txt notice_days":                  true,
		"02-studio-wedrowiec.txt notice_trigger":               true,
		"02-studio-wedrowiec.txt preserve_while_contested":     true,
		"02-studio-wedrowiec.txt use_restriction":              true,
		"02-studio-wedrowiec.txt hold_scope":                   true,
		"03-tran-bao-ngoc.txt standard":                        true,
		"03-tran-bao-ngoc.txt categories_authorized":           true,
		"05-echeverria-zuniga.txt categories_denied":           true,
		"06-thorhallsdottir.txt categories_denied":             true,
		"06-thorhallsdottir.txt contest_days":                  true,
		"06-thorhallsdottir.txt contest_trigger":               true,
		"06-thorhallsdottir.txt preserve_while_contested":      true,
		"06-thorhallsdottir.txt use_restriction":               true,
		"06-thorhallsdottir.txt hold_scope":                    true,
	})
}

// TestReadHeldout98: the ninety-eighth set written apart (the procedure in running prose), scored
// once on 2026-12-04 (caption 47 of 48, operative 87 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout98(t *testing.T) {
	pinLeft(t, "heldout98", map[string]bool{
		"05-lefevre-aubrac.txt hold_scope": true,
	})
}

// TestReadHeldout99: the ninety-ninth set written apart (renderings), scored
// once on 2026-12-04 (caption 45 of 48, operative 89 of 104, one invented term),
// fixed since by cause.
func TestReadHeldout99(t *testing.T) {
	pinLeft(t, "heldout99", map[string]bool{
		"03-gunesli-dokuma.txt standard":                     true,
		"03-gunesli-dokuma.txt categories_authorized":        true,
		"03-gunesli-dokuma.txt excluded_fields":              true,
		"03-gunesli-dokuma.txt notice_days":                  true,
		"03-gunesli-dokuma.txt notice_trigger":               true,
		"03-gunesli-dokuma.txt contest_days":                 true,
		"03-gunesli-dokuma.txt contest_trigger":              true,
		"04-pollokallio-games.txt applicant":                 true,
		"06-sao-bien-studio.txt applicant":                   true,
		"07-anais-lefevre-duchene.txt standard":              true,
		"07-anais-lefevre-duchene.txt categories_authorized": true,
		"08-thorunn-gudmundsdottir.txt date":                 true,
		"08-thorunn-gudmundsdottir.txt contest_days":         true,
		"08-thorunn-gudmundsdottir.txt contest_trigger":      true,
		"08-thorunn-gudmundsdottir.txt objection_days":       true,
	})
}

// TestReadHeldout100: the hundredth set written apart (a representative month across districts), scored
// once on 2026-12-04 (caption 46 of 48, operative 99 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout100(t *testing.T) {
	pinLeft(t, "heldout100", map[string]bool{
		"06-zlata-louka.txt disposition":           true,
		"06-zlata-louka.txt standard":              true,
		"06-zlata-louka.txt categories_authorized": true,
		"06-zlata-louka.txt excluded_fields":       true,
	})
}

// TestReadHeldout101: the hundred-and-first set written apart (a representative month in N.D. Cal.), scored
// once on 2026-12-04 (caption 48 of 48, operative 102 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout101(t *testing.T) {
	pinLeft(t, "heldout101", map[string]bool{})
}

// TestReadHeldout102: the hundred-and-second set written apart (a representative month outside California), scored
// once on 2026-12-04 (caption 47 of 48, operative 102 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout102(t *testing.T) {
	pinLeft(t, "heldout102", map[string]bool{})
}

// TestReadHeldout103: the hundred-and-third set written apart (terms from other documents, with plain orders), scored
// once on 2026-12-04 (caption 48 of 48, operative 91 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout103(t *testing.T) {
	pinLeft(t, "heldout103", map[string]bool{
		"03-capivara.txt categories_denied":           true,
		"04-sigurdardottir.txt categories_authorized": true,
		"05-dlamini-khumalo.txt categories_denied":    true,
	})
}

// TestReadHeldout104: the hundred-and-fourth set written apart (memorandum orders in running prose), scored
// once on 2026-12-04 (caption 48 of 48, operative 66 of 104, one invented term),
// fixed since by cause.
func TestReadHeldout104(t *testing.T) {
	pinLeft(t, "heldout104", map[string]bool{
		"02-zuraw.txt objection_days":                true,
		"03-barragan.txt categories_authorized":      true,
		"04-solen-tekstil.txt categories_authorized": true,
		"04-solen-tekstil.txt excluded_fields":       true,
		"05-hamara-pelit.txt categories_authorized":  true,
		"08-sen-vang.txt categories_denied":          true,
	})
}

// TestReadHeldout105: the hundred-and-fifth set written apart (renderings a platform's intake receives), scored
// once on 2026-12-04 (caption 43 of 48, operative 90 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout105(t *testing.T) {
	pinLeft(t, "heldout105", map[string]bool{})
}

// TestReadHeldout106: the hundred-and-sixth set written apart (a representative mix across districts), scored
// once on 2026-12-04 (caption 48 of 48, operative 102 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout106(t *testing.T) {
	pinLeft(t, "heldout106", map[string]bool{})
}

// TestReadHeldout107: the hundred-and-seventh set written apart (a representative month in N.D. Cal.), scored
// once on 2026-12-04 (caption 48 of 48, operative 102 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout107(t *testing.T) {
	pinLeft(t, "heldout107", map[string]bool{
		"07-seorin-pharm.txt categories_denied": true,
	})
}

// TestReadHeldout108: the hundred-and-eighth set written apart (a representative month outside California), scored
// once on 2026-12-04 (caption 48 of 48, operative 100 of 104, one invented term),
// fixed since by cause.
func TestReadHeldout108(t *testing.T) {
	pinLeft(t, "heldout108", map[string]bool{
		"03-brannagh.txt standard":              true,
		"03-brannagh.txt categories_authorized": true,
		"03-brannagh.txt excluded_fields":       true,
	})
}

// TestReadHeldout109: the hundred-and-ninth set written apart (terms from other documents), scored
// once on 2026-12-04 (caption 46 of 48, operative 79 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout109(t *testing.T) {
	pinLeft(t, "heldout109", map[string]bool{
		"06-ashworth-obi.txt categories_denied": true,
	})
}

// TestReadHeldout110: the hundred-and-tenth set written apart (memorandum orders in running prose), scored
// once on 2026-12-04 (caption 48 of 48, operative 74 of 104, three invented terms),
// fixed since by cause.
func TestReadHeldout110(t *testing.T) {
	pinLeft(t, "heldout110", map[string]bool{
		"02-gureum.txt categories_denied":      true,
		"02-gureum.txt notice_trigger":         true,
		"03-velluto.txt categories_authorized": true,
		"06-leong.txt categories_authorized":   true,
		"07-ashcombe-rhys.txt notice_trigger":  true,
	})
}

// TestReadHeldout111: the hundred-and-eleventh set written apart (renderings), scored
// once on 2026-12-04 (caption 47 of 48, operative 72 of 104, two invented terms),
// fixed since by cause.
func TestReadHeldout111(t *testing.T) {
	pinLeft(t, "heldout111", map[string]bool{
		"01-aoyagi.txt standard":                        true,
		"01-aoyagi.txt categories_authorized":           true,
		"07-marramarra.txt contest_days":                true,
		"07-marramarra.txt contest_trigger":             true,
		"07-marramarra.txt objection_days":              true,
		"07-marramarra.txt advise_court_days":           true,
		"08-studio-fenice.txt standard":                 true,
		"08-studio-fenice.txt categories_authorized":    true,
		"08-studio-fenice.txt categories_denied":        true,
		"08-studio-fenice.txt excluded_fields":          true,
		"08-studio-fenice.txt notice_days":              true,
		"08-studio-fenice.txt notice_trigger":           true,
		"08-studio-fenice.txt contest_days":             true,
		"08-studio-fenice.txt contest_trigger":          true,
		"08-studio-fenice.txt preserve_while_contested": true,
		"08-studio-fenice.txt hold_scope":               true,
	})
}

// TestReadHeldout112: the hundred-and-twelfth set written apart (a representative mix across districts), scored
// once on 2026-12-04 (caption 47 of 48, operative 97 of 104, two invented terms),
// fixed since by cause.
func TestReadHeldout112(t *testing.T) {
	pinLeft(t, "heldout112", map[string]bool{
		"04-sao-goncalo.txt applicant": true,
	})
}

// TestReadHeldout113: the hundred-and-thirteenth set written apart (a representative month in N.D. Cal.), scored
// once on 2026-12-04 (caption 48 of 48, operative 103 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout113(t *testing.T) {
	pinLeft(t, "heldout113", map[string]bool{})
}

// TestReadHeldout114: the hundred-and-fourteenth set written apart (a representative month outside California), scored
// once on 2026-12-04 (caption 48 of 48, operative 94 of 104, one invented term),
// fixed since by cause.
func TestReadHeldout114(t *testing.T) {
	pinLeft(t, "heldout114", map[string]bool{
		"07-karadeniz.txt categories_authorized": true,
	})
}

// TestReadHeldout115: the hundred-and-fifteenth set written apart (terms from other documents), scored
// once on 2026-12-04 (caption 48 of 48, operative 80 of 104, two invented terms),
// fixed since by cause.
func TestReadHeldout115(t *testing.T) {
	pinLeft(t, "heldout115", map[string]bool{
		"06-cerf-volant.txt categories_denied": true,
	})
}

// TestReadHeldout116: the hundred-and-sixteenth set written apart (memorandum orders in running prose), scored
// once on 2026-12-04 (caption 48 of 48, operative 86 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout116(t *testing.T) {
	pinLeft(t, "heldout116", map[string]bool{})
}

// TestReadHeldout117: the hundred-and-seventeenth set written apart (renderings), scored
// once on 2026-12-04 (caption 46 of 48, operative 89 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout117(t *testing.T) {
	pinLeft(t, "heldout117", map[string]bool{
		"07-keppelstone.txt notice_days":              true,
		"07-keppelstone.txt notice_trigger":           true,
		"07-keppelstone.txt contest_days":             true,
		"07-keppelstone.txt contest_trigger":          true,
		"07-keppelstone.txt objection_days":           true,
		"07-keppelstone.txt advise_court_days":        true,
		"07-keppelstone.txt preserve_while_contested": true,
		"07-keppelstone.txt hold_scope":               true,
	})
}

// TestReadHeldout118: the hundred-and-eighteenth set written apart (a representative mix across districts), scored
// once on 2026-12-04 (caption 48 of 48, operative 90 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout118(t *testing.T) {
	pinLeft(t, "heldout118", map[string]bool{})
}

// TestReadHeldout119: the hundred-and-nineteenth set written apart (an N.D. Cal. month), scored
// once on 2026-12-04 (caption 47 of 48, operative 101 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout119(t *testing.T) {
	pinLeft(t, "heldout119", map[string]bool{})
}

// TestReadHeldout122: the hundred-and-twenty-second set written apart (running prose), scored
// once on 2026-12-04 (caption 48 of 48, operative 88 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout122(t *testing.T) {
	pinLeft(t, "heldout122", map[string]bool{})
}

// TestReadHeldout124: the hundred-and-twenty-fourth set written apart (a representative mix across districts), scored
// once on 2026-12-04 (caption 46 of 48, operative 104 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout124(t *testing.T) {
	pinLeft(t, "heldout124", map[string]bool{})
}

// TestReadHeldout121: the hundred-and-twenty-first set written apart (terms from other documents), scored
// once on 2026-12-04 (caption 46 of 48, operative 76 of 104, 1 invented term),
// fixed since by cause.
func TestReadHeldout121(t *testing.T) {
	pinLeft(t, "heldout121", map[string]bool{
		"02-lindqvist-keramik.txt disposition": true,
		"03-brightwater.txt objection_days":    true,
	})
}

// TestReadHeldout123: the hundred-and-twenty-third set written apart (renderings), scored
// once on 2026-12-04 (caption 46 of 48, operative 90 of 104, 3 invented terms),
// fixed since by cause.
func TestReadHeldout123(t *testing.T) {
	pinLeft(t, "heldout123", map[string]bool{
		"02-verbrugghe.txt standard": true,
	})
}

// TestReadHeldout120: the hundred-and-twentieth set written apart (outside California), scored
// once on 2026-12-04 (caption 47 of 48, operative 101 of 104, 1 invented term),
// fixed since by cause.
func TestReadHeldout120(t *testing.T) {
	pinLeft(t, "heldout120", map[string]bool{})
}

// TestReadHeldout130: the hundred-and-thirtieth set written apart (a representative mix across districts), scored
// once on 2026-12-04 (caption 48 of 48, operative 103 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout130(t *testing.T) {
	pinLeft(t, "heldout130", map[string]bool{})
}

// TestReadHeldout128: the hundred-and-twenty-eighth set written apart (running prose), scored
// once on 2026-12-04 (caption 48 of 48, operative 98 of 104, 2 invented terms),
// fixed since by cause.
func TestReadHeldout128(t *testing.T) {
	pinLeft(t, "heldout128", map[string]bool{
		"07-murrumbidgee.txt categories_authorized": true,
		"07-murrumbidgee.txt excluded_fields":       true,
	})
}

// TestReadHeldout125: the hundred-and-twenty-fifth set written apart (an N.D. Cal. month), scored
// once on 2026-12-04 (caption 47 of 48, operative 90 of 104, 1 invented term),
// fixed since by cause.
func TestReadHeldout125(t *testing.T) {
	pinLeft(t, "heldout125", map[string]bool{
		"01-kogane.txt categories_authorized":              true,
		"07-tidewater-dental.txt disposition":              true,
		"07-tidewater-dental.txt standard":                 true,
		"07-tidewater-dental.txt categories_authorized":    true,
		"07-tidewater-dental.txt notice_days":              true,
		"07-tidewater-dental.txt notice_trigger":           true,
		"07-tidewater-dental.txt contest_days":             true,
		"07-tidewater-dental.txt contest_trigger":          true,
		"07-tidewater-dental.txt objection_days":           true,
		"07-tidewater-dental.txt advise_court_days":        true,
		"07-tidewater-dental.txt preserve_while_contested": true,
		"07-tidewater-dental.txt use_restriction":          true,
		"07-tidewater-dental.txt hold_scope":               true,
	})
}

// TestReadHeldout126: the hundred-and-twenty-sixth set written apart (outside California), scored
// once on 2026-12-04 (caption 48 of 48, operative 99 of 104, 1 invented term),
// fixed since by cause.
func TestReadHeldout126(t *testing.T) {
	pinLeft(t, "heldout126", map[string]bool{})
}

// TestReadHeldout127: the hundred-and-twenty-seventh set written apart (terms from other documents), scored
// once on 2026-12-04 (caption 48 of 48, operative 85 of 104, 2 invented terms),
// fixed since by cause.
func TestReadHeldout127(t *testing.T) {
	pinLeft(t, "heldout127", map[string]bool{
		"01-kumoi-shoten.txt preserve_while_contested": true,
		"01-kumoi-shoten.txt use_restriction":          true,
		"01-kumoi-shoten.txt hold_scope":               true,
		"03-tulpenhof.txt use_restriction":             true,
		"04-zurawiniec.txt standard":                   true,
		"04-zurawiniec.txt categories_authorized":      true,
		"04-zurawiniec.txt excluded_fields":            true,
		"07-choi-yeonseo.txt categories_authorized":    true,
	})
}

// TestReadHeldout129: the hundred-and-twenty-ninth set written apart (renderings), scored
// once on 2026-12-04 (caption 48 of 48, operative 90 of 104, 1 invented term),
// fixed since by cause.
func TestReadHeldout129(t *testing.T) {
	pinLeft(t, "heldout129", map[string]bool{
		"06-hanabishi.txt objection_days":                  true,
		"07-echeverria-prado.txt notice_days":              true,
		"07-echeverria-prado.txt notice_trigger":           true,
		"07-echeverria-prado.txt contest_days":             true,
		"07-echeverria-prado.txt contest_trigger":          true,
		"07-echeverria-prado.txt preserve_while_contested": true,
		"07-echeverria-prado.txt use_restriction":          true,
		"07-echeverria-prado.txt hold_scope":               true,
	})
}

// TestReadHeldout132: the hundred-and-thirty-second set written apart (outside California), scored
// once on 2026-12-04 (caption 47 of 48, operative 99 of 104, 2 invented terms),
// fixed since by cause.
func TestReadHeldout132(t *testing.T) {
	pinLeft(t, "heldout132", map[string]bool{})
}

// TestReadHeldout133: the hundred-and-thirty-third set written apart (terms from other documents), scored
// once on 2026-12-04 (caption 48 of 48, operative 67 of 104, 1 invented term),
// fixed since by cause.
func TestReadHeldout133(t *testing.T) {
	pinLeft(t, "heldout133", map[string]bool{})
}

// TestReadHeldout136: the hundred-and-thirty-sixth set written apart (a representative mix), scored
// once on 2026-12-04 (caption 48 of 48, operative 90 of 104, 1 invented term),
// fixed since by cause.
func TestReadHeldout136(t *testing.T) {
	pinLeft(t, "heldout136", map[string]bool{})
}

// TestReadHeldout131: the hundred-and-thirty-first set written apart (an N.D. Cal. month), scored
// once on 2026-12-04 (caption 46 of 48, operative 96 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout131(t *testing.T) {
	pinLeft(t, "heldout131", map[string]bool{
		"04-kestenholz.txt disposition": true,
	})
}

// TestReadHeldout134: the hundred-and-thirty-fourth set written apart (running prose), scored
// once on 2026-12-04 (caption 48 of 48, operative 92 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout134(t *testing.T) {
	pinLeft(t, "heldout134", map[string]bool{
		"04-kurogane-shuppan.txt categories_denied": true,
		"08-wrzos.txt categories_denied":            true,
	})
}

// TestReadHeldout135: the hundred-and-thirty-fifth set written apart (renderings), scored
// once on 2026-12-04 (caption 47 of 48, operative 101 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout135(t *testing.T) {
	pinLeft(t, "heldout135", map[string]bool{})
}

// TestReadHeldout140: the hundred-and-fortieth set written apart (running prose), scored
// once on 2026-12-04 (caption 48 of 48, operative 80 of 104, 1 invented term),
// fixed since by cause.
func TestReadHeldout140(t *testing.T) {
	pinLeft(t, "heldout140", map[string]bool{
		"06-aubertin-roux.txt excluded_fields":   true,
		"06-aubertin-roux.txt advise_court_days": true,
	})
}

// TestReadHeldout141: the hundred-and-forty-first set written apart (renderings), scored
// once on 2026-12-04 (caption 45 of 48, operative 97 of 104, 1 invented term),
// fixed since by cause.
func TestReadHeldout141(t *testing.T) {
	pinLeft(t, "heldout141", map[string]bool{
		"01-kuzuryu-shuzo.txt categories_authorized": true,
		"04-ni-bhraonain-westlaw.txt applicant":      true,
		"08-azahar-ecf.txt excluded_fields":          true,
	})
}

// TestReadHeldout139: the hundred-and-thirty-ninth set written apart (terms from other documents), scored
// once on 2026-12-04 (caption 48 of 48, operative 59 of 104, 3 invented terms),
// fixed since by cause.
func TestReadHeldout139(t *testing.T) {
	pinLeft(t, "heldout139", map[string]bool{
		"01-amagiri.txt standard":                 true,
		"01-amagiri.txt categories_authorized":    true,
		"01-amagiri.txt excluded_fields":          true,
		"01-amagiri.txt contest_days":             true,
		"01-amagiri.txt contest_trigger":          true,
		"01-amagiri.txt objection_days":           true,
		"01-amagiri.txt advise_court_days":        true,
		"01-amagiri.txt preserve_while_contested": true,
		"01-amagiri.txt use_restriction":          true,
		"01-amagiri.txt hold_scope":               true,
		"05-valkendorf.txt categories_denied":     true,
		"05-valkendorf.txt excluded_fields":       true,
		"06-kellermann.txt standard":              true,
		"06-kellermann.txt categories_authorized": true,
	})
}

// TestReadHeldout137: the hundred-and-thirty-seventh set written apart (an N.D. Cal. month), scored
// once on 2026-12-04 (caption 48 of 48, operative 96 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout137(t *testing.T) {
	pinLeft(t, "heldout137", map[string]bool{
		"05-hallgrimsdottir.txt categories_authorized": true,
		"05-hallgrimsdottir.txt excluded_fields":       true,
		"06-phare-bleu.txt standard":                   true,
		"06-phare-bleu.txt categories_authorized":      true,
	})
}

// TestReadHeldout138: the hundred-and-thirty-eighth set written apart (outside California), scored
// once on 2026-12-04 (caption 48 of 48, operative 102 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout138(t *testing.T) {
	pinLeft(t, "heldout138", map[string]bool{
		"08-lennox-baird.txt categories_denied": true,
	})
}

// TestReadHeldout142: the hundred-and-forty-second set written apart (a representative mix), scored
// once on 2026-12-04 (caption 46 of 48, operative 97 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout142(t *testing.T) {
	pinLeft(t, "heldout142", map[string]bool{
		"02-weissdorn.txt applicant":         true,
		"05-arbel.txt categories_authorized": true,
		"05-arbel.txt categories_denied":     true,
	})
}

// TestReadHeldout143: the hundred-and-forty-third set written apart (N.D. Cal. month), scored
// once on 2026-12-04 (caption 48 of 48, operative 104 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout143(t *testing.T) {
	pinLeft(t, "heldout143", map[string]bool{})
}

// TestReadHeldout144: the hundred-and-forty-fourth set written apart (outside California), scored
// once on 2026-12-04 (caption 48 of 48, operative 102 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout144(t *testing.T) {
	pinLeft(t, "heldout144", map[string]bool{})
}

// TestReadHeldout145: the hundred-and-forty-fifth set written apart (terms from other documents), scored
// once on 2026-12-04 (caption 48 of 48, operative 75 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout145(t *testing.T) {
	pinLeft(t, "heldout145", map[string]bool{})
}

// TestReadHeldout146: the hundred-and-forty-sixth set written apart (running prose), scored
// once on 2026-12-04 (caption 48 of 48, operative 96 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout146(t *testing.T) {
	pinLeft(t, "heldout146", map[string]bool{})
}

// TestReadHeldout147: the hundred-and-forty-seventh set written apart (renderings), scored
// once on 2026-12-04 (caption 46 of 48, operative 97 of 104, two invented terms),
// fixed since by cause.
func TestReadHeldout147(t *testing.T) {
	pinLeft(t, "heldout147", map[string]bool{
		"08-chen.txt judge": true,
	})
}

// TestReadHeldout148: the hundred-and-forty-eighth set written apart (a representative mix), scored
// once on 2026-12-04 (caption 48 of 48, operative 102 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout148(t *testing.T) {
	pinLeft(t, "heldout148", map[string]bool{})
}

// TestReadHeldout149: the hundred-and-forty-ninth set written apart (N.D. Cal. month), scored
// once on 2026-12-05 (caption 48 of 48, operative 103 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout149(t *testing.T) {
	pinLeft(t, "heldout149", map[string]bool{
		"06-ashcombe.txt excluded_fields": true,
	})
}

// TestReadHeldout151: the hundred-and-fifty-first set written apart (terms from other documents), scored
// once on 2026-12-05 (caption 48 of 48, operative 55 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout151(t *testing.T) {
	pinLeft(t, "heldout151", map[string]bool{
		"02-mirabeau.txt categories_denied":        true,
		"02-mirabeau.txt notice_days":              true,
		"02-mirabeau.txt notice_trigger":           true,
		"02-mirabeau.txt contest_days":             true,
		"02-mirabeau.txt contest_trigger":          true,
		"02-mirabeau.txt preserve_while_contested": true,
		"02-mirabeau.txt use_restriction":          true,
		"02-mirabeau.txt hold_scope":               true,
		"03-haneul.txt categories_authorized":      true,
		"04-kupferkessel.txt use_restriction":      true,
		"07-jabuticaba.txt standard":               true,
		"07-jabuticaba.txt categories_authorized":  true,
		"07-jabuticaba.txt excluded_fields":        true,
	})
}

// TestReadHeldout153: the hundred-and-fifty-third set written apart (renderings), scored
// once on 2026-12-05 (caption 47 of 48, operative 102 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout153(t *testing.T) {
	pinLeft(t, "heldout153", map[string]bool{
		"06-kiriyama.txt contest_days":    true,
		"06-kiriyama.txt contest_trigger": true,
		"08-valle-doro.txt judge":         true,
	})
}

// TestReadHeldout152: the hundred-and-fifty-second set written apart (running prose), scored
// once on 2026-12-05 (caption 48 of 48, operative 80 of 104, one invented term),
// fixed since by cause.
func TestReadHeldout152(t *testing.T) {
	pinLeft(t, "heldout152", map[string]bool{
		"01-harukaze.txt advise_court_days":         true,
		"02-vintermyr.txt contest_days":             true,
		"02-vintermyr.txt contest_trigger":          true,
		"02-vintermyr.txt preserve_while_contested": true,
		"02-vintermyr.txt hold_scope":               true,
		"04-quintero.txt notice_days":               true,
		"04-quintero.txt notice_trigger":            true,
		"04-quintero.txt contest_days":              true,
		"04-quintero.txt contest_trigger":           true,
		"04-quintero.txt objection_days":            true,
		"04-quintero.txt advise_court_days":         true,
		"04-quintero.txt preserve_while_contested":  true,
		"04-quintero.txt hold_scope":                true,
		"07-borowik.txt preserve_while_contested":   true,
		"07-borowik.txt hold_scope":                 true,
	})
}

// TestReadHeldout154: the hundred-and-fifty-fourth set written apart (a representative mix), scored
// once on 2026-12-05 (caption 48 of 48, operative 89 of 104, two invented terms),
// fixed since by cause.
func TestReadHeldout154(t *testing.T) {
	pinLeft(t, "heldout154", map[string]bool{})
}

// TestReadHeldout150: the hundred-and-fiftieth set written apart (outside California), scored
// once on 2026-12-05 (caption 47 of 48, operative 99 of 104, two invented terms),
// fixed since by cause.
func TestReadHeldout150(t *testing.T) {
	pinLeft(t, "heldout150", map[string]bool{
		"01-lindqvist.txt categories_authorized": true,
		"01-lindqvist.txt excluded_fields":       true,
		"04-aigialos.txt applicant":              true,
	})
}

// TestReadHeldout155: the hundred-and-fifty-fifth set written apart (N.D. Cal. month), scored
// once on 2026-12-05 (caption 48 of 48, operative 92 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout155(t *testing.T) {
	pinLeft(t, "heldout155", map[string]bool{
		"02-baek-seoyeon.txt categories_denied": true,
	})
}

// TestReadHeldout156: the hundred-and-fifty-sixth set written apart (outside California), scored
// once on 2026-12-05 (caption 48 of 48, operative 98 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout156(t *testing.T) {
	pinLeft(t, "heldout156", map[string]bool{
		"04-valdimonte.txt categories_denied":     true,
		"08-kobayashi-toubou.txt excluded_fields": true,
	})
}

// TestReadHeldout159: the hundred-and-fifty-ninth set written apart (renderings), scored
// once on 2026-12-05 (caption 47 of 48, operative 96 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout159(t *testing.T) {
	pinLeft(t, "heldout159", map[string]bool{
		"04-brennholz-akustik.txt applicant": true,
	})
}

// TestReadHeldout160: the hundred-and-sixtieth set written apart (a representative mix), scored
// once on 2026-12-05 (caption 48 of 48, operative 99 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout160(t *testing.T) {
	pinLeft(t, "heldout160", map[string]bool{
		"08-barrionuevo.txt standard":              true,
		"08-barrionuevo.txt categories_authorized": true,
		"08-barrionuevo.txt excluded_fields":       true,
	})
}

// TestReadHeldout158: the hundred-and-fifty-eighth set written apart (running prose), scored
// once on 2026-12-05 (caption 48 of 48, operative 82 of 104, five invented terms),
// fixed since by cause.
func TestReadHeldout158(t *testing.T) {
	pinLeft(t, "heldout158", map[string]bool{
		"04-nordlicht.txt notice_days":     true,
		"04-nordlicht.txt notice_trigger":  true,
		"04-nordlicht.txt contest_days":    true,
		"04-nordlicht.txt contest_trigger": true,
	})
}

// TestReadHeldout157: the hundred-and-fifty-seventh set written apart (terms from other documents), scored
// once on 2026-12-05 (caption 47 of 48, operative 74 of 104, two invented terms),
// fixed since by cause.
func TestReadHeldout157(t *testing.T) {
	pinLeft(t, "heldout157", map[string]bool{
		"02-vandenbroucke.txt provider":                   true,
		"03-brueckner-saalfeld.txt notice_days":           true,
		"03-brueckner-saalfeld.txt notice_trigger":        true,
		"03-brueckner-saalfeld.txt contest_days":          true,
		"03-brueckner-saalfeld.txt contest_trigger":       true,
		"03-brueckner-saalfeld.txt advise_court_days":     true,
		"05-maelle-rousseau.txt categories_authorized":    true,
		"05-maelle-rousseau.txt excluded_fields":          true,
		"05-maelle-rousseau.txt contest_days":             true,
		"05-maelle-rousseau.txt contest_trigger":          true,
		"05-maelle-rousseau.txt preserve_while_contested": true,
		"05-maelle-rousseau.txt use_restriction":          true,
		"05-maelle-rousseau.txt hold_scope":               true,
		"06-kestrel-ridge.txt standard":                   true,
		"06-kestrel-ridge.txt categories_authorized":      true,
		"07-valdimonte.txt standard":                      true,
		"07-valdimonte.txt categories_authorized":         true,
		"07-valdimonte.txt excluded_fields":               true,
	})
}

// TestReadHeldout161: the hundred-and-sixty-first set written apart (N.D. Cal. month), scored
// once on 2026-12-05 (caption 47 of 48, operative 98 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout161(t *testing.T) {
	pinLeft(t, "heldout161", map[string]bool{
		"04-maple-birch.txt categories_denied": true,
		"06-pivoine.txt categories_authorized": true,
		"06-pivoine.txt excluded_fields":       true,
		"06-pivoine.txt notice_days":           true,
		"06-pivoine.txt notice_trigger":        true,
	})
}

// TestReadHeldout162: the hundred-and-sixty-second set written apart (outside California), scored
// once on 2026-12-05 (caption 48 of 48, operative 104 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout162(t *testing.T) {
	pinLeft(t, "heldout162", map[string]bool{})
}

// TestReadHeldout166: the hundred-and-sixty-sixth set written apart (a representative mix), scored
// once on 2026-12-05 (caption 46 of 48, operative 96 of 104, three invented terms),
// fixed since by cause.
func TestReadHeldout166(t *testing.T) {
	pinLeft(t, "heldout166", map[string]bool{
		"01-shiomi-jinzai.txt categories_authorized":   true,
		"04-mare-alta.txt categories_authorized":       true,
		"05-jaskolka.txt provider":                     true,
		"05-jaskolka.txt categories_authorized":        true,
		"08-chen-yu-ting.txt preserve_while_contested": true,
		"08-chen-yu-ting.txt hold_scope":               true,
	})
}

// TestReadHeldout164: the hundred-and-sixty-fourth set written apart (running prose), scored
// once on 2026-12-05 (caption 47 of 48, operative 62 of 104, three invented terms),
// fixed since by cause.
func TestReadHeldout164(t *testing.T) {
	pinLeft(t, "heldout164", map[string]bool{
		"01-kurobane-shuzo.txt disposition":               true,
		"02-lumiwave.txt standard":                        true,
		"02-lumiwave.txt categories_authorized":           true,
		"02-lumiwave.txt categories_denied":               true,
		"02-lumiwave.txt excluded_fields":                 true,
		"03-sternen-ittigen.txt notice_days":              true,
		"03-sternen-ittigen.txt notice_trigger":           true,
		"03-sternen-ittigen.txt contest_days":             true,
		"03-sternen-ittigen.txt contest_trigger":          true,
		"03-sternen-ittigen.txt preserve_while_contested": true,
		"03-sternen-ittigen.txt hold_scope":               true,
		"04-glenmoy.txt categories_denied":                true,
		"04-glenmoy.txt notice_days":                      true,
		"04-glenmoy.txt notice_trigger":                   true,
		"04-glenmoy.txt contest_days":                     true,
		"04-glenmoy.txt contest_trigger":                  true,
		"04-glenmoy.txt use_restriction":                  true,
		"05-soltys-meble.txt excluded_fields":             true,
	})
}

// TestReadHeldout163: the hundred-and-sixty-third set written apart (terms from other documents), scored
// once on 2026-12-05 (caption 48 of 48, operative 67 of 104, one invented term),
// fixed since by cause.
func TestReadHeldout163(t *testing.T) {
	pinLeft(t, "heldout163", map[string]bool{
		"01-shimotsuki-kobo.txt standard":                  true,
		"01-shimotsuki-kobo.txt categories_authorized":     true,
		"01-shimotsuki-kobo.txt excluded_fields":           true,
		"01-shimotsuki-kobo.txt notice_days":               true,
		"01-shimotsuki-kobo.txt notice_trigger":            true,
		"01-shimotsuki-kobo.txt contest_days":              true,
		"01-shimotsuki-kobo.txt contest_trigger":           true,
		"01-shimotsuki-kobo.txt objection_days":            true,
		"01-shimotsuki-kobo.txt advise_court_days":         true,
		"01-shimotsuki-kobo.txt preserve_while_contested":  true,
		"01-shimotsuki-kobo.txt use_restriction":           true,
		"01-shimotsuki-kobo.txt hold_scope":                true,
		"02-studio-wrzos.txt standard":                     true,
		"02-studio-wrzos.txt categories_authorized":        true,
		"03-kesarbagh.txt categories_authorized":           true,
		"03-kesarbagh.txt excluded_fields":                 true,
		"03-kesarbagh.txt notice_days":                     true,
		"03-kesarbagh.txt notice_trigger":                  true,
		"04-solis-amunategui.txt standard":                 true,
		"04-solis-amunategui.txt categories_authorized":    true,
		"04-solis-amunategui.txt notice_days":              true,
		"04-solis-amunategui.txt notice_trigger":           true,
		"04-solis-amunategui.txt contest_days":             true,
		"04-solis-amunategui.txt contest_trigger":          true,
		"04-solis-amunategui.txt objection_days":           true,
		"04-solis-amunategui.txt advise_court_days":        true,
		"04-solis-amunategui.txt preserve_while_contested": true,
		"04-solis-amunategui.txt use_restriction":          true,
		"04-solis-amunategui.txt hold_scope":               true,
		"05-maison-verine.txt advise_court_days":           true,
		"05-maison-verine.txt preserve_while_contested":    true,
		"05-maison-verine.txt hold_scope":                  true,
		"06-kwon-seo-yeon.txt use_restriction":             true,
		"07-kogetsu-systems.txt categories_authorized":     true,
		"07-kogetsu-systems.txt categories_denied":         true,
		"07-kogetsu-systems.txt excluded_fields":           true,
	})
}

// TestReadHeldout165: the hundred-and-sixty-fifth set written apart (renderings), scored
// once on 2026-12-05 (caption 44 of 48, operative 97 of 104, one invented term),
// fixed since by cause.
func TestReadHeldout165(t *testing.T) {
	pinLeft(t, "heldout165", map[string]bool{
		"02-hanbit-mirae.txt applicant":            true,
		"02-hanbit-mirae.txt use_restriction":      true,
		"02-hanbit-mirae.txt hold_scope":           true,
		"04-eisvogel.txt applicant":                true,
		"05-pellow-tregarthen.txt excluded_fields": true,
	})
}

// TestReadHeldout167: the hundred-and-sixty-seventh set written apart (N.D. Cal. month), scored
// once on 2026-12-05 (caption 48 of 48, operative 93 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout167(t *testing.T) {
	pinLeft(t, "heldout167", map[string]bool{})
}

// TestReadHeldout168: the hundred-and-sixty-eighth set written apart (outside California), scored
// once on 2026-12-05 (caption 48 of 48, operative 99 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout168(t *testing.T) {
	pinLeft(t, "heldout168", map[string]bool{
		"04-mare-alta.txt categories_authorized": true,
		"04-mare-alta.txt excluded_fields":       true,
	})
}

// TestReadHeldout169: the hundred-and-sixty-ninth set written apart (terms from other documents), scored
// once on 2026-12-05 (caption 46 of 48, operative 84 of 104, four invented terms),
// fixed since by cause.
func TestReadHeldout169(t *testing.T) {
	pinLeft(t, "heldout169", map[string]bool{
		"02-harrowgate.txt disposition":               true,
		"05-sunforge.txt use_restriction":             true,
		"07-vale-sereno.txt categories_denied":        true,
		"07-vale-sereno.txt contest_days":             true,
		"07-vale-sereno.txt contest_trigger":          true,
		"07-vale-sereno.txt preserve_while_contested": true,
		"07-vale-sereno.txt use_restriction":          true,
		"07-vale-sereno.txt hold_scope":               true,
	})
}

// TestReadHeldout170: the hundred-and-seventieth set written apart (running prose), scored
// once on 2026-12-05 (caption 48 of 48, operative 71 of 104, five invented terms),
// fixed since by cause.
func TestReadHeldout170(t *testing.T) {
	pinLeft(t, "heldout170", map[string]bool{
		"01-kurobane.txt categories_authorized":     true,
		"01-kurobane.txt excluded_fields":           true,
		"02-sangnok-dawon.txt standard":             true,
		"04-ceramiche-solari.txt categories_denied": true,
		"07-harrowgate.txt categories_authorized":   true,
	})
}

// TestReadHeldout171: the hundred-and-seventy-first set written apart (renderings), scored
// once on 2026-12-05 (caption 47 of 48, operative 96 of 104, one invented term),
// fixed since by cause.
func TestReadHeldout171(t *testing.T) {
	pinLeft(t, "heldout171", map[string]bool{
		"08-oshikiri.txt standard":              true,
		"08-oshikiri.txt categories_authorized": true,
		"08-oshikiri.txt excluded_fields":       true,
	})
}

// TestReadHeldout172: the hundred-and-seventy-second set written apart (a representative mix), scored
// once on 2026-12-05 (caption 47 of 48, operative 99 of 104, two invented terms),
// fixed since by cause.
func TestReadHeldout172(t *testing.T) {
	pinLeft(t, "heldout172", map[string]bool{
		"05-kettelbach.txt standard":              true,
		"05-kettelbach.txt categories_authorized": true,
	})
}

// TestReadHeldout173: the hundred-and-seventy-third set written apart (N.D. Cal. month), scored
// once on 2026-12-05 (caption 48 of 48, operative 91 of 104, none invented),
// fixed since by cause.
func TestReadHeldout173(t *testing.T) {
	pinLeft(t, "heldout173", map[string]bool{
		"01-mizuhiki.txt objection_days":    true,
		"04-baek.txt excluded_fields":       true,
		"05-ashgrove.txt categories_denied": true,
	})
}

// TestReadHeldout176: the hundred-and-seventy-sixth set written apart (running prose), scored
// once on 2026-12-05 (caption 48 of 48, operative 54 of 104, none invented),
// fixed since by cause.
func TestReadHeldout176(t *testing.T) {
	pinLeft(t, "heldout176", map[string]bool{
		"01-hoshikuzu.txt notice_days":               true,
		"01-hoshikuzu.txt notice_trigger":            true,
		"02-wielki-las.txt standard":                 true,
		"02-wielki-las.txt categories_authorized":    true,
		"02-wielki-las.txt categories_denied":        true,
		"02-wielki-las.txt excluded_fields":          true,
		"02-wielki-las.txt contest_days":             true,
		"02-wielki-las.txt contest_trigger":          true,
		"02-wielki-las.txt objection_days":           true,
		"02-wielki-las.txt advise_court_days":        true,
		"02-wielki-las.txt hold_scope":               true,
		"04-ca-moretti.txt categories_authorized":    true,
		"04-ca-moretti.txt categories_denied":        true,
		"06-brandt-soehne.txt categories_authorized": true,
		"06-brandt-soehne.txt excluded_fields":       true,
		"07-ruby-harbour.txt categories_authorized":  true,
		"07-ruby-harbour.txt categories_denied":      true,
		"07-ruby-harbour.txt hold_scope":             true,
		"08-marisol-duero.txt standard":              true,
		"08-marisol-duero.txt categories_authorized": true,
		"08-marisol-duero.txt contest_days":          true,
		"08-marisol-duero.txt contest_trigger":       true,
	})
}

// TestReadHeldout177: the hundred-and-seventy-seventh set written apart (renderings), scored
// once on 2026-12-05 (caption 47 of 48, operative 88 of 104, none invented),
// fixed since by cause.
func TestReadHeldout177(t *testing.T) {
	pinLeft(t, "heldout177", map[string]bool{
		"06-bittencourt-ramos.txt notice_trigger":    true,
		"07-nordljus-forlag.txt applicant":           true,
		"08-waldkauz-logistik.txt categories_denied": true,
	})
}

// TestReadHeldout174: the hundred-and-seventy-fourth set written apart (outside California), scored
// once on 2026-12-05 (caption 47 of 48, operative 95 of 104, two invented terms),
// fixed since by cause.
func TestReadHeldout174(t *testing.T) {
	pinLeft(t, "heldout174", map[string]bool{
		"01-kagerou-zaimoku.txt categories_authorized": true,
		"03-haneul-pixelworks.txt excluded_fields":     true,
		"04-le-querce.txt advise_court_days":           true,
		"04-le-querce.txt preserve_while_contested":    true,
		"04-le-querce.txt use_restriction":             true,
		"04-le-querce.txt hold_scope":                  true,
		"05-tezontle.txt applicant":                    true,
		"08-arellano.txt objection_days":               true,
	})
}

// TestReadHeldout175: the hundred-and-seventy-fifth set written apart (terms from other documents), scored
// once on 2026-12-05 (caption 48 of 48, operative 80 of 104, one invented term),
// fixed since by cause.
func TestReadHeldout175(t *testing.T) {
	pinLeft(t, "heldout175", map[string]bool{
		"01-hoshizora.txt excluded_fields":         true,
		"01-hoshizora.txt notice_days":             true,
		"01-hoshizora.txt notice_trigger":          true,
		"01-hoshizora.txt contest_days":            true,
		"01-hoshizora.txt contest_trigger":         true,
		"01-hoshizora.txt objection_days":          true,
		"03-yuanshan.txt contest_days":             true,
		"03-yuanshan.txt contest_trigger":          true,
		"03-yuanshan.txt objection_days":           true,
		"03-yuanshan.txt advise_court_days":        true,
		"03-yuanshan.txt preserve_while_contested": true,
		"03-yuanshan.txt use_restriction":          true,
		"03-yuanshan.txt hold_scope":               true,
		"05-wroblewska.txt categories_authorized":  true,
		"05-wroblewska.txt categories_denied":      true,
		"07-tallis.txt categories_denied":          true,
	})
}

// TestReadHeldout178: the hundred-and-seventy-eighth set written apart (a representative mix), scored
// once on 2026-12-05 (caption 48 of 48, operative 96 of 104, three invented terms),
// fixed since by cause.
func TestReadHeldout178(t *testing.T) {
	pinLeft(t, "heldout178", map[string]bool{
		"06-van-oordt.txt notice_days":        true,
		"06-van-oordt.txt notice_trigger":     true,
		"08-ballinacurra.txt contest_days":    true,
		"08-ballinacurra.txt contest_trigger": true,
	})
}

// TestReadHeldout179: the hundred-and-seventy-ninth set written apart (the N.D. Cal. month), scored
// once on 2026-12-05 (caption 48 of 48, operative 99 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout179(t *testing.T) {
	pinLeft(t, "heldout179", map[string]bool{})
}

// TestReadHeldout180: the hundred-and-eightieth set written apart (courts outside California), scored
// once on 2026-12-05 (caption 48 of 48, operative 94 of 104, two invented terms),
// fixed since by cause.
func TestReadHeldout180(t *testing.T) {
	pinLeft(t, "heldout180", map[string]bool{
		"08-kestrel-rock.txt categories_denied": true,
	})
}

// TestReadHeldout181: the hundred-and-eighty-first set written apart (terms from other documents), scored
// once on 2026-12-05 (caption 47 of 48, operative 92 of 104, four invented terms),
// fixed since by cause.
func TestReadHeldout181(t *testing.T) {
	pinLeft(t, "heldout181", map[string]bool{
		"04-brindabella.txt categories_denied": true,
		"04-brindabella.txt notice_days":       true,
		"04-brindabella.txt notice_trigger":    true,
		"04-brindabella.txt objection_days":    true,
		"04-brindabella.txt use_restriction":   true,
	})
}

// TestReadHeldout182: the hundred-and-eighty-second set written apart (running prose), scored
// once on 2026-12-05 (caption 47 of 48, operative 72 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout182(t *testing.T) {
	pinLeft(t, "heldout182", map[string]bool{
		"03-verandine.txt categories_denied":   true,
		"07-nordlys.txt categories_authorized": true,
		"07-nordlys.txt excluded_fields":       true,
	})
}

// TestReadHeldout183: the hundred-and-eighty-third set written apart (renderings), scored
// once on 2026-12-05 (caption 48 of 48, operative 95 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout183(t *testing.T) {
	pinLeft(t, "heldout183", map[string]bool{})
}

// TestReadHeldout184: the hundred-and-eighty-fourth set written apart (a representative mix), scored
// once on 2026-12-05 (caption 47 of 48, operative 98 of 104, no invented term),
// fixed since by cause.
func TestReadHeldout184(t *testing.T) {
	pinLeft(t, "heldout184", map[string]bool{})
}
