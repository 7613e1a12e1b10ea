package notice_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"github.com/writ-project/writ/internal/testdeps"
	"golang.org/x/image/font/gofont/goregular"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/demo"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/notice"
	"github.com/writ-project/writ/internal/notice/mail"
	"github.com/writ-project/writ/internal/notice/smtptest"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/production/pdf"
	"github.com/writ-project/writ/internal/source"
	"github.com/writ-project/writ/internal/store"
)

const (
	konno = "konnoyukio@CmRUCE"
	aya   = "Aya@ay_chim0807"
)

// The seed accounts' addresses in the demo platform: Konno has one current
// verified address (another verified one was replaced, and the recovery
// address was never verified); Aya has two, both verified.
var (
	konnoTo = []string{"taro.y@example.net"}
	ayaTo   = []string{"hanako.s0807@example.com", "sato.hanako@mobile.example"}
	// Every address the seed accounts ever registered: none may appear in
	// an event.
	everyAddress = []string{"taro.y@example.net", "t.yamada.1114@example.com", "yamada-taro@mail.example", "hanako.s0807@example.com", "sato.hanako@mobile.example"}
)

type fixture struct {
	ctx    context.Context
	svc    *cases.Service
	st     store.Store
	tokens store.TokenStore
	src    source.Source
	caseID string
	la     *time.Location
	now    time.Time
}

// newFixture opens the seed case on a fresh SQLite store: the order, the
// subpoena served on Thursday 2022-10-20, both targets resolved against
// the demo platform.
func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{ctx: ctx, la: la, now: time.Date(2022, 10, 21, 9, 0, 0, 0, la)}
	clock := func() time.Time { return f.now }
	f.st, err = store.Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "writ.db"), clock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.st.Close() })
	f.tokens, _ = store.TokensOf(f.st)
	f.svc = &cases.Service{Store: f.st, Now: clock, Actor: "test"}
	c, err := f.svc.Open(ctx, examples.SeedOrder(), "", "")
	if err != nil {
		t.Fatal(err)
	}
	f.caseID = c.ID
	dir := t.TempDir()
	if _, err := demo.Generate(demo.Options{Accounts: 20, Events: 1000, Seed: 7}, dir); err != nil {
		t.Fatal(err)
	}
	if f.src, err = source.OpenDemo(dir); err != nil {
		t.Fatal(err)
	}
	yes := true
	f.record(t, matter.Event{Type: matter.SubpoenaServed, At: time.Date(2022, 10, 20, 10, 0, 0, 0, la), Method: "personal", WithOrder: &yes, Conforms: &yes})
	o, _ := order.Parse(examples.SeedOrder())
	for _, tg := range o.Targets {
		r, err := f.src.Resolve(ctx, tg)
		if err != nil {
			t.Fatal(err)
		}
		f.record(t, matter.Event{Type: matter.TargetResolved, At: time.Date(2022, 10, 20, 15, 0, 0, 0, la), Account: tg.Label, AccountID: r.AccountID})
	}
	return f
}

func (f *fixture) record(t *testing.T, e matter.Event) {
	t.Helper()
	if _, err := f.svc.Record(f.ctx, f.caseID, e, ""); err != nil {
		t.Fatalf("record %s: %v", e.Type, err)
	}
}

func font(t *testing.T) *pdf.Font {
	t.Helper()
	// The font writ embeds: nothing needs to be installed.
	fo, err := pdf.EmbeddedFont()
	if err != nil {
		t.Fatal(err)
	}
	return fo
}

func (f *fixture) sender(t *testing.T, srv *smtptest.Server) *notice.Sender {
	t.Helper()
	mc, err := mail.New(mail.Config{Host: srv.Host, Port: srv.Port, Security: mail.NoTLS, From: "Twitter Legal <legal@twitter.example>"})
	if err != nil {
		t.Fatal(err)
	}
	return &notice.Sender{Cases: f.svc, Tokens: f.tokens, Source: f.src, Mail: mc, Templates: notice.DefaultTemplates(), Font: font(t),
		From: "legal@twitter.example", PortalBase: "https://writ.example/portal/", Now: func() time.Time { return f.now }}
}

