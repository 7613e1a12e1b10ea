package web

import (
	"errors"
	"io"
	"net/http"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/order"
)

// intakeData is what the intake page shows: the text sent back after a
// refusal, every problem found, and the form's idempotency key.
type intakeData struct {
	Text     string
	Problems []order.Problem
	Key      string
}

// intakePage is the form through which staff take in an order.
func (s *Server) intakePage(w http.ResponseWriter, r *http.Request, p access.Principal) {
	if p.Role() != access.Staff {
		s.errorPage(w, r, &p, http.StatusForbidden, "Only the platform's staff take in orders.")
		return
	}
	s.render(w, r, http.StatusOK, "intake", page{Title: "Take in an order", Principal: &p, Data: intakeData{Key: formKey()}})
}

// intakeForm opens a case from the order sent, for the staff of the
// order's platform only; an invalid order is shown again with every
// problem by its JSON path, and nothing is stored.
func (s *Server) intakeForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	text := []byte(r.PostFormValue("order"))
	if f, _, err := r.FormFile("file"); err == nil {
		b, err := io.ReadAll(io.LimitReader(f, MaxBody))
		f.Close()
		if err == nil && len(b) > 0 {
			text = b
		}
	}
	again := func(status int, msg string, problems []order.Problem) {
		s.render(w, r, status, "intake", page{Title: "Take in an order", Principal: &p, Message: msg,
			Data: intakeData{Text: string(text), Problems: problems, Key: formKey()}})
	}
	o, err := order.Parse(text)
	if err != nil {
		var ve *order.ValidationError
		if errors.As(err, &ve) {
			again(http.StatusUnprocessableEntity, "", ve.Problems)
			return
		}
		again(http.StatusUnprocessableEntity, err.Error(), nil)
		return
	}
	if err := access.Check(p, access.CreateCase, access.CaseRef{Provider: o.Provider}); err != nil {
		again(http.StatusForbidden, "Only the staff of "+o.Provider+" take in an order directed to it.", nil)
		return
	}
	c, err := s.Cases.Open(r.Context(), text, r.PostFormValue("key"))
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	http.Redirect(w, r, "/cases/"+c.ID, http.StatusSeeOther)
}
