package demo

import (
	"math/bits"
	"math/rand/v2"
)

// rng draws the demo's random numbers. Only PCG's raw 64-bit output is
// used, and every reduction to a range is done here, so the files a seed
// makes do not change when the standard library changes how its Rand
// methods map bits to ranges.
type rng struct{ pcg *rand.PCG }

func newRNG(seed, stream uint64) *rng {
	return &rng{rand.NewPCG(mix(seed), mix(stream^0x5851f42d4c957f2d))}
}

func (r *rng) uint64() uint64 { return r.pcg.Uint64() }

// intn returns a number in [0, n) (Lemire's multiply-high; the bias for
// the small n used here is far below anything a reader could notice).
func (r *rng) intn(n int) int {
	hi, _ := bits.Mul64(r.pcg.Uint64(), uint64(n))
	return int(hi)
}

// between returns a number in [lo, hi); lo when the range is empty.
func (r *rng) between(lo, hi int64) int64 {
	if hi <= lo {
		return lo
	}
	h, _ := bits.Mul64(r.pcg.Uint64(), uint64(hi-lo))
	return lo + int64(h)
}

// percent reports true p times in a hundred.
func (r *rng) percent(p int) bool { return r.intn(100) < p }

// pick returns a random element of s.
func pick[T any](r *rng, s []T) T { return s[r.intn(len(s))] }

// mix is SplitMix64's finalizer: a fast bijective hash of 64 bits, used to
// derive per-account values (addresses, devices) without storing them.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// reduce maps h onto [0, n).
func reduce(h uint64, n int) int {
	hi, _ := bits.Mul64(h, uint64(n))
	return int(hi)
}