// received is a message as read back from the SMTP server.
type received struct {
	to, subject, lang, body string
	attachName, attachType  string
	attachment              []byte
}

func readBack(t *testing.T, m smtptest.Message) received {
	t.Helper()
	p, err := m.Parse()
	if err != nil {
		t.Fatal(err)
	}
	r := received{to: strings.Join(m.To, ","), lang: p.Header.Get("Content-Language"), subject: p.Subject, body: p.Text}
	if got := p.Header.Get("To"); !strings.Contains(got, r.to) {
		t.Errorf("To header %q, envelope %q", got, r.to)
	}
	if len(p.AttachmentNames) > 0 {
		r.attachName = p.AttachmentNames[len(p.AttachmentNames)-1]
		r.attachment = p.Attachments[r.attachName]
		r.attachType = p.AttachmentTypes[r.attachName]
	}
	return r
}

var link = regexp.MustCompile(`https://writ\.example/portal/([A-Za-z0-9_-]{43})`)

// TestSendSeedCase sends the seed case's notices through a real SMTP
// server and reads them back. The notices go out on Friday 2022-10-21, so
// both windows run 21 days to Friday 2022-11-11, which is Veterans Day: the
// last day rolls over the weekend to Monday 2022-11-14 (counted on a
// printed calendar), closing at midnight Pacific time, 17:00 on Tuesday
// 2022-11-15 in Japan.
func TestSendSeedCase(t *testing.T) {
	f := newFixture(t)
	srv := smtptest.Start(t, smtptest.Options{})
	out, err := f.sender(t, srv).Send(f.ctx, f.caseID, nil, false)
	if err != nil {
		t.Fatalf("Send: %v", err)
	}
	if len(out) != 2 || out[0].Status != notice.StatusSent || out[1].Status != notice.StatusSent ||
		out[0].Sent != 1 || out[0].Of != 1 || out[1].Sent != 2 || out[1].Of != 2 {
		t.Fatalf("outcomes %+v", out)
	}

	msgs := srv.Messages()
	if len(msgs) != 3 {
		t.Fatalf("the server got %d messages, want 3", len(msgs))
	}
	tokens := map[string]string{}
	var to []string
	var attached [][]byte
	for _, m := range msgs {
		r := readBack(t, m)
		to = append(to, r.to)
		account := aya
		if r.to == konnoTo[0] {
			account = konno
		}
		if !strings.Contains(r.subject, "【重要・法的通知】") || !strings.Contains(r.subject, "Legal notice") || !strings.Contains(r.subject, account) {
			t.Errorf("subject %q", r.subject)
		}
		if r.lang != "ja, en" {
			t.Errorf("Content-Language %q", r.lang)
		}
		for _, want := range []string{
			"アカウント「" + account + "」の保有者の方へ",
			"書面による異議申立て",
			"サピーナの取消し又は変更の申立て",
			"期限：米国太平洋時間（PST、UTC−8）の2022年11月14日（月）の終わり（24時）まで",
			"日本時間（JST、UTC+9）の2022年11月15日（火）午後5時までとなります。",
			"2022年11月11日（金）は法定休日（Veterans Day）",
			"NOTICE TO THE HOLDER OF THE ACCOUNT " + account,
			"Deadline: by the end of Monday, November 14, 2022, Pacific Time (PST, UTC−8), the court's time; we must receive your objection by then.",
			"In your time zone, that is before 5:00 p.m. on Tuesday, November 15, 2022, Japan Standard Time (JST, UTC+9).",
			// The link's last day, in both zones: 30 days after
			// 2022-11-15 08:00 UTC is 2022-12-15 08:00 UTC, the end of
			// Wednesday 2022-12-14 in San Jose, 17:00 on Thursday
			// 2022-12-15 in Tokyo.
			"It can be used by the end of Wednesday, December 14, 2022, Pacific Time (PST, UTC−8), which is before 5:00 p.m. on Thursday, December 15, 2022, Japan Standard Time (JST, UTC+9).",
			"米国太平洋時間（PST、UTC−8）の2022年12月14日（水）の終わり（24時）まで（日本時間（JST、UTC+9）の2022年12月15日（木）午後5時まで）有効です。",
			"Case No. 22-mc-80240-VKD",
			"card numbers, expiration dates and card security codes",
		} {
			if !strings.Contains(r.body, want) {
				t.Errorf("the notice to %s does not say %q", account, want)
			}
		}
		other := konno
		if account == konno {
			other = aya
		}
		if strings.Contains(r.body, other) {
			t.Errorf("the notice to %s names the other account holder %s", account, other)
		}
		// No court document was kept (the order was entered as JSON): the
		// notice carries the platform's rendering of the order as a PDF,
		// and says what it is.
		if r.attachName != "order-22-mc-80240-VKD-rendering.pdf" || r.attachType != "application/pdf" || !bytes.HasPrefix(r.attachment, []byte("%PDF-")) {
			t.Errorf("attachment %q (%s, %d bytes)", r.attachName, r.attachType, len(r.attachment))
		}
		if !strings.Contains(r.body, "a rendering by us, not the court's own document") || !strings.Contains(r.body, "当社が作成した書き起こし") {
			t.Errorf("the notice to %s does not say that the copy of the order attached is its rendering", account)
		}
		attached = append(attached, r.attachment)
		m := link.FindStringSubmatch(r.body)
		if m == nil {
			t.Fatalf("no portal link in the notice to %s", account)
		}
		if prev, ok := tokens[account]; ok && prev != m[1] {
			t.Errorf("the messages to %s carry different links", account)
		}
		tokens[account] = m[1]
	}
	if got, want := strings.Join(sorted(to), " "), strings.Join(sorted(append(append([]string{}, konnoTo...), ayaTo...)), " "); got != want {
		t.Errorf("sent to %s; want %s", got, want)
	}

	// The acceptance test of issue 14, item 3: the order attached is a
	// PDF whose text holds the case number (read back with pdftotext).
	for _, a := range attached {
		if text := pdfText(t, a); !strings.Contains(text, "Case No. 22-mc-80240-VKD") || !strings.Contains(text, "not the court's document") {
			t.Errorf("the order attached reads:\n%s", text)
		}
	}

	// Each link opens its own account's portal, until 30 days after the
	// window closes (2022-11-15 08:00 UTC + 30 days).
	for account, tok := range tokens {
		pt, err := f.tokens.LookupToken(f.ctx, tok, f.now)
		if err != nil || pt.CaseID != f.caseID || pt.Account != account {
			t.Errorf("the link of %s opens %+v (%v)", account, pt, err)
		}
		if want := time.Date(2022, 12, 15, 8, 0, 0, 0, time.UTC); !pt.ExpiresAt.Equal(want) {
			t.Errorf("the link of %s expires %v; want %v", account, pt.ExpiresAt, want)
		}
		// The portal cannot read the platform's records: the zone the
		// notice found there is kept with the token.
		if pt.HolderZone != "Asia/Tokyo" {
			t.Errorf("the link of %s keeps the zone %q; want Asia/Tokyo", account, pt.HolderZone)
		}
	}

	// The events: notice_sent per account, with the proof's SHA-256, and
	// no address anywhere in the log.
	evs, err := f.st.Events(f.ctx, f.caseID)
	if err != nil {
		t.Fatal(err)
	}
	sent := 0
	for _, e := range evs {
		for _, addr := range everyAddress {
			if bytes.Contains(e.Payload, []byte(addr)) {
				t.Errorf("event %d (%s) holds the address %s", e.Seq, e.Type, addr)
			}
		}
		for _, tok := range tokens {
			if bytes.Contains(e.Payload, []byte(tok)) {
				t.Errorf("event %d holds a portal token", e.Seq)
			}
		}
		// The holder's zone is kept with the token for the portal, never
		// in the log next to the account.
		if bytes.Contains(e.Payload, []byte("Asia/Tokyo")) {
			t.Errorf("event %d (%s) holds the holder's zone", e.Seq, e.Type)
		}
		if e.Type != string(matter.NoticeSent) {
			continue
		}
		sent++
		var me matter.Event
		if err := json.Unmarshal(e.Payload, &me); err != nil {
			t.Fatal(err)
		}
		proof, err := f.st.Blob(f.ctx, f.caseID, me.Digest)
		if err != nil {
			t.Fatalf("the proof of the notice to %s: %v", me.Account, err)
		}
		sum := sha256.Sum256(proof)
		if !bytes.HasPrefix(proof, []byte("%PDF-")) || hex.EncodeToString(sum[:]) != me.Digest {
			t.Errorf("the proof of the notice to %s is not the PDF its digest names", me.Account)
		}
		if !strings.Contains(me.Note, "emails[") || !strings.Contains(me.Note, "portal link token SHA-256 "+store.TokenHash(tokens[me.Account])) {
			t.Errorf("the note does not say where the addresses are and which link was sent: %q", me.Note)
		}
		checkProofText(t, proof, tokens[me.Account])
	}
	if sent != 2 {
		t.Fatalf("%d notice_sent events, want 2", sent)
	}

	// The case engine now runs both windows from the notice.
	c, a, err := f.svc.Assess(f.ctx, f.caseID, time.Date(2022, 10, 22, 0, 0, 0, 0, f.la))
	if err != nil {
		t.Fatal(err)
	}
	_ = c
	for _, w := range a.Windows {
		if w.Closes != courttime.D(2022, 11, 14) {
			t.Errorf("window %s/%s closes %v; want 2022-11-14", w.Account, w.Kind, w.Closes)
		}
	}

	t.Run("NotSentTwice", func(t *testing.T) {
		out, err := f.sender(t, srv).Send(f.ctx, f.caseID, nil, false)
		if err != nil || len(out) != 0 {
			t.Fatalf("a second send with every notice given: %+v %v", out, err)
		}
		out, err = f.sender(t, srv).Send(f.ctx, f.caseID, []string{aya}, false)
		if err != nil || len(out) != 1 || out[0].Status != notice.StatusSkipped || len(srv.Messages()) != 3 {
			t.Fatalf("naming a noticed account without resend: %+v %v", out, err)
		}
	})
}

