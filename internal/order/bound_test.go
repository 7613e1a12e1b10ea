package order

import (
	"encoding/json"
	"testing"
)

// TestBoundJSON checks that each form of a bound reads and writes back the
// same, so a file written by writ says what the file read said.
func TestBoundJSON(t *testing.T) {
	for _, tc := range []struct {
		json string
		want Bound
	}{
		{`"2022-06-08"`, Bound{Date: d("2022-06-08")}},
		{`"order_date"`, Bound{Ref: RefOrderDate}},
		{`"response_date"`, Bound{Ref: RefResponseDate}},
		{`"3 months before 2022-09-08"`, Bound{Date: d("2022-09-08"), MonthsBefore: 3}},
		{`"1 month before 2023-03-31"`, Bound{Date: d("2023-03-31"), MonthsBefore: 1}},
		{`"12 months before 2024-02-29"`, Bound{Date: d("2024-02-29"), MonthsBefore: 12}},
	} {
		var b Bound
		if err := json.Unmarshal([]byte(tc.json), &b); err != nil {
			t.Errorf("%s: %v", tc.json, err)
			continue
		}
		if b != tc.want {
			t.Errorf("%s read as %+v, want %+v", tc.json, b, tc.want)
		}
		out, err := json.Marshal(b)
		if err != nil || string(out) != tc.json {
			t.Errorf("%s written back as %s (%v)", tc.json, out, err)
		}
	}
}

func TestBoundErrInvalid(t *testing.T) {
	for _, s := range []string{
		"",
		"0 months before 2022-09-08",    // no period at all
		"03 months before 2022-09-08",   // the number is written plainly
		"1000 months before 2022-09-08", // beyond any order
		"3 weeks before 2022-09-08",
		"3 months after 2022-09-08",
		"3 months before 2022-02-30",
		"3 months before September 8, 2022",
		"2022-9-8",
		"today",
	} {
		if b, err := ParseBound(s); err == nil {
			t.Errorf("ParseBound(%q) = %+v, want an error", s, b)
		}
	}
	var b Bound
	if err := json.Unmarshal([]byte(`3`), &b); err == nil {
		t.Error("a number read as a bound")
	}
}

// TestBoundResolve checks the days bounds stand for. "N months before" a
// day is the same day of the month N months earlier, or the last day of
// that month when it is shorter: the months are counted on the calendar,
// as a lawyer would, not as a number of days.
func TestBoundResolve(t *testing.T) {
	orderDate, responded := d("2022-10-13"), d("2022-12-07")
	for _, tc := range []struct {
		bound string
		want  string
	}{
		// "the three-month period immediately preceding September 8, 2022",
		// which the order reads as "from June 8, 2022".
		{"3 months before 2022-09-08", "2022-06-08"},
		{"3 months before 2022-05-31", "2022-02-28"},
		{"3 months before 2024-05-31", "2024-02-29"}, // a leap year
		{"1 month before 2023-03-31", "2023-02-28"},
		{"12 months before 2024-02-29", "2023-02-28"},
		{"1 month before 2022-01-15", "2021-12-15"}, // across a year
		{"13 months before 2022-01-31", "2020-12-31"},
		{"24 months before 2022-03-30", "2020-03-30"},
		{"2 months before 2022-04-30", "2022-02-28"},
		{"1 month before 2022-07-31", "2022-06-30"},
		{"2022-06-08", "2022-06-08"},
		{"order_date", "2022-10-13"},
		{"response_date", "2022-12-07"},
	} {
		b, err := ParseBound(tc.bound)
		if err != nil {
			t.Errorf("%q: %v", tc.bound, err)
			continue
		}
		got, ok := b.Resolve(orderDate, responded)
		if !ok || got != d(tc.want) {
			t.Errorf("%q resolves to %s (%v), want %s", tc.bound, got, ok, tc.want)
		}
	}
	// A day not yet known does not resolve: the response before it is
	// made, or a bound with no day at all.
	var zero Bound
	for _, b := range []Bound{{Ref: RefResponseDate}, {Ref: RefOrderDate}, zero} {
		if got, ok := b.Resolve(zero.Date, zero.Date); ok {
			t.Errorf("%+v resolves to %s without the day it stands for", b, got)
		}
	}
}

func TestCountryCode(t *testing.T) {
	for name, want := range map[string]string{"Japan": "JP", "japan": "JP", "the Republic of Korea": "KR", "Republic of Korea": "KR", "Germany": "DE", "Atlantis": ""} {
		if got, ok := CountryCode(name); got != want || ok != (want != "") {
			t.Errorf("CountryCode(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
}
