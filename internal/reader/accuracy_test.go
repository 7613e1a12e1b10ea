package reader

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/order"
)

// sharedExpected is one entry of testdata/shared/orders/expected.json, the values
// a person read from each real order's opening. null means the text does
// not say.
type sharedExpected struct {
	File                  string      `json:"file"`
	TextComplete          bool        `json:"text_complete"`
	CaseNumber            *string     `json:"case_number"`
	Court                 *string     `json:"court"`
	Division              *string     `json:"division"`
	Judge                 *string     `json:"judge"`
	JudgeTitle            *string     `json:"judge_title"`
	Date                  *string     `json:"date"`
	Applicant             *string     `json:"applicant"`
	RespondentProvider    []string    `json:"respondent_provider"`
	Granted               string      `json:"granted"`
	ModificationIndicated bool        `json:"modification_indicated"`
	TargetDescriptions    []string    `json:"target_account_descriptions"`
	DataCategories        []string    `json:"data_categories_requested"`
	LogWindows            []logWindow `json:"log_date_windows_requested"`
}

type logWindow struct {
	Category string `json:"category"`
	From     string `json:"from"`
	To       string `json:"to"`
}

// The person's free-text values mapped to writ's vocabulary, by hand, from
// reading expected.json. Each key must be found in the entry it maps, so
// the table cannot drift from the file.

// targetNames are the names each target description gives an account (a
// handle, a display name, a site), one list per description; a
// description that names none ("anonymous X user") has an empty list.
var targetNames = map[string][][]string{
	"04-hey-inc.txt":  {{}, {"@cogitopp"}},
	"05-bleach.txt":   {{}},
	"08-watanabe.txt": {{"n mr"}},
	"15-anahara.txt":  {{"Kanabun", "Penguin"}},
	"17-st-minor.txt": {{}},
	"22-will-co.txt":  {{"share-videos.se", "shared-videos.se"}},
}

// sharedItemCategories maps each requested item, by its first words, to writ's
// categories. A truncated item, or one that names no category ("identities
// of the owners", a general description), maps to none.
var sharedItemCategories = map[string][]order.Category{
	"documents showing the name, address, email address, and telephone number":                 {order.Names, order.Addresses, order.Emails, order.Phones},
	"access logs (including timestamps, IP addresses, and port numbers)":                       {order.AccessLogs},
	"1. ALL DOCUMENTS identifying the user of the ACCOUNT":                                     {order.Names, order.Addresses, order.Emails, order.Phones},
	"2. ALL DOCUMENTS showing name and address (including postal codes) of credit card holder": {order.CardHolder},
	"3. ALL DOCUMENTS showing the acce[...]":                                                   {},
	"4. (not in available text":                                                                {},
	"proposed subpoena contains two Requests for Production":                                   {},
	"identities of the owners of the website (general description only)":                       {},
}

// windowBounds maps the person's words for a bound to writ's; "" when
// writ's windows cannot hold the bound, and the reader must leave the
// window to a person.
var windowBounds = map[string]string{
	"2023-09-17":                  "2023-09-17",
	"date of document production": string(order.RefResponseDate),
	"account creation":            "",
	"July 2021":                   "",
}

// TestReadSharedOrders reads each real order's opening in testdata/shared/orders
// and compares the proposal with the person's expected.json field by
// field, printing the accuracy. The openings are cut before the operative
// part, so the reader must also leave the scope, conditions and use
// restriction to a person.
func TestReadSharedOrders(t *testing.T) {
	var want []sharedExpected
	if err := json.Unmarshal([]byte(readShared(t, "orders", "expected.json")), &want); err != nil {
		t.Fatal(err)
	}
	right, total := 0, 0
	for _, w := range want {
		t.Run(strings.TrimSuffix(w.File, ".txt"), func(t *testing.T) {
			p := Read(readShared(t, "orders", w.File))
			results := checkShared(t, w, p)
			ok := 0
			for _, r := range results {
				if r.ok {
					ok++
				} else {
					t.Errorf("%s: %s", r.field, r.detail)
				}
			}
			right += ok
			total += len(results)
			t.Logf("%s: %d of %d fields right (%.0f%%)", w.File, ok, len(results), 100*float64(ok)/float64(len(results)))
		})
	}
	if total > 0 {
		t.Logf("all shared orders: %d of %d fields right (%.1f%%)", right, total, 100*float64(right)/float64(total))
	}
}

