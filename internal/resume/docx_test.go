package resume

import (
	"context"
	"reflect"
	"testing"
)

func TestDOCXStructure(t *testing.T) {
	body := para("Jane Roe") +
		`<w:p><w:r><w:t>Go developer</w:t></w:r><w:r><w:tab/><w:t>Berlin</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>line one</w:t><w:br/><w:t>line two</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Built APIs</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>no stray tab</w:t></w:r></w:p>` +
		`<w:tbl><w:tr><w:tc>` + para("Languages") + `</w:tc><w:tc>` + para("Go, SQL") + `</w:tc></w:tr></w:tbl>` +
		`<w:p><w:r><w:t>kept</w:t></w:r><w:del><w:r><w:delText>deleted</w:delText></w:r></w:del></w:p>` +
		`<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent>` + para("in a box") + `</w:txbxContent></mc:Choice>` +
		`<mc:Fallback><w:txbxContent>` + para("in a box") + `</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>`
	lines, err := extractDOCX(context.Background(), docx(t, body))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Jane Roe", "Go developer\tBerlin", "line one", "line two", "• Built APIs", "no stray tab",
		"Languages\tGo, SQL", "kept", "in a box", ""}
	if !reflect.DeepEqual(lines, want) {
		t.Fatalf("lines\n%q\nwant\n%q", lines, want)
	}
}
