package web

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/web/pages"
	"github.com/writ-project/writ/internal/web/portal"
	"github.com/writ-project/writ/internal/web/route"
	"github.com/writ-project/writ/internal/web/upload"
)

// routes are every route the server answers, by the surface whose table
// lists it, with the body each takes beyond route.MaxBody.
var routes = []struct {
	pattern string
	maxBody int64
}{
	// The server's own (Server.routes).
	{"GET /healthz", 0},
	{"GET /readyz", 0},
	{"GET /metrics", 0},

	// The API's (api.API.routes), and the OpenAPI document huma serves.
	{"POST /api/v1/session", 0},
	{"DELETE /api/v1/session", 0},
	{"GET /api/v1/sessions", 0},
	{"DELETE /api/v1/sessions/{id}", 0},
	{"GET /api/v1/cases", 0},
	{"POST /api/v1/cases", 0},
	{"GET /api/v1/cases/{id}", 0},
	{"POST /api/v1/cases/{id}/events", 0},
	{"GET /api/v1/cases/{id}/events", 0},
	{"POST /api/v1/cases/{id}/notices", 0},
	{"POST /api/v1/orders/read", upload.MaxOrder},
	{"POST /api/v1/feed", 0},
	{"POST /api/v1/cases/{id}/productions", 0},
	{"POST /api/v1/cases/{id}/productions/{production}/release", 0},
	{"POST /api/v1/cases/{id}/productions/{production}/void", 0},
	{"GET /api/v1/cases/{id}/productions/{production}/package.tar.gz", 0},
	{"GET /api/v1/order.schema.json", 0},
	{"GET /feed/{file}", 0},
	{"GET /api/v1/openapi.json", 0},
	{"GET /api/v1/openapi.yaml", 0},
	{"GET /api/v1/openapi-3.0.json", 0},
	{"GET /api/v1/openapi-3.0.yaml", 0},
	{"GET /api/v1/schemas/{schema}", 0},

	// The pages' (pages.Pages.Routes).
	{"GET /static/", 0},
	{"GET /signin", 0},
	{"POST /signin", 0},
	{"GET /signin/oidc", 0},
	{"GET /signin/oidc/callback", 0},
	{"POST /signout", 0},
	{"GET /{$}", 0},
	{"GET /intake", 0},
	{"POST /intake", pages.IntakeMaxBody},
	{"POST /intake/confirm", pages.IntakeMaxBody},
	{"GET /cases.csv", 0},
	{"GET /duties.csv", 0},
	{"GET /calendar", 0},
	{"POST /calendar/feed", 0},
	{"GET /cases/{id}", 0},
	{"POST /cases/{id}/record", 0},
	{"GET /cases/{id}/notices/review", 0},
	{"POST /cases/{id}/notices", 0},
	{"POST /cases/{id}/letters", 0},
	{"GET /cases/{id}/letters/{digest}", 0},
	{"GET /cases/{id}/attachments/{digest}", 0},
	{"GET /cases/{id}/proofs/{digest}", 0},
	{"GET /cases/{id}/audit", 0},
	{"POST /cases/{id}/preserve", 0},
	{"POST /cases/{id}/produce", 0},
	{"GET /cases/{id}/productions/{production}/release", 0},
	{"POST /cases/{id}/release", 0},
	{"POST /cases/{id}/void", 0},
	{"GET /people", 0},
	{"POST /people", 0},
	{"POST /people/{id}/disable", 0},
	{"POST /people/{id}/enable", 0},
	{"POST /people/{id}/invite", 0},
	{"POST /people/{id}/grant", 0},
	{"POST /people/{id}/revoke", 0},
	{"GET /reports/transparency", 0},
	{"GET /reports/transparency.csv", 0},
	{"GET /webhooks", 0},
	{"POST /webhooks", 0},
	{"POST /webhooks/{id}/test", 0},
	{"POST /webhooks/{id}/remove", 0},
	{"GET /invitations/{token}", 0},
	{"POST /invitations/{token}", 0},
	{"POST /demo/clock", 0},

	// The portal's (portal.Portal.Routes).
	{"GET /portal/{token}", 0},
	{"POST /portal/{token}", portal.MaxBody},
	{"GET /portal-logo", 0},

	// The log's public routes (proofs.Log.Routes): a key, a checkpoint and
	// proofs, no one's data.
	{"GET /log/key", 0},
	{"GET /log/checkpoint", 0},
	{"GET /log/proofs/{case}/{seq}/{hash}", 0},
}

