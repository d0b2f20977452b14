package search

import "testing"

func TestIDTable(t *testing.T) {
	// 40 ids in a table grown from 8 places; removing every third keeps the rest findable.
	var entries []entry
	tab := newIDTable(0)
	for i := 0; i < 40; i++ {
		entries = append(entries, entry{id: string(rune('A' + i))})
		tab.put(entries[i].id, int32(i), entries)
	}
	for i := 0; i < 40; i += 3 {
		tab.del(entries[i].id, entries)
	}
	for i, e := range entries {
		s, ok := tab.get(e.id, entries)
		if want := i%3 != 0; ok != want || (ok && s != int32(i)) {
			t.Fatalf("get(%q) = %d, %v", e.id, s, ok)
		}
	}
	if tab.n != 26 || len(tab.slots) != 128 {
		t.Fatalf("n %d size %d", tab.n, len(tab.slots))
	}
}
