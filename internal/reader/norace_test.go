//go:build !race

package reader_test

// underRace is whether the tests run under the race detector.
const underRace = false
