//go:build !unix

package store

import "os"

// mapFile reads the first size bytes of f into memory, where the file
// cannot be mapped.
func mapFile(f *os.File, size int) ([]byte, func() error, error) {
	data := make([]byte, size)
	if _, err := f.ReadAt(data, 0); err != nil {
		return nil, nil, err
	}
	return data, func() error { return nil }, nil
}
