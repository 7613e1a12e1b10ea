package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io"
	"mime/multipart"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/notice"
	"github.com/writ-project/writ/internal/store"
)

// The account holder's portal: the page a notice's link opens, for that one
// account alone. It shows the notice (the order, what is sought about the
// account, the deadlines) with a countdown, and takes a written objection
// (with attachments) or word of a motion filed in court. The link's token
// is the only credential: the portal has no session, no cookie and no
// CSRF token, because a request without the token can do nothing.
//
// Limits of the portal.
const (
	// PortalMaxBody bounds a submission: the text and every attachment.
	PortalMaxBody = 8 << 20
	// PortalMaxFiles, PortalMaxFile: attachments per submission, and the
	// size of each.
	PortalMaxFiles = 3
	PortalMaxFile  = 2 << 20
	// PortalMaxText bounds the objection's text (in characters).
	PortalMaxText = 20000
	// PortalMaxFailures failed openings from one client within
	// PortalFailureWindow block it for the rest of the window: a token has
	// 256 bits, so this only keeps a guesser from hammering the database.
	PortalMaxFailures   = 10
	PortalFailureWindow = 15 * time.Minute
)

// portalTypes are the media types an attachment may have, as detected from
// its content (never as the browser claims).
var portalTypes = map[string]bool{"application/pdf": true, "image/png": true, "image/jpeg": true, "text/plain; charset=utf-8": true}

// ReceiptMailer e-mails an account holder the receipt of a submission, to
// the addresses the notice went to. The web layer knows no addresses.
type ReceiptMailer interface {
	MailReceipt(ctx context.Context, caseID, account string, r Receipt, lang notice.Lang) error
}

// Receipt is what the account holder is shown, and mailed, after a
// submission.
type Receipt struct {
	// Reference identifies the submission: the case, the objection's or
	// motion's ID and the first characters of the event's hash.
	Reference string
	Kind      string // "objection" or "motion"
	At        time.Time
	// Court is the time in the court's zone, in words.
	Court       string
	Docket      string
	Attachments []matter.Attachment
	Mailed      bool
}

//go:embed portal/*.html
var portalFiles embed.FS

var portalTemplate = template.Must(template.New("portal.html").Funcs(template.FuncMap{
	"day": func(d courttime.Date) string { return d.String() },
}).ParseFS(portalFiles, "portal/portal.html"))

// portalDeadline is one of the holder's deadlines with its countdown.
type portalDeadline struct {
	What    string
	Due     courttime.Date
	Weekday string
	// Court is the instant it closes in the court's zone, in words; Holder
	// the same instant in the holder's zone, or in the zone of the country
	// of the foreign proceedings when the holder's is unknown ("" when
	// neither is known, or it is the court's), HolderLabel saying which;
	// UTC the same in UTC.
	Court, Holder, HolderLabel, UTC string
	DaysLeft                        int
	// Over: the last day the holder was told (the court's reading) has
	// passed. The portal still takes a submission: the court decides
	// whether it counts.
	Over bool
}

// portalData is the portal page.
type portalData struct {
	Lang      string
	W         portalWords
	Other     string // the other language's code, for the switch
	OtherName string
	Token     string
	Account   string
	Notice    string
	Deadlines []portalDeadline
	// ZoneNote says why the deadlines are given in the time of the
	// country of the foreign proceedings; "" when the holder's zone is
	// known or there is no such country.
	ZoneNote string
	// Over: a deadline has passed (the page says what can still be done).
	Over    bool
	Error   string
	Text    string
	Docket  string
	Receipt *Receipt
	Refused string
}

// registerPortal adds the portal's routes.
func (s *Server) registerPortal(mux *http.ServeMux) {
	if s.portalAttempts == nil {
		s.portalAttempts = access.NewAttempts(PortalMaxFailures, PortalFailureWindow)
	}
	mux.HandleFunc("GET /portal/{token}", s.portalPage)
	mux.HandleFunc("POST /portal/{token}", s.portalSubmit)
	s.allowBody("POST /portal/{token}", PortalMaxBody)
}

