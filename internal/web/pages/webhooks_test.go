package pages

import (
	"context"
	"encoding/json"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/writ-project/writ/internal/jobs"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/webtest"
	"github.com/writ-project/writ/internal/webhook"
)

// TestWebhooksPage: only a platform's administrators manage its webhooks;
// one added shows its secret once; a test reaches the receiver signed; the
// endpoint hears of its platform's cases only; another platform's
// administrator cannot see, test or remove it; removed, it is gone.
func TestWebhooksPage(t *testing.T) {
	f := newFixture(t)
	var (
		mu     sync.Mutex
		secret string
		got    []webhook.Body
		bad    int
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		defer mu.Unlock()
		if webhook.Verify(secret, r.Header, body, webtest.Now) != nil {
			bad++
		}
		var b webhook.Body
		_ = json.Unmarshal(body, &b)
		got = append(got, b)
	}))
	defer srv.Close()

	who := []string{"anonymous", "staff", "counsel", "court", "admin", "admin-elsewhere"}
	want := []int{303, 403, 403, 403, 200, 200}
	for i, w := range who {
		if resp, _ := f.Page(t, w, "GET", "/webhooks", nil); resp.StatusCode != want[i] {
			t.Errorf("%s GET /webhooks: %d, want %d", w, resp.StatusCode, want[i])
		}
	}
	if resp, _ := f.post(t, "staff", "/webhooks", url.Values{"url": {srv.URL}}); resp.StatusCode != 403 {
		t.Errorf("staff who are not administrators added a webhook: %d", resp.StatusCode)
	}
	if resp, _ := f.post(t, "admin", "/webhooks", url.Values{"url": {"ftp://x"}}); resp.StatusCode != 400 {
		t.Errorf("an ftp address: %d, want 400", resp.StatusCode)
	}

	resp, body := f.post(t, "admin", "/webhooks", url.Values{"url": {srv.URL}, "events": {webhook.CaseOpened, webhook.ObjectionReceived}})
	if resp.StatusCode != 200 {
		t.Fatalf("adding a webhook: %d", resp.StatusCode)
	}
	m := html.UnescapeString(regexp.MustCompile(`whsec_[^<\s]+`).FindString(body))
	if m == "" {
		t.Fatal("the secret is not shown when the webhook is added")
	}
	mu.Lock()
	secret = m
	mu.Unlock()
	id := regexp.MustCompile(`id="(wh-[a-z0-9]+)"`).FindStringSubmatch(body)
	if id == nil {
		t.Fatal("the webhook added is not listed")
	}
	if _, again := f.Page(t, "admin", "GET", "/webhooks", nil); strings.Contains(again, "whsec_") || !strings.Contains(again, id[1]) {
		t.Error("the webhooks page shows a secret again, or not the webhook")
	}
	if _, other := f.Page(t, "admin-elsewhere", "GET", "/webhooks", nil); strings.Contains(other, id[1]) {
		t.Error("another platform's administrator sees the webhook")
	}
	for _, action := range []string{"test", "remove"} {
		if resp, _ := f.post(t, "admin-elsewhere", "/webhooks/"+id[1]+"/"+action, nil); resp.StatusCode != 404 {
			t.Errorf("another platform's administrator may %s it: %d", action, resp.StatusCode)
		}
	}

	if _, body := f.post(t, "admin", "/webhooks/"+id[1]+"/test", nil); !strings.Contains(body, "was delivered") {
		t.Errorf("the test's page does not say it was delivered")
	}
	// The runner delivers the events of the platform's case, not the
	// other platform's: its case opened and its objection.
	ws, _ := store.WebhooksOf(f.Cases.Store)
	r := &jobs.Webhooks{Cases: f.Cases, Hooks: ws, Now: webtestNow, Log: f.Log, ID: "test"}
	if _, err := r.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	var kinds []string
	for _, b := range got {
		kinds = append(kinds, b.Type+" "+b.Data.CaseID)
	}
	slices.Sort(kinds)
	wantKinds := []string{webhook.CaseOpened + " " + f.Own, webhook.ObjectionReceived + " " + f.Own, webhook.Test + " "}
	if strings.Join(kinds, "|") != strings.Join(wantKinds, "|") || bad != 0 {
		t.Errorf("received %q (%d badly signed), want %q", kinds, bad, wantKinds)
	}
	mu.Unlock()

	if resp, _ := f.post(t, "admin", "/webhooks/"+id[1]+"/remove", nil); resp.StatusCode != 200 {
		t.Errorf("removing: %d", resp.StatusCode)
	}
	if _, after := f.Page(t, "admin", "GET", "/webhooks", nil); strings.Contains(after, id[1]) {
		t.Error("a removed webhook is listed")
	}
	// The administrator who removed it is recorded, as who added it is.
	if ep, err := ws.Webhook(context.Background(), id[1]); err != nil || ep.RemovedBy == "" || ep.RemovedBy != ep.CreatedBy {
		t.Errorf("the removed webhook: removed by %q, added by %q (%v); want the administrator for both", ep.RemovedBy, ep.CreatedBy, err)
	}
}
