package store

import "syscall"

// mapPopulate has Linux map the file's pages, which the page cache holds,
// in the one call: touching them one by one traps once for every few.
const mapPopulate = syscall.MAP_POPULATE
