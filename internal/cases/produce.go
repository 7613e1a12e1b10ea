package cases

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/production"
	"github.com/writ-project/writ/internal/source"
)

// ProduceOptions are the settings of one production.
type ProduceOptions struct {
	// Out is the folder the package is written to; it must not exist.
	Out string
	// Actor is who builds it (the signed-in user, or the command line's
	// person); "" is the service's Actor.
	Actor string
	// Accounts limits the package to these labels; empty means every
	// account of the order in force whose data the court has not shielded.
	Accounts    []string
	SealKey     string
	BatesPrefix string
	// Font is the TrueType font WRIT_FONT names; empty means the font
	// writ embeds.
	Font      string
	Custodian string
	LoadFiles bool
	Progress  func(string)
	// LogProgress, when set, is told how far each account's pass over the
	// access log has got.
	LogProgress func(label string, p source.Progress)
}

// Produced reports a production built and recorded.
type Produced struct {
	ID       string               `json:"production"`
	Dir      string               `json:"dir"`
	Digest   string               `json:"manifest_sha256"`
	Manifest *production.Manifest `json:"manifest"`
}

// Produce builds the production package of a case, now: its day in the
// court's zone is the response date ("until the date that you respond"). A
// build is an act of writ and cannot be back-dated (invariant 1). It
// refuses, with the gate's reasons for every account and before reading a
// single record, unless the gate is open now for every account in the
// package, decided on every event recorded whatever its date. Records come
// from the preservation where there is one (what the platform preserved is
// what it produces), and from the source otherwise; access logs come from
// the source, up to the response date. The build is recorded as an event
// carrying the SHA-256 of the package's manifest; if it cannot be (another
// event came in meanwhile that closes the gate, say), or anything else
// fails, the package is removed: a refused act leaves nothing.
func (s *Service) Produce(ctx context.Context, id string, src source.Source, opt ProduceOptions) (*Produced, error) {
	c, err := s.Load(ctx, id)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	all := matter.Apply(c.Events, time.Time{})
	labels, err := packageAccounts(all, opt.Accounts)
	if err != nil {
		return nil, err
	}
	if err := matter.MayDisclose(all, c.Calendar, now, labels); err != nil {
		return nil, err
	}
	if _, err := os.Lstat(opt.Out); err == nil {
		return nil, &fault.Error{Code: fault.Invalid, Field: "out", Message: fmt.Sprintf("%s already exists: a package is written to a new folder", opt.Out)}
	}
	p, err := s.produce(ctx, c, all.Order, labels, src, opt, now)
	if err != nil {
		if rmErr := os.RemoveAll(opt.Out); rmErr != nil {
			return nil, fmt.Errorf("%w (and the partial package at %s could not be removed: %v)", err, opt.Out, rmErr)
		}
		return nil, err
	}
	return p, nil
}

// produce gathers, builds and records a production whose gate was found
// open; the caller removes the package if it fails.
func (s *Service) produce(ctx context.Context, c *Case, o *order.Order, labels []string, src source.Source, opt ProduceOptions, now time.Time) (*Produced, error) {
	loc := c.Calendar.Location
	resp := courttime.DateOf(now.In(loc))
	var accounts []production.Account
	for _, label := range labels {
		acct, err := s.gather(ctx, c, o, label, src, opt, resp, loc)
		if err != nil {
			return nil, err
		}
		accounts = append(accounts, acct)
	}
	in := production.Input{CaseID: c.ID, Order: o, ResponseDate: resp, Location: loc, Accounts: accounts,
		BatesPrefix: opt.BatesPrefix, FontPath: opt.Font, Custodian: opt.Custodian, LoadFiles: opt.LoadFiles, Now: now}
	m, err := production.Build(ctx, in, opt.Out, opt.Progress)
	if err != nil {
		return nil, err
	}
	digest, err := manifestDigest(opt.Out)
	if err != nil {
		return nil, err
	}
	se, err := s.Record(ctx, c.ID, matter.Event{Type: matter.ProductionBuilt, Actor: opt.Actor, Accounts: labels, Digest: digest}, "")
	if err != nil {
		return nil, fmt.Errorf("the package was built but could not be recorded, so it was removed: %w", err)
	}
	e, _ := EventOf(se)
	return &Produced{ID: e.ID, Dir: opt.Out, Digest: digest, Manifest: m}, nil
}

