package source

import "golang.org/x/sys/cpu"

// logIndex3AVX2 is the vector loop of logIndex3 (logfile_amd64.s).
//
//go:noescape
func logIndex3AVX2(s []byte, i1, i2, i3 int, b1, b2, b3 byte) (pos, counted, lines int)

func init() {
	if cpu.X86.HasAVX2 && cpu.X86.HasPOPCNT {
		logIndex3 = logIndex3AVX2
	}
}
