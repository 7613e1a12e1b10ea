package reader

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/order"
)

// caption reads who and when: the case number, court, judge, date and
// statute.
func (r *run) caption() {
	o := &r.p.Order
	if rl, m := first(r.v.CaseNumber, r.txt, 0); rl != nil {
		o.CaseNumber = r.txt[m[2]:m[3]]
		r.found("/order/case_number", o.CaseNumber, m[2], m[3], rl.Confidence, rl.Name)
	}
	r.court()
	r.judge()
	if rl, m := first(r.v.Date, r.txt, 0); rl != nil {
		if d, ok := parseDate(r.txt[m[2]:m[3]]); ok {
			o.Date = d
			r.found("/order/date", d.String(), m[2], m[3], rl.Confidence, rl.Name)
		}
	}
	if rl, m := first(r.v.Statute, r.txt, 0); rl != nil {
		o.Statute = r.t.words(m[2], m[3])
		r.found("/order/statute", o.Statute, m[2], m[3], rl.Confidence, rl.Name)
	}
}

// court reads the court from its name in the caption. A text that does
// not name the court (a reporter's copy that starts at the opinion) leaves
// it to a person, even when the case number's form suggests one.
func (r *run) court() {
	best, at := -1, -1
	var bm []int
	for i, c := range r.v.Courts {
		if m := c.re.FindStringIndex(r.txt); m != nil && (at < 0 || m[0] < at) {
			best, at, bm = i, m[0], m
		}
	}
	if best < 0 {
		return
	}
	c := r.v.Courts[best]
	o := &r.p.Order
	o.Court = order.Court{ID: c.ID, Name: c.Name, TimeZone: c.TimeZone}
	r.found("/order/court/name", c.Name, bm[0], bm[1], c.Confidence, "courts")
	r.found("/order/court/id", c.ID, bm[0], bm[1], c.Confidence, "courts")
	r.found("/order/court/time_zone", c.TimeZone, bm[0], bm[1], c.Confidence, "courts")
	// A division is named in the caption, near the court's name.
	if rl, m := first(r.v.Division, r.txt[:min(len(r.txt), bm[1]+200)], bm[1]); rl != nil {
		o.Court.Name += ", " + titleCase(r.txt[m[2]:m[3]]) + " Division"
		r.found("/order/court/name", o.Court.Name, m[0], m[1], rl.Confidence, rl.Name)
	}
}

// titleWords are the words of a judge's title, which a name printed in
// capitals may run into ("JOSEPH C. SPERO CHIEF MAGISTRATE JUDGE").
var titleWords = map[string]bool{"CHIEF": true, "UNITED": true, "STATES": true, "DISTRICT": true, "MAGISTRATE": true, "SENIOR": true}

func (r *run) judge() {
	o := &r.p.Order
	for _, j := range r.v.Judges {
		m := j.re.FindStringSubmatchIndex(r.txt)
		if m == nil {
			continue
		}
		var name, title string
		var ni, nj int
		switch j.Order {
		case "last_first":
			name = r.t.words(m[4], m[5]) + " " + r.t.words(m[2], m[3])
			title = r.t.words(m[6], m[7])
			ni, nj = m[2], m[5]
		case "title_first":
			title = r.t.words(m[2], m[3])
			name = r.t.words(m[4], m[5])
			ni, nj = m[4], m[5]
		default:
			name = r.t.words(m[2], m[3])
			title = r.t.words(m[4], m[5])
			ni, nj = m[2], m[3]
			words := strings.Fields(name)
			for len(words) > 1 && titleWords[words[len(words)-1]] {
				title = words[len(words)-1] + " " + title
				words = words[:len(words)-1]
			}
			name = strings.Join(words, " ")
		}
		if name == "" {
			continue
		}
		conf := j.Confidence
		if isCaps(name) {
			if n, ok := r.v.judgeCase[strings.ToUpper(name)]; ok {
				name = n
			} else {
				name = titleCase(name)
				conf -= 0.1
			}
		}
		if isCaps(title) {
			title = titleCase(title)
		}
		o.Judge, o.JudgeTitle = name, title
		r.found("/order/judge", name, ni, nj, conf, j.Name)
		r.found("/order/judge_title", title, m[0], m[1], j.Confidence, j.Name)
		return
	}
}

// corporate is the end of a company's name.
var corporate = regexp.MustCompile(`(?i),?\s+(?:inc|llc|l\.l\.c|ltd|co|corp|k\.k|gmbh|plc|s\.a)\.?$`)

