package pages

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"sort"
	"strconv"
	"unicode/utf8"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/reader"
	"github.com/writ-project/writ/internal/web/upload"
)

// IntakeMaxBody bounds the intake's forms, which carry the court's
// document (upload.MaxOrder) back for confirmation, base64-encoded.
const IntakeMaxBody = 12 << 20

// intakeData is what the intake page shows: the text sent back after a
// refusal, every problem found, and the form's idempotency key.
type intakeData struct {
	Text     string
	Problems []order.Problem
	Key      string
}

// reviewData is the review of an order read from the court's document:
// the text with what was read highlighted, the proposed fields with their
// confidence, what needs a person, and the proposed order to correct.
type reviewData struct {
	Name     string
	Segments []segment
	Fields   []reviewField
	Needs    []reader.Need
	// OrderJSON is the proposed (or corrected) order, as JSON.
	OrderJSON string
	// Original is the document as sent, base64, carried to the
	// confirmation so that the very file is kept with the case.
	Original string
	Problems []order.Problem
	Key      string
}

// segment is a stretch of the source text; Mark is set on the stretches a
// value was read from, with the anchor of its field.
type segment struct {
	Text   string
	Mark   bool
	Anchor string
	Path   string
}

// reviewField is one proposed value and where it was read.
type reviewField struct {
	reader.Found
	Anchor string
	Low    bool
}

// mayTakeIn answers, and reports false for, someone whose role the policy
// does not let take in an order (each order is then checked against its
// provider: access.CreateCase).
func (s *Pages) mayTakeIn(w http.ResponseWriter, r *http.Request, p access.Principal) bool {
	if !access.Permits(p, access.CreateCase) {
		s.errorPage(w, r, &p, http.StatusForbidden, "Only the platform's staff take in orders.")
		return false
	}
	return true
}

// intakePage is the form through which staff take in an order.
func (s *Pages) intakePage(w http.ResponseWriter, r *http.Request, p access.Principal) {
	if !s.mayTakeIn(w, r, p) {
		return
	}
	s.render(w, r, http.StatusOK, "intake", page{Title: "Take in an order", Principal: &p, Data: intakeData{Key: formKey()}})
}

// intakeForm takes in an order. JSON opens the case at once (the whole
// order valid, or every problem shown and nothing stored); the court's
// document itself (text or PDF) is read, and the proposal shown for a
// person to check, correct and confirm.
func (s *Pages) intakeForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	if !s.mayTakeIn(w, r, p) {
		return
	}
	text := []byte(r.PostFormValue("order"))
	name := "order.txt"
	if f, h, err := r.FormFile("file"); err == nil {
		b, err := io.ReadAll(io.LimitReader(f, upload.MaxOrder+1))
		f.Close()
		if err == nil && len(b) > 0 {
			text, name = b, upload.CleanName(h.Filename)
		}
	}
	again := func(status int, msg string, problems []order.Problem) {
		s.render(w, r, status, "intake", page{Title: "Take in an order", Principal: &p, Message: msg,
			Data: intakeData{Text: truncateText(text), Problems: problems, Key: formKey()}})
	}
	switch trimmed := bytes.TrimSpace(text); {
	case len(text) > upload.MaxOrder:
		again(http.StatusRequestEntityTooLarge, "The file is larger than 8 MB.", nil)
		return
	case len(trimmed) == 0:
		again(http.StatusUnprocessableEntity, "Upload the order (JSON, text or PDF) or paste it.", nil)
		return
	case bytes.HasPrefix(trimmed, []byte("%PDF-")):
		if upload.ExtractPDF == nil {
			again(http.StatusUnsupportedMediaType, "This server cannot read PDFs; upload the order's text.", nil)
			return
		}
		src, err := upload.ExtractPDF(r.Context(), text)
		if err != nil {
			again(http.StatusUnprocessableEntity, upload.PDFProblem(err), nil)
			return
		}
		s.review(w, r, p, http.StatusOK, src, text, name, "", nil)
		return
	case trimmed[0] != '{':
		if !utf8.Valid(text) {
			again(http.StatusUnsupportedMediaType, "The file is neither JSON, nor text (UTF-8), nor a PDF.", nil)
			return
		}
		s.review(w, r, p, http.StatusOK, string(text), text, name, "", nil)
		return
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
	c, err := s.Cases.Open(r.Context(), text, r.PostFormValue("key"), p.Actor())
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	http.Redirect(w, r, "/cases/"+c.ID, http.StatusSeeOther)
}

