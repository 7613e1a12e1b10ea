package api

import (
	"context"
	"net/http"
	"reflect"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humago"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/web/route"
	"github.com/writ-project/writ/internal/web/upload"
)

// routes is the API's route table: every operation, which huma registers
// and the OpenAPI document describes, then the plain routes (a download,
// the order's schema, the calendar feed).
func (a *API) routes() []endpoint {
	secured := []map[string][]string{{"session": {}}, {"bearer": {}}}
	return []endpoint{
		operation(huma.Operation{OperationID: "sign-in", Method: http.MethodPost, Path: "/api/v1/session",
			Summary: "Sign in with an e-mail address and a password", MaxBodyBytes: 4096}, a.signIn),
		operation(huma.Operation{OperationID: "sign-out", Method: http.MethodDelete, Path: "/api/v1/session",
			Summary: "End the session the request comes with", Security: secured, DefaultStatus: http.StatusNoContent}, a.signOut),
		operation(huma.Operation{OperationID: "list-sessions", Method: http.MethodGet, Path: "/api/v1/sessions",
			Summary: "List your own sessions that have not expired", Security: secured}, a.listSessions),
		operation(huma.Operation{OperationID: "end-session", Method: http.MethodDelete, Path: "/api/v1/sessions/{id}",
			Summary: "End one of your own sessions", Security: secured, DefaultStatus: http.StatusNoContent}, a.endSession),

		operation(huma.Operation{OperationID: "list-cases", Method: http.MethodGet, Path: "/api/v1/cases",
			Summary: "List the cases the caller may see", Security: secured}, a.listCases),
		operation(huma.Operation{OperationID: "create-case", Method: http.MethodPost, Path: "/api/v1/cases",
			Summary: "Open a case from an order (JSON)", Security: secured, MaxBodyBytes: route.MaxBody, DefaultStatus: http.StatusCreated,
			Metadata: map[string]any{parsedType: reflect.TypeFor[order.Order]()},
			RequestBody: &huma.RequestBody{Required: true, Description: "The order, as JSON: see /api/v1/schemas/order.schema.json and examples/orders/takagi-2022.json.",
				Content: map[string]*huma.MediaType{"application/json": {Schema: &huma.Schema{Type: huma.TypeObject, Description: "An order (order.schema.json)."}}}}}, a.createCase),
		operation(huma.Operation{OperationID: "show-case", Method: http.MethodGet, Path: "/api/v1/cases/{id}",
			Summary: "A case's duties, windows, contests and gate, as of a moment", Security: secured}, a.showCase),
		operation(huma.Operation{OperationID: "record-event", Method: http.MethodPost, Path: "/api/v1/cases/{id}/events",
			Summary: "Record an event, after checking it makes sense", Security: secured, MaxBodyBytes: route.MaxBody, DefaultStatus: http.StatusCreated}, a.recordEvent),
		operation(huma.Operation{OperationID: "case-log", Method: http.MethodGet, Path: "/api/v1/cases/{id}/events",
			Summary: "A case's events with their hashes", Security: secured}, a.caseLog),

		operation(huma.Operation{OperationID: "send-notices", Method: http.MethodPost, Path: "/api/v1/cases/{id}/notices",
			Summary: "Send the notices to the account holders by e-mail, and record them", Security: secured, MaxBodyBytes: 1 << 16}, a.sendNotices),

		operation(huma.Operation{OperationID: "read-order", Method: http.MethodPost, Path: "/api/v1/orders/read",
			Summary: "Read a court order's text (or PDF) and propose the Order it states, with where each value came from", Security: secured,
			MaxBodyBytes: upload.MaxOrder,
			RequestBody: &huma.RequestBody{Required: true, Description: "The order: its text (UTF-8) or the PDF the court filed.",
				Content: map[string]*huma.MediaType{"text/plain": {Schema: &huma.Schema{Type: huma.TypeString}},
					"application/pdf": {Schema: &huma.Schema{Type: huma.TypeString, Format: "binary"}}}}}, a.readOrder),

		operation(huma.Operation{OperationID: "new-feed", Method: http.MethodPost, Path: "/api/v1/feed",
			Summary: "Make a new calendar feed address for yourself (the old one stops working)", DefaultStatus: http.StatusCreated,
			Security: secured}, a.newFeed),

		operation(huma.Operation{OperationID: "produce", Method: http.MethodPost, Path: "/api/v1/cases/{id}/productions",
			Summary: "Build the production package, if the order allows disclosure now", Security: secured, DefaultStatus: http.StatusCreated, MaxBodyBytes: 1 << 16}, a.produce),
		operation(huma.Operation{OperationID: "release", Method: http.MethodPost, Path: "/api/v1/cases/{id}/productions/{production}/release",
			Summary: "Release a built production after checking the package and the gate again", Security: secured}, a.release),
		operation(huma.Operation{OperationID: "void", Method: http.MethodPost, Path: "/api/v1/cases/{id}/productions/{production}/void",
			Summary: "Void a built production: it is never released nor downloaded, and its package is removed", Security: secured, MaxBodyBytes: 1 << 14}, a.void),

		plain("GET /api/v1/cases/{id}/productions/{production}/package.tar.gz", a.download),
		plain("GET /api/v1/order.schema.json", orderSchema),
		plain("GET /feed/{file}", a.feed),
	}
}

