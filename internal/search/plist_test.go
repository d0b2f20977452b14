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