// truncateText is what the intake form shows again of what was sent: the
// text, unless it is a PDF or too long to be worth showing.
func truncateText(b []byte) string {
	if bytes.HasPrefix(bytes.TrimSpace(b), []byte("%PDF-")) || len(b) > 500000 || !utf8.Valid(b) {
		return ""
	}
	return string(b)
}

// review reads src and shows the proposal beside the text. orderJSON,
// when set, is the order as the person corrected it (shown again with its
// problems); otherwise the reader's proposal.
func (s *Pages) review(w http.ResponseWriter, r *http.Request, p access.Principal, status int, src string, original []byte, name, orderJSON string, problems []order.Problem) {
	prop := reader.Read(src)
	d := reviewData{Name: name, Needs: prop.NeedsPerson, Original: base64.StdEncoding.EncodeToString(original), Problems: problems, Key: formKey()}
	if orderJSON == "" {
		b, _ := json.MarshalIndent(prop.Order, "", "  ")
		orderJSON = string(b)
	}
	d.OrderJSON = orderJSON
	type mark struct {
		from, to int
		anchor   string
		path     string
	}
	var marks []mark
	for i, f := range prop.Fields {
		rf := reviewField{Found: f, Anchor: "span-" + strconv.Itoa(i), Low: f.Confidence < 0.75}
		d.Fields = append(d.Fields, rf)
		if f.Span.EndOffset > f.Span.Offset && f.Span.EndOffset <= len(src) {
			marks = append(marks, mark{f.Span.Offset, f.Span.EndOffset, rf.Anchor, f.Path})
		}
	}
	sort.SliceStable(marks, func(i, j int) bool { return marks[i].from < marks[j].from })
	at := 0
	for _, m := range marks {
		if m.from < at {
			continue // overlaps the mark before: its field still links to the text before
		}
		if m.from > at {
			d.Segments = append(d.Segments, segment{Text: src[at:m.from]})
		}
		d.Segments = append(d.Segments, segment{Text: src[m.from:m.to], Mark: true, Anchor: m.anchor, Path: m.path})
		at = m.to
	}
	if at < len(src) {
		d.Segments = append(d.Segments, segment{Text: src[at:]})
	}
	s.render(w, r, status, "intake_review", page{Title: "Check the order read from " + name, Principal: &p, Data: d})
}

// intakeConfirm opens the case from the order as the person checked and
// corrected it, and keeps the court's document with it.
func (s *Pages) intakeConfirm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	if !s.mayTakeIn(w, r, p) {
		return
	}
	original, err := base64.StdEncoding.DecodeString(r.PostFormValue("original"))
	if err != nil || len(original) == 0 || len(original) > upload.MaxOrder {
		s.errorPage(w, r, &p, http.StatusUnprocessableEntity, "The court's document did not come back with the form; take the order in again.")
		return
	}
	name := upload.CleanName(r.PostFormValue("name"))
	src := string(original)
	if bytes.HasPrefix(bytes.TrimSpace(original), []byte("%PDF-")) {
		if upload.ExtractPDF == nil {
			s.errorPage(w, r, &p, http.StatusUnsupportedMediaType, "This server cannot read PDFs.")
			return
		}
		if src, err = upload.ExtractPDF(r.Context(), original); err != nil {
			s.errorPage(w, r, &p, http.StatusUnprocessableEntity, upload.PDFProblem(err))
			return
		}
	}
	text := r.PostFormValue("order")
	o, err := order.Parse([]byte(text))
	if err != nil {
		var ve *order.ValidationError
		problems := []order.Problem{{Path: "", Message: err.Error()}}
		if errors.As(err, &ve) {
			problems = ve.Problems
		}
		s.review(w, r, p, http.StatusUnprocessableEntity, src, original, name, text, problems)
		return
	}
	if err := access.Check(p, access.CreateCase, access.CaseRef{Provider: o.Provider}); err != nil {
		s.review(w, r, p, http.StatusForbidden, src, original, name, text, []order.Problem{{Path: "/provider", Message: "only the staff of " + o.Provider + " take in an order directed to it"}})
		return
	}
	key := r.PostFormValue("key")
	c, err := s.Cases.Open(r.Context(), []byte(text), key, p.Actor())
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	docKey := ""
	if key != "" {
		docKey = key + "-document"
	}
	// The document is kept with its event, in its transaction: a refused
	// event keeps no file.
	e := matter.Event{Type: matter.OrderDocument, Actor: p.Actor(), Digest: sha256Hex(original), Note: name}
	if _, err := s.Cases.RecordWith(r.Context(), c.ID, e, docKey, original); err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	http.Redirect(w, r, "/cases/"+c.ID, http.StatusSeeOther)
}
