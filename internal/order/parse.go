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
