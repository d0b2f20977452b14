package search

import "encoding/binary"

// plist is one term's postings in one field: slots ascending, stored as varint
// gaps (one byte for most), beside one term-frequency byte per slot.
type plist struct {
	gaps []byte
	tfs  []uint8
	last int32 // the last slot added, -1 when empty
}

func newPlist() *plist { return &plist{last: -1} }

// add appends a slot, which must be above every slot added before.
func (pl *plist) add(slot int32, tf uint8) {
	pl.gaps = binary.AppendUvarint(pl.gaps, uint64(slot-pl.last))
	pl.tfs = append(pl.tfs, tf)
	pl.last = slot
}

// n is the number of slots.
func (pl *plist) n() int { return len(pl.tfs) }

// each calls fn with every slot and its term frequency, in order.
func (pl *plist) each(fn func(slot int32, tf uint8)) {
	s, off := int32(-1), 0
	g := pl.gaps
	for i := range pl.tfs {
		if b := g[off]; b < 0x80 {
			s += int32(b)
			off++
		} else {
			d, k := binary.Uvarint(g[off:])
			s += int32(d)
			off += k
		}
		fn(s, pl.tfs[i])
	}
}

// clip copies the lists to their exact length.
func (pl *plist) clip() {
	if cap(pl.gaps) > len(pl.gaps) {
		pl.gaps = append([]byte(nil), pl.gaps...)
	}
	if cap(pl.tfs) > len(pl.tfs) {
		pl.tfs = append([]uint8(nil), pl.tfs...)
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
	return pl.n() > 0
}
