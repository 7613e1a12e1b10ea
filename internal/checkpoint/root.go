package checkpoint

import "golang.org/x/mod/sumdb/tlog"

// RootBuilder computes the root hash of a tree from its leaf hashes given
// one after another, keeping only the roots of its complete subtrees (one
// per bit of the size): an audit recomputes the root a checkpoint signed
// from the records as they are stored, without holding them.
type RootBuilder struct {
	// stack holds the roots of complete subtrees, the largest (leftmost)
	// first; sizes are their numbers of leaves.
	stack []tlog.Hash
	sizes []int64
	n     int64
}

// Add appends the next leaf's hash.
func (b *RootBuilder) Add(h tlog.Hash) {
	b.stack = append(b.stack, h)
	b.sizes = append(b.sizes, 1)
	b.n++
	for k := len(b.stack); k >= 2 && b.sizes[k-2] == b.sizes[k-1]; k = len(b.stack) {
		b.stack[k-2] = tlog.NodeHash(b.stack[k-2], b.stack[k-1])
		b.sizes[k-2] *= 2
		b.stack, b.sizes = b.stack[:k-1], b.sizes[:k-1]
	}
}

// Size is the number of leaves added.
func (b *RootBuilder) Size() int64 { return b.n }

// Root is the Merkle tree hash of the leaves added (RFC 6962, section
// 2.1): the complete subtrees joined from the right, as the tree of any
// size splits at the largest power of two below it. The root of no leaves
// is the SHA-256 of nothing, as tlog has it.
func (b *RootBuilder) Root() tlog.Hash {
	if len(b.stack) == 0 {
		h, _ := tlog.TreeHash(0, nil)
		return h
	}
	h := b.stack[len(b.stack)-1]
	for i := len(b.stack) - 2; i >= 0; i-- {
		h = tlog.NodeHash(b.stack[i], h)
	}
	return h
}
