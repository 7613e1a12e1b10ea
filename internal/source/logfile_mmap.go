//go:build linux || darwin || freebsd

package source

import (
	"os"
	"syscall"
)

// On these systems a plain file's regions are mapped into memory rather
// than copied into a buffer: the scan then reads the page cache directly,
// which makes it about a third faster (bench/README.md).
func init() {
	logMap = func(f *os.File, off int64, n int) ([]byte, error) {
		return syscall.Mmap(int(f.Fd()), off, n, syscall.PROT_READ, syscall.MAP_SHARED)
	}
	logUnmap = func(b []byte) { syscall.Munmap(b) }
}