// pdfText reads a PDF back with pdftotext, its words joined by single
// spaces: skipped without pdftotext locally, failed under CI.
func pdfText(t *testing.T, b []byte) string {
	t.Helper()
	tool := testdeps.PDFToText(t)
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// checkProofText reads the proof PDF back as text, where pdftotext is
// installed: it holds the notice but never the token.
func checkProofText(t *testing.T, proof []byte, token string) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pdftotext is missing (apt-get install poppler-utils)")
		}
		return
	}
	path := filepath.Join(t.TempDir(), "proof.pdf")
	if err := os.WriteFile(path, proof, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	if strings.Contains(text, token) {
		t.Error("the proof holds the portal token")
	}
	// The deadlines in the proof are those sent: the holder's time (JST)
	// beside the court's (PST).
	for _, want := range []string{"Proof of notice", "token withheld", "書面による異議申立て", "Veterans Day", "PST", "JST"} {
		if !strings.Contains(text, want) {
			t.Errorf("the proof does not show %q", want)
		}
	}
}

// TestSendUnknownZone: when the platform's records do not tell the
// holder's zone (no verified telephone number here), the token keeps none
// and the notice says so, giving the deadline in the time of Japan, where
// the seed order's proceedings are (17:00 JST on Tuesday 2022-11-15), and
// in UTC (08:00).
func TestSendUnknownZone(t *testing.T) {
	f := newFixture(t)
	f.src = noPhones{f.src}
	srv := smtptest.Start(t, smtptest.Options{})
	out, err := f.sender(t, srv).Send(f.ctx, f.caseID, []string{konno}, false)
	if err != nil || len(out) != 1 || out[0].Status != notice.StatusSent {
		t.Fatalf("Send: %+v %v", out, err)
	}
	r := readBack(t, srv.Messages()[0])
	for _, want := range []string{
		"We do not know your time zone. In Coordinated Universal Time (UTC), that is before 8:00 a.m. on Tuesday, November 15, 2022, Coordinated Universal Time (UTC); the proceedings abroad are in Japan, where that is before 5:00 p.m. on Tuesday, November 15, 2022, Japan Standard Time (JST, UTC+9).",
		"当社はあなたの所在地の時間帯を把握していません。外国の手続は日本で行われるため、日本の時刻も記載します。日本時間（JST、UTC+9）の2022年11月15日（火）午後5時まで（協定世界時（UTC）の2022年11月15日（火）午前8時まで）となります。",
	} {
		if !strings.Contains(r.body, want) {
			t.Errorf("the notice does not say %q", want)
		}
	}
	m := link.FindStringSubmatch(r.body)
	if m == nil {
		t.Fatal("no portal link")
	}
	if pt, err := f.tokens.LookupToken(f.ctx, m[1], f.now); err != nil || pt.HolderZone != "" {
		t.Errorf("the token of a holder whose zone is unknown: %+v %v", pt, err)
	}
}

