package normalize

import "testing"

// tagName must end and pack every name as the byte loop and tagKey do, whatever follows it.
func TestTagNameMatchesByteLoop(t *testing.T) {
	names := []string{"p", "P", "h2", "Li", "img", "IMG", "table", "SeCtIoN", "caption", "template", "TEXTAREA",
		"blockquote", "figcaption", "averyveryverylongname", "p\v", "p\x00x", "a\x7f", "b\u0130", "Ü", "x@[`{", "a=b", "Z"}
	ends := []string{">", "/>", " x>", "\t>", "\n", "\r", "\f", "", "=", "\v>", "\x00>", ">" + "padding after"}
	for _, name := range names {
		for _, end := range ends {
			for _, pre := range []string{"", "<", "ab<"} {
				src := pre + name + end
				i := len(pre)
				wantN := i
				for wantN < len(src) && !isSpace(src[wantN]) && src[wantN] != '/' && src[wantN] != '>' {
					wantN++
				}
				w0, w1, wok := tagKey(src[i:wantN])
				n, k0, k1, ok := tagName(src, i)
				if n != wantN || ok != wok || ok && (k0 != w0 || k1 != w1) {
					t.Errorf("tagName(%q, %d) = %d %x %x %v, want %d %x %x %v", src, i, n, k0, k1, ok, wantN, w0, w1, wok)
				}
			}
		}
	}
}

// Every byte value in every lane, beside neighbours at the edges of the capitals and with the high bit set.
func TestLowerASCII8(t *testing.T) {
	const around = 0x5B_40_FF_5A_41_80_60_7F
	for c := uint64(0); c < 256; c++ {
		for lane := 0; lane < 8; lane++ {
			x := around&^(0xFF<<(8*lane)) | c<<(8*lane)
			want := x
			for b := 0; b < 8; b++ {
				if v := byte(x >> (8 * b)); v >= 'A' && v <= 'Z' {
					want |= 0x20 << (8 * b)
				}
			}
			if got := lowerASCII8(x); got != want {
				t.Errorf("lowerASCII8(%#x) = %#x, want %#x", x, got, want)
			}
		}
	}
}

// TestTagSlots checks each policy's link to the entry of the tag it writes, and that entry's texts.
func TestTagSlots(t *testing.T) {
	n := 0
	for _, e := range tagTable {
		if e.info.atom == 0 {
			continue
		}
		n++
		if out := tagTable[e.info.slot]; out.info.atom != e.info.out || out.open != "<"+e.info.out.String()+">" || out.close != "</"+e.info.out.String()+">" {
			t.Errorf("%s writes %s, but its slot holds %s, %q, %q", e.info.atom, e.info.out, out.info.atom, out.open, out.close)
		}
	}
	if n < len(keepTags)+len(dropTags) {
		t.Errorf("only %d tags in tagTable", n)
	}
}
