package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/writ-project/writ/internal/fault"
)

// SQLConfig is the configuration of an SQL source, as ParseSQLConfig reads
// it from JSON. The file format is documented on OpenSQL.
type SQLConfig struct {
	// Driver is "sqlite", "postgres" or "mysql" (MySQL and MariaDB).
	Driver string `json:"driver"`
	// Exactly one of DSN, DSNEnv and DSNFile names the database: the DSN
	// itself, the environment variable holding it, or a file holding it
	// (relative to the config file), so that a password stays out of the
	// config.
	DSN     string `json:"dsn,omitempty"`
	DSNEnv  string `json:"dsn_env,omitempty"`
	DSNFile string `json:"dsn_file,omitempty"`
	// Queries maps a query's name (resolve, a category, access_log) to
	// its SQL text, with named parameters.
	Queries map[string]string `json:"queries"`

	// statements are the queries rewritten for the driver, by name.
	statements map[string]sqlStatement
	dialect    sqlDialect
}

// SQLConfigProblem is one thing wrong with an SQL source's config: where,
// as a JSON pointer into the file ("/queries/names"), and what to do about
// it.
type SQLConfigProblem = fault.Problem

// SQLConfigError lists every problem of an SQL source's config.
type SQLConfigError = fault.Problems

// sqlInvalid wraps problems as an error with the code Invalid, which
// errors.As still finds the *SQLConfigError in; field names the file.
func sqlInvalid(field string, problems []SQLConfigProblem) error {
	return fault.InvalidFile(field, problems)
}

// sqlDrivers maps a config's driver to its dialect.
var sqlDrivers = map[string]sqlDialect{
	"sqlite":   sqlSQLite,
	"postgres": sqlPostgres,
	"mysql":    sqlMySQL,
}

var sqlEnvName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// ParseSQLConfig reads and checks an SQL source's config (see OpenSQL for
// the format): the JSON itself, the fields, the driver, where the DSN
// comes from, and each query — that it is one SELECT, that its named
// parameters are those writ supplies, and that a category's query uses
// :account_id and the access log's :account_id, :from and :to. It reports
// every problem at once, each with its JSON path, as a fault.Invalid error
// wrapping a *SQLConfigError; nothing is half-accepted. It reads neither
// the environment nor the database: OpenSQL does.
func ParseSQLConfig(data []byte) (*SQLConfig, error) {
	c := &sqlConfigCheck{}
	cfg := c.parse(data)
	if len(c.problems) > 0 {
		return nil, sqlInvalid("", c.problems)
	}
	return cfg, nil
}

// sqlConfigCheck collects the problems of a config.
type sqlConfigCheck struct{ problems []SQLConfigProblem }

func (c *sqlConfigCheck) add(path, format string, args ...any) {
	c.problems = append(c.problems, SQLConfigProblem{Path: path, Message: fmt.Sprintf(format, args...)})
}

func (c *sqlConfigCheck) parse(data []byte) *SQLConfig {
	members, ok := c.object("", data)
	if !ok {
		return nil
	}
	cfg := &SQLConfig{Queries: map[string]string{}}
	var queries []sqlMember
	queriesOK := false
	seen := map[string]bool{}
	for _, m := range members {
		p := "/" + sqlPointerEscape(m.key)
		if seen[m.key] {
			c.add(p, "%q appears twice; keep one", m.key)
			continue
		}
		seen[m.key] = true
		switch m.key {
		case "driver":
			cfg.Driver, _ = c.str(p, m.value)
		case "dsn":
			cfg.DSN, _ = c.str(p, m.value)
		case "dsn_env":
			cfg.DSNEnv, _ = c.str(p, m.value)
		case "dsn_file":
			cfg.DSNFile, _ = c.str(p, m.value)
		case "comment":
			c.str(p, m.value) // a note for people; writ reads nothing in it
		case "queries":
			queries, queriesOK = c.object(p, m.value)
		default:
			c.add(p, "is not a field of an SQL source's config; the fields are driver, dsn, dsn_env, dsn_file, queries and comment")
		}
	}

	d, known := sqlDrivers[cfg.Driver]
	switch {
	case !seen["driver"]:
		c.add("/driver", "is required: sqlite, postgres or mysql (MySQL and MariaDB)")
	case !known && cfg.Driver != "":
		c.add("/driver", "%q is not a driver writ knows; write sqlite, postgres or mysql (MySQL and MariaDB)", cfg.Driver)
	case cfg.Driver == "" && !c.has("/driver"):
		c.add("/driver", "is empty; write sqlite, postgres or mysql")
	}
	cfg.dialect = d
	c.checkDSN(cfg, seen)

	if !seen["queries"] {
		c.add("/queries", "is required: an object naming the SQL of resolve, of each category and of access_log")
	}
	if !queriesOK {
		return cfg
	}
	if len(queries) == 0 {
		c.add("/queries", "names no query; write at least one of %s", strings.Join(sqlQueryKeys(), ", "))
	}
	cfg.statements = map[string]sqlStatement{}
	qseen := map[string]bool{}
	for _, m := range queries {
		p := "/queries/" + sqlPointerEscape(m.key)
		if qseen[m.key] {
			c.add(p, "%q appears twice; keep one", m.key)
			continue
		}
		qseen[m.key] = true
		shape, ok := sqlShapeOf(m.key)
		if !ok {
			hint := ""
			if m.key == "access_logs" {
				hint = " (the access log's query is access_log)"
			}
			c.add(p, "is not a query writ runs%s; the queries are %s", hint, strings.Join(sqlQueryKeys(), ", "))
			continue
		}
		text, ok := c.sql(p, m.value)
		if !ok {
			continue
		}
		cfg.Queries[m.key] = text
		if !known {
			continue // the syntax to check depends on the driver
		}
		if w := d.firstSQLWord(text); w != "SELECT" && w != "WITH" {
			c.add(p, "must be a SELECT (or WITH ... SELECT): writ only reads the platform's database")
			continue
		}
		st, err := d.rewrite(text)
		if err != nil {
			c.add(p, "%s", err.Error())
			continue
		}
		for _, msg := range shape.checkParams(m.key, st.Names) {
			c.add(p, "%s", msg)
		}
		cfg.statements[m.key] = st
	}
	return cfg
}

