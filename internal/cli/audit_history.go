package cli

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/writ-project/writ/internal/checkpoint"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

// The history of a case in the log (issue 18, item 2): what the court is
// given to keep, so that it can check later, offline, that the history it
// was shown has not changed since.

func newLogHistory(env Env, db *dbFlags) *cobra.Command {
	var key, since, out string
	cmd := &cobra.Command{
		Use:   "history CASE [--since EARLIER] [--key PUB] [--out FILE]",
		Short: "Print a case's history in the log, each event proven in the latest checkpoint, for the court to keep",
		Long: `Print, as JSON, the history of CASE as writ's log holds it at the latest
checkpoint: every event's number, type, time and record hash, each with the
proof that it is in the log the checkpoint signed, and the checkpoint. It
carries no one's data: what each event says is in the papers the court was
shown. The court keeps it.

Shown the case again later, the court is given a history made --since the
one it kept: it carries the proof that today's log holds the log of the
earlier checkpoint as its prefix. The court checks, offline, with the log's
public key alone, that every event it was first shown is unchanged:
  writ audit check-history --key PUB LATER --since EARLIER

Events recorded after the latest checkpoint are left out (and said so on
stderr) until the next one (writ audit checkpoint).`,
		Example: "  writ audit history c-abc --out history-2026-12-02.json\n" +
			"  writ audit history c-abc --since history-2026-12-02.json --out history-2027-01-15.json",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			vkey, err := verifierKey(env, key)
			if err != nil {
				return err
			}
			var earlier *checkpoint.History
			if since != "" {
				h, err := readHistory(env, since)
				if err != nil {
					return flagError("since", err)
				}
				if _, err := h.Check(vkey); err != nil {
					return flagError("since", fmt.Errorf("%s does not check with the log's key: %w", since, err))
				}
				earlier = &h
			}
			ctx := cmd.Context()
			svc, lt, err := openLogTree(ctx, env, db)
			if err != nil {
				return err
			}
			defer svc.Store.Close()
			h, left, err := caseHistory(ctx, svc.Store, lt, args[0], vkey, earlier)
			var notExtended errNotExtended
			if err != nil && !errors.As(err, &notExtended) {
				return err
			}
			if left > 0 {
				first := int64(len(h.Events)) + 1
				fmt.Fprintf(env.Stderr, "event %d to %d of case %s are after the latest checkpoint and are left out: make one (writ audit checkpoint) to include them\n",
					first, first+int64(left)-1, h.CaseID)
			}
			b, err := checkpoint.MarshalHistory(h)
			if err != nil {
				return failure{err}
			}
			if err := writeNew(env, out, b); err != nil {
				return err
			}
			if notExtended.err != nil {
				return failure{notExtended}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&since, "since", "", "an earlier history of the case: prove that today's log extends its checkpoint")
	cmd.Flags().StringVar(&key, "key", "", "the log's public key, or a file holding it (default: from WRIT_LOG_KEY_FILE)")
	cmd.Flags().StringVar(&out, "out", "", "write the history to this new file instead of stdout")
	return cmd
}

// caseHistory makes the history of case id at the latest checkpoint, and
// says how many of its events came after it; with earlier, the history
// carries the proof that the checkpoint's log extends earlier's. It is
// checked as the court will check it before it is given.
func caseHistory(ctx context.Context, s store.Store, lt store.LogTree, id, vkey string, earlier *checkpoint.History) (checkpoint.History, int, error) {
	signed, err := lt.LatestCheckpoint(ctx)
	if fault.CodeOf(err) == fault.NotFound {
		return checkpoint.History{}, 0, failure{errors.New("the log has no checkpoint yet: make one (writ audit checkpoint), then the history")}
	}
	if err != nil {
		return checkpoint.History{}, 0, fail(err)
	}
	c, err := checkpoint.Open(signed, vkey)
	if err != nil {
		return checkpoint.History{}, 0, failure{fmt.Errorf("the latest checkpoint is refused: %w", err)}
	}
	evs, err := s.Events(ctx, id)
	if err != nil {
		return checkpoint.History{}, 0, fail(err)
	}
	h := checkpoint.History{CaseID: id, Checkpoint: string(signed)}
	left := 0
	for _, e := range evs {
		leaf, idx, err := lt.Leaf(ctx, checkpoint.KindEvent, id, e.Seq)
		if err != nil {
			return checkpoint.History{}, 0, fail(err)
		}
		if idx >= c.Size {
			left++
			continue
		}
		if left > 0 {
			// A later record is never before an earlier one in the log: a
			// case's events are leaves in the order they were recorded.
			return checkpoint.History{}, 0, failure{fmt.Errorf("event %d of case %s is in the latest checkpoint but an earlier event is not: the log is out of order (writ audit verify --checkpoint)", e.Seq, id)}
		}
		path, err := lt.ProveLeaf(ctx, c.Size, idx)
		if err != nil {
			return checkpoint.History{}, 0, fail(err)
		}
		h.Events = append(h.Events, checkpoint.NewHistoryEvent(leaf, idx, e.Type, e.RecordedAt, path))
	}
	if len(h.Events) == 0 {
		return checkpoint.History{}, 0, failure{fmt.Errorf("case %s has no event in the latest checkpoint: make one (writ audit checkpoint), then the history", id)}
	}
	if earlier != nil {
		if earlier.CaseID != id {
			return checkpoint.History{}, 0, flagError("since", fmt.Errorf("is the history of case %s, not of %s", earlier.CaseID, id))
		}
		from, err := checkpoint.Open([]byte(earlier.Checkpoint), vkey)
		if err != nil {
			return checkpoint.History{}, 0, flagError("since", err)
		}
		if from.Size > c.Size {
			return checkpoint.History{}, 0, failure{fmt.Errorf("the earlier history's checkpoint (%d records) is larger than the latest (%d): the log does not extend it (writ audit verify --checkpoint)", from.Size, c.Size)}
		}
		proof, err := lt.ProveTree(ctx, c.Size, from.Size)
		if err != nil {
			return checkpoint.History{}, 0, fail(err)
		}
		h.Since = checkpoint.NewConsistency([]byte(earlier.Checkpoint), proof)
		if _, err := h.Extends(*earlier, vkey); err != nil {
			return h, left, errNotExtended{err}
		}
	} else if _, err := h.Check(vkey); err != nil {
		return checkpoint.History{}, 0, failure{fmt.Errorf("the history of case %s does not check against the latest checkpoint (writ audit verify --checkpoint says why): %w", id, err)}
	}
	return h, left, nil
}

// errNotExtended is a history made since an earlier one that does not
// extend it: the log changed. The history is written all the same, for
// the court's own check will say the same; writ exits 1.
type errNotExtended struct{ err error }

func (e errNotExtended) Error() string {
	return fmt.Sprintf("the history does not extend the earlier one (writ audit verify --checkpoint names every record missing or changed): %v", e.err)
}

func newCheckHistory(env Env) *cobra.Command {
	var key, since string
	cmd := &cobra.Command{
		Use:   "check-history --key PUB HISTORY [--since EARLIER]",
		Short: "Check, offline, a case's history in the log (from writ audit history), and that it extends an earlier one",
		Long: `Check a history from writ audit history with the log's public key alone,
without writ's database: the checkpoint in it is signed by the key, and each
event, with its record hash, is in the log the checkpoint signed.

With --since EARLIER (a history of the same case kept before), check also
that HISTORY was made since it and that every event of EARLIER is in it
unchanged, at the same place in a log that holds the earlier log as its
prefix: an event edited, deleted or re-chained since cannot pass. HISTORY
is a file, or - for stdin. Exits 1 when a check fails.`,
		Example: "  writ audit check-history --key log-key.pub history-2027-01-15.json --since history-2026-12-02.json",
		Args:    cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			vkey, err := offlineKey(env, key)
			if err != nil {
				return err
			}
			h, err := readHistory(env, args[0])
			if err != nil {
				return err
			}
			if since == "" {
				c, err := h.Check(vkey)
				if err != nil {
					return failure{fmt.Errorf("the history does not check: %w", err)}
				}
				_, err = fmt.Fprintf(env.Stdout, "The history checks: the %d events of case %s are in the log of %s, among the %d records of its checkpoint signed at %s.\n",
					len(h.Events), h.CaseID, c.Origin, c.Size, c.Time.Format(time.RFC3339))
				return err
			}
			earlier, err := readHistory(env, since)
			if err != nil {
				return flagError("since", err)
			}
			ext, err := h.Extends(earlier, vkey)
			if err != nil {
				return failure{fmt.Errorf("the history does not extend the earlier one: %w", err)}
			}
			_, err = fmt.Fprintf(env.Stdout, "The history extends the earlier one: all %d events of case %s shown at the checkpoint of %s (%d records) are unchanged in the log of %s at its checkpoint of %s (%d records); %s recorded since.\n",
				ext.Kept, h.CaseID, ext.From.Time.Format(time.RFC3339), ext.From.Size, ext.To.Origin, ext.To.Time.Format(time.RFC3339), ext.To.Size, eventsSince(ext.Added))
			return err
		},
	}
	cmd.Flags().StringVar(&key, "key", "", "the log's public key, or a file holding it")
	cmd.Flags().StringVar(&since, "since", "", "an earlier history of the case that HISTORY must extend")
	return cmd
}

func eventsSince(n int) string {
	if n == 1 {
		return "1 event"
	}
	return fmt.Sprintf("%d events", n)
}

// readHistory reads a history from a file, or stdin for "-".
func readHistory(env Env, path string) (checkpoint.History, error) {
	b, err := readArg(env, path, "history")
	if err != nil {
		return checkpoint.History{}, err
	}
	return checkpoint.ParseHistory(b)
}
