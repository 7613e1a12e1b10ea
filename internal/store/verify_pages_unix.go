//go:build unix

package store

import (
	"os"
	"syscall"
)

// mapFile maps the first size bytes of f into memory, read-only: reading a
// page is reading memory the system's page cache already holds.
func mapFile(f *os.File, size int) ([]byte, func() error, error) {
	data, err := syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ, syscall.MAP_SHARED|mapPopulate)
	if err != nil {
		return nil, nil, err
	}
	return data, func() error { return syscall.Munmap(data) }, nil
}
