package validate

import "testing"

func TestCleanText(t *testing.T) {
	type inner struct{ Name string }
	type doc struct {
		Title  string
		Tags   []string
		In     *inner
		Extra  map[string]string
		Any    any
		Blob   []byte
		hidden string
	}
	d := doc{Title: "a\x00b\xff", Tags: []string{"x\x00", "y"}, In: &inner{Name: "\x00n"}, Extra: map[string]string{"k\x00": "v\x00"}, Any: "q\x00", Blob: []byte{0, 1}, hidden: "h\x00"}
	CleanText(&d)
	if d.Title != "ab\uFFFD" || d.Tags[0] != "x" || d.In.Name != "n" || d.Extra["k"] != "v" || len(d.Extra) != 1 || d.Any != "q" {
		t.Fatalf("not stripped: %+v %+v", d, *d.In)
	}
	if len(d.Blob) != 2 || d.Blob[0] != 0 {
		t.Fatal("bytes must be left alone")
	}
	if d.hidden != "h\x00" {
		t.Fatal("unexported fields are not touched")
	}
	CleanText(nil) // no panic
}
