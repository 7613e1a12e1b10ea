package web

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/writ-project/writ/internal/matter"
)

// metrics are the server's Prometheus metrics. Labels are routes and
// statuses, never anything of a person.
type metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
}

// newMetrics makes the server's registry.
func newMetrics(s *Server) *metrics {
	m := &metrics{reg: prometheus.NewRegistry()}
	m.requests = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "writ_http_requests_total", Help: "HTTP requests by route and status."}, []string{"route", "status"})
	m.latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "writ_http_request_seconds", Help: "HTTP request latency by route.",
		Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5}}, []string{"route"})
	m.reg.MustRegister(m.requests, m.latency, &dutyCollector{s: s})
	if s.Jobs != nil {
		m.reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "writ_reminders_sent_total", Help: "Reminders and escalations sent by this process."},
			func() float64 { return float64(s.Jobs.Sent()) }))
		m.reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "writ_reminders_failed_total", Help: "Reminders whose sending failed (retried later)."},
			func() float64 { return float64(s.Jobs.Failed()) }))
	}
	return m
}

// observe records one answered request.
func (s *Server) observe(route string, status int, d time.Duration) {
	if route == "" {
		route = "unmatched"
	}
	m := s.m
	if m == nil {
		return
	}
	m.requests.WithLabelValues(route, strconv.Itoa(status)).Inc()
	m.latency.WithLabelValues(route).Observe(d.Seconds())
}

// dutyCollector counts the duties pending and overdue across all cases at
// scrape time, at most once a minute (assessing every case is not free).
type dutyCollector struct {
	s       *Server
	mu      sync.Mutex
	at      time.Time
	pending float64
	overdue float64
}

var (
	pendingDesc = prometheus.NewDesc("writ_duties_pending", "Duties not yet met whose due date has not passed.", nil, nil)
	overdueDesc = prometheus.NewDesc("writ_duties_overdue", "Duties not met by their due date.", nil, nil)
)

func (c *dutyCollector) Describe(ch chan<- *prometheus.Desc) { ch <- pendingDesc; ch <- overdueDesc }

func (c *dutyCollector) Collect(ch chan<- prometheus.Metric) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.s.Now()
	if now.Sub(c.at) > time.Minute {
		c.at, c.pending, c.overdue = now, 0, 0
		// The pages' index assesses only the cases changed, or passed by
		// the clock, since it last did.
		all, err := c.s.Index.Summaries(context.Background(), now)
		if err == nil {
			for _, sum := range all {
				for i := range sum.Duties {
					switch sum.Duties[i].Status() {
					case matter.DutyPending:
						c.pending++
					case matter.Overdue:
						c.overdue++
					}
				}
			}
		}
	}
	ch <- prometheus.MustNewConstMetric(pendingDesc, prometheus.GaugeValue, c.pending)
	ch <- prometheus.MustNewConstMetric(overdueDesc, prometheus.GaugeValue, c.overdue)
}

// metricsGuard lets through only a scraper that sends MetricsToken as its
// bearer token, when one is configured: the counters tell how busy writ
// is and how many duties are overdue, which is nobody else's business.
// Without a token /metrics is open, for a server that serves it on a
// private address of its own (--metrics-addr).
func (s *Server) metricsGuard(next http.Handler) http.Handler {
	if s.MetricsToken == "" {
		return next
	}
	want := sha256.Sum256([]byte("Bearer " + s.MetricsToken))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got := sha256.Sum256([]byte(r.Header.Get("Authorization")))
		if subtle.ConstantTimeCompare(got[:], want[:]) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="writ metrics"`)
			http.Error(w, "send the metrics token as a bearer token\n", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// appMetrics is the application's /metrics: the guarded counters, or 404
// when they are served on an address of their own.
func (s *Server) appMetrics() http.Handler {
	if s.MetricsAddr != "" {
		return http.NotFoundHandler()
	}
	return s.metricsGuard(promhttp.HandlerFor(s.m.reg, promhttp.HandlerOpts{}))
}

// MetricsHandler serves /metrics alone, for --metrics-addr.
func (s *Server) MetricsHandler() http.Handler {
	if s.m == nil {
		s.m = newMetrics(s)
	}
	metrics := s.metricsGuard(promhttp.HandlerFor(s.m.reg, promhttp.HandlerOpts{}))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet || r.URL.Path != "/metrics" {
			http.NotFound(w, r)
			return
		}
		metrics.ServeHTTP(w, r)
	})
}
