package reader

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/order"
)

// sharedDir holds the seed order and real orders, copied into the
// repository (testdata/shared/README.md), so that the tests read nothing
// outside it.
var sharedDir = filepath.Join("testdata", "shared")

func readShared(t *testing.T, parts ...string) string {
	t.Helper()
	p := filepath.Join(append([]string{sharedDir}, parts...)...)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	return string(b)
}

// leaves flattens a JSON value into its leaves by JSON pointer, so that
// two orders are compared field by field. An empty list is a leaf of its
// own, so that a list the reader left empty is a field it got wrong.
func leaves(t *testing.T, v any) map[string]string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	var walk func(string, any)
	walk = func(p string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				walk(p+"/"+k, x)
			}
		case []any:
			if len(v) == 0 {
				out[p] = "[]"
			}
			for i, x := range v {
				walk(fmt.Sprintf("%s/%d", p, i), x)
			}
		default:
			b, _ := json.Marshal(v)
			out[p] = string(b)
		}
	}
	walk("", doc)
	return out
}

// compare returns the paths where got differs from want, and the number of
// fields compared.
func compare(want, got map[string]string) (wrong []string, total int) {
	paths := map[string]bool{}
	for p := range want {
		paths[p] = true
	}
	for p := range got {
		paths[p] = true
	}
	for p := range paths {
		total++
		if want[p] != got[p] {
			wrong = append(wrong, p)
		}
	}
	sort.Strings(wrong)
	return wrong, total
}

// loadOrder reads an expected order. It is not validated: an expected
// file may hold what writ cannot accept until a person supplies it.
func loadOrder(t *testing.T, path string) *order.Order {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var o order.Order
	if err := json.Unmarshal(data, &o); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return &o
}

// TestReadSeed reads the seed order and compares every field of the
// proposed Order with testdata/seed.expected.json, made by reading the
// order. Every field must be right.
func TestReadSeed(t *testing.T) {
	src := readShared(t, "seed", "order-22-mc-80240-VKD.txt")
	p := Read(src)
	want := loadOrder(t, filepath.Join("testdata", "seed.expected.json"))
	wrong, total := compare(leaves(t, want), leaves(t, p.Order))
	t.Logf("seed order 22-mc-80240-VKD: %d of %d fields right (%.1f%%)", total-len(wrong), total, 100*float64(total-len(wrong))/float64(total))
	for _, w := range wrong {
		t.Errorf("%s: got %s, want %s", w, leaves(t, p.Order)[w], leaves(t, want)[w])
	}
	if !p.Operative {
		t.Error("the seed's operative part was not found")
	}
	if len(p.NeedsPerson) != 0 {
		t.Errorf("needs a person: %+v; the seed states every field", p.NeedsPerson)
	}
	// The proposal must be an order writ accepts as it is.
	if err := p.Order.Validate(); err != nil {
		t.Errorf("the proposed order does not validate: %v", err)
	}
	// As proposed, the subpoena asked for all documents; the order allows
	// documents sufficient to show.
	if len(p.Requested) != 2 || p.Requested[0].Standard != order.AllDocuments || p.Requested[1].Standard != order.AllDocuments {
		t.Errorf("requested = %+v, want the two requests for all documents", p.Requested)
	}
}

// TestSeedExpectedAgreesWithExample checks the expected file against the
// hand-made example of the seed (examples/orders/takagi-2022.json). They
// differ only where the example paraphrases: it adds the photos to the
// second tweet's description, and names the purposes from the background
// section, where the order's use restriction says "the anticipated civil
// action or criminal complaint". The reader quotes the order, so the
// expected file does too.
func TestSeedExpectedAgreesWithExample(t *testing.T) {
	want := leaves(t, loadOrder(t, filepath.Join("testdata", "seed.expected.json")))
	example := leaves(t, loadOrder(t, filepath.Join("..", "..", "examples", "orders", "takagi-2022.json")))
	wrong, _ := compare(example, want)
	paraphrased := []string{"/targets/1/evidence/0/description", "/use_restriction/purposes/0", "/use_restriction/purposes/1"}
	if !slices.Equal(wrong, paraphrased) {
		t.Errorf("the expected file differs from the example at %v; want only the paraphrased %v", wrong, paraphrased)
	}
}

