package reader

import (
	_ "embed"
	"encoding/json"
	"fmt"
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
	// Source: the rule runs on the text as given, before running headers
	// are taken out (it reads a running header).
	Source bool `json:"source"`
	// Kind and Where qualify a rule for the code that runs it: what a
	// match is (a heading, a list's item) and where in the order it
	// counts ("signature": after the operative part begins).
	Kind  string `json:"kind"`
	Where string `json:"where"`
	re    *rx
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
	Category string `json:"category"`
	// Group names categories that exclude the others from an item: an
	// item that names any pattern of the group is that group's
	// categories alone.
	Group string `json:"group"`
}

type fieldRule struct {
	rule
	Field string `json:"field"`
}

// excludedRule finds the words after which an order names what a request
// must leave out.
type excludedRule struct {
	rule
	// Negates: the rule is "but not"; after another exclusion in the same
	// clause it takes the exclusion back ("excluding the card number, but
	// not the expiration date"), so it excludes nothing.
	Negates bool `json:"negates"`
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
	// NotBy are the parties whose act this never is: a period that runs
	// from it, in their clause, names it ("within 30 days of the date on
	// which Example sends notice").
	NotBy []string `json:"not_by"`
	// InSentence, if set, must match the clause's sentence unless the
	// period runs from an objection's receipt; Unless must not match it.
	InSentence string `json:"in_sentence"`
	Unless     string `json:"unless"`

	inSentence, unless *rx
}

type triggerRule struct {
	rule
	Trigger string `json:"trigger"`
}

// letterRules are the words of an applicant's letter to the judge and of
// the endorsement that grants it (see "_letter" in patterns.json).
type letterRules struct {
	Salutation   string `json:"salutation"`
	Closing      string `json:"closing"`
	Endorsement  string `json:"endorsement"`
	TermsLeadin  string `json:"terms_leadin"`
	TermsAdopted string `json:"terms_adopted"`
	NotAdopted   string `json:"not_adopted"`

	salutation, closing, endorsement, termsLeadin, termsAdopted, notAdopted *rx
}

type scopeRule struct {
	rule
	Scope string `json:"scope"`
}

// holdRules are the words of a hold: a platform that must not disclose
// (withhold) while a contest is pending (contested), and preserve; and of
// a delayed production, which withholds until a number of days has run.
type holdRules struct {
	Withhold  string `json:"withhold"`
	Preserve  string `json:"preserve"`
	Contested string `json:"contested"`
	Delay     string `json:"delay"`
	// Sole is what withholds the one holder's information ("the
	// customer's information"); Several are words of more holders than
	// one ("each account holder", "the users").
	Sole    string `json:"sole"`
	Several string `json:"several"`

	withhold, preserve, contested, delay, sole, several *rx
}