type fieldResult struct {
	field  string
	ok     bool
	detail string
}

func checkShared(t *testing.T, w sharedExpected, p *Proposal) []fieldResult {
	o := p.Order
	var out []fieldResult
	add := func(field string, ok bool, got, want any) {
		out = append(out, fieldResult{field, ok, fmt.Sprintf("got %v, want %v", got, want)})
	}
	str := func(s *string) string {
		if s == nil {
			return ""
		}
		return *s
	}
	add("text_complete", p.Operative == w.TextComplete, p.Operative, w.TextComplete)
	add("case_number", o.CaseNumber == str(w.CaseNumber), o.CaseNumber, str(w.CaseNumber))
	add("court", canonicalCourt(o.Court.Name) == canonicalCourt(str(w.Court)), o.Court.Name, str(w.Court))
	division := ""
	if i := strings.Index(o.Court.Name, " Division"); i >= 0 {
		division = o.Court.Name[strings.LastIndex(o.Court.Name[:i], ", ")+2 : i]
	}
	add("division", strings.EqualFold(division, str(w.Division)), division, str(w.Division))
	add("judge", o.Judge == str(w.Judge), o.Judge, str(w.Judge))
	add("judge_title", o.JudgeTitle == str(w.JudgeTitle), o.JudgeTitle, str(w.JudgeTitle))
	date := ""
	if !o.Date.IsZero() {
		date = o.Date.String()
	}
	add("date", date == str(w.Date), date, str(w.Date))
	// The applicant's name is what stands before a parenthetical that
	// describes them ("S.T. (pseudonymous minor, ...)").
	applicant, _, _ := strings.Cut(str(w.Applicant), " (")
	add("applicant", o.Applicant == applicant, o.Applicant, applicant)
	provider := ""
	if len(w.RespondentProvider) > 0 {
		provider = w.RespondentProvider[0]
	}
	add("respondent_provider", o.Provider == provider, o.Provider, provider)
	granted := map[string][]order.Disposition{
		"all":    {order.Granted, order.GrantedWithModifications},
		"part":   {order.GrantedInPart},
		"denied": {order.Denied},
	}[w.Granted]
	add("granted", slices.Contains(granted, o.Disposition), o.Disposition, w.Granted)
	modified := o.Disposition == order.GrantedWithModifications || o.Disposition == order.GrantedInPart
	add("modification_indicated", modified == w.ModificationIndicated, modified, w.ModificationIndicated)
	out = append(out, checkTargets(t, w, o))
	out = append(out, checkCategories(t, w, p))
	out = append(out, checkWindows(t, w, p))
	// What the openings do not hold must be left to a person.
	if !w.TextComplete {
		empty := len(o.Requests) == 0 && len(o.Conditions) == 0 && o.UseRestriction.Text == "" && len(o.ExcludedFields) == 0
		add("operative terms left empty", empty, fmt.Sprintf("%d requests, %d conditions", len(o.Requests), len(o.Conditions)), "none")
	}
	return out
}

