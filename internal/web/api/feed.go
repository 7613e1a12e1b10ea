package api

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/ical"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/web/casefile"
)

// The per-user iCalendar feed of deadlines is a token URL (the token is
// the only secret; writ keeps its hash) that calendar programs subscribe
// to; the API makes a new one.

type feedOutput struct {
	Body struct {
		URL string `json:"url" doc:"The calendar feed's address; calendar programs subscribe to it. It stops working when a new one is made."`
	}
}

// newFeed makes the caller a new calendar feed address; the old one stops
// working.
func (a *API) newFeed(ctx context.Context, _ *struct{}) (*feedOutput, error) {
	p, err := signedIn(ctx)
	if err != nil {
		return nil, err
	}
	token, err := a.Access.NewFeedToken(ctx, p.User.ID)
	if err != nil {
		return nil, a.problem(ctx, err)
	}
	out := &feedOutput{}
	out.Body.URL = "/feed/" + token + ".ics"
	return out, nil
}

// feed serves a user's deadlines: every duty not yet met on the cases the
// user may see, as all-day events with their rule and computation, and
// reminders 3 and 1 days before. Counsel get only the applicant's duties,
// as in the API.
func (a *API) feed(w http.ResponseWriter, r *http.Request) {
	token := strings.TrimSuffix(r.PathValue("file"), ".ics")
	p, err := a.Access.FeedPrincipal(r.Context(), token)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	now := a.Now()
	// The index says which of the cases the user sees owe a duty now;
	// only those are assessed for the duties' computations and words
	// (through the service's cache), not every case of the store.
	all, err := a.index().Summaries(r.Context(), now)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	var events []ical.Event
	for _, sum := range all {
		ref := access.CaseRef{ID: sum.ID, Provider: sum.Provider}
		if !access.Can(p, access.ViewCaseStatus, ref) || !slices.ContainsFunc(sum.Duties, func(d cases.DutyLine) bool { return d.Owed() }) {
			continue
		}
		c, as, err := a.Cases.Assess(r.Context(), sum.ID, now)
		if err != nil {
			continue
		}
		v := casefile.CaseView{Duties: as.Duties}
		if !access.Can(p, access.ViewObjectionText, ref) {
			v = casefile.Redact(v)
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
