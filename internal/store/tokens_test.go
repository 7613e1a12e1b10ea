package store_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

// TestPortalTokens runs on both databases: a token opens its account's
// portal until it expires, a submission uses it up, and every token that
// does not open the portal — used, expired, altered, guessed, malformed —
// gets the same refusal.
func TestPortalTokens(t *testing.T) {
	t.Parallel()
	for _, tt := range databases {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			s, err := store.Open(ctx, tt.fresh(t).DSN, time.Now)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			defer s.Close()
			ts, ok := store.TokensOf(s)
			if !ok {
				t.Fatal("the store keeps no portal tokens")
			}
			c, _, err := s.CreateCase(ctx, store.NewCase{Number: "22-mc-80240-VKD", Court: "cand"},
				store.NewEvent{Type: "order_entered", At: time.Now(), Actor: "cli", Payload: json.RawMessage(`{}`)}, "")
			if err != nil {
				t.Fatal(err)
			}
			issued := time.Date(2022, 10, 21, 17, 0, 0, 0, time.UTC)
			expires := time.Date(2022, 12, 15, 8, 0, 0, 0, time.UTC)
			issue := func(t *testing.T, account string) string {
				t.Helper()
				tok, err := ts.IssueToken(ctx, store.NewToken{CaseID: c.ID, Account: account, IssuedAt: issued, ExpiresAt: expires})
				if err != nil {
					t.Fatalf("IssueToken: %v", err)
				}
				return tok
			}
			refused := func(t *testing.T, what string, err error) {
				t.Helper()
				if !errors.Is(err, store.ErrTokenRefused) || err.Error() != store.ErrTokenRefused.Error() {
					t.Errorf("%s: got %v, want the one plain refusal", what, err)
				}
			}

			t.Run("OK", func(t *testing.T) {
				tok := issue(t, "Aya@ay_chim0807")
				b, err := base64.RawURLEncoding.DecodeString(tok)
				if err != nil || len(b) != store.TokenBytes {
					t.Fatalf("token %q is not %d bytes of base64url", tok, store.TokenBytes)
				}
				// Opening the page does not use the token up.
				for range 3 {
					got, err := ts.LookupToken(ctx, tok, issued.Add(24*time.Hour))
					if err != nil {
						t.Fatalf("LookupToken: %v", err)
					}
					if got.CaseID != c.ID || got.Account != "Aya@ay_chim0807" || !got.IssuedAt.Equal(issued) || !got.ExpiresAt.Equal(expires) || !got.UsedAt.IsZero() {
						t.Fatalf("LookupToken = %+v", got)
					}
				}
			})

			// The holder's zone, as the notice found it in the platform's
			// records, is kept with the token for the portal, which cannot
			// read those records; a token issued without one has none.
			t.Run("HolderZone", func(t *testing.T) {
				for _, zone := range []string{"Asia/Tokyo", ""} {
					tok, err := ts.IssueToken(ctx, store.NewToken{CaseID: c.ID, Account: "Aya@ay_chim0807", IssuedAt: issued, ExpiresAt: expires, HolderZone: zone})
					if err != nil {
						t.Fatalf("IssueToken: %v", err)
					}
					if got, err := ts.LookupToken(ctx, tok, issued); err != nil || got.HolderZone != zone {
						t.Errorf("LookupToken = %+v, %v; want the zone %q", got, err, zone)
					}
					if got, err := ts.RedeemToken(ctx, tok, issued); err != nil || got.HolderZone != zone {
						t.Errorf("RedeemToken = %+v, %v; want the zone %q", got, err, zone)
					}
				}
			})

			t.Run("OnlyTheHashIsStored", func(t *testing.T) {
				tok := issue(t, "konnoyukio@CmRUCE")
				var hashes []string
				rows, err := store.DB(s).QueryContext(ctx, `SELECT hash FROM portal_tokens`)
				if err != nil {
					t.Fatal(err)
				}
				defer rows.Close()
				for rows.Next() {
					var h string
					if err := rows.Scan(&h); err != nil {
						t.Fatal(err)
					}
					hashes = append(hashes, h)
				}
				joined := strings.Join(hashes, " ")
				if strings.Contains(joined, tok) {
					t.Fatal("the token itself is stored")
				}
				if !strings.Contains(joined, store.TokenHash(tok)) {
					t.Fatalf("the token's SHA-256 %s is not among %v", store.TokenHash(tok), hashes)
				}
			})

			t.Run("ErrUsed", func(t *testing.T) {
				tok := issue(t, "Aya@ay_chim0807")
				at := issued.Add(48 * time.Hour)
				got, err := ts.RedeemToken(ctx, tok, at)
				if err != nil {
					t.Fatalf("RedeemToken: %v", err)
				}
				if got.Account != "Aya@ay_chim0807" || !got.UsedAt.Equal(at) {
					t.Fatalf("RedeemToken = %+v", got)
				}
				_, err = ts.RedeemToken(ctx, tok, at.Add(time.Minute))
				refused(t, "a second submission", err)
				_, err = ts.LookupToken(ctx, tok, at.Add(time.Minute))
				refused(t, "opening after the submission", err)
			})

			t.Run("ErrExpired", func(t *testing.T) {
				tok := issue(t, "Aya@ay_chim0807")
				if _, err := ts.LookupToken(ctx, tok, expires.Add(-time.Microsecond)); err != nil {
					t.Fatalf("a microsecond before expiry: %v", err)
				}
				_, err := ts.LookupToken(ctx, tok, expires)
				refused(t, "opening at expiry", err)
				_, err = ts.RedeemToken(ctx, tok, expires.Add(time.Hour))
				refused(t, "submitting after expiry", err)
				// The refused redemption did not use it up.
				if _, err := ts.LookupToken(ctx, tok, issued.Add(time.Hour)); err != nil {
					t.Fatalf("the expired redemption changed the token: %v", err)
				}
			})

			t.Run("ErrAlteredOrGuessed", func(t *testing.T) {
				tok := issue(t, "Aya@ay_chim0807")
				flip := []byte(tok)
				if flip[5] == 'A' {
					flip[5] = 'B'
				} else {
					flip[5] = 'A'
				}
				guess := base64.RawURLEncoding.EncodeToString(make([]byte, store.TokenBytes))
				for what, bad := range map[string]string{
					"altered": string(flip), "guessed": guess, "empty": "", "too short": tok[:20],
					"padded": tok + "=", "not base64url": strings.Repeat("!", len(tok)), "the hash": store.TokenHash(tok),
				} {
					_, err := ts.LookupToken(ctx, bad, issued.Add(time.Hour))
					refused(t, what+" (open)", err)
					_, err = ts.RedeemToken(ctx, bad, issued.Add(time.Hour))
					refused(t, what+" (submit)", err)
				}
			})

			t.Run("OneOfConcurrentSubmissionsWins", func(t *testing.T) {
				tok := issue(t, "Aya@ay_chim0807")
				const n = 8
				var wg sync.WaitGroup
				var mu sync.Mutex
				won, lost := 0, 0
				for range n {
					wg.Go(func() {
						_, err := ts.RedeemToken(ctx, tok, issued.Add(time.Hour))
						mu.Lock()
						defer mu.Unlock()
						switch {
						case err == nil:
							won++
						case errors.Is(err, store.ErrTokenRefused):
							lost++
						default:
							t.Errorf("RedeemToken: %v", err)
						}
					})
				}
				wg.Wait()
				if won != 1 || lost != n-1 {
					t.Fatalf("%d submissions won and %d were refused; want 1 and %d", won, lost, n-1)
				}
			})

			t.Run("List", func(t *testing.T) {
				list, err := ts.PortalTokens(ctx, c.ID)
				if err != nil {
					t.Fatal(err)
				}
				if len(list) < 5 {
					t.Fatalf("PortalTokens listed %d tokens", len(list))
				}
				if _, err := ts.PortalTokens(ctx, "c-nosuchcase00"); !fault.Is(err, fault.NotFound) {
					t.Fatalf("PortalTokens of no case: %v", err)
				}
			})

			t.Run("ErrInvalid", func(t *testing.T) {
				for what, call := range map[string]func() error{
					"no account": func() error {
						_, err := ts.IssueToken(ctx, store.NewToken{CaseID: c.ID, IssuedAt: issued, ExpiresAt: expires})
						return err
					},
					"expiry not after": func() error {
						_, err := ts.IssueToken(ctx, store.NewToken{CaseID: c.ID, Account: "a", IssuedAt: issued, ExpiresAt: issued})
						return err
					},
					"no issue time": func() error {
						_, err := ts.IssueToken(ctx, store.NewToken{CaseID: c.ID, Account: "a", ExpiresAt: expires})
						return err
					},
					"NUL in the label": func() error {
						_, err := ts.IssueToken(ctx, store.NewToken{CaseID: c.ID, Account: "a\x00b", IssuedAt: issued, ExpiresAt: expires})
						return err
					},
					"a zone that is no IANA zone": func() error {
						_, err := ts.IssueToken(ctx, store.NewToken{CaseID: c.ID, Account: "a", IssuedAt: issued, ExpiresAt: expires, HolderZone: "Asia/Atlantis"})
						return err
					},
					"the server's local zone": func() error {
						_, err := ts.IssueToken(ctx, store.NewToken{CaseID: c.ID, Account: "a", IssuedAt: issued, ExpiresAt: expires, HolderZone: "Local"})
						return err
					},
					"unknown case (NF)": func() error {
						_, err := ts.IssueToken(ctx, store.NewToken{CaseID: "c-nosuchcase00", Account: "a", IssuedAt: issued, ExpiresAt: expires})
						return err
					},
				} {
					err := call()
					want := fault.Invalid
					if strings.HasSuffix(what, "(NF)") {
						want = fault.NotFound
					}
					if !fault.Is(err, want) {
						t.Errorf("%s: got %v, want %s", what, err, want)
					}
				}
			})
		})
	}
}
