package source

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestSQLRewrite pins the rewriting of named parameters into each driver's
// placeholders, above all where a colon is not a parameter.
func TestSQLRewrite(t *testing.T) {
	tests := []struct {
		name    string
		d       sqlDialect
		query   string
		want    string
		args    []string
		wantErr string
	}{
		{name: "postgres numbers each name once", d: sqlPostgres,
			query: "SELECT ts FROM l WHERE a = :account_id AND ts >= :from AND ts < :to AND b = :account_id",
			want:  "SELECT ts FROM l WHERE a = $1 AND ts >= $2 AND ts < $3 AND b = $1",
			args:  []string{"account_id", "from", "to"}},
		{name: "sqlite gives each use a ?", d: sqlSQLite,
			query: "SELECT 1 WHERE a = :account_id OR b = :account_id AND c < :to",
			want:  "SELECT 1 WHERE a = ? OR b = ? AND c < ?",
			args:  []string{"account_id", "account_id", "to"}},
		{name: "mysql gives each use a ?", d: sqlMySQL,
			query: "SELECT 1 FROM t WHERE a=:account_id",
			want:  "SELECT 1 FROM t WHERE a=?",
			args:  []string{"account_id"}},
		{name: "a cast is not a parameter", d: sqlPostgres,
			query: "SELECT at::timestamptz AS ts, ip::text FROM l WHERE a = :account_id::text",
			want:  "SELECT at::timestamptz AS ts, ip::text FROM l WHERE a = $1::text",
			args:  []string{"account_id"}},
		{name: "colons in a string literal", d: sqlPostgres,
			query: "SELECT 'at :handle o''clock: 10:30' AS x WHERE h = :handle",
			want:  "SELECT 'at :handle o''clock: 10:30' AS x WHERE h = $1",
			args:  []string{"handle"}},
		{name: "colons in a quoted identifier", d: sqlSQLite,
			query: `SELECT "a:b" AS ":c", [x:y], ` + "`p:q`" + ` FROM t WHERE id = :account_id`,
			want:  `SELECT "a:b" AS ":c", [x:y], ` + "`p:q`" + ` FROM t WHERE id = ?`,
			args:  []string{"account_id"}},
		{name: "colons in comments", d: sqlPostgres,
			query: "SELECT 1 -- not :this\n/* nor :that /* nested :one */ still */ WHERE a = :account_id",
			want:  "SELECT 1 -- not :this\n/* nor :that /* nested :one */ still */ WHERE a = $1",
			args:  []string{"account_id"}},
		{name: "mysql hash comment", d: sqlMySQL,
			query: "SELECT 1 # :skip\nFROM t WHERE a = :account_id",
			want:  "SELECT 1 # :skip\nFROM t WHERE a = ?",
			args:  []string{"account_id"}},
		{name: "mysql -- needs a space to be a comment", d: sqlMySQL,
			query: "SELECT 1--:account_id\n",
			want:  "SELECT 1--?",
			args:  []string{"account_id"}},
		{name: "mysql backslash escapes a quote", d: sqlMySQL,
			query: `SELECT 'it\'s :not' AS x FROM t WHERE a = :account_id`,
			want:  `SELECT 'it\'s :not' AS x FROM t WHERE a = ?`,
			args:  []string{"account_id"}},
		{name: "postgres E string escapes a quote", d: sqlPostgres,
			query: `SELECT E'it\'s :not' AS x WHERE a = :account_id`,
			want:  `SELECT E'it\'s :not' AS x WHERE a = $1`,
			args:  []string{"account_id"}},
		{name: "postgres standard string keeps a backslash", d: sqlPostgres,
			query: `SELECT 'C:\' AS x WHERE a = :account_id`,
			want:  `SELECT 'C:\' AS x WHERE a = $1`,
			args:  []string{"account_id"}},
		{name: "postgres dollar quotes", d: sqlPostgres,
			query: "SELECT $$ :no $$, $tag$ it's :no $tag$ WHERE a = :account_id",
			want:  "SELECT $$ :no $$, $tag$ it's :no $tag$ WHERE a = $1",
			args:  []string{"account_id"}},
		{name: "postgres $ inside a name", d: sqlPostgres,
			query: "SELECT a$b FROM t WHERE a = :account_id",
			want:  "SELECT a$b FROM t WHERE a = $1",
			args:  []string{"account_id"}},
		{name: "postgres jsonb ? operator is not a placeholder", d: sqlPostgres,
			query: "SELECT 1 FROM t WHERE doc ? 'k' AND a = :account_id",
			want:  "SELECT 1 FROM t WHERE doc ? 'k' AND a = $1",
			args:  []string{"account_id"}},
		{name: "assignment and a bare colon", d: sqlMySQL,
			query: "SELECT @x := 1, a[1:2] FROM t WHERE a = :account_id",
			want:  "SELECT @x := 1, a[1:2] FROM t WHERE a = ?",
			args:  []string{"account_id"}},
		{name: "a final semicolon and comment are dropped", d: sqlSQLite,
			query: "SELECT 1 WHERE a = :account_id;  -- done\n",
			want:  "SELECT 1 WHERE a = ?",
			args:  []string{"account_id"}},
		{name: "a multibyte string", d: sqlSQLite,
			query: "SELECT '高木: ひでのり' WHERE a = :account_id",
			want:  "SELECT '高木: ひでのり' WHERE a = ?",
			args:  []string{"account_id"}},
		{name: "two statements", d: sqlSQLite,
			query: "SELECT 1 WHERE a = :account_id; DELETE FROM accounts", wantErr: "more than one statement"},
		{name: "a positional ?", d: sqlSQLite,
			query: "SELECT 1 WHERE a = ?", wantErr: "positional placeholder ?"},
		{name: "a positional $1", d: sqlPostgres,
			query: "SELECT 1 WHERE a = $1", wantErr: "positional placeholder"},
		{name: "an unclosed string", d: sqlPostgres,
			query: "SELECT 'abc WHERE a = :account_id", wantErr: "never closed"},
		{name: "an unclosed comment", d: sqlMySQL,
			query: "SELECT 1 /* WHERE a = :account_id", wantErr: "never closed"},
		{name: "an unclosed dollar quote", d: sqlPostgres,
			query: "SELECT $x$ abc", wantErr: "never closed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := tt.d.rewrite(tt.query)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("rewrite(%q) = %q, %v; want an error with %q", tt.query, st.Text, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("rewrite(%q): %v", tt.query, err)
			}
			if st.Text != tt.want {
				t.Errorf("rewrite(%q)\n got %q\nwant %q", tt.query, st.Text, tt.want)
			}
			if !slices.Equal(st.Args, tt.args) {
				t.Errorf("args = %q, want %q", st.Args, tt.args)
			}
		})
	}
}

func TestSQLMergeWindows(t *testing.T) {
	w := func(from, to int) Window {
		base := sqlTestTime("2022-10-20T00:00:00Z")
		return Window{From: base.Add(time.Duration(from) * time.Hour), To: base.Add(time.Duration(to) * time.Hour)}
	}
	tests := []struct {
		name string
		in   []Window
		want []Window
	}{
		{"none", nil, nil},
		{"empty windows are dropped", []Window{w(3, 3), w(5, 4)}, nil},
		{"touching windows merge (half-open)", []Window{w(6, 9), w(0, 6)}, []Window{w(0, 9)}},
		{"overlapping windows merge", []Window{w(0, 5), w(2, 3), w(4, 8)}, []Window{w(0, 8)}},
		{"apart windows stay apart, in order", []Window{w(10, 12), w(0, 1)}, []Window{w(0, 1), w(10, 12)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sqlMergeWindows(tt.in)
			if !slices.Equal(got, tt.want) {
				t.Errorf("sqlMergeWindows(%v) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
