package pages

import "slices"

// sortFirst puts into s[:n] the n first elements of s in the order cmp
// sorts them, as slices.SortFunc would, leaving the rest in no order: a
// page of a list wants its own lines and those before it, not the order
// of every line after. It keeps a heap of the n first seen so far, the
// last of them on top, and costs about len(s)·log n comparisons, where a
// sort costs len(s)·log len(s). cmp must order any two distinct elements
// (ties broken by an ID), as the home page's do, so that the page is the
// one a full sort would give.
func sortFirst[T any](s []T, n int, cmp func(a, b T) int) {
	if n >= len(s)/2 {
		slices.SortFunc(s, cmp)
		return
	}
	if n <= 0 {
		return
	}
	h := s[:n]
	// A max-heap on cmp: h[0] is the last of the n first.
	down := func(i int) {
		for {
			c := 2*i + 1
			if c >= len(h) {
				return
			}
			if c+1 < len(h) && cmp(h[c+1], h[c]) > 0 {
				c++
			}
			if cmp(h[c], h[i]) <= 0 {
				return
			}
			h[i], h[c] = h[c], h[i]
			i = c
		}
	}
	for i := len(h)/2 - 1; i >= 0; i-- {
		down(i)
	}
	for i := n; i < len(s); i++ {
		if cmp(s[i], h[0]) < 0 {
			h[0], s[i] = s[i], h[0]
			down(0)
		}
	}
	slices.SortFunc(h, cmp)
}
