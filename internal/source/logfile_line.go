package source

import (
	"bytes"
	"encoding/json"
	"net/netip"
	"strconv"
	"time"
	"unicode/utf8"
)

// logLine is what reading one candidate line gives: an entry of the
// account, a line of another account (the id appeared elsewhere in it), or
// a problem that makes the line corrupt.
type logLine struct {
	entry   LogEntry
	mine    bool   // the account field equals the id
	problem string // non-empty: the line is corrupt
}

// logColumns are the positions of the wanted columns in a CSV file's header
// (-1: the file has no such column).
type logColumns struct {
	time, account, ip, port, count int
}

// logLineReader reads candidate lines of one log format for one account.
type logLineReader struct {
	format    LogFormat
	accountID string
}

// readJSON reads a JSONL line. The line is corrupt when it is not one JSON
// object, or when it is the account's and its time, IP address or port is
// missing or unreadable; a line whose account field is missing is corrupt
// too, since it may be the account's. The values themselves never appear in
// a problem: a corrupt line may be another account's, and the list of
// corrupt lines goes into reports.
func (r *logLineReader) readJSON(line []byte) logLine {
	line = bytes.TrimRight(line, "\r")
	if !json.Valid(line) {
		return logLine{problem: "not valid JSON"}
	}
	var ts, account, ip, port []byte
	var dup string
	ok := logJSONMembers(line, func(key, value []byte) {
		var slot *[]byte
		switch {
		case logJSONKeyIs(key, r.format.Account):
			slot = &account
		case logJSONKeyIs(key, r.format.Time):
			slot = &ts
		case logJSONKeyIs(key, r.format.IP):
			slot = &ip
		case logJSONKeyIs(key, r.format.Port):
			slot = &port
		default:
			return
		}
		if *slot != nil && dup == "" {
			dup = logJSONString(key)
		}
		*slot = value
	})
	switch {
	case !ok:
		return logLine{problem: "not a JSON object"}
	case dup != "":
		return logLine{problem: "field " + strconv.Quote(dup) + " appears twice"}
	case account == nil || string(account) == "null":
		return logLine{problem: "no " + strconv.Quote(r.format.Account) + " field"}
	}
	if !r.isAccount(account) {
		return logLine{}
	}
	return r.fields(logJSONText(ts), logJSONText(ip), logJSONText(port))
}

// isAccount reports whether a JSON value names the account: a string equal
// to the id, or a number written exactly as the id.
func (r *logLineReader) isAccount(v []byte) bool {
	if len(v) > 0 && v[0] == '"' {
		if bytes.IndexByte(v, '\\') < 0 {
			return string(v[1:len(v)-1]) == r.accountID
		}
		return logJSONString(v) == r.accountID
	}
	return string(v) == r.accountID
}

// readCSV reads a CSV line with the file's columns. The line is corrupt
// when its quoting is broken or its number of fields differs from the
// header's, or when it is the account's and its time or IP address is
// unreadable.
func (r *logLineReader) readCSV(line []byte, cols logColumns) logLine {
	line = bytes.TrimRight(line, "\r")
	fields, ok := logSplitCSV(line)
	if !ok {
		return logLine{problem: "broken CSV quoting"}
	}
	if len(fields) != cols.count {
		return logLine{problem: strconv.Itoa(len(fields)) + " fields where the header has " + strconv.Itoa(cols.count)}
	}
	if string(fields[cols.account]) != r.accountID {
		return logLine{}
	}
	var port []byte
	if cols.port >= 0 {
		port = fields[cols.port]
	}
	return r.fields(fields[cols.time], fields[cols.ip], port)
}

// fields reads the time, IP address and port of a line of the account. A
// nil value is a missing field; a missing or empty port is 0, as LogEntry
// says ("where the log holds it").
func (r *logLineReader) fields(ts, ip, port []byte) logLine {
	if ts == nil {
		return logLine{mine: true, problem: "no " + strconv.Quote(r.format.Time) + " field"}
	}
	t, err := time.Parse(time.RFC3339Nano, string(ts))
	if err != nil {
		return logLine{mine: true, problem: strconv.Quote(r.format.Time) + " is not an RFC 3339 time with a zone"}
	}
	if ip == nil {
		return logLine{mine: true, problem: "no " + strconv.Quote(r.format.IP) + " field"}
	}
	addr, err := netip.ParseAddr(string(ip))
	if err != nil {
		return logLine{mine: true, problem: strconv.Quote(r.format.IP) + " is not an IP address"}
	}
	e := LogEntry{Time: t.UTC(), IP: addr}
	if len(port) > 0 {
		n, err := strconv.ParseUint(string(port), 10, 16)
		if err != nil {
			return logLine{mine: true, problem: strconv.Quote(r.format.Port) + " is not a port number"}
		}
		e.Port = int(n)
	}
	return logLine{entry: e, mine: true}
}

