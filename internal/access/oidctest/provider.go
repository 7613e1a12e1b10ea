// Package oidctest is an OpenID Connect provider for tests, in process and
// on loopback: a discovery document, a key set, an authorization endpoint
// that signs in whoever the test says at once (no login page) and redirects
// back with a code, and a token endpoint that checks the client, the
// redirect URI and the PKCE verifier before it hands out an ID token signed
// with an RSA key. A test changes what the next ID token says through
// Provider.Next, to try writ against a provider that misbehaves.
package oidctest

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
)

// Client ID and secret the provider knows writ by.
const (
	ClientID     = "writ-test"
	ClientSecret = "writ-test-secret"
)

// Identity is what the provider says about the person in the next ID
// token, and how it says it. The zero value of a field means "as a correct
// provider would", except for Email.
type Identity struct {
	Email string
	// EmailVerified is the email_verified claim; true when nil. Set it to
	// false, "false" or "true" to try the variants providers send.
	EmailVerified any
	// OmitEmailVerified leaves the claim out.
	OmitEmailVerified bool
	// Audience replaces the aud claim (the client ID).
	Audience string
	// Issuer replaces the iss claim (the provider's URL).
	Issuer string
	// Nonce replaces the nonce the authorization request carried.
	Nonce string
	// Expiry replaces exp (an hour after Now).
	Expiry time.Time
	// SignWith signs the token with another key than the one published.
	SignWith *rsa.PrivateKey
	// Error makes the authorization endpoint redirect back with this
	// error= instead of a code.
	Error string
	// OmitIDToken makes the token endpoint answer without an id_token.
	OmitIDToken bool
	// Interactive makes the authorization endpoint answer with a page
	// whose link "Continue" leads back, as a real provider's login page
	// does, instead of redirecting at once. In a browser the way back is
	// then a navigation started on the provider's site, as it is in life.
	Interactive bool
}

// Provider is a running test provider.
type Provider struct {
	// URL is the issuer.
	URL string
	// Now is the provider's clock; time.Now when nil.
	Now func() time.Time

	key    *rsa.PrivateKey
	server *httptest.Server

	mu    sync.Mutex
	next  Identity
	codes map[string]grant
	// issued counts the ID tokens the token endpoint handed out.
	issued int
	// lastAuth is the query of the last authorization request.
	lastAuth url.Values
}

// grant is an authorization code and what it was issued for.
type grant struct {
	redirectURI, nonce, challenge string
	who                           Identity
}

// New starts a provider on a loopback address; it stops when the test
// ends.
func New(t testing.TB) *Provider {
	t.Helper()
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	p := &Provider{key: key, codes: map[string]grant{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /.well-known/openid-configuration", p.discovery)
	mux.HandleFunc("GET /keys", p.keys)
	mux.HandleFunc("GET /authorize", p.authorize)
	mux.HandleFunc("POST /token", p.token)
	p.server = httptest.NewServer(mux)
	p.URL = p.server.URL
	t.Cleanup(p.server.Close)
	return p
}

// SetNext sets who the provider signs in next, and how.
func (p *Provider) SetNext(id Identity) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.next = id
}

// Issued is how many ID tokens the token endpoint has handed out.
func (p *Provider) Issued() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.issued
}

// LastAuthorization is the query of the last authorization request.
func (p *Provider) LastAuthorization() url.Values {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.lastAuth
}

func (p *Provider) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (p *Provider) discovery(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{
		"issuer":                                p.URL,
		"authorization_endpoint":                p.URL + "/authorize",
		"token_endpoint":                        p.URL + "/token",
		"jwks_uri":                              p.URL + "/keys",
		"response_types_supported":              []string{"code"},
		"subject_types_supported":               []string{"public"},
		"id_token_signing_alg_values_supported": []string{"RS256"},
		"code_challenge_methods_supported":      []string{"S256"},
	})
}

func (p *Provider) keys(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, jose.JSONWebKeySet{Keys: []jose.JSONWebKey{
		{Key: &p.key.PublicKey, KeyID: "test-key", Algorithm: string(jose.RS256), Use: "sig"},
	}})
}

