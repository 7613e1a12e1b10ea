package api

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humago"
)

// A request's JSON body is checked against the operation's own Go type
// before huma validates it against the schema. huma's validator, left to
// itself, turns every key it does not expect into an error that carries
// the whole object as its value, and writes each such object back: the
// audit of issue 13 sent 6,000 keys (59 KB) and the answer took 11 s and
// 1.46 GB. Here the body is read along the type first (check): keys the
// type has no field for are refused, the first maxErrors of them named by
// their paths, whatever the values are; else the first value of the wrong
// kind is. huma then validates only bodies of the right shape, whose
// errors are as few as the type's constraints. Every operation with a
// typed body passes through this (the table's operation records the
// type), and so does the order a case is opened from; every error answered
// is capped (capErrors). Someone not signed in is refused before any of it
// (authenticate).

// Keys of an operation's Metadata.
const (
	// bodyType holds the Go type of an operation's JSON body: a key it
	// does not have, or a value of the wrong kind, is refused.
	bodyType = "writ.body"
	// parsedType holds the Go type a raw JSON body is read into by the
	// handler's own parser (the order's): a body with more keys the type
	// does not have than an answer lists is refused, and the parser, which
	// reports every problem of a file at once for the person correcting
	// it, is left the rest.
	parsedType = "writ.parsed"
	// readTimeout holds the time an operation's body may take to arrive,
	// when it is not the default 5 s.
	readTimeout = "writ.read_timeout"
)

// maxErrors is the most error details an answer lists; a body with more
// problems gets the first ones, and is refused all the same.
const maxErrors = 20

// maxValue is the longest value an error detail echoes back; a longer one,
// or an object or an array, is left out: the caller sent it and has it.
const maxValue = 200

// bodyTypeOf is the Go type of the Body field of input type I, or nil when
// I has none (no body, or a raw one the handler reads itself).
func bodyTypeOf[I any]() reflect.Type {
	f, ok := reflect.TypeFor[I]().FieldByName("Body")
	if !ok {
		return nil
	}
	return f.Type
}

