package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/checkpoint"
	"github.com/writ-project/writ/internal/config"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/jobs"
	"github.com/writ-project/writ/internal/seal"
	"github.com/writ-project/writ/internal/store"
)

// withLogCommands adds to writ audit the commands of the log's signed
// checkpoints and proofs (issue 18).
func withLogCommands(audit *cobra.Command, env Env, db *dbFlags) *cobra.Command {
	audit.AddCommand(newLogKeygen(env), newLogCheckpoint(env, db), newLogProve(env, db), newCheckProof(env),
		newLogHistory(env, db), newCheckHistory(env))
	return audit
}

func newLogKeygen(env Env) *cobra.Command {
	var name, out string
	cmd := &cobra.Command{
		Use:   "keygen [--name NAME] [--out FILE]",
		Short: "Make the Ed25519 key that signs the log's checkpoints (for WRIT_LOG_KEY_FILE)",
		Long: `Make a new Ed25519 key pair for the log's checkpoints, in the note format
of golang.org/x/mod/sumdb/note. NAME names this writ (the origin line of
every checkpoint); it defaults to the host of WRIT_PUBLIC_URL.

The public key (NAME+...) goes on stderr: give it to the witnesses and to
whoever checks a checkpoint or a proof (writ audit check-proof --key). The
private key (PRIVATE+KEY+NAME+...) is for WRIT_LOG_KEY_FILE and nowhere else:

  --out FILE  writes it to a new file, mode 0600; writ never overwrites a
              file that exists.
  (no --out)  prints it on stdout.`,
		Example: "  writ audit keygen --name writ.platform.example --out /run/secrets/writ-log-key 2> log-key.pub",
		Args:    cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			if name == "" {
				cfg, err := config.Load(env.Getenv, env.ReadFile)
				if err == nil && cfg.Server.PublicURL != "" {
					if u, err := url.Parse(cfg.Server.PublicURL); err == nil {
						name = u.Hostname()
					}
				}
			}
			if name == "" {
				return flagError("name", errors.New("is required (no WRIT_PUBLIC_URL to take it from): the name of this writ, e.g. writ.platform.example"))
			}
			skey, vkey, err := checkpoint.GenerateKey(name)
			if err != nil {
				return flagError("name", err)
			}
			if out != "" {
				if err := seal.WriteKeyFile(out, skey); err != nil {
					if fault.Is(err, fault.Internal) {
						return failure{errors.New(fault.Message(err))}
					}
					return flagError("out", errors.New(fault.Message(err)))
				}
				fmt.Fprintf(env.Stderr, "public key: %s\n", vkey)
				return nil
			}
			if err := privateStdout(env); err != nil {
				return err
			}
			fmt.Fprintf(env.Stderr, "public key: %s\n", vkey)
			_, err = fmt.Fprintln(env.Stdout, skey)
			return err
		},
	}
	cmd.Flags().StringVar(&name, "name", "", "the name of this writ, the origin of its checkpoints (default: the host of WRIT_PUBLIC_URL)")
	cmd.Flags().StringVar(&out, "out", "", "write the private key to this new file, mode 0600 (never over an existing file)")
	return cmd
}

// logKey returns the log's signer key from the configuration.
func logKey(env Env) (string, error) {
	cfg, err := config.Load(env.Getenv, env.ReadFile)
	if err != nil {
		return "", err
	}
	if cfg.Log.Key == "" {
		return "", errors.New("WRIT_LOG_KEY_FILE is not set: it names the file of the log's key (writ audit keygen makes one)")
	}
	return cfg.Log.Key, nil
}

// verifierKey returns the log's public key: --key's value (the key, or a
// file holding it), else the public half of WRIT_LOG_KEY_FILE's key.
func verifierKey(env Env, flag string) (string, error) {
	if flag != "" {
		if checkpoint.IsVerifierKey(flag) {
			return strings.TrimSpace(flag), nil
		}
		b, err := env.ReadFile(flag)
		if err != nil {
			return "", flagError("key", fmt.Errorf("is neither the log's public key nor a file that can be read: %v", err))
		}
		if v := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(string(b)), "public key:")); checkpoint.IsVerifierKey(v) {
			return v, nil
		}
		return "", flagError("key", fmt.Errorf("%s does not hold the log's public key (NAME+...)", flag))
	}
	cfg, err := config.Load(env.Getenv, env.ReadFile)
	if err != nil {
		return "", err
	}
	if cfg.Log.Key == "" {
		return "", flagError("key", errors.New("is required: the log's public key, or a file holding it (writ audit keygen printed it); or set WRIT_LOG_KEY_FILE"))
	}
	v, err := checkpoint.VerifierKey(cfg.Log.Key)
	if err != nil {
		return "", fmt.Errorf("WRIT_LOG_KEY_FILE: %w", err)
	}
	return v, nil
}

