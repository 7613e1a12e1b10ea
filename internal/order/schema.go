package order

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"math/big"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/writ-project/writ/internal/courttime"
)

//go:embed schema/order.schema.json
var schemaJSON []byte

// SchemaID is the $id of the order schema.
const SchemaID = "https://github.com/writ-project/writ/blob/main/internal/order/schema/order.schema.json"

// Schema returns the JSON Schema (draft 2020-12) of an order file, the same
// bytes writ validates against, so the web API can serve it and editors can
// check a file as it is written. The caller must not modify the slice.
func Schema() []byte { return schemaJSON }

// schemaDoc is the schema parsed as plain JSON. Validation messages read it
// to name the fields an object allows and the values an enum allows, so that
// the schema file is the single list of both.
var schemaDoc = sync.OnceValue(func() map[string]any {
	var doc map[string]any
	if err := json.Unmarshal(schemaJSON, &doc); err != nil {
		panic("order: the embedded schema is not JSON: " + err.Error())
	}
	return doc
})

// compiledSchema is the schema compiled once for validation.
var compiledSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	// Formats are only annotations in draft 2020-12 unless asserted. writ
	// asserts them so that a date like 2022-02-30 is caught with its path.
	c.AssertFormat()
	c.RegisterFormat(&jsonschema.Format{Name: "bound", Validate: validateBoundFormat})
	if err := c.AddResource(SchemaID, doc); err != nil {
		return nil, err
	}
	return c.Compile(SchemaID)
})

var english = message.NewPrinter(language.English)

var dateShape = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)

func validateBoundFormat(v any) error {
	s, ok := v.(string)
	if !ok {
		return nil
	}
	_, err := ParseBound(s)
	return err
}