// strictBody reads the body of a request to an operation whose JSON body
// has a Go type, checks it against the type, and puts it back for huma; it
// answers and reports false when the body is too large or does not fit
// the type.
func strictBody(api huma.API, ctx huma.Context) bool {
	op := ctx.Operation()
	typed, _ := op.Metadata[bodyType].(reflect.Type)
	parsed, _ := op.Metadata[parsedType].(reflect.Type)
	if (typed == nil && parsed == nil) || !isJSON(ctx.Header("Content-Type")) {
		// No JSON body, or one in a type huma refuses (415) before
		// reading it.
		return true
	}
	r, _ := humago.Unwrap(ctx)
	if r == nil || r.Body == nil {
		return true
	}
	// The read is bounded in time as huma would bound it (a network
	// deadline, hence the real clock), and in size by the operation's
	// limit. The deadline is lifted once the body is in, before the
	// operation runs (see operation).
	timeout, _ := op.Metadata[readTimeout].(time.Duration)
	if timeout <= 0 {
		timeout = 5 * time.Second
	}
	_ = ctx.SetReadDeadline(time.Now().Add(timeout))
	defer func() { _ = ctx.SetReadDeadline(time.Time{}) }()
	limit := op.MaxBodyBytes
	if limit <= 0 {
		limit = 1 << 20
	}
	// The body is not closed here: what is left of one refused unread is
	// the server's to drain or to end the connection over.
	body, err := io.ReadAll(io.LimitReader(r.Body, limit+1))
	var tooLarge *http.MaxBytesError
	switch {
	case int64(len(body)) > limit || errors.As(err, &tooLarge):
		_ = huma.WriteErr(api, ctx, http.StatusRequestEntityTooLarge, fmt.Sprintf("the body is larger than the %d bytes this route takes", limit))
		return false
	case err != nil:
		_ = huma.WriteErr(api, ctx, http.StatusBadRequest, "the body could not be read")
		return false
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	if len(bytes.TrimSpace(body)) == 0 {
		// Whether a body is required is huma's to say, or the parser's.
		return true
	}
	var status int
	var details []error
	if typed != nil {
		status, details = check(body, typed, true)
	} else if status, details = check(body, parsed, false); len(details) <= maxErrors {
		// The parser says what is wrong, in its words, with a few unknown
		// keys among the rest.
		details = nil
	}
	if len(details) == 0 {
		return true
	}
	msg := "validation failed: nothing was stored"
	if status == http.StatusBadRequest {
		msg = "the body is not JSON"
	}
	_ = huma.WriteErr(api, ctx, status, msg, details...)
	return false
}

// check walks body as a value of type t, and returns the status and the
// problems of a body that does not fit it: the keys t has no field for,
// the first maxErrors of them and, if there are more, a line that says so;
// else, if strict, the first value of another kind than t's. A body that
// is not one JSON value is a 400.
func check(body []byte, t reflect.Type, strict bool) (int, []error) {
	if !json.Valid(body) {
		// Only now is it decoded, for the decoder's words and where.
		err := json.Unmarshal(body, new(json.RawMessage))
		msg := "the body is not JSON"
		var syntax *json.SyntaxError
		if errors.As(err, &syntax) {
			msg = fmt.Sprintf("%s (at byte %d)", syntax.Error(), syntax.Offset)
		}
		return http.StatusBadRequest, []error{&huma.ErrorDetail{Location: "body", Message: msg}}
	}
	w := &walker{b: body, fields: map[reflect.Type]map[string]reflect.Type{}}
	w.value(t)
	var out []error
	for _, path := range w.unknown {
		out = append(out, &huma.ErrorDetail{Location: path, Message: "unexpected property: there is no such field"})
	}
	if len(out) > maxErrors {
		out[maxErrors] = &huma.ErrorDetail{Location: "body", Message: "and more unexpected properties, not listed"}
	}
	if len(out) == 0 && strict && w.wrong != nil {
		out = append(out, w.wrong)
	}
	return http.StatusUnprocessableEntity, out
}

// walker reads a JSON value that json.Valid accepted along a Go type, byte
// by byte, keeping the keys the type has no field for and the first value
// of the wrong kind. It allocates nothing for what it reads, only for what
// it reports (encoding/json's Decoder.Token allocates an error for every
// number it reads), so that what it costs grows with the body's length and
// not with what is wrong in it; it stops at the unknown key it would not
// list.
type walker struct {
	b []byte
	i int
	// path is where the walk is, as keys and list indexes.
	path    []step
	unknown []string
	wrong   *huma.ErrorDetail
	// fields caches jsonFields by type.
	fields map[reflect.Type]map[string]reflect.Type
}

// step is a step of a walker's path: an object's key as written, or a
// list's index.
type step struct {
	key     []byte
	escaped bool
	index   int
	list    bool
}

// where is the walk's path as huma writes a location: body.on[2].
func (w *walker) where() string {
	var b strings.Builder
	b.WriteString("body")
	for _, s := range w.path {
		if s.list {
			b.WriteString("[" + strconv.Itoa(s.index) + "]")
		} else {
			b.WriteString("." + keyOf(s.key, s.escaped))
		}
	}
	return b.String()
}

// enough reports whether the walk has found more unknown keys than an
// answer lists, and may stop.
func (w *walker) enough() bool { return len(w.unknown) > maxErrors }

// space skips white space.
func (w *walker) space() {
	for w.i < len(w.b) && (w.b[w.i] == ' ' || w.b[w.i] == '\t' || w.b[w.i] == '\n' || w.b[w.i] == '\r') {
		w.i++
	}
}

// value walks the next value as one of type t; t nil (a key that has no
// field, an interface, a type that reads its own JSON) walks it without
// looking.
func (w *walker) value(t reflect.Type) {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t != nil && (t.Kind() == reflect.Interface || t.Implements(unmarshalerType) || reflect.PointerTo(t).Implements(unmarshalerType) ||
		reflect.PointerTo(t).Implements(textUnmarshalerType)) {
		t = nil
	}
	w.space()
	if w.i >= len(w.b) {
		return
	}
	switch c := w.b[w.i]; c {
	case '{':
		w.object(t)
	case '[':
		w.list(t)
	case '"':
		w.text()
		w.kind(t, "string", reflect.String)
	case 't', 'f':
		for w.i < len(w.b) && w.b[w.i] >= 'a' && w.b[w.i] <= 'z' {
			w.i++
		}
		w.kind(t, "boolean", reflect.Bool)
	case 'n':
		// null fits every type, as encoding/json reads it.
		w.i += len("null")
	default:
		for w.i < len(w.b) && strings.IndexByte("+-.0123456789eE", w.b[w.i]) >= 0 {
			w.i++
		}
		w.kind(t, "number", reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8,
			reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64)
	}
}

// text reads a string whose " is next, and returns what is between the
// quotes as written, and whether it holds an escape.
func (w *walker) text() (raw []byte, escaped bool) {
	w.i++
	start := w.i
	for w.i < len(w.b) {
		switch w.b[w.i] {
		case '\\':
			escaped = true
			w.i += 2
			continue
		case '"':
			raw = w.b[start:w.i]
			w.i++
			return raw, escaped
		}
		w.i++
	}
	return w.b[start:], escaped
}

// kind notes the value just read, a JSON got, as the first of the wrong
// kind unless t is nil or of one of kinds.
func (w *walker) kind(t reflect.Type, got string, kinds ...reflect.Kind) {
	if t == nil || w.wrong != nil || slices.Contains(kinds, t.Kind()) {
		return
	}
	w.wrong = &huma.ErrorDetail{Location: w.where(), Message: fmt.Sprintf("expected %s, not a JSON %s", kind(t), got)}
}

// object walks an object whose { is next, as one of type t.
func (w *walker) object(t reflect.Type) {
	var fields map[string]reflect.Type
	if t != nil {
		switch t.Kind() {
		case reflect.Struct:
			var ok bool
			if fields, ok = w.fields[t]; !ok {
				fields = jsonFields(t)
				w.fields[t] = fields
			}
		case reflect.Map:
		default:
			w.kind(t, "object")
			t = nil
		}
	}
	w.i++
	for !w.enough() {
		w.space()
		if w.i >= len(w.b) || w.b[w.i] == '}' {
			w.i++
			return
		}
		if w.b[w.i] == ',' {
			w.i++
			continue
		}
		raw, escaped := w.text()
		w.space()
		w.i++ // the colon
		if t == nil {
			w.value(nil)
			continue
		}
		var vt reflect.Type
		switch {
		case len(w.path) == 0 && !escaped && string(raw) == "$schema":
			// huma's schema of a body has it, for what its answers
			// carry: a program may send back what it was sent.
			w.value(nil)
			continue
		case fields == nil:
			vt = t.Elem()
		case !escaped && fields[string(raw)] != nil:
			// Most keys are written as their field is named: looking them
			// up so costs nothing.
			vt = fields[string(raw)]
		default:
			vt = fields[strings.ToLower(keyOf(raw, escaped))]
		}
		w.path = append(w.path, step{key: raw, escaped: escaped})
		if vt == nil {
			w.unknown = append(w.unknown, w.where())
		}
		w.value(vt)
		w.path = w.path[:len(w.path)-1]
	}
}

// list walks a list whose [ is next, as one of type t.
func (w *walker) list(t reflect.Type) {
	var elem reflect.Type
	if t != nil {
		if t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
			elem = t.Elem()
		} else {
			w.kind(t, "array")
		}
	}
	w.i++
	w.path = append(w.path, step{list: true})
	at := len(w.path) - 1
	for !w.enough() {
		w.space()
		if w.i >= len(w.b) || w.b[w.i] == ']' {
			w.i++
			break
		}
		if w.b[w.i] == ',' {
			w.i++
			w.path[at].index++
			continue
		}
		w.value(elem)
	}
	w.path = w.path[:at]
}

