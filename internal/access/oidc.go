package access

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"

	"github.com/writ-project/writ/internal/fault"
)

// OIDC sign-in: the authorization-code flow of OpenID Connect Core 1.0 with
// PKCE (RFC 7636), a state and a nonce. This file is the only place that
// knows go-oidc and x/oauth2; the web layer sees Begin, SignIn and a flow
// cookie.
//
// Who may sign in is writ's to decide, not the provider's: the verified
// e-mail address of the ID token must be that of a user staff already
// created. Nobody is created on the way in.

// FlowTTL is how long a sign-in through the provider may take, from the
// click on "Sign in with ..." to the callback. A flow older than that is
// refused and the person starts again.
const FlowTTL = 10 * time.Minute

// The flow cookie's names, like the session cookie's: __Host- over HTTPS.
const (
	FlowCookieName       = "writ_oidc"
	SecureFlowCookieName = "__Host-writ_oidc"
)

// OIDCConfig names an OpenID Connect provider and writ's client there.
type OIDCConfig struct {
	// Issuer is the provider's issuer URL, where
	// /.well-known/openid-configuration is found. It must be https, except
	// on a loopback address (a provider on the same machine, tests).
	Issuer string
	// ClientID and ClientSecret are writ's client at the provider. The
	// secret may be empty for a public client, which PKCE protects.
	ClientID     string
	ClientSecret string
	// RedirectURL is writ's callback as the browser reaches it:
	// https://writ.example/signin/oidc/callback.
	RedirectURL string
	// Name is what the sign-in page calls the provider ("Sign in with
	// Okta"); the issuer's host when empty.
	Name string
	// HTTPClient talks to the provider (discovery, keys, the token
	// endpoint); a client with a 10-second timeout when nil.
	HTTPClient *http.Client
}

// OIDCRefusal is inside the fault.Forbidden that OIDC.SignIn returns when
// the provider's answer signs nobody in. It wraps ErrCredentials: to the
// person every refusal is the same, as a wrong password is. Reason says
// why, for the log; it holds no e-mail address and no token.
type OIDCRefusal struct {
	Reason string
}

func (e *OIDCRefusal) Error() string { return "access: OIDC sign-in refused: " + e.Reason }

// Unwrap makes errors.Is(err, ErrCredentials) hold for every refusal.
func (e *OIDCRefusal) Unwrap() error { return ErrCredentials }

// refuse is the error of every OIDC refusal; only the reason differs.
func refuse(format string, args ...any) error {
	return &fault.Error{Code: fault.Forbidden, Err: &OIDCRefusal{Reason: fmt.Sprintf(format, args...)},
		Message: "writ could not sign you in this way"}
}

// Flow is what a browser keeps, in the flow cookie, between the start of a
// sign-in and the provider's callback: the state the callback must bring
// back, the nonce the ID token must carry, and the PKCE code verifier.
type Flow struct {
	State    string    `json:"s"`
	Nonce    string    `json:"n"`
	Verifier string    `json:"v"`
	Expires  time.Time `json:"e"`
}

// OIDC signs users in through an OpenID Connect provider. It is safe for
// concurrent use. The provider's discovery document is fetched on first
// use (or by Discover) and kept; a failed fetch is tried again on the next
// sign-in, so that writ starts while the provider is down.
type OIDC struct {
	cfg     OIDCConfig
	auth    *Authenticator
	client  *http.Client
	flowKey []byte

	mu       sync.Mutex
	provider *oidc.Provider
	verifier *oidc.IDTokenVerifier
	oauth    *oauth2.Config
}

