package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/writ-project/writ/internal/seal"
)

func newKeygen(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "keygen",
		Short: "Make a new sealing key (age X25519) for WRIT_SEAL_KEY or for a recipient of productions",
		Long: `Print a new age X25519 key pair. The secret key (AGE-SECRET-KEY-1...) goes
on stdout: store it where WRIT_SEAL_KEY_FILE can read it, and nowhere else.
The public key (age1...) goes on stderr: give it to whoever seals for you
(a production's recipient gives theirs to the platform).`,
		Example: "  writ keygen > /run/secrets/writ-seal-key 2> seal-key.pub",
		Args:    cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			id, recipient, err := seal.NewKey()
			if err != nil {
				return failure{err}
			}
			fmt.Fprintf(env.Stderr, "public key: %s\n", recipient)
			_, err = fmt.Fprintln(env.Stdout, id)
			return err
		},
	}
}
