package resume

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestExtractRejectsOversizedInput(t *testing.T) {
	body := bytes.Repeat([]byte("a"), MaxInputSize+1)
	_, err := Extract(context.Background(), body, "big.txt")
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	// Exactly at the limit is read (and then judged on content).
	body = bytes.Repeat([]byte("word "), MaxInputSize/5)
	if _, err := Extract(context.Background(), body, "ok.txt"); err != nil {
		t.Fatalf("at the limit: %v", err)
	}
}

func TestExtractZipBomb(t *testing.T) {
	// One highly compressible 60 MB entry: a few tens of KB on disk.
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("[Content_Types].xml")
	w.Write([]byte(contentTypes))
	w, _ = zw.Create("word/document.xml")
	chunk := bytes.Repeat([]byte("<w:p><w:r><w:t>aaaaaaaa</w:t></w:r></w:p>"), 1<<12)
	w.Write([]byte(`<w:document xmlns:w="x"><w:body>`))
	for n := 0; n < 60<<20; n += len(chunk) {
		w.Write(chunk)
	}
	zw.Close()
	if buf.Len() > MaxInputSize {
		t.Fatalf("bomb is %d bytes, too big to be a bomb test", buf.Len())
	}
	_, err := Extract(context.Background(), buf.Bytes(), "bomb.docx")
	if !errors.Is(err, ErrExpands) {
		t.Fatalf("err = %v, want ErrExpands", err)
	}
}

func TestExtractZipBombLyingHeader(t *testing.T) {
	// The declared size says 100 bytes; the data inflates to 30 MB. The ratio
	// and per-part caps must stop the read however the header lies.
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("[Content_Types].xml")
	w.Write([]byte(contentTypes))
	fh := &zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate}
	w, _ = zw.CreateHeader(fh)
	w.Write(bytes.Repeat([]byte{'a'}, 30<<20))
	zw.Close()
	b := buf.Bytes()
	_, err := extractDOCX(context.Background(), b)
	if err == nil {
		t.Fatal("no error")
	}
	if !errors.Is(err, ErrExpands) {
		t.Fatalf("err = %v, want ErrExpands", err)
	}
}

func TestExtractZipTooManyEntries(t *testing.T) {
	files := []string{"[Content_Types].xml", contentTypes, "word/document.xml", "<w:document/>"}
	for i := 0; i < docxMaxEntries+1; i++ {
		files = append(files, fmt.Sprintf("junk/%d", i), "x")
	}
	_, err := Extract(context.Background(), zipFiles(t, files...), "many.docx")
	if !errors.Is(err, ErrExpands) {
		t.Fatalf("err = %v, want ErrExpands", err)
	}
}

func TestExtractUnsupportedAndEmpty(t *testing.T) {
	cases := []struct {
		name string
		body []byte
		want error
	}{
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"), ErrUnsupported},
		{"jpeg", []byte("\xff\xd8\xff\xdb\x00\x43\x00"), ErrUnsupported},
		{"latin-1", []byte("Jos\xe9 Garc\xeda\nIngeniero de software con experiencia en Go y bases de datos"), ErrUnsupported},
		{"too short", []byte("Jane Roe\nGo developer"), ErrEmpty},
		{"only punctuation", []byte(strings.Repeat("-- * -- ", 40)), ErrEmpty},
		{"empty docx", docx(t, `<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>`), ErrEmpty},
	}
	for _, c := range cases {
		_, err := Extract(context.Background(), c.body, "file")
		if !errors.Is(err, c.want) {
			t.Errorf("%s: err = %v, want %v", c.name, err, c.want)
		}
	}
}

func TestExtractCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Extract(ctx, []byte(strings.Repeat("Jane Roe builds Go services. ", 5)), "a.txt")
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
}
