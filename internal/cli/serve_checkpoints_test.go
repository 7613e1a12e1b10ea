package cli_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/checkpoint"
	"github.com/writ-project/writ/internal/cli"
)

// TestServeCheckpoints: a real `writ serve` with the log's key signs a
// checkpoint of the log at once and every --checkpoint-every, and appends
// each to the file witness; the checkpoint opens with the public key and
// counts the case opened before it started.
func TestServeCheckpoints(t *testing.T) {
	dir := t.TempDir()
	dsn := "sqlite:" + filepath.Join(dir, "writ.db")
	c := caseCLI{t, dsn}
	c.newSeedCase()
	private, public := keygen(t, dir, "writ.test")
	pub, _ := os.ReadFile(public)
	witness := filepath.Join(dir, "witness.log")

	cmd := exec.Command(os.Args[0], "serve", "--addr", "127.0.0.1:0", "--db", dsn, "--checkpoint-every", "1s")
	cmd.Env = append(os.Environ(), "WRIT_TEST_AS_WRIT=1", "WRIT_DB=", "WRIT_DATA="+t.TempDir(),
		"WRIT_LOG_KEY_FILE="+private, "WRIT_LOG_WITNESSES=file:"+witness)
	stderr := &syncBuffer{}
	cmd.Stdout, cmd.Stderr = &syncBuffer{}, stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	defer func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("writ serve did not stop cleanly: %v\n%s", err, stderr.String())
			}
		case <-time.After(30 * time.Second):
			_ = cmd.Process.Kill()
			t.Error("writ serve did not stop on SIGTERM")
		}
	}()
	deadline := time.After(30 * time.Second)
	for {
		// Each checkpoint is a note (its text, a blank line, its
		// signature) and a blank line.
		b, _ := os.ReadFile(witness)
		parts := strings.Split(strings.TrimSuffix(string(b), "\n\n"), "\n\n")
		if strings.HasSuffix(string(b), "\n\n") && len(parts) >= 4 {
			var last checkpoint.Checkpoint
			for i := 0; i+1 < len(parts); i += 2 {
				cp, err := checkpoint.Open([]byte(parts[i]+"\n\n"+parts[i+1]+"\n"), strings.TrimSpace(string(pub)))
				if err != nil {
					t.Fatalf("checkpoint %d of the witness does not open with the public key: %v\n%s", i/2+1, err, b)
				}
				if cp.Origin != "writ.test" || cp.Size < 1 || cp.Size < last.Size || cp.Time.Before(last.Time) {
					t.Errorf("checkpoint %d = %+v after %+v", i/2+1, cp, last)
				}
				last = cp
			}
			return
		}
		select {
		case err := <-done:
			t.Fatalf("writ serve ended: %v\n%s", err, stderr.String())
		case <-deadline:
			t.Fatalf("no two checkpoints within 30 s; the witness holds %q\n%s", b, stderr.String())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func TestServeCheckpointsNeedTheKey(t *testing.T) {
	r := run(t, "serve", "--addr", "127.0.0.1:0", "--db", "sqlite:"+filepath.Join(t.TempDir(), "writ.db"), "--checkpoint-every", "1m")
	if r.code != cli.ExitUsage || !strings.Contains(r.stderr, "--checkpoint-every") || !strings.Contains(r.stderr, "WRIT_LOG_KEY_FILE") {
		t.Errorf("writ serve --checkpoint-every without a key: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestServeCheckpointsMailNeedsAServer: a witness by mail without a mail
// server stops writ serve as it starts, naming the witness, rather than
// at the first checkpoint.
func TestServeCheckpointsMailNeedsAServer(t *testing.T) {
	dir := t.TempDir()
	private, _ := keygen(t, dir, "writ.test")
	env := hermeticEnv()
	env.Getenv = func(k string) string {
		return map[string]string{"WRIT_LOG_KEY_FILE": private, "WRIT_LOG_WITNESSES": "mailto:clerk@court.example"}[k]
	}
	r := runEnv(t, env, "serve", "--addr", "127.0.0.1:0", "--db", "sqlite:"+filepath.Join(dir, "writ.db"))
	if r.code == cli.ExitOK || !strings.Contains(r.stderr, "mailto:clerk@court.example") || !strings.Contains(r.stderr, "WRIT_SMTP_HOST") {
		t.Errorf("writ serve with a witness by mail and no mail server: exit %d, stderr %q", r.code, r.stderr)
	}
}