// checkDSN checks that exactly one of dsn, dsn_env and dsn_file is given.
func (c *sqlConfigCheck) checkDSN(cfg *SQLConfig, seen map[string]bool) {
	var given []string
	for _, k := range []string{"dsn", "dsn_env", "dsn_file"} {
		if seen[k] {
			given = append(given, k)
		}
	}
	switch {
	case len(given) == 0:
		c.add("/dsn", "is required: the database's DSN, or dsn_env naming the environment variable that holds it, or dsn_file naming a file that holds it")
	case len(given) > 1:
		c.add("/"+given[1], "give only one of dsn, dsn_env and dsn_file (%s is given too)", given[0])
	}
	if seen["dsn"] && cfg.DSN == "" && !c.has("/dsn") {
		c.add("/dsn", "is empty")
	}
	if seen["dsn_env"] && !c.has("/dsn_env") && !sqlEnvName.MatchString(cfg.DSNEnv) {
		c.add("/dsn_env", "%q is not the name of an environment variable (letters, digits and _)", cfg.DSNEnv)
	}
	if seen["dsn_file"] && cfg.DSNFile == "" && !c.has("/dsn_file") {
		c.add("/dsn_file", "is empty")
	}
}

// has reports whether a problem is already listed at path.
func (c *sqlConfigCheck) has(path string) bool {
	for _, p := range c.problems {
		if p.Path == path {
			return true
		}
	}
	return false
}

// sqlMember is one member of a JSON object, in the order of the file.
type sqlMember struct {
	key   string
	value json.RawMessage
}

// object reads a JSON object's members in order, keeping repeated keys
// (which encoding/json would silently collapse into the last).
func (c *sqlConfigCheck) object(path string, data []byte) ([]sqlMember, bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		c.add(path, "is not valid JSON: %s", sqlJSONError(err))
		return nil, false
	}
	if tok != json.Delim('{') {
		c.add(path, "must be a JSON object")
		return nil, false
	}
	var members []sqlMember
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			c.add(path, "is not valid JSON: %s", sqlJSONError(err))
			return nil, false
		}
		key, _ := tok.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			c.add(path+"/"+sqlPointerEscape(key), "is not valid JSON: %s", sqlJSONError(err))
			return nil, false
		}
		members = append(members, sqlMember{key, v})
	}
	if _, err := dec.Token(); err != nil {
		c.add(path, "is not valid JSON: %s", sqlJSONError(err))
		return nil, false
	}
	if path == "" {
		if _, err := dec.Token(); !errors.Is(err, io.EOF) {
			c.add("", "has more after the JSON object; a config is one object")
			return nil, false
		}
	}
	return members, true
}

// str reads a JSON string.
func (c *sqlConfigCheck) str(path string, v json.RawMessage) (string, bool) {
	var s string
	if err := json.Unmarshal(v, &s); err != nil {
		c.add(path, "must be a string")
		return "", false
	}
	return s, true
}

// sql reads a query: a string, or a list of strings (its lines), which is
// easier to read and edit in JSON.
func (c *sqlConfigCheck) sql(path string, v json.RawMessage) (string, bool) {
	var s string
	if err := json.Unmarshal(v, &s); err != nil {
		var raw []json.RawMessage
		if json.Unmarshal(v, &raw) != nil {
			c.add(path, "must be the query's SQL: a string, or a list of strings (its lines)")
			return "", false
		}
		lines := make([]string, len(raw))
		for i, r := range raw {
			if json.Unmarshal(r, &lines[i]) != nil {
				c.add(fmt.Sprintf("%s/%d", path, i), "must be a string (a line of the query)")
				return "", false
			}
		}
		s = strings.Join(lines, "\n")
	}
	if strings.TrimSpace(s) == "" {
		c.add(path, "is empty; write the query's SQL")
		return "", false
	}
	return s, true
}

// sqlPointerEscape escapes a JSON pointer token (RFC 6901 § 3).
func sqlPointerEscape(tok string) string {
	return strings.ReplaceAll(strings.ReplaceAll(tok, "~", "~0"), "/", "~1")
}

// sqlJSONError words a decoder's error for a person.
func sqlJSONError(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%s (at byte %d)", se.Error(), se.Offset)
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return "it ends too soon"
	}
	return err.Error()
}