// TestSeedSpans checks that values point at the words they were read
// from, on the page of the order they are on.
func TestSeedSpans(t *testing.T) {
	src := readShared(t, "seed", "order-22-mc-80240-VKD.txt")
	p := Read(src)
	tests := []struct {
		path, words string
		page        int
	}{
		{"/order/case_number", "22-mc-80240-VKD", 1},
		{"/order/date", "October 13, 2022", 8},
		{"/order/judge", "VIRGINIA K. DEMARCHI", 8},
		{"/order/provider", "Twitter, Inc.", 1},
		{"/order/conditions/1/days", "10", 8},
		{"/order/conditions/1/trigger", "service of the subpoena and this order", 8},
		{"/order/conditions/2/days", "21", 8},
		{"/order/conditions/4/trigger", "receipt of any such objections", 8},
		{"/order/modifications/0", "Dr. Takagi must modify", 7},
		{"/order/use_restriction/release_requires_court_order", "absent a Court order", 8},
		{"/requested/0/text", "ALL DOCUMENTS showing the following information ever", 2},
	}
	for _, tt := range tests {
		i := slices.IndexFunc(p.Fields, func(f Found) bool { return f.Path == tt.path })
		if i < 0 {
			t.Errorf("%s: no span", tt.path)
			continue
		}
		s := p.Fields[i].Span
		got := src[s.Offset:s.EndOffset]
		if !strings.HasPrefix(got, tt.words) || s.Page != tt.page {
			t.Errorf("%s: span on page %d reads %q; want page %d starting %q", tt.path, s.Page, got, tt.page, tt.words)
		}
		line := strings.Split(src, "\n")[s.Line-1]
		if r := []rune(line); s.Start > len(r) || !strings.HasPrefix(string(r[s.Start:]), tt.words[:min(len(tt.words), 10)]) {
			t.Errorf("%s: line %d, character %d does not start %q", tt.path, s.Line, s.Start, tt.words)
		}
		if c := p.Fields[i].Confidence; c <= 0 || c > 1 {
			t.Errorf("%s: confidence %v", tt.path, c)
		}
	}
}

// TestReadOwnOrder reads an order written for this test in the wording of
// other courts: 14 and 30 days, a denied category, a date range, a hold
// of the objectors' accounts only, and a period in business days, which
// writ cannot count and leaves to a person.
func TestReadOwnOrder(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "orders", "sakura.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p := Read(string(src))
	want := loadOrder(t, filepath.Join("testdata", "orders", "sakura.expected.json"))
	wrong, total := compare(leaves(t, want), leaves(t, p.Order))
	t.Logf("own order: %d of %d fields right", total-len(wrong), total)
	for _, w := range wrong {
		t.Errorf("%s: got %s, want %s", w, leaves(t, p.Order)[w], leaves(t, want)[w])
	}
	var needs []string
	for _, n := range p.NeedsPerson {
		needs = append(needs, n.Path)
	}
	if want := []string{"/order/conditions/4/days"}; !slices.Equal(needs, want) {
		t.Errorf("needs a person: %v, want %v", needs, want)
	}
}

