package reader

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"sync"
)

// patternsJSON is the reader's vocabulary: what words in an order mean
// which field. It is data so that a new court's wording is a line added to
// patterns.json, reviewed by a person who knows the orders, not new code.
//
//go:embed patterns.json
var patternsJSON []byte

// rule is one pattern with the name it is reported by and how sure a match
// makes the reader.
type rule struct {
	Name       string  `json:"name"`
	Re         string  `json:"re"`
	Confidence float64 `json:"confidence"`
	// Caps: the value is printed in capitals and is title-cased.
	Caps bool `json:"caps"`
	re   *regexp.Regexp
}

type courtRule struct {
	rule
	ID       string `json:"id"`
	Name     string `json:"name"`
	TimeZone string `json:"time_zone"`
}

type judgeRule struct {
	rule
	Order string `json:"order"`
}

type providerRule struct {
	rule
	Short []string `json:"short"`
}

type dispositionRule struct {
	rule
	Disposition string `json:"disposition"`
}

type standardRule struct {
	rule
	Standard string `json:"standard"`
}

type historyRule struct {
	rule
	History string `json:"history"`
}

type targetRule struct {
	rule
	Kind string `json:"kind"`
}

type relativeRule struct {
	rule
	Days int `json:"days"`
}

type categoryRule struct {
	rule
	Category  string `json:"category"`
	Exclusive bool   `json:"exclusive"`
}

type fieldRule struct {
	rule
	Field string `json:"field"`
}

type windowRule struct {
	rule
	Kind string `json:"kind"`
	From string `json:"from"`
	To   string `json:"to"`
	Why  string `json:"why"`
}

type conditionRule struct {
	rule
	ID             string `json:"id"`
	Act            string `json:"act"`
	Party          string `json:"party"`
	NeedsDays      bool   `json:"needs_days"`
	DefaultTrigger string `json:"default_trigger"`
}

type triggerRule struct {
	rule
	Trigger string `json:"trigger"`
}

type partyRule struct {
	rule
	Party string `json:"party"`
}

type scopeRule struct {
	rule
	Scope string `json:"scope"`
}

// patterns is patterns.json, compiled. Patterns that name the applicant or
// the provider ({applicant}, {provider}) are kept as source and compiled
// for each order, once its names are read.
type patterns struct {
	Macros           map[string]string `json:"macros"`
	Numbers          map[string]int    `json:"numbers"`
	RunningHeaders   []string          `json:"running_headers"`
	Abbreviations    []string          `json:"abbreviations"`
	Operative        []rule            `json:"operative"`
	CaseNumber       []rule            `json:"case_number"`
	Courts           []courtRule       `json:"courts"`
	Division         []rule            `json:"division"`
	Judges           []judgeRule       `json:"judges"`
	JudgeNames       []string          `json:"judge_names"`
	Date             []rule            `json:"date"`
	Statute          []rule            `json:"statute"`
	Applicant        []rule            `json:"applicant"`
	Providers        []providerRule    `json:"providers"`
	ProviderFallback []rule            `json:"provider_fallback"`
	// ProceedingsCountry finds where the foreign proceedings are brought:
	// the first group is a country's name as the order gives it.
	ProceedingsCountry []rule            `json:"proceedings_country"`
	Disposition        []dispositionRule `json:"disposition"`
	Modification       []rule            `json:"modification"`
	StandardChange     []standardRule    `json:"standard_change"`
	Authorizes         []rule            `json:"authorizes"`
	Targets            []targetRule      `json:"targets"`
	Evidence           []rule            `json:"evidence"`
	RelativeDays       []relativeRule    `json:"relative_days"`
	RequestStart       []rule            `json:"request_start"`
	RequestEnd         string            `json:"request_end"`
	NarrativeRequest   []rule            `json:"narrative_request"`
	Standards          []standardRule    `json:"standards"`
	History            []historyRule     `json:"history"`
	Items              string            `json:"items"`
	Categories         []categoryRule    `json:"categories"`
	ExcludedContext    []rule            `json:"excluded_context"`
	ExcludedFields     []fieldRule       `json:"excluded_fields"`
	Windows            []windowRule      `json:"windows"`
	Denied             []rule            `json:"denied"`
	Conditions         []conditionRule   `json:"conditions"`
	Period             string            `json:"period"`
	PeriodBefore       string            `json:"period_before"`
	Triggers           []triggerRule     `json:"triggers"`
	Parties            []partyRule       `json:"parties"`
	HoldScope          []scopeRule       `json:"hold_scope"`
	UseRestriction     []rule            `json:"use_restriction"`
	Purposes           string            `json:"purposes"`
	CourtOrder         string            `json:"court_order"`
	ServedWithOrder    []rule            `json:"served_with_order"`

	headers                                 []*regexp.Regexp
	requestEnd, items, period, periodBefore *regexp.Regexp
	purposes, courtOrder, date              *regexp.Regexp
	abbrev                                  map[string]bool
	judgeCase                               map[string]string
}

var (
	loadOnce   sync.Once
	loaded     *patterns
	loadFailed error
)

// vocabulary returns the compiled patterns. The file is embedded, so a
// pattern that does not compile is a bug caught by the first test.
func vocabulary() *patterns {
	loadOnce.Do(func() {
		loaded, loadFailed = compilePatterns(patternsJSON)
	})
	if loadFailed != nil {
		panic(loadFailed)
	}
	return loaded
}

