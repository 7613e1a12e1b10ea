package proofs_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/checkpoint"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/proofs"
	"github.com/writ-project/writ/internal/web/route"
)

var at = time.Date(2022, 11, 8, 17, 0, 0, 0, time.UTC)

// served is a store with one case of three events, the log's key, and the
// log's public routes over them.
type served struct {
	s          store.Store
	lt         store.LogTree
	skey, vkey string
	srv        *httptest.Server
	events     []store.Event
}

func serve(t *testing.T, withKey bool) *served {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "writ.db"), func() time.Time { return at })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	lt, _ := store.LogTreeOf(s)
	c, evs, err := s.CreateCase(ctx, store.NewCase{Number: "22-mc-80240-VKD", Court: "cand"},
		store.NewEvent{Type: "order_entered", At: at, Actor: "clerk@platform.example", Payload: json.RawMessage(`{}`)}, "")
	if err != nil {
		t.Fatal(err)
	}
	more, err := s.Append(ctx, c.ID, c.Seq, "",
		store.NewEvent{Type: "subpoena_served", At: at, Actor: "clerk@platform.example", Payload: json.RawMessage(`{}`)},
		store.NewEvent{Type: "objection_received", At: at, Actor: "portal", Payload: json.RawMessage(`{"account":"Aya@ay_chim0807"}`)})
	if err != nil {
		t.Fatal(err)
	}
	sv := &served{s: s, lt: lt, events: append(evs, more...)}
	sv.skey, sv.vkey, err = checkpoint.GenerateKey("writ.test")
	if err != nil {
		t.Fatal(err)
	}
	p := &proofs.Log{Tree: lt, Every: 10 * time.Minute, Log: slog.New(slog.DiscardHandler)}
	if withKey {
		p.Verifier = sv.vkey
	}
	sv.srv = httptest.NewServer(route.NewMux(p.Routes()))
	t.Cleanup(sv.srv.Close)
	return sv
}

// checkpoint signs a checkpoint of the log as it is now and keeps it.
func (sv *served) checkpoint(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	tr, err := sv.lt.Tree(ctx)
	if err != nil {
		t.Fatal(err)
	}
	signed, err := checkpoint.Sign(checkpoint.Checkpoint{Size: tr.N, Root: tr.Hash, Time: at}, sv.skey)
	if err != nil {
		t.Fatal(err)
	}
	if err := sv.lt.SaveCheckpoint(ctx, tr.N, at, signed); err != nil {
		t.Fatal(err)
	}
}

func (sv *served) get(t *testing.T, path string) (int, string, http.Header) {
	t.Helper()
	resp, err := http.Get(sv.srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

// TestHolderProof: the holder's receipt names the proof of their
// objection's event by the event's full hash; once a checkpoint covers it,
// that address gives the proof, which checks with the public key the log
// serves; before, it says when to come back. A wrong hash, case or number
// gets the same answer as a record that does not exist.
func TestHolderProof(t *testing.T) {
	sv := serve(t, true)
	obj := sv.events[2]
	own := proofs.Path(obj.CaseID, obj.Seq, obj.Hash)

	t.Run("NotYet", func(t *testing.T) {
		code, body, h := sv.get(t, own)
		if code != http.StatusNotFound || !strings.Contains(body, "next checkpoint is signed, within 10m0s") || h.Get("Retry-After") != "600" {
			t.Errorf("the proof before any checkpoint: %d %q (Retry-After %q), want 404 saying it comes with the next checkpoint, within the 10 minutes writ signs one every", code, body, h.Get("Retry-After"))
		}
	})
	sv.checkpoint(t)
	t.Run("OK", func(t *testing.T) {
		code, key, _ := sv.get(t, "/log/key")
		if code != http.StatusOK || strings.TrimSpace(key) != sv.vkey {
			t.Fatalf("/log/key: %d %q, want the verifier key", code, key)
		}
		code, cp, _ := sv.get(t, "/log/checkpoint")
		if c, err := checkpoint.Open([]byte(cp), key); code != http.StatusOK || err != nil || c.Size != 3 {
			t.Fatalf("/log/checkpoint: %d, %v, %+v", code, err, c)
		}
		code, body, h := sv.get(t, own)
		if code != http.StatusOK {
			t.Fatalf("the proof: %d %q", code, body)
		}
		if !strings.Contains(h.Get("Content-Disposition"), "attachment") {
			t.Errorf("the proof is not given as a file to keep: %q", h.Get("Content-Disposition"))
		}
		p, err := checkpoint.ParseProof([]byte(body))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := p.Check(key); err != nil {
			t.Errorf("the proof given does not check with the log's key: %v", err)
		}
		if p.CaseID != obj.CaseID || p.Seq != obj.Seq || p.RecordHash != obj.Hash {
			t.Errorf("the proof is of %s/%d/%s, want the objection's event", p.CaseID, p.Seq, p.RecordHash)
		}
		if strings.Contains(body, "Aya") {
			t.Error("the proof carries the holder's account")
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		_, none, _ := sv.get(t, proofs.Path(obj.CaseID, 99, obj.Hash))
		for name, path := range map[string]string{
			"hash":  proofs.Path(obj.CaseID, obj.Seq, strings.Repeat("0", 64)),
			"seq":   proofs.Path(obj.CaseID, 2, obj.Hash),
			"case":  proofs.Path("c-aaaaaaaaaaaa", obj.Seq, obj.Hash),
			"short": proofs.Path(obj.CaseID, obj.Seq, obj.Hash[:8]),
		} {
			code, body, _ := sv.get(t, path)
			if code != http.StatusNotFound || body != none {
				t.Errorf("a proof with the wrong %s: %d %q, want 404 and the same words as no such record (%q)", name, code, body, none)
			}
		}
	})
}

// TestNoKey: a writ without the log's key makes no checkpoints and serves
// none of the log's routes.
func TestNoKey(t *testing.T) {
	sv := serve(t, false)
	for _, path := range []string{"/log/key", "/log/checkpoint", proofs.Path(sv.events[2].CaseID, 3, sv.events[2].Hash)} {
		if code, _, _ := sv.get(t, path); code != http.StatusNotFound {
			t.Errorf("%s without the log's key: %d, want 404", path, code)
		}
	}
}