// registrars are the only functions that may register a route: the mux
// that mounts the tables, huma's registration of an operation of the API's
// table, and the mux huma registers on, which keeps each pattern for the
// table. A call to Handle, HandleFunc or huma.Register anywhere else is a
// route registered outside the tables.
var registrars = []string{"route.NewMux", "api.operation", "api.(*recorder).HandleFunc"}

// TestRoutes: the server answers exactly the routes of its tables, each
// routed to itself with its body limit, and nothing in writ's web
// registers a route anywhere but in a table.
func TestRoutes(t *testing.T) {
	f := newFixture(t)
	mux := f.server.mux

	t.Run("TheTablesAreTheseRoutes", func(t *testing.T) {
		var want []string
		for _, r := range routes {
			want = append(want, r.pattern)
		}
		got := mux.Patterns()
		slices.Sort(want)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("the tables declare\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	})

	t.Run("EachRouteAnswersItself", func(t *testing.T) {
		for _, r := range routes {
			method, path, _ := strings.Cut(r.pattern, " ")
			path = strings.ReplaceAll(path, "{$}", "")
			for _, w := range []string{"{id}", "{production}", "{digest}", "{file}", "{schema}", "{token}"} {
				path = strings.ReplaceAll(path, w, "x")
			}
			req := httptest.NewRequest(method, path, nil)
			if got := mux.Pattern(req); got != r.pattern {
				t.Errorf("%s %s is answered by %q, want %q", method, path, got, r.pattern)
			}
			want := r.maxBody
			if want == 0 {
				want = route.MaxBody
			}
			if got := mux.Limit(req); got != want {
				t.Errorf("%s takes bodies of %d bytes, want %d", r.pattern, got, want)
			}
		}
	})

	t.Run("NoRouteOutsideTheTables", func(t *testing.T) {
		for _, call := range registrations(t) {
			if !slices.Contains(registrars, call.in) {
				t.Errorf("%s: %s registers a route outside the route tables (in %s)", call.at, call.what, call.in)
			}
		}
	})
}

// registration is a call that registers a route: where, what and in which
// function.
type registration struct{ at, what, in string }

// registrations finds every call of a Handle or HandleFunc method or
// function (a mux's, http's), or of huma's registering functions, in the
// code of writ's web (tests aside).
func registrations(t *testing.T) []registration {
	t.Helper()
	var out []registration
	fset := token.NewFileSet()
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		file, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		for _, decl := range file.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			in := file.Name.Name + "." + fn.Name.Name
			if fn.Recv != nil {
				recv := fn.Recv.List[0].Type
				if star, ok := recv.(*ast.StarExpr); ok {
					recv = star.X
					in = file.Name.Name + ".(*" + types(recv) + ")." + fn.Name.Name
				} else {
					in = file.Name.Name + "." + types(recv) + "." + fn.Name.Name
				}
			}
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok {
					if idx, ok := call.Fun.(*ast.IndexExpr); ok { // huma.Register[I, O]
						sel, _ = idx.X.(*ast.SelectorExpr)
					}
					if sel == nil {
						return true
					}
				}
				name := sel.Sel.Name
				pkg, _ := sel.X.(*ast.Ident)
				huma := pkg != nil && pkg.Name == "huma" && slices.Contains([]string{"Register", "Get", "Post", "Put", "Patch", "Delete"}, name)
				if name == "Handle" || name == "HandleFunc" || huma {
					out = append(out, registration{at: fset.Position(call.Pos()).String(), what: types(sel.X) + "." + name, in: in})
				}
				return true
			})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < len(registrars) {
		t.Fatalf("found %d registrations, fewer than the registrars: the search is broken", len(out))
	}
	return out
}

// types names an expression for a message: an identifier, a selector, a
// type with its index.
func types(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return types(e.X) + "." + e.Sel.Name
	case *ast.StarExpr:
		return "*" + types(e.X)
	case *ast.IndexExpr:
		return types(e.X)
	case *ast.IndexListExpr:
		return types(e.X)
	case *ast.CallExpr:
		return types(e.Fun) + "()"
	}
	return "?"
}