// parties reads the applicant and the provider, and makes the patterns
// that name them in the conditions ("Dr. Takagi must", "Twitter shall").
// proceedingsCountry reads where the foreign proceedings are brought: the
// first country named "in" after a word for a proceeding ("a civil action
// ... in Japan"), by its longest name writ knows.
func (r *run) proceedingsCountry() {
	for _, rl := range r.v.ProceedingsCountry {
		for _, m := range rl.re.FindAllStringSubmatchIndex(r.txt, -1) {
			words := strings.Fields(r.txt[m[2]:m[3]])
			for n := len(words); n > 0; n-- {
				name := strings.Join(words[:n], " ")
				if code, ok := order.CountryCode(name); ok {
					r.p.Order.ProceedingsCountry = code
					end := m[2] + strings.Index(r.txt[m[2]:m[3]], words[n-1]) + len(words[n-1])
					r.found("/order/proceedings_country", code, m[2], end, rl.Confidence, rl.Name)
					return
				}
			}
		}
	}
}

func (r *run) parties() {
	o := &r.p.Order
	r.names = map[string]string{}
	if rl, m := first(r.v.Applicant, r.txt, 0); rl != nil {
		name := strings.TrimRight(r.t.words(m[2], m[3]), ",")
		conf := rl.Confidence
		if rl.Caps {
			name = titleCase(name)
		}
		o.Applicant = name
		r.found("/order/applicant", name, m[2], m[3], conf, rl.Name)
	}
	best, at := -1, -1
	var bm []int
	for i, p := range r.v.Providers {
		if m := p.re.FindStringIndex(r.txt); m != nil && (at < 0 || m[0] < at) {
			best, at, bm = i, m[0], m
		}
	}
	var short []string
	if best >= 0 {
		p := r.v.Providers[best]
		o.Provider = p.Name
		short = p.Short
		r.found("/order/provider", p.Name, bm[0], bm[1], 0.85, "providers")
	} else if rl, m := first(r.v.ProviderFallback, r.txt, 0); rl != nil {
		o.Provider = r.t.words(m[2], m[3])
		short = []string{r.txt[m[4]:m[5]]}
		r.found("/order/provider", o.Provider, m[2], m[3], rl.Confidence, rl.Name)
	}
	if o.Provider != "" {
		alts := []string{regexp.QuoteMeta(o.Provider)}
		for _, s := range short {
			alts = append(alts, regexp.QuoteMeta(s))
		}
		r.names["provider"] = "(?:" + strings.Join(alts, "|") + ")"
	}
	if o.Applicant != "" {
		alts := []string{regexp.QuoteMeta(o.Applicant), "[Aa]pplicant"}
		words := strings.Fields(strings.TrimRight(o.Applicant, ","))
		if company := corporate.ReplaceAllString(o.Applicant, ""); company != o.Applicant {
			// A company by the first words of its name: "Bleach" for
			// Bleach, Inc.; "Sakura Foods" or "Sakura" for Sakura Foods K.K.
			words = strings.Fields(company)
			for n := len(words); n > 0; n-- {
				alts = append(alts, regexp.QuoteMeta(strings.Join(words[:n], " ")))
			}
		} else if len(words) > 1 {
			// A person is named by surname, often with an honorific: "Dr.
			// Takagi" for Hidenori Takagi.
			alts = append(alts, `(?:(?:Dr|Mr|Ms|Mrs|Mx)\. )?`+regexp.QuoteMeta(words[len(words)-1]))
		}
		r.names["applicant"] = "(?:" + strings.Join(alts, "|") + ")"
	}
}

func (r *run) disposition() {
	for _, d := range r.v.Disposition {
		if m := d.re.FindStringIndex(r.txt); m != nil {
			r.p.Order.Disposition = order.Disposition(d.Disposition)
			r.found("/order/disposition", d.Disposition, m[0], m[1], d.Confidence, d.Name)
			return
		}
	}
}

// targets reads the accounts whose holders are sought, by the names the
// order gives them, and what each posted, when.
func (r *run) targets() {
	o := &r.p.Order
	seen := map[string]bool{}
	for _, tr := range r.v.Targets {
		for _, m := range tr.re.FindAllStringSubmatchIndex(r.txt, -1) {
			var t order.Target
			switch tr.Kind {
			case "name_at_handle":
				t.DisplayName, t.Handle = r.txt[m[2]:m[3]], r.txt[m[4]:m[5]]
				t.Label = t.DisplayName + "@" + t.Handle
			case "handle":
				t.Handle = r.txt[m[2]:m[3]]
				t.Label = "@" + t.Handle
			case "display_name":
				t.DisplayName = r.t.words(m[2], m[3])
				t.Label = t.DisplayName
			default:
				t.Label = r.txt[m[2]:m[3]]
			}
			key := strings.ToLower(t.Label)
			if seen[key] || (t.Handle != "" && seen["@"+strings.ToLower(t.Handle)]) {
				continue
			}
			seen[key] = true
			if t.Handle != "" {
				seen["@"+strings.ToLower(t.Handle)] = true
			}
			n := len(o.Targets)
			if ev, ok := r.evidence(m[0], m[len(m)-1], n); ok {
				t.Evidence = []order.Evidence{ev}
			}
			o.Targets = append(o.Targets, t)
			r.found(pointer("order", "targets", n, "label"), t.Label, m[2], m[len(m)-1], tr.Confidence, tr.Name)
		}
	}
}

