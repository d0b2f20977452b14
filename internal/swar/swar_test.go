package swar

import (
	"encoding/binary"
	"testing"
)

func TestLoad64(t *testing.T) {
	s := "0123456789abcdef"
	for i := 0; i+8 <= len(s); i++ {
		if got, want := Load64(s, i), binary.LittleEndian.Uint64([]byte(s[i:i+8])); got != want {
			t.Errorf("Load64(%q, %d) = %#x, want %#x", s, i, got, want)
		}
	}
	if Ones*0x80 != Highs {
		t.Errorf("Highs = %#x, want the top bit of every byte", uint64(Highs))
	}
}
