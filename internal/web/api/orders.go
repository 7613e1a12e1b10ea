package api

import (
	"context"
	"net/http"
	"unicode/utf8"

	"github.com/danielgtaylor/huma/v2"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/reader"
	"github.com/writ-project/writ/internal/web/upload"
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

// readOrder reads an order's text, or the text layer of its PDF, as `writ
// order read --json` does: for staff, who take orders in.
func (a *API) readOrder(ctx context.Context, in *readInput) (*readOutput, error) {
	p, err := signedIn(ctx)
	if err != nil {
		return nil, err
	}
	if !access.Permits(p, access.CreateCase) {
		return nil, huma.Error403Forbidden("only the platform's staff take in orders")
	}
	text := string(in.RawBody)
	if reader.IsPDF(in.RawBody) {
		var err error
		if text, err = upload.ExtractPDF(ctx, in.RawBody); err != nil {
			return nil, huma.Error422UnprocessableEntity(upload.PDFProblem(err))
		}
	} else if !utf8.ValidString(text) {
		return nil, huma.Error415UnsupportedMediaType("the body is neither text (UTF-8) nor a PDF")
	}
	if len(text) == 0 {
		return nil, huma.Error422UnprocessableEntity("the body is empty: send the order's text or its PDF")
	}
	return &readOutput{Body: reader.Read(text)}, nil
}

// orderSchema serves the JSON Schema of an order.
func orderSchema(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/schema+json")
	_, _ = w.Write(order.Schema())
}