// config is the OpenAPI document's description of the API, and where it
// is served.
func config() huma.Config {
	c := huma.DefaultConfig("writ", "1")
	c.Info.Description = "Court-ordered disclosure with due process built in. Every date carries its rule, trigger and computation; nothing is disclosed while the order's gate is closed."
	c.OpenAPIPath = "/api/v1/openapi"
	c.DocsPath = ""
	c.SchemasPath = "/api/v1/schemas"
	c.Components.SecuritySchemes = map[string]*huma.SecurityScheme{
		"session": {Type: "apiKey", In: "cookie", Name: access.CookieName},
		"bearer":  {Type: "http", Scheme: "bearer"},
	}
	// Before huma's own (the $schema link), which wraps what it is given.
	c.Transformers = append(c.Transformers, capErrors)
	return c
}

// endpoint is a line of the route table: an operation (register set), or
// a plain route.
type endpoint struct {
	op       huma.Operation
	register func(huma.API)
	plain    route.Route
}

// operation is a line of the table for an operation handled by handler.
//
// The time a body may take to arrive is bounded by strictBody, which reads
// it, and not by huma (BodyReadTimeout -1): huma would set the
// connection's read deadline after the body was read, when net/http
// already watches the connection for a hang-up, and the deadline would
// cancel the request's context midway through a long operation.
func operation[I, O any](op huma.Operation, handler func(context.Context, *I) (*O, error)) endpoint {
	if op.Metadata == nil {
		op.Metadata = map[string]any{}
	}
	if t := bodyTypeOf[I](); t != nil {
		op.Metadata[bodyType] = t
	}
	if op.BodyReadTimeout > 0 {
		op.Metadata[readTimeout] = op.BodyReadTimeout
	}
	op.BodyReadTimeout = -1
	return endpoint{op: op, register: func(api huma.API) { huma.Register(api, op, handler) }}
}

// plain is a line of the table for a route huma does not handle.
func plain(pattern string, h http.HandlerFunc) endpoint {
	return endpoint{plain: route.Route{Pattern: pattern, Handler: h}}
}

// Routes is every route the API answers: the table's, and the OpenAPI
// document's, which huma serves. huma registers its routes on a mux of its
// own; each is then a route of the server's mux that hands the request to
// it.
func (a *API) Routes() []route.Route {
	mux := &recorder{ServeMux: http.NewServeMux()}
	api := humago.New(mux, config())
	api.UseMiddleware(a.authenticate(api))
	var out []route.Route
	limits := map[string]int64{}
	for _, e := range a.routes() {
		if e.register == nil {
			out = append(out, e.plain)
			continue
		}
		e.register(api)
		limits[e.op.Method+" "+e.op.Path] = e.op.MaxBodyBytes
	}
	for _, p := range mux.patterns {
		out = append(out, route.Route{Pattern: p, Handler: mux.ServeMux, MaxBody: limits[p]})
	}
	return out
}

// recorder is the mux huma registers on, keeping each pattern.
type recorder struct {
	*http.ServeMux
	patterns []string
}

func (r *recorder) HandleFunc(pattern string, h func(http.ResponseWriter, *http.Request)) {
	r.patterns = append(r.patterns, pattern)
	r.ServeMux.HandleFunc(pattern, h)
}