// packageAccounts picks the accounts of a package: the ones asked for, or
// every account of the order in force that the court has not shielded.
func packageAccounts(st *matter.State, asked []string) ([]string, error) {
	o := st.Order
	if len(asked) > 0 {
		for _, l := range asked {
			if _, ok := o.Target(l); !ok {
				return nil, &fault.Error{Code: fault.Invalid, Field: "account", Message: fmt.Sprintf("%q is not a target of the order in force", l)}
			}
		}
		return asked, nil
	}
	var out []string
	for _, t := range o.Targets {
		if acct := st.Accounts[t.Label]; acct != nil && !acct.Sustained.IsZero() {
			continue
		}
		out = append(out, t.Label)
	}
	if len(out) == 0 {
		return nil, fault.Errorf(fault.GateClosed, "no account of the order may be produced")
	}
	return out, nil
}

// gather reads one account's records, and says how to read its access
// log: the build reads it.
func (s *Service) gather(ctx context.Context, c *Case, o *order.Order, label string, src source.Source, opt ProduceOptions, resp courttime.Date, loc *time.Location) (production.Account, error) {
	acct := production.Account{Label: label}
	var preserved *Preserved
	if opt.SealKey != "" {
		p, ok, err := s.Preservation(ctx, c, label, opt.SealKey)
		if err != nil {
			return acct, err
		}
		if ok {
			preserved = p
		}
	}
	if preserved != nil {
		acct.Resolution, acct.Records = preserved.Resolution, preserved.Records
	} else {
		if src == nil {
			return acct, fault.Errorf(fault.Invalid, "%s was not preserved and no source is named: give --source", label)
		}
		t, _ := o.Target(label)
		r, err := src.Resolve(ctx, t)
		if err != nil {
			return acct, err
		}
		var cats []order.Category
		for _, cat := range order.Categories {
			if cat != order.AccessLogs && o.Allows(cat) {
				cats = append(cats, cat)
			}
		}
		if acct.Records, err = src.Records(ctx, r.AccountID, cats); err != nil {
			return acct, err
		}
		acct.Resolution = r
	}
	if !o.Allows(order.AccessLogs) {
		return acct, nil
	}
	windows, err := production.Scope(o, resp, loc, acct.Resolution.Created)
	if err != nil {
		return acct, err
	}
	if src == nil {
		if preserved == nil {
			return acct, fault.Errorf(fault.Invalid, "no source is named for the access logs: give --source")
		}
		// Only what was preserved: the windows still apply in Build.
		acct.Log, acct.LogStats = preserved.Log, preserved.LogStats
		return acct, nil
	}
	q := source.LogQuery{AccountID: acct.Resolution.AccountID, Windows: production.SourceWindows(windows)}
	if opt.LogProgress != nil {
		q.Progress = func(p source.Progress) { opt.LogProgress(label, p) }
	}
	// The entries go from the source into the package as the build reads
	// them: none is held, so a log of any size takes the same memory.
	acct.ReadLog = func(ctx context.Context, emit func(source.LogEntry) error) (source.LogStats, error) {
		return src.AccessLog(ctx, q, emit)
	}
	return acct, nil
}

// LogWindows is the access-log windows of an order for an account created
// at a time, as of a moment: the same windows a production uses.
func LogWindows(loc *time.Location) func(o *order.Order, created, asOf time.Time) []source.Window {
	return func(o *order.Order, created, asOf time.Time) []source.Window {
		ws, err := production.Scope(o, courttime.DateOf(asOf.In(loc)), loc, created)
		if err != nil {
			return nil
		}
		return production.SourceWindows(ws)
	}
}

