package pages

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortFirst: for lists of every length up to 300 and every n, the
// first n elements are those a full sort puts first, in its order, and
// the list keeps every element.
func TestSortFirst(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for size := range 300 {
		in := make([]int, size)
		for i := range in {
			in[i] = r.IntN(1000)*1000 + i // distinct, as the pages' keys are
		}
		want := slices.Clone(in)
		slices.Sort(want)
		for _, n := range []int{0, 1, 2, size / 3, size/2 - 1, size / 2, size - 1, size, size + 5} {
			got := slices.Clone(in)
			sortFirst(got, n, cmp.Compare[int])
			k := min(max(n, 0), size)
			if !slices.Equal(got[:k], want[:k]) {
				t.Fatalf("size %d, n %d: first %v; want %v", size, n, got[:k], want[:k])
			}
			rest := slices.Clone(got)
			slices.Sort(rest)
			if !slices.Equal(rest, want) {
				t.Fatalf("size %d, n %d: elements lost or doubled", size, n)
			}
		}
	}
}
