package api

import (
	"context"
	"errors"
	"net/http"
	"strings"

	"github.com/danielgtaylor/huma/v2"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/web/status"
)

// problem turns an error of the case service into an RFC 9457 problem: the
// status is the one table's (package status), the message is the one meant
// for a person, and a field at fault in a refused input or act (422, 409)
// is named. A fault of writ is a 500 whose details go only to the log.
func (a *API) problem(ctx context.Context, err error) error {
	var ve *order.ValidationError
	if errors.As(err, &ve) {
		var details []error
		for _, p := range ve.Problems {
			details = append(details, &huma.ErrorDetail{Location: "body" + strings.ReplaceAll(p.Path, "/", "."), Message: p.Message})
		}
		return huma.Error422UnprocessableEntity("the order is not valid; nothing was stored", details...)
	}
	if status.Internal(err) {
		a.Log.ErrorContext(ctx, "internal error", "err", err)
		return huma.Error500InternalServerError("internal error; the details are in writ's log")
	}
	code := status.Of(err)
	var details []error
	var fe *fault.Error
	if (code == http.StatusUnprocessableEntity || code == http.StatusConflict) && errors.As(err, &fe) && fe.Field != "" {
		details = append(details, &huma.ErrorDetail{Location: "body." + fe.Field, Message: fe.Message})
	}
	return huma.NewError(code, fault.Message(err), details...)
}
