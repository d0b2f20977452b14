package resume

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/ledongthuc/pdf"
)

// PDF limits keep a hostile file from pinning a CPU.
const (
	maxPDFPages  = 40
	maxPDFGlyphs = 400_000
)

// extractPDF returns the text lines of a PDF, rebuilt from glyph positions.
func extractPDF(ctx context.Context, body []byte) (lines []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			lines = nil
			err = fmt.Errorf("resume: read pdf: malformed file: %v: %w", r, ErrDamaged)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		return nil, fmt.Errorf("resume: read pdf: %w: %w", err, ErrDamaged)
	}
	n := r.NumPage()
	if n > maxPDFPages {
		n = maxPDFPages
	}
	for i := 1; i <= n; i++ {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("resume: read pdf: %w: %w", err, ErrDamaged)
		}
		p := r.Page(i)
		if p.V.IsNull() {
			continue
		}
		gw := newGlyphWalker(maxPDFGlyphs)
		contents := p.V.Key("Contents")
		if contents.IsNull() {
			continue
		}
		gw.walk(contents, p.Resources(), identity)
		if len(lines) > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, buildLines(gw.glyphs)...)
	}
	return lines, nil
}

// keepRune drops control codes, replacement characters and private-use icon glyphs.
func keepRune(r rune) bool {
	switch {
	case r == unicode.ReplacementChar, unicode.Is(unicode.Co, r):
		return false
	case unicode.IsControl(r):
		return false
	}
	return true
}

// buildLines groups glyphs into lines by baseline, orders each line by x and
// puts spaces where the gap between glyphs is wider than kerning: pdfTeX and
// many other generators draw no space characters at all.
func buildLines(gs []glyph) []string {
	clean := gs[:0:0]
	for _, g := range gs {
		var b strings.Builder
		for _, r := range g.text {
			if unicode.IsSpace(r) {
				b.WriteRune(' ')
			} else if keepRune(r) {
				b.WriteRune(r)
			}
		}
		g.text = b.String()
		clean = append(clean, g)
	}
	// Stable sort top to bottom keeps stream order inside a baseline.
	sort.SliceStable(clean, func(i, j int) bool { return clean[i].y > clean[j].y })
	var rows [][]glyph
	for _, g := range clean {
		if n := len(rows); n > 0 {
			ref := rows[n-1][0]
			tol := 0.4 * minf(ref.size, g.size)
			if ref.y-g.y <= tol {
				rows[n-1] = append(rows[n-1], g)
				continue
			}
		}
		rows = append(rows, []glyph{g})
	}
	out := make([]string, 0, len(rows))
	for _, row := range rows {
		if s := joinRow(row); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func joinRow(row []glyph) string {
	sort.SliceStable(row, func(i, j int) bool { return row[i].x < row[j].x })
	var b strings.Builder
	var prev *glyph
	pendingSpace := false
	for i := range row {
		g := &row[i]
		if g.text == "" {
			continue
		}
		if strings.TrimSpace(g.text) == "" {
			pendingSpace = b.Len() > 0
			prev = g
			continue
		}
		if prev != nil && b.Len() > 0 {
			end := prev.x + prev.w
			if prev.extra > 0 {
				end += prev.extra
			}
			gap := g.x - end
			size := maxf(prev.size, g.size)
			if gap < -0.1*size && g.text == prev.text && absf(g.x-prev.x) < 0.3*size {
				continue // the same glyph drawn twice to fake bold
			}
			space, tab := 0.15*size, 1.5*size
			if prev.guessed || g.guessed {
				space = 0.6 * size
			}
			switch {
			case gap > tab:
				b.WriteByte('\t')
			case gap > space || pendingSpace:
				b.WriteByte(' ')
			}
		}
		pendingSpace = false
		b.WriteString(g.text)
		prev = g
	}
	return strings.TrimSpace(b.String())
}

func minf(a, b float64) float64 {
	if a < b {
		return a
	}
	return b
}

func maxf(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

func absf(a float64) float64 {
	if a < 0 {
		return -a
	}
	return a
}
