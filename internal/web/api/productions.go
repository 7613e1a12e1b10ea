package api

import (
	"compress/gzip"
	"context"
	"io"
	"net/http"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/production"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/casefile"
	"github.com/writ-project/writ/internal/web/status"
)

// Building, releasing and downloading a production: the gate decides a
// build and a release (invariant 1); the policy decides who may ask, and
// the applicant's counsel download only a released production, once they
// have acknowledged the use restriction.

type produceInput struct {
	ID   string `path:"id" maxLength:"64" pattern:"^[a-z0-9-]+$"`
	Body struct {
		Now      string   `json:"now,omitempty" maxLength:"40" doc:"A production is built now, and its day is the response date. Naming now (today's date, or an instant within a minute of now) is accepted; any other moment is refused: to see how the case stood on a day, GET /api/v1/cases/{id}?now=DAY."`
		Accounts []string `json:"accounts,omitempty" maxItems:"200" doc:"Only these accounts (labels); default every account of the order."`
	}
}

type productionOutput struct {
	Body struct {
		Production string `json:"production"`
		Digest     string `json:"manifest_sha256"`
		Bates      string `json:"bates"`
	}
}

type productionPath struct {
	ID         string `path:"id" maxLength:"64" pattern:"^[a-z0-9-]+$"`
	Production string `path:"production" maxLength:"64" pattern:"^[a-z0-9-]+$"`
}

type releaseOutput struct {
	Body struct {
		Released string `json:"released"`
	}
}

type voidInput struct {
	ID         string `path:"id" maxLength:"64" pattern:"^[a-z0-9-]+$"`
	Production string `path:"production" maxLength:"64" pattern:"^[a-z0-9-]+$"`
	Body       struct {
		Reason string `json:"reason" minLength:"1" maxLength:"2000" doc:"Why the production is voided (kept in the case's log)."`
	}
}

type voidOutput struct {
	Body struct {
		Voided string `json:"voided"`
	}
}

// errNoProductions answers when this server was started without a place
// for packages.
var errNoProductions = huma.NewError(http.StatusNotImplemented, "this server builds no productions (no package folder is configured)")

// produce builds a production now, if the order allows disclosure now.
func (a *API) produce(ctx context.Context, in *produceInput) (*productionOutput, error) {
	if a.Packages == nil {
		return nil, errNoProductions
	}
	p, c, _, err := a.loadCase(ctx, in.ID, access.Produce)
	if err != nil {
		return nil, err
	}
	if in.Body.Now != "" {
		if err := cases.NowOnly(in.Body.Now, c.Calendar.Location, a.Now(), "a production is built"); err != nil {
			return nil, huma.Error422UnprocessableEntity("now: "+err.Error(), &huma.ErrorDetail{Location: "body.now", Message: err.Error(), Value: in.Body.Now})
		}
	}
	built, err := a.Packages.Build(ctx, a.Cases, c.ID, p.Actor(), in.Body.Accounts)
	if err != nil {
		return nil, a.problem(ctx, err)
	}
	out := &productionOutput{}
	out.Body.Production, out.Body.Digest = built.ID, built.Digest
	out.Body.Bates = built.Manifest.Bates.First + " to " + built.Manifest.Bates.Last
	return out, nil
}

// release releases a built production after checking its package and the
// gate again.
func (a *API) release(ctx context.Context, in *productionPath) (*releaseOutput, error) {
	if a.Packages == nil {
		return nil, errNoProductions
	}
	p, _, _, err := a.loadCase(ctx, in.ID, access.Produce)
	if err != nil {
		return nil, err
	}
	if err := a.Cases.Release(ctx, in.ID, in.Production, a.Packages.Path(in.ID, in.Production), p.Actor()); err != nil {
		return nil, a.problem(ctx, err)
	}
	out := &releaseOutput{}
	out.Body.Released = a.Now().UTC().Format(time.RFC3339)
	return out, nil
}

