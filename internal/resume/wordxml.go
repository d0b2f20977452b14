package resume

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// wordPara collects one paragraph's text and whether it is a list item.
type wordPara struct {
	b    strings.Builder
	list bool
}

// wordCell is one table cell: its paragraphs in order.
type wordCell struct{ paras []string }

// wordReader walks WordprocessingML tokens into lines.
type wordReader struct {
	out      []string
	paras    []*wordPara // stack: text boxes nest paragraphs inside runs
	rows     [][]wordCell
	tblDepth int
	inText   bool
	inRun    int
	skip     int // depth inside parts whose text must not show (deleted text, fallbacks, field codes)
	count    int
}

// wordLines turns a document.xml (or header) part into text lines.
func wordLines(data []byte) ([]string, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	wr := &wordReader{}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("parse xml: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := wr.start(t); err != nil {
				return nil, err
			}
		case xml.EndElement:
			wr.end(t)
		case xml.CharData:
			if wr.inText && wr.skip == 0 && len(wr.paras) > 0 {
				wr.paras[len(wr.paras)-1].b.Write(t)
			}
		}
	}
	return wr.out, nil
}

func (wr *wordReader) cur() *wordPara {
	if len(wr.paras) == 0 {
		return nil
	}
	return wr.paras[len(wr.paras)-1]
}

func (wr *wordReader) start(t xml.StartElement) error {
	if wr.skip > 0 {
		wr.skip++
		return nil
	}
	switch t.Name.Local {
	case "delText", "instrText", "Fallback", "del":
		wr.skip = 1
	case "p":
		wr.count++
		if wr.count > docxMaxParagraphs {
			return fmt.Errorf("%d paragraphs: %w", wr.count, ErrExpands)
		}
		wr.paras = append(wr.paras, &wordPara{})
	case "numPr":
		if p := wr.cur(); p != nil {
			p.list = true
		}
	case "pStyle":
		if p := wr.cur(); p != nil {
			v := strings.ToLower(attr(t, "val"))
			if strings.Contains(v, "list") || strings.Contains(v, "bullet") {
				p.list = true
			}
		}
	case "r":
		wr.inRun++
	case "t":
		wr.inText = true
	case "tab":
		if p := wr.cur(); p != nil && wr.inRun > 0 {
			p.b.WriteByte('\t')
		}
	case "br", "cr":
		if p := wr.cur(); p != nil && wr.inRun > 0 {
			p.b.WriteByte('\n')
		}
	case "noBreakHyphen":
		if p := wr.cur(); p != nil {
			p.b.WriteByte('-')
		}
	case "tbl":
		wr.tblDepth++
		if wr.tblDepth == 1 {
			wr.rows = nil
		}
	case "tr":
		if wr.tblDepth == 1 {
			wr.rows = append(wr.rows, nil)
		}
	case "tc":
		if wr.tblDepth == 1 && len(wr.rows) > 0 {
			n := len(wr.rows) - 1
			wr.rows[n] = append(wr.rows[n], wordCell{})
		}
	}
	return nil
}

func (wr *wordReader) end(t xml.EndElement) {
	if wr.skip > 0 {
		wr.skip--
		return
	}
	switch t.Name.Local {
	case "t":
		wr.inText = false
	case "r":
		if wr.inRun > 0 {
			wr.inRun--
		}
	case "p":
		p := wr.cur()
		if p == nil {
			return
		}
		wr.paras = wr.paras[:len(wr.paras)-1]
		text := p.b.String()
		if p.list && strings.TrimSpace(text) != "" {
			text = "• " + strings.TrimSpace(text)
		}
		wr.emit(text)
	case "tr":
		if wr.tblDepth == 1 && len(wr.rows) > 0 {
			wr.flushRow(wr.rows[len(wr.rows)-1])
		}
	case "tbl":
		if wr.tblDepth > 0 {
			wr.tblDepth--
		}
	}
}

// emit sends a finished paragraph to the current table cell or the output.
func (wr *wordReader) emit(text string) {
	if wr.tblDepth > 0 && len(wr.rows) > 0 {
		row := wr.rows[len(wr.rows)-1]
		if len(row) > 0 {
			c := &row[len(row)-1]
			c.paras = append(c.paras, strings.Split(text, "\n")...)
			return
		}
	}
	wr.out = append(wr.out, strings.Split(text, "\n")...)
}

// flushRow writes a table row: one line with tab-separated cells when every
// cell is a single paragraph, else each cell's paragraphs in reading order
// (layout tables put whole columns of a resume in one cell).
func (wr *wordReader) flushRow(row []wordCell) {
	simple := true
	for _, c := range row {
		if nonEmpty(c.paras) > 1 {
			simple = false
		}
	}
	if simple {
		var cells []string
		for _, c := range row {
			if s := strings.TrimSpace(strings.Join(c.paras, " ")); s != "" {
				cells = append(cells, s)
			}
		}
		wr.out = append(wr.out, strings.Join(cells, "\t"))
		return
	}
	for _, c := range row {
		wr.out = append(wr.out, c.paras...)
	}
}

func nonEmpty(ss []string) int {
	n := 0
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			n++
		}
	}
	return n
}

func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
