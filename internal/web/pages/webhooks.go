package pages

import (
	"net/http"
	"strings"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/jobs"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/webhook"
	"github.com/writ-project/writ/internal/words"
)

// The webhooks page is, for a platform's administrators, what writ webhook
// add / list / test / remove is for the operator: the endpoints that hear
// of the platform's cases (and only of them: an endpoint added here is the
// platform's), their latest deliveries, and the forms that add one (its
// secret shown once), test one and remove one.

// webhooksData is the webhooks page.
type webhooksData struct {
	Platform  string
	Endpoints []endpointLine
	Kinds     []string
	// Added is the endpoint just added, with its secret: shown this once.
	Added *store.WebhookEndpoint
}

// endpointLine is one endpoint, with its latest deliveries.
type endpointLine struct {
	store.WebhookEndpoint
	Kinds      []string
	Deliveries []deliveryLine
}

// deliveryLine is one delivery as the page lists it.
type deliveryLine struct {
	ID, Kind, CaseID, State string
	Attempts, Status        int
	Error                   string
}

// deliveryWords says where a delivery stands, in lang.
func deliveryWords(lang *words.Language, d store.WebhookDelivery) string {
	const utc = "2006-01-02 15:04 UTC"
	switch {
	case !d.DeliveredAt.IsZero():
		return sentence(lang, "pages.delivery.delivered", d.DeliveredAt.UTC().Format(utc))
	case !d.FailedAt.IsZero():
		return sentence(lang, "pages.delivery.given_up", d.FailedAt.UTC().Format(utc))
	}
	return sentence(lang, "pages.delivery.queued", d.NextAt.UTC().Format(utc))
}

// webhookStore answers, and returns false for, someone whom the policy
// does not let manage webhooks, or a store that keeps none.
func (s *Pages) webhookStore(w http.ResponseWriter, r *http.Request, p access.Principal) (store.WebhookStore, bool) {
	if !access.Permits(p, access.ManageWebhooks) {
		s.errorPage(w, r, &p, http.StatusForbidden, "Only the platform's administrators manage its webhooks.")
		return nil, false
	}
	ws, ok := store.WebhooksOf(s.Cases.Store)
	if !ok {
		s.errorPage(w, r, &p, http.StatusNotImplemented, "This database keeps no webhooks.")
		return nil, false
	}
	return ws, true
}

// ownEndpoint reports whether an endpoint is the administrator's
// platform's: the others are answered as not existing.
func ownEndpoint(p access.Principal, ep store.WebhookEndpoint) bool {
	return ep.Platform != "" && strings.EqualFold(strings.TrimSpace(ep.Platform), strings.TrimSpace(p.User.Platform))
}

// webhooksPage lists the platform's endpoints.
func (s *Pages) webhooksPage(w http.ResponseWriter, r *http.Request, p access.Principal) {
	s.showWebhooks(w, r, p, http.StatusOK, "", nil)
}

func (s *Pages) showWebhooks(w http.ResponseWriter, r *http.Request, p access.Principal, code int, msg string, added *store.WebhookEndpoint) {
	ws, ok := s.webhookStore(w, r, p)
	if !ok {
		return
	}
	ctx := r.Context()
	all, err := ws.Webhooks(ctx)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	lang := pageLanguage(r)
	d := webhooksData{Platform: p.User.Platform, Kinds: webhook.Kinds, Added: added}
	for _, ep := range all {
		if !ownEndpoint(p, ep) {
			continue
		}
		line := endpointLine{WebhookEndpoint: ep, Kinds: ep.Events}
		if len(line.Kinds) == 0 {
			line.Kinds = webhook.Kinds
		}
		list, err := ws.WebhookDeliveries(ctx, ep.ID, 10)
		if err != nil {
			s.pageFault(w, r, p, err)
			return
		}
		for _, x := range list {
			line.Deliveries = append(line.Deliveries, deliveryLine{ID: x.ID, Kind: x.Kind, CaseID: x.CaseID, State: deliveryWords(lang, x),
				Attempts: x.Attempts, Status: x.LastStatus, Error: x.LastError})
		}
		d.Endpoints = append(d.Endpoints, line)
	}
	s.render(w, r, code, "webhooks", page{Title: "Webhooks of " + p.User.Platform, Principal: &p, Message: msg, Data: d})
}

// addWebhookForm adds an endpoint for the platform and shows its secret.
func (s *Pages) addWebhookForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	ws, ok := s.webhookStore(w, r, p)
	if !ok {
		return
	}
	u := strings.TrimSpace(r.PostFormValue("url"))
	if err := checkWebhookURL(u); err != nil {
		s.showWebhooks(w, r, p, http.StatusBadRequest, err.Error(), nil)
		return
	}
	kinds, err := webhook.ParseKinds(r.PostForm["events"])
	if err != nil {
		s.showWebhooks(w, r, p, http.StatusBadRequest, err.Error(), nil)
		return
	}
	secret, err := webhook.NewSecret()
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	ep, err := ws.AddWebhook(r.Context(), store.WebhookEndpoint{URL: u, Secret: secret, Events: kinds, Platform: p.User.Platform,
		CreatedBy: p.Actor(), CreatedAt: s.Now()})
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	s.showWebhooks(w, r, p, http.StatusOK, "The webhook was added. Give its secret to the receiver now: it is not shown again.", &ep)
}

// checkWebhookURL refuses an address writ cannot post to.
func checkWebhookURL(u string) error {
	if !(strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")) || len(u) < len("http://x") {
		return &fault.Error{Code: fault.Invalid, Field: "url", Message: "the address is an http or https URL"}
	}
	return nil
}

// endpointOf returns the endpoint of the path, if it is p's platform's.
func (s *Pages) endpointOf(w http.ResponseWriter, r *http.Request, p access.Principal) (store.WebhookStore, store.WebhookEndpoint, bool) {
	ws, ok := s.webhookStore(w, r, p)
	if !ok {
		return nil, store.WebhookEndpoint{}, false
	}
	ep, err := ws.Webhook(r.Context(), r.PathValue("id"))
	if err != nil || !ownEndpoint(p, ep) || !ep.RemovedAt.IsZero() {
		s.errorPage(w, r, &p, http.StatusNotFound, "There is no such webhook.")
		return nil, store.WebhookEndpoint{}, false
	}
	return ws, ep, true
}

// testWebhookForm sends a test event to an endpoint now.
func (s *Pages) testWebhookForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	ws, ep, ok := s.endpointOf(w, r, p)
	if !ok {
		return
	}
	runner := &jobs.Webhooks{Cases: s.Cases, Hooks: ws, Now: s.Now, Log: s.Log}
	d, err := runner.Test(r.Context(), ep.ID)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	msg := "The test was delivered: the receiver answered " + http.StatusText(d.LastStatus) + "."
	if d.DeliveredAt.IsZero() {
		msg = "The test was not delivered (" + d.LastError + "); writ tries it again later."
	}
	s.showWebhooks(w, r, p, http.StatusOK, msg, nil)
}

// removeWebhookForm removes an endpoint.
func (s *Pages) removeWebhookForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	ws, ep, ok := s.endpointOf(w, r, p)
	if !ok {
		return
	}
	if err := ws.RemoveWebhook(r.Context(), ep.ID, p.Actor(), s.Now()); err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	s.showWebhooks(w, r, p, http.StatusOK, "The webhook "+ep.URL+" was removed: nothing more is sent to it.", nil)
}