// manifestDigest is the SHA-256 of a package's manifest.json, which holds
// the SHA-256 of every other file: the one hash that names the package.
func manifestDigest(dir string) (string, error) {
	b, err := os.ReadFile(filepath.Join(dir, "data", "manifest.json"))
	if err != nil {
		return "", fault.Wrap(fault.Internal, err, "cannot read the manifest of %s", dir)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), nil
}

// Release releases a built production, now: the package must still be the
// one built (its manifest hash), verify clean, hold no card data, and the
// gate must be open now for every account in it, on everything recorded
// (invariants 1 and 2); the release is then recorded as actor's act.
func (s *Service) Release(ctx context.Context, id, productionID, dir, actor string) error {
	c, err := s.Load(ctx, id)
	if err != nil {
		return err
	}
	built, err := builtProduction(c, productionID)
	if err != nil {
		return err
	}
	// Decide the gate before reading the package: a release that may not
	// happen does not touch it.
	all := matter.Apply(c.Events, time.Time{})
	if p := all.Production(productionID); p != nil && !p.Voided.IsZero() {
		return fault.Errorf(fault.Refused, "production %s was voided (%s): it is never released", productionID, p.VoidReason)
	}
	if err := matter.MayDisclose(all, c.Calendar, s.Now(), built.Accounts); err != nil {
		return err
	}
	problems, err := production.Verify(dir)
	if err != nil {
		return err
	}
	if len(problems) > 0 {
		return fault.Errorf(fault.Tampered, "the package at %s does not verify: %s %s", dir, problems[0].File, problems[0].Kind)
	}
	digest, err := manifestDigest(dir)
	if err != nil {
		return err
	}
	if digest != built.Digest {
		return fault.Errorf(fault.Tampered, "the package at %s is not production %s as built (its manifest hash differs)", dir, productionID)
	}
	findings, err := production.Scan(dir)
	if err != nil {
		return err
	}
	if len(findings) > 0 {
		return fault.Errorf(fault.Refused, "the package at %s holds what looks like card data: %s", dir, (&production.ScanError{Findings: findings}).Error())
	}
	_, err = s.Record(ctx, id, matter.Event{Type: matter.ProductionReleased, Actor: actor, On: []string{productionID}}, "")
	return err
}

// builtProduction finds the build of a production in a case.
func builtProduction(c *Case, productionID string) (*matter.Event, error) {
	for i, e := range c.Events {
		if e.Type == matter.ProductionBuilt && e.ID == productionID {
			return &c.Events[i], nil
		}
	}
	return nil, &fault.Error{Code: fault.NotFound, Field: "production", Message: fmt.Sprintf("case %s has no production %q", c.ID, productionID)}
}

// Download records that actor, of party by (the provider's staff or the
// applicant's counsel), is downloading a production, before a byte of it
// is sent: the applicant's counsel only once it is released, the use
// restriction acknowledged, and the gate still open now (invariant 1);
// staff to review what they built. A voided production is never
// downloaded.
func (s *Service) Download(ctx context.Context, id, productionID, actor string, by order.Party) error {
	c, err := s.Load(ctx, id)
	if err != nil {
		return err
	}
	if _, err := builtProduction(c, productionID); err != nil {
		return err
	}
	_, err = s.Record(ctx, id, matter.Event{Type: matter.ProductionDownloaded, Actor: actor, By: by, On: []string{productionID}}, "")
	return err
}

// Void voids a production, with the reason, as actor's act: it is never
// released nor downloaded afterwards. The package folder, which holds
// people's data that will never be sent, is removed when dir is given.
func (s *Service) Void(ctx context.Context, id, productionID, reason, dir, actor string) error {
	c, err := s.Load(ctx, id)
	if err != nil {
		return err
	}
	if _, err := builtProduction(c, productionID); err != nil {
		return err
	}
	if _, err := s.Record(ctx, id, matter.Event{Type: matter.ProductionVoided, Actor: actor, On: []string{productionID}, Note: strings.TrimSpace(reason)}, ""); err != nil {
		return err
	}
	if dir != "" {
		if err := os.RemoveAll(dir); err != nil {
			return fault.Wrap(fault.Internal, err, "production %s was voided, but its package at %s could not be removed", productionID, dir)
		}
	}
	return nil
}
