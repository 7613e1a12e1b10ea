package order

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"

	"github.com/writ-project/writ/internal/fault"
)

// Parse reads an order from its JSON form. It checks the file against the
// order schema (schema/order.schema.json) and then checks what a schema
// cannot say (Validate), and reports every problem of both at once, each
// with its JSON path. Nothing is half-accepted: on any problem Parse
// returns no Order and an error whose fault code is Invalid, wrapping a
// *ValidationError that lists the problems.
func Parse(data []byte) (*Order, error) {
	if p, n := longList(data); n > MaxItems {
		return nil, invalid([]Problem{{Path: p, Message: fmt.Sprintf("holds more than %d items; an order's lists hold at most %d", MaxItems, MaxItems)}})
	}
	doc, problem := decodeDocument(data)
	if problem != nil {
		return nil, invalid([]Problem{*problem})
	}
	l := scan(data)
	schema, firm, err := schemaProblems(doc)
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "the order schema could not be used")
	}

	var o Order
	var problems []Problem
	if err := decodeOrder(doc, &o); err != nil {
		// The schema should have caught whatever the decoder refuses; if it
		// did not, the decoder's own words are the best there are.
		problems = schema
		if len(problems) == 0 {
			problems = []Problem{decodeProblem(err)}
		}
	} else {
		problems = merge(schema, firm, o.problems())
	}
	problems = append(problems, l.dups...)
	if len(problems) > 0 {
		sortProblems(problems, l)
		return nil, invalid(problems)
	}
	o.normalize()
	return &o, nil
}

// decodeOrder decodes the document the schema checked into an Order.
// JSON Schema counts 10.0 and 1e1 as integers, which encoding/json will not
// put in an int; they are written as the whole numbers they are first.
func decodeOrder(doc any, o *Order) error {
	data, err := json.Marshal(wholeNumbers(doc))
	if err != nil {
		return err
	}
	return json.Unmarshal(data, o)
}

func wholeNumbers(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			v[k] = wholeNumbers(x)
		}
	case []any:
		for i, x := range v {
			v[i] = wholeNumbers(x)
		}
	case json.Number:
		if _, err := v.Int64(); err == nil {
			return v
		}
		// Only modest exponents: 1e999999 is no number an order needs,
		// and costs real time to expand.
		if _, exp, ok := strings.Cut(strings.ToLower(string(v)), "e"); ok {
			if n, err := strconv.Atoi(exp); err != nil || n > 400 || n < -400 {
				return v
			}
		}
		if r, ok := new(big.Rat).SetString(string(v)); ok && r.IsInt() && r.Num().IsInt64() {
			return json.Number(r.Num().String())
		}
	}
	return v
}

// normalize writes the lists a file may leave out (a denied order's targets,
// say) as empty lists, so that writ writes them back as [] and never as
// null, which the schema does not allow.
func (o *Order) normalize() {
	if o.Targets == nil {
		o.Targets = []Target{}
	}
	if o.Requests == nil {
		o.Requests = []Request{}
	}
	if o.ExcludedFields == nil {
		o.ExcludedFields = []Field{}
	}
	if o.Conditions == nil {
		o.Conditions = []Condition{}
	}
	if o.UseRestriction.Purposes == nil {
		o.UseRestriction.Purposes = []string{}
	}
}

// decodeDocument reads the file as plain JSON for the schema, keeping
// numbers exact. It returns a problem when the file is not one JSON value.
func decodeDocument(data []byte) (any, *Problem) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &Problem{Path: "", Message: "is empty: an order is a JSON object, { ... }"}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return nil, &Problem{Path: "", Message: "is not valid JSON: " + syntaxWords(data, err)}
	}
	if _, err := dec.Token(); err != io.EOF {
		off := dec.InputOffset()
		return nil, &Problem{Path: "", Message: fmt.Sprintf("is not valid JSON: there is more after the end of the order (%s)", lineColumn(data, off))}
	}
	return doc, nil
}

func syntaxWords(data []byte, err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%s (%s)", se.Error(), lineColumn(data, se.Offset))
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return "the file ends before the order does (a closing }, ] or \" is missing)"
	}
	return err.Error()
}

// lineColumn names a byte offset as a person finds it in an editor.
func lineColumn(data []byte, off int64) string {
	off = min(max(off, 0), int64(len(data)))
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	col := int(off) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return fmt.Sprintf("line %d, column %d", line, col)
}

// decodeProblem turns an error of encoding/json into a problem. The
// decoder names a field without its list indexes ("conditions.days"), so
// the problem is the whole order's and the message names the field.
func decodeProblem(err error) Problem {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		return Problem{Path: "", Message: fmt.Sprintf("%s: cannot hold %s", te.Field, te.Value)}
	}
	return Problem{Path: "", Message: "could not be read: " + err.Error()}
}

// MaxItems is the most items a list of an order holds: an order names a
// few accounts, requests and conditions, and a longer list is refused
// before the schema is checked, which costs a few kilobytes per item.
const MaxItems = 1000

// longList finds, by walking the bytes without decoding them, the first
// list longer than MaxItems and its JSON pointer, so that such a file is
// refused before anything is built of it: decoding half a million empty
// items costs more memory than a request may. It returns 0 when no list is
// that long, or when the bytes are not JSON (the decoder then says why).
func longList(data []byte) (string, int) {
	type frame struct {
		array bool
		items int
		key   string // the key being read or last read, in an object
	}
	var stack []frame
	path := func() string {
		var b strings.Builder
		for i, f := range stack[:len(stack)-1] {
			if f.array {
				fmt.Fprintf(&b, "/%d", f.items-1)
			} else {
				b.WriteString("/" + escape(stack[i].key))
			}
		}
		return b.String()
	}
	expectKey := false
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case '"':
			j := i + 1
			for j < len(data) && data[j] != '"' {
				if data[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(data) {
				return "", 0
			}
			if n := len(stack); expectKey && n > 0 && !stack[n-1].array {
				if k, err := strconv.Unquote(string(data[i : j+1])); err == nil {
					stack[n-1].key = k
				}
				expectKey = false
			} else if n > 0 && stack[n-1].array && stack[n-1].items == 0 {
				stack[n-1].items = 1
			}
			i = j
		case '{', '[':
			if n := len(stack); n > 0 && stack[n-1].array && stack[n-1].items == 0 {
				stack[n-1].items = 1
			}
			stack = append(stack, frame{array: c == '['})
			expectKey = c == '{'
		case '}', ']':
			if len(stack) == 0 {
				return "", 0
			}
			stack = stack[:len(stack)-1]
		case ',':
			if n := len(stack); n > 0 {
				if stack[n-1].array {
					stack[n-1].items++
					if stack[n-1].items > MaxItems {
						return path(), stack[n-1].items
					}
				} else {
					expectKey = true
				}
			}
		case ' ', '\t', '\r', '\n', ':':
		default:
			if n := len(stack); n > 0 && stack[n-1].array && stack[n-1].items == 0 {
				stack[n-1].items = 1
			}
		}
	}
	return "", 0
}
