package api

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/notice"
)

type noticesInput struct {
	ID   string `path:"id" maxLength:"64" pattern:"^[a-z0-9-]+$" doc:"The case's id."`
	Body struct {
		Accounts []string `json:"accounts,omitempty" maxItems:"50" doc:"The accounts to notify, by their labels in the order; none: every resolved account without a notice in effect."`
		Resend   bool     `json:"resend,omitempty" doc:"Send again to an account that has a notice in effect (a new notice restarts the holder's windows)."`
	}
}

type noticesOutput struct {
	Body []notice.Outcome
}

// errNoMail answers when this server has no SMTP server configured.
var errNoMail = huma.NewError(http.StatusNotImplemented, "this server sends no notices: configure the SMTP server (WRIT_SMTP_HOST ...) and the platform's records (WRIT_SOURCE)")

// sendNotices sends a case's notices by e-mail and records them.
func (a *API) sendNotices(ctx context.Context, in *noticesInput) (*noticesOutput, error) {
	p, _, _, err := a.loadCase(ctx, in.ID, access.RecordEvent)
	if err != nil {
		return nil, err
	}
	if a.SendNotices == nil {
		return nil, errNoMail
	}
	out, err := a.SendNotices(ctx, in.ID, in.Body.Accounts, in.Body.Resend, p.Actor())
	if err != nil {
		return nil, a.problem(ctx, err)
	}
	if out == nil {
		out = []notice.Outcome{}
	}
	return &noticesOutput{Body: out}, nil
}
