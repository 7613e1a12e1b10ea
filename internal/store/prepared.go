package store

import (
	"context"
	"database/sql"
	"sync"
)

// prepared reads through statements prepared once and kept, for the
// queries asked on every request (a case's head and events, a session, its
// user and grants). Parsing a statement is most of what the database does
// for such a short query: with writ serve answering a thousand requests a
// second, SQLite's parser took a tenth of its CPU. database/sql prepares
// a kept statement again on each pooled connection the first time it is
// used there, so the statements are the same on both dialects.
type prepared struct {
	db    *sql.DB
	mu    sync.Mutex
	stmts map[string]*sql.Stmt
}

// stmt returns query's statement, prepared on first use.
func (p *prepared) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if st, ok := p.stmts[query]; ok {
		return st, nil
	}
	st, err := p.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if p.stmts == nil {
		p.stmts = map[string]*sql.Stmt{}
	}
	p.stmts[query] = st
	return st, nil
}

// QueryContext is the database's, through query's kept statement.
func (p *prepared) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := p.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// QueryRowContext is the database's, through query's kept statement. A
// statement that cannot be prepared is asked as it is, so that its error
// comes with the row, as the database's would.
func (p *prepared) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := p.stmt(ctx, query)
	if err != nil {
		return p.db.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

// close closes the kept statements.
func (p *prepared) close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	var first error
	for q, st := range p.stmts {
		if err := st.Close(); err != nil && first == nil {
			first = err
		}
		delete(p.stmts, q)
	}
	return first
}
