package search

import (
	"reflect"
	"testing"
)

func TestPlistRoundTrip(t *testing.T) {
	slots := []int32{0, 1, 2, 40, 41, 5000, 5001, 1 << 20}
	tfs := []uint8{1, 6, 7, 8, 255, 2, 1, 3}
	pl := newPlist()
	for i := range slots {
		pl.add(slots[i], tfs[i])
	}
	var gs []int32
	var gt []uint8
	pl.each(func(s int32, tf uint8) { gs, gt = append(gs, s), append(gt, tf) })
	if !reflect.DeepEqual(gs, slots) || !reflect.DeepEqual(gt, tfs) || pl.count() != len(slots) {
		t.Fatalf("got %v %v", gs, gt)
	}
	// Two one-byte postings (gaps 1, 1 with tf 6) and the rest: a gap of 1 with tf<7 is one byte.
	remap := make([]int32, 1<<20+1)
	for i := range remap {
		remap[i] = -1
	}
	remap[2], remap[5000] = 0, 1
	if !pl.remap(remap) || pl.count() != 2 {
		t.Fatal("remap")
	}
	gs, gt = nil, nil
	pl.each(func(s int32, tf uint8) { gs, gt = append(gs, s), append(gt, tf) })
	if !reflect.DeepEqual(gs, []int32{0, 1}) || !reflect.DeepEqual(gt, []uint8{7, 2}) {
		t.Fatalf("after remap %v %v", gs, gt)
	}
}

func TestPlistDenseForm(t *testing.T) {
	// Every other slot of 0..999 with tf cycling 1..20: a bitmap of 16 words and 125
	// bytes of two-bit codes, plus one byte per tf of 4 and over, beats a byte per posting.
	pl := newPlist()
	var slots []int32
	var tfs []uint8
	for s := int32(0); s < 1000; s += 2 {
		slots, tfs = append(slots, s), append(tfs, uint8(len(slots)%20+1))
		pl.add(s, tfs[len(tfs)-1])
	}
	pl.compact()
	if pl.dense == nil || len(pl.dense.set) != 16 || len(pl.data) != 125 || len(pl.dense.big) != 425 {
		t.Fatalf("dense form: set %d data %d big %d", len(pl.dense.set), len(pl.data), len(pl.dense.big))
	}
	pl.add(5000, 200) // appended after the form is chosen
	pl.add(5001, 3)
	slots, tfs = append(slots, 5000, 5001), append(tfs, 200, 3)
	var gs []int32
	var gt []uint8
	pl.each(func(s int32, tf uint8) { gs, gt = append(gs, s), append(gt, tf) })
	if !reflect.DeepEqual(gs, slots) || !reflect.DeepEqual(gt, tfs) || pl.count() != len(slots) {
		t.Fatalf("got %v %v", gs, gt)
	}
	// Three far-apart slots stay sparse: gaps 11, 49990 and 40000 take 1, 3 and 3 bytes.
	sp := newPlist()
	for _, s := range []int32{10, 50000, 90000} {
		sp.add(s, 1)
	}
	if sp.compact(); sp.dense != nil || len(sp.data) != 7 {
		t.Fatalf("sparse list: dense %v data %d", sp.dense != nil, len(sp.data))
	}
}
