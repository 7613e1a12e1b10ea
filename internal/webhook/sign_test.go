package webhook_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/webhook"
)

// The Standard Webhooks reference vector, as its libraries test it: this
// secret, id, timestamp and body sign to this signature.
const (
	vectorSecret    = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
	vectorID        = "msg_p5jXN8AQM9LWM0D4loKWxJek"
	vectorTimestamp = 1614265330
	vectorBody      = `{"test": 2432232314}`
	vectorSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
)

func TestSign(t *testing.T) {
	got, err := webhook.Sign(vectorSecret, vectorID, time.Unix(vectorTimestamp, 0), []byte(vectorBody))
	if err != nil {
		t.Fatal(err)
	}
	if got != vectorSignature {
		t.Errorf("Sign = %s, want the reference %s", got, vectorSignature)
	}
	t.Run("ErrSecret", func(t *testing.T) {
		for _, s := range []string{"", "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_!!!"} {
			if _, err := webhook.Sign(s, vectorID, time.Unix(vectorTimestamp, 0), nil); err == nil {
				t.Errorf("Sign with secret %q: no error", s)
			}
		}
	})
}

func TestVerify(t *testing.T) {
	at := time.Unix(vectorTimestamp, 0)
	h := http.Header{}
	h.Set("webhook-id", vectorID)
	h.Set("webhook-timestamp", "1614265330")
	h.Set("webhook-signature", "v1,bm90IGl0 "+vectorSignature)
	if err := webhook.Verify(vectorSecret, h, []byte(vectorBody), at.Add(time.Minute)); err != nil {
		t.Errorf("the reference delivery, with another signature before it: %v", err)
	}
	for name, change := range map[string]func(h http.Header) []byte{
		"ErrBody":    func(http.Header) []byte { return []byte(`{"test": 2432232315}`) },
		"ErrID":      func(h http.Header) []byte { h.Set("webhook-id", "msg_other"); return []byte(vectorBody) },
		"ErrStale":   func(h http.Header) []byte { h.Set("webhook-timestamp", "1614264000"); return []byte(vectorBody) },
		"ErrMissing": func(h http.Header) []byte { h.Del("webhook-signature"); return []byte(vectorBody) },
		"ErrVersion": func(h http.Header) []byte {
			h.Set("webhook-signature", strings.Replace(vectorSignature, "v1,", "v2,", 1))
			return []byte(vectorBody)
		},
	} {
		t.Run(name, func(t *testing.T) {
			h := h.Clone()
			body := change(h)
			if err := webhook.Verify(vectorSecret, h, body, at.Add(time.Minute)); err == nil {
				t.Error("verified")
			}
		})
	}
}

func TestNewSecret(t *testing.T) {
	a, err := webhook.NewSecret()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := webhook.NewSecret()
	if !strings.HasPrefix(a, "whsec_") || a == b {
		t.Errorf("secrets %q and %q: want two different whsec_ secrets", a, b)
	}
	if _, err := webhook.Sign(a, "msg_1", time.Now(), []byte("{}")); err != nil {
		t.Errorf("a new secret does not sign: %v", err)
	}
}
