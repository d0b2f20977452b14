// Package swar holds what the text scanners share to work on eight bytes at once in one register.
package swar

// Ones has 1 in every byte, Highs the top bit of every byte: the lane constants of byte-parallel arithmetic.
const (
	Ones  = 0x0101010101010101
	Highs = 0x8080808080808080
)

// Load64 reads the eight bytes of s from i on as a little-endian word (s[i] lowest), in one load with one bounds check.
func Load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
