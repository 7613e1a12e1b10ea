package portal

import (
	"context"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/checkpoint"
	"github.com/writ-project/writ/internal/notice"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/proofs"
	"github.com/writ-project/writ/internal/web/webtest"
)

// TestPortalReceiptPlaceInLog: the receipt of an objection carries its
// place in writ's log, the place an inclusion proof of its event names:
// once a checkpoint covers it, the proof of that place checks with the
// public key alone.
func TestPortalReceiptPlaceInLog(t *testing.T) {
	f, tok := portalFixture(t)
	ctx := context.Background()
	lt, ok := store.LogTreeOf(f.Cases.Store)
	if !ok {
		t.Fatal("the store keeps no log tree")
	}
	before, err := lt.Tree(ctx)
	if err != nil {
		t.Fatal(err)
	}
	body, ctype := webtest.Submission(t, map[string]string{"kind": "objection", "text": "I object."}, nil)
	code, page := f.Portal(t, "POST", "/portal/"+tok+"?lang=en", body, ctype)
	if code != http.StatusOK {
		t.Fatalf("the objection: %d\n%.1500s", code, page)
	}
	m := regexp.MustCompile(`<code id="log-place">(\d+)</code>`).FindStringSubmatch(page)
	if m == nil || !strings.Contains(page, "Place in writ&#39;s log") {
		t.Fatalf("the receipt does not show its place in the log:\n%.3000s", page)
	}
	place, _ := strconv.ParseInt(m[1], 10, 64)
	if place < before.N {
		t.Errorf("the receipt places the objection at %d, among the %d records before it", place, before.N)
	}
	last := f.Last(t, f.Own)
	leaf, idx, err := lt.Leaf(ctx, checkpoint.KindEvent, f.Own, last.Seq)
	if err != nil || idx != place {
		t.Fatalf("the objection's event (seq %d) is leaf %d (%v); the receipt says %d", last.Seq, idx, err, place)
	}

	tr, err := lt.Tree(ctx)
	if err != nil {
		t.Fatal(err)
	}
	skey, vkey, err := checkpoint.GenerateKey("writ.test")
	if err != nil {
		t.Fatal(err)
	}
	signed, err := checkpoint.Sign(checkpoint.Checkpoint{Size: tr.N, Root: tr.Hash, Time: webtest.Now}, skey)
	if err != nil {
		t.Fatal(err)
	}
	path, err := lt.ProveLeaf(ctx, tr.N, place)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := checkpoint.NewProof(leaf, place, path, signed).Check(vkey); err != nil {
		t.Errorf("the proof of the receipt's place does not check: %v", err)
	}
}

// TestReceiptMessagePlaceInLog: the mailed receipt says the place too, in
// the holder's language.
func TestReceiptMessagePlaceInLog(t *testing.T) {
	r := Receipt{Kind: "objection", Reference: "c-x/o-1/abcdef01", Logged: true, LogIndex: 41}
	_, text := ReceiptMessage(r, "Aya@ay_chim0807", "5:22-mc-80240-VKD", notice.English)
	if !strings.Contains(text, "Place in writ's log: 41\n") || !strings.Contains(text, "proof") {
		t.Errorf("the English receipt mailed:\n%s", text)
	}
	_, text = ReceiptMessage(r, "Aya@ay_chim0807", "5:22-mc-80240-VKD", notice.Japanese)
	if !strings.Contains(text, "記録簿上の番号: 41\n") {
		t.Errorf("the Japanese receipt mailed:\n%s", text)
	}
	r.Logged = false
	if _, text = ReceiptMessage(r, "Aya@ay_chim0807", "5:22-mc-80240-VKD", notice.English); strings.Contains(text, "writ's log") {
		t.Errorf("a receipt without a place in the log speaks of it:\n%s", text)
	}
}

// TestPortalReceiptProofLink: where writ signs its log, the receipt links
// to the proof of the submission's event (the event's full record hash in
// the address, the proofs package's route) and to the log's public key, on
// the page and in the mail; where it signs none, it promises no proof.
func TestPortalReceiptProofLink(t *testing.T) {
	f := webtest.New(t)
	p := &Portal{Cases: f.Cases, Tokens: f.PortalTokens, Now: func() time.Time { return webtest.Now }, Log: f.Log,
		PublicURL: "https://writ.platform.example", LogProofs: true}
	f.ServeRoutes(t, p.Routes())
	tok := f.PortalLink(t)
	body, ctype := webtest.Submission(t, map[string]string{"kind": "objection", "text": "I object."}, nil)
	code, page := f.Portal(t, "POST", "/portal/"+tok+"?lang=en", body, ctype)
	if code != http.StatusOK {
		t.Fatalf("the objection: %d\n%.1500s", code, page)
	}
	evs, err := f.Cases.Store.Events(context.Background(), f.Own)
	if err != nil {
		t.Fatal(err)
	}
	last := evs[len(evs)-1]
	if last.Type != "objection_received" {
		t.Fatalf("the case's last event is %s", last.Type)
	}
	want := "https://writ.platform.example" + proofs.Path(f.Own, last.Seq, last.Hash)
	if !strings.Contains(page, `href="`+want+`"`) || !strings.Contains(page, "https://writ.platform.example/log/key") {
		t.Errorf("the receipt does not link to the proof %s and the key:\n%.4000s", want, page)
	}
	r := Receipt{Kind: "objection", Reference: "c-x/o-1/abcdef01", Logged: true, LogIndex: 41, ProofURL: want, KeyURL: "https://writ.platform.example/log/key"}
	for _, lang := range []notice.Lang{notice.English, notice.Japanese} {
		if _, text := ReceiptMessage(r, "Aya@ay_chim0807", "5:22-mc-80240-VKD", lang); !strings.Contains(text, want) || !strings.Contains(text, r.KeyURL) {
			t.Errorf("the receipt mailed in %s has no link to the proof or the key:\n%s", lang, text)
		}
	}

	// No key, no checkpoints: no proof promised.
	g, gtok := portalFixture(t)
	body, ctype = webtest.Submission(t, map[string]string{"kind": "objection", "text": "I object."}, nil)
	if _, page := g.Portal(t, "POST", "/portal/"+gtok+"?lang=en", body, ctype); strings.Contains(page, "/log/proofs/") {
		t.Errorf("a receipt links to a proof writ will never sign:\n%.3000s", page)
	}
}
