package config

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestLoadLog(t *testing.T) {
	files := map[string]string{"/run/secrets/log": "PRIVATE+KEY+writ.example+01234567+AAAA\n"}
	read := func(p string) ([]byte, error) {
		if s, ok := files[p]; ok {
			return []byte(s), nil
		}
		return nil, errors.New("no such file")
	}
	tests := []struct {
		name string
		env  map[string]string
		ok   func(Log) bool
		err  string
	}{
		{"nothing", nil, func(l Log) bool { return l.Key == "" && l.Every == time.Hour && len(l.Witnesses) == 0 }, ""},
		{"key from a file, trimmed", map[string]string{"WRIT_LOG_KEY_FILE": "/run/secrets/log"},
			func(l Log) bool { return l.Key == "PRIVATE+KEY+writ.example+01234567+AAAA" }, ""},
		{"every", map[string]string{"WRIT_CHECKPOINT_EVERY": "15m"}, func(l Log) bool { return l.Every == 15*time.Minute }, ""},
		{"every too often", map[string]string{"WRIT_CHECKPOINT_EVERY": "10ms"}, nil, "WRIT_CHECKPOINT_EVERY"},
		{"witnesses", map[string]string{"WRIT_LOG_KEY_FILE": "/run/secrets/log",
			"WRIT_LOG_WITNESSES": "file:/var/lib/witness/writ.log, mailto:clerk@cand.uscourts.gov https://witness.example/add"},
			func(l Log) bool {
				return slices.Equal(l.Witnesses, []string{"file:/var/lib/witness/writ.log", "mailto:clerk@cand.uscourts.gov", "https://witness.example/add"})
			}, ""},
		{"a witness of no kind", map[string]string{"WRIT_LOG_KEY_FILE": "/run/secrets/log", "WRIT_LOG_WITNESSES": "ftp://x"}, nil, `"ftp://x" is not a witness`},
		{"witnesses without a key", map[string]string{"WRIT_LOG_WITNESSES": "file:/tmp/w"}, nil, "WRIT_LOG_KEY_FILE is not"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(func(k string) string { return tt.env[k] }, read)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("Load = %v, want an error with %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !tt.ok(c.Log) {
				t.Errorf("Log = %+v", c.Log)
			}
		})
	}
}