// portalLang picks the page's language: ?lang=, else the browser's first
// choice between Japanese and English.
func portalLang(r *http.Request) notice.Lang {
	switch r.URL.Query().Get("lang") {
	case "ja":
		return notice.Japanese
	case "en":
		return notice.English
	}
	for _, part := range strings.Split(r.Header.Get("Accept-Language"), ",") {
		tag := strings.ToLower(strings.TrimSpace(strings.SplitN(part, ";", 2)[0]))
		switch {
		case strings.HasPrefix(tag, "ja"):
			return notice.Japanese
		case strings.HasPrefix(tag, "en"):
			return notice.English
		}
	}
	return notice.English
}

// portalOpen resolves the token of a portal request. Every way a token can
// fail (unknown, altered, expired, used) gets the same refusal, and counts
// against the client's allowance; past it, the client is refused for a
// while whatever it sends.
func (s *Server) portalOpen(w http.ResponseWriter, r *http.Request, lang notice.Lang) (store.PortalToken, *cases.Case, bool) {
	now := s.Now()
	client := clientKey(r)
	if until, blocked := s.portalAttempts.Blocked(now, client); blocked {
		secs := int(until.Sub(now).Seconds()) + 1
		w.Header().Set("Retry-After", strconv.Itoa(secs))
		s.portalRender(w, r, http.StatusTooManyRequests, portalData{Refused: wordsFor(lang).TooMany}, lang)
		return store.PortalToken{}, nil, false
	}
	refuse := func() {
		s.portalAttempts.Fail(now, client)
		s.portalRender(w, r, http.StatusNotFound, portalData{Refused: wordsFor(lang).Refused}, lang)
	}
	tokens, ok := store.TokensOf(s.Cases.Store)
	if !ok {
		refuse()
		return store.PortalToken{}, nil, false
	}
	tok, err := tokens.LookupToken(r.Context(), r.PathValue("token"), now)
	if errors.Is(err, store.ErrTokenRefused) || fault.Is(err, fault.Forbidden) {
		refuse()
		return store.PortalToken{}, nil, false
	}
	if err != nil {
		s.Log.ErrorContext(r.Context(), "portal: token lookup", "err", err)
		s.portalRender(w, r, http.StatusInternalServerError, portalData{Refused: wordsFor(lang).Internal}, lang)
		return store.PortalToken{}, nil, false
	}
	c, err := s.Cases.Load(r.Context(), tok.CaseID)
	if err != nil {
		s.Log.ErrorContext(r.Context(), "portal: case", "case_id", tok.CaseID, "err", err)
		s.portalRender(w, r, http.StatusInternalServerError, portalData{Refused: wordsFor(lang).Internal}, lang)
		return store.PortalToken{}, nil, false
	}
	return tok, c, true
}

// portalPage shows the portal to the holder of the token's account.
func (s *Server) portalPage(w http.ResponseWriter, r *http.Request) {
	lang := portalLang(r)
	tok, c, ok := s.portalOpen(w, r, lang)
	if !ok {
		return
	}
	d, err := s.portalView(c, tok, lang, r.PathValue("token"))
	if err != nil {
		s.Log.ErrorContext(r.Context(), "portal: page", "case_id", c.ID, "err", err)
		s.portalRender(w, r, http.StatusInternalServerError, portalData{Refused: wordsFor(lang).Internal}, lang)
		return
	}
	s.portalRender(w, r, http.StatusOK, d, lang)
}

