package search

import (
	"encoding/binary"
	"math/bits"
)

// plist is one term's postings in one field: slots ascending, in one of two forms.
// The sparse form is one uvarint per posting of gap<<3 | tf (tf 1–6), or of gap<<3 | 7
// followed by a uvarint tf: a single byte for most postings of common terms. The dense
// form, which shrink picks when it is smaller (terms in a quarter of postings or more),
// is a bitmap of the slots with two bits of tf per posting (1–3, or 0 for the next byte
// of big). Both keep term frequencies exact.
type plist struct {
	data  []byte
	dense *dense // nil in the sparse form
	n     int32
	last  int32 // the last slot added, -1 when empty
}

// dense is the dense form's bitmap of slots and its term frequencies of 4 and over, in order.
type dense struct {
	set []uint64
	big []uint8
}

func newPlist() *plist { return &plist{last: -1} }

// add appends a slot, which must be above every slot added before.
func (pl *plist) add(slot int32, tf uint8) {
	if pl.dense != nil {
		pl.addDense(slot, tf)
		return
	}
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

// addDense appends a slot to the dense form.
func (pl *plist) addDense(slot int32, tf uint8) {
	for int(slot/64) >= len(pl.dense.set) {
		pl.dense.set = append(pl.dense.set, 0)
	}
	pl.dense.set[slot/64] |= 1 << uint(slot%64)
	code := tf
	if tf > 3 {
		code = 0
		pl.dense.big = append(pl.dense.big, tf)
	}
	if pl.n%4 == 0 {
		pl.data = append(pl.data, code)
	} else {
		pl.data[len(pl.data)-1] |= code << (2 * uint(pl.n%4))
	}
	pl.n++
	pl.last = slot
}

// count is the number of slots.
func (pl *plist) count() int { return int(pl.n) }

// each calls fn with every slot and its term frequency, in order.
func (pl *plist) each(fn func(slot int32, tf uint8)) {
	if pl.dense != nil {
		c := pl.denseStart()
		for i := int32(0); i < pl.n; i++ {
			fn(pl.denseNext(&c, i))
		}
		return
	}
	s, off := int32(-1), 0
	for i := int32(0); i < pl.n; i++ {
		var gap int32
		var tf uint8
		gap, tf, off = decode(pl.data, off)
		s += gap
		fn(s, tf)
	}
}

// denseCursor is a position in a dense list: the current bitmap word with the slots
// read cleared and the bytes of big read.
type denseCursor struct {
	w, bi int
	word  uint64
}

// denseStart is the cursor at a dense list's first posting.
func (pl *plist) denseStart() denseCursor {
	if len(pl.dense.set) == 0 {
		return denseCursor{}
	}
	return denseCursor{word: pl.dense.set[0]}
}

// denseNext reads posting i of a dense list, the one after c; the caller counts i to n.
func (pl *plist) denseNext(c *denseCursor, i int32) (int32, uint8) {
	for c.word == 0 {
		c.w++
		c.word = pl.dense.set[c.w]
	}
	s := int32(c.w*64 + bits.TrailingZeros64(c.word))
	c.word &= c.word - 1
	tf := pl.data[i>>2] >> (uint(i&3) * 2) & 3
	if tf == 0 {
		tf, c.bi = pl.dense.big[c.bi], c.bi+1
	}
	return s, tf
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

// compact rewrites the list in whichever form is smaller, at exact length.
func (pl *plist) compact() {
	sparse, big := newPlist(), 0
	pl.each(func(s int32, tf uint8) {
		sparse.add(s, tf)
		if tf > 3 {
			big++
		}
	})
	if pl.n == 0 || 8*(int(pl.last)/64+1)+int(pl.n+3)/4+big >= len(sparse.data) {
		sparse.data = append([]byte(nil), sparse.data...)
		*pl = *sparse
		return
	}
	out := &plist{last: -1, data: make([]byte, 0, (pl.n+3)/4),
		dense: &dense{set: make([]uint64, 0, int(pl.last)/64+1), big: make([]uint8, 0, big)}}
	pl.each(out.add)
	*pl = *out
}

// remap rewrites the list through remap (-1 drops a slot) and reports whether any slot is left.
func (pl *plist) remap(remap []int32) bool {
	out := newPlist()
	pl.each(func(s int32, tf uint8) {
		if r := remap[s]; r >= 0 {
			out.add(r, tf)
		}
	})
	out.compact()
	*pl = *out
	return pl.n > 0
}
