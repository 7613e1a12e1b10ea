package web

import (
	"compress/gzip"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/production"
	"github.com/writ-project/writ/internal/source"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/status"
)

// Production is how the server builds packages: where they are kept, the
// platform's records, and the settings of cases.ProduceOptions.
type Production struct {
	// Dir holds the packages, one folder per case and production.
	Dir string
	// Source opens the platform's records (nil: preserved records only).
	Source      func() (source.Source, error)
	SealKey     string
	BatesPrefix string
	Font        string
}

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

// registerProductions adds building, releasing and downloading a
// production. The gate decides a build and a release (invariant 1); the
// policy decides who may ask, and the applicant's counsel download only a
// released production, once they have acknowledged the use restriction.
func (s *Server) registerProductions(api huma.API, mux *http.ServeMux) {
	secured := []map[string][]string{{"session": {}}, {"bearer": {}}}
	huma.Register(api, huma.Operation{OperationID: "produce", Method: http.MethodPost, Path: "/api/v1/cases/{id}/productions",
		Summary: "Build the production package, if the order allows disclosure now", Security: secured, DefaultStatus: http.StatusCreated, MaxBodyBytes: 1 << 16}, s.produce)
	huma.Register(api, huma.Operation{OperationID: "release", Method: http.MethodPost, Path: "/api/v1/cases/{id}/productions/{production}/release",
		Summary: "Release a built production after checking the package and the gate again", Security: secured}, s.release)
	huma.Register(api, huma.Operation{OperationID: "void", Method: http.MethodPost, Path: "/api/v1/cases/{id}/productions/{production}/void",
		Summary: "Void a built production: it is never released nor downloaded, and its package is removed", Security: secured, MaxBodyBytes: 1 << 14}, s.void)
	mux.HandleFunc("GET /api/v1/cases/{id}/productions/{production}/package.tar.gz", s.download)
}

// errNoProductions answers when this server was started without a place
// for packages.
var errNoProductions = huma.NewError(http.StatusNotImplemented, "this server builds no productions (no package folder is configured)")

func (s *Server) produce(ctx context.Context, in *produceInput) (*productionOutput, error) {
	if s.Production == nil {
		return nil, errNoProductions
	}
	p, c, _, err := s.loadCase(ctx, in.ID, access.Produce)
	if err != nil {
		return nil, err
	}
	if in.Body.Now != "" {
		if err := cases.NowOnly(in.Body.Now, c.Calendar.Location, s.Now(), "a production is built"); err != nil {
			return nil, huma.Error422UnprocessableEntity("now: "+err.Error(), &huma.ErrorDetail{Location: "body.now", Message: err.Error(), Value: in.Body.Now})
		}
	}
	built, err := s.build(ctx, c.ID, p.Actor(), in.Body.Accounts)
	if err != nil {
		return nil, s.problem(ctx, err)
	}
	out := &productionOutput{}
	out.Body.Production, out.Body.Digest = built.ID, built.Digest
	out.Body.Bates = built.Manifest.Bates.First + " to " + built.Manifest.Bates.Last
	return out, nil
}

