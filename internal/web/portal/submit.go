package portal

import (
	"crypto/sha256"
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
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/upload"
)

// mediaTypes are the media types an attachment may have, as detected from
// its content (never as the browser claims).
var mediaTypes = map[string]bool{"application/pdf": true, "image/png": true, "image/jpeg": true, "text/plain; charset=utf-8": true}

// submit takes an objection, or word of a motion, from the holder of
// the token's account: it records the event (keyed by the token, so that a
// submission sent twice is stored once), uses the token up, and shows the
// receipt. It never refuses one because a window has closed: one that
// comes after the last day the holder was told may be timely on another
// reading of the calendar, and a late one is still recorded (marked so by
// the case engine), holds the gate and goes to the court, which decides
// whether to hear it.
func (p *Portal) submit(w http.ResponseWriter, r *http.Request) {
	lang := language(r)
	tok, c, ok := p.open(w, r, lang)
	if !ok {
		return
	}
	token := r.PathValue("token")
	words := wordsFor(lang)
	again := func(status int, msg string) {
		d, err := p.view(c, tok, lang, token)
		if err != nil {
			p.Log.ErrorContext(r.Context(), "portal: page", "case_id", c.ID, "err", err)
			p.render(w, r, http.StatusInternalServerError, pageData{Refused: words.Internal}, lang)
			return
		}
		d.Error, d.Text, d.Docket = msg, r.PostFormValue("text"), r.PostFormValue("docket")
		p.render(w, r, status, d, lang)
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
	var files []*multipart.FileHeader
	if r.MultipartForm != nil {
		files = r.MultipartForm.File["files"]
	}
	if len(files) > MaxFiles {
		again(http.StatusUnprocessableEntity, words.TooManyFiles)
		return
	}
	var blobs [][]byte
	for _, fh := range files {
		if fh.Size == 0 && fh.Filename == "" {
			continue
		}
		b, err := readPart(fh)
		if err != nil || len(b) > MaxFile {
			again(http.StatusRequestEntityTooLarge, words.TooLarge)
			return
		}
		typ := http.DetectContentType(b)
		if !mediaTypes[typ] {
			again(http.StatusUnsupportedMediaType, words.BadType)
			return
		}
		sum := sha256.Sum256(b)
		e.Attachments = append(e.Attachments, matter.Attachment{Name: upload.CleanName(fh.Filename), Type: strings.SplitN(typ, ";", 2)[0],
			Size: int64(len(b)), SHA256: hex.EncodeToString(sum[:])})
		blobs = append(blobs, b)
	}
	for _, b := range blobs {
		if _, err := p.Cases.Store.PutBlob(r.Context(), c.ID, b); err != nil {
			p.Log.ErrorContext(r.Context(), "portal: attachment", "case_id", c.ID, "err", err)
			again(http.StatusInternalServerError, words.Internal)
			return
		}
	}
	stored, err := p.Cases.Record(r.Context(), c.ID, e, "portal-"+store.TokenHash(token))
	if err != nil {
		if fault.Is(err, fault.Conflict) {
			// This token's submission is already recorded (a second one,
			// sent at the same time, came first).
			p.render(w, r, http.StatusConflict, pageData{Refused: words.Refused}, lang)
			return
		}
		p.Log.ErrorContext(r.Context(), "portal: record", "case_id", c.ID, "err", err)
		again(http.StatusInternalServerError, words.Internal)
		return
	}
	if p.Tokens != nil {
		if _, err := p.Tokens.RedeemToken(r.Context(), token, now); err != nil && !errors.Is(err, store.ErrTokenRefused) {
			p.Log.ErrorContext(r.Context(), "portal: redeem", "case_id", c.ID, "err", err)
		}
	}
	id := recordedID(stored)
	rc := &Receipt{Reference: fmt.Sprintf("%s/%s/%s", c.ID, id, stored.Hash[:8]), Kind: kind, At: stored.RecordedAt,
		Court: stored.RecordedAt.In(c.Calendar.Location).Format("2006-01-02 15:04 MST"), Docket: docket, Attachments: e.Attachments}
	if p.Receipts != nil {
		if err := p.Receipts.MailReceipt(r.Context(), c.ID, tok.Account, *rc, lang); err != nil {
			p.Log.WarnContext(r.Context(), "portal: receipt not mailed", "case_id", c.ID, "err", err)
		} else {
			rc.Mailed = true
		}
	}
	p.render(w, r, http.StatusOK, pageData{Lang: string(lang), W: words, Account: tok.Account, Receipt: rc}, lang)
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
