package portal

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"math"
	"net/http"
	"strconv"
	"time"

	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/notice"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/httpauth"
)

//go:embed portal.html
var files embed.FS

var pageTemplate = template.Must(template.New("portal.html").Funcs(template.FuncMap{
	"day": func(d courttime.Date) string { return d.String() },
}).ParseFS(files, "portal.html"))

// deadline is one of the holder's deadlines with its countdown.
type deadline struct {
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

// pageData is the portal page.
type pageData struct {
	// Brand is the name of the platform the subpoena is served on, which
	// the page bears (writ's when no case is open); Logo whether its logo
	// is shown.
	Brand     string
	Logo      bool
	Lang      string
	W         wording
	Other     string // the other language's code, for the switch
	OtherName string
	Token     string
	Account   string
	Notice    string
	Deadlines []deadline
	// ZoneNote says why the deadlines are given in the time of the
	// country of the foreign proceedings; "" when the holder's zone is
	// known or there is no such country.
	ZoneNote string
	// Over: a deadline has passed (the page says what can still be done).
	Over   bool
	Error  string
	Text   string
	Docket string
	// Seal: the objection form's box asking for a filing under seal is
	// ticked (a submission brought back to be changed).
	Seal    bool
	Receipt *Receipt
	// Review is a submission shown before it is sent.
	Review  *review
	Refused string
	// Closed says the case was closed, in place of the deadlines and
	// the forms; "" while it is open.
	Closed string
}

// brand is the name of the platform a case's subpoena is served on.
func brand(c *cases.Case) string {
	if c != nil && c.Order != nil && c.Order.Provider != "" {
		return c.Order.Provider
	}
	return ""
}

// open resolves the token of a portal request. Every way a token can fail
// (unknown, altered, expired, used) gets the same refusal, and counts
// against the allowance of the client (as httpauth.ClientKey reads it
// behind the trusted proxies): 404 within it, then 429 with Retry-After,
// the seconds until the client is free again.
//
// The link is looked up before the limit is asked, and a link that opens
// (valid, unused, unexpired) opens whatever its client has failed. Many
// people may share one address (a carrier's NAT, a university, a proxy
// writ was not told to trust), and one of them sending bad links must not
// shut another out of their own portal near their deadline.
//
// Does that make the limit an oracle for guessing? A link's answer is its
// page if it opens, else "this link does not open the portal": 404 within
// the allowance, 429 past it. A blocked client thus still learns, of each
// link it sends, whether it opens: the limit no longer slows guessing.
// But it tells nothing the portal did not tell already (a 404 and a 429
// both say the link opens nothing, and an unknown, an expired and a used
// link still get one answer, after the same lookup), and slowing guessing
// is not what keeps links safe: a token is 32 random bytes, so with ten
// thousand live links a billion guesses a second for a century would hit
// one with a chance below 10^-54. What the limit is for is floods: it
// tells a client that keeps sending links that open nothing to back off,
// with Retry-After. The lookup such a client still causes is one read by
// the token's hash (a link of the wrong shape never reaches the database);
// a flood large enough to hurt that is the proxy's to stop. A link that
// opens does not wipe its client's count, or a guesser holding one link
// of its own could reset its allowance with it.
func (p *Portal) open(w http.ResponseWriter, r *http.Request, lang notice.Lang) (store.PortalToken, *cases.Case, bool) {
	now := p.Now()
	tok, err := p.lookup(r, now)
	if errors.Is(err, store.ErrTokenRefused) || fault.Is(err, fault.Forbidden) {
		client := httpauth.ClientKey(r, p.TrustedProxies...)
		if until, blocked := p.attempts.Blocked(now, client); blocked {
			// Not counted again: a client that waits as long as
			// Retry-After says is free.
			w.Header().Set("Retry-After", strconv.Itoa(retryAfter(now, until)))
			p.render(w, r, http.StatusTooManyRequests, pageData{Refused: wordsFor(lang).TooMany}, lang)
			return store.PortalToken{}, nil, false
		}
		p.attempts.Fail(now, client)
		p.render(w, r, http.StatusNotFound, pageData{Refused: wordsFor(lang).Refused}, lang)
		return store.PortalToken{}, nil, false
	}
	if err != nil {
		p.Log.ErrorContext(r.Context(), "portal: token lookup", "err", err)
		p.render(w, r, http.StatusInternalServerError, pageData{Refused: wordsFor(lang).Internal}, lang)
		return store.PortalToken{}, nil, false
	}
	c, err := p.Cases.Load(r.Context(), tok.CaseID)
	if err != nil {
		p.Log.ErrorContext(r.Context(), "portal: case", "case_id", tok.CaseID, "err", err)
		p.render(w, r, http.StatusInternalServerError, pageData{Refused: wordsFor(lang).Internal}, lang)
		return store.PortalToken{}, nil, false
	}
	return tok, c, true
}

// lookup is what the request's token stands for, or store.ErrTokenRefused.
func (p *Portal) lookup(r *http.Request, now time.Time) (store.PortalToken, error) {
	if p.Tokens == nil {
		return store.PortalToken{}, store.ErrTokenRefused
	}
	return p.Tokens.LookupToken(r.Context(), r.PathValue("token"), now)
}

// retryAfter is Retry-After's value: the whole seconds from now until a
// blocked client is free, rounded up, so that one that waits as long is.
func retryAfter(now, until time.Time) int {
	return max(1, int(math.Ceil(until.Sub(now).Seconds())))
}

// page shows the portal to the holder of the token's account.
func (p *Portal) page(w http.ResponseWriter, r *http.Request) {
	lang := language(r)
	tok, c, ok := p.open(w, r, lang)
	if !ok {
		return
	}
	d, err := p.view(c, tok, lang, r.PathValue("token"))
	if err != nil {
		p.Log.ErrorContext(r.Context(), "portal: page", "case_id", c.ID, "err", err)
		p.render(w, r, http.StatusInternalServerError, pageData{Refused: wordsFor(lang).Internal}, lang)
		return
	}
	p.render(w, r, http.StatusOK, d, lang)
}

// view gathers what the portal shows: the notice as it was given
// (or as it would be today, when none was recorded), and the deadlines
// of this account alone, as the case engine enforces them now.
func (p *Portal) view(c *cases.Case, tok store.PortalToken, lang notice.Lang, token string) (pageData, error) {
	now := p.Now()
	w := wordsFor(lang)
	d := pageData{Lang: string(lang), W: w, Token: token, Account: tok.Account, Brand: brand(c)}
	d.Other = "ja"
	if lang == notice.Japanese {
		d.Other = "en"
	}
	d.OtherName = languageName(d.Other)
	st := matter.Apply(c.Events, now)
	if closed, ok := closedAt(c); ok {
		d.Closed = fmt.Sprintf(w.Closed, closed.In(c.Calendar.Location).Format(w.DayLayout))
	}
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
	tmpl := p.Notices
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
	today := courttime.DateOf(now.In(c.Calendar.Location))
	court := c.Calendar.Location
	for _, win := range windows {
		if win.Account != tok.Account || win.ClosesAt == nil {
			continue
		}
		// The holder is told the court's reading (Closes), never a later
		// day; the period ends at midnight in the court's zone (Fed. R.
		// Civ. P. 6(a)(4)(A)) and the other times are that same instant.
		end := *win.ClosesAt
		pd := deadline{What: w.Kinds[string(win.Kind)], Due: win.Closes, Weekday: w.Weekdays[win.Closes.Weekday()],
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
		// the same (see submit).
		pd.Over = !now.Before(end)
		d.Over = d.Over || pd.Over
		d.Deadlines = append(d.Deadlines, pd)
	}
	return d, nil
}

// closedAt is when the case was closed; ok is false while it is open. A
// closed case takes no event (matter.Check), so the portal offers no form
// for one.
func closedAt(c *cases.Case) (at time.Time, ok bool) {
	st := matter.Apply(c.Events, time.Time{})
	return st.Closed, !st.Closed.IsZero()
}

// render writes the portal page.
func (p *Portal) render(w http.ResponseWriter, r *http.Request, status int, d pageData, lang notice.Lang) {
	d.Lang, d.W = string(lang), wordsFor(lang)
	if d.Brand == "" {
		d.Brand = "writ"
	}
	d.Logo = len(p.Logo) > 0
	var buf bytes.Buffer
	if err := pageTemplate.Execute(&buf, d); err != nil {
		p.Log.ErrorContext(r.Context(), "portal template", "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Language", string(lang))
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}