// portalView gathers what the portal shows: the notice as it was given
// (or as it would be today, when none was recorded), and the deadlines
// of this account alone, as the case engine enforces them now.
func (s *Server) portalView(c *cases.Case, tok store.PortalToken, lang notice.Lang, token string) (portalData, error) {
	now := s.Now()
	w := wordsFor(lang)
	d := portalData{Lang: string(lang), W: w, Token: token, Account: tok.Account}
	d.Other, d.OtherName = "ja", "日本語"
	if lang == notice.Japanese {
		d.Other, d.OtherName = "en", "English"
	}
	st := matter.Apply(c.Events, now)
	given := tok.IssuedAt
	if acc := st.Accounts[tok.Account]; acc != nil && acc.Notice != nil {
		given = acc.Notice.Sent
	}
	// The holder's zone as the notice found it in the platform's records
	// (kept with the token: the portal cannot read them), so that the
	// notice shown here states the times of the notice sent.
	var holder *time.Location
	if tok.HolderZone != "" {
		if loc, err := time.LoadLocation(tok.HolderZone); err == nil {
			holder = loc
		}
	}
	facts, err := notice.Prepare(notice.Input{Events: c.Events, Calendar: c.Calendar, Account: tok.Account, At: given, HolderZone: holder})
	if err != nil {
		return d, err
	}
	tmpl := s.Notices
	if tmpl == nil {
		tmpl = notice.DefaultTemplates()
	}
	n, err := tmpl.Write(facts, lang)
	if err != nil {
		return d, err
	}
	d.Notice = n.Text
	windows, err := matter.Windows(st, c.Calendar, now)
	if err != nil {
		return d, err
	}
	today := courtToday(now, c.Calendar.Location)
	court := c.Calendar.Location
	for _, win := range windows {
		if win.Account != tok.Account || win.ClosesAt == nil {
			continue
		}
		// The holder is told the court's reading (Closes), never a later
		// day; the period ends at midnight in the court's zone (Fed. R.
		// Civ. P. 6(a)(4)(A)) and the other times are that same instant.
		end := *win.ClosesAt
		pd := portalDeadline{What: w.Kinds[string(win.Kind)], Due: win.Closes, Weekday: w.Weekdays[win.Closes.Weekday()],
			Court: notice.Until(end, court, lang), UTC: notice.Until(end, time.UTC, lang), DaysLeft: today.DaysUntil(win.Closes)}
		switch {
		case facts.HolderZone != nil && facts.HolderZone.String() != court.String():
			pd.Holder, pd.HolderLabel = notice.Until(end, facts.HolderZone, lang), w.YourTime
		case facts.Proceedings != nil:
			name := facts.Proceedings.Name(lang)
			pd.Holder, pd.HolderLabel = notice.Until(end, facts.Proceedings.Zone, lang), fmt.Sprintf(w.TimeIn, name)
			d.ZoneNote = fmt.Sprintf(w.ZoneGuessed, name)
		}
		// Over by the day the holder was told; a submission is taken all
		// the same (see portalSubmit).
		pd.Over = !now.Before(end)
		d.Over = d.Over || pd.Over
		d.Deadlines = append(d.Deadlines, pd)
	}
	return d, nil
}