func compilePatterns(data []byte) (*patterns, error) {
	var p patterns
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, fmt.Errorf("patterns.json: %w", err)
	}
	var errs []string
	c := func(where, src string) *regexp.Regexp {
		re, err := p.compile(src, nil)
		if err != nil {
			errs = append(errs, fmt.Sprintf("%s: %v", where, err))
		}
		return re
	}
	rules := func(where string, rs []rule) {
		for i := range rs {
			if !strings.Contains(rs[i].Re, "{applicant}") && !strings.Contains(rs[i].Re, "{provider}") {
				rs[i].re = c(fmt.Sprintf("%s[%d]", where, i), rs[i].Re)
			}
		}
	}
	for _, h := range p.RunningHeaders {
		p.headers = append(p.headers, c("running_headers", h))
	}
	rules("operative", p.Operative)
	rules("case_number", p.CaseNumber)
	rules("division", p.Division)
	rules("date", p.Date)
	rules("statute", p.Statute)
	rules("applicant", p.Applicant)
	rules("provider_fallback", p.ProviderFallback)
	rules("proceedings_country", p.ProceedingsCountry)
	rules("modification", p.Modification)
	rules("authorizes", p.Authorizes)
	rules("evidence", p.Evidence)
	rules("request_start", p.RequestStart)
	rules("narrative_request", p.NarrativeRequest)
	rules("excluded_context", p.ExcludedContext)
	rules("denied", p.Denied)
	rules("use_restriction", p.UseRestriction)
	rules("served_with_order", p.ServedWithOrder)
	for i := range p.Courts {
		p.Courts[i].re = c("courts", p.Courts[i].Re)
	}
	for i := range p.Judges {
		p.Judges[i].re = c("judges", p.Judges[i].Re)
	}
	for i := range p.Providers {
		p.Providers[i].re = c("providers", p.Providers[i].Re)
	}
	for i := range p.Disposition {
		p.Disposition[i].re = c("disposition", p.Disposition[i].Re)
	}
	for i := range p.StandardChange {
		p.StandardChange[i].re = c("standard_change", p.StandardChange[i].Re)
	}
	for i := range p.Standards {
		p.Standards[i].re = c("standards", p.Standards[i].Re)
	}
	for i := range p.History {
		p.History[i].re = c("history", p.History[i].Re)
	}
	for i := range p.Targets {
		p.Targets[i].re = c("targets", p.Targets[i].Re)
	}
	for i := range p.RelativeDays {
		p.RelativeDays[i].re = c("relative_days", p.RelativeDays[i].Re)
	}
	for i := range p.Categories {
		p.Categories[i].re = c("categories", p.Categories[i].Re)
	}
	for i := range p.ExcludedFields {
		p.ExcludedFields[i].re = c("excluded_fields", p.ExcludedFields[i].Re)
	}
	for i := range p.Windows {
		p.Windows[i].re = c("windows", p.Windows[i].Re)
	}
	for i := range p.Conditions {
		p.Conditions[i].re = c("conditions", p.Conditions[i].Re)
	}
	for i := range p.Triggers {
		p.Triggers[i].re = c("triggers", p.Triggers[i].Re)
	}
	for i := range p.HoldScope {
		p.HoldScope[i].re = c("hold_scope", p.HoldScope[i].Re)
	}
	p.requestEnd = c("request_end", p.RequestEnd)
	p.items = c("items", p.Items)
	p.period = c("period", p.Period)
	p.periodBefore = c("period_before", p.PeriodBefore)
	p.purposes = c("purposes", p.Purposes)
	p.courtOrder = c("court_order", p.CourtOrder)
	p.date = c("macros.date", "{date}")
	p.abbrev = map[string]bool{}
	for _, a := range p.Abbreviations {
		p.abbrev[a] = true
	}
	p.judgeCase = map[string]string{}
	for _, n := range p.JudgeNames {
		p.judgeCase[strings.ToUpper(n)] = n
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("patterns.json: %s", strings.Join(errs, "; "))
	}
	return &p, nil
}

// compile turns a pattern of patterns.json into a regular expression: its
// macros and names expanded, and each single space outside a character
// class made to match any run of white space (" ?": any or none), so that a phrase matches
// across the line breaks of the order's text.
func (p *patterns) compile(src string, names map[string]string) (*regexp.Regexp, error) {
	for k, v := range p.Macros {
		src = strings.ReplaceAll(src, "{"+k+"}", v)
	}
	for k, v := range names {
		src = strings.ReplaceAll(src, "{"+k+"}", v)
	}
	var b strings.Builder
	class, escaped := false, false
	rs := []rune(src)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case escaped:
			escaped = false
		case r == '\\':
			escaped = true
		case r == '[':
			class = true
		case r == ']':
			class = false
		case r == ' ' && !class:
			// "a ?b" is an optional space: any white space or none.
			if i+1 < len(rs) && (rs[i+1] == '?' || rs[i+1] == '*') {
				b.WriteString(`\s*`)
				i++
				continue
			}
			b.WriteString(`\s+`)
			continue
		}
		b.WriteRune(r)
	}
	return regexp.Compile(b.String())
}