// noPhones is a platform whose accounts registered no telephone number.
type noPhones struct{ source.Source }

func (n noPhones) Records(ctx context.Context, id string, cats []order.Category) ([]source.Record, error) {
	recs, err := n.Source.Records(ctx, id, cats)
	var out []source.Record
	for _, r := range recs {
		if r.Category != order.Phones {
			out = append(out, r)
		}
	}
	return out, err
}

// TestSendFailure: every address refused records notice_failed with the
// reason, and the notify duty carries the task for staff.
func TestSendFailure(t *testing.T) {
	f := newFixture(t)
	srv := smtptest.Start(t, smtptest.Options{Refuse: ayaTo})
	out, err := f.sender(t, srv).Send(f.ctx, f.caseID, []string{aya}, false)
	if err != nil {
		t.Fatalf("Send: %v", err)
	}
	if len(out) != 1 || out[0].Status != notice.StatusFailed || out[0].Sent != 0 || out[0].Of != 2 || !strings.Contains(out[0].Reason, "550 5.1.1") {
		t.Fatalf("outcome %+v", out)
	}
	for _, addr := range everyAddress {
		if strings.Contains(out[0].Reason, addr) {
			t.Errorf("the reason names an address: %q", out[0].Reason)
		}
	}
	_, a, err := f.svc.Assess(f.ctx, f.caseID, time.Date(2022, 10, 22, 0, 0, 0, 0, f.la))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, d := range a.Duties {
		if d.ID == "notify/"+aya {
			found = true
			if d.Status != matter.DutyPending || !strings.Contains(d.Task, "failed on Friday 2022-10-21") || !strings.Contains(d.Task, "by Monday 2022-10-31") {
				t.Errorf("the notify duty after the failure: %s, task %q", d.Status, d.Task)
			}
		}
	}
	if !found {
		t.Fatal("no notify duty for " + aya)
	}
}

