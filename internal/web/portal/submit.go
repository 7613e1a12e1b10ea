package portal

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/checkpoint"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/notice"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/proofs"
	"github.com/writ-project/writ/internal/web/status"
	"github.com/writ-project/writ/internal/web/upload"
)

// mediaTypes are the media types an attachment may have, as detected from
// its content (never as the browser claims).
var mediaTypes = map[string]bool{"application/pdf": true, "image/png": true, "image/jpeg": true, "text/plain; charset=utf-8": true}

// submit takes an objection, or word of a motion, from the holder of
// the token's account: it records the event with the files attached to it
// (keyed by the token, so that a submission sent twice is stored once),
// uses the token up, and shows the receipt. It never refuses one because a
// window has closed: one that comes after the last day the holder was told
// may be timely on another reading of the calendar, and a late one is
// still recorded (marked so by the case engine), holds the gate and goes
// to the court, which decides whether to hear it. What the case service
// refuses (a case closed) is answered with a page saying so, and keeps
// nothing: neither the event nor a file.
func (p *Portal) submit(w http.ResponseWriter, r *http.Request) {
	lang := language(r)
	tok, c, ok := p.open(w, r, lang)
	if !ok {
		return
	}
	token := r.PathValue("token")
	words := wordsFor(lang)
	again := func(code int, msg string) {
		d, err := p.view(c, tok, lang, token)
		if err != nil {
			p.Log.ErrorContext(r.Context(), "portal: page", "case_id", c.ID, "err", err)
			p.render(w, r, http.StatusInternalServerError, pageData{Refused: words.Internal}, lang)
			return
		}
		d.Error, d.Text, d.Docket, d.Seal = msg, r.PostFormValue("text"), r.PostFormValue("docket"), r.PostFormValue("seal") != ""
		p.render(w, r, code, d, lang)
	}
	err := r.ParseMultipartForm(MaxBody)
	if r.MultipartForm != nil {
		defer func() { _ = r.MultipartForm.RemoveAll() }()
	}
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			again(http.StatusRequestEntityTooLarge, words.TooLarge)
			return
		}
		if !errors.Is(err, http.ErrNotMultipart) {
			again(http.StatusBadRequest, words.BadForm)
			return
		}
	}
	kind := r.PostFormValue("kind")
	text := strings.TrimSpace(r.PostFormValue("text"))
	docket := strings.TrimSpace(r.PostFormValue("docket"))
	now := p.Now()
	// A closed case takes nothing: say so before any file is read.
	if _, closed := closedAt(c); closed {
		p.refuseClosed(w, r, c, tok, lang, kind)
		return
	}
	if r.PostFormValue("step") == "edit" {
		// Back from the review, to change it: the form again, filled in.
		again(http.StatusOK, "")
		return
	}
	e := matter.Event{At: now, Actor: "portal:" + store.TokenHash(token)[:16], Account: tok.Account, Note: text}
	switch kind {
	case "objection":
		if text == "" {
			again(http.StatusUnprocessableEntity, words.TextRequired)
			return
		}
		e.Type = matter.ObjectionReceived
	case "motion":
		if docket == "" {
			again(http.StatusUnprocessableEntity, words.DocketRequired)
			return
		}
		e.Type, e.By, e.Docket = matter.MotionFiled, "account_holder", docket
	default:
		again(http.StatusUnprocessableEntity, words.BadForm)
		return
	}
	if utf8.RuneCountInString(text) > MaxText || len(docket) > 200 || !utf8.ValidString(text+docket) || strings.ContainsRune(text+docket, 0) {
		again(http.StatusUnprocessableEntity, words.TooLong)
		return
	}
	e.SealRequested = kind == "objection" && r.PostFormValue("seal") != ""
	sent, err := p.files(r)
	if err != nil {
		var ue *unsent
		if errors.As(err, &ue) {
			again(ue.code, ue.words(words))
			return
		}
		again(http.StatusBadRequest, words.BadForm)
		return
	}
	var blobs [][]byte
	for _, f := range sent {
		typ := http.DetectContentType(f.data)
		if !mediaTypes[typ] {
			again(http.StatusUnsupportedMediaType, words.BadType)
			return
		}
		sum := sha256.Sum256(f.data)
		e.Attachments = append(e.Attachments, matter.Attachment{Name: upload.CleanName(f.name), Type: strings.SplitN(typ, ";", 2)[0],
			Size: int64(len(f.data)), SHA256: hex.EncodeToString(sum[:])})
		blobs = append(blobs, f.data)
	}
	if r.PostFormValue("step") == "review" {
		// Nothing is recorded or kept: the page shows what would be sent,
		// and carries it, files included, to the button that sends it.
		d, err := p.view(c, tok, lang, token)
		if err != nil {
			p.Log.ErrorContext(r.Context(), "portal: page", "case_id", c.ID, "err", err)
			p.render(w, r, http.StatusInternalServerError, pageData{Refused: words.Internal}, lang)
			return
		}
		rv := &review{Kind: kind, Text: text, Docket: docket, Seal: e.SealRequested}
		for i, a := range e.Attachments {
			rv.Files = append(rv.Files, reviewFile{Attachment: a, Data: base64.StdEncoding.EncodeToString(blobs[i])})
		}
		d.Review, d.Text, d.Docket = rv, text, docket
		p.render(w, r, http.StatusOK, d, lang)
		return
	}
	stored, err := p.record(r, c.ID, e, "portal-"+store.TokenHash(token), blobs)
	var ferr *fault.Error
	switch {
	case err == nil:
	case errors.As(err, &ferr) && ferr.Field == "idempotency_key":
		// This link's submission is already recorded (another, sent at
		// the same time, came first): the link is used.
		p.Log.InfoContext(r.Context(), "portal: submission refused", "case_id", c.ID, "kind", kind, "code", "link_used")
		p.render(w, r, http.StatusConflict, pageData{Refused: words.Refused}, lang)
		return
	case fault.Is(err, fault.Conflict):
		p.Log.WarnContext(r.Context(), "portal: submission refused", "case_id", c.ID, "kind", kind, "code", fault.Conflict)
		again(http.StatusConflict, words.Busy)
		return
	case status.Internal(err):
		p.Log.ErrorContext(r.Context(), "portal: record", "case_id", c.ID, "err", err)
		again(http.StatusInternalServerError, words.Internal)
		return
	default:
		// The case engine refused it. Its message is for staff, and may
		// name the account: only its code goes to the log.
		field := ""
		if ferr != nil {
			field = ferr.Field
		}
		if latest, lerr := p.Cases.Load(r.Context(), c.ID); lerr == nil {
			if _, closed := closedAt(latest); closed {
				p.refuseClosed(w, r, latest, tok, lang, kind)
				return
			}
		}
		p.Log.WarnContext(r.Context(), "portal: submission refused", "case_id", c.ID, "kind", kind, "code", fault.CodeOf(err), "field", field)
		again(status.Of(err), words.NotTaken)
		return
	}
	if p.Tokens != nil {
		if _, err := p.Tokens.RedeemToken(r.Context(), token, now); err != nil && !errors.Is(err, store.ErrTokenRefused) {
			p.Log.ErrorContext(r.Context(), "portal: redeem", "case_id", c.ID, "err", err)
		}
	}
	id := recordedID(stored)
	rc := &Receipt{Reference: fmt.Sprintf("%s/%s/%s", c.ID, id, stored.Hash[:8]), Kind: kind, At: stored.RecordedAt,
		Court: stored.RecordedAt.In(c.Calendar.Location).Format("2006-01-02 15:04 MST"), Docket: docket, Attachments: e.Attachments,
		Text: text, SealRequested: e.SealRequested}
	// Its place in writ's log, for the proof the holder may later check.
	if lt, ok := store.LogTreeOf(p.Cases.Store); ok {
		if _, idx, err := lt.Leaf(r.Context(), checkpoint.KindEvent, c.ID, stored.Seq); err == nil {
			rc.Logged, rc.LogIndex = true, idx
			if p.LogProofs {
				base := p.LogBase
				if base == "" {
					base = p.PublicURL
				}
				base = strings.TrimRight(base, "/")
				rc.ProofURL, rc.KeyURL = base+proofs.Path(c.ID, stored.Seq, stored.Hash), base+"/log/key"
			}
		} else {
			p.Log.WarnContext(r.Context(), "portal: the submission's place in the log", "case_id", c.ID, "err", err)
		}
	}
	if p.Receipts != nil {
		if err := p.Receipts.MailReceipt(r.Context(), c.ID, tok.Account, *rc, lang); err != nil {
			p.Log.WarnContext(r.Context(), "portal: receipt not mailed", "case_id", c.ID, "err", err)
		} else {
			rc.Mailed = true
		}
	}
	p.render(w, r, http.StatusOK, pageData{Lang: string(lang), W: words, Account: tok.Account, Receipt: rc, Brand: brand(c)}, lang)
}

