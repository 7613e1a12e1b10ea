package web

import (
	"regexp"
	"strings"
	"testing"
)

// TestPagesHeaders: every HTML answer carries the strict CSP, and no page
// has an inline style or script, which that CSP would block.
func TestPagesHeaders(t *testing.T) {
	f := newFixture(t)
	inline := regexp.MustCompile(`(?i)style=|<style|<script(\s[^>]*)?>`)
	for _, w := range []string{"anonymous", "staff", "counsel", "court"} {
		for _, path := range []string{"/", "/signin", "/cases/" + f.Own, "/cases/" + f.Own + "/audit", "/cases/" + f.Other} {
			resp, body := f.Page(t, w, "GET", path, nil)
			if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
				continue
			}
			if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || !strings.Contains(csp, "style-src 'self'") {
				t.Errorf("GET %s as %s: CSP %q", path, w, csp)
			}
			if m := inline.FindString(body); m != "" {
				t.Errorf("GET %s as %s has inline %q", path, w, m)
			}
		}
	}
}