// NewOIDC checks a provider's configuration and returns the OIDC sign-in
// that starts sessions through a. It makes no request.
func NewOIDC(a *Authenticator, cfg OIDCConfig) (*OIDC, error) {
	if a == nil {
		return nil, fault.Errorf(fault.Internal, "access: OIDC without an authenticator")
	}
	iss, err := checkURL(cfg.Issuer, "issuer")
	if err != nil {
		return nil, err
	}
	if iss.Scheme != "https" && !loopback(iss.Hostname()) {
		return nil, &fault.Error{Code: fault.Invalid, Field: "issuer", Message: "the OIDC issuer must be an https URL (plain http only on a loopback address)"}
	}
	if _, err := checkURL(cfg.RedirectURL, "redirect URL"); err != nil {
		return nil, err
	}
	if strings.TrimSpace(cfg.ClientID) == "" {
		return nil, &fault.Error{Code: fault.Invalid, Field: "client ID", Message: "the OIDC client ID is missing"}
	}
	if cfg.Name == "" {
		cfg.Name = iss.Host
	}
	client := cfg.HTTPClient
	if client == nil {
		client = &http.Client{Timeout: 10 * time.Second}
	}
	// The flow cookie is signed so that a browser cannot stretch a flow past
	// FlowTTL or bring one writ did not start. With a client secret, every
	// writ process behind one address derives the same key from it; a
	// public client's key is this process's own, so that a flow must end
	// at the process that began it.
	key := make([]byte, 32)
	if cfg.ClientSecret != "" {
		m := hmac.New(sha256.New, []byte(cfg.ClientSecret))
		m.Write([]byte("writ oidc flow cookie v1"))
		key = m.Sum(nil)
	} else if _, err := rand.Read(key); err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not generate a key")
	}
	return &OIDC{cfg: cfg, auth: a, client: client, flowKey: key}, nil
}

func checkURL(raw, what string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return nil, &fault.Error{Code: fault.Invalid, Field: what, Message: fmt.Sprintf("the OIDC %s must be an absolute http(s) URL, not %q", what, raw)}
	}
	return u, nil
}

func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Name is what the sign-in page calls the provider.
func (o *OIDC) Name() string { return o.cfg.Name }

// Discover fetches the provider's discovery document, if it has not been
// fetched yet. writ serve calls it at start to report a misconfigured
// issuer early; sign-in calls it too.
func (o *OIDC) Discover(ctx context.Context) error {
	_, _, err := o.discovered(ctx)
	return err
}

// discovered returns the provider's OAuth 2.0 endpoints and ID token
// verifier, fetching the discovery document the first time.
func (o *OIDC) discovered(ctx context.Context) (*oauth2.Config, *oidc.IDTokenVerifier, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.provider != nil {
		return o.oauth, o.verifier, nil
	}
	// go-oidc keeps this client (not the context's deadline) for fetching
	// the provider's keys later.
	p, err := oidc.NewProvider(oidc.ClientContext(ctx, o.client), o.cfg.Issuer)
	if err != nil {
		return nil, nil, fault.Wrap(fault.Internal, err, "writ could not reach %s to sign you in; try again later", o.cfg.Name)
	}
	o.provider = p
	o.oauth = &oauth2.Config{ClientID: o.cfg.ClientID, ClientSecret: o.cfg.ClientSecret, RedirectURL: o.cfg.RedirectURL,
		Endpoint: p.Endpoint(), Scopes: []string{oidc.ScopeOpenID, "email"}}
	// Expiry is checked in SignIn against the now it is given: package
	// access reads no clock.
	o.verifier = p.Verifier(&oidc.Config{ClientID: o.cfg.ClientID, SkipExpiryCheck: true})
	return o.oauth, o.verifier, nil
}

// Begin starts a sign-in: it returns the provider's authorization URL to
// send the browser to, and the Flow to keep in the flow cookie until the
// callback.
func (o *OIDC) Begin(ctx context.Context, now time.Time) (string, Flow, error) {
	conf, _, err := o.discovered(ctx)
	if err != nil {
		return "", Flow{}, err
	}
	state, err := newToken()
	if err != nil {
		return "", Flow{}, err
	}
	nonce, err := newToken()
	if err != nil {
		return "", Flow{}, err
	}
	f := Flow{State: state, Nonce: nonce, Verifier: oauth2.GenerateVerifier(), Expires: now.Add(FlowTTL).UTC()}
	return conf.AuthCodeURL(state, oidc.Nonce(nonce), oauth2.S256ChallengeOption(f.Verifier)), f, nil
}

