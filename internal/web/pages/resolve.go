package pages

import (
	"context"

	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/words"
)

// resolveTargets finds, in the platform's records, the account of each
// target the notices go to that no one has resolved yet, and records it
// (target_resolved, with how it was found) as actor's act. A notice goes
// to the verified addresses of an account, and the review page staff send
// the notices from is the only place they act from: without this the
// sender skipped every target ("writ preserve resolves it"), a step no
// page offered. A target the records do not name, or name more than once,
// is left for a person, and the lines returned say so; the sender then
// skips it as before. Nothing is done when the server has no records.
// The lines are in lang.
func (s *Pages) resolveTargets(ctx context.Context, lang *words.Language, c *cases.Case, accounts []string, actor string) ([]string, error) {
	if s.Packages == nil || s.Packages.Source == nil {
		return nil, nil
	}
	now := s.Now()
	st := matter.Apply(c.Events, now)
	if len(accounts) == 0 {
		for _, t := range st.Order.Targets {
			accounts = append(accounts, t.Label)
		}
	}
	var todo []string
	for _, label := range accounts {
		if a := st.Accounts[label]; a == nil || a.AccountID == "" {
			todo = append(todo, label)
		}
	}
	if len(todo) == 0 {
		return nil, nil
	}
	src, err := s.Packages.Source()
	if err != nil {
		return nil, err
	}
	defer src.Close()
	var lines []string
	for _, label := range todo {
		t, ok := st.Order.Target(label)
		if !ok {
			continue // the sender names a label the order does not have
		}
		r, err := src.Resolve(ctx, t)
		if fault.Is(err, fault.NotFound) || fault.Is(err, fault.Conflict) || fault.Is(err, fault.Invalid) {
			lines = append(lines, sentence(lang, "pages.messages.not_found", label, fault.Message(err)))
			continue
		}
		if err != nil {
			return lines, err
		}
		e := matter.Event{Type: matter.TargetResolved, At: now, Actor: actor, Account: label, AccountID: r.AccountID, Note: r.Evidence}
		if _, err := s.Cases.Record(ctx, c.ID, e, ""); err != nil {
			return lines, err
		}
	}
	return lines, nil
}
