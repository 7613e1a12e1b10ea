// Command writ-score-orders measures writ's order reader against orders a
// person has read: go run ./cmd/writ-score-orders DIR prints each field's
// accuracy against DIR/expected.json and every term the reader invented.
// It is writ order score on its own, so that it builds with the reader
// alone: writ order score DIR does the same.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/writ-project/writ/internal/reader"
	"github.com/writ-project/writ/internal/reader/score"
)

func main() {
	var asJSON bool
	var only multi
	flag.BoolVar(&asJSON, "json", false, "print every field's result, the tallies and the invented terms as JSON")
	flag.Var(&only, "only", "score only this file of expected.json (repeatable)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: writ-score-orders [--json] [--only FILE]... DIR\n\nScores writ's order reader against DIR/expected.json; exits 1 when it invented a term.")
		flag.PrintDefaults()
	}
	// Flags may follow the folder, as they do for writ order score.
	var dirs []string
	for args := os.Args[1:]; ; {
		if err := flag.CommandLine.Parse(args); err != nil {
			os.Exit(2)
		}
		if flag.NArg() == 0 {
			break
		}
		dirs = append(dirs, flag.Arg(0))
		args = flag.Args()[1:]
	}
	if len(dirs) != 1 {
		flag.Usage()
		os.Exit(2)
	}
	rep, err := score.Run(dirs[0], only, readText)
	if err != nil {
		fmt.Fprintln(os.Stderr, "writ-score-orders:", err)
		os.Exit(2)
	}
	if asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep.JSON()); err != nil {
			fmt.Fprintln(os.Stderr, "writ-score-orders:", err)
			os.Exit(1)
		}
	} else {
		rep.Print(os.Stdout)
	}
	if len(rep.Invented()) > 0 {
		os.Exit(1)
	}
}

// readText reads an order's text: a .txt as it is, a PDF through its text
// layer.
func readText(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	if !reader.IsPDF(data) {
		return string(data), nil
	}
	text, err := reader.ExtractPDF(context.Background(), data)
	if errors.Is(err, reader.ErrNoPDFTool) {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return text, err
}

// multi is a repeatable string flag.
type multi []string

func (m *multi) String() string     { return fmt.Sprint(*m) }
func (m *multi) Set(s string) error { *m = append(*m, s); return nil }