// void voids a built production: it is never released nor downloaded,
// and its package, which holds people's data, is removed.
func (a *API) void(ctx context.Context, in *voidInput) (*voidOutput, error) {
	if a.Packages == nil {
		return nil, errNoProductions
	}
	p, _, _, err := a.loadCase(ctx, in.ID, access.Produce)
	if err != nil {
		return nil, err
	}
	if err := a.Cases.Void(ctx, in.ID, in.Production, in.Body.Reason, a.Packages.Path(in.ID, in.Production), p.Actor()); err != nil {
		return nil, a.problem(ctx, err)
	}
	out := &voidOutput{}
	out.Body.Voided = a.Now().UTC().Format(time.RFC3339)
	return out, nil
}

// download streams a production as a tar.gz of its BagIt bag: to staff,
// to review what they built, and to the applicant's counsel once it is
// released, the use restriction acknowledged and the gate still open. Every
// download, by anyone, is recorded first as an event of the case and in its
// access log; if either cannot be written, nothing is sent. It answers in
// plain text, not problem JSON: a browser follows the link too.
func (a *API) download(w http.ResponseWriter, r *http.Request) {
	p, _, err := a.auth().Request(r)
	if err != nil {
		http.Error(w, "sign in first", http.StatusUnauthorized)
		return
	}
	if a.Packages == nil {
		http.NotFound(w, r)
		return
	}
	id, prod := r.PathValue("id"), r.PathValue("production")
	c, ref, err := casefile.Load(r.Context(), a.Cases, p, id)
	if err != nil {
		a.refuse(w, r, err)
		return
	}
	st := matter.Apply(c.Events, time.Time{})
	pr := st.Production(prod)
	ref.Released, ref.UseAcknowledged = pr != nil && !pr.Released.IsZero(), !st.Acknowledged.IsZero()
	if err := access.Check(p, access.DownloadRelease, ref); err != nil {
		a.refuse(w, r, err)
		return
	}
	if pr == nil {
		http.NotFound(w, r)
		return
	}
	by := order.Applicant
	if p.Role() == access.Staff {
		by = order.Provider
	}
	if err := a.Cases.Download(r.Context(), c.ID, prod, p.Actor(), by); err != nil {
		if fault.Is(err, fault.GateClosed) && !access.Can(p, access.ViewIdentities, ref) {
			// Counsel learn that the production is held, not why: the
			// reasons name accounts (invariant 3).
			http.Error(w, "the order does not allow this production to be downloaded now", status.Of(err))
			return
		}
		a.refuse(w, r, err)
		return
	}
	if err := a.Seen.Record(r.Context(), p, c.ID, "download:production", store.SeenProduction); err != nil {
		a.refuse(w, r, err)
		return
	}
	// Named by the case's number, as the court wrote it, whatever it
	// holds: casefile.Disposition makes a header and a file name of it.
	casefile.Attachment(w.Header(), c.Order.CaseNumber+"-"+prod+".tar.gz", "application/gzip")
	if err := writeTarGz(w, a.Packages.Path(c.ID, prod), c.ID+"-"+prod); err != nil {
		a.Log.ErrorContext(r.Context(), "download", "case_id", id, "err", err)
	}
}

// refuse answers a download in plain text: a case not found (or not the
// caller's to see) as any path that leads nowhere, a refusal with its
// message and the one table's status, a fault of writ with a 500 whose
// details go only to the log.
func (a *API) refuse(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case status.Of(err) == http.StatusNotFound:
		http.NotFound(w, r)
	case status.Internal(err):
		a.Log.ErrorContext(r.Context(), "download", "case_id", r.PathValue("id"), "err", err)
		http.Error(w, "internal error; the details are in writ's log", http.StatusInternalServerError)
	default:
		http.Error(w, fault.Message(err), status.Of(err))
	}
}

// writeTarGz writes the folder dir as a gzipped tar whose entries sit under
// prefix/.
func writeTarGz(w io.Writer, dir, prefix string) error {
	gz := gzip.NewWriter(w)
	if err := production.WriteTar(gz, dir, prefix); err != nil {
		return err
	}
	return gz.Close()
}