// logTreeOf opens the store's log tree.
func logTreeOf(s store.Store) (store.LogTree, error) {
	lt, ok := store.LogTreeOf(s)
	if !ok {
		return nil, failure{errors.New("this database keeps no log tree")}
	}
	return lt, nil
}

// offlineKey is the log's public key a check made without writ's database
// needs: --key's value, required (no WRIT_LOG_KEY_FILE to fall back on:
// whoever checks is not the platform).
func offlineKey(env Env, flag string) (string, error) {
	if flag == "" {
		return "", flagError("key", errors.New("is required: the log's public key, or a file holding it"))
	}
	return verifierKey(env, flag)
}

// openLogTree opens the database and its log tree; the caller closes
// svc.Store.
func openLogTree(ctx context.Context, env Env, db *dbFlags) (*cases.Service, store.LogTree, error) {
	svc, err := db.open(ctx, env)
	if err != nil {
		return nil, nil, err
	}
	lt, err := logTreeOf(svc.Store)
	if err != nil {
		svc.Store.Close()
		return nil, nil, err
	}
	return svc, lt, nil
}

// readArg reads a command's file argument, or stdin for "-"; what names
// it for an error.
func readArg(env Env, path, what string) ([]byte, error) {
	var (
		b   []byte
		err error
	)
	if path == "-" {
		b, err = io.ReadAll(env.Stdin)
	} else {
		b, err = env.ReadFile(path)
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read the %s %s: %w", what, path, err)
	}
	return b, nil
}

// writeNew writes b to a file that must not exist yet, or to stdout when
// path is "".
func writeNew(env Env, path string, b []byte) error {
	if path == "" {
		_, err := env.Stdout.Write(b)
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return flagError("out", fmt.Errorf("%s already exists: writ never overwrites it; choose another name", path))
	}
	if err != nil {
		return flagError("out", err)
	}
	_, err = f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return failure{fmt.Errorf("cannot write %s: %w", path, err)}
	}
	return nil
}

func newLogCheckpoint(env Env, db *dbFlags) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "checkpoint [--out FILE]",
		Short: "Sign the log's size and root now; keep the checkpoint outside the database",
		Long: `Sign a checkpoint of the log: the number of records writ holds (every
event and every access to a person's data) and the Merkle tree hash of them
all, with the time, signed with the key of WRIT_LOG_KEY_FILE. Keep it away
from the database (a witness's disk, the court's clerk): later, writ audit
verify --checkpoint FILE proves that the log still holds every one of those
records unchanged. writ serve makes one every --checkpoint-every.`,
		Example: "  writ audit checkpoint --out /mnt/witness/writ-$(date +%F).checkpoint",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			key, err := logKey(env)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			svc, lt, err := openLogTree(ctx, env, db)
			if err != nil {
				return err
			}
			defer svc.Store.Close()
			signed, c, err := jobs.MakeCheckpoint(ctx, lt, key, env.Now())
			if err != nil {
				return fail(err)
			}
			if err := writeNew(env, out, signed); err != nil {
				return err
			}
			if out != "" {
				fmt.Fprintf(env.Stdout, "checkpoint of %d records written to %s\n", c.Size, out)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "write the checkpoint to this new file instead of stdout")
	return cmd
}

// openCheckpoint reads a signed checkpoint from file and checks its
// signature with the log's public key (key: --key's value), before any
// record is read: a forged checkpoint is refused at once.
func openCheckpoint(env Env, file, key string) (checkpoint.Checkpoint, error) {
	vkey, err := verifierKey(env, key)
	if err != nil {
		return checkpoint.Checkpoint{}, err
	}
	b, err := env.ReadFile(file)
	if err != nil {
		return checkpoint.Checkpoint{}, flagError("checkpoint", fmt.Errorf("cannot read %s: %w", file, err))
	}
	c, err := checkpoint.Open(b, vkey)
	if err != nil {
		return checkpoint.Checkpoint{}, failure{fmt.Errorf("the checkpoint %s is refused: %w", file, err)}
	}
	return c, nil
}

// checkAgainst holds the stored log against a checkpoint (writ audit verify
// --checkpoint): every record it counted read and hashed again, so that
// events deleted from a case's end (its head rolled back), a deleted case,
// events altered and re-chained, and accesses trimmed from an access log
// are each named; the records must hash to its root and the stored tree
// must extend it. It prints each problem and fails when there is one.
func checkAgainst(ctx context.Context, env Env, s store.Store, c checkpoint.Checkpoint) error {
	lt, err := logTreeOf(s)
	if err != nil {
		return err
	}
	check, err := lt.CheckLog(ctx, c.Size, c.Root)
	if err != nil {
		return fail(err)
	}
	signed := fmt.Sprintf("the checkpoint of %d records signed by %s at %s", c.Size, c.Origin, c.Time.Format(time.RFC3339))
	if len(check.Problems) == 0 {
		_, err := fmt.Fprintf(env.Stdout, "The log extends %s: every one of those records is there, unchanged; it holds %d records now.\n", signed, check.Size)
		return err
	}
	for _, p := range check.Problems {
		fmt.Fprintln(env.Stdout, p)
	}
	return failure{fmt.Errorf("the log does not extend %s: %s (%d problem(s) in all)", signed, check.Problems[0], len(check.Problems))}
}

