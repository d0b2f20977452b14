package search

import "hash/maphash"

// idTable maps live posting ids to slots: an open-addressed table of slot numbers
// (-1 empty) whose keys are the ids in Index.entries, a quarter of a map's size.
type idTable struct {
	seed  maphash.Seed
	slots []int32 // length a power of two, at most half full
	n     int
}

func newIDTable(n int) idTable {
	size := 8
	for size < 2*n {
		size *= 2
	}
	t := idTable{seed: maphash.MakeSeed(), slots: make([]int32, size)}
	for i := range t.slots {
		t.slots[i] = -1
	}
	return t
}

// find is the position of id in the table, or of the empty place where it would go.
func (t *idTable) find(id string, entries []entry) int {
	mask := len(t.slots) - 1
	for i := int(maphash.String(t.seed, id)) & mask; ; i = (i + 1) & mask {
		if s := t.slots[i]; s < 0 || entries[s].id == id {
			return i
		}
	}
}

// get is the slot of id.
func (t *idTable) get(id string, entries []entry) (int32, bool) {
	s := t.slots[t.find(id, entries)]
	return s, s >= 0
}

// put sets id's slot; entries[slot].id must be id.
func (t *idTable) put(id string, slot int32, entries []entry) {
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		*t = newIDTable(t.n + 1)
		for _, s := range old {
			if s >= 0 {
				t.slots[t.find(entries[s].id, entries)] = s
				t.n++
			}
		}
	}
	i := t.find(id, entries)
	if t.slots[i] < 0 {
		t.n++
	}
	t.slots[i] = slot
}

// del removes id, moving later entries of its run back so every lookup still finds them.
func (t *idTable) del(id string, entries []entry) {
	mask := len(t.slots) - 1
	i := t.find(id, entries)
	if t.slots[i] < 0 {
		return
	}
	t.slots[i] = -1
	t.n--
	for j := (i + 1) & mask; t.slots[j] >= 0; j = (j + 1) & mask {
		home := int(maphash.String(t.seed, entries[t.slots[j]].id)) & mask
		// The entry at j may fill the hole at i unless its home lies cyclically in (i, j].
		if (j-home)&mask >= (j-i)&mask {
			t.slots[i], t.slots[j] = t.slots[j], -1
			i = j
		}
	}
}