// authorize signs in p.next at once and redirects to the redirect URI with
// a code and the state, or with p.next.Error.
func (p *Provider) authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	p.mu.Lock()
	p.lastAuth = q
	who := p.next
	p.mu.Unlock()
	redirect, err := url.Parse(q.Get("redirect_uri"))
	if err != nil || redirect.Host == "" {
		http.Error(w, "bad redirect_uri", http.StatusBadRequest)
		return
	}
	if q.Get("client_id") != ClientID || q.Get("response_type") != "code" {
		http.Error(w, "unknown client or response type", http.StatusBadRequest)
		return
	}
	back := redirect.Query()
	back.Set("state", q.Get("state"))
	if who.Error != "" {
		back.Set("error", who.Error)
		back.Set("error_description", "The user said no. Secret: SHOULD-NOT-BE-SHOWN")
	} else {
		code := randomText()
		p.mu.Lock()
		p.codes[code] = grant{redirectURI: q.Get("redirect_uri"), nonce: q.Get("nonce"), challenge: q.Get("code_challenge"), who: who}
		p.mu.Unlock()
		back.Set("code", code)
	}
	redirect.RawQuery = back.Encode()
	if who.Interactive {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = fmt.Fprintf(w, `<!doctype html><title>Test IdP</title><a id="continue" href="%s">Continue</a>`, html.EscapeString(redirect.String()))
		return
	}
	http.Redirect(w, r, redirect.String(), http.StatusFound)
}

// token exchanges a code, once, for an ID token, after checking the
// client's secret, the redirect URI and the PKCE verifier (RFC 7636 §4.6).
func (p *Provider) token(w http.ResponseWriter, r *http.Request) {
	oauthErr := func(code string) {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": code})
	}
	if err := r.ParseForm(); err != nil {
		oauthErr("invalid_request")
		return
	}
	id, secret, ok := r.BasicAuth()
	if !ok {
		id, secret = r.PostForm.Get("client_id"), r.PostForm.Get("client_secret")
	}
	if id != ClientID || subtle.ConstantTimeCompare([]byte(secret), []byte(ClientSecret)) != 1 {
		writeJSON(w, http.StatusUnauthorized, map[string]string{"error": "invalid_client"})
		return
	}
	if r.PostForm.Get("grant_type") != "authorization_code" {
		oauthErr("unsupported_grant_type")
		return
	}
	p.mu.Lock()
	g, found := p.codes[r.PostForm.Get("code")]
	delete(p.codes, r.PostForm.Get("code"))
	p.mu.Unlock()
	if !found || g.redirectURI != r.PostForm.Get("redirect_uri") {
		oauthErr("invalid_grant")
		return
	}
	sum := sha256.Sum256([]byte(r.PostForm.Get("code_verifier")))
	if g.challenge == "" || base64.RawURLEncoding.EncodeToString(sum[:]) != g.challenge {
		oauthErr("invalid_grant")
		return
	}
	body := map[string]any{"access_token": randomText(), "token_type": "Bearer", "expires_in": 3600}
	if !g.who.OmitIDToken {
		raw, err := p.idToken(g)
		if err != nil {
			writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "server_error"})
			return
		}
		body["id_token"] = raw
		p.mu.Lock()
		p.issued++
		p.mu.Unlock()
	}
	writeJSON(w, http.StatusOK, body)
}

// idToken signs the ID token of a grant.
func (p *Provider) idToken(g grant) (string, error) {
	who, now := g.who, p.now()
	claims := map[string]any{
		"iss":   p.URL,
		"sub":   "sub-" + who.Email,
		"aud":   ClientID,
		"iat":   now.Unix(),
		"exp":   now.Add(time.Hour).Unix(),
		"nonce": g.nonce,
		"email": who.Email,
	}
	if who.Issuer != "" {
		claims["iss"] = who.Issuer
	}
	if who.Audience != "" {
		claims["aud"] = who.Audience
	}
	if who.Nonce != "" {
		claims["nonce"] = who.Nonce
	}
	if !who.Expiry.IsZero() {
		claims["exp"] = who.Expiry.Unix()
	}
	switch {
	case who.OmitEmailVerified:
	case who.EmailVerified == nil:
		claims["email_verified"] = true
	default:
		claims["email_verified"] = who.EmailVerified
	}
	key := p.key
	if who.SignWith != nil {
		key = who.SignWith
	}
	signer, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.RS256, Key: key},
		(&jose.SignerOptions{}).WithType("JWT").WithHeader("kid", "test-key"))
	if err != nil {
		return "", err
	}
	return jwt.Signed(signer).Claims(claims).Serialize()
}

func randomText() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}
