package search

import "encoding/binary"

// plist is one term's postings in one field: slots ascending. Each posting is one
// uvarint of gap<<3 | tf (tf 1–6), or of gap<<3 | 7 followed by a uvarint tf: a
// single byte for most postings of common terms, and term frequencies stay exact.
type plist struct {
	data []byte
	n    int32
	last int32 // the last slot added, -1 when empty
}

func newPlist() *plist { return &plist{last: -1} }

// add appends a slot, which must be above every slot added before.
func (pl *plist) add(slot int32, tf uint8) {
	gap := uint64(slot - pl.last)
	if tf < 7 {
		pl.data = binary.AppendUvarint(pl.data, gap<<3|uint64(tf))
	} else {
		pl.data = binary.AppendUvarint(pl.data, gap<<3|7)
		pl.data = binary.AppendUvarint(pl.data, uint64(tf))
	}
	pl.n++
	pl.last = slot
}

// count is the number of slots.
func (pl *plist) count() int { return int(pl.n) }

// each calls fn with every slot and its term frequency, in order.
func (pl *plist) each(fn func(slot int32, tf uint8)) {
	s, off := int32(-1), 0
	for i := int32(0); i < pl.n; i++ {
		var gap int32
		var tf uint8
		gap, tf, off = decode(pl.data, off)
		s += gap
		fn(s, tf)
	}
}

// decode reads the posting at off: its gap from the slot before, its term frequency and where the next starts.
func decode(d []byte, off int) (int32, uint8, int) {
	v := uint64(d[off])
	if v < 0x80 {
		off++
	} else {
		var k int
		v, k = binary.Uvarint(d[off:])
		off += k
	}
	tf := v & 7
	if tf == 7 {
		var k int
		tf, k = binary.Uvarint(d[off:])
		off += k
	}
	return int32(v >> 3), uint8(tf), off
}

// clip copies the list to its exact length.
func (pl *plist) clip() {
	if cap(pl.data) > len(pl.data) {
		pl.data = append([]byte(nil), pl.data...)
	}
}

// remap rewrites the list through remap (-1 drops a slot) and reports whether any slot is left.
func (pl *plist) remap(remap []int32) bool {
	out := newPlist()
	pl.each(func(s int32, tf uint8) {
		if r := remap[s]; r >= 0 {
			out.add(r, tf)
		}
	})
	out.clip()
	*pl = *out
	return pl.n > 0
}