// enumOf returns the values the schema allows for one of its $defs.
func enumOf(def string) []string {
	defs, _ := schemaDoc()["$defs"].(map[string]any)
	d, _ := defs[def].(map[string]any)
	values, _ := d["enum"].([]any)
	out := make([]string, 0, len(values))
	for _, v := range values {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// schemaAt returns the schema object at a location such as
// "<id>#/$defs/condition", or nil.
func schemaAt(url string) map[string]any {
	_, frag, _ := strings.Cut(url, "#")
	var cur any = schemaDoc()
	for _, tok := range strings.Split(strings.TrimPrefix(frag, "/"), "/") {
		if tok == "" {
			continue
		}
		m, ok := cur.(map[string]any)
		if !ok {
			return nil
		}
		cur = m[unescape(tok)]
	}
	m, _ := cur.(map[string]any)
	return m
}

// defName returns the name of the $defs entry a schema location is in
// ("date" for "<id>#/$defs/date"), or "".
func defName(url string) string {
	_, frag, _ := strings.Cut(url, "#")
	rest, ok := strings.CutPrefix(frag, "/$defs/")
	if !ok {
		return ""
	}
	name, _, _ := strings.Cut(rest, "/")
	return name
}

// schemaProblems checks the decoded JSON document against the schema and
// turns every failure into a Problem in plain words. firm holds the paths
// of fields that are not allowed where they are and of values of the wrong
// type: no other message about them can be more to the point.
func schemaProblems(doc any) (problems []Problem, firm map[string]bool, err error) {
	sch, err := compiledSchema()
	if err != nil {
		return nil, nil, fmt.Errorf("order: compiling the embedded schema: %w", err)
	}
	err = sch.Validate(doc)
	if err == nil {
		return nil, nil, nil
	}
	ve, ok := err.(*jsonschema.ValidationError)
	if !ok {
		return nil, nil, fmt.Errorf("order: validating against the schema: %w", err)
	}
	// One problem per path: a field that is not allowed at all is not also
	// faulted for its value, nor a missing one for anything else.
	var out []Problem
	rank := map[string]int{}
	for _, leaf := range leaves(ve) {
		r := severity(leaf.ErrorKind)
		for _, p := range describe(leaf, doc) {
			if i, seen := rank[p.Path]; seen {
				if r < i {
					rank[p.Path] = r
					for j := range out {
						if out[j].Path == p.Path {
							out[j] = p
						}
					}
				}
				continue
			}
			rank[p.Path] = r
			out = append(out, p)
		}
	}
	firm = map[string]bool{}
	for path, r := range rank {
		if r == severity(&kind.Type{}) || r == severity(&kind.FalseSchema{}) {
			firm[path] = true
		}
	}
	return out, firm, nil
}

// severity orders the kinds of failure at one path, most telling first.
func severity(k jsonschema.ErrorKind) int {
	switch k.(type) {
	case *kind.AdditionalProperties, *kind.FalseSchema:
		return 0
	case *kind.Required:
		return 1
	case *kind.Type:
		return 2
	}
	return 3
}

// leaves returns the failures at the bottom of the tree: the schema uses no
// anyOf or oneOf, so each leaf is a problem on its own.
func leaves(e *jsonschema.ValidationError) []*jsonschema.ValidationError {
	if len(e.Causes) == 0 {
		return []*jsonschema.ValidationError{e}
	}
	var out []*jsonschema.ValidationError
	for _, c := range e.Causes {
		out = append(out, leaves(c)...)
	}
	return out
}

// describe writes one schema failure as problems, each at the path of the
// value a person must change (a missing or unknown field's own path, not
// its object's).
func describe(e *jsonschema.ValidationError, doc any) []Problem {
	at := ""
	for _, tok := range e.InstanceLocation {
		at += "/" + escape(tok)
	}
	value := valueAt(doc, e.InstanceLocation)
	def := defName(e.SchemaURL)
	switch k := e.ErrorKind.(type) {
	case *kind.Required:
		var out []Problem
		for _, name := range k.Missing {
			msg := "is required but missing"
			if what := summary(propertySchema(e.SchemaURL, name)); what != "" {
				msg += ": " + what
			}
			out = append(out, Problem{Path: at + "/" + escape(name), Message: msg})
		}
		return out
	case *kind.AdditionalProperties:
		allowed := propertiesOf(schemaAt(e.SchemaURL))
		var out []Problem
		for _, name := range k.Properties {
			out = append(out, Problem{Path: at + "/" + escape(name), Message: fmt.Sprintf("%q is not a field writ knows here (check its spelling); the fields allowed here are %s", name, strings.Join(allowed, ", "))})
		}
		return out
	case *kind.Type:
		return []Problem{{Path: at, Message: fmt.Sprintf("must be %s, not %s", typeWords(k.Want), valueWords(k.Got, value))}}
	case *kind.Enum:
		return []Problem{{Path: at, Message: fmt.Sprintf("%s is not allowed here; write one of: %s", show(value), enumWords(k.Want))}}
	case *kind.Const:
		return []Problem{{Path: at, Message: fmt.Sprintf("must be %s", show(k.Want))}}
	case *kind.Pattern, *kind.Format:
		return []Problem{{Path: at, Message: formMessage(def, value)}}
	case *kind.MinLength:
		return []Problem{{Path: at, Message: "must not be empty"}}
	case *kind.MinItems:
		return []Problem{{Path: at, Message: fmt.Sprintf("must list at least %d", k.Want)}}
	case *kind.UniqueItems:
		first, again := k.Duplicates[0], k.Duplicates[1]
		items, _ := value.([]any)
		var dup any
		if again < len(items) {
			dup = items[again]
		}
		return []Problem{{Path: fmt.Sprintf("%s/%d", at, again), Message: fmt.Sprintf("repeats %s, already listed at %s/%d", show(dup), at, first)}}
	case *kind.Minimum:
		return []Problem{{Path: at, Message: fmt.Sprintf("must be at least %s, not %s", ratWords(k.Want), show(value))}}
	case *kind.Maximum:
		return []Problem{{Path: at, Message: fmt.Sprintf("must be at most %s, not %s", ratWords(k.Want), show(value))}}
	case *kind.FalseSchema:
		return []Problem{{Path: at, Message: falseMessage(e.SchemaURL)}}
	}
	return []Problem{{Path: at, Message: e.ErrorKind.LocalizedString(english)}}
}

// falseMessage explains a field the schema forbids in its place (a false
// schema), by the rule that forbids it.
func falseMessage(url string) string {
	switch def := defName(url); {
	case def == "window":
		return "an account_creation_day window is the whole day the account was created; it takes no from or to"
	case def == "condition" && strings.Contains(url, "/dependentSchemas/"):
		return "give the period in days or in hours, not both"
	case def == "condition" && strings.Contains(url, "/then/"):
		return "a hold (preserve_not_disclose) has no trigger or period: it lasts while the subpoena is contested"
	case def == "condition" && strings.Contains(url, "/else/"):
		return "only a hold (preserve_not_disclose) has while and scope"
	}
	return "is not allowed here"
}

// propertySchema returns the schema of a named property of the object
// schema at url, or of the nearest enclosing schema that declares it (a
// "then" requires what its parent declares), following a $ref.
func propertySchema(url, name string) map[string]any {
	for {
		props, _ := schemaAt(url)["properties"].(map[string]any)
		if p, ok := props[name].(map[string]any); ok {
			if ref, ok := p["$ref"].(string); ok && p["description"] == nil {
				return schemaAt(ref)
			}
			return p
		}
		i := strings.LastIndexByte(url, '/')
		if i < 0 || !strings.Contains(url[:i], "#") {
			return nil
		}
		url = url[:i]
	}
}

// summary returns the first clause of a schema's description, as a
// reminder of what a missing field is for.
func summary(sch map[string]any) string {
	d, _ := sch["description"].(string)
	for _, end := range []string{". ", ": ", "; ", " (", ", e.g."} {
		if i := strings.Index(d, end); i > 0 {
			d = d[:i]
		}
	}
	d = strings.TrimSpace(strings.TrimSuffix(d, "."))
	if d == "" {
		return ""
	}
	return strings.ToLower(d[:1]) + d[1:]
}

// formMessage explains a string that is not in the form its definition
// requires, in the words of the parser writ uses for it.
func formMessage(def string, value any) string {
	s, _ := value.(string)
	switch def {
	case "date":
		if _, err := courttime.ParseDate(s); err != nil {
			return err.Error()
		}
	case "bound":
		if dateShape.MatchString(s) {
			if _, err := courttime.ParseDate(s); err != nil {
				return err.Error()
			}
		}
		if _, err := ParseBound(s); err != nil {
			return err.Error()
		}
		return fmt.Sprintf("%q is not a window bound: write a date (2022-06-08), order_date, response_date, or \"3 months before 2022-09-08\"", s)
	case "condition":
		return fmt.Sprintf("%q is not a condition id: use lower-case letters, digits, _ and -, starting with a letter or digit (e.g. \"notify\")", s)
	}
	return fmt.Sprintf("%s is not in the form required here", show(value))
}

func propertiesOf(sch map[string]any) []string {
	props, _ := sch["properties"].(map[string]any)
	var names []string
	for name := range props {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

var typeNames = map[string]string{
	"integer": "a whole number",
	"number":  "a number",
	"string":  "text in double quotes",
	"boolean": "true or false",
	"array":   "a list in [ ]",
	"object":  "an object in { }",
	"null":    "null",
}

func typeWords(want []string) string {
	words := make([]string, len(want))
	for i, w := range want {
		words[i] = cmpOr(typeNames[w], w)
	}
	return strings.Join(words, " or ")
}

// valueWords names what was found instead: the value itself when it is
// short and plain, else its kind.
func valueWords(got string, value any) string {
	switch v := value.(type) {
	case string:
		if len(v) <= 40 {
			return fmt.Sprintf("the text %q", v)
		}
		return "text"
	case json.Number, bool:
		return fmt.Sprintf("%v", v)
	case nil:
		return "null"
	}
	return cmpOr(typeNames[got], got)
}

func enumWords(want []any) string {
	words := make([]string, len(want))
	for i, w := range want {
		words[i] = fmt.Sprint(w)
	}
	return strings.Join(words, ", ")
}

func ratWords(r *big.Rat) string {
	if r.IsInt() {
		return r.Num().String()
	}
	return r.FloatString(2)
}

// show writes a JSON value as it appears in the file, shortened if long.
func show(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	s := string(b)
	if len(s) > 60 {
		s = s[:57] + "..."
	}
	return s
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// valueAt returns the value at a path of unescaped tokens in a document
// decoded with json.Decoder.UseNumber.
func valueAt(doc any, tokens []string) any {
	cur := doc
	for _, tok := range tokens {
		switch c := cur.(type) {
		case map[string]any:
			cur = c[tok]
		case []any:
			i, ok := index(tok)
			if !ok || i >= len(c) {
				return nil
			}
			cur = c[i]
		default:
			return nil
		}
	}
	return cur
}

func index(tok string) (int, bool) {
	if tok == "" || len(tok) > 9 {
		return 0, false
	}
	n := 0
	for _, r := range tok {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, true
}
