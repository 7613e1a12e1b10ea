package courttime

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestQuietReadings: a reading counted for its dates only (the federal-only
// and the latest dates, whose steps Compute does not show) reaches the
// same last day, plain count and days passed over as the same reading
// counted with its words, for periods in days and in hours, forward and
// backward, by mail, and filings on a calendar whose clerk's office was
// often inaccessible; and it writes no word.
func TestQuietReadings(t *testing.T) {
	rng := rand.New(rand.NewPCG(1782, 6))
	first := D(2020, 1, 1)
	var closures []string
	for i := 0; i < 400; i++ {
		closures = append(closures, `{"date": "`+first.AddDays(rng.IntN(3650)).String()+`", "name": "Clerk's office inaccessible"}`)
	}
	cgo, err := ParseCalendar([]byte(`{"id": "cand-go", "name": "N.D. Cal.", "extends": "cand", "closures": [` + strings.Join(closures, ",") + `]}`))
	if err != nil {
		t.Fatal(err)
	}
	days := func(cs []closed) []Date {
		var out []Date
		for _, c := range cs {
			out = append(out, c.day)
		}
		return out
	}
	for _, c := range []*Calendar{mustCourt(t, "cand"), mustCourt(t, "us"), cgo} {
		for i := 0; i < 4000; i++ {
			p := Period{Trigger: first.AddDays(60 + rng.IntN(3400)), Before: rng.IntN(3) == 0, Filing: rng.IntN(3) == 0}
			p.Mail = !p.Before && rng.IntN(4) == 0
			if rng.IntN(4) == 0 {
				p.Hours = 1 + rng.IntN(200)
				p.TriggerAt = p.Trigger.Start(c.Location).Add(time.Duration(rng.IntN(24*60)) * time.Minute)
			} else {
				p.Days = 1 + rng.IntN(60)
			}
			court, federal, latest := readings(p)
			for _, s := range []Scope{court, federal, latest} {
				loud, quiet := s, s
				loud.quiet, quiet.quiet = false, true
				if p.Hours > 0 {
					end1, plain1, due1, steps1, passed1 := c.countHours(p, loud)
					end2, plain2, due2, steps2, passed2 := c.countHours(p, quiet)
					if !end1.Equal(end2) || plain1 != plain2 || due1 != due2 || !slices.Equal(days(passed1), days(passed2)) {
						t.Fatalf("%s %+v %+v: quiet %v %v %v %v, with words %v %v %v %v", c.ID, p, s, end2, plain2, due2, days(passed2), end1, plain1, due1, days(passed1))
					}
					if len(steps1) == 0 || len(steps2) != 0 {
						t.Fatalf("%s %+v %+v: %d steps with words, %d quiet", c.ID, p, s, len(steps1), len(steps2))
					}
					continue
				}
				due1, plain1, steps1, passed1 := c.countDays(p, loud)
				due2, plain2, steps2, passed2 := c.countDays(p, quiet)
				if due1 != due2 || plain1 != plain2 || !slices.Equal(days(passed1), days(passed2)) {
					t.Fatalf("%s %+v %+v: quiet %v %v %v, with words %v %v %v", c.ID, p, s, due2, plain2, days(passed2), due1, plain1, days(passed1))
				}
				if len(steps1) == 0 || len(steps2) != 0 {
					t.Fatalf("%s %+v %+v: %d steps with words, %d quiet", c.ID, p, s, len(steps1), len(steps2))
				}
				for _, x := range passed2 {
					if x.why != "" {
						t.Fatalf("%s %+v %+v: a quiet reading said why %v was passed over", c.ID, p, s, x.day)
					}
				}
			}
		}
	}
}