// TestSendWithoutVerifiedAddress: no address to write to is a failed
// notice, recorded, so that staff take another channel.
func TestSendWithoutVerifiedAddress(t *testing.T) {
	f := newFixture(t)
	f.src = noEmails{f.src}
	srv := smtptest.Start(t, smtptest.Options{})
	out, err := f.sender(t, srv).Send(f.ctx, f.caseID, []string{konno}, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 1 || out[0].Status != notice.StatusFailed || !strings.Contains(out[0].Reason, "no current, verified e-mail address") || len(srv.Messages()) != 0 {
		t.Fatalf("outcome %+v, %d messages", out, len(srv.Messages()))
	}
	evs, _ := f.st.Events(f.ctx, f.caseID)
	if last := evs[len(evs)-1]; last.Type != string(matter.NoticeFailed) {
		t.Fatalf("last event %s", last.Type)
	}
}

// noEmails is a platform whose accounts registered no e-mail address.
type noEmails struct{ source.Source }

func (n noEmails) Records(ctx context.Context, id string, cats []order.Category) ([]source.Record, error) {
	recs, err := n.Source.Records(ctx, id, cats)
	var out []source.Record
	for _, r := range recs {
		if r.Category != order.Emails {
			out = append(out, r)
		}
	}
	return out, err
}

func sorted(ss []string) []string {
	out := append([]string(nil), ss...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// TestSendKeptDocument: when the court's document was kept at intake (a
// PDF), the notice carries it as the court wrote it, byte for byte, under
// its own name, and says it is the court's order.
func TestSendKeptDocument(t *testing.T) {
	f := newFixture(t)
	doc := pdf.New(font(t), pdf.Options{})
	doc.Add(pdf.Body, "ORDER GRANTING EX PARTE APPLICATION, Case No. 22-mc-80240-VKD (the court's own document)")
	res, err := doc.Render(func(page, pages int) pdf.Footer { return pdf.Footer{} })
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(res.PDF)
	if _, err := f.svc.RecordWith(f.ctx, f.caseID, matter.Event{Type: matter.OrderDocument, Digest: hex.EncodeToString(sum[:]), Note: "order-22-mc-80240-VKD.pdf"}, "", res.PDF); err != nil {
		t.Fatal(err)
	}
	srv := smtptest.Start(t, smtptest.Options{})
	out, err := f.sender(t, srv).Send(f.ctx, f.caseID, []string{konno}, false)
	if err != nil || len(out) != 1 || out[0].Status != notice.StatusSent {
		t.Fatalf("Send: %+v %v", out, err)
	}
	r := readBack(t, srv.Messages()[0])
	if r.attachName != "order-22-mc-80240-VKD.pdf" || r.attachType != "application/pdf" || !bytes.Equal(r.attachment, res.PDF) {
		t.Errorf("attachment %q (%s): not the court's document kept at intake", r.attachName, r.attachType)
	}
	if !strings.Contains(r.body, "A copy of the court's order is attached to this notice.") || strings.Contains(r.body, "rendering") {
		t.Error("the notice does not say that the court's order is attached")
	}
}

// TestSendRefusesJSON: the order goes to a person, who cannot read JSON;
// a notice never carries it so.
func TestSendRefusesJSON(t *testing.T) {
	f := newFixture(t)
	srv := smtptest.Start(t, smtptest.Options{})
	s := f.sender(t, srv)
	s.Attachment = &mail.Attachment{Name: "order.json", ContentType: "application/json", Data: []byte("{}")}
	if _, err := s.Send(f.ctx, f.caseID, []string{konno}, false); !fault.Is(err, fault.Invalid) || len(srv.Messages()) != 0 {
		t.Fatalf("a JSON attachment: %v, %d messages", err, len(srv.Messages()))
	}
}

// TestSendRefusesAFontWithoutTheGlyphs: a notice whose proof the font
// cannot set is not sent: no message leaves, and no event is recorded, so
// that staff are not left with a notice given and no proof of it (issue
// 14: the proof used to be refused only after the mail went out).
func TestSendRefusesAFontWithoutTheGlyphs(t *testing.T) {
	f := newFixture(t)
	srv := smtptest.Start(t, smtptest.Options{})
	s := f.sender(t, srv)
	latin, err := pdf.LoadFont(goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	s.Font = latin // the notice is in Japanese and English
	// The court's own document is attached, so nothing is rendered before
	// the mail would go out but the proof.
	s.Attachment = &mail.Attachment{Name: "order.pdf", ContentType: "application/pdf", Data: []byte("%PDF-1.4 the court's order")}
	before, _ := f.svc.Load(f.ctx, f.caseID)
	_, err = s.Send(f.ctx, f.caseID, []string{aya}, false)
	if err == nil || !strings.Contains(err.Error(), "U+") {
		t.Fatalf("Send with a font without Japanese: %v; want a refusal naming the characters", err)
	}
	if n := len(srv.Messages()); n != 0 {
		t.Errorf("%d messages were sent", n)
	}
	after, _ := f.svc.Load(f.ctx, f.caseID)
	if after.Seq != before.Seq {
		t.Errorf("an event was recorded: the case went from %d to %d events", before.Seq, after.Seq)
	}
}
