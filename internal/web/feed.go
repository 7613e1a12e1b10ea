package web

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/danielgtaylor/huma/v2"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/ical"
	"github.com/writ-project/writ/internal/matter"
)

type feedOutput struct {
	Body struct {
		URL string `json:"url" doc:"The calendar feed's address; calendar programs subscribe to it. It stops working when a new one is made."`
	}
}

// registerFeed adds the per-user iCalendar feed of deadlines: a token URL
// (the token is the only secret; writ keeps its hash) that calendar
// programs subscribe to, and the API call that makes a new one.
func (s *Server) registerFeed(api huma.API, mux *http.ServeMux) {
	huma.Register(api, huma.Operation{OperationID: "new-feed", Method: http.MethodPost, Path: "/api/v1/feed",
		Summary: "Make a new calendar feed address for yourself (the old one stops working)", DefaultStatus: http.StatusCreated,
		Security: []map[string][]string{{"session": {}}, {"bearer": {}}}}, func(ctx context.Context, _ *struct{}) (*feedOutput, error) {
		p, ok := principalFrom(ctx)
		if !ok {
			return nil, huma.Error401Unauthorized("sign in first")
		}
		token, err := s.Access.NewFeedToken(ctx, p.User.ID)
		if err != nil {
			return nil, s.problem(ctx, err)
		}
		out := &feedOutput{}
		out.Body.URL = "/feed/" + token + ".ics"
		return out, nil
	})
	mux.HandleFunc("GET /feed/{file}", s.feed)
}

// feed serves a user's deadlines: every duty not yet met on the cases the
// user may see, as all-day events with their rule and computation, and
// reminders 3 and 1 days before. Counsel get only the applicant's duties,
// as in the API.
func (s *Server) feed(w http.ResponseWriter, r *http.Request) {
	token := strings.TrimSuffix(r.PathValue("file"), ".ics")
	p, err := s.Access.FeedPrincipal(r.Context(), token)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	now := s.Now()
	all, err := s.Cases.Store.Cases(r.Context())
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	var events []ical.Event
	for _, sc := range all {
		c, a, err := s.Cases.Assess(r.Context(), sc.ID, now)
		if err != nil {
			continue
		}
		ref := access.CaseRef{ID: c.ID, Provider: c.Order.Provider}
		if !access.Can(p, access.ViewCaseStatus, ref) {
			continue
		}
		v := CaseView{Duties: a.Duties}
		if !access.Can(p, access.ViewObjectionText, ref) {
			v = redact(v)
		}
		for _, d := range v.Duties {
			if d.Status != matter.DutyPending && d.Status != matter.Overdue {
				continue
			}
			events = append(events, ical.Event{
				UID:         fmt.Sprintf("%s.%s@writ", c.ID, d.ID),
				Day:         d.Due,
				Summary:     fmt.Sprintf("%s: %s (%s)", c.Order.CaseNumber, d.Act, d.Party),
				Description: fmt.Sprintf("%s\n\n%s\n\n%s", d.Text, d.Rule, strings.Join(d.Steps, "\n")),
				Reminders:   []int{3, 1},
			})
		}
	}
	var buf bytes.Buffer
	if err := ical.Write(&buf, now, events...); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/calendar; charset=utf-8")
	_, _ = w.Write(buf.Bytes())
}