// patterns is patterns.json, compiled. Patterns that name the applicant or
// the provider ({applicant}, {provider}) are kept as source and compiled
// for each order, once its names are read.
type patterns struct {
	Macros         map[string]string `json:"macros"`
	Numbers        map[string]int    `json:"numbers"`
	RunningHeaders []string          `json:"running_headers"`
	Abbreviations  []string          `json:"abbreviations"`
	Operative      []rule            `json:"operative"`
	CaseNumber     []rule            `json:"case_number"`
	CaseCitation   string            `json:"case_citation"`
	// CaseNumberCaptionForm is a case number standing at the end of a
	// caption's line, in any form (group 1).
	CaseNumberCaptionForm string      `json:"case_number_caption_form"`
	Courts                []courtRule `json:"courts"`
	DistrictCourt         string      `json:"district_court"`
	// States maps a state's name, in lower case, to its postal code and
	// time zone.
	States           map[string][2]string `json:"states"`
	Division         []rule               `json:"division"`
	Judges           []judgeRule          `json:"judges"`
	JudgeNames       []string             `json:"judge_names"`
	Date             []rule               `json:"date"`
	Statute          []rule               `json:"statute"`
	ApplicantCaption []rule               `json:"applicant_caption"`
	Applicant        []rule               `json:"applicant"`
	Providers        []providerRule       `json:"providers"`
	ProviderNamed    []rule               `json:"provider_named"`
	// ProviderDefined names the platform by a short name (group 1) that
	// the order defines for a company's name.
	ProviderDefined  []rule `json:"provider_defined"`
	ProviderFallback []rule `json:"provider_fallback"`
	// ProceedingsCountry finds where the foreign proceedings are brought:
	// the first group is a country's name as the order gives it.
	ProceedingsCountry    []rule            `json:"proceedings_country"`
	DispositionStatement  []rule            `json:"disposition_statement"`
	DispositionTitle      []rule            `json:"disposition_title"`
	DispositionQualifiers []dispositionRule `json:"disposition_qualifiers"`
	Modification          []rule            `json:"modification"`
	StandardChange        []standardRule    `json:"standard_change"`
	Authorizes            []rule            `json:"authorizes"`
	Targets               []targetRule      `json:"targets"`
	Evidence              []rule            `json:"evidence"`
	RelativeDays          []relativeRule    `json:"relative_days"`
	RequestItems          []rule            `json:"request_items"`
	RequestLeadin         string            `json:"request_leadin"`
	RequestVerb           string            `json:"request_verb"`
	RequestStandard       string            `json:"request_standard"`
	RequestEnd            string            `json:"request_end"`
	NarrativeRequest      []rule            `json:"narrative_request"`
	LimitedRequest        []rule            `json:"limited_request"`
	Standards             []standardRule    `json:"standards"`
	History               []historyRule     `json:"history"`
	Items                 string            `json:"items"`
	Categories            []categoryRule    `json:"categories"`
	ExcludedContext       []excludedRule    `json:"excluded_context"`
	ExcludedFields        []fieldRule       `json:"excluded_fields"`
	Windows               []windowRule      `json:"windows"`
	WindowLimits          []rule            `json:"window_limits"`
	Ordinals              map[string]int    `json:"ordinals"`
	RequestDenied         []rule            `json:"request_denied"`
	RequestsAllowed       string            `json:"requests_allowed"`
	Incorporated          string            `json:"incorporated"`
	OperativeAdopts       string            `json:"operative_adopts"`
	StipulatedTerms       string            `json:"stipulated_terms"`
	PeriodChanged         string            `json:"period_changed"`
	PeriodReplaced        string            `json:"period_replaced"`
	PeriodReplacedToo     string            `json:"period_replaced_too"`
	PeriodReplacedWords   string            `json:"period_replaced_words"`
	LabelRequires         string            `json:"label_requires"`
	DaysCounted           string            `json:"days_counted"`
	StipulationDeclined   string            `json:"stipulation_declined"`
	OperativeAdopted      string            `json:"operative_adopted"`
	// FootnoteIncorporated finds, in the operative part, a footnote it
	// makes its own (group 1 or 2 its number).
	FootnoteIncorporated string `json:"footnote_incorporated"`
	// PartIncorporated finds, in the operative part, a part of the order
	// before it whose terms it makes its own; group 1 is the part's label.
	PartIncorporated string `json:"part_incorporated"`
	// ExhibitHeading finds an exhibit's heading (group 1 its label);
	// ExhibitIncorporated, with {label} its label, the operative part's
	// words that make the exhibit's terms the order's.
	ExhibitHeading      string `json:"exhibit_heading"`
	ExhibitIncorporated string `json:"exhibit_incorporated"`
	// Vacates is a clause that vacates or supersedes an order.
	Vacates    string          `json:"vacates"`
	Unlocated  string          `json:"unlocated"`
	Denied     []rule          `json:"denied"`
	Conditions []conditionRule `json:"conditions"`
	Directive  string          `json:"directive"`
	// DirectivePast is the past tense of direction in an earlier order's
	// recital ("directed Example to notify"), with the actor it names.
	DirectivePast string `json:"directive_past"`
	// DirectiveRecommended is what a report's lettered recommendation,
	// adopted by its letter, directs ("require X to notify ...").
	DirectiveRecommended string        `json:"directive_recommended"`
	ClausePrefix         string        `json:"clause_prefix"`
	Period               string        `json:"period"`
	SamePeriod           string        `json:"same_period"`
	PeriodBefore         string        `json:"period_before"`
	Triggers             []triggerRule `json:"triggers"`
	PronounTrigger       string        `json:"pronoun_trigger"`
	PronounReferents     []triggerRule `json:"pronoun_referents"`
	HolderWords          string        `json:"holder_words"`
	Hold                 holdRules     `json:"hold"`
	HoldScope            []scopeRule   `json:"hold_scope"`
	UseRestriction       []rule        `json:"use_restriction"`
	Purposes             string        `json:"purposes"`
	CourtOrder           string        `json:"court_order"`
	ServedWithOrder      []rule        `json:"served_with_order"`

	// Letter are the words of a letter-motion and of its endorsement
	// (letter.go); TableActor the header of a table's column that says who
	// takes each row's step (table.go).
	Letter     letterRules `json:"letter"`
	TableActor string      `json:"table_actor"`
	// TableWhen is the header of the column that says when a row's step is
	// due, and CellPeriod a period written alone in its cell.
	TableWhen  string `json:"table_when"`
	CellPeriod string `json:"cell_period"`
	// MotionAtIssue says the order is on a motion to quash.
	MotionAtIssue string `json:"motion_at_issue"`

	headers                                             []*rx
	requestEnd, items, period, periodBefore, samePeriod *rx
	purposes, courtOrder, date                          *rx
	caseCitation, districtCourt, requestLeadin          *rx
	caseNumberCaptionForm                               *rx
	requestVerb                                         *rx
	requestStandard, requestsAllowed, directive         *rx
	// directiveShould is the directive with "should": a report and
	// recommendation's word for what the order it recommends directs.
	directiveShould *rx
	// directivePast is the directive with the past tense of direction:
	// the words of an earlier order's recital its successor keeps.
	directivePast *rx
	// directiveRecommended is the directive with a recommendation's
	// imperative and subjunctive.
	directiveRecommended                                                  *rx
	incorporated, unlocated                                               *rx
	operativeAdopts, operativeAdopted                                     *rx
	stipulatedTerms, stipulationDeclined, periodChanged                   *rx
	periodReplaced, periodReplacedToo, periodReplacedWords, labelRequires *rx
	daysCounted                                                           *rx
	footnoteIncorporated, exhibitHeading, vacates                         *rx
	partIncorporated                                                      *rx
	clausePrefix, pronounTrigger, holderWords                             *rx
	tableActor, motionAtIssue                                             *rx
	tableWhen, cellPeriod                                                 *rx
	abbrev                                                                map[string]bool
	judgeCase                                                             map[string]string
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
	c := func(where, src string) *rx {
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
	rules("applicant_caption", p.ApplicantCaption)
	rules("applicant", p.Applicant)
	rules("provider_named", p.ProviderNamed)
	rules("provider_defined", p.ProviderDefined)
	rules("provider_fallback", p.ProviderFallback)
	rules("proceedings_country", p.ProceedingsCountry)
	rules("disposition_statement", p.DispositionStatement)
	rules("disposition_title", p.DispositionTitle)
	rules("modification", p.Modification)
	rules("authorizes", p.Authorizes)
	rules("evidence", p.Evidence)
	rules("request_items", p.RequestItems)
	rules("narrative_request", p.NarrativeRequest)
	rules("limited_request", p.LimitedRequest)
	rules("window_limits", p.WindowLimits)
	rules("request_denied", p.RequestDenied)
	rules("denied", p.Denied)
	rules("use_restriction", p.UseRestriction)
	rules("served_with_order", p.ServedWithOrder)
	each := func(where string, n int, r func(int) *rule) {
		for i := range n {
			x := r(i)
			x.re = c(fmt.Sprintf("%s[%d]", where, i), x.Re)
		}
	}
	each("courts", len(p.Courts), func(i int) *rule { return &p.Courts[i].rule })
	each("judges", len(p.Judges), func(i int) *rule { return &p.Judges[i].rule })
	each("providers", len(p.Providers), func(i int) *rule { return &p.Providers[i].rule })
	each("disposition_qualifiers", len(p.DispositionQualifiers), func(i int) *rule { return &p.DispositionQualifiers[i].rule })
	each("standard_change", len(p.StandardChange), func(i int) *rule { return &p.StandardChange[i].rule })
	each("standards", len(p.Standards), func(i int) *rule { return &p.Standards[i].rule })
	each("history", len(p.History), func(i int) *rule { return &p.History[i].rule })
	each("targets", len(p.Targets), func(i int) *rule { return &p.Targets[i].rule })
	each("relative_days", len(p.RelativeDays), func(i int) *rule { return &p.RelativeDays[i].rule })
	each("categories", len(p.Categories), func(i int) *rule { return &p.Categories[i].rule })
	each("excluded_context", len(p.ExcludedContext), func(i int) *rule { return &p.ExcludedContext[i].rule })
	each("excluded_fields", len(p.ExcludedFields), func(i int) *rule { return &p.ExcludedFields[i].rule })
	each("windows", len(p.Windows), func(i int) *rule { return &p.Windows[i].rule })
	each("conditions", len(p.Conditions), func(i int) *rule { return &p.Conditions[i].rule })
	for i := range p.Conditions {
		cr := &p.Conditions[i]
		if cr.InSentence != "" {
			cr.inSentence = c(fmt.Sprintf("conditions[%d].in_sentence", i), cr.InSentence)
		}
		if cr.Unless != "" {
			cr.unless = c(fmt.Sprintf("conditions[%d].unless", i), cr.Unless)
		}
	}
	each("triggers", len(p.Triggers), func(i int) *rule { return &p.Triggers[i].rule })
	each("pronoun_referents", len(p.PronounReferents), func(i int) *rule { return &p.PronounReferents[i].rule })
	each("hold_scope", len(p.HoldScope), func(i int) *rule { return &p.HoldScope[i].rule })
	p.requestEnd = c("request_end", p.RequestEnd)
	p.items = c("items", p.Items)
	p.period = c("period", p.Period)
	p.samePeriod = c("same_period", p.SamePeriod)
	p.periodBefore = c("period_before", p.PeriodBefore)
	p.purposes = c("purposes", p.Purposes)
	p.courtOrder = c("court_order", p.CourtOrder)
	p.date = c("macros.date", "{date}")
	p.caseCitation = c("case_citation", p.CaseCitation)
	p.caseNumberCaptionForm = c("case_number_caption_form", p.CaseNumberCaptionForm)
	p.districtCourt = c("district_court", p.DistrictCourt)
	p.requestLeadin = c("request_leadin", p.RequestLeadin)
	p.requestVerb = c("request_verb", p.RequestVerb)
	p.requestStandard = c("request_standard", p.RequestStandard)
	p.requestsAllowed = c("requests_allowed", p.RequestsAllowed)
	p.incorporated = c("incorporated", p.Incorporated)
	p.operativeAdopts = c("operative_adopts", p.OperativeAdopts)
	p.stipulatedTerms = c("stipulated_terms", p.StipulatedTerms)
	p.periodChanged = c("period_changed", p.PeriodChanged)
	p.periodReplaced = c("period_replaced", p.PeriodReplaced)
	p.periodReplacedToo = c("period_replaced_too", p.PeriodReplacedToo)
	p.periodReplacedWords = c("period_replaced_words", p.PeriodReplacedWords)
	p.labelRequires = c("label_requires", p.LabelRequires)
	p.daysCounted = c("days_counted", p.DaysCounted)
	p.stipulationDeclined = c("stipulation_declined", p.StipulationDeclined)
	p.operativeAdopted = c("operative_adopted", p.OperativeAdopted)
	p.footnoteIncorporated = c("footnote_incorporated", p.FootnoteIncorporated)
	p.partIncorporated = c("part_incorporated", p.PartIncorporated)
	p.exhibitHeading = c("exhibit_heading", p.ExhibitHeading)
	p.vacates = c("vacates", p.Vacates)
	p.unlocated = c("unlocated", p.Unlocated)
	p.directive = c("directive", p.Directive)
	p.directiveShould = c("directive", strings.Replace(p.Directive, `(?:shall|`, `(?:shall|should|`, 1))
	p.directivePast = c("directive_past", p.Directive+"|"+p.DirectivePast)
	p.directiveRecommended = c("directive_recommended", p.Directive+"|"+p.DirectiveRecommended)
	p.clausePrefix = c("clause_prefix", p.ClausePrefix)
	p.pronounTrigger = c("pronoun_trigger", p.PronounTrigger)
	p.holderWords = c("holder_words", p.HolderWords)
	p.Hold.withhold = c("hold.withhold", p.Hold.Withhold)
	p.Hold.preserve = c("hold.preserve", p.Hold.Preserve)
	p.Hold.contested = c("hold.contested", p.Hold.Contested)
	p.Hold.delay = c("hold.delay", p.Hold.Delay)
	p.Hold.sole = c("hold.sole", p.Hold.Sole)
	p.Hold.several = c("hold.several", p.Hold.Several)
	p.tableActor = c("table_actor", p.TableActor)
	p.tableWhen = c("table_when", p.TableWhen)
	p.cellPeriod = c("cell_period", p.CellPeriod)
	p.motionAtIssue = c("motion_at_issue", p.MotionAtIssue)
	p.Letter.salutation = c("letter.salutation", p.Letter.Salutation)
	p.Letter.closing = c("letter.closing", p.Letter.Closing)
	p.Letter.endorsement = c("letter.endorsement", p.Letter.Endorsement)
	p.Letter.termsLeadin = c("letter.terms_leadin", p.Letter.TermsLeadin)
	p.Letter.termsAdopted = c("letter.terms_adopted", p.Letter.TermsAdopted)
	p.Letter.notAdopted = c("letter.not_adopted", p.Letter.NotAdopted)
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
func (p *patterns) compile(src string, names map[string]string) (*rx, error) {
	// A macro may name another ({casenum} ends with {judges_in_number}),
	// and a map has no order: expand until nothing changes. A key that
	// starts with "_" is the comment of the macro it names.
	for range 4 {
		before := src
		for k, v := range p.Macros {
			if !strings.HasPrefix(k, "_") {
				src = strings.ReplaceAll(src, "{"+k+"}", v)
			}
		}
		if src == before {
			break
		}
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
	return compileRx(b.String())
}
