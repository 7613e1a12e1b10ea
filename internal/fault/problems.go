package fault

import "strings"

// Problem is one thing wrong with a file a person wrote (an order, a
// connector config): where, and what to do about it.
type Problem struct {
	// Path is a JSON pointer (RFC 6901) to the value at fault, e.g.
	// "/conditions/2/days"; for a missing field, the path it would have.
	// "" is the whole file.
	Path string `json:"path"`
	// Message says what is wrong and what is allowed, in plain words.
	Message string `json:"message"`
}

// String writes the problem as one line: its path, then its message.
func (p Problem) String() string {
	path := p.Path
	if path == "" {
		path = "(the whole file)"
	}
	return path + ": " + p.Message
}

// Problems lists every problem of a file, in the order they appear in it,
// so that a person can fix them all in one pass.
type Problems struct {
	Problems []Problem `json:"problems"`
}

// Error lists the problems, one per line.
func (e *Problems) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// InvalidFile wraps problems as an error with the code Invalid, in which
// errors.As still finds the *Problems; field names the file's flag or
// parameter, if any. Nil when there are no problems.
func InvalidFile(field string, problems []Problem) error {
	if len(problems) == 0 {
		return nil
	}
	ps := &Problems{Problems: problems}
	return &Error{Code: Invalid, Field: field, Message: ps.Error(), Err: ps}
}
