package ingest_test

import (
	"context"
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/all"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// A CSV saved by a spreadsheet in Windows-1252 imports with its accents on both databases (PostgreSQL
// refused the broken UTF-8 it used to pass on), and a board string with a stray byte stores U+FFFD.
func TestImportNotUTF8(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		f := newFixture(t, d)
		ctx := context.Background()
		body := []byte("Title,Company,location,description\n" +
			"Ingenieur f\xfcr Br\xfccken,M\xfcller GmbH,\"Z\xfcrich, Switzerland\",Sch\xf6ne Arbeit \x96 gut bezahlt\n")
		format, res, err := all.ParseFile("jobs.csv", body)
		if err != nil {
			t.Fatal(err)
		}
		res.Drafts = append(res.Drafts, posting.Draft{ExternalID: "b-1", Title: "Backend Engineer\xc3", Company: "Acme",
			DescriptionText: "Go and \xe2\x82 PostgreSQL", Locations: []string{"Berlin\xff"}})
		r, err := f.svc.Import(ctx, format, res.Drafts, res.Errors)
		if err != nil || r.Created != 2 || len(r.ItemErrors) != 0 {
			t.Fatalf("import %+v %v", r, err)
		}
		// The file-import source shows when it last imported.
		if src, err := f.svc.FileSource(ctx, format); err != nil || !src.LastRunAt.Equal(r.FinishedAt.UTC()) || !src.LastSuccessAt.Equal(r.FinishedAt.UTC()) {
			t.Fatalf("file source after an import: %+v %v (run finished %v)", src, err, r.FinishedAt)
		}
		open := f.open(t)
		p, err := f.st.Posting(ctx, open["Ingenieur für Brücken"].ID, "")
		if err != nil || p.Company != "Müller GmbH" || p.DescriptionText != "Schöne Arbeit – gut bezahlt" ||
			len(p.Locations) != 1 || p.Locations[0].City != "Zürich" || p.Locations[0].Country != "CH" {
			t.Fatalf("code-page posting %+v %v", p.Posting, err)
		}
		q, err := f.st.Posting(ctx, open["Backend Engineer\uFFFD"].ID, "")
		if err != nil || q.DescriptionText != "Go and \uFFFD PostgreSQL" || len(q.Locations) != 1 || q.Locations[0].Raw != "Berlin\uFFFD" {
			t.Fatalf("broken-UTF-8 posting %+v %v", q.Posting, err)
		}
	})
}
