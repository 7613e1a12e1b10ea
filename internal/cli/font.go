package cli

import (
	"fmt"

	"github.com/writ-project/writ/internal/config"
	"github.com/writ-project/writ/internal/production/pdf"
)

// openFont is the font writ's PDFs are set in: the TrueType file WRIT_FONT
// names, else the font writ embeds, which needs nothing installed. A
// WRIT_FONT that cannot be read or is no usable TrueType font is the
// person's setting, and wrong: the error names it, and the command exits 2
// as for any wrong input (the README's contract), not 1, which says writ
// could not do what was asked.
func openFont(cfg config.Config) (*pdf.Font, error) {
	font, err := pdf.OpenFont(cfg.Font)
	if err != nil {
		if cfg.Font == "" {
			return nil, failure{fmt.Errorf("the font writ embeds cannot be used: %w", err)}
		}
		return nil, fmt.Errorf("WRIT_FONT: %w; name a TrueType font with Japanese and Latin glyphs, or leave WRIT_FONT unset for the font writ embeds", err)
	}
	return font, nil
}
