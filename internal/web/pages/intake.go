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
	"strings"
	"unicode/utf8"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/reader"
	"github.com/writ-project/writ/internal/store"
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
	// Existing are the cases already open for the order sent; it opens
	// another only when the person ticks the box that says so.
	Existing []store.Case
}

// reviewData is the review of an order read from the court's document:
// the text with what was read highlighted, and the order as a form, each
// field beside the passage it was read from with the reader's confidence,
// and a mark where a person must decide.
type reviewData struct {
	Name     string
	Segments []segment
	// Order is the proposed order, or the order as the person has
	// corrected it so far.
	Order order.Order
	// Original is the document as sent, base64, carried to the
	// confirmation so that the very file is kept with the case.
	Original string
	Problems []order.Problem
	Key      string
	// Existing are the cases already open for this order (same court, case
	// number and platform); confirming opens another only when the person
	// says so (Again).
	Existing []store.Case
	Again    bool

	src    string
	fields []reader.Found
	needs  []reader.Need
	anchor map[int]string // index in fields -> the anchor of its mark
}

// segment is a stretch of the source text; Mark is set on the stretches a
// value was read from, with the anchor of its field.
type segment struct {
	Text   string
	Mark   bool
	Anchor string
	Title  string
}

// source is where a field's value was read, as the form shows it beside
// the field.
type source struct {
	Anchor  string
	Excerpt string
	Percent int
	// Low marks a value the reader is unsure of: a person checks it first.
	Low bool
	// Changed is set when the field no longer holds the value read.
	Changed bool
}

// Src is where the value at path (a pointer into the order) was read, when
// it was; value is the field's value now, to say when a person changed it.
func (d reviewData) Src(path, value string) *source {
	var changed *source
	for i, f := range d.fields {
		if f.Path != "/order"+path {
			continue
		}
		if strings.TrimSpace(f.Value) != strings.TrimSpace(value) {
			changed = &source{Changed: true}
			continue
		}
		s := &source{Anchor: d.anchor[i], Percent: int(f.Confidence*100 + 0.5), Low: f.Confidence < 0.75}
		if f.Span.EndOffset > f.Span.Offset && f.Span.EndOffset <= len(d.src) {
			s.Excerpt = excerpt(d.src[f.Span.Offset:f.Span.EndOffset])
		}
		return s
	}
	return changed
}

// Need is why a person must decide the value at path, or "".
func (d reviewData) Need(path string) string {
	var why []string
	for _, n := range d.needs {
		if n.Path == "/order"+path {
			why = append(why, n.Why)
		}
	}
	return strings.Join(why, "; ")
}

// Categories, Denied and Excluded are the checkboxes of a request's
// categories, the denied categories and the excluded fields.
func (d reviewData) Categories(c []order.Category) []checkbox { return categoryBoxes(c) }

// Denied: see Categories.
func (d reviewData) Denied() []checkbox { return categoryBoxes(d.Order.DeniedCategories) }

// Excluded: see Categories.
func (d reviewData) Excluded() []checkbox { return fieldBoxes(d.Order.ExcludedFields) }

// Choices are the options of the select named name.
func (d reviewData) Choices(name string) []choice { return choices[name] }

// Ref is what a bound is, as the form names it.
func (d reviewData) Ref(b *order.Bound) string { return boundRef(b) }

// Courts are the court calendars writ counts on.
func (d reviewData) Courts() []string { return courttime.Courts() }

// excerpt is the start of a passage, short enough to stand beside a field.
func excerpt(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 140 {
		return string(r[:137]) + "…"
	}
	return s
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

// intakeForm takes in the court's document (its text, or the text layer
// of its PDF): it is read, and the proposal shown as a form for a person
// to check, correct and confirm. An order written as JSON is not taken
// here (issue 15: no JSON for staff); the API and the command line take
// it, and the page says so.
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
	again := func(status int, msg string) {
		s.render(w, r, status, "intake", page{Title: "Take in an order", Principal: &p, Message: msg,
			Data: intakeData{Text: truncateText(text), Key: formKey()}})
	}
	switch trimmed := bytes.TrimSpace(text); {
	case len(text) > upload.MaxOrder:
		again(http.StatusRequestEntityTooLarge, "The file is larger than 8 MB.")
	case len(trimmed) == 0:
		again(http.StatusUnprocessableEntity, "Upload the court's order (PDF or text) or paste its text.")
	case bytes.HasPrefix(trimmed, []byte("%PDF-")):
		if upload.ExtractPDF == nil {
			again(http.StatusUnsupportedMediaType, "This server cannot read PDFs; upload the order's text.")
			return
		}
		src, err := upload.ExtractPDF(r.Context(), text)
		if err != nil {
			again(http.StatusUnprocessableEntity, upload.PDFProblem(err))
			return
		}
		s.review(w, r, p, http.StatusOK, src, text, name, nil, nil, false)
	case trimmed[0] == '{':
		again(http.StatusUnsupportedMediaType, "This page takes the court's document (its PDF or text), which writ reads and shows as a form to check, "+
			"not an order written as JSON. A program takes such an order in through the API (POST /api/v1/cases), a person at the command line with writ case new.")
	case !utf8.Valid(text):
		again(http.StatusUnsupportedMediaType, "The file is neither text (UTF-8) nor a PDF.")
	default:
		s.review(w, r, p, http.StatusOK, string(text), text, name, nil, nil, false)
	}
}