// logJSONMembers calls visit with the raw key (without its quotes) and raw
// value of each member of the top-level object of a valid JSON text. It
// returns false when the text is not an object. It is meant for text that
// json.Valid accepted; on other text it returns something, never panics.
func logJSONMembers(s []byte, visit func(key, value []byte)) bool {
	i := logSkipSpace(s, 0)
	if i >= len(s) || s[i] != '{' {
		return false
	}
	i = logSkipSpace(s, i+1)
	if i < len(s) && s[i] == '}' {
		return true
	}
	for i < len(s) {
		if s[i] != '"' {
			return false // not reached after json.Valid
		}
		end := logSkipString(s, i)
		if end-1 <= i {
			return false
		}
		key := s[i+1 : end-1]
		i = logSkipSpace(s, end)
		if i >= len(s) || s[i] != ':' {
			return false
		}
		i = logSkipSpace(s, i+1)
		end = logSkipValue(s, i)
		visit(key, s[i:end])
		i = logSkipSpace(s, end)
		if i >= len(s) || s[i] != ',' {
			break
		}
		i = logSkipSpace(s, i+1)
	}
	return true
}

func logSkipSpace(s []byte, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

// logSkipString returns the index after the string starting at s[i].
func logSkipString(s []byte, i int) int {
	for i++; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return len(s)
}

// logSkipValue returns the index after the value starting at s[i].
func logSkipValue(s []byte, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '"':
		return logSkipString(s, i)
	case '{', '[':
		depth := 0
		for i < len(s) {
			switch s[i] {
			case '"':
				i = logSkipString(s, i)
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return i
	}
	for i < len(s) && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n' {
		i++
	}
	return i
}

// logJSONKeyIs reports whether a raw key (escapes and all) is name.
func logJSONKeyIs(key []byte, name string) bool {
	if bytes.IndexByte(key, '\\') < 0 {
		return string(key) == name
	}
	return logJSONString(append(append([]byte{'"'}, key...), '"')) == name
}

// logJSONString decodes a raw JSON string (with its quotes), or returns the
// raw bytes when they are no string. Lines have been checked by json.Valid.
func logJSONString(v []byte) string {
	if len(v) > 0 && v[0] != '"' {
		return string(v)
	}
	var s string
	if err := json.Unmarshal(v, &s); err != nil {
		return string(v)
	}
	return s
}

// logJSONText turns a raw JSON value into the text of a field: a string's
// contents, a number's digits, and nil for a missing value or null.
func logJSONText(v []byte) []byte {
	switch {
	case v == nil || string(v) == "null":
		return nil
	case v[0] == '"' && bytes.IndexByte(v, '\\') < 0:
		return v[1 : len(v)-1]
	case v[0] == '"':
		return []byte(logJSONString(v))
	}
	return v
}

// logSplitCSV splits a CSV line (RFC 4180: quoted fields may hold commas and
// doubled quotes; a record is one line) into its fields, unquoted. It
// returns false when the quoting is broken.
func logSplitCSV(line []byte) ([][]byte, bool) {
	fields := make([][]byte, 0, 8)
	for i := 0; ; {
		if i < len(line) && line[i] == '"' {
			var f []byte
			j := i + 1
			for {
				k := bytes.IndexByte(line[j:], '"')
				if k < 0 {
					return nil, false
				}
				if j+k+1 < len(line) && line[j+k+1] == '"' {
					f = append(f, line[j:j+k+1]...)
					j += k + 2
					continue
				}
				f = append(f, line[j:j+k]...)
				j += k + 1
				break
			}
			if f == nil {
				f = []byte{}
			}
			fields = append(fields, f)
			if j == len(line) {
				return fields, true
			}
			if line[j] != ',' {
				return nil, false
			}
			i = j + 1
			continue
		}
		k := bytes.IndexByte(line[i:], ',')
		if k < 0 {
			f := line[i:]
			if bytes.IndexByte(f, '"') >= 0 {
				return nil, false
			}
			return append(fields, f), true
		}
		f := line[i : i+k]
		if bytes.IndexByte(f, '"') >= 0 {
			return nil, false
		}
		fields = append(fields, f)
		i += k + 1
	}
}

// logHeader reads the header row of a CSV log and finds the format's
// columns in it.
func logHeader(line []byte, f LogFormat) (logColumns, error) {
	line = bytes.TrimPrefix(bytes.TrimRight(line, "\r"), []byte("\xef\xbb\xbf"))
	names, ok := logSplitCSV(line)
	if !ok || !utf8.Valid(line) {
		return logColumns{}, errLogHeader("its header row is not readable CSV")
	}
	cols := logColumns{time: -1, account: -1, ip: -1, port: -1, count: len(names)}
	for i, n := range names {
		switch string(bytes.TrimSpace(n)) {
		case f.Time:
			cols.time = i
		case f.Account:
			cols.account = i
		case f.IP:
			cols.ip = i
		case f.Port:
			cols.port = i
		}
	}
	for _, c := range []struct {
		at   int
		name string
	}{{cols.time, f.Time}, {cols.account, f.Account}, {cols.ip, f.IP}} {
		if c.at < 0 {
			return logColumns{}, errLogHeader("its header row has no column " + strconv.Quote(c.name))
		}
	}
	return cols, nil
}

type errLogHeader string

func (e errLogHeader) Error() string { return string(e) }

// logNeedles lists the forms in which a log may write the account id, so
// that a line holding the id in any of them is a candidate.
//
// JSON: an id of digits alone may be written as a number or a string, so
// the bare digits are sought; any other id is sought with its quotes (so
// that "acct-1" does not make every line of "acct-12" a candidate), in the
// escaping of common encoders: minimal, with < > & as \u003c (Go), with
// non-ASCII as \uXXXX (Python), and with / as \/ (PHP). CSV: the id itself,
// and with doubled quotes when it holds a quote.
func logNeedles(kind, id string) [][]byte {
	if kind == "csv" {
		out := [][]byte{[]byte(id)}
		if q := bytes.ReplaceAll([]byte(id), []byte(`"`), []byte(`""`)); !bytes.Equal(q, out[0]) {
			out = append(out, q)
		}
		return out
	}
	if logIsNumber(id) {
		return [][]byte{[]byte(id)}
	}
	var out [][]byte
	for _, style := range []logEscape{{}, {html: true}, {ascii: true}, {slash: true}, {html: true, ascii: true, slash: true}} {
		n := style.quote(id)
		dup := false
		for _, o := range out {
			dup = dup || bytes.Equal(o, n)
		}
		if !dup {
			out = append(out, n)
		}
	}
	return out
}

// logIsNumber reports whether id is written the same as a JSON integer.
func logIsNumber(id string) bool {
	if id == "" || (id[0] == '0' && len(id) > 1) {
		return false
	}
	for i := 0; i < len(id); i++ {
		if id[i] < '0' || id[i] > '9' {
			return false
		}
	}
	return true
}

// logEscape is one encoder's way of writing a JSON string.
type logEscape struct{ html, ascii, slash bool }

func (e logEscape) quote(s string) []byte {
	const hex = "0123456789abcdef"
	b := []byte{'"'}
	u := func(r rune) {
		b = append(b, '\\', 'u', hex[r>>12&0xf], hex[r>>8&0xf], hex[r>>4&0xf], hex[r&0xf])
	}
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\n':
			b = append(b, '\\', 'n')
		case r == '\r':
			b = append(b, '\\', 'r')
		case r == '\t':
			b = append(b, '\\', 't')
		case r < 0x20:
			u(r)
		case r == '/' && e.slash:
			b = append(b, '\\', '/')
		case (r == '<' || r == '>' || r == '&') && e.html:
			u(r)
		case (r == 0x2028 || r == 0x2029) && e.html:
			u(r)
		case r >= 0x80 && e.ascii:
			if r > 0xffff {
				r -= 0x10000
				u(0xd800 + r>>10)
				u(0xdc00 + r&0x3ff)
			} else {
				u(r)
			}
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return append(b, '"')
}
