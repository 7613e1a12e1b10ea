package jobs_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/checkpoint"
	"github.com/writ-project/writ/internal/jobs"
	"github.com/writ-project/writ/internal/notice/mail"
	"github.com/writ-project/writ/internal/notice/smtptest"
	"github.com/writ-project/writ/internal/store"
)

// TestCheckpoints: each tick signs the log's size and root, keeps the
// checkpoint, and hands it to every witness (a file, an address through
// the notices' mail client, a URL); a tick within half the period of the
// last checkpoint makes none; a witness that fails does not stop the
// others.
func TestCheckpoints(t *testing.T) {
	for _, db := range databases {
		t.Run(db.name, func(t *testing.T) {
			ctx := context.Background()
			clk := newClock(at("2026-12-02", 9))
			svc, _ := open(t, db.dsn(t), clk)
			lt, ok := store.LogTreeOf(svc.Store)
			if !ok {
				t.Fatal("the store keeps no log tree")
			}
			if _, _, err := svc.Store.CreateCase(ctx, store.NewCase{Number: "22-mc-80240-VKD", Court: "cand"},
				store.NewEvent{Type: "order_entered", At: clk.Now(), Actor: "staff:test", Payload: []byte(`{}`)}, ""); err != nil {
				t.Fatal(err)
			}
			skey, vkey, err := checkpoint.GenerateKey("writ.platform.example")
			if err != nil {
				t.Fatal(err)
			}

			file := filepath.Join(t.TempDir(), "witness.log")
			var (
				mu     sync.Mutex
				posted [][]byte
				fail   bool
			)
			web := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				b, _ := io.ReadAll(r.Body)
				mu.Lock()
				defer mu.Unlock()
				if fail {
					http.Error(w, "down", http.StatusServiceUnavailable)
					return
				}
				if r.Method != http.MethodPost || !strings.HasPrefix(r.Header.Get("Content-Type"), "text/plain") {
					http.Error(w, "not a POST of text", http.StatusBadRequest)
					return
				}
				posted = append(posted, b)
			}))
			defer web.Close()
			smtp := smtptest.Start(t, smtptest.Options{})
			mc, err := mail.New(mail.Config{Host: smtp.Host, Port: smtp.Port, Security: mail.NoTLS, From: "writ <writ@platform.example>"})
			if err != nil {
				t.Fatal(err)
			}
			var witnesses []jobs.Witness
			for _, spec := range []string{"file:" + file, "mailto:clerk@cand.uscourts.example", web.URL + "/add"} {
				w, err := jobs.NewWitness(spec, mc, web.Client())
				if err != nil {
					t.Fatalf("NewWitness(%s): %v", spec, err)
				}
				witnesses = append(witnesses, w)
			}
			var logged bytes.Buffer
			c := &jobs.Checkpoints{Log: lt, Key: skey, Every: 10 * time.Minute, Witnesses: witnesses, Now: clk.Now,
				Logger: slog.New(slog.NewTextHandler(&logged, nil))}

			made, err := c.Tick(ctx)
			if err != nil || !made {
				t.Fatalf("Tick = %v, %v", made, err)
			}
			latest, err := lt.LatestCheckpoint(ctx)
			if err != nil {
				t.Fatal(err)
			}
			first, err := checkpoint.Open(latest, vkey)
			if err != nil {
				t.Fatalf("the checkpoint kept does not open with the key: %v", err)
			}
			if first.Size != 1 || !first.Time.Equal(at("2026-12-02", 9)) {
				t.Errorf("checkpoint = %+v, want 1 record at the tick's time", first)
			}
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != string(latest)+"\n" {
				t.Errorf("the file witness holds %q, want the checkpoint and a blank line", b)
			}
			if len(posted) != 1 || !bytes.Equal(posted[0], latest) {
				t.Errorf("the URL witness got %q", posted)
			}
			msgs := smtp.Messages()
			if len(msgs) != 1 || msgs[0].To[0] != "clerk@cand.uscourts.example" || !bytes.Contains(msgs[0].Data, []byte("writ.platform.example")) {
				t.Errorf("the clerk was mailed %+v", msgs)
			}

			// Five minutes on, another process's tick has nothing to do.
			clk.Add(4 * time.Minute)
			if made, err := c.Tick(ctx); made || err != nil {
				t.Errorf("a tick 4 minutes after a checkpoint of every 10 = %v, %v; want none made", made, err)
			}

			// Later, with a record more and the URL witness down: the file
			// and the mail still get the checkpoint, and the failure says
			// which witness.
			if _, _, err := svc.Store.CreateCase(ctx, store.NewCase{Number: "22-mc-80241", Court: "cand"},
				store.NewEvent{Type: "order_entered", At: clk.Now(), Actor: "staff:test", Payload: []byte(`{}`)}, ""); err != nil {
				t.Fatal(err)
			}
			clk.Add(10 * time.Minute)
			mu.Lock()
			fail = true
			mu.Unlock()
			made, err = c.Tick(ctx)
			if !made || err == nil || !strings.Contains(err.Error(), web.URL) {
				t.Fatalf("Tick with the URL witness down = %v, %v; want made, and an error naming it", made, err)
			}
			latest, _ = lt.LatestCheckpoint(ctx)
			second, err := checkpoint.Open(latest, vkey)
			if err != nil || second.Size != 2 {
				t.Fatalf("second checkpoint = %+v, %v", second, err)
			}
			b, _ = os.ReadFile(file)
			if strings.Count(string(b), "— writ.platform.example ") != 2 || !strings.HasSuffix(string(b), string(latest)+"\n") {
				t.Errorf("the file witness holds:\n%s\nwant both checkpoints, the second last", b)
			}
			if len(smtp.Messages()) != 2 {
				t.Errorf("the clerk got %d messages, want 2", len(smtp.Messages()))
			}
			if strings.Contains(logged.String(), "22-mc-") {
				t.Errorf("the log names a case: %s", logged.String())
			}
		})
	}
}

func TestNewWitness(t *testing.T) {
	for _, bad := range []string{"", "ftp://x", "file:", "mailto:nobody"} {
		if _, err := jobs.NewWitness(bad, nil, nil); err == nil {
			t.Errorf("NewWitness(%q) succeeded", bad)
		}
	}
	if _, err := jobs.NewWitness("mailto:clerk@court.example", nil, nil); err == nil {
		t.Error("a mailto: witness without a mail server was taken")
	}
}
