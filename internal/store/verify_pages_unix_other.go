//go:build unix && !linux

package store

// mapPopulate: the pages are mapped as they are touched.
const mapPopulate = 0