// review is a submission shown to its sender before it is sent.
type review struct {
	Kind, Text, Docket string
	Seal               bool
	Files              []reviewFile
}

// reviewFile is an attachment under review: what the holder is shown,
// and its content, carried in the page's form to the button that sends it
// (nothing is kept until then).
type reviewFile struct {
	matter.Attachment
	Data string // base64
}

// sentFile is an attachment as sent: its name and content.
type sentFile struct {
	name string
	data []byte
}

// unsent is a submission's files refused: the status and the words that
// say why.
type unsent struct {
	code  int
	words func(wording) string
}

func (u *unsent) Error() string { return fmt.Sprintf("attachments refused (%d)", u.code) }

// files reads a submission's attachments: chosen in the form ("files"),
// or carried by the review page (file_name, file_data and file_sha256,
// one of each per file), whose content must still have the SHA-256 the
// holder was shown.
func (p *Portal) files(r *http.Request) ([]sentFile, error) {
	var out []sentFile
	if r.MultipartForm == nil {
		return nil, nil
	}
	for _, fh := range r.MultipartForm.File["files"] {
		if fh.Size == 0 && fh.Filename == "" {
			continue
		}
		b, err := readPart(fh)
		if err != nil || len(b) > MaxFile {
			return nil, &unsent{http.StatusRequestEntityTooLarge, func(w wording) string { return w.TooLarge }}
		}
		out = append(out, sentFile{fh.Filename, b})
	}
	v := r.MultipartForm.Value
	names, data, sums := v["file_name"], v["file_data"], v["file_sha256"]
	if len(names) != len(data) || len(names) != len(sums) {
		return nil, &unsent{http.StatusBadRequest, func(w wording) string { return w.BadForm }}
	}
	for i := range names {
		b, err := base64.StdEncoding.DecodeString(data[i])
		if err != nil || len(b) > MaxFile {
			return nil, &unsent{http.StatusUnprocessableEntity, func(w wording) string { return w.FileChanged }}
		}
		if sum := sha256.Sum256(b); hex.EncodeToString(sum[:]) != sums[i] {
			return nil, &unsent{http.StatusUnprocessableEntity, func(w wording) string { return w.FileChanged }}
		}
		out = append(out, sentFile{names[i], b})
	}
	if len(out) > MaxFiles {
		return nil, &unsent{http.StatusUnprocessableEntity, func(w wording) string { return w.TooManyFiles }}
	}
	return out, nil
}