// idClaims are the ID token's claims that writ reads beyond those go-oidc
// checks.
type idClaims struct {
	Email string `json:"email"`
	// EmailVerified is a JSON boolean; some providers send the string
	// "true", which counts as well.
	EmailVerified   any    `json:"email_verified"`
	AuthorizedParty string `json:"azp"`
	NotBefore       *int64 `json:"nbf"`
}

func (c idClaims) verified() bool {
	return c.EmailVerified == true || c.EmailVerified == "true"
}

// clockSkew is how far the provider's clock may be ahead of writ's for an
// ID token's nbf.
const clockSkew = 5 * time.Minute

// SignIn ends a sign-in at the provider's callback: state and code are the
// callback's parameters, f the flow the browser kept. It checks the state,
// exchanges the code (with the PKCE verifier) for an ID token, verifies the
// token (signature, issuer, audience, expiry as of now, nonce), and signs
// in the existing user whose e-mail address the token carries, verified.
// It returns the session token and the principal, as Authenticator.SignIn
// does.
//
// Every way the answer fails to sign anyone in — no flow or an expired
// one, a wrong state, a refused code, a bad token, no verified address, an
// address no user has — is the same fault.Forbidden wrapping an
// *OIDCRefusal (and ErrCredentials). A provider writ cannot reach is a
// fault.Internal.
func (o *OIDC) SignIn(ctx context.Context, f Flow, state, code string, now time.Time) (string, Principal, error) {
	if f.State == "" || f.Nonce == "" || f.Verifier == "" {
		return "", Principal{}, refuse("no sign-in in progress in this browser")
	}
	if !now.Before(f.Expires) {
		return "", Principal{}, refuse("the sign-in began more than %s ago", FlowTTL)
	}
	if subtle.ConstantTimeCompare([]byte(state), []byte(f.State)) != 1 {
		return "", Principal{}, refuse("the callback's state is not the flow's")
	}
	if code == "" {
		return "", Principal{}, refuse("the callback has no code")
	}
	conf, verifier, err := o.discovered(ctx)
	if err != nil {
		return "", Principal{}, err
	}
	cctx := context.WithValue(ctx, oauth2.HTTPClient, o.client)
	tok, err := conf.Exchange(cctx, code, oauth2.VerifierOption(f.Verifier))
	if err != nil {
		var re *oauth2.RetrieveError
		if errors.As(err, &re) && re.Response != nil && re.Response.StatusCode >= 400 && re.Response.StatusCode < 500 {
			// The provider refused the code (used, expired, wrong
			// verifier). Its body is not logged: only its error code.
			return "", Principal{}, refuse("the token endpoint refused the code: %d %s", re.Response.StatusCode, re.ErrorCode)
		}
		if re != nil {
			err = fmt.Errorf("token endpoint: %s %s", re.Response.Status, re.ErrorCode)
		}
		return "", Principal{}, fault.Wrap(fault.Internal, err, "writ could not complete the sign-in with %s; try again later", o.cfg.Name)
	}
	raw, _ := tok.Extra("id_token").(string)
	if raw == "" {
		return "", Principal{}, refuse("the token response has no ID token")
	}
	idt, err := verifier.Verify(ctx, raw)
	if err != nil {
		return "", Principal{}, refuse("the ID token does not verify: %v", err)
	}
	// OpenID Connect Core 1.0 §3.1.3.7: the token must not have expired;
	// go-oidc was told to skip this so that now comes from the caller.
	if !now.Before(idt.Expiry) {
		return "", Principal{}, refuse("the ID token expired at %s", idt.Expiry.UTC().Format(time.RFC3339))
	}
	if subtle.ConstantTimeCompare([]byte(idt.Nonce), []byte(f.Nonce)) != 1 {
		return "", Principal{}, refuse("the ID token's nonce is not the flow's")
	}
	var c idClaims
	if err := idt.Claims(&c); err != nil {
		return "", Principal{}, refuse("the ID token's claims cannot be read: %v", err)
	}
	if c.NotBefore != nil && now.Add(clockSkew).Before(time.Unix(*c.NotBefore, 0)) {
		return "", Principal{}, refuse("the ID token is not valid yet")
	}
	// §3.1.3.7 item 5: an azp, when present, must be writ's client.
	if c.AuthorizedParty != "" && c.AuthorizedParty != o.cfg.ClientID {
		return "", Principal{}, refuse("the ID token was issued to another client (azp)")
	}
	if c.Email == "" {
		return "", Principal{}, refuse("the ID token has no e-mail address (is the email scope allowed?)")
	}
	if !c.verified() {
		return "", Principal{}, refuse("the provider has not verified the e-mail address")
	}
	user, err := o.auth.users.UserByEmail(ctx, c.Email)
	if fault.Is(err, fault.NotFound) {
		return "", Principal{}, refuse("no user has the ID token's e-mail address")
	}
	if err != nil {
		return "", Principal{}, err
	}
	if user.Disabled() {
		return "", Principal{}, refuse("the user %s is disabled", user.ID)
	}
	return o.auth.StartSession(ctx, user.ID, now)
}

