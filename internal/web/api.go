package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/status"
)

// problem turns an error of the case service into an RFC 9457 problem: the
// status is the one table's (package status), the message is the one meant
// for a person, and a field at fault in a refused input or act (422, 409)
// is named. A fault of writ is a 500 whose details go only to the log.
func (s *Server) problem(ctx context.Context, err error) error {
	var ve *order.ValidationError
	if errors.As(err, &ve) {
		var details []error
		for _, p := range ve.Problems {
			details = append(details, &huma.ErrorDetail{Location: "body" + strings.ReplaceAll(p.Path, "/", "."), Message: p.Message})
		}
		return huma.Error422UnprocessableEntity("the order is not valid; nothing was stored", details...)
	}
	if status.Internal(err) {
		s.Log.ErrorContext(ctx, "internal error", "err", err)
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

// notFound is the answer for a case the caller may not know exists: the
// same as for a case that does not exist, so that the answer tells nothing.
func notFound(id string) error {
	return huma.Error404NotFound(fmt.Sprintf("case %s does not exist", id))
}

type caseIDPath struct {
	ID string `path:"id" maxLength:"64" pattern:"^[a-z0-9-]+$" doc:"The case's id, as writ case new printed it (c-...)."`
}

type showInput struct {
	ID  string `path:"id" maxLength:"64" pattern:"^[a-z0-9-]+$" doc:"The case's id, as writ case new printed it (c-...)."`
	Now string `query:"now" doc:"Evaluate the case as of the end of this day (YYYY-MM-DD, court time) or at this instant (RFC 3339). Default: now."`
}

type showOutput struct {
	Body CaseView
}

// CaseView is a case as the API shows it. For the applicant's counsel it
// holds only what counsel may see: status and dates, never who the account
// holders are nor what they wrote.
type CaseView struct {
	Case       string               `json:"case"`
	CaseNumber string               `json:"case_number"`
	Court      string               `json:"court"`
	Provider   string               `json:"provider"`
	Applicant  string               `json:"applicant"`
	AsOf       time.Time            `json:"as_of"`
	Duties     []matter.Duty        `json:"duties"`
	Windows    []matter.Window      `json:"windows"`
	Objections []matter.ContestView `json:"objections"`
	Motions    []matter.ContestView `json:"motions"`
	Gate       matter.Gate          `json:"gate"`
	// Incidents are acts the order, on what writ was told since, did not
	// allow (for staff and the court; never counsel).
	Incidents []matter.Incident `json:"incidents"`
	// Redacted is set when parts were withheld from the caller's role.
	Redacted bool `json:"redacted,omitempty"`
}

// caseView is a case's assessment as the API and the pages show it,
// before redact takes out what a role may not see.
func caseView(c *cases.Case, a *matter.Assessment) CaseView {
	return CaseView{Case: c.ID, CaseNumber: c.Order.CaseNumber, Court: c.Order.Court.ID, Provider: c.Order.Provider, Applicant: c.Order.Applicant,
		AsOf: a.AsOf, Duties: a.Duties, Windows: a.Windows, Objections: a.Objections, Motions: a.Motions, Gate: a.Gate, Incidents: a.Incidents}
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
	Events     int64  `json:"events"`
}

type createInput struct {
	IdempotencyKey string `header:"Idempotency-Key" maxLength:"200" doc:"A key that makes a retry of this request create the case once."`
	RawBody        []byte
}

type createOutput struct {
	Body struct {
		Case string `json:"case"`
	}
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
	Body []store.Event
}

func (s *Server) registerAPI(api huma.API) {
	secured := []map[string][]string{{"session": {}}, {"bearer": {}}}

	huma.Register(api, huma.Operation{OperationID: "list-cases", Method: http.MethodGet, Path: "/api/v1/cases",
		Summary: "List the cases the caller may see", Security: secured}, s.listCases)
	huma.Register(api, huma.Operation{OperationID: "create-case", Method: http.MethodPost, Path: "/api/v1/cases",
		Summary: "Open a case from an order (JSON)", Security: secured, MaxBodyBytes: MaxBody, DefaultStatus: http.StatusCreated,
		RequestBody: &huma.RequestBody{Required: true, Description: "The order, as JSON: see /api/v1/schemas/order.schema.json and examples/orders/takagi-2022.json.",
			Content: map[string]*huma.MediaType{"application/json": {Schema: &huma.Schema{Type: huma.TypeObject, Description: "An order (order.schema.json)."}}}}}, s.createCase)
	huma.Register(api, huma.Operation{OperationID: "show-case", Method: http.MethodGet, Path: "/api/v1/cases/{id}",
		Summary: "A case's duties, windows, contests and gate, as of a moment", Security: secured}, s.showCase)
	huma.Register(api, huma.Operation{OperationID: "record-event", Method: http.MethodPost, Path: "/api/v1/cases/{id}/events",
		Summary: "Record an event, after checking it makes sense", Security: secured, MaxBodyBytes: MaxBody, DefaultStatus: http.StatusCreated}, s.recordEvent)
	huma.Register(api, huma.Operation{OperationID: "case-log", Method: http.MethodGet, Path: "/api/v1/cases/{id}/events",
		Summary: "A case's events with their hashes", Security: secured}, s.caseLog)
}

// actFor is the act of the policy that recording an event of a type is:
// rulings are the court's (or the staff's, when the ruling reached them),
// the acknowledgment of the use restriction is the applicant's counsel's,
// everything else the platform's staff's.
func actFor(t matter.Type) access.Act {
	switch t {
	case matter.Ruling:
		return access.RecordRuling
	case matter.UseAcknowledged:
		return access.AcknowledgeUse
	}
	return access.RecordEvent
}

// caseRef loads a case and checks the caller may see it at all; a case the
// caller may not see is answered as one that does not exist.
func (s *Server) caseRef(ctx context.Context, id string, act access.Act) (access.Principal, access.CaseRef, error) {
	p, _, ref, err := s.loadCase(ctx, id, act)
	return p, ref, err
}

// loadCase is caseRef that also returns the case it loaded, for the
// handlers that go on to use it.
func (s *Server) loadCase(ctx context.Context, id string, act access.Act) (access.Principal, *cases.Case, access.CaseRef, error) {
	p, ok := principalFrom(ctx)
	if !ok {
		return p, nil, access.CaseRef{}, huma.Error401Unauthorized("sign in first")
	}
	c, err := s.Cases.Load(ctx, id)
	if fault.Is(err, fault.NotFound) {
		return p, nil, access.CaseRef{}, notFound(id)
	}
	if err != nil {
		return p, nil, access.CaseRef{}, s.problem(ctx, err)
	}
	ref := access.CaseRef{ID: c.ID, Provider: c.Order.Provider}
	if !access.Can(p, access.ViewCaseStatus, ref) {
		return p, nil, ref, notFound(id)
	}
	if !access.Can(p, act, ref) {
		return p, nil, ref, huma.Error403Forbidden("your role may not do this on this case")
	}
	return p, c, ref, nil
}

func (s *Server) listCases(ctx context.Context, _ *struct{}) (*listOutput, error) {
	p, ok := principalFrom(ctx)
	if !ok {
		return nil, huma.Error401Unauthorized("sign in first")
	}
	all, err := s.Cases.Store.Cases(ctx)
	if err != nil {
		return nil, s.problem(ctx, err)
	}
	out := &listOutput{Body: []CaseSummary{}}
	for _, sc := range all {
		c, a, err := s.Cases.Assess(ctx, sc.ID, s.Now())
		if err != nil {
			return nil, s.problem(ctx, err)
		}
		if !access.Can(p, access.ViewCaseStatus, access.CaseRef{ID: c.ID, Provider: c.Order.Provider}) {
			continue
		}
		out.Body = append(out.Body, CaseSummary{c.ID, c.Order.CaseNumber, c.Order.Court.ID, c.Order.Provider, a.Gate.Open, c.Seq})
	}
	return out, nil
}

func (s *Server) createCase(ctx context.Context, in *createInput) (*createOutput, error) {
	p, ok := principalFrom(ctx)
	if !ok {
		return nil, huma.Error401Unauthorized("sign in first")
	}
	o, err := order.Parse(in.RawBody)
	if err != nil {
		return nil, s.problem(ctx, err)
	}
	if !access.Can(p, access.CreateCase, access.CaseRef{Provider: o.Provider}) {
		return nil, huma.Error403Forbidden("only the platform's staff open cases, for their own platform")
	}
	c, err := s.Cases.Open(ctx, in.RawBody, in.IdempotencyKey, p.Actor())
	if err != nil {
		return nil, s.problem(ctx, err)
	}
	out := &createOutput{}
	out.Body.Case = c.ID
	return out, nil
}

func (s *Server) showCase(ctx context.Context, in *showInput) (*showOutput, error) {
	p, c, ref, err := s.loadCase(ctx, in.ID, access.ViewCaseStatus)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	if in.Now != "" {
		if now, err = moment(in.Now, c.Calendar.Location, true); err != nil {
			return nil, huma.Error422UnprocessableEntity("now: "+err.Error(), &huma.ErrorDetail{Location: "query.now", Message: err.Error(), Value: in.Now})
		}
	}
	a, err := matter.Assess(c.Events, c.Calendar, now)
	if err != nil {
		return nil, s.problem(ctx, err)
	}
	v := caseView(c, a)
	if !access.Can(p, access.ViewObjectionText, ref) {
		v = redact(v)
	}
	return &showOutput{Body: v}, nil
}

// redact keeps of a case what the applicant's counsel may see (invariant
// 3): the applicant's own duties, and whether the gate is open. The
// platform's duties are withheld, because their triggers tell when each
// notice went out and whether, and when, an objection came in; so are the
// windows, the contests and the gate's reasons, which name accounts.
func redact(v CaseView) CaseView {
	out := CaseView{Case: v.Case, CaseNumber: v.CaseNumber, Court: v.Court, Provider: v.Provider, Applicant: v.Applicant, AsOf: v.AsOf,
		Duties: []matter.Duty{}, Windows: []matter.Window{}, Objections: []matter.ContestView{}, Motions: []matter.ContestView{},
		Incidents: []matter.Incident{}, Redacted: true}
	for _, d := range v.Duties {
		if d.Party != order.Applicant {
			continue
		}
		out.Duties = append(out.Duties, matter.Duty{ID: d.Condition, Condition: d.Condition, Party: d.Party, Act: d.Act,
			TriggerEvent: d.TriggerEvent, Trigger: d.Trigger, Due: d.Due, CalendarDue: d.CalendarDue, DueFederalOnly: d.DueFederalOnly, DueLatest: d.DueLatest,
			Status: d.Status, Rule: d.Rule, Steps: d.Steps, Text: d.Text})
	}
	out.Gate = matter.Gate{Open: v.Gate.Open, Reasons: []string{}, Accounts: []matter.AccountGate{}}
	if !v.Gate.Open {
		out.Gate.Reasons = []string{"The order does not allow disclosure yet: the account holders' time to contest has not run out, or a contest is before the court."}
	}
	return out
}

func (s *Server) recordEvent(ctx context.Context, in *recordInput) (*recordOutput, error) {
	typ, err := cases.ParseType(in.Body.Type)
	if err != nil {
		return nil, s.problem(ctx, err)
	}
	p, c, _, err := s.loadCase(ctx, in.ID, actFor(typ))
	if err != nil {
		return nil, err
	}
	e, err := cases.Decode(c, in.Body, s.Now())
	if err != nil {
		return nil, s.problem(ctx, err)
	}
	e.Actor = p.Actor()
	se, err := s.Cases.Record(ctx, in.ID, e, in.IdempotencyKey)
	if err != nil {
		return nil, s.problem(ctx, err)
	}
	return &recordOutput{Body: se}, nil
}

func (s *Server) caseLog(ctx context.Context, in *caseIDPath) (*logOutput, error) {
	p, _, err := s.caseRef(ctx, in.ID, access.ViewAudit)
	if err != nil {
		return nil, err
	}
	if err := s.seen(ctx, p, in.ID, "api:case-log", store.SeenEventLog); err != nil {
		return nil, s.problem(ctx, err)
	}
	evs, err := s.Cases.Store.Events(ctx, in.ID)
	if err != nil {
		return nil, s.problem(ctx, err)
	}
	if evs == nil {
		evs = []store.Event{}
	}
	return &logOutput{Body: evs}, nil
}

// moment reads a day or an instant, as every way into writ does
// (cases.ParseMoment).
func moment(s string, loc *time.Location, endOfDay bool) (time.Time, error) {
	return cases.ParseMoment(s, loc, endOfDay)
}
