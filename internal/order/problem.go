package order

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/writ-project/writ/internal/fault"
)

// Problem is one thing wrong with an order: where (a JSON pointer) and
// what to do about it.
type Problem = fault.Problem

// ValidationError lists every problem of an order, in the order they
// appear in the file.
type ValidationError = fault.Problems

// invalid wraps the problems as an error with the code Invalid; errors.As
// still finds the *ValidationError in it. Nil when there are none.
func invalid(problems []Problem) error {
	if len(problems) > MaxProblems {
		more := len(problems) - MaxProblems
		problems = append(problems[:MaxProblems:MaxProblems], Problem{Path: "", Message: fmt.Sprintf("and %d more problems: the first %d are listed; fix them and read the file again", more, MaxProblems)})
	}
	return fault.InvalidFile("", problems)
}

// MaxProblems is the most problems an order's error lists: a file of many
// faulty items could otherwise answer with megabytes, and a person fixes
// the first ones first.
const MaxProblems = 100

// pointer builds a JSON pointer from parts: strings are field names,
// ints are list indexes.
func pointer(parts ...any) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteByte('/')
		switch v := p.(type) {
		case string:
			b.WriteString(escape(v))
		case int:
			b.WriteString(strconv.Itoa(v))
		default:
			fmt.Fprint(&b, v)
		}
	}
	return b.String()
}

// escape and unescape a JSON pointer token (RFC 6901 § 3).
func escape(tok string) string {
	return strings.ReplaceAll(strings.ReplaceAll(tok, "~", "~0"), "/", "~1")
}

func unescape(tok string) string {
	return strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
}

// layout records where each value of a JSON document appears, so problems
// can be listed in the order a reader meets them, and notes keys that appear
// twice in one object: encoding/json would silently keep the last, and an
// order file must not say two things about one field.
type layout struct {
	dec   *json.Decoder
	order map[string]int
	dups  []Problem
}

// scan reads the layout of a document already known to be valid JSON.
func scan(data []byte) *layout {
	l := &layout{dec: json.NewDecoder(bytes.NewReader(data)), order: map[string]int{}}
	l.dec.UseNumber()
	_ = l.value("")
	return l
}

func (l *layout) value(path string) error {
	if _, ok := l.order[path]; !ok {
		l.order[path] = len(l.order)
	}
	tok, err := l.dec.Token()
	if err != nil {
		return err
	}
	switch tok {
	case json.Delim('{'):
		seen := map[string]bool{}
		for l.dec.More() {
			kt, err := l.dec.Token()
			if err != nil {
				return err
			}
			key, _ := kt.(string)
			p := path + "/" + escape(key)
			if seen[key] {
				l.dups = append(l.dups, Problem{Path: p, Message: fmt.Sprintf("%q appears twice in the same object; keep one", key)})
			}
			seen[key] = true
			if err := l.value(p); err != nil {
				return err
			}
		}
		_, err = l.dec.Token()
	case json.Delim('['):
		for i := 0; l.dec.More(); i++ {
			if err := l.value(path + "/" + strconv.Itoa(i)); err != nil {
				return err
			}
		}
		_, err = l.dec.Token()
	}
	return err
}

// position returns where a path appears: its own place, or for a value
// that is not in the file (a missing field) its nearest ancestor's.
func (l *layout) position(path string) int {
	for {
		if n, ok := l.order[path]; ok {
			return n
		}
		i := strings.LastIndexByte(path, '/')
		if i < 0 {
			return 0
		}
		path = path[:i]
	}
}

// sortProblems puts problems in the order a reader meets them in the file,
// keeping the order they were found in among those at one place.
func sortProblems(problems []Problem, l *layout) {
	slices.SortStableFunc(problems, func(a, b Problem) int {
		return l.position(a.Path) - l.position(b.Path)
	})
}

// merge joins the schema's problems with the semantic checks'. The schema
// reports at most one problem per path. Where both report a path, the
// semantic message stays, as it is written for the rule at hand, unless
// the schema's path is firm: a field that is not allowed there at all, or
// a value of the wrong type. A semantic problem under a path the schema
// already faults (a field of a missing object) is dropped, since fixing
// the first settles it.
func merge(schema []Problem, firm map[string]bool, semantic []Problem) []Problem {
	seen := map[string]bool{}
	for _, p := range schema {
		seen[p.Path] = true
	}
	// The schema's problems a semantic one replaces, decided first, so
	// that the list is filtered once: deleting as they came made a file of
	// many faulty items cost the square of their number.
	replaced := map[string]bool{}
	for _, p := range semantic {
		if !firm[p.Path] && seen[p.Path] {
			replaced[p.Path] = true
		}
	}
	var out []Problem
	kept := map[string]bool{}
	for _, p := range schema {
		if !replaced[p.Path] && !kept[p.Path] {
			kept[p.Path] = true
			out = append(out, p)
		}
	}
	for _, p := range semantic {
		if firm[p.Path] {
			continue
		}
		if !replaced[p.Path] && underAny(p.Path, seen) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// underAny reports whether a proper ancestor of path is in set.
func underAny(path string, set map[string]bool) bool {
	for {
		i := strings.LastIndexByte(path, '/')
		if i < 0 {
			return false
		}
		path = path[:i]
		if set[path] {
			return true
		}
	}
}
