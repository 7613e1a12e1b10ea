package cli

import (
	"runtime/debug"

	"github.com/writ-project/writ/internal/cases"
)

// Go's collector lets the heap grow to twice what is live before it
// collects (GOGC=100), whatever the machine holds: a server whose live heap
// is its cache of parsed cases and the index of every case's summary would
// take twice that of the machine's memory, most of it garbage waiting. So
// writ serve gives the runtime a soft memory limit of its own when the
// operator sets none: room for what a server holds (memoryBase), for the
// cache of parsed cases (memoryPerCase each), and later for the index as
// built (RaiseMemoryLimit). GOMEMLIMIT, when set, is the operator's and
// wins; GOMEMLIMIT=off is no limit at all.

const (
	// memoryBase is what writ serve holds besides its cases: the runtime,
	// the database's connections, the templates and fonts, the requests
	// in flight and the garbage between two collections, with the index
	// of a hundred thousand cases (about 1 KiB each, 85 MiB).
	memoryBase = 200 << 20
	// memoryPerCase is what a case in the cache takes, with room: a case
	// of the seed order takes about 18 KiB parsed and its kept assessment
	// about 20 KiB.
	memoryPerCase = 40 << 10
	// memoryHeadroom is how far above what the server holds once its
	// index is built the limit stays (as a fraction of it), so that the
	// collector is not made to run without pause.
	memoryHeadroom = 0.5
)

// MemoryLimit sets the soft memory limit of writ serve's Go runtime for a
// server keeping cacheCases parsed cases (0: cases.DefaultCacheCases), unless the GOMEMLIMIT
// environment variable (read through getenv) sets one, which the runtime
// has then applied already. It returns the limit in force, in bytes, and
// whether it is writ serve's own. The load benchmark calls it as writ serve
// does.
func MemoryLimit(getenv func(string) string, cacheCases int) (limit int64, byDefault bool) {
	if getenv("GOMEMLIMIT") != "" {
		return debug.SetMemoryLimit(-1), false
	}
	if cacheCases <= 0 {
		cacheCases = cases.DefaultCacheCases
	}
	limit = memoryBase + int64(cacheCases)*memoryPerCase
	debug.SetMemoryLimit(limit)
	return limit, true
}

// RaiseMemoryLimit raises writ serve's own limit, once the index of every
// case is built, to memoryHeadroom above the heap in use then (live bytes,
// after a collection) when that is more: a platform with many more cases
// than a hundred thousand has a larger index, and a limit below what it
// holds would keep the collector running. It returns the limit in force.
func RaiseMemoryLimit(live uint64) int64 {
	limit := debug.SetMemoryLimit(-1)
	if want := int64(float64(live) * (1 + memoryHeadroom)); want > limit {
		debug.SetMemoryLimit(want)
		return want
	}
	return limit
}
