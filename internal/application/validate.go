package application

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/order"
)

// Parse reads an application from its JSON form and validates it. A field
// writ does not know is a problem, so that a misspelt one is not silently
// dropped from the court's record.
func Parse(data []byte) (*Application, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var a Application
	if err := dec.Decode(&a); err != nil {
		return nil, fault.InvalidFile("", []fault.Problem{{Message: "is not an application writ can read: " + decodeWords(err)}})
	}
	if dec.More() {
		return nil, fault.InvalidFile("", []fault.Problem{{Message: "has more after the end of the application"}})
	}
	if err := a.Validate(); err != nil {
		return nil, err
	}
	return &a, nil
}

func decodeWords(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%s (at byte %d)", se.Error(), se.Offset)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		return fmt.Sprintf("%s cannot hold %s", te.Field, te.Value)
	}
	return err.Error()
}

// problems collects the problems of a record, each with its JSON path.
type problems []fault.Problem

func (ps *problems) add(path, format string, args ...any) {
	*ps = append(*ps, fault.Problem{Path: path, Message: fmt.Sprintf(format, args...)})
}

func (ps *problems) required(path, value, what string) {
	if strings.TrimSpace(value) == "" {
		ps.add(path, "is required: %s", what)
	}
}

// Validate checks the record and returns every problem at once, as an
// error with the code Invalid; nil when the record is sound. Beyond each
// field's own rules it checks what the law and the draft need: every
// docket citation names the application or a declaration; a decision
// rests on a finding for each statutory requirement and (unless a
// requirement fails) each Intel factor; a failed requirement means a
// denial; a grant sets its protective conditions. And the law's own
// limits: each proceeding says whether its body adjudicates (ZF
// Automotive), a grant's use before one that does not (the police, a
// prosecutor) names the adjudicative proceeding it would lead to (Intel,
// 542 U.S. at 259), and a grant allows no contents of communications (18
// U.S.C. § 2702).
func (a *Application) Validate() error {
	var ps problems
	ps.required("/court/name", a.Court.Name, "the court's name as in the caption, e.g. \"United States District Court, Northern District of California, San Jose Division\"")
	ps.required("/case_number", a.CaseNumber, "the case number, e.g. 22-mc-80240-VKD")
	ps.required("/judge", a.Judge, "the judge who decides the application")
	ps.required("/docket", a.Docket, "the application's docket number, e.g. 1")
	ps.required("/applicant/name", a.Applicant.Name, "the applicant's name as in the caption")
	ps.required("/applicant/short", a.Applicant.Short, "how the order names the applicant after the first time, e.g. \"Dr. Takagi\"")
	if !slices.Contains([]string{"he", "she", "it", "they"}, a.Applicant.Pronoun) {
		ps.add("/applicant/pronoun", "%q is not a pronoun the draft can use: write he, she, it or they", a.Applicant.Pronoun)
	}
	ps.required("/respondent/name", a.Respondent.Name, "the platform's name, e.g. \"Twitter, Inc.\"")
	ps.required("/respondent/short", a.Respondent.Short, "how the order names the platform after the first time, e.g. \"Twitter\"")

	dockets := a.dockets()
	cites := func(path string, cs []string) {
		for i, c := range cs {
			p := fmt.Sprintf("%s/%d", path, i)
			if strings.TrimSpace(c) == "" {
				ps.add(p, "is empty; write the citation, e.g. \"Dkt. No. %s at 2\", or remove it", a.Docket)
				continue
			}
			for _, n := range citedDockets(c) {
				if !slices.Contains(dockets, n) {
					ps.add(p, "cites Dkt. No. %s, which is neither the application (Dkt. No. %s) nor one of its declarations (%s)", n, a.Docket, strings.Join(dockets[1:], ", "))
				}
			}
		}
	}
	points := func(path string, pts []Point) {
		for i, pt := range pts {
			p := fmt.Sprintf("%s/%d", path, i)
			ps.required(p+"/text", pt.Text, "the court's statement, in its words")
			if pt.By != "" && pt.By != ByApplicant && pt.By != ByApplication {
				ps.add(p+"/by", "%q is not whose statement the draft can word: write applicant or application (%q, \"According to the application, ...\"), or leave it out for the Court's own", pt.By, a.Applicant.Short+" contends that ...")
			}
			cites(p+"/cites", pt.Cites)
		}
	}
	cites("/applicant/cites", a.Applicant.Cites)

	if len(a.Proceedings) == 0 {
		ps.add("/proceedings", "must name at least one foreign proceeding: § 1782 discovery is for use in one")
	}
	for i, p := range a.Proceedings {
		path := fmt.Sprintf("/proceedings/%d", i)
		ps.required(path+"/kind", p.Kind, "the kind of proceeding, e.g. \"civil action\" or \"criminal complaint\"")
		if p.State != Anticipated && p.State != Pending {
			ps.add(path+"/state", "%q is not a state of a proceeding: write anticipated or pending", p.State)
		}
		ps.required(path+"/country", p.Country, "the country of the foreign proceeding")
		ps.required(path+"/body", p.Body, "before whom the proceeding is brought, e.g. \"a Japanese court\" or \"the Japanese police\"")
		switch {
		case p.Adjudicative == nil:
			ps.add(path+"/adjudicative", "must say whether %s adjudicates (true or false): only a governmental or intergovernmental adjudicative body is a \"foreign or international tribunal\" (%s); the police and a prosecutor are not", orWords(p.Body, "the body"), zfAutomotive)
		case *p.Adjudicative && strings.TrimSpace(p.Adjudication) != "":
			ps.add(path+"/adjudication", "names the adjudicative proceeding that a proceeding before a body that does not adjudicate would lead to, but %s is itself adjudicative: remove it", orWords(p.Body, "the body"))
		}
		ps.required(path+"/description", p.Description, "what the applicant intends to bring or has brought, after \"intends to bring\"")
		cites(path+"/cites", p.Cites)
	}

	if len(a.Targets) == 0 {
		ps.add("/targets", "must name at least one account whose holder's identity is sought")
	}
	labels := map[string]int{}
	for i, t := range a.Targets {
		path := fmt.Sprintf("/targets/%d", i)
		ps.required(path+"/label", t.Label, "how the order names the account, e.g. \"Aya@ay_chim0807\"")
		if j, dup := labels[strings.ToLower(t.Label)]; dup && t.Label != "" {
			ps.add(path+"/label", "%q is already the label of /targets/%d", t.Label, j)
		}
		labels[strings.ToLower(t.Label)] = i
		for j, e := range t.Evidence {
			ps.required(fmt.Sprintf("%s/evidence/%d/description", path, j), e.Description, "what was posted, after \"posted a\", e.g. \"tweet falsely asserting ...\"")
		}
		cites(path+"/cites", t.Cites)
	}

	if len(a.Requests) == 0 {
		ps.add("/requests", "must list at least one document request of the proposed subpoena")
	}
	numbers := map[int]int{}
	requested := map[order.Category]bool{}
	for i, r := range a.Requests {
		path := fmt.Sprintf("/requests/%d", i)
		if r.Number < 1 {
			ps.add(path+"/number", "must be the request's number in the subpoena, 1 or more")
		} else if j, dup := numbers[r.Number]; dup {
			ps.add(path+"/number", "request %d is already numbered at /requests/%d", r.Number, j)
		}
		numbers[r.Number] = i
		if r.Standard != order.AllDocuments && r.Standard != order.SufficientToShow {
			ps.add(path+"/standard", "%q is not a standard: write %s or %s", r.Standard, order.AllDocuments, order.SufficientToShow)
		}
		if len(r.Categories) == 0 {
			ps.add(path+"/categories", "must list at least one category of information")
		}
		for j, c := range r.Categories {
			if !slices.Contains(order.Categories, c) {
				ps.add(fmt.Sprintf("%s/categories/%d", path, j), "%q is not a category writ knows", c)
			}
			requested[c] = true
		}
		ps.required(path+"/text", r.Text, "the request in the proposed subpoena's words")
	}
	if a.RequestsCite != "" {
		for _, n := range citedDockets(a.RequestsCite) {
			if !slices.Contains(dockets, n) {
				ps.add("/requests_cite", "cites Dkt. No. %s, which is neither the application (Dkt. No. %s) nor one of its declarations", n, a.Docket)
			}
		}
	}
	for i, f := range a.ExcludedFields {
		if !slices.Contains(order.Fields, f) {
			ps.add(fmt.Sprintf("/excluded_fields/%d", i), "%q is not a field writ knows", f)
		}
	}

	seen := map[string]int{}
	for i, d := range a.Declarations {
		path := fmt.Sprintf("/declarations/%d", i)
		ps.required(path+"/docket", d.Docket, "the declaration's docket number, e.g. 1-2")
		ps.required(path+"/declarant", d.Declarant, "who made the declaration")
		if j, dup := seen[d.Docket]; dup && d.Docket != "" {
			ps.add(path+"/docket", "Dkt. No. %s is already /declarations/%d", d.Docket, j)
		}
		if d.Docket == a.Docket && d.Docket != "" {
			ps.add(path+"/docket", "Dkt. No. %s is the application itself", d.Docket)
		}
		seen[d.Docket] = i
	}
	points("/facts", a.Facts)

	if a.Decision != nil && a.Analysis == nil {
		ps.add("/analysis", "is required once the application is decided: a decision rests on the court's findings")
	}
	statutoryMet := true
	if an := a.Analysis; an != nil {
		names := []string{"found_in_district", "foreign_tribunal", "interested_person"}
		for i, s := range an.statutory() {
			path := "/analysis/" + names[i]
			if s.Finding != Met && s.Finding != NotMet {
				ps.add(path+"/finding", "%q is not a finding on a statutory requirement: write met or not_met", s.Finding)
			}
			statutoryMet = statutoryMet && s.Finding == Met
			if s == &an.ForeignTribunal && s.Finding == Met && !a.anyTribunal() {
				ps.add(path+"/finding", "is met, but the record names no proceeding before an adjudicative body: each foreign proceeding is before a body that does not adjudicate and names no adjudicative proceeding it would lead to within reasonable contemplation (%s; Intel, 542 U.S. at 259)", zfAutomotive)
			}
			if len(s.Reasoning) == 0 {
				ps.add(path+"/reasoning", "must give the court's reasoning, with its citations")
			}
			points(path+"/reasoning", s.Reasoning)
		}
		names = []string{"participant", "receptivity", "circumvention", "burden"}
		for i, f := range an.factors() {
			path := "/analysis/" + names[i]
			if f.Finding == "" && len(f.Reasoning) == 0 && !statutoryMet {
				// A court that finds a requirement unmet does not reach
				// the discretionary factors.
				continue
			}
			if !slices.Contains([]Finding{Favors, FavorsIfModified, Neutral, Disfavors}, f.Finding) {
				ps.add(path+"/finding", "%q is not a finding on an Intel factor: write favors, favors_if_modified, neutral or disfavors", f.Finding)
			}
			if f.Finding == FavorsIfModified && a.Decision != nil && !a.Decision.modified() {
				ps.add(path+"/finding", "favors the discovery only if modified, but the decision makes no modification")
			}
			if len(f.Reasoning) == 0 {
				ps.add(path+"/reasoning", "must give the court's reasoning, with its citations")
			}
			points(path+"/reasoning", f.Reasoning)
		}
	}
	if d := a.Decision; d != nil {
		a.validateDecision(&ps, statutoryMet, requested)
	}
	return fault.InvalidFile("", ps)
}

