package pages

import (
	"encoding/json"
	"errors"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/reader"
	"github.com/writ-project/writ/internal/web/casefile"
)

// formTypes are the events the case page's forms record.
var formTypes = []matter.Type{matter.SubpoenaServed, matter.NoticeSent, matter.NoticeDelivered, matter.NoticeFailed, matter.ObjectionReceived,
	matter.ObjectionWithdrawn, matter.MotionFiled, matter.MotionWithdrawn, matter.CourtAdvised, matter.Ruling, matter.UseAcknowledged, matter.Correction}

// formInput reads a case page's form into the one decoder's input.
func formInput(r *http.Request) cases.Input {
	in := cases.Input{Type: r.PostFormValue("type"), At: r.PostFormValue("at"), Account: r.PostFormValue("account"),
		Method: r.PostFormValue("method"), Outcome: r.PostFormValue("outcome"), Relief: r.PostFormValue("relief"),
		Scope: r.PostFormValue("scope"), Note: r.PostFormValue("note"), Docket: r.PostFormValue("docket"), By: r.PostFormValue("by"),
		Reason: r.PostFormValue("reason"), Strike: r.PostFormValue("strike") == "yes"}
	if on := r.PostFormValue("on"); on != "" {
		in.On = []string{on}
	}
	if o := strings.TrimSpace(r.PostFormValue("order")); o != "" && in.Outcome != "" {
		in.Order = json.RawMessage(o)
	}
	if v := r.PostFormValue("corrects"); v != "" {
		in.Corrects, _ = strconv.ParseInt(v, 10, 64)
	}
	switch r.PostFormValue("with_order") {
	case "yes":
		in.WithOrder = ptrBool(true)
	case "no":
		in.WithOrder = ptrBool(false)
	}
	switch r.PostFormValue("conforms") {
	case "yes":
		in.Conforms = ptrBool(true)
	case "no":
		in.Conforms = ptrBool(false)
	}
	return in
}

// recordForm records the event a case page's form sends, then goes back
// to the case page (post, redirect, get). A refusal shows the case page
// again with the reason.
func (s *Pages) recordForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	typ, _ := cases.ParseType(r.PostFormValue("type"))
	c, ref, ok := s.pageCase(w, r, p, casefile.RecordAct(typ))
	if !ok {
		return
	}
	fail := func(status int, msg string) { s.showCasePage(w, r, p, c, ref, status, msg) }
	if !slices.Contains(formTypes, typ) {
		fail(http.StatusUnprocessableEntity, "type: not an event these forms record")
		return
	}
	in := formInput(r)
	// A modifying ruling's scope comes as boxes of the scope in force left
	// ticked (scope_narrow.go), never as JSON typed on the page.
	if r.PostFormValue("outcome") == string(matter.Modified) || r.PostFormValue("relief") == string(matter.ReliefModify) {
		b, ok, err := narrowedOrder(matter.Apply(c.Events, s.Now()).Order, r.PostForm)
		if err != nil {
			s.pageFault(w, r, p, err)
			return
		}
		if ok {
			in.Order = b
		}
	}
	if typ == matter.SubpoenaServed && (in.WithOrder == nil || in.Conforms == nil) && strings.TrimSpace(r.PostFormValue("subpoena")) == "" {
		fail(http.StatusUnprocessableEntity, "Say whether the order was served with the subpoena and whether the subpoena conforms to the order, or give the subpoena's text to check.")
		return
	}
	if typ == matter.SubpoenaServed && in.WithOrder == nil {
		in.WithOrder = ptrBool(false)
	}
	e, err := cases.Decode(c, in, s.Now())
	if err != nil {
		s.formRefused(w, r, p, err)
		return
	}
	e.Actor = p.Actor()
	if typ == matter.CourtAdvised && len(e.On) == 1 {
		// Advising the court files the letter drafted for the objection.
		if st := matter.Apply(c.Events, time.Time{}); st.Contest(e.On[0]) != nil {
			e.Digest = st.Contest(e.On[0]).Letter
		}
	}
	var conformance *reader.Conformance
	var files [][]byte
	if typ == matter.SubpoenaServed {
		if text := strings.TrimSpace(r.PostFormValue("subpoena")); text != "" {
			cf := checkSubpoena(c, &e, text)
			conformance = &cf
			// The subpoena's text is kept with the service, in its
			// transaction: a refused service keeps no file.
			files = append(files, []byte(text))
		}
	}
	if _, err := s.Cases.RecordWith(r.Context(), c.ID, e, r.PostFormValue("key"), files...); err != nil {
		s.formRefused(w, r, p, err)
		return
	}
	if conformance != nil && !conformance.Conforms {
		// Say at once what is wrong with the subpoena as served.
		var msgs []string
		for _, pr := range conformance.Problems {
			msgs = append(msgs, pr.Message)
		}
		c, err := s.Cases.Load(r.Context(), c.ID)
		if err != nil {
			s.pageFault(w, r, p, err)
			return
		}
		s.showCasePage(w, r, p, c, ref, http.StatusOK, "Service recorded. The subpoena does not conform to the order: "+strings.Join(msgs, " "))
		return
	}
	http.Redirect(w, r, "/cases/"+c.ID, http.StatusSeeOther)
}

// fieldMessage is an error's message for a person, led by the field at
// fault when there is one ("at: ...").
func fieldMessage(err error) string {
	var fe *fault.Error
	if errors.As(err, &fe) && fe.Field != "" && !strings.HasPrefix(fe.Message, fe.Field) {
		return fe.Field + ": " + fe.Message
	}
	var ve *order.ValidationError
	if errors.As(err, &ve) {
		return "order: " + ve.Error()
	}
	return fault.Message(err)
}

// checkSubpoena decides from the subpoena's own words, not a checkbox,
// whether the subpoena whose service e records conforms to the order, and
// whether the order went with it (attached or enclosed); it puts what does
// not conform in e's note, and names the text (its SHA-256), which the
// caller keeps with the event.
func checkSubpoena(c *cases.Case, e *matter.Event, text string) reader.Conformance {
	st := matter.Apply(c.Events, time.Time{})
	cf := reader.CheckSubpoena(text, st.Order, *e.WithOrder)
	served := *e.WithOrder
	var problems []string
	for _, pr := range cf.Problems {
		if pr.Code == "order_not_served" {
			continue
		}
		problems = append(problems, pr.Message)
	}
	if !served {
		served = !slices.ContainsFunc(cf.Problems, func(pr reader.Problem) bool { return pr.Code == "order_not_served" })
	}
	e.Conforms, e.WithOrder = ptrBool(cf.Conforms), ptrBool(served)
	e.Note = strings.TrimSpace(strings.Join(append(problems, e.Note), " "))
	e.Digest = sha256Hex([]byte(text))
	return cf
}

func ptrBool(b bool) *bool { return &b }
