package cli

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/checkpoint"
	"github.com/writ-project/writ/internal/config"
	"github.com/writ-project/writ/internal/democlock"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/jobs"
	"github.com/writ-project/writ/internal/letter"
	"github.com/writ-project/writ/internal/source"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web"
	"github.com/writ-project/writ/internal/web/pages"
	"github.com/writ-project/writ/internal/web/productions"
)

type serveFlags struct {
	addr, demoNow, demoDir string
	demo                   bool
	// publicURL, the TLS files, the trusted proxies and the metrics
	// address default to configuration (config.Server).
	publicURL, tlsCert, tlsKey, proxies, metricsAddr string
	// remindBefore are the days before a duty's due day that staff are
	// reminded; remindEvery how often duties are looked at.
	remindBefore []int
	remindEvery  time.Duration
	// webhookEvery is how often events are queued for the webhooks and
	// the deliveries due are sent.
	webhookEvery time.Duration
	// checkpointEvery is how often a checkpoint of the log is signed
	// (0: WRIT_CHECKPOINT_EVERY, else config.DefaultCheckpointEvery).
	checkpointEvery time.Duration
	// cacheCases is how many parsed cases the server keeps in memory.
	cacheCases int
}

func newServe(env Env, db *dbFlags) *cobra.Command {
	var f serveFlags
	cmd := &cobra.Command{
		Use:   "serve [--addr 127.0.0.1:8080] [--db DSN] [--demo]",
		Short: "Serve the web application and the JSON API",
		Long: `Serve writ over HTTP: the JSON API under /api/v1 (its OpenAPI 3.1 document is
/api/v1/openapi.json), /healthz and /readyz. With no flags it runs on the
embedded SQLite file (WRIT_DB, else sqlite:writ.db) at 127.0.0.1:8080.

--demo makes a demo platform, opens the seed order's case with its events
before --demo-now, creates a user for each role (staff of the platform, the
applicant's counsel, the court) and prints a sign-in link for each. Each
start is fresh: the last run's database, packages and outbox in --demo-dir
are removed (the demo platform is kept). --db or WRIT_DB may name another
database instead, which must hold no cases.

The demo runs on a clock of its own, which starts at 09:00 on --demo-now in
the court's time zone and runs on from there; a banner on every page moves
it a day on, or to the morning after the next deadline, so that the whole
procedure (service, notices, an objection, the court's ruling, the
production, its download) can be walked in one sitting.

Staff, counsel and the court sign in with their e-mail address and password,
or through an OpenID Connect provider when WRIT_OIDC_ISSUER is set:
  WRIT_OIDC_ISSUER         the provider's issuer URL (https)
  WRIT_OIDC_CLIENT_ID      writ's client ID there
  WRIT_OIDC_CLIENT_SECRET  its secret (or WRIT_OIDC_CLIENT_SECRET_FILE; none
                           for a public client)
  WRIT_OIDC_REDIRECT_URL   the callback as browsers reach it, registered at
                           the provider (default: http://ADDR/signin/oidc/callback)
  WRIT_OIDC_NAME           the label of the sign-in link, "Sign in with NAME"
The provider's verified e-mail address must be that of an existing writ user;
nobody is created by signing in.

Memory: unless GOMEMLIMIT is set, writ serve gives the Go runtime a soft
memory limit of 200 MiB and 40 KiB for each case --cache-cases keeps (240 MiB
by default), so that its collector does not let garbage grow to the size of
what it holds; once the index of every case is built, the limit is raised to
half again what the server then holds, if that is more (a platform with many
more than 100,000 cases). GOMEMLIMIT=off sets no limit, GOMEMLIMIT=1GiB
another.

It stops cleanly on SIGTERM or Ctrl-C: requests in flight finish, then the
database is closed.`,
		Example: "  writ serve --demo\n  writ serve --addr 127.0.0.1:9000 --db postgres://writ@db/writ",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runServe(cmd.Context(), env, db, &f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.addr, "addr", "127.0.0.1:8080", "the address to listen on")
	fl.BoolVar(&f.demo, "demo", false, "load the demo platform and the seed case, with a user for each role")
	fl.StringVar(&f.demoNow, "demo-now", "2022-11-21", "with --demo: the demo's first day: the seed case's events before it are recorded, and the demo's clock starts at 09:00 on it")
	fl.StringVar(&f.demoDir, "demo-dir", "writ-demo", "with --demo: the folder for the demo platform and database")
	fl.IntSliceVar(&f.remindBefore, "remind-before", []int{3, 1}, "remind staff this many days before each duty's due day (court days in the court's time zone); an overdue duty is escalated")
	fl.DurationVar(&f.remindEvery, "remind-every", jobs.DefaultEvery, "how often to look for reminders owed")
	fl.DurationVar(&f.webhookEvery, "webhook-every", jobs.DefaultWebhookEvery, "how often to queue events for the webhooks (writ webhook add) and send the deliveries due")
	fl.DurationVar(&f.checkpointEvery, "checkpoint-every", 0, "how often to sign a checkpoint of the log and hand it to the witnesses (default WRIT_CHECKPOINT_EVERY, else 1h; none without WRIT_LOG_KEY_FILE)")
	fl.StringVar(&f.publicURL, "public-url", "", "the address people reach writ at, as https://writ.platform.example (default WRIT_PUBLIC_URL): links are built from it; https makes cookies Secure and sends HSTS")
	fl.StringVar(&f.tlsCert, "tls-cert", "", "serve TLS with this PEM certificate (default WRIT_TLS_CERT); needs --tls-key")
	fl.StringVar(&f.tlsKey, "tls-key", "", "the certificate's PEM private key (default WRIT_TLS_KEY)")
	fl.StringVar(&f.proxies, "trusted-proxies", "", "the reverse proxies whose X-Forwarded-For names the client, comma-separated addresses or prefixes (default WRIT_TRUSTED_PROXIES; none)")
	fl.IntVar(&f.cacheCases, "cache-cases", cases.DefaultCacheCases, "how many cases to keep read, parsed and assessed in memory (about 40 KiB each), those asked for most often and most recently; the newest quarter of them are read when writ starts, the others when first asked for")
	fl.StringVar(&f.metricsAddr, "metrics-addr", "", "serve /metrics on this address alone, such as a private interface (default WRIT_METRICS_ADDR; else /metrics beside the application, behind WRIT_METRICS_TOKEN when set)")
	return cmd
}

// network resolves the flags that meet the network over configuration:
// each flag given wins over its WRIT_* setting, and each is checked before
// anything listens.
func (f *serveFlags) network(cfg config.Server) (config.Server, error) {
	var err error
	if f.publicURL != "" {
		if cfg.PublicURL, err = config.PublicURL(f.publicURL); err != nil {
			return cfg, flagError("public-url", err)
		}
	}
	if f.tlsCert != "" || f.tlsKey != "" {
		cfg.TLSCert, cfg.TLSKey = f.tlsCert, f.tlsKey
	}
	switch {
	case cfg.TLSCert != "" && cfg.TLSKey == "":
		return cfg, flagError("tls-key", errors.New("a certificate needs its private key"))
	case cfg.TLSKey != "" && cfg.TLSCert == "":
		return cfg, flagError("tls-cert", errors.New("a private key needs its certificate"))
	case cfg.TLSCert != "":
		if _, err := tls.LoadX509KeyPair(cfg.TLSCert, cfg.TLSKey); err != nil {
			return cfg, flagError("tls-cert", fmt.Errorf("cannot use %s with %s: %w", cfg.TLSCert, cfg.TLSKey, err))
		}
	}
	if f.proxies != "" {
		if cfg.TrustedProxies, err = config.Proxies(f.proxies); err != nil {
			return cfg, flagError("trusted-proxies", err)
		}
	}
	if f.metricsAddr != "" {
		cfg.MetricsAddr = f.metricsAddr
	}
	return cfg, nil
}

func runServe(ctx context.Context, env Env, db *dbFlags, f *serveFlags) error {
	cfg, err := config.Load(env.Getenv, env.ReadFile)
	if err != nil {
		return err
	}
	log := slog.New(slog.NewJSONHandler(env.Stderr, nil))
	for _, d := range f.remindBefore {
		if d < 0 || d > 60 {
			return flagError("remind-before", fmt.Errorf("%d is not a number of days between 0 and 60", d))
		}
	}
	if f.cacheCases < 1 {
		return flagError("cache-cases", fmt.Errorf("%d is not a number of cases: at least 1", f.cacheCases))
	}
	if f.remindEvery < time.Second {
		return flagError("remind-every", fmt.Errorf("%s is too often: at least 1s", f.remindEvery))
	}
	if f.webhookEvery < time.Second {
		return flagError("webhook-every", fmt.Errorf("%s is too often: at least 1s", f.webhookEvery))
	}
	netcfg, err := f.network(cfg.Server)
	if err != nil {
		return err
	}
	if cfg.OIDC.Issuer != "" && cfg.OIDC.RedirectURL == "" && everyAddress(f.addr) && netcfg.PublicURL == "" {
		return errors.New("WRIT_OIDC_REDIRECT_URL is not set, and writ listens on every address, so it cannot tell which one browsers reach: set it to writ's callback, https://HOST/signin/oidc/callback")
	}
	var clock *democlock.Clock
	var zone *time.Location
	if f.demo {
		// The demo's clock is set before anything reads the time, so that
		// the store, the case service, the pages, the reminders and the
		// notices all run on it.
		start, err := demoStart(f.demoNow)
		if err != nil {
			return err
		}
		clock, zone = democlock.New(start, env.Now), start.Location()
		env.Now = clock.Now
	}
	// Listening comes before a fresh demo removes the last run's database:
	// a second `writ serve --demo` started by mistake on a busy address
	// then stops without touching the demo that is running there.
	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		return flagError("addr", err)
	}
	defer ln.Close()
	scheme := "http"
	if netcfg.TLSCert != "" {
		scheme = "https"
	}
	listening := scheme + "://" + ln.Addr().String()
	// Links in mail and pages point where people reach writ: the public
	// address when one is set, else where it listens.
	base := listening
	if netcfg.PublicURL != "" {
		base = netcfg.PublicURL
	}
	named := dbNamed(env, db)
	if f.demo && named == "" {
		if err := freshDemo(env, f.demoDir); err != nil {
			return failure{err}
		}
		db.dsn = "sqlite:" + filepath.Join(f.demoDir, "writ.db")
	}
	svc, err := db.open(ctx, env)
	if err != nil {
		return err
	}
	defer svc.Store.Close()
	svc.CacheCases = f.cacheCases
	if err := svc.Store.Writable(ctx); err != nil {
		// It still serves (status, health), but records nothing, and shows
		// no one's data: every such page writes the access log first.
		fmt.Fprintf(env.Stderr, "writ serve: the database does not take writes, so nothing can be recorded and no one's data shown: %s\n", fault.Message(err))
		log.Error("the database does not take writes", "err", err)
	}
	if f.demo && named != "" {
		if err := demoEmpty(ctx, svc, named, f.demoDir); err != nil {
			return err
		}
	}
	// Every event the server records names the signed-in user who made
	// it (or the portal's token, or the demo); none falls back to the
	// operating-system user who started the server.
	svc.Actor = ""
	users, ok := storeUsers(svc)
	if !ok {
		return failure{errors.New("this database has no users")}
	}
	opts := access.Options{Log: log}
	if f.demo {
		opts.SessionTTL = demoSessionTTL
	}
	guard, err := access.New(users, opts)
	if err != nil {
		return failure{err}
	}
	srv := &web.Server{Cases: svc, Users: users, Access: guard, Now: env.Now, Log: log,
		Production:     &productions.Packages{Dir: cfg.Data, SealKey: cfg.SealKey, BatesPrefix: cfg.BatesPrefix, Font: cfg.Font},
		PublicURL:      netcfg.PublicURL,
		TrustedProxies: netcfg.TrustedProxies,
		MetricsToken:   netcfg.MetricsToken,
		MetricsAddr:    netcfg.MetricsAddr,
		Counsel:        letter.Counsel(cfg.Counsel),
		PortalLogo:     cfg.Notice.PortalLogo,
		// The index of every case is built in the background when writ
		// starts (a minute of CPU at 100,000 cases) and again in part
		// when the day's duties fall due: on one core, leaving the others
		// to the requests.
		Index: &cases.Index{Cases: svc, Workers: 1}}
	if cfg.Log.Key != "" {
		// Checked with the checkpoints' settings below; "" serves no proofs.
		srv.LogVerifier, _ = checkpoint.VerifierKey(cfg.Log.Key)
		srv.LogBase = base
	}
	if f.demo {
		srv.Demo = &pages.Demo{Clock: clock, Zone: zone}
		// The demo keeps its packages, platform and sealing key in its folder.
		srv.Production.Dir = filepath.Join(f.demoDir, "packages")
		platform := filepath.Join(f.demoDir, "platform")
		srv.Production.Source = func() (source.Source, error) { return source.OpenDemo(platform) }
	} else if cfg.Source != "" {
		srv.Production.Source = func() (source.Source, error) { return source.Open(cfg.Source) }
	}
	reminders, ok := store.RemindersOf(svc.Store)
	if !ok {
		return failure{errors.New("this database keeps no reminders")}
	}
	// The reminders ask the pages' index which cases owe one, rather
	// than assessing every case each tick.
	runner := &jobs.Runner{Cases: svc, Index: srv.Index, Reminders: reminders, Notify: jobs.LogNotifier{Log: log}, Now: env.Now, Log: log,
		Before: f.remindBefore, Every: f.remindEvery}
	srv.Jobs = runner
	hooks, ok := store.WebhooksOf(svc.Store)
	if !ok {
		return failure{errors.New("this database keeps no webhooks")}
	}
	webhooks := &jobs.Webhooks{Cases: svc, Index: srv.Index, Hooks: hooks, Now: env.Now, Log: log, Before: f.remindBefore, Every: f.webhookEvery}
	checkpoints, err := serveCheckpoints(cfg, f.checkpointEvery, env, svc, log)
	if err != nil {
		return err
	}
	if checkpoints != nil {
		srv.LogEvery = checkpoints.Every
	}

	if cfg.OIDC.Issuer != "" {
		if srv.OIDC, err = openOIDC(ctx, cfg.OIDC, guard, base, log); err != nil {
			return err
		}
	}
	outbox := ""
	if f.demo && cfg.Notice.SMTPHost == "" {
		// The demo has no mail server: notices go to a folder to read.
		outbox = filepath.Join(f.demoDir, "outbox")
	}
	if err := serveNotices(cfg, env, svc, srv, base, outbox); err != nil {
		return err
	}
	if f.demo {
		links, people, err := loadDemo(ctx, env, cfg, svc, users, guard, f, base)
		if err != nil {
			return failure{fmt.Errorf("load the demo: %w", err)}
		}
		srv.Demo.People = people
		if srv.Production.SealKey == "" {
			// loadDemo made the demo's own key if none is configured.
			if b, err := os.ReadFile(filepath.Join(f.demoDir, "seal.key")); err == nil {
				srv.Production.SealKey = strings.TrimSpace(string(b))
			}
		}
		for _, l := range links {
			fmt.Fprintln(env.Stdout, l)
		}
		fmt.Fprintf(env.Stdout, "the demo runs on its own clock, from %s: move it from the banner on every page\n", clock.Now().In(zone).Format("Monday 2006-01-02 15:04 MST"))
	}
	if outbox != "" {
		fmt.Fprintf(env.Stdout, "notices sent from the case page are written to %s as .eml files (their portal links work)\n", outbox)
	}
	if !f.demo {
		// Said once everything is checked, so that a refusal stays the
		// one line an operator reads.
		if err := firstStart(ctx, env, users, netcfg); err != nil {
			return err
		}
	}
	// Set once everything is checked. GOMEMLIMIT is the Go runtime's own
	// setting, read by it from the process's environment: so it is here.
	limit, ownLimit := MemoryLimit(os.Getenv, f.cacheCases)
	if ownLimit {
		log.Info("soft memory limit", "bytes", limit, "set_by", "writ serve (GOMEMLIMIT is not set)")
	}
	fmt.Fprintf(env.Stdout, "writ is serving at %s (API: %s/api/v1/openapi.json)\n", listening, listening)
	if base != listening {
		fmt.Fprintf(env.Stdout, "people reach it at %s\n", base)
	}

	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 60 * time.Second, IdleTimeout: 120 * time.Second}
	errc := make(chan error, 2)
	go func() {
		if netcfg.TLSCert != "" {
			errc <- hs.ServeTLS(ln, netcfg.TLSCert, netcfg.TLSKey)
			return
		}
		errc <- hs.Serve(ln)
	}()
	if netcfg.MetricsAddr != "" {
		mln, err := net.Listen("tcp", netcfg.MetricsAddr)
		if err != nil {
			return flagError("metrics-addr", err)
		}
		ms := &http.Server{Handler: srv.MetricsHandler(), ReadHeaderTimeout: 10 * time.Second}
		go func() { errc <- ms.Serve(mln) }()
		defer ms.Close()
		fmt.Fprintf(env.Stdout, "metrics at http://%s/metrics\n", mln.Addr())
	}
	jobsCtx, stopJobs := context.WithCancel(ctx)
	jobsDone := make(chan struct{})
	go func() {
		defer close(jobsDone)
		if err := runner.Run(jobsCtx); err != nil {
			log.Error("reminders stopped", "err", err)
		}
	}()
	hooksDone := make(chan struct{})
	go func() {
		// A delivery under way when writ stops is finished and recorded
		// before the database is closed; the rest wait in it.
		defer close(hooksDone)
		if err := webhooks.Run(jobsCtx); err != nil {
			log.Error("webhooks stopped", "err", err)
		}
	}()
	checkpointsDone := runCheckpoints(jobsCtx, checkpoints, log)
	warmDone := make(chan struct{})
	defer func() { stopJobs(); <-jobsDone; <-hooksDone; <-checkpointsDone; <-warmDone }()
	go func() {
		// Parsed cases are kept in memory, up to --cache-cases: loading
		// the newest now spares the first request for each the reading
		// and the parsing. The others are read when first asked for.
		defer close(warmDone)
		start := time.Now()
		n, err := svc.Warm(jobsCtx)
		if err != nil && jobsCtx.Err() == nil {
			log.Error("loading the cases", "err", err)
			return
		}
		log.Info("cases loaded", "cases", n, "duration_ms", time.Since(start).Milliseconds())
		// The pages' lists read every case's summary: build them now
		// rather than on the first home page.
		start = time.Now()
		all, err := srv.Index.Summaries(jobsCtx, env.Now())
		if err != nil && jobsCtx.Err() == nil {
			log.Error("indexing the cases", "err", err)
			return
		}
		log.Info("cases indexed", "cases", len(all), "duration_ms", time.Since(start).Milliseconds())
		// Building the index read and parsed every case once: give the
		// memory that took back to the system now rather than as the
		// runtime gets round to it (a few hundred MiB at 100,000 cases).
		debug.FreeOSMemory()
		if ownLimit {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			if raised := RaiseMemoryLimit(ms.HeapAlloc); raised > limit {
				log.Info("soft memory limit raised for the index", "bytes", raised, "heap_bytes", ms.HeapAlloc)
			}
		}
	}()
	select {
	case err := <-errc:
		return failure{err}
	case <-ctx.Done():
	}
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 20*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return failure{fmt.Errorf("shut down: %w", err)}
	}
	return nil
}

