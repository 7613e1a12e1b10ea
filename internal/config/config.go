// Package config is writ's configuration: one struct, filled from defaults,
// then the environment (WRIT_*; secrets also as WRIT_*_FILE naming a file
// that holds them), then flags, and passed explicitly to what needs it.
package config

import (
	"fmt"
	"strings"
)

// Config is every setting of writ.
type Config struct {
	// DB is the database: sqlite:PATH or postgres://... (WRIT_DB).
	DB string
	// Court is the default court calendar (WRIT_COURT).
	Court string
	// Source names the platform's records: demo:DIR, jsonl:PATH, csv:PATH
	// or a connector config file (WRIT_SOURCE).
	Source string
	// SealKey is the age secret key that seals preserved records at rest
	// (WRIT_SEAL_KEY or WRIT_SEAL_KEY_FILE).
	SealKey string
	// BatesPrefix starts every Bates number of a production (WRIT_BATES_PREFIX).
	BatesPrefix string
	// Data is the folder where writ serve keeps production packages
	// (WRIT_DATA).
	Data string
	// Font is the TrueType font file the PDFs are set in (WRIT_FONT); it
	// must have a glyph for every character they show. Empty, the default,
	// is IPAex Gothic, which writ embeds (pdf.OpenFont).
	Font string
	// Notice is how notices reach account holders (WRIT_SMTP_*,
	// WRIT_NOTICE_TEMPLATES, WRIT_PORTAL_URL).
	Notice Notice
	// OIDC is the OpenID Connect provider staff, counsel and the court may
	// sign in through besides their passwords; none when its Issuer is "".
	OIDC OIDC
	// Server is how writ serve meets the network: its public address, TLS,
	// trusted proxies, /metrics.
	Server Server
	// Counsel is the platform's counsel, who signs the letter to the court
	// (WRIT_COUNSEL_*); not configured, the letter has blanks to fill in.
	Counsel Counsel
	// Log is the key that signs the log's checkpoints, how often writ
	// serve makes one, and its witnesses (WRIT_LOG_*).
	Log Log
}

// OIDC configures sign-in through an OpenID Connect provider.
type OIDC struct {
	// Issuer is the provider's issuer URL (WRIT_OIDC_ISSUER).
	Issuer string
	// ClientID and ClientSecret are writ's client at the provider
	// (WRIT_OIDC_CLIENT_ID; WRIT_OIDC_CLIENT_SECRET or
	// WRIT_OIDC_CLIENT_SECRET_FILE, empty for a public client).
	ClientID     string
	ClientSecret string
	// RedirectURL is writ's callback as browsers reach it
	// (WRIT_OIDC_REDIRECT_URL); writ serve derives it from the address it
	// listens on when empty.
	RedirectURL string
	// Name labels the sign-in link, "Sign in with NAME" (WRIT_OIDC_NAME).
	Name string
}

// Defaults are the settings with nothing configured.
func Defaults() Config {
	return Config{
		DB:          "sqlite:writ.db",
		Court:       "cand",
		BatesPrefix: "WRIT-",
		Data:        "writ-data",
	}
}

// Load reads the environment over the defaults. A secret may be given in
// the variable itself or in a file named by the variable with _FILE (the
// form container platforms mount secrets in); both at once is an error.
func Load(getenv func(string) string, readFile func(string) ([]byte, error)) (Config, error) {
	c := Defaults()
	for _, v := range []struct {
		name string
		to   *string
	}{{"WRIT_DB", &c.DB}, {"WRIT_COURT", &c.Court}, {"WRIT_SOURCE", &c.Source}, {"WRIT_BATES_PREFIX", &c.BatesPrefix}, {"WRIT_FONT", &c.Font}, {"WRIT_DATA", &c.Data}} {
		if s := getenv(v.name); s != "" {
			*v.to = s
		}
	}
	key, err := secret(getenv, readFile, "WRIT_SEAL_KEY")
	if err != nil {
		return c, err
	}
	c.SealKey = key
	if c.Notice, err = loadNotice(getenv, readFile); err != nil {
		return c, err
	}
	if c.OIDC, err = loadOIDC(getenv, readFile); err != nil {
		return c, err
	}
	if c.Server, err = loadServer(getenv, readFile); err != nil {
		return c, err
	}
	if c.Counsel, err = loadCounsel(getenv); err != nil {
		return c, err
	}
	if c.Log, err = loadLog(getenv, readFile); err != nil {
		return c, err
	}
	return c, nil
}

// loadOIDC reads the OIDC provider's settings. They go together: a client
// without an issuer, or an issuer without a client, is an error rather
// than a sign-in link that cannot work.
func loadOIDC(getenv func(string) string, readFile func(string) ([]byte, error)) (OIDC, error) {
	o := OIDC{Issuer: getenv("WRIT_OIDC_ISSUER"), ClientID: getenv("WRIT_OIDC_CLIENT_ID"),
		RedirectURL: getenv("WRIT_OIDC_REDIRECT_URL"), Name: getenv("WRIT_OIDC_NAME")}
	secretValue, err := secret(getenv, readFile, "WRIT_OIDC_CLIENT_SECRET")
	if err != nil {
		return o, err
	}
	o.ClientSecret = secretValue
	switch {
	case o.Issuer == "" && (o.ClientID != "" || o.ClientSecret != "" || o.RedirectURL != "" || o.Name != ""):
		return o, fmt.Errorf("WRIT_OIDC_ISSUER is not set, but other WRIT_OIDC_* settings are: set the issuer to sign in through OIDC")
	case o.Issuer != "" && o.ClientID == "":
		return o, fmt.Errorf("WRIT_OIDC_ISSUER is set but WRIT_OIDC_CLIENT_ID is not: set writ's client ID at the provider")
	}
	return o, nil
}

func secret(getenv func(string) string, readFile func(string) ([]byte, error), name string) (string, error) {
	direct, file := getenv(name), getenv(name+"_FILE")
	switch {
	case direct != "" && file != "":
		return "", fmt.Errorf("%s and %s_FILE are both set: set one", name, name)
	case file != "":
		b, err := readFile(file)
		if err != nil {
			return "", fmt.Errorf("%s_FILE: cannot read %s: %w", name, file, err)
		}
		return strings.TrimSpace(string(b)), nil
	}
	return direct, nil
}
