package production

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/image/font/gofont/goregular"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/source"
)

// TestBuildStreamsTheLog: the access log is read once, while the package
// is written, and a build that fails while reading it, or is refused
// before, leaves nothing behind.
func TestBuildStreamsTheLog(t *testing.T) {
	nothingLeft := func(t *testing.T, parent string) {
		t.Helper()
		if entries, _ := os.ReadDir(parent); len(entries) > 0 {
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			t.Errorf("the build left %v", names)
		}
	}
	t.Run("read once", func(t *testing.T) {
		in := streamed(fixture(t))
		reads := 0
		read := in.Accounts[0].ReadLog
		in.Accounts[0].ReadLog = func(ctx context.Context, emit func(source.LogEntry) error) (source.LogStats, error) {
			reads++
			return read(ctx, emit)
		}
		build(t, in)
		if reads != 1 {
			t.Errorf("the log was read %d times, want once", reads)
		}
	})
	t.Run("ErrInvalid: a font refused reads no log", func(t *testing.T) {
		latin := filepath.Join(t.TempDir(), "go-regular.ttf")
		if err := os.WriteFile(latin, goregular.TTF, 0o600); err != nil {
			t.Fatal(err)
		}
		in := fixture(t)
		in.FontPath = latin
		for i := range in.Accounts {
			in.Accounts[i].ReadLog = func(context.Context, func(source.LogEntry) error) (source.LogStats, error) {
				t.Error("the log was read for a package the font refuses")
				return source.LogStats{}, nil
			}
		}
		parent := t.TempDir()
		if _, err := Build(t.Context(), in, filepath.Join(parent, "p"), nil); !fault.Is(err, fault.Invalid) {
			t.Fatalf("Build = %v, want invalid", err)
		}
		nothingLeft(t, parent)
	})
	t.Run("ErrInvalid: a log that breaks half-way, sorted on disk", func(t *testing.T) {
		tinyRuns(t, 2, 2)
		in := fixture(t)
		damaged := fault.Errorf(fault.Invalid, "access log %q is damaged after line 7", "access.jsonl.gz")
		in.Accounts[1].ReadLog = func(ctx context.Context, emit func(source.LogEntry) error) (source.LogStats, error) {
			for _, e := range in.Accounts[0].Log {
				if err := emit(e); err != nil {
					return source.LogStats{}, err
				}
			}
			return source.LogStats{}, damaged
		}
		parent := t.TempDir()
		if _, err := Build(t.Context(), in, filepath.Join(parent, "p"), nil); err != damaged {
			t.Fatalf("Build = %v, want the source's error as it is", err)
		}
		nothingLeft(t, parent)
	})
	t.Run("ErrInternal: cancelled while the log is read", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		defer cancel()
		in := fixture(t)
		in.Accounts[0].ReadLog = func(ctx context.Context, emit func(source.LogEntry) error) (source.LogStats, error) {
			cancel() // Ctrl-C
			return source.LogStats{}, ctx.Err()
		}
		parent := t.TempDir()
		if _, err := Build(ctx, in, filepath.Join(parent, "p"), nil); !fault.Is(err, fault.Internal) {
			t.Fatalf("Build = %v, want internal", err)
		}
		nothingLeft(t, parent)
	})
}