// portalSubmit takes an objection, or word of a motion, from the holder of
// the token's account: it records the event (keyed by the token, so that a
// submission sent twice is stored once), uses the token up, and shows the
// receipt. It never refuses one because a window has closed: one that
// comes after the last day the holder was told may be timely on another
// reading of the calendar, and a late one is still recorded (marked so by
// the case engine), holds the gate and goes to the court, which decides
// whether to hear it.
func (s *Server) portalSubmit(w http.ResponseWriter, r *http.Request) {
	lang := portalLang(r)
	tok, c, ok := s.portalOpen(w, r, lang)
	if !ok {
		return
	}
	token := r.PathValue("token")
	words := wordsFor(lang)
	again := func(status int, msg string) {
		d, err := s.portalView(c, tok, lang, token)
		if err != nil {
			s.Log.ErrorContext(r.Context(), "portal: page", "case_id", c.ID, "err", err)
			s.portalRender(w, r, http.StatusInternalServerError, portalData{Refused: words.Internal}, lang)
			return
		}
		d.Error, d.Text, d.Docket = msg, r.PostFormValue("text"), r.PostFormValue("docket")
		s.portalRender(w, r, status, d, lang)
	}
	err := r.ParseMultipartForm(PortalMaxBody)
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
	now := s.Now()
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
	if utf8.RuneCountInString(text) > PortalMaxText || len(docket) > 200 || !utf8.ValidString(text+docket) || strings.ContainsRune(text+docket, 0) {
		again(http.StatusUnprocessableEntity, words.TooLong)
		return
	}
	var files []*multipart.FileHeader
	if r.MultipartForm != nil {
		files = r.MultipartForm.File["files"]
	}
	if len(files) > PortalMaxFiles {
		again(http.StatusUnprocessableEntity, words.TooManyFiles)
		return
	}
	var blobs [][]byte
	for _, fh := range files {
		if fh.Size == 0 && fh.Filename == "" {
			continue
		}
		b, err := readPart(fh)
		if err != nil || len(b) > PortalMaxFile {
			again(http.StatusRequestEntityTooLarge, words.TooLarge)
			return
		}
		typ := http.DetectContentType(b)
		if !portalTypes[typ] {
			again(http.StatusUnsupportedMediaType, words.BadType)
			return
		}
		sum := sha256.Sum256(b)
		e.Attachments = append(e.Attachments, matter.Attachment{Name: cleanName(fh.Filename), Type: strings.SplitN(typ, ";", 2)[0],
			Size: int64(len(b)), SHA256: hex.EncodeToString(sum[:])})
		blobs = append(blobs, b)
	}
	for _, b := range blobs {
		if _, err := s.Cases.Store.PutBlob(r.Context(), c.ID, b); err != nil {
			s.Log.ErrorContext(r.Context(), "portal: attachment", "case_id", c.ID, "err", err)
			again(http.StatusInternalServerError, words.Internal)
			return
		}
	}
	stored, err := s.Cases.Record(r.Context(), c.ID, e, "portal-"+store.TokenHash(token))
	if err != nil {
		if fault.Is(err, fault.Conflict) {
			// This token's submission is already recorded (a second one,
			// sent at the same time, came first).
			s.portalRender(w, r, http.StatusConflict, portalData{Refused: words.Refused}, lang)
			return
		}
		s.Log.ErrorContext(r.Context(), "portal: record", "case_id", c.ID, "err", err)
		again(http.StatusInternalServerError, words.Internal)
		return
	}
	if tokens, ok := store.TokensOf(s.Cases.Store); ok {
		if _, err := tokens.RedeemToken(r.Context(), token, now); err != nil && !errors.Is(err, store.ErrTokenRefused) {
			s.Log.ErrorContext(r.Context(), "portal: redeem", "case_id", c.ID, "err", err)
		}
	}
	id := recordedID(stored)
	rc := &Receipt{Reference: fmt.Sprintf("%s/%s/%s", c.ID, id, stored.Hash[:8]), Kind: kind, At: stored.RecordedAt,
		Court: stored.RecordedAt.In(c.Calendar.Location).Format("2006-01-02 15:04 MST"), Docket: docket, Attachments: e.Attachments}
	if s.Receipts != nil {
		if err := s.Receipts.MailReceipt(r.Context(), c.ID, tok.Account, *rc, lang); err != nil {
			s.Log.WarnContext(r.Context(), "portal: receipt not mailed", "case_id", c.ID, "err", err)
		} else {
			rc.Mailed = true
		}
	}
	s.portalRender(w, r, http.StatusOK, portalData{Lang: string(lang), W: words, Account: tok.Account, Receipt: rc}, lang)
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
	return io.ReadAll(io.LimitReader(f, PortalMaxFile+1))
}

// cleanName keeps of a file's name what is safe to show and store: its
// last path element (either slash), without control characters, at most
// 100 characters; "attachment" when nothing is left.
func cleanName(name string) string {
	name = path.Base(strings.ReplaceAll(name, "\\", "/"))
	name = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '/' {
			return -1
		}
		return r
	}, name)
	name = strings.TrimSpace(name)
	if name == "." || name == ".." || name == "" {
		return "attachment"
	}
	if r := []rune(name); len(r) > 100 {
		name = string(r[:100])
	}
	return name
}

// portalRender writes the portal page.
func (s *Server) portalRender(w http.ResponseWriter, r *http.Request, status int, d portalData, lang notice.Lang) {
	d.Lang, d.W = string(lang), wordsFor(lang)
	var buf bytes.Buffer
	if err := portalTemplate.Execute(&buf, d); err != nil {
		s.Log.ErrorContext(r.Context(), "portal template", "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Language", string(lang))
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}