// keyOf is a key as encoding/json reads it, from its text between the
// quotes.
func keyOf(raw []byte, escaped bool) string {
	if !escaped {
		return string(raw)
	}
	var s string
	_ = json.Unmarshal(append(append([]byte{'"'}, raw...), '"'), &s)
	return s
}

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// jsonFields maps the lower-cased JSON name of each field of struct type t
// (those of embedded structs included, as encoding/json flattens them) to
// its type.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for f := range t.Fields() {
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		ft := f.Type
		if f.Anonymous && name == "" {
			for ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				for k, v := range jsonFields(ft) {
					if _, ok := out[k]; !ok {
						out[k] = v
					}
				}
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out[strings.ToLower(name)] = ft
	}
	return out
}

// kind names the JSON kind a Go type is written as.
func kind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "integer"
	case reflect.Float32, reflect.Float64:
		return "number"
	case reflect.Slice, reflect.Array:
		return "array"
	case reflect.Struct, reflect.Map:
		return "object"
	}
	return t.String()
}

// isJSON reports whether huma reads a body of this content type as JSON:
// none (huma assumes JSON), application/json, or a type ending in +json.
func isJSON(contentType string) bool {
	if strings.TrimSpace(contentType) == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	return mt == "application/json" || strings.HasSuffix(mt, "+json")
}

// capErrors is a transformer of every answer: an error lists at most
// maxErrors details, and echoes no value longer than maxValue, nor any
// object or array, so that no answer grows with what was sent.
func capErrors(_ huma.Context, _ string, v any) (any, error) {
	em, ok := v.(*huma.ErrorModel)
	if !ok {
		return v, nil
	}
	// maxErrors and a line saying there are more pass as they are.
	if len(em.Errors) > maxErrors+1 {
		more := len(em.Errors) - maxErrors
		em.Errors = append(em.Errors[:maxErrors:maxErrors], &huma.ErrorDetail{Message: fmt.Sprintf("and %d more problems, not listed", more)})
	}
	for _, d := range em.Errors {
		if d == nil {
			continue
		}
		if s, ok := d.Value.(string); ok && len(s) > maxValue {
			d.Value = nil
		}
		if d.Value != nil {
			switch reflect.TypeOf(d.Value).Kind() {
			case reflect.Map, reflect.Slice, reflect.Array, reflect.Struct, reflect.Pointer:
				d.Value = nil
			}
		}
	}
	return em, nil
}