// firstStart says, on a database with no one who can sign in, how to add
// the first administrator, and warns when people would reach writ over
// plain http from elsewhere. Nothing about a person is printed.
func firstStart(ctx context.Context, env Env, users store.UserStore, netcfg config.Server) error {
	all, err := users.Users(ctx)
	if err != nil {
		return failure{err}
	}
	active := 0
	for _, u := range all {
		if !u.Disabled() {
			active++
		}
	}
	switch {
	case len(all) == 0:
		fmt.Fprintln(env.Stderr, `writ serve: no one can sign in yet: add the first administrator with  writ user add --email you@platform.example --name "Your Name" --role staff --platform "<the provider as orders name it>" --admin --password-file -  (with the same --db or WRIT_DB; without --password-file to sign in through OIDC)`)
	case active == 0:
		fmt.Fprintln(env.Stderr, "writ serve: every user is disabled: writ user enable --email ... lets one sign in again (see writ user list)")
	}
	if strings.HasPrefix(netcfg.PublicURL, "http://") && !loopback(netcfg.PublicURL) {
		fmt.Fprintln(env.Stderr, "writ serve: the public address is plain http: sign-in cookies and people's data cross the network unencrypted; put writ behind TLS (--tls-cert, or a proxy) and give an https --public-url")
	}
	return nil
}

