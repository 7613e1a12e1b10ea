package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/cli"
)

// TestHelp checks that every way of asking for help succeeds and prints the
// usage with the commands or flags a user needs.
func TestHelp(t *testing.T) {
	commands := []string{"Usage:", "deadline", "holidays", "version"}
	deadlineFlags := []string{"Usage:", "--from", "--days", "--hours", "--court", "--mail", "--before", "--tz", "--json", "--ics", "--title"}
	holidaysFlags := []string{"Usage:", "--year", "--court", "--tz", "--json"}
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"no arguments", nil, commands},
		{"help", []string{"help"}, commands},
		{"--help", []string{"--help"}, commands},
		{"-h", []string{"-h"}, commands},
		{"deadline --help", []string{"deadline", "--help"}, deadlineFlags},
		{"help deadline", []string{"help", "deadline"}, deadlineFlags},
		{"holidays --help", []string{"holidays", "--help"}, holidaysFlags},
		{"help holidays", []string{"help", "holidays"}, holidaysFlags},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, tc.args...)
			r.mustSucceed(t)
			for _, want := range tc.want {
				if !strings.Contains(r.stdout, want) {
					t.Errorf("help lacks %q:\n%s", want, r.stdout)
				}
			}
		})
	}
}

// TestUnknownCommand checks that a command writ does not have is wrong
// input, named on one line.
func TestUnknownCommand(t *testing.T) {
	r := run(t, "dedline")
	r.mustBeUsageError(t, "dedline")
}

// TestVersion checks that version succeeds and names writ.
func TestVersion(t *testing.T) {
	r := run(t, "version")
	r.mustSucceed(t)
	if !strings.HasPrefix(r.stdout, "writ ") || !isOneLine(r.stdout) {
		t.Errorf("version printed %q, want one line beginning \"writ \"", r.stdout)
	}
}

// TestKeygen: the secret key goes to stdout, the public key to stderr, and
// the two belong together.
func TestKeygen(t *testing.T) {
	r := run(t, "keygen")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "AGE-SECRET-KEY-1") || !strings.Contains(r.stderr, "public key: age1") {
		t.Fatalf("keygen: exit %d stdout %q stderr %q", r.code, r.stdout, r.stderr)
	}
	if again := run(t, "keygen"); again.stdout == r.stdout {
		t.Error("two keys are the same")
	}
}

// TestKeygenPrivate (issue 14, item 8): a secret key written to a file is
// readable by its owner only. --out creates the file so, and never writes
// over one; stdout that is a regular file (writ keygen > seal.key) is made
// so before the key is written to it.
func TestKeygenPrivate(t *testing.T) {
	dir := t.TempDir()
	t.Run("--out", func(t *testing.T) {
		path := filepath.Join(dir, "seal.key")
		r := run(t, "keygen", "--out", path)
		if r.code != cli.ExitOK || r.stdout != "" || !strings.Contains(r.stderr, "public key: age1") {
			t.Fatalf("keygen --out: exit %d stdout %q stderr %q", r.code, r.stdout, r.stderr)
		}
		mustBePrivateKey(t, path)
	})
	t.Run("ErrUsage: --out names a file that exists", func(t *testing.T) {
		path := filepath.Join(dir, "taken.key")
		if err := os.WriteFile(path, []byte("AGE-SECRET-KEY-1OLD\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		run(t, "keygen", "--out", path).mustBeUsageError(t, "--out", path, "exists")
		if b, _ := os.ReadFile(path); string(b) != "AGE-SECRET-KEY-1OLD\n" {
			t.Errorf("the existing key file was overwritten: %q", b)
		}
	})
	t.Run("stdout is a file", func(t *testing.T) {
		// As the shell opens it for "> seal.key": created with the umask's
		// mode, readable by everyone.
		path := filepath.Join(dir, "stdout.key")
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := f.Chmod(0o644); err != nil {
			t.Fatal(err)
		}
		var stderr strings.Builder
		env := hermeticEnv()
		env.Stdout, env.Stderr = f, &stderr
		if code := cli.Run(t.Context(), []string{"keygen"}, env); code != cli.ExitOK {
			t.Fatalf("keygen > file: exit %d, %s", code, stderr.String())
		}
		mustBePrivateKey(t, path)
	})
	t.Run("help says which to use", func(t *testing.T) {
		r := run(t, "keygen", "--help")
		for _, s := range []string{"--out FILE", "0600", "never overwrites"} {
			if !strings.Contains(r.stdout, s) {
				t.Errorf("keygen --help does not say %q:\n%s", s, r.stdout)
			}
		}
	})
}

// mustBePrivateKey checks that path holds a secret key and only its owner
// may read it.
func mustBePrivateKey(t *testing.T, path string) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("%s has mode %v, want 0600", path, info.Mode().Perm())
	}
	if b, _ := os.ReadFile(path); !strings.HasPrefix(string(b), "AGE-SECRET-KEY-1") {
		t.Errorf("%s holds %q, want a secret key", path, b)
	}
}
