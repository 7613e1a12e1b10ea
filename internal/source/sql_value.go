package source

import (
	"errors"
	"fmt"
	"net/netip"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// sqlTimeLayouts are the texts a time may come as, after RFC 3339: the
// form SQL databases print (a space for the T), and either without a zone,
// which is read as UTC, or with PostgreSQL's short "+00" offset. Fractions
// of a second are read whatever the layout says.
var sqlTimeLayouts = []string{
	time.RFC3339,
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05Z07",
	"2006-01-02T15:04:05Z07",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04:05",
}

// sqlTime reads a time from a column: a DATETIME or TIMESTAMP value as the
// driver gives it, or text in RFC 3339 or SQL form. The result is in UTC.
func sqlTime(v any) (time.Time, error) {
	switch v := v.(type) {
	case nil:
		return time.Time{}, errors.New("is NULL")
	case time.Time:
		if v.IsZero() {
			return time.Time{}, errors.New("is the zero date")
		}
		return v.UTC(), nil
	case []byte:
		return sqlTimeText(string(v))
	case string:
		return sqlTimeText(v)
	}
	return time.Time{}, fmt.Errorf("is a %s, not a time; return a TIMESTAMP or RFC 3339 text", sqlKind(v))
}

func sqlTimeText(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range sqlTimeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a time (RFC 3339, or YYYY-MM-DD HH:MM:SS in UTC)", sqlShort(s))
}

// sqlTimeParam is how a time is sent to SQLite, which has no time type:
// as the text SQLite's own date functions write, in UTC, with no more
// fraction than the time has. Compared as text with values stored in that
// form (with any fraction), it orders as the times do.
func sqlTimeParam(t time.Time) string {
	return t.UTC().Format("2006-01-02 15:04:05.999999999")
}

// sqlIP reads an IP address from a column: text, or PostgreSQL's inet
// naming a single host (192.0.2.1/32).
func sqlIP(v any) (netip.Addr, error) {
	var s string
	switch v := v.(type) {
	case nil:
		return netip.Addr{}, errors.New("ip is NULL")
	case string:
		s = v
	case []byte:
		s = string(v)
	case netip.Addr:
		return v, nil
	case netip.Prefix:
		if v.IsSingleIP() {
			return v.Addr(), nil
		}
		return netip.Addr{}, fmt.Errorf("ip %s is a network, not an address", v)
	default:
		return netip.Addr{}, fmt.Errorf("ip is a %s; return the address as text", sqlKind(v))
	}
	s = strings.TrimSpace(s)
	if a, err := netip.ParseAddr(s); err == nil {
		return a, nil
	}
	if p, err := netip.ParsePrefix(s); err == nil && p.IsSingleIP() {
		return p.Addr(), nil
	}
	return netip.Addr{}, fmt.Errorf("ip %q is not an IP address", sqlShort(s))
}

// sqlPort reads a source port: NULL is 0 (the log does not hold one).
func sqlPort(v any) (int, error) {
	var n int64
	switch v := v.(type) {
	case nil:
		return 0, nil
	case int64:
		n = v
	case []byte, string:
		s := strings.TrimSpace(sqlString(v))
		p, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("port %q is not a number", sqlShort(s))
		}
		n = p
	default:
		return 0, fmt.Errorf("port is a %s, not a whole number", sqlKind(v))
	}
	if n < 0 || n > 65535 {
		return 0, fmt.Errorf("port %d is not between 0 and 65535", n)
	}
	return int(n), nil
}

// sqlText reads a field's value as text; ok is false for NULL.
func sqlText(v any) (s string, ok bool, err error) {
	switch v := v.(type) {
	case nil:
		return "", false, nil
	case string:
		s = v
	case []byte:
		s = string(v)
	case int64:
		return strconv.FormatInt(v, 10), true, nil
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64), true, nil
	case bool:
		return strconv.FormatBool(v), true, nil
	case time.Time:
		return v.UTC().Format(time.RFC3339Nano), true, nil
	default:
		return "", false, fmt.Errorf("is a %s; return it as text", sqlKind(v))
	}
	if !utf8.ValidString(s) {
		return "", false, errors.New("is not UTF-8 text")
	}
	return s, true, nil
}

func sqlString(v any) string {
	if b, ok := v.([]byte); ok {
		return string(b)
	}
	s, _ := v.(string)
	return s
}

// sqlKind names a driver value's type for a message.
func sqlKind(v any) string {
	switch v.(type) {
	case int64:
		return "number"
	case float64:
		return "decimal number"
	case bool:
		return "boolean"
	case []byte:
		return "byte string"
	case string:
		return "text"
	case time.Time:
		return "time"
	}
	return fmt.Sprintf("%T", v)
}

// sqlShort shortens a value quoted in a message: a corrupt row can hold
// anything, and a message is one line.
func sqlShort(s string) string {
	const limit = 64
	if len(s) <= limit {
		return s
	}
	cut := limit
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