// canonicalCourt writes a court's name one way: "N.D. California" and
// "Northern District of California" are the same court.
func canonicalCourt(s string) string {
	s = strings.ToLower(s)
	if i := strings.Index(s, " division"); i >= 0 {
		s = s[:strings.LastIndex(s[:i], ",")]
	}
	s = strings.NewReplacer("n.d.", "northern district of", ",", " ", ".", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

func checkTargets(t *testing.T, w sharedExpected, o order.Order) fieldResult {
	names, ok := targetNames[w.File]
	if !ok || len(names) != max(len(w.TargetDescriptions), 1) {
		t.Fatalf("%s: targetNames has %d lists for %d descriptions", w.File, len(names), len(w.TargetDescriptions))
	}
	var all []string
	for i, list := range names {
		for _, n := range list {
			if !strings.Contains(w.TargetDescriptions[i], n) {
				t.Fatalf("%s: %q is not in the description %q", w.File, n, w.TargetDescriptions[i])
			}
			all = append(all, strings.ToLower(n))
		}
	}
	has := func(tg order.Target, names []string) bool {
		for _, n := range names {
			n = strings.ToLower(n)
			if strings.ToLower(tg.Label) == n || "@"+strings.ToLower(tg.Handle) == n || strings.ToLower(tg.DisplayName) == n {
				return true
			}
		}
		return false
	}
	var labels []string
	for _, tg := range o.Targets {
		labels = append(labels, tg.Label)
		if !has(tg, all) {
			return fieldResult{"targets", false, fmt.Sprintf("target %q is named in no description", tg.Label)}
		}
	}
	for i, list := range names {
		if len(list) > 0 && !slices.ContainsFunc(o.Targets, func(tg order.Target) bool { return has(tg, list) }) {
			return fieldResult{"targets", false, fmt.Sprintf("no target for description %d; got %v", i, labels)}
		}
	}
	return fieldResult{"targets", true, ""}
}

func checkCategories(t *testing.T, w sharedExpected, p *Proposal) fieldResult {
	want := map[order.Category]bool{}
	for _, item := range w.DataCategories {
		found := false
		for k, cats := range sharedItemCategories {
			if strings.HasPrefix(item, k) || strings.Contains(item, k) {
				found = true
				for _, c := range cats {
					want[c] = true
				}
			}
		}
		if !found {
			t.Fatalf("%s: the item %q is not mapped", w.File, item)
		}
	}
	got := map[order.Category]bool{}
	for _, r := range p.Requested {
		for _, c := range r.Categories {
			got[c] = true
		}
	}
	ok := len(got) == len(want)
	for c := range want {
		ok = ok && got[c]
	}
	return fieldResult{"data_categories_requested", ok, fmt.Sprintf("got %v, want %v", keys(got), keys(want))}
}

func keys(m map[order.Category]bool) []string {
	var out []string
	for _, c := range order.Categories {
		if m[c] {
			out = append(out, string(c))
		}
	}
	return out
}

// checkWindows compares the requested windows. A window whose bounds writ
// cannot hold is right when the reader proposes no window for it and lists
// it as needing a person, pointing at its words.
func checkWindows(t *testing.T, w sharedExpected, p *Proposal) fieldResult {
	var got []string
	for _, r := range p.Requested {
		for _, win := range r.Windows {
			got = append(got, windowString(win))
		}
	}
	var want []string
	unheld := 0
	for _, lw := range w.LogWindows {
		from, ok1 := windowBounds[lw.From]
		to, ok2 := windowBounds[lw.To]
		if !ok1 || !ok2 {
			t.Fatalf("%s: window bounds %q, %q are not mapped", w.File, lw.From, lw.To)
		}
		if from == "" || to == "" {
			unheld++
			continue
		}
		want = append(want, "from "+from+" to "+to)
	}
	flagged := 0
	for _, n := range p.NeedsPerson {
		if strings.HasPrefix(n.Path, "/requested/") && strings.HasSuffix(n.Path, "/windows") && n.Span != nil {
			flagged++
		}
	}
	ok := slices.Equal(got, want) && flagged == unheld
	return fieldResult{"log_date_windows_requested", ok, fmt.Sprintf("got %v and %d left to a person, want %v and %d", got, flagged, want, unheld)}
}
