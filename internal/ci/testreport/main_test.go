package main

import (
	"strings"
	"testing"
)

// TestReport: failures are shown whole, skips counted with their reason,
// and the exit code says whether anything failed.
func TestReport(t *testing.T) {
	in := `{"Action":"run","Package":"p","Test":"TestA"}
{"Action":"output","Package":"p","Test":"TestA","Output":"=== RUN   TestA\n"}
{"Action":"pass","Package":"p","Test":"TestA","Elapsed":0.1}
{"Action":"run","Package":"p","Test":"TestB"}
{"Action":"output","Package":"p","Test":"TestB","Output":"    b_test.go:12: needs pdftotext: apt-get install poppler-utils\n"}
{"Action":"output","Package":"p","Test":"TestB","Output":"--- SKIP: TestB (0.00s)\n"}
{"Action":"skip","Package":"p","Test":"TestB"}
{"Action":"run","Package":"q","Test":"TestC"}
{"Action":"output","Package":"q","Test":"TestC","Output":"    c_test.go:3: the gate opened\n"}
{"Action":"fail","Package":"q","Test":"TestC"}
{"Action":"pass","Package":"p","Elapsed":0.2}
{"Action":"fail","Package":"q","Elapsed":0.3}
`
	var out strings.Builder
	code := report(strings.NewReader(in), &out)
	s := out.String()
	for _, want := range []string{"ok   p", "FAIL q", "--- FAIL q TestC", "the gate opened", "p TestB: needs pdftotext: apt-get install poppler-utils", "1 tests passed, 1 failed, 1 skipped."} {
		if !strings.Contains(s, want) {
			t.Errorf("the report lacks %q:\n%s", want, s)
		}
	}
	if code != 1 {
		t.Errorf("exit %d with a failure; want 1", code)
	}
	if code := report(strings.NewReader(`{"Action":"pass","Package":"p","Test":"TestA"}`+"\n"), &out); code != 0 {
		t.Errorf("exit %d without a failure; want 0", code)
	}
}