// recordTries is how many times record tries an event whose case another
// writer changed meanwhile.
const recordTries = 3

// record records the holder's event with the files it names, in one
// transaction (cases.RecordWith), so that a refused event keeps no file.
// The record expects the case as it was read; when another writer (staff,
// another holder) added an event in between, it is tried again on the case
// as it now stands, where the case engine decides afresh (and the same
// submission sent twice meets its own idempotency key).
func (p *Portal) record(r *http.Request, caseID string, e matter.Event, key string, blobs [][]byte) (store.Event, error) {
	var err error
	for range recordTries {
		var se store.Event
		if se, err = p.Cases.RecordWith(r.Context(), caseID, e, key, blobs...); !fault.Is(err, fault.Conflict) {
			return se, err
		}
	}
	return store.Event{}, err
}

// refuseClosed answers a submission to a closed case with the case's page as it
// now stands: that it is closed, that nothing was recorded and no file
// kept, and what the holder wrote, to keep. The log says why, with the
// case and the kind of submission, and nothing of the person.
func (p *Portal) refuseClosed(w http.ResponseWriter, r *http.Request, c *cases.Case, tok store.PortalToken, lang notice.Lang, kind string) {
	p.Log.InfoContext(r.Context(), "portal: submission refused", "case_id", c.ID, "kind", kind, "code", "case_closed")
	d, err := p.view(c, tok, lang, r.PathValue("token"))
	if err != nil {
		p.Log.ErrorContext(r.Context(), "portal: page", "case_id", c.ID, "err", err)
		p.render(w, r, http.StatusInternalServerError, pageData{Refused: wordsFor(lang).Internal}, lang)
		return
	}
	d.Error, d.Text = wordsFor(lang).NotRecorded, strings.TrimSpace(r.PostFormValue("text"))
	p.render(w, r, http.StatusConflict, d, lang)
}

// recordedID is the ID the case engine gave the objection or motion just
// recorded, or its place in the log when it has none.
func recordedID(se store.Event) string {
	if e, err := cases.EventOf(se); err == nil && e.ID != "" {
		return e.ID
	}
	return strconv.FormatInt(se.Seq, 10)
}

// readPart reads an uploaded file, at most one byte more than allowed.
func readPart(fh *multipart.FileHeader) ([]byte, error) {
	f, err := fh.Open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, MaxFile+1))
}
