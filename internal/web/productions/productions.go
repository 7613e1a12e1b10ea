// Package productions keeps the production packages a server builds:
// where (one folder per case and production), and how one is built into
// place. The API and the case page's forms both build, release and void
// through it; the gate decides every build and release (cases.Service).
package productions

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"path/filepath"

	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/source"
)

// Packages is where a server builds and keeps packages, from which
// records, and the settings of cases.ProduceOptions.
type Packages struct {
	// Dir holds the packages, one folder per case and production.
	Dir string
	// Source opens the platform's records (nil: preserved records only).
	Source      func() (source.Source, error)
	SealKey     string
	BatesPrefix string
	Font        string
}

// Build builds a production of a case now, as actor's act, and keeps its
// package under the production's id. A build that fails or is refused
// leaves nothing behind.
func (p *Packages) Build(ctx context.Context, svc *cases.Service, caseID, actor string, accounts []string) (*cases.Produced, error) {
	var src source.Source
	var err error
	if p.Source != nil {
		if src, err = p.Source(); err != nil {
			return nil, err
		}
		defer src.Close()
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	out := filepath.Join(p.Dir, caseID, "build-"+hex.EncodeToString(b))
	built, err := svc.Produce(ctx, caseID, src, cases.ProduceOptions{Out: out, Actor: actor, Accounts: accounts,
		SealKey: p.SealKey, BatesPrefix: p.BatesPrefix, Font: p.Font})
	if err != nil {
		return nil, err
	}
	if err := os.Rename(out, p.Path(caseID, built.ID)); err != nil {
		_ = os.RemoveAll(out)
		return nil, fault.Wrap(fault.Internal, err, "cannot move the package into place")
	}
	return built, nil
}

// Path is where a built production's package is kept.
func (p *Packages) Path(caseID, productionID string) string {
	return filepath.Join(p.Dir, caseID, productionID)
}
