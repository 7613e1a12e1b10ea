package source

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// sqlDialect is what the SQL connector must know of a database's syntax to
// rewrite named parameters into its placeholders: which placeholders it
// takes, and which spans of a query are strings, quoted identifiers or
// comments, where a colon is only a character.
type sqlDialect struct {
	name string
	// numbered: placeholders are $1, $2 ... and one number serves every
	// use of a name (PostgreSQL); otherwise each use is a ? of its own.
	numbered bool
	// backslash: a backslash escapes the next character inside '...' and
	// "..." (MySQL and MariaDB in their default sql_mode).
	backslash bool
	// hashComment: # starts a comment to the end of the line (MySQL).
	hashComment bool
	// dollarQuote: $tag$ ... $tag$ is a string, and E'...' takes backslash
	// escapes; block comments nest (PostgreSQL).
	dollarQuote bool
	// backtick and bracket: `name` and [name] are quoted identifiers
	// (backtick: MySQL and SQLite; bracket: SQLite).
	backtick, bracket bool
}

var (
	sqlSQLite   = sqlDialect{name: "sqlite", backtick: true, bracket: true}
	sqlPostgres = sqlDialect{name: "postgres", numbered: true, dollarQuote: true}
	sqlMySQL    = sqlDialect{name: "mysql", backslash: true, hashComment: true, backtick: true}
)

// sqlStatement is a query with its named parameters rewritten into the
// dialect's placeholders.
type sqlStatement struct {
	// Text is the query as the driver gets it.
	Text string
	// Args names the parameter of each placeholder, in order: of $1, $2 ...
	// for a numbered dialect, of each ? otherwise (a name used twice
	// appears twice).
	Args []string
	// Names is the set of parameters the query uses.
	Names map[string]bool
}

// args returns the values of the statement's placeholders, from values
// keyed by parameter name (a name without a value is NULL).
func (s sqlStatement) args(values map[string]any) []any {
	out := make([]any, len(s.Args))
	for i, name := range s.Args {
		out[i] = values[name]
	}
	return out
}

// rewrite turns the named parameters of query (:account_id) into the
// dialect's placeholders. A colon is a parameter only outside strings,
// quoted identifiers and comments, and only when a letter or underscore
// follows it; "::" (a PostgreSQL cast) and ":=" are left as they are. A
// query must be one statement: a final semicolon is dropped, and anything
// but space and comments after it is refused. Positional placeholders
// (? or $1) are refused, since writ could not know what they mean.
func (d sqlDialect) rewrite(query string) (sqlStatement, error) {
	st := sqlStatement{Names: map[string]bool{}}
	number := map[string]int{}
	var b strings.Builder
	b.Grow(len(query) + 8)
	n := len(query)
	start := 0 // start of the text not yet copied to b
	ended := -1
	for i := 0; i < n; {
		c := query[i]
		if ended >= 0 && !isSQLSpace(c) && !d.commentAt(query, i) {
			return sqlStatement{}, errors.New("holds more than one statement; write a single SELECT")
		}
		switch {
		case c == '\'':
			escapes := d.backslash || (d.dollarQuote && i > 0 && (query[i-1] == 'E' || query[i-1] == 'e') &&
				(i == 1 || !isSQLIdent(query[i-2])))
			j, err := skipQuoted(query, i, '\'', escapes)
			if err != nil {
				return sqlStatement{}, err
			}
			i = j
		case c == '"':
			j, err := skipQuoted(query, i, '"', d.backslash)
			if err != nil {
				return sqlStatement{}, err
			}
			i = j
		case c == '`' && d.backtick:
			j, err := skipQuoted(query, i, '`', false)
			if err != nil {
				return sqlStatement{}, err
			}
			i = j
		case c == '[' && d.bracket:
			j := strings.IndexByte(query[i+1:], ']')
			if j < 0 {
				return sqlStatement{}, fmt.Errorf("has a [ at byte %d that is never closed", i+1)
			}
			i += j + 2
		case d.commentAt(query, i):
			j, err := d.skipComment(query, i)
			if err != nil {
				return sqlStatement{}, err
			}
			i = j
		case c == '$' && d.dollarQuote:
			if i > 0 && isSQLIdent(query[i-1]) {
				i++ // part of a name such as a$b
				break
			}
			if i+1 < n && isSQLDigit(query[i+1]) {
				return sqlStatement{}, fmt.Errorf("uses the positional placeholder at byte %d; write a named parameter such as :account_id", i+1)
			}
			j, ok, err := skipDollarQuoted(query, i)
			if err != nil {
				return sqlStatement{}, err
			}
			if !ok {
				j = i + 1
			}
			i = j
		case c == '?' && !d.numbered:
			return sqlStatement{}, fmt.Errorf("uses the positional placeholder ? at byte %d; write a named parameter such as :account_id", i+1)
		case c == ':':
			if i+1 < n && query[i+1] == ':' {
				i += 2 // a cast: value::type
				break
			}
			if i+1 >= n || !isSQLIdentStart(query[i+1]) {
				i++
				break
			}
			j := i + 2
			for j < n && isSQLIdent(query[j]) {
				j++
			}
			name := query[i+1 : j]
			b.WriteString(query[start:i])
			if d.numbered {
				k, ok := number[name]
				if !ok {
					st.Args = append(st.Args, name)
					k = len(st.Args)
					number[name] = k
				}
				b.WriteByte('$')
				b.WriteString(strconv.Itoa(k))
			} else {
				st.Args = append(st.Args, name)
				b.WriteByte('?')
			}
			st.Names[name] = true
			start = j
			i = j
		case c == ';':
			b.WriteString(query[start:i])
			start = i + 1
			ended = i
			i++
		default:
			i++
		}
	}
	if ended < 0 {
		b.WriteString(query[start:])
	}
	st.Text = strings.TrimRightFunc(b.String(), func(r rune) bool { return r < 0x80 && isSQLSpace(byte(r)) })
	return st, nil
}

