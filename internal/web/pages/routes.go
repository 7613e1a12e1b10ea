package pages

import (
	"io/fs"
	"net/http"

	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/web/route"
)

// Routes is the pages' route table: the style sheet, signing in and out,
// the pages of a signed-in user and their forms, the exports of the home
// page's search as CSV, the calendar of due dates, the people page of a
// platform's administrators and the invitations it sends, and the demo's
// clock.
// Sign-in through an OpenID Connect provider answers 404 when none is
// configured, and the demo's clock on a server that is not a demo, which
// has no sign-in link at all.
func (s *Pages) Routes() []route.Route {
	static, _ := fs.Sub(staticFiles, "static")
	if s.Index == nil {
		s.Index = &cases.Index{Cases: s.Cases}
	}
	routes := []route.Route{
		{Pattern: "GET /static/", Handler: http.StripPrefix("/static/", http.FileServerFS(static))},

		{Pattern: "GET /signin", Handler: http.HandlerFunc(s.signInPage)},
		{Pattern: "POST /signin", Handler: http.HandlerFunc(s.signInForm)},
		{Pattern: "GET /signin/oidc", Handler: http.HandlerFunc(s.oidcBegin)},
		{Pattern: "GET /signin/oidc/callback", Handler: http.HandlerFunc(s.oidcCallback)},
		{Pattern: "POST /signout", Handler: http.HandlerFunc(s.signOutForm)},

		{Pattern: "GET /{$}", Handler: s.signedIn(s.homePage)},
		{Pattern: "GET /intake", Handler: s.signedIn(s.intakePage)},
		{Pattern: "POST /intake", Handler: s.signedIn(s.intakeForm), MaxBody: IntakeMaxBody},
		{Pattern: "POST /intake/confirm", Handler: s.signedIn(s.intakeConfirm), MaxBody: IntakeMaxBody},

		{Pattern: "GET /cases.csv", Handler: s.signedIn(s.casesCSV)},
		{Pattern: "GET /duties.csv", Handler: s.signedIn(s.dutiesCSV)},
		{Pattern: "GET /calendar", Handler: s.signedIn(s.calendarPage)},
		{Pattern: "POST /calendar/feed", Handler: s.signedIn(s.newFeedForm)},

		{Pattern: "GET /cases/{id}", Handler: s.signedIn(s.casePage)},
		{Pattern: "POST /cases/{id}/record", Handler: s.signedIn(s.recordForm)},
		{Pattern: "GET /cases/{id}/notices/review", Handler: s.signedIn(s.noticesReview)},
		{Pattern: "POST /cases/{id}/notices", Handler: s.signedIn(s.sendNoticesForm)},
		{Pattern: "POST /cases/{id}/letters", Handler: s.signedIn(s.draftLetterForm)},
		{Pattern: "GET /cases/{id}/letters/{digest}", Handler: s.signedIn(s.letterDownload)},
		{Pattern: "GET /cases/{id}/attachments/{digest}", Handler: s.signedIn(s.attachmentDownload)},
		{Pattern: "GET /cases/{id}/proofs/{digest}", Handler: s.signedIn(s.proofDownload)},
		{Pattern: "GET /cases/{id}/audit", Handler: s.signedIn(s.auditPage)},
		{Pattern: "POST /cases/{id}/preserve", Handler: s.signedIn(s.preserveForm)},
		{Pattern: "POST /cases/{id}/produce", Handler: s.signedIn(s.produceForm)},
		{Pattern: "GET /cases/{id}/productions/{production}/release", Handler: s.signedIn(s.releaseReview)},
		{Pattern: "POST /cases/{id}/release", Handler: s.signedIn(s.releaseForm)},
		{Pattern: "POST /cases/{id}/void", Handler: s.signedIn(s.voidForm)},

		{Pattern: "GET /people", Handler: s.signedIn(s.peoplePage)},
		{Pattern: "POST /people", Handler: s.signedIn(s.addPersonForm)},
		{Pattern: "POST /people/{id}/disable", Handler: s.signedIn(s.disablePersonForm)},
		{Pattern: "POST /people/{id}/enable", Handler: s.signedIn(s.enablePersonForm)},
		{Pattern: "POST /people/{id}/invite", Handler: s.signedIn(s.invitePersonForm)},
		{Pattern: "POST /people/{id}/grant", Handler: s.signedIn(s.grantCaseForm)},
		{Pattern: "POST /people/{id}/revoke", Handler: s.signedIn(s.revokeCaseForm)},
		{Pattern: "GET /reports/transparency", Handler: s.signedIn(s.transparencyPage)},
		{Pattern: "GET /reports/transparency.csv", Handler: s.signedIn(s.transparencyCSV)},
		{Pattern: "GET /webhooks", Handler: s.signedIn(s.webhooksPage)},
		{Pattern: "POST /webhooks", Handler: s.signedIn(s.addWebhookForm)},
		{Pattern: "POST /webhooks/{id}/test", Handler: s.signedIn(s.testWebhookForm)},
		{Pattern: "POST /webhooks/{id}/remove", Handler: s.signedIn(s.removeWebhookForm)},
		{Pattern: "GET /invitations/{token}", Handler: http.HandlerFunc(s.invitationPage)},
		{Pattern: "POST /invitations/{token}", Handler: http.HandlerFunc(s.invitationForm)},

		{Pattern: "POST /demo/clock", Handler: http.HandlerFunc(s.demoClockForm)},
	}
	if s.Demo != nil {
		// The demo's sign-in links: a server that is not a demo signs no
		// one in by a link.
		routes = append(routes, route.Route{Pattern: "GET /auth/link", Handler: http.HandlerFunc(s.signInLink)})
	}
	return routes
}