// truncateText is what the intake form shows again of what was sent: the
// text, unless it is a PDF or too long to be worth showing.
func truncateText(b []byte) string {
	if bytes.HasPrefix(bytes.TrimSpace(b), []byte("%PDF-")) || len(b) > 500000 || !utf8.Valid(b) {
		return ""
	}
	return string(b)
}

// review reads src and shows the proposal beside the text as a form. o,
// when set, is the order as the person has corrected it so far (shown
// again with its problems); otherwise the reader's proposal.
func (s *Pages) review(w http.ResponseWriter, r *http.Request, p access.Principal, status int, src string, original []byte, name string, o *order.Order, problems []order.Problem, again bool) {
	prop := reader.Read(src)
	d := reviewData{Name: name, Original: base64.StdEncoding.EncodeToString(original), Problems: problems, Key: formKey(), Again: again,
		src: src, fields: prop.Fields, needs: prop.NeedsPerson, anchor: map[int]string{}}
	if o == nil {
		o = &prop.Order
	}
	d.Order = *o
	existing, err := s.Cases.OpenAlready(r.Context(), o)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	d.Existing = existing
	type mark struct {
		from, to int
		anchor   string
		title    string
	}
	var marks []mark
	for i, f := range prop.Fields {
		if f.Span.EndOffset > f.Span.Offset && f.Span.EndOffset <= len(src) {
			d.anchor[i] = "span-" + strconv.Itoa(i)
			marks = append(marks, mark{f.Span.Offset, f.Span.EndOffset, d.anchor[i], humanPath(pageLanguage(r), f.Path)})
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
		d.Segments = append(d.Segments, segment{Text: src[m.from:m.to], Mark: true, Anchor: m.anchor, Title: m.title})
		at = m.to
	}
	if at < len(src) {
		d.Segments = append(d.Segments, segment{Text: src[at:]})
	}
	s.render(w, r, status, "intake_review", page{Title: "Check the order read from " + name, Principal: &p, Data: d})
}

// intakeConfirm opens the case from the order as the person checked and
// corrected it in the form, and keeps the court's document with it. A
// list's add or remove button, or the check button, shows the form again
// with the change made and nothing stored. An order already open (same
// court, case number and platform) opens a second case only when the
// person ticks the box that says so.
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
	again := r.PostFormValue("again") == "yes"
	// The order is built from the form's fields alone: no JSON is read
	// here (the API takes an order as JSON).
	formOrder, problems := orderFromForm(r.PostForm)
	shown := &formOrder
	if edit := r.PostFormValue("edit"); edit != "" {
		editList(shown, edit)
		s.review(w, r, p, http.StatusOK, src, original, name, shown, nil, again)
		return
	}
	if len(problems) > 0 {
		s.review(w, r, p, http.StatusUnprocessableEntity, src, original, name, shown, problems, again)
		return
	}
	text, err := json.Marshal(formOrder)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	o, err := order.Parse(text)
	if err != nil {
		var ve *order.ValidationError
		problems := []order.Problem{{Path: "", Message: err.Error()}}
		if errors.As(err, &ve) {
			problems = ve.Problems
		}
		s.review(w, r, p, http.StatusUnprocessableEntity, src, original, name, shown, problems, again)
		return
	}
	if err := access.Check(p, access.CreateCase, access.CaseRef{Provider: o.Provider}); err != nil {
		s.review(w, r, p, http.StatusForbidden, src, original, name, o, []order.Problem{{Path: "/provider", Message: sentence(pageLanguage(r), "pages.messages.only_staff_of", o.Provider)}}, again)
		return
	}
	if r.PostFormValue("check") != "" {
		s.review(w, r, p, http.StatusOK, src, original, name, o, nil, again)
		return
	}
	if existing, err := s.Cases.OpenAlready(r.Context(), o); err != nil {
		s.pageFault(w, r, p, err)
		return
	} else if len(existing) > 0 && !again {
		s.review(w, r, p, http.StatusConflict, src, original, name, o, nil, again)
		return
	}
	key := r.PostFormValue("key")
	c, err := s.Cases.Open(r.Context(), text, key, p.Actor())
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

// Inc counts from 1, as a person counts.
func (d reviewData) Inc(i int) int { return i + 1 }

// Join writes a list as the reader writes the value it read.
func (d reviewData) Join(v any) string {
	var s []string
	switch v := v.(type) {
	case []order.Category:
		for _, c := range v {
			s = append(s, string(c))
		}
	case []string:
		return strings.Join(v, "; ")
	}
	return strings.Join(s, ", ")
}

// Window writes a period as the reader writes the value it read.
func (d reviewData) Window(w order.Window) string {
	if w.Kind != order.Range || w.From == nil || w.To == nil {
		return string(w.Kind)
	}
	return "from " + w.From.String() + " to " + w.To.String()
}
