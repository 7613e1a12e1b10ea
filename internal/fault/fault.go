// Package fault is writ's error vocabulary. Every error that reaches a
// person carries a Code, which the command line turns into an exit status
// and the API into an HTTP status, and a Message the person can act on.
// Internal details stay in the wrapped error, for the log only.
package fault

import (
	"errors"
	"fmt"
)

// Code classifies an error by what the caller can do about it.
type Code string

const (
	// Invalid: the input is wrong; nothing was changed.
	Invalid Code = "invalid"
	// NotFound: the thing named does not exist (or is not the caller's to see).
	NotFound Code = "not_found"
	// Conflict: the state changed underneath the caller (another write won),
	// or a key was reused for something else. Reload and try again.
	Conflict Code = "conflict"
	// Forbidden: the caller may not do this.
	Forbidden Code = "forbidden"
	// GateClosed: the order does not allow disclosure now.
	GateClosed Code = "gate_closed"
	// Refused: the act makes no sense in the case as it stands (a ruling on
	// an objection that does not exist, a notice before service).
	Refused Code = "refused"
	// Tampered: stored records fail their integrity check.
	Tampered Code = "tampered"
	// Internal: a failure of writ or its environment.
	Internal Code = "internal"
)

// Error is an error with a code and a message meant for a person.
type Error struct {
	Code    Code
	Message string
	// Field names the input at fault, when one is (a flag, a JSON path).
	Field string
	// Err is the underlying cause, for logs; it is never shown to users.
	Err error
}

func (e *Error) Error() string {
	msg := e.Message
	if e.Field != "" {
		msg = e.Field + ": " + msg
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf makes an Error with a formatted message.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Wrap attaches a code and a message to an underlying error.
func Wrap(code Code, err error, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Err: err}
}

// CodeOf returns the code of the first Error in err's chain, Internal if
// there is none, and "" for a nil error.
func CodeOf(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return Internal
}

// Is reports whether err carries the code.
func Is(err error, code Code) bool { return CodeOf(err) == code }

// Message returns what may be shown to a person about err: the message of
// its Error, or a generic sentence for anything else.
func Message(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Error()
	}
	return "internal error; the details are in writ's log"
}
