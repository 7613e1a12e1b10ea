package source

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/writ-project/writ/internal/order"
)

// The queries of an SQL source other than the categories'.
const (
	sqlResolve   = "resolve"
	sqlAccessLog = "access_log"
)

// sqlShape is what one query of an SQL source may take and return. The
// columns are the fail-closed line: a result with any other column is
// refused before a row is read, so a card number selected by mistake (or
// by a SELECT * on a table that holds one) never enters writ.
type sqlShape struct {
	// required columns must be there; of anyOf at least one; optional
	// ones may be. Nothing else may.
	required, anyOf, optional []string
	// params are the named parameters writ supplies; need are those the
	// query must use (so that it is limited to the account and window);
	// needOne, that it must use at least one of params.
	params, need []string
	needOne      bool
}

// sqlQueryKeys lists the queries a config may hold, in the order messages
// name them: resolve, each category with a record query, access_log.
func sqlQueryKeys() []string {
	keys := []string{sqlResolve}
	for _, c := range order.Categories {
		if _, ok := Allowed[c]; ok {
			keys = append(keys, string(c))
		}
	}
	return append(keys, sqlAccessLog)
}

// sqlShapeOf returns the shape of the query named key.
func sqlShapeOf(key string) (sqlShape, bool) {
	switch key {
	case sqlResolve:
		return sqlShape{
			required: []string{"account_id", "created"},
			optional: []string{"evidence"},
			params:   []string{"handle", "display_name", "url"},
			needOne:  true,
		}, true
	case sqlAccessLog:
		return sqlShape{
			required: []string{"ts", "ip"},
			optional: []string{"port", "ref"},
			params:   []string{"account_id", "from", "to"},
			need:     []string{"account_id", "from", "to"},
		}, true
	}
	fields, ok := Allowed[order.Category(key)]
	if !ok {
		return sqlShape{}, false
	}
	return sqlShape{
		required: []string{"registered", "superseded"},
		anyOf:    fields,
		optional: []string{"ref"},
		params:   []string{"account_id"},
		need:     []string{"account_id"},
	}, true
}

// allowed lists every column the shape admits.
func (s sqlShape) allowed() []string {
	return slices.Concat(s.anyOf, s.required, s.optional)
}

// columns checks the column names of a result against the shape and
// returns the index of each, by its lower-case name. The error names every
// column at fault.
func (s sqlShape) columns(key string, cols []string) (map[string]int, error) {
	allowed := map[string]bool{}
	for _, c := range s.allowed() {
		allowed[c] = true
	}
	index := make(map[string]int, len(cols))
	var refused, twice []string
	for i, c := range cols {
		name := strings.ToLower(c)
		switch {
		case !allowed[name]:
			refused = append(refused, fmt.Sprintf("%q", c))
		case sqlHas(index, name):
			twice = append(twice, fmt.Sprintf("%q", c))
		default:
			index[name] = i
		}
	}
	var problems []string
	if len(refused) > 0 {
		noun := "the column " + refused[0] + ", which is"
		if len(refused) > 1 {
			noun = "the columns " + strings.Join(refused, ", ") + ", which are"
		}
		problems = append(problems, fmt.Sprintf("returns %s not allowed: the %s query may return only %s; nothing was read",
			noun, key, strings.Join(s.allowed(), ", ")))
	}
	if len(twice) > 0 {
		problems = append(problems, "returns "+strings.Join(twice, ", ")+" more than once")
	}
	var missing []string
	hint := ""
	for _, c := range s.required {
		if !sqlHas(index, c) {
			missing = append(missing, fmt.Sprintf("%q", c))
			if c == "superseded" {
				hint = " (write NULL AS superseded if the table holds only current values)"
			}
		}
	}
	switch len(missing) {
	case 0:
	case 1:
		problems = append(problems, "does not return the column "+missing[0]+hint)
	default:
		problems = append(problems, "does not return the columns "+strings.Join(missing, ", ")+hint)
	}
	if len(s.anyOf) > 0 {
		found := false
		for _, c := range s.anyOf {
			found = found || sqlHas(index, c)
		}
		if !found {
			problems = append(problems, "returns none of the fields of "+key+": "+strings.Join(s.anyOf, ", "))
		}
	}
	if len(problems) > 0 {
		return nil, errors.New(strings.Join(problems, "; "))
	}
	return index, nil
}

func sqlHas(index map[string]int, name string) bool {
	_, ok := index[name]
	return ok
}

// checkParams checks the named parameters a query uses against the shape.
func (s sqlShape) checkParams(key string, used map[string]bool) []string {
	var problems []string
	known := map[string]bool{}
	for _, p := range s.params {
		known[p] = true
	}
	var unknown []string
	for name := range used {
		if !known[name] {
			unknown = append(unknown, ":"+name)
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		problems = append(problems, fmt.Sprintf("uses %s, which writ does not supply; the %s query may use %s",
			strings.Join(unknown, ", "), key, sqlParamList(s.params)))
	}
	for _, p := range s.need {
		if !used[p] {
			why := "so that it reads only the account asked for"
			if p == "from" || p == "to" {
				why = "so that the database returns only the window asked for (ts >= :from AND ts < :to)"
			}
			problems = append(problems, fmt.Sprintf("must use :%s, %s", p, why))
		}
	}
	if s.needOne {
		usesOne := false
		for _, p := range s.params {
			usesOne = usesOne || used[p]
		}
		if !usesOne {
			problems = append(problems, "must use at least one of "+sqlParamList(s.params))
		}
	}
	return problems
}

func sqlParamList(params []string) string {
	out := make([]string, len(params))
	for i, p := range params {
		out[i] = ":" + p
	}
	return strings.Join(out, ", ")
}
