package api

import (
	"context"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/casefile"
)

type caseIDPath struct {
	ID string `path:"id" maxLength:"64" pattern:"^[a-z0-9-]+$" doc:"The case's id, as writ case new printed it (c-...)."`
}

type recordInput struct {
	ID             string `path:"id" maxLength:"64" pattern:"^[a-z0-9-]+$" doc:"The case's id, as writ case new printed it (c-...)."`
	IdempotencyKey string `header:"Idempotency-Key" maxLength:"200" doc:"A key that makes a retry of this request store the event once."`
	Body           EventInput
}

// EventInput is an event as the API takes it: the one decoder's input,
// shared with the command line's flags and the pages' forms.
type EventInput = cases.Input

type recordOutput struct {
	Body store.Event
}

type logOutput struct {
	Body []casefile.LogEvent
}

// recordEvent records an event, as the signed-in user's act, after the
// one decoder and the case service checked that it makes sense.
func (a *API) recordEvent(ctx context.Context, in *recordInput) (*recordOutput, error) {
	typ, err := cases.ParseType(in.Body.Type)
	if err != nil {
		return nil, a.problem(ctx, err)
	}
	p, c, _, err := a.loadCase(ctx, in.ID, casefile.RecordAct(typ))
	if err != nil {
		return nil, err
	}
	e, err := cases.Decode(c, in.Body, a.Now())
	if err != nil {
		return nil, a.problem(ctx, err)
	}
	e.Actor = p.Actor()
	se, err := a.Cases.Record(ctx, in.ID, e, in.IdempotencyKey)
	if err != nil {
		return nil, a.problem(ctx, err)
	}
	return &recordOutput{Body: se}, nil
}

// caseLog gives a case's events with their hashes, to those who may see
// the audit trail: whole to staff, and to the court as its case page shows
// them (casefile.Log); what was shown is recorded first.
func (a *API) caseLog(ctx context.Context, in *caseIDPath) (*logOutput, error) {
	p, c, ref, err := a.loadCase(ctx, in.ID, access.ViewAudit)
	if err != nil {
		return nil, err
	}
	evs, seen := casefile.Log(p, ref, c, a.Now())
	if err := a.Seen.Record(ctx, p, in.ID, "api:case-log", seen...); err != nil {
		return nil, a.problem(ctx, err)
	}
	return &logOutput{Body: evs}, nil
}