// commentAt reports whether a comment starts at query[i].
func (d sqlDialect) commentAt(query string, i int) bool {
	switch query[i] {
	case '-':
		// MySQL reads "--" as a comment only when a space or a control
		// character follows: "1--1" is 1 - (-1) there.
		if !strings.HasPrefix(query[i:], "--") {
			return false
		}
		return !d.hashComment || i+2 >= len(query) || query[i+2] <= ' '
	case '/':
		return strings.HasPrefix(query[i:], "/*")
	case '#':
		return d.hashComment
	}
	return false
}

// skipComment returns the index just past the comment at query[i].
// PostgreSQL's block comments nest; the others' do not.
func (d sqlDialect) skipComment(query string, i int) (int, error) {
	if query[i] != '/' {
		j := strings.IndexByte(query[i:], '\n')
		if j < 0 {
			return len(query), nil
		}
		return i + j + 1, nil
	}
	depth := 0
	for j := i; j < len(query); {
		switch {
		case strings.HasPrefix(query[j:], "/*") && (depth == 0 || d.dollarQuote):
			depth++
			j += 2
		case strings.HasPrefix(query[j:], "*/"):
			depth--
			j += 2
			if depth == 0 {
				return j, nil
			}
		default:
			j++
		}
	}
	return 0, fmt.Errorf("has a comment at byte %d that is never closed", i+1)
}

// skipQuoted returns the index just past the quoted span that starts at
// query[i] with quote. A doubled quote stands for itself; with escapes, so
// does a quote after a backslash.
func skipQuoted(query string, i int, quote byte, escapes bool) (int, error) {
	for j := i + 1; j < len(query); j++ {
		switch query[j] {
		case '\\':
			if escapes {
				j++
			}
		case quote:
			if j+1 < len(query) && query[j+1] == quote {
				j++
				continue
			}
			return j + 1, nil
		}
	}
	return 0, fmt.Errorf("has a %c at byte %d that is never closed", quote, i+1)
}

// skipDollarQuoted returns the index just past the PostgreSQL dollar-quoted
// string ($$...$$ or $tag$...$tag$) at query[i]; ok is false when no
// dollar quote starts there.
func skipDollarQuoted(query string, i int) (int, bool, error) {
	j := i + 1
	for j < len(query) && query[j] != '$' {
		if !isSQLIdent(query[j]) || (j == i+1 && isSQLDigit(query[j])) {
			return 0, false, nil
		}
		j++
	}
	if j >= len(query) {
		return 0, false, nil
	}
	tag := query[i : j+1]
	k := strings.Index(query[j+1:], tag)
	if k < 0 {
		return 0, false, fmt.Errorf("has a %s at byte %d that is never closed", tag, i+1)
	}
	return j + 1 + k + len(tag), true, nil
}

func isSQLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

func isSQLDigit(c byte) bool { return '0' <= c && c <= '9' }

func isSQLIdentStart(c byte) bool {
	return c == '_' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
}

func isSQLIdent(c byte) bool { return isSQLIdentStart(c) || isSQLDigit(c) }

// firstSQLWord returns the first word of query outside comments and
// opening parentheses, in upper case ("SELECT", "WITH").
func (d sqlDialect) firstSQLWord(query string) string {
	for i := 0; i < len(query); {
		c := query[i]
		switch {
		case isSQLSpace(c) || c == '(':
			i++
		case d.commentAt(query, i):
			j, err := d.skipComment(query, i)
			if err != nil {
				return ""
			}
			i = j
		case isSQLIdentStart(c):
			j := i
			for j < len(query) && isSQLIdent(query[j]) {
				j++
			}
			return strings.ToUpper(query[i:j])
		default:
			return ""
		}
	}
	return ""
}