func newLogProve(env Env, db *dbFlags) *cobra.Command {
	var (
		key, out string
		access   bool
	)
	cmd := &cobra.Command{
		Use:   "prove CASE SEQ [--access] [--key PUB] [--out FILE]",
		Short: "Print the proof that an event (or access) is in the log of the latest checkpoint",
		Long: `Print, as JSON, the proof that event SEQ of CASE (with --access, entry SEQ
of its access log) is in the log the latest checkpoint signed: the record's
hash, its place in the log, the hashes from it to the checkpoint's root, and
the signed checkpoint. Whoever holds it (an account holder, the court) checks
it offline with the log's public key: writ audit check-proof --key PUB FILE.
A record made after the latest checkpoint has no proof until the next one
(writ audit checkpoint).`,
		Example: "  writ audit prove c-abc 7 --out objection-proof.json",
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			seq, err := strconv.ParseInt(args[1], 10, 64)
			if err != nil || seq < 1 {
				return fmt.Errorf("SEQ %q is not an event's number (1, 2, 3 ...)", args[1])
			}
			vkey, err := verifierKey(env, key)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			svc, lt, err := openLogTree(ctx, env, db)
			if err != nil {
				return err
			}
			defer svc.Store.Close()
			kind := checkpoint.KindEvent
			if access {
				kind = checkpoint.KindAccess
			}
			leaf, idx, err := lt.Leaf(ctx, kind, args[0], seq)
			if err != nil {
				return fail(err)
			}
			signed, err := lt.LatestCheckpoint(ctx)
			if err != nil {
				return fail(err)
			}
			c, err := checkpoint.Open(signed, vkey)
			if err != nil {
				return failure{fmt.Errorf("the latest checkpoint is refused: %w", err)}
			}
			if idx >= c.Size {
				return failure{fmt.Errorf("%s is record %d of the log, after the latest checkpoint (%d records): make one (writ audit checkpoint) and prove it then", leaf, idx, c.Size)}
			}
			path, err := lt.ProveLeaf(ctx, c.Size, idx)
			if err != nil {
				return fail(err)
			}
			p := checkpoint.NewProof(leaf, idx, path, signed)
			// The proof is checked as its holder will check it before it
			// is given.
			if _, err := p.Check(vkey); err != nil {
				return failure{fmt.Errorf("the proof of %s does not check against the latest checkpoint (writ audit verify --checkpoint says why): %w", leaf, err)}
			}
			b, err := checkpoint.Marshal(p)
			if err != nil {
				return failure{err}
			}
			return writeNew(env, out, b)
		},
	}
	cmd.Flags().BoolVar(&access, "access", false, "prove entry SEQ of the case's access log instead of an event")
	cmd.Flags().StringVar(&key, "key", "", "the log's public key, or a file holding it (default: from WRIT_LOG_KEY_FILE)")
	cmd.Flags().StringVar(&out, "out", "", "write the proof to this new file instead of stdout")
	return cmd
}

func newCheckProof(env Env) *cobra.Command {
	var key string
	cmd := &cobra.Command{
		Use:   "check-proof --key PUB PROOF",
		Short: "Check, offline, a proof that a record is in the log (from writ audit prove)",
		Long: `Check a proof from writ audit prove with the log's public key alone, without
writ's database: the checkpoint in it is signed by the key, and the record's
hash, at its place, leads up to the checkpoint's root. PROOF is a file, or -
for stdin. Exits 1 when the proof does not check.`,
		Example: "  writ audit check-proof --key log-key.pub objection-proof.json",
		Args:    cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			vkey, err := offlineKey(env, key)
			if err != nil {
				return err
			}
			b, err := readArg(env, args[0], "proof")
			if err != nil {
				return err
			}
			p, err := checkpoint.ParseProof(b)
			if err != nil {
				return err
			}
			c, err := p.Check(vkey)
			if err != nil {
				return failure{fmt.Errorf("the proof does not check: %w", err)}
			}
			_, err = fmt.Fprintf(env.Stdout, "The proof checks: %s (hash %s) is record %d of the log of %s, among the %d records of its checkpoint signed at %s.\n",
				p.Leaf(), p.RecordHash, p.Index, c.Origin, c.Size, c.Time.Format(time.RFC3339))
			return err
		},
	}
	cmd.Flags().StringVar(&key, "key", "", "the log's public key, or a file holding it")
	return cmd
}
