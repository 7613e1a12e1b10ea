// Command testreport reads `go test -json` on its standard input and
// prints what a person reads after a CI run: each package's result, the
// whole output of every test that failed, and at the end how many tests
// passed, failed and were skipped, with each skipped test and the reason
// it gave. It exits 1 when a test or a package failed. .ci/run pipes the
// test run through it, so that a test that skips is seen, not lost in the
// log (issue 14: tests skipped silently).
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// event is one line of `go test -json` (cmd/test2json; a package that does
// not build reports build-output and build-fail).
type event struct {
	Action  string
	Package string
	Test    string
	Output  string
	Elapsed float64
}

func main() {
	os.Exit(report(os.Stdin, os.Stdout))
}

// report reads the events and writes the report; it returns the exit code.
func report(in io.Reader, out io.Writer) int {
	type key struct{ pkg, test string }
	outputs := map[key][]string{}
	var passed, failed, skipped int
	var failures []key
	skips := map[key]string{}
	var order []key
	failedPkg := false
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var e event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			// Not an event (the build's own errors): show it as it is.
			fmt.Fprintln(out, sc.Text())
			continue
		}
		k := key{e.Package, e.Test}
		switch e.Action {
		case "output":
			outputs[k] = append(outputs[k], e.Output)
		case "pass":
			if e.Test != "" {
				passed++
			} else {
				fmt.Fprintf(out, "ok   %s (%.1fs)\n", e.Package, e.Elapsed)
			}
			delete(outputs, k)
		case "fail":
			if e.Test != "" {
				failed++
				failures = append(failures, k)
			} else {
				failedPkg = true
				fmt.Fprintf(out, "FAIL %s (%.1fs)\n", e.Package, e.Elapsed)
				if failed == 0 || len(outputs[k]) > 0 {
					// A package that failed without a failing test (a
					// build error, a panic in TestMain): its own output.
					fmt.Fprint(out, indent(strings.Join(outputs[k], "")))
				}
			}
		case "build-output":
			// A package that does not build: the compiler's words.
			fmt.Fprint(out, e.Output)
		case "build-fail":
			failedPkg = true
		case "skip":
			if e.Test != "" {
				skipped++
				skips[k] = reason(outputs[k])
				order = append(order, k)
			}
			delete(outputs, k)
		}
	}
	for _, k := range failures {
		fmt.Fprintf(out, "\n--- FAIL %s %s\n%s", k.pkg, k.test, indent(strings.Join(outputs[k], "")))
	}
	sort.Slice(order, func(i, j int) bool {
		if order[i].pkg != order[j].pkg {
			return order[i].pkg < order[j].pkg
		}
		return order[i].test < order[j].test
	})
	if len(order) > 0 {
		fmt.Fprintln(out, "\nSkipped:")
		for _, k := range order {
			fmt.Fprintf(out, "  %s %s: %s\n", strings.TrimPrefix(k.pkg, "github.com/writ-project/writ/"), k.test, skips[k])
		}
	}
	fmt.Fprintf(out, "\n%d tests passed, %d failed, %d skipped.\n", passed, failed, skipped)
	if failed > 0 || failedPkg {
		return 1
	}
	return 0
}

// reason is the message a skipped test gave: the last line of its output
// that is not the test framework's own.
func reason(lines []string) string {
	for i := len(lines) - 1; i >= 0; i-- {
		l := strings.TrimSpace(lines[i])
		if l == "" || strings.HasPrefix(l, "=== ") || strings.HasPrefix(l, "--- SKIP") {
			continue
		}
		if _, after, ok := strings.Cut(l, ".go:"); ok {
			if _, msg, ok := strings.Cut(after, ": "); ok {
				return msg
			}
		}
		return l
	}
	return "(no reason given)"
}

func indent(s string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(s, "\n") {
		if l != "" {
			b.WriteString("    " + l)
		}
	}
	return b.String()
}
