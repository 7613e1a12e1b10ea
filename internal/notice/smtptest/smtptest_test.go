package smtptest

import (
	"testing"
	"time"
)

// TestStopRightAfterStart: a test that starts the server and ends at once
// (it skips, say) must not hang in its cleanup: stopping used to race the
// server's start, and the cleanup then waited for a server that had not
// yet begun to serve, for as long as the test binary ran (issue 14).
func TestStopRightAfterStart(t *testing.T) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		for range 300 {
			t.Run("start and stop", func(t *testing.T) { Start(t, Options{}) })
		}
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("stopping a server right after starting it hangs")
	}
}
