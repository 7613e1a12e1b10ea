package cases

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/seal"
	"github.com/writ-project/writ/internal/source"
)

// Preserved is what preservation captured of one account: sealed, stored
// as a blob, and named in a preservation_started event.
type Preserved struct {
	Label      string            `json:"label"`
	Resolution source.Resolution `json:"resolution"`
	Records    []source.Record   `json:"records"`
	Log        []source.LogEntry `json:"log,omitempty"`
	LogStats   source.LogStats   `json:"log_stats"`
	At         time.Time         `json:"at"`
	Categories []order.Category  `json:"categories"`
}

// PreserveResult reports a preservation: each account preserved with the
// SHA-256 of its sealed blob, and each target that could not be resolved.
type PreserveResult struct {
	Accounts   []PreservedAccount `json:"accounts"`
	Unresolved []string           `json:"unresolved,omitempty"`
}

// PreservedAccount is one account's line of a PreserveResult.
type PreservedAccount struct {
	Label     string `json:"label"`
	AccountID string `json:"account_id"`
	Records   int    `json:"records"`
	LogLines  int    `json:"log_lines"`
	Digest    string `json:"digest"`
}

// Preserve captures, for every target of the order in force, every category
// the order names, seals it with the configured key, stores it, and records
// the resolution and the preservation as events. The order requires the
// platform to "preserve, but not disclose": nothing preserved leaves the
// store unsealed.
func (s *Service) Preserve(ctx context.Context, id string, src source.Source, key string, at time.Time, actor string) (*PreserveResult, error) {
	if key == "" {
		return nil, fault.Errorf(fault.Invalid, "no sealing key: set WRIT_SEAL_KEY_FILE to a file holding an age secret key (make one with 'writ keygen')")
	}
	if _, err := seal.Seal([]byte("check"), key); err != nil {
		return nil, err
	}
	c, err := s.Load(ctx, id)
	if err != nil {
		return nil, err
	}
	state := matter.Apply(c.Events, time.Time{})
	o := state.Order
	var cats []order.Category
	for _, cat := range order.Categories {
		if cat != order.AccessLogs && o.Allows(cat) {
			cats = append(cats, cat)
		}
	}
	res := &PreserveResult{}
	for _, t := range o.Targets {
		r, err := src.Resolve(ctx, t)
		if fault.Is(err, fault.NotFound) || fault.Is(err, fault.Conflict) {
			res.Unresolved = append(res.Unresolved, fmt.Sprintf("%s: %s", t.Label, fault.Message(err)))
			continue
		}
		if err != nil {
			return nil, err
		}
		if a := state.Accounts[t.Label]; a == nil || a.AccountID != r.AccountID {
			if _, err := s.Record(ctx, id, matter.Event{Type: matter.TargetResolved, At: at, Actor: actor, Account: t.Label, AccountID: r.AccountID, Note: r.Evidence}, ""); err != nil {
				return nil, err
			}
		}
		p := Preserved{Label: t.Label, Resolution: r, At: at.UTC(), Categories: cats}
		if p.Records, err = src.Records(ctx, r.AccountID, cats); err != nil {
			return nil, err
		}
		if o.Allows(order.AccessLogs) {
			if p.LogStats, err = src.AccessLog(ctx, source.LogQuery{AccountID: r.AccountID, Windows: LogWindows(c.Calendar.Location)(o, r.Created, at)}, func(e source.LogEntry) error {
				p.Log = append(p.Log, e)
				return nil
			}); err != nil {
				return nil, err
			}
		}
		plain, err := json.Marshal(p)
		if err != nil {
			return nil, err
		}
		sealed, err := seal.Seal(plain, key)
		if err != nil {
			return nil, err
		}
		digest := sha256Hex(sealed)
		if _, err := s.RecordWith(ctx, id, matter.Event{Type: matter.PreservationStarted, At: at, Actor: actor, Accounts: []string{t.Label}, Digest: digest}, "", sealed); err != nil {
			return nil, err
		}
		res.Accounts = append(res.Accounts, PreservedAccount{Label: t.Label, AccountID: r.AccountID, Records: len(p.Records), LogLines: len(p.Log), Digest: digest})
	}
	return res, nil
}

// Preservation returns the last preservation of an account, opened with the
// key, or ok false when it was never preserved.
func (s *Service) Preservation(ctx context.Context, c *Case, label, key string) (p *Preserved, ok bool, err error) {
	var digest string
	for _, e := range c.Events {
		if e.Type == matter.PreservationStarted && slices.Contains(e.Accounts, label) && e.Digest != "" {
			digest = e.Digest
		}
	}
	if digest == "" {
		return nil, false, nil
	}
	sealed, err := s.Store.Blob(ctx, c.ID, digest)
	if err != nil {
		return nil, false, err
	}
	plain, err := seal.Open(sealed, key)
	if err != nil {
		return nil, false, err
	}
	p = &Preserved{}
	if err := json.Unmarshal(plain, p); err != nil {
		return nil, false, fault.Wrap(fault.Tampered, err, "the preserved records of %s cannot be read", label)
	}
	return p, true, nil
}

// sha256Hex names a file as the store does: its SHA-256 in lowercase hex.
func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
