package config

import (
	"fmt"
	"strings"
	"time"
)

// Log is how writ anchors its log outside its database (issue 18): the key
// that signs its checkpoints, how often writ serve makes one, and the
// witnesses each is handed to.
type Log struct {
	// Key is the Ed25519 signer key in the note format, PRIVATE+KEY+...
	// (WRIT_LOG_KEY or WRIT_LOG_KEY_FILE; writ audit keygen makes one).
	// Without it writ makes no checkpoints.
	Key string
	// Every is how often writ serve makes a checkpoint
	// (WRIT_CHECKPOINT_EVERY, a Go duration; --checkpoint-every).
	Every time.Duration
	// Witnesses are where each checkpoint is handed (WRIT_LOG_WITNESSES,
	// separated by commas or spaces): file:PATH appends it to a file,
	// mailto:ADDRESS mails it (through the notices' mail server),
	// https://... (or http://...) POSTs it.
	Witnesses []string
}

// DefaultCheckpointEvery is often enough that a record deleted in between
// is caught within the hour, and seldom enough that a witness receiving
// mail is not flooded.
const DefaultCheckpointEvery = 60 * time.Minute

// loadLog reads the log's settings.
func loadLog(getenv func(string) string, readFile func(string) ([]byte, error)) (Log, error) {
	l := Log{Every: DefaultCheckpointEvery}
	key, err := secret(getenv, readFile, "WRIT_LOG_KEY")
	if err != nil {
		return l, err
	}
	l.Key = key
	if v := getenv("WRIT_CHECKPOINT_EVERY"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < time.Second {
			return l, fmt.Errorf("WRIT_CHECKPOINT_EVERY: %q is not a duration of a second or more (e.g. 30m)", v)
		}
		l.Every = d
	}
	for _, w := range strings.FieldsFunc(getenv("WRIT_LOG_WITNESSES"), func(r rune) bool { return r == ',' || r == ' ' || r == '\n' || r == '\t' }) {
		if err := CheckWitness(w); err != nil {
			return l, fmt.Errorf("WRIT_LOG_WITNESSES: %w", err)
		}
		l.Witnesses = append(l.Witnesses, w)
	}
	if len(l.Witnesses) > 0 && l.Key == "" {
		return l, fmt.Errorf("WRIT_LOG_WITNESSES is set but WRIT_LOG_KEY_FILE is not: writ makes no checkpoint to hand them without its key (writ audit keygen)")
	}
	return l, nil
}

// CheckWitness checks that w names a witness writ can hand a checkpoint to.
func CheckWitness(w string) error {
	switch {
	case strings.HasPrefix(w, "file:") && len(w) > len("file:"):
		return nil
	case strings.HasPrefix(w, "mailto:") && strings.Contains(w, "@"):
		return nil
	case strings.HasPrefix(w, "https://") && len(w) > len("https://"), strings.HasPrefix(w, "http://") && len(w) > len("http://"):
		return nil
	}
	return fmt.Errorf("%q is not a witness: file:PATH, mailto:ADDRESS or https://URL", w)
}
