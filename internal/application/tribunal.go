package application

import (
	"fmt"
	"strings"
)

// zfAutomotive is the case that says what a "foreign or international
// tribunal" is: only a governmental or intergovernmental adjudicative body
// (a private arbitral panel, or an ad hoc one a treaty allows, is not).
const zfAutomotive = "ZF Automotive US, Inc. v. Luxshare, Ltd., 596 U.S. 619 (2022)"

// beforeTribunal reports whether the proceeding is, or by the
// application's account would lead to, a proceeding before an adjudicative
// body: a court, or the prosecution a complaint to the police would lead
// to. Whether that proceeding is within reasonable contemplation (Intel,
// 542 U.S. at 259) is the Court's finding, not the record's.
func (p Proceeding) beforeTribunal() bool {
	if p.Adjudicative == nil {
		return false
	}
	return *p.Adjudicative || strings.TrimSpace(p.Adjudication) != ""
}

// anyTribunal reports whether some proceeding the discovery is for is
// before an adjudicative body or names the one it would lead to. A record
// that does not say whether a body adjudicates has its own problem, so it
// is not counted against the Court's finding here.
func (a *Application) anyTribunal() bool {
	for _, p := range a.Proceedings {
		if p.Adjudicative == nil || p.beforeTribunal() {
			return true
		}
	}
	return false
}

// tribunalFlag is what the discussion of the second statutory requirement
// says of a proceeding before a body that does not adjudicate (the police,
// a prosecutor): that it is not itself a proceeding in a "foreign or
// international tribunal" (ZF Automotive), that it serves one only through
// a proceeding before an adjudicative body within reasonable contemplation
// (Intel, 542 U.S. at 259), and which proceeding the application names, or
// that it names none. It ends with Intel, so that the seed's "Id." after it
// still points there.
func (a *Application) tribunalFlag(p Proceeding) string {
	kind := "the " + p.Kind
	verb := "would be brought before"
	if p.State == Pending {
		verb = "is before"
	}
	// Kind is a word or two ("criminal complaint"), its last the noun.
	noun := p.Kind
	if i := strings.LastIndex(noun, " "); i >= 0 {
		noun = noun[i+1:]
	}
	s := fmt.Sprintf("%s %s %s rather than before an adjudicative body, and only a governmental or intergovernmental adjudicative body is a “foreign or international tribunal.” %s. As to %s, the discovery is therefore for use in a proceeding in a foreign tribunal only if the %s would lead to a proceeding before such a body that is within reasonable contemplation",
		upperFirst(kind), verb, p.Body, zfAutomotive, kind, noun)
	if adj := strings.TrimSuffix(strings.TrimSpace(p.Adjudication), "."); adj != "" {
		s += "; according to the application, it would lead to " + adj + "."
	} else {
		s += ", and the application does not say what that proceeding would be."
	}
	return s + " See Intel, 542 U.S. at 259."
}

// upperFirst capitalizes the first letter, to begin a sentence.
func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
