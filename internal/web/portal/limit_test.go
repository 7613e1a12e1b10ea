package portal

import (
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/web/webtest"
)

// ask sends a request to the portal as a browser behind forwarded, the
// X-Forwarded-For a proxy would add ("" for none). The test's server sees
// every request come from 127.0.0.1.
func ask(t *testing.T, f *webtest.Fixture, method, path, forwarded string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(method, f.URL+path, nil)
	if forwarded != "" {
		req.Header.Set("X-Forwarded-For", forwarded)
	}
	return f.Send(t, "", req)
}

// proxiedFixture is portalFixture with the portal behind the proxies
// trusted (the test's client, 127.0.0.1, is the proxy when it is among
// them).
func proxiedFixture(t *testing.T, trusted ...netip.Prefix) (*webtest.Fixture, string) {
	t.Helper()
	f := webtest.New(t)
	p := &Portal{Cases: f.Cases, Tokens: f.PortalTokens, Now: func() time.Time { return webtest.Now }, Log: f.Log, TrustedProxies: trusted}
	f.ServeRoutes(t, p.Routes())
	return f, f.PortalLink(t)
}

// guess is a well-formed link that opens nothing (43 characters, like a
// token), different for each i.
func guess(i int) string {
	return strings.Repeat("A", 40) + string(rune('a'+i/26%26)) + string(rune('a'+i%26)) + "A"
}

// TestPortalLimitBehindProxy: behind a trusted reverse proxy every request
// comes from the proxy's address, and X-Forwarded-For names the client.
// Ten bad links from one client lock out that client alone: another
// holder's connection is not counted with it, and their link opens.
func TestPortalLimitBehindProxy(t *testing.T) {
	f, tok := proxiedFixture(t, netip.MustParsePrefix("127.0.0.1/32"))
	const guesser, holder = "198.51.100.7", "203.0.113.9"
	for i := range MaxFailures {
		if resp, _ := ask(t, f, "GET", "/portal/"+guess(i), guesser); resp.StatusCode != http.StatusNotFound {
			t.Fatalf("bad link %d: %d, want 404", i+1, resp.StatusCode)
		}
	}
	if resp, _ := ask(t, f, "GET", "/portal/"+guess(99), guesser); resp.StatusCode != http.StatusTooManyRequests {
		t.Errorf("the guesser after %d bad links: %d, want 429", MaxFailures, resp.StatusCode)
	}
	// A client left of the proxy's own entry is whatever the guesser wrote
	// there: the proxy appends the address it saw, which is the one read.
	if resp, _ := ask(t, f, "GET", "/portal/"+guess(98), holder+", "+guesser); resp.StatusCode != http.StatusTooManyRequests {
		t.Errorf("the guesser naming another client left of its own address: %d, want 429", resp.StatusCode)
	}
	if resp, body := ask(t, f, "GET", "/portal/"+tok+"?lang=en", holder); resp.StatusCode != http.StatusOK || !strings.Contains(body, "konnoyukio@CmRUCE") {
		t.Errorf("another holder's link from another address: %d, want its page\n%.300s", resp.StatusCode, body)
	}
	if resp, _ := ask(t, f, "GET", "/portal/"+guess(97), holder); resp.StatusCode != http.StatusNotFound {
		t.Errorf("a bad link from another address: %d, want 404 (that client has failed once)", resp.StatusCode)
	}
}

// TestPortalLimitUntrustedPeer: a client that is not a trusted proxy
// cannot name another client in X-Forwarded-For: its failures are counted
// against its own address, whatever it writes there.
func TestPortalLimitUntrustedPeer(t *testing.T) {
	for name, trusted := range map[string][]netip.Prefix{
		"no proxy trusted":                  nil,
		"the peer is not among the proxies": {netip.MustParsePrefix("10.0.0.0/8")},
	} {
		t.Run(name, func(t *testing.T) {
			f, tok := proxiedFixture(t, trusted...)
			for i := range MaxFailures {
				ask(t, f, "GET", "/portal/"+guess(i), "198.51.100."+string(rune('1'+i%9)))
			}
			resp, _ := ask(t, f, "GET", "/portal/"+guess(99), "203.0.113.9")
			if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" {
				t.Errorf("after %d bad links, each naming another client: %d (Retry-After %q), want 429 with Retry-After",
					MaxFailures, resp.StatusCode, resp.Header.Get("Retry-After"))
			}
			if resp, _ := ask(t, f, "GET", "/portal/"+tok, "203.0.113.9"); resp.StatusCode != http.StatusOK {
				t.Errorf("the holder's link from the blocked address: %d, want 200", resp.StatusCode)
			}
		})
	}
}

// TestPortalLimitRetryAfter: Retry-After counts the seconds until the
// client is free again, which it is when its oldest failure within the
// window leaves it; a good link opens for it all along, and opening it
// does not wipe the count (else one holder's own link would reset a
// guesser's allowance).
func TestPortalLimitRetryAfter(t *testing.T) {
	f := webtest.New(t)
	var clock testClock
	clock.set(webtest.Now)
	p := &Portal{Cases: f.Cases, Tokens: f.PortalTokens, Now: clock.now, Log: f.Log}
	f.ServeRoutes(t, p.Routes())
	tok := f.PortalLink(t)
	for i := range MaxFailures {
		ask(t, f, "GET", "/portal/"+guess(i), "")
		clock.add(time.Minute)
	}
	// Failures at 0..9 minutes; now is 10 minutes. The first leaves the
	// window at 15 minutes: 5 minutes, 300 seconds, from now.
	if resp, _ := ask(t, f, "GET", "/portal/"+tok, ""); resp.StatusCode != http.StatusOK {
		t.Fatalf("the holder's link while blocked: %d, want 200", resp.StatusCode)
	}
	resp, _ := ask(t, f, "GET", "/portal/"+guess(99), "")
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") != "300" {
		t.Errorf("blocked: %d, Retry-After %q; want 429, 300", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	clock.add(4*time.Minute + 59*time.Second + 500*time.Millisecond)
	if resp, _ := ask(t, f, "GET", "/portal/"+guess(99), ""); resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") != "1" {
		t.Errorf("half a second before it is free: %d, Retry-After %q; want 429, 1 (rounded up)", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	clock.add(time.Second)
	if resp, _ := ask(t, f, "GET", "/portal/"+guess(99), ""); resp.StatusCode != http.StatusNotFound {
		t.Errorf("once the first failure has left the window: %d, want 404", resp.StatusCode)
	}
}

// testClock is a clock the test moves while the server reads it.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *testClock) set(t time.Time) { c.mu.Lock(); defer c.mu.Unlock(); c.t = t }

func (c *testClock) add(d time.Duration) { c.mu.Lock(); defer c.mu.Unlock(); c.t = c.t.Add(d) }