// flowCookieName is the name of the flow cookie for a scheme.
func flowCookieName(secure bool) string {
	if secure {
		return SecureFlowCookieName
	}
	return FlowCookieName
}

// SetFlowCookie keeps a flow in the browser until the callback: signed,
// HttpOnly, kept FlowTTL (by Max-Age, which does not depend on the
// browser's clock agreeing with writ's; the flow's own expiry is checked
// by SignIn), and SameSite=Lax, since the callback is
// a navigation from the provider's site, which a Strict cookie would miss.
func (o *OIDC) SetFlowCookie(w http.ResponseWriter, f Flow, secure bool) {
	body, _ := json.Marshal(f)
	payload := base64.RawURLEncoding.EncodeToString(body)
	http.SetCookie(w, &http.Cookie{
		Name: flowCookieName(secure), Value: payload + "." + o.sign(payload), Path: "/",
		MaxAge:   int(FlowTTL.Seconds()),
		HttpOnly: true, Secure: secure, SameSite: http.SameSiteLaxMode,
	})
}

// ClearFlowCookie removes the flow cookie: a flow is used once, whatever
// its outcome.
func ClearFlowCookie(w http.ResponseWriter, secure bool) {
	http.SetCookie(w, &http.Cookie{
		Name: flowCookieName(secure), Value: "", Path: "/", MaxAge: -1, Expires: time.Unix(0, 0),
		HttpOnly: true, Secure: secure, SameSite: http.SameSiteLaxMode,
	})
}

// FlowFromRequest returns the flow of a request's flow cookie; the zero
// Flow (which SignIn refuses) when there is none or its signature does not
// hold.
func (o *OIDC) FlowFromRequest(r *http.Request) Flow {
	return o.FlowFrom(r, false)
}

// FlowFrom is FlowFromRequest for a scheme: over HTTPS only the __Host-
// cookie counts (see CookieValue).
func (o *OIDC) FlowFrom(r *http.Request, secure bool) Flow {
	v := CookieValue(r, FlowCookieName, secure)
	if v == "" {
		return Flow{}
	}
	payload, sig, ok := strings.Cut(v, ".")
	if !ok || !hmac.Equal([]byte(sig), []byte(o.sign(payload))) {
		return Flow{}
	}
	body, err := base64.RawURLEncoding.DecodeString(payload)
	var f Flow
	if err != nil || json.Unmarshal(body, &f) != nil {
		return Flow{}
	}
	return f
}

func (o *OIDC) sign(payload string) string {
	m := hmac.New(sha256.New, o.flowKey)
	m.Write([]byte(payload))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}
