package web

import (
	"context"
	"net/http"
	"unicode/utf8"

	"github.com/danielgtaylor/huma/v2"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/reader"
)

type readInput struct {
	RawBody []byte
}

// readOutput is the reader's Proposal (see `writ order read --json`). Its
// schema is left open: the Order inside it is described by
// order.schema.json, and its type names would clash with the case view's
// in the generated document.
type readOutput struct {
	Body any
}

// registerRead adds reading an order's text through the API, as `writ
// order read --json` does: for staff, who take orders in.
func (s *Server) registerRead(api huma.API) {
	secured := []map[string][]string{{"session": {}}, {"bearer": {}}}
	huma.Register(api, huma.Operation{OperationID: "read-order", Method: http.MethodPost, Path: "/api/v1/orders/read",
		Summary: "Read a court order's text (or PDF) and propose the Order it states, with where each value came from", Security: secured,
		MaxBodyBytes: IntakeMaxFile,
		RequestBody: &huma.RequestBody{Required: true, Description: "The order: its text (UTF-8) or the PDF the court filed.",
			Content: map[string]*huma.MediaType{"text/plain": {Schema: &huma.Schema{Type: huma.TypeString}},
				"application/pdf": {Schema: &huma.Schema{Type: huma.TypeString, Format: "binary"}}}}}, s.readOrder)
	s.allowBody("POST /api/v1/orders/read", IntakeMaxFile)
}

func (s *Server) readOrder(ctx context.Context, in *readInput) (*readOutput, error) {
	p, ok := principalFrom(ctx)
	if !ok {
		return nil, huma.Error401Unauthorized("sign in first")
	}
	if p.Role() != access.Staff {
		return nil, huma.Error403Forbidden("only the platform's staff take in orders")
	}
	text := string(in.RawBody)
	if reader.IsPDF(in.RawBody) {
		var err error
		if text, err = ExtractPDF(ctx, in.RawBody); err != nil {
			return nil, huma.Error422UnprocessableEntity(pdfProblem(err))
		}
	} else if !utf8.ValidString(text) {
		return nil, huma.Error415UnsupportedMediaType("the body is neither text (UTF-8) nor a PDF")
	}
	if len(text) == 0 {
		return nil, huma.Error422UnprocessableEntity("the body is empty: send the order's text or its PDF")
	}
	return &readOutput{Body: reader.Read(text)}, nil
}
