package api

import (
	"context"

	"github.com/danielgtaylor/huma/v2"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/web/casefile"
)

type showInput struct {
	ID  string `path:"id" maxLength:"64" pattern:"^[a-z0-9-]+$" doc:"The case's id, as writ case new printed it (c-...)."`
	Now string `query:"now" maxLength:"40" doc:"Evaluate the case as of the end of this day (YYYY-MM-DD, court time) or at this instant (RFC 3339). Default: now. Not for the applicant's counsel, who see the case as it stands now."`
}

type showOutput struct {
	Body casefile.CaseView
}

type listOutput struct {
	Body []CaseSummary
}

// CaseSummary is a line of the case list.
type CaseSummary struct {
	Case       string `json:"case"`
	CaseNumber string `json:"case_number"`
	Court      string `json:"court"`
	Provider   string `json:"provider"`
	GateOpen   bool   `json:"gate_open"`
	// Events counts the case's events, for those who may see its audit
	// trail: to the applicant's counsel it would tell that something
	// happened, an objection, a notice, when nothing they see changed.
	Events int64 `json:"events,omitempty" doc:"How many events the case's log holds; only for those who may see the audit trail (staff, the court)."`
}

type createInput struct {
	IdempotencyKey string `header:"Idempotency-Key" maxLength:"200" doc:"A key that makes a retry of this request create the case once."`
	AllowDuplicate bool   `query:"allow_duplicate" doc:"Open a second case although one is open for the same order (same court, case number and platform). Without it such a request is refused with 409 naming the case open."`
	RawBody        []byte
}

type createOutput struct {
	Body struct {
		Case string `json:"case"`
	}
}

// listCases lists the cases the caller may see.
func (a *API) listCases(ctx context.Context, _ *struct{}) (*listOutput, error) {
	p, err := signedIn(ctx)
	if err != nil {
		return nil, err
	}
	// The index assesses only the cases recorded to, or passed by the
	// clock, since it last did: a list of a hundred thousand cases does
	// not read and assess each of them on every request.
	all, err := a.index().Summaries(ctx, a.Now())
	if err != nil {
		return nil, a.problem(ctx, err)
	}
	out := &listOutput{Body: []CaseSummary{}}
	for _, s := range all {
		ref := access.CaseRef{ID: s.ID, Provider: s.Provider}
		if !access.Can(p, access.ViewCaseStatus, ref) {
			continue
		}
		line := CaseSummary{Case: s.ID, CaseNumber: s.Number, Court: s.Court, Provider: s.Provider, GateOpen: s.GateOpen}
		if access.Can(p, access.ViewAudit, ref) {
			line.Events = s.Seq
		}
		out.Body = append(out.Body, line)
	}
	return out, nil
}

// index is the API's index of the cases: the one it was given, else its
// own, made once.
func (a *API) index() *cases.Index {
	a.indexOnce.Do(func() {
		if a.Index == nil {
			a.Index = &cases.Index{Cases: a.Cases}
		}
	})
	return a.Index
}

// createCase opens a case from an order, for the staff of the platform it
// is directed to.
func (a *API) createCase(ctx context.Context, in *createInput) (*createOutput, error) {
	p, err := signedIn(ctx)
	if err != nil {
		return nil, err
	}
	// Whether the caller's role opens cases at all is known before the
	// order is read: reading one is the costliest thing the API does with
	// a body, and it is done only for those who may. Which platform's
	// cases they open is known only once it is read.
	if !access.Can(p, access.CreateCase, access.CaseRef{Provider: p.User.Platform}) {
		return nil, huma.Error403Forbidden("only the platform's staff open cases, for their own platform")
	}
	o, err := order.Parse(in.RawBody)
	if err != nil {
		return nil, a.problem(ctx, err)
	}
	if !access.Can(p, access.CreateCase, access.CaseRef{Provider: o.Provider}) {
		return nil, huma.Error403Forbidden("only the platform's staff open cases, for their own platform")
	}
	if !in.AllowDuplicate {
		if err := a.notOpenAlready(ctx, o, in.IdempotencyKey); err != nil {
			return nil, err
		}
	}
	c, err := a.Cases.Open(ctx, in.RawBody, in.IdempotencyKey, p.Actor())
	if err != nil {
		return nil, a.problem(ctx, err)
	}
	out := &createOutput{}
	out.Body.Case = c.ID
	return out, nil
}

// showCase shows a case as of now, or as of the moment asked, redacted
// for counsel.
func (a *API) showCase(ctx context.Context, in *showInput) (*showOutput, error) {
	p, c, ref, err := a.loadCase(ctx, in.ID, access.ViewCaseStatus)
	if err != nil {
		return nil, err
	}
	now := a.Now()
	if in.Now != "" && !access.Can(p, access.ViewCaseAsOf, ref) {
		// Counsel see the case now, never as of another moment: asked
		// day by day, the gate and the applicant's duties would tell when
		// each holder's window closed, hence when each was noticed, and
		// when an objection came (invariant 3).
		msg := "the applicant's counsel see the case as it stands now; leave now out"
		return nil, huma.Error422UnprocessableEntity("now: "+msg, &huma.ErrorDetail{Location: "query.now", Message: msg})
	}
	if in.Now != "" {
		if now, err = cases.ParseMoment(in.Now, c.Calendar.Location, true); err != nil {
			return nil, huma.Error422UnprocessableEntity("now: "+err.Error(), &huma.ErrorDetail{Location: "query.now", Message: err.Error(), Value: in.Now})
		}
	}
	as, err := c.Assess(now)
	if err != nil {
		return nil, a.problem(ctx, err)
	}
	v := casefile.View(c, as)
	if !access.Can(p, access.ViewObjectionText, ref) {
		v = casefile.Redact(v)
	}
	return &showOutput{Body: v}, nil
}
