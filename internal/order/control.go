package order

import (
	"encoding/json"
	"fmt"
	"unicode"
)

// prose are the fields whose values are the order's own words, which may
// run over several lines (and keep a tab); every other string of an order
// is a name, a number or a code.
var prose = map[string]bool{"text": true, "description": true, "modifications": true, "purposes": true}

// checkCharacters refuses control characters and bidirectional formatting
// characters in every string of the order. An order's names and numbers
// end up in file names, HTTP headers, letters to the court and notices to
// account holders: a carriage return there can forge a header, and a
// right-to-left override can make "konno" read as another account's
// label. Prose may break lines and keep tabs, nothing else.
func (o *Order) checkCharacters(c *check) {
	data, err := json.Marshal(o)
	if err != nil {
		return
	}
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		return
	}
	walkStrings(doc, "", false, func(path, s string, isProse bool) {
		for _, r := range s {
			if isProse && (r == '\n' || r == '\t') {
				continue
			}
			if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) || r == '\u2028' || r == '\u2029' {
				c.add(path, "holds the character %U, which an order's %s may not hold: %s", r, what(isProse), "retype the value without it")
				return
			}
		}
	})
}

func what(isProse bool) string {
	if isProse {
		return "words (they may break lines)"
	}
	return "names and numbers"
}

// walkStrings calls f with the JSON pointer of every string in doc.
func walkStrings(doc any, path string, isProse bool, f func(path, s string, isProse bool)) {
	switch v := doc.(type) {
	case string:
		f(path, v, isProse)
	case []any:
		for i, x := range v {
			walkStrings(x, fmt.Sprintf("%s/%d", path, i), isProse, f)
		}
	case map[string]any:
		for k, x := range v {
			walkStrings(x, path+"/"+escape(k), isProse || prose[k], f)
		}
	}
}
