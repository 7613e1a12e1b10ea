package web

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/danielgtaylor/huma/v2"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/notice"
)

// NoticeSender sends the notices of a case by e-mail and records them as
// actor's act (notice.Sender.Send over the platform's records and the SMTP
// server).
type NoticeSender func(ctx context.Context, caseID string, accounts []string, resend bool, actor string) ([]notice.Outcome, error)

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

// registerNotices adds sending notices through the API.
func (s *Server) registerNotices(api huma.API) {
	secured := []map[string][]string{{"session": {}}, {"bearer": {}}}
	huma.Register(api, huma.Operation{OperationID: "send-notices", Method: http.MethodPost, Path: "/api/v1/cases/{id}/notices",
		Summary: "Send the notices to the account holders by e-mail, and record them", Security: secured, MaxBodyBytes: 1 << 16}, s.sendNotices)
}

// errNoMail answers when this server has no SMTP server configured.
var errNoMail = huma.NewError(http.StatusNotImplemented, "this server sends no notices: configure the SMTP server (WRIT_SMTP_HOST ...) and the platform's records (WRIT_SOURCE)")

func (s *Server) sendNotices(ctx context.Context, in *noticesInput) (*noticesOutput, error) {
	p, _, err := s.caseRef(ctx, in.ID, access.RecordEvent)
	if err != nil {
		return nil, err
	}
	if s.SendNotices == nil {
		return nil, errNoMail
	}
	out, err := s.SendNotices(ctx, in.ID, in.Body.Accounts, in.Body.Resend, p.Actor())
	if err != nil {
		return nil, s.problem(ctx, err)
	}
	if out == nil {
		out = []notice.Outcome{}
	}
	return &noticesOutput{Body: out}, nil
}

// sendNoticesForm sends the notices from the case page and shows the case
// again with what happened to each.
func (s *Server) sendNoticesForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	c, ref, ok := s.pageCase(w, r, p, access.RecordEvent)
	if !ok {
		return
	}
	if s.SendNotices == nil {
		s.showCasePage(w, r, p, c, ref, http.StatusNotImplemented, "This server sends no notices: its SMTP server is not configured.")
		return
	}
	_ = r.ParseForm()
	out, err := s.SendNotices(r.Context(), c.ID, r.PostForm["account"], r.PostFormValue("resend") == "yes", p.Actor())
	if err != nil {
		s.formRefused(w, r, p, err)
		return
	}
	var lines []string
	for _, o := range out {
		switch o.Status {
		case notice.StatusSent:
			lines = append(lines, fmt.Sprintf("Notice sent to %s (%d of %d verified addresses).", o.Account, o.Sent, o.Of))
		default:
			lines = append(lines, fmt.Sprintf("Notice to %s %s: %s", o.Account, o.Status, o.Reason))
		}
	}
	if len(lines) == 0 {
		lines = append(lines, "No notice was owed.")
	}
	c, err = s.Cases.Load(r.Context(), c.ID)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	s.showCasePage(w, r, p, c, ref, http.StatusOK, strings.Join(lines, " "))
}
