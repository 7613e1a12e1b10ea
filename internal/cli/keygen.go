package cli

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/seal"
)

func newKeygen(env Env) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "keygen [--out FILE]",
		Short: "Make a new sealing key (age X25519) for WRIT_SEAL_KEY or for a recipient of productions",
		Long: `Make a new age X25519 key pair. The public key (age1...) goes on stderr:
give it to whoever seals for you (a production's recipient gives theirs to
the platform). The secret key (AGE-SECRET-KEY-1...) is for WRIT_SEAL_KEY_FILE
and nowhere else:

  --out FILE  writes it to a new file, created readable and writable by
              you only (mode 0600); writ never overwrites a file that
              exists. Use this.
  (no --out)  prints it on stdout, for a script that stores it elsewhere
              (a secrets manager). When stdout is a regular file
              (writ keygen > seal.key), writ makes it mode 0600 before
              writing the key; but the shell created that file, with your
              umask's mode, before writ ran, and whoever opened it in
              between keeps it open: --out has no such moment.`,
		Example: "  writ keygen --out /run/secrets/writ-seal-key 2> seal-key.pub\n" +
			"  writ keygen | vault kv put secret/writ seal_key=-",
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			id, recipient, err := seal.NewKey()
			if err != nil {
				return failure{err}
			}
			if out != "" {
				if err := seal.WriteKeyFile(out, id); err != nil {
					if fault.Is(err, fault.Internal) {
						return failure{errors.New(fault.Message(err))}
					}
					return flagError("out", errors.New(fault.Message(err)))
				}
				fmt.Fprintf(env.Stderr, "public key: %s\n", recipient)
				return nil
			}
			if err := privateStdout(env); err != nil {
				return err
			}
			fmt.Fprintf(env.Stderr, "public key: %s\n", recipient)
			_, err = fmt.Fprintln(env.Stdout, id)
			return err
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "write the secret key to this new file, mode 0600 (never over an existing file)")
	return cmd
}

// privateStdout makes stdout, when it is a regular file, readable and
// writable by its owner only, before a secret is written to it; when that
// cannot be done, nothing is written.
func privateStdout(env Env) error {
	f, ok := env.Stdout.(*os.File)
	if !ok {
		return nil
	}
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		// A terminal or a pipe: no file keeps the key.
		return nil
	}
	if err := f.Chmod(0o600); err != nil {
		return failure{fmt.Errorf("stdout is the file %s, which cannot be made readable by its owner only (%v); nothing was written: use --out FILE", f.Name(), err)}
	}
	return nil
}