func (a *Application) validateDecision(ps *problems, statutoryMet bool, requested map[order.Category]bool) {
	d := a.Decision
	if d.Date.IsZero() {
		ps.add("/decision/date", "is required: the day the order is entered, as YYYY-MM-DD")
	} else if d.Date.Year < courttime.FirstYear || d.Date.Year > courttime.LastYear {
		ps.add("/decision/date", "%s is outside the years writ counts periods in", d.Date)
	}
	hasDeny := false
	for i, m := range d.Modifications {
		path := fmt.Sprintf("/decision/modifications/%d", i)
		switch m.Kind {
		case SufficientToShow:
			if len(m.Categories) > 0 {
				ps.add(path+"/categories", "a sufficient_to_show modification applies to every request and takes no categories")
			}
		case DenyCategories:
			hasDeny = true
			if len(m.Categories) == 0 {
				ps.add(path+"/categories", "must list the categories the court strikes")
			}
			for j, c := range m.Categories {
				if !requested[c] {
					ps.add(fmt.Sprintf("%s/categories/%d", path, j), "%q is not asked for by any request, so there is nothing to strike", c)
				}
			}
		default:
			ps.add(path+"/kind", "%q is not a modification writ can draft: write %s or %s", m.Kind, SufficientToShow, DenyCategories)
		}
	}
	switch d.Disposition {
	case order.Denied:
		if len(d.Modifications) > 0 {
			ps.add("/decision/modifications", "a denial modifies nothing; remove the modifications")
		}
		if d.Protections != nil {
			ps.add("/decision/protections", "a denial authorizes no subpoena, so it sets no protective conditions; remove them")
		}
		return
	case order.Granted:
		if len(d.Modifications) > 0 {
			ps.add("/decision/disposition", "an application granted with modifications is granted_with_modifications (or granted_in_part when categories are struck)")
		}
	case order.GrantedWithModifications:
		if len(d.Modifications) == 0 {
			ps.add("/decision/modifications", "an application granted with modifications lists them")
		}
		if hasDeny {
			ps.add("/decision/disposition", "striking categories grants the application in part: write granted_in_part")
		}
	case order.GrantedInPart:
		if !hasDeny {
			ps.add("/decision/modifications", "an application granted in part strikes something: add a deny_categories modification")
		}
	default:
		ps.add("/decision/disposition", "%q is not a disposition: write granted, granted_with_modifications, granted_in_part or denied", d.Disposition)
		return
	}
	if !statutoryMet {
		ps.add("/decision/disposition", "a statutory requirement of § 1782(a) is not met, so the court has no authority to grant the application: write denied")
	}
	if len(a.allowedRequests()) == 0 {
		ps.add("/decision/modifications", "the modifications strike every category asked for, which denies the application: write denied")
	}
	if nums := contentRequests(a.allowedRequests()); len(nums) > 0 {
		ps.add("/decision/modifications", "the grant allows the contents of communications (%s), which the Stored Communications Act bars a provider to the public from divulging in answer to a private party's subpoena (18 U.S.C. § 2702(a)-(b)): strike content with a deny_categories modification, or deny the application", requestsNamed(nums))
	}
	for i, p := range a.Proceedings {
		if p.Adjudicative != nil && !*p.Adjudicative && strings.TrimSpace(p.Adjudication) == "" {
			ps.add(fmt.Sprintf("/proceedings/%d/adjudication", i), "is required for a grant: %s does not adjudicate, so the %s is a use in a proceeding in a foreign tribunal only through a proceeding before an adjudicative body within reasonable contemplation (Intel, 542 U.S. at 259); name it, e.g. \"a prosecution for criminal defamation before a Japanese court\"", orWords(p.Body, "its body"), p.Kind)
		}
	}
	p := d.Protections
	if p == nil {
		ps.add("/decision/protections", "a grant sets the protective conditions: notice_days, contest_days, and usually object_days, advise_days and hold")
		return
	}
	days := func(path string, n int, required bool, what string) {
		switch {
		case n < 0 || n > courttime.MaxDays:
			ps.add(path, "%d is not a number of days writ counts (1 to %d)", n, courttime.MaxDays)
		case n == 0 && required:
			ps.add(path, "is required: %s", what)
		}
	}
	days("/decision/protections/notice_days", p.NoticeDays, true, "the days the platform has to notify the account holders after service (the seed: 10)")
	days("/decision/protections/contest_days", p.ContestDays, true, "the days from the notice to move to quash or modify (the seed: 21)")
	days("/decision/protections/object_days", p.ObjectDays, false, "")
	days("/decision/protections/advise_days", p.AdviseDays, false, "")
	if p.ObjectDays > 0 && p.AdviseDays == 0 {
		ps.add("/decision/protections/advise_days", "is required with object_days: the days the platform has to advise the court of an objection (the seed: 10)")
	}
	if p.AdviseDays > 0 && p.ObjectDays == 0 {
		ps.add("/decision/protections/object_days", "is required with advise_days: there is no objection to advise the court of without it")
	}
	if p.Hold != "" && p.Hold != order.WholeSubpoena && p.Hold != order.ObjectorAccounts {
		ps.add("/decision/protections/hold", "%q is not a hold: write %s or %s", p.Hold, order.WholeSubpoena, order.ObjectorAccounts)
	}
}

// dockets are the docket numbers the record may cite: the application
// first, then its declarations.
func (a *Application) dockets() []string {
	out := []string{a.Docket}
	for _, d := range a.Declarations {
		out = append(out, d.Docket)
	}
	return out
}

// docketCite finds "Dkt. No. 1-2" and "Dkt. Nos. 1-1, 1-2, 1-3".
var docketCite = regexp.MustCompile(`Dkt\. Nos?\. ([0-9][0-9-]*(?:, [0-9][0-9-]*)*)`)

// citedDockets returns the docket numbers a citation names.
func citedDockets(cite string) []string {
	var out []string
	for _, m := range docketCite.FindAllStringSubmatch(cite, -1) {
		out = append(out, strings.Split(m[1], ", ")...)
	}
	return out
}

// orWords is s, or what to call it when the record leaves it empty.
func orWords(s, otherwise string) string {
	if strings.TrimSpace(s) == "" {
		return otherwise
	}
	return s
}