// TestPleadingNumbers checks that the line numbers of pleading paper are
// taken out, in a column of their own, before a line, or run into the
// text, and that numbers that are words of the order stay.
func TestPleadingNumbers(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"OK/column", "1\n2\n3\nORDER\n", "ORDER\n"},
		{"OK/before_line", "5 The Court finds\n6 that the factor\n", "The Court finds\nthat the factor\n"},
		{"OK/bullet", "- 24 1. ALL DOCUMENTS\n - 25 (i) names;\n", "1. ALL DOCUMENTS\n(i) names;\n"},
		{"OK/run_in", "Page 1 of 7 1 2 3 4 UNITED STATES DISTRICT COURT 5 NORTHERN DISTRICT No. 1 here 6 7 end", "Page 1 of 7 UNITED STATES DISTRICT COURT NORTHERN DISTRICT No. 1 here end"},
		{"OK/statute_kept", "3 first\n4 second\n28 U.S.C. § 1782 applies\n", "first\nsecond\n28 U.S.C. § 1782 applies\n"},
		{"OK/list_number_kept", "limited to Requests 1, 2, 3,\n4 and 7 of Exhibit A\n", "limited to Requests 1, 2, 3,\n4 and 7 of Exhibit A\n"},
		{"OK/page_number", "words\n\n                        2\n\nmore words\n", "words\n\n\nmore words\n"},
		{"OK/footnote", "EACH ACCOUNT ²:\n² “EACH ACCOUNT” is defined.\n\nnext\n", "EACH ACCOUNT:\n\nnext\n"},
		{"OK/footnote_lines", "EACH ACCOUNT ²:\n² “EACH ACCOUNT” is defined\nas every account. Id.\n(b) More of it.\n\nnext\n", "EACH ACCOUNT:\n\nnext\n"},
		{"OK/ecf_header_pageid", "Case 8:24-mc-00071-ABC-DEF     Document 9     Filed 09/02/24     Page 3 of 3 PageID 63\nsubpoenaed information\n", "subpoenaed information\n"},
		{"OK/ecf_header_pageid_dot", "Case 1:24-mc-00061-ABC    Document 14    Filed 11/05/24    Page 1 of 3    PageID.301\nwords\n", "words\n"},
		{"OK/quotes", "“documents sufficient to show”", `"documents sufficient to show"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := newText(tt.src, vocabulary().headers).clean; got != tt.want {
				t.Errorf("clean =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// TestPages checks the page of a span: a form feed, and pleading numbers
// that start again at 1, each begin a page.
func TestPages(t *testing.T) {
	src := "1 first page\n2 more\n\f1 second page\n2 more\n3 x\n1 third page\n"
	x := newText(src, nil)
	for _, tt := range []struct {
		words string
		page  int
	}{{"first page", 1}, {"second page", 2}, {"third page", 3}} {
		i := strings.Index(x.clean, tt.words)
		if s := x.span(i, i+len(tt.words)); s.Page != tt.page || src[s.Offset:s.EndOffset] != tt.words {
			t.Errorf("%q: page %d, %q; want page %d", tt.words, s.Page, src[s.Offset:s.EndOffset], tt.page)
		}
	}
}

// TestNothingGuessed reads a text with no order in it: everything is left
// to a person, nothing is filled in.
func TestNothingGuessed(t *testing.T) {
	p := Read("Minutes of the meeting of the garden club. Tea was served.")
	if got := leaves(t, p.Order); got["/case_number"] != `""` || got["/judge"] != `""` || got["/disposition"] != `""` || got["/court/id"] != `""` {
		t.Errorf("fields filled in from nothing: %v", got)
	}
	if len(p.NeedsPerson) < 8 {
		t.Errorf("needs a person: %d items, want every field listed", len(p.NeedsPerson))
	}
}

// TestProceedingsCountry: the country is read where the text says the
// proceedings are brought, and only there: a business or its users "in
// Japan" say nothing of where a lawsuit is, and the reader asks a person.
func TestProceedingsCountry(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The applicant intends to file a civil action for defamation in Japan against the poster.", "JP"},
		{"hey seeks discovery in aid of a lawsuit it plans to initiate in Japan to challenge four tweets.", "JP"},
		{"The applicant brought proceedings before the Landgericht in Germany.", "DE"},
		{"The applicant is the sole proprietor of a restaurant in Japan. It seeks the poster's identity.", ""},
		{"The website is targeted predominately towards users in Japan.", ""},
	} {
		p := Read(tc.text)
		if p.Order.ProceedingsCountry != tc.want {
			t.Errorf("%q: country %q, want %q", tc.text, p.Order.ProceedingsCountry, tc.want)
		}
		asked := slices.ContainsFunc(p.NeedsPerson, func(n Need) bool { return n.Path == "/order/proceedings_country" })
		if asked != (tc.want == "") {
			t.Errorf("%q: needs a person for the country: %v", tc.text, asked)
		}
	}
}

// TestCourtFooter: a page footer naming the court ("United States
// District Court, Northern District of California" at the foot of each
// page) is no words of the order, though a request runs on over it; the
// court named once, as in a one-line caption, stays.
func TestCourtFooter(t *testing.T) {
	footer := "     United States District Court, Northern District of California\n"
	src := "Request No. 4: the name, billing address,\n\n" + footer + "\n" + "card number of any card used;\n\nRequest No. 5: device identifiers.\n\n" + footer
	clean := newText(src, vocabulary().headers).clean
	if strings.Contains(clean, "District of California") {
		t.Errorf("footer kept:\n%s", clean)
	}
	if !strings.Contains(clean, "card number of any card used") {
		t.Errorf("words lost:\n%s", clean)
	}
	slashed := "United States District Court / Northern District of California\n"
	src = "Google shall notify the holder within fourteen\n\n" + slashed + "\n(14) days of service of the subpoena.\n\n" + slashed
	if clean := newText(src, vocabulary().headers).clean; strings.Contains(clean, "District of California") {
		t.Errorf("footer with a slash kept:\n%s", clean)
	}
	once := "United States District Court, Northern District of California\n\nIn re Kumo Shoji K.K., No. 24-mc-80001-ABC\n"
	if clean := newText(once, vocabulary().headers).clean; !strings.Contains(clean, "Northern District of California") {
		t.Errorf("the court named once was taken out:\n%s", clean)
	}
}

// TestTitleAndCaseNumberFooter: a pleading-paper footer with the order's
// title and case number ("[PROPOSED] ORDER GRANTING EX PARTE APPLICATION
// - CASE NO. 5:24-mc-80047-ABC") is no words of the order, though the
// sentence that allows the requests runs on over it.
func TestTitleAndCaseNumberFooter(t *testing.T) {
	src := "2. The subpoena shall seek only documents sufficient to\n\n[PROPOSED] ORDER GRANTING EX PARTE APPLICATION - CASE NO. 5:24-mc-80047-ABC\n\nshow the following information for the account:\n"
	clean := newText(src, vocabulary().headers).clean
	if strings.Contains(clean, "PROPOSED") || !strings.Contains(clean, "sufficient to") || !strings.Contains(clean, "show the following") {
		t.Errorf("footer kept or words lost:\n%s", clean)
	}
}

// TestPatternsHaveNoControlCharacters: "\b" written in patterns.json with
// one backslash is JSON's backspace, not a word boundary, and the
// pattern it is in never matches; no pattern needs a control character.
func TestPatternsHaveNoControlCharacters(t *testing.T) {
	src, err := os.ReadFile("patterns.json")
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(src, &v); err != nil {
		t.Fatal(err)
	}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch x := v.(type) {
		case string:
			if i := strings.IndexFunc(x, func(r rune) bool { return r < 0x20 && r != '\n' }); i >= 0 {
				t.Errorf("%s: control character %q at %d: a backslash missing?", path, x[i], i)
			}
		case []any:
			for i, e := range x {
				walk(fmt.Sprintf("%s[%d]", path, i), e)
			}
		case map[string]any:
			for k, e := range x {
				walk(path+"."+k, e)
			}
		}
	}
	walk("patterns", v)
}

// TestFootnotesAfterARule: footnotes numbered in plain digits under a
// short rule of underscores at a page's foot, set between the words of a
// paragraph that runs on to the next page, are no words of the
// paragraph; a signature's line is no footnote rule.
func TestFootnotesAfterARule(t *testing.T) {
	src := "(f) If the holder moves to quash, Example must preserve the\n\n\n__________________________\n1 Dr. Kumo explains that Japanese law requires providers to retain access records for six\nmonths. (Kumo Decl. ¶ 12.) That period has no bearing here.\n\n2 Another note.\n\n                                        2\n\nsubpoenaed information and may not produce any of it until the Court rules.\n\n                                   ______________________________\n                                   MARY Q. LINDQVIST\n"
	clean := newText(src, vocabulary().headers).clean
	for _, gone := range []string{"Japanese law", "six", "Another note"} {
		if strings.Contains(clean, gone) {
			t.Errorf("footnote words %q kept:\n%s", gone, clean)
		}
	}
	for _, kept := range []string{"must preserve the", "subpoenaed information", "MARY Q. LINDQVIST"} {
		if !strings.Contains(clean, kept) {
			t.Errorf("%q lost:\n%s", kept, clean)
		}
	}
	// A rule between parts of an order, the terms numbered under it and
	// no page ending after them, heads no footnotes.
	src = "IT IS ORDERED:\n\n__________\n\n(1) The application is granted as to the account.\n\n(2) Example shall notify the holder within ten days.\n\n" + strings.Repeat("More words of the order go on here.\n", 40)
	if clean := newText(src, vocabulary().headers).clean; !strings.Contains(clean, "The application is granted") || !strings.Contains(clean, "shall notify the holder") {
		t.Errorf("terms under a rule taken for footnotes:\n%s", clean)
	}
}