// evidence reads what a target posted, and when, from the sentence that
// names it: "on March 23, 2022, an anonymous Twitter user with display
// name ... posted a tweet falsely asserting ...". A sentence that opens
// with "The next day" is dated from the last date before it.
func (r *run) evidence(i, j, n int) (order.Evidence, bool) {
	s0, s1 := r.sentenceAt(i)
	var ev order.Evidence
	for _, rl := range r.v.Evidence {
		if m := rl.re.FindStringSubmatchIndex(r.txt[j:s1]); m != nil {
			a, b := j+m[2], j+m[3]
			desc := strings.TrimRight(r.t.words(a, b), ".")
			ev.Description = desc
			r.found(pointer("order", "targets", n, "evidence", 0, "description"), desc, a, b, 0.7, rl.Name)
			break
		}
	}
	if ev.Description == "" {
		return ev, false
	}
	dates := r.v.date
	if m := dates.FindStringIndex(r.txt[s0:i]); m != nil {
		if d, ok := parseDate(r.txt[s0+m[0] : s0+m[1]]); ok {
			ev.Date = d
			r.found(pointer("order", "targets", n, "evidence", 0, "date"), d.String(), s0+m[0], s0+m[1], 0.85, "sentence_date")
		}
		return ev, true
	}
	for _, rel := range r.v.RelativeDays {
		m := rel.re.FindStringIndex(r.txt[s0:s1])
		if m == nil {
			continue
		}
		all := dates.FindAllStringIndex(r.txt[:s0], -1)
		if len(all) == 0 {
			break
		}
		last := all[len(all)-1]
		if d, ok := parseDate(r.txt[last[0]:last[1]]); ok {
			ev.Date = d.AddDays(rel.Days)
			r.found(pointer("order", "targets", n, "evidence", 0, "date"), ev.Date.String(), s0+m[0], s0+m[1], 0.75, "relative_day")
		}
		break
	}
	return ev, true
}

// months are the names of months as orders write them.
var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// parseDate reads "October 13, 2022", "Oct. 13, 2022", "4/19/2022" or
// "04-30-2024" (month first, as US courts write them).
func parseDate(s string) (courttime.Date, bool) {
	s = strings.Join(strings.Fields(s), " ")
	var y, d int
	var mo time.Month
	if f := strings.FieldsFunc(s, func(c rune) bool { return c == '/' || c == '-' }); len(f) == 3 && !strings.Contains(s, " ") {
		m, err1 := strconv.Atoi(f[0])
		dd, err2 := strconv.Atoi(f[1])
		yy, err3 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || err3 != nil || len(f[2]) != 4 {
			return courttime.Date{}, false
		}
		y, mo, d = yy, time.Month(m), dd
	} else {
		f := strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(s))
		if len(f) != 3 {
			return courttime.Date{}, false
		}
		m, ok := months[strings.ToLower(f[0])]
		dd, err1 := strconv.Atoi(f[1])
		yy, err2 := strconv.Atoi(f[2])
		if !ok || err1 != nil || err2 != nil {
			return courttime.Date{}, false
		}
		y, mo, d = yy, m, dd
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900 || y > 2200 {
		return courttime.Date{}, false
	}
	date := courttime.D(y, mo, d)
	if date.Year != y || date.Month != mo || date.Day != d {
		return courttime.Date{}, false
	}
	return date, true
}

// isCaps reports whether s has letters and all of them are capitals.
func isCaps(s string) bool {
	letters := false
	for _, c := range s {
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsLetter(c) {
			letters = true
		}
	}
	return letters
}

// titleCase writes a name printed in capitals as a name: "P. CASEY PITTS"
// is "P. Casey Pitts". Short words inside a name stay lower case.
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if i > 0 && (w == "of" || w == "and" || w == "the") {
			continue
		}
		rs := []rune(w)
		up := true
		for k, c := range rs {
			if up && unicode.IsLetter(c) {
				rs[k] = unicode.ToUpper(c)
			}
			up = c == '-' || c == '.' || c == '\''
		}
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}

// pointer builds a JSON pointer from names and list indexes.
func pointer(parts ...any) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteByte('/')
		switch v := p.(type) {
		case string:
			b.WriteString(v)
		case int:
			b.WriteString(strconv.Itoa(v))
		}
	}
	return b.String()
}