// build builds a production of a case now, as actor's act, and keeps its
// package under the production's id. A build that fails or is refused
// leaves nothing behind.
func (s *Server) build(ctx context.Context, caseID, actor string, accounts []string) (*cases.Produced, error) {
	var src source.Source
	var err error
	if s.Production.Source != nil {
		if src, err = s.Production.Source(); err != nil {
			return nil, err
		}
		defer src.Close()
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	out := filepath.Join(s.Production.Dir, caseID, "build-"+hex.EncodeToString(b))
	p, err := s.Cases.Produce(ctx, caseID, src, cases.ProduceOptions{Out: out, Actor: actor, Accounts: accounts,
		SealKey: s.Production.SealKey, BatesPrefix: s.Production.BatesPrefix, Font: s.Production.Font})
	if err != nil {
		return nil, err
	}
	if err := os.Rename(out, s.packageDir(caseID, p.ID)); err != nil {
		_ = os.RemoveAll(out)
		return nil, fault.Wrap(fault.Internal, err, "cannot move the package into place")
	}
	return p, nil
}

// packageDir is where a built production is kept.
func (s *Server) packageDir(caseID, productionID string) string {
	return filepath.Join(s.Production.Dir, caseID, productionID)
}

func (s *Server) release(ctx context.Context, in *productionPath) (*releaseOutput, error) {
	if s.Production == nil {
		return nil, errNoProductions
	}
	p, _, err := s.caseRef(ctx, in.ID, access.Produce)
	if err != nil {
		return nil, err
	}
	if err := s.Cases.Release(ctx, in.ID, in.Production, s.packageDir(in.ID, in.Production), p.Actor()); err != nil {
		return nil, s.problem(ctx, err)
	}
	out := &releaseOutput{}
	out.Body.Released = s.Now().UTC().Format(time.RFC3339)
	return out, nil
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

// void voids a built production: it is never released nor downloaded,
// and its package, which holds people's data, is removed.
func (s *Server) void(ctx context.Context, in *voidInput) (*voidOutput, error) {
	if s.Production == nil {
		return nil, errNoProductions
	}
	p, _, err := s.caseRef(ctx, in.ID, access.Produce)
	if err != nil {
		return nil, err
	}
	if err := s.Cases.Void(ctx, in.ID, in.Production, in.Body.Reason, s.packageDir(in.ID, in.Production), p.Actor()); err != nil {
		return nil, s.problem(ctx, err)
	}
	out := &voidOutput{}
	out.Body.Voided = s.Now().UTC().Format(time.RFC3339)
	return out, nil
}

// download streams a production as a tar.gz of its BagIt bag: to staff,
// to review what they built, and to the applicant's counsel once it is
// released, the use restriction acknowledged and the gate still open. Every
// download, by anyone, is recorded first as an event of the case and in its
// access log; if either cannot be written, nothing is sent.
func (s *Server) download(w http.ResponseWriter, r *http.Request) {
	p, err := s.apiPrincipal(r)
	if err != nil {
		http.Error(w, "sign in first", http.StatusUnauthorized)
		return
	}
	if s.Production == nil {
		http.NotFound(w, r)
		return
	}
	id, prod := r.PathValue("id"), r.PathValue("production")
	c, err := s.Cases.Load(r.Context(), id)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	st := matter.Apply(c.Events, time.Time{})
	pr := st.Production(prod)
	ref := access.CaseRef{ID: c.ID, Provider: c.Order.Provider, Released: pr != nil && !pr.Released.IsZero(), UseAcknowledged: !st.Acknowledged.IsZero()}
	if err := access.Check(p, access.DownloadRelease, ref); err != nil {
		if fault.Is(err, fault.NotFound) {
			http.NotFound(w, r)
			return
		}
		http.Error(w, fault.Message(err), http.StatusForbidden)
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
	if err := s.Cases.Download(r.Context(), c.ID, prod, p.Actor(), by); err != nil {
		switch {
		case fault.Is(err, fault.GateClosed) && p.Role() == access.Counsel:
			// Counsel learn that the production is held, not why: the
			// reasons name accounts (invariant 3).
			http.Error(w, "the order does not allow this production to be downloaded now", status.Of(err))
		case status.Internal(err):
			s.Log.ErrorContext(r.Context(), "download", "case_id", c.ID, "err", err)
			http.Error(w, "internal error; the details are in writ's log", http.StatusInternalServerError)
		default:
			http.Error(w, fault.Message(err), status.Of(err))
		}
		return
	}
	if err := s.seen(r.Context(), p, c.ID, "download:production", store.SeenProduction); err != nil {
		s.Log.ErrorContext(r.Context(), "download", "case_id", c.ID, "err", err)
		http.Error(w, "internal error; the details are in writ's log", http.StatusInternalServerError)
		return
	}
	dir := s.packageDir(c.ID, prod)
	w.Header().Set("Content-Type", "application/gzip")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s-%s.tar.gz"`, c.Order.CaseNumber, prod))
	if err := writeTarGz(w, dir, c.ID+"-"+prod); err != nil {
		s.Log.ErrorContext(r.Context(), "download", "case_id", c.ID, "err", err)
	}
}

// apiPrincipal authenticates a plain handler's request by bearer token or
// session cookie.
func (s *Server) apiPrincipal(r *http.Request) (access.Principal, error) {
	token := bearer(r.Header.Get("Authorization"))
	if token == "" {
		token = access.TokenFromRequest(r)
	}
	if s.Access == nil {
		return access.Principal{}, access.ErrSignedOut
	}
	return s.Access.Authenticate(r.Context(), token, s.Now())
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
