package reader

import (
	"fmt"
	"os"
	"testing"
)

func TestZZ3(t *testing.T) {
	f := os.Getenv("ZZ3")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	r := newRun(string(b), nil)
	r.read()
	fmt.Println(r.txt)
}