// loopback reports whether an address's host is this machine's.
func loopback(addr string) bool {
	u, err := url.Parse(addr)
	if err != nil {
		return false
	}
	if u.Hostname() == "localhost" {
		return true
	}
	ip := net.ParseIP(u.Hostname())
	return ip != nil && ip.IsLoopback()
}

// everyAddress reports whether --addr listens on every address of the
// host (":8080", "0.0.0.0:8080", "[::]:8080").
func everyAddress(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	ip := net.ParseIP(host)
	return host == "" || (ip != nil && ip.IsUnspecified())
}

// openOIDC sets up sign-in through the configured OpenID Connect provider;
// base is where writ serves, which the callback is derived from unless
// WRIT_OIDC_REDIRECT_URL says otherwise. A provider that does not answer
// now is logged, not fatal: sign-in through it tries again, and passwords
// work meanwhile.
func openOIDC(ctx context.Context, c config.OIDC, guard *access.Authenticator, base string, log *slog.Logger) (*access.OIDC, error) {
	redirect := c.RedirectURL
	if redirect == "" {
		redirect = base + "/signin/oidc/callback"
	}
	o, err := access.NewOIDC(guard, access.OIDCConfig{Issuer: c.Issuer, ClientID: c.ClientID, ClientSecret: c.ClientSecret,
		RedirectURL: redirect, Name: c.Name})
	if err != nil {
		return nil, fmt.Errorf("WRIT_OIDC_*: %w", err)
	}
	dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := o.Discover(dctx); err != nil {
		var fe *fault.Error
		if errors.As(err, &fe) && fe.Err != nil {
			err = fe.Err
		}
		log.Warn("the OIDC provider does not answer; sign-in through it will try again", "issuer", c.Issuer, "err", err)
	}
	return o, nil
}
