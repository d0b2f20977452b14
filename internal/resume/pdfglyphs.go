package resume

import (
	"strings"

	"github.com/ledongthuc/pdf"
)

// glyph is one shown character code, placed in page space.
type glyph struct {
	x, y, w, size float64
	// extra is character spacing (Tc) added after the glyph, in page space.
	extra float64
	text  string
	// guessed is true when the font carries no width table, so w is an estimate.
	guessed bool
}

// mat is a PDF 3x2 affine matrix stored as a, b, c, d, e, f.
type mat [6]float64

var identity = mat{1, 0, 0, 1, 0, 0}

func (m mat) mul(n mat) mat {
	return mat{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// fontInfo caches what the walker needs from one font dictionary.
type fontInfo struct {
	enc     pdf.TextEncoding
	twoByte bool
	// icon marks symbol fonts (FontAwesome and the like) whose glyphs decode to stray letters.
	icon bool
	// widths returns a code's advance in thousandths of the font size.
	widths func(code int) (float64, bool)
}

// textState is the part of the PDF graphics state that places text.
type textState struct {
	ctm                        mat
	tm, tlm                    mat
	tc, tw, th, tl, tfs, trise float64
	font                       *fontInfo
}

// glyphWalker interprets page content streams, collecting glyphs with positions
// computed from the fonts' own width tables (the library's Content() ignores
// two-byte fonts and word spacing, which breaks line rebuilding).
type glyphWalker struct {
	glyphs []glyph
	limit  int
	depth  int
}

func newGlyphWalker(limit int) *glyphWalker {
	return &glyphWalker{limit: limit}
}

// walk interprets one content stream with the given resources and base matrix.
func (gw *glyphWalker) walk(strm, resources pdf.Value, base mat) {
	g := textState{ctm: base, th: 1, tm: identity, tlm: identity}
	fonts := map[string]*fontInfo{}
	var stack []textState
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		n := stk.Len()
		args := make([]pdf.Value, n)
		for i := n - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		num := func(i int) float64 {
			if i < len(args) {
				return args[i].Float64()
			}
			return 0
		}
		matArg := func() mat {
			var m mat
			for i := range m {
				m[i] = num(i)
			}
			return m
		}
		switch op {
		case "q":
			if len(stack) < 256 {
				stack = append(stack, g)
			}
		case "Q":
			if len(stack) > 0 {
				g = stack[len(stack)-1]
				stack = stack[:len(stack)-1]
			}
		case "cm":
			if len(args) == 6 {
				g.ctm = matArg().mul(g.ctm)
			}
		case "BT":
			g.tm, g.tlm = identity, identity
		case "Tc":
			g.tc = num(0)
		case "Tw":
			g.tw = num(0)
		case "Tz":
			g.th = num(0) / 100
		case "TL":
			g.tl = num(0)
		case "Ts":
			g.trise = num(0)
		case "Tf":
			if len(args) == 2 {
				g.font = loadFont(fonts, resources, args[0].Name())
				g.tfs = num(1)
			}
		case "Td", "TD":
			if len(args) == 2 {
				if op == "TD" {
					g.tl = -num(1)
				}
				g.tlm = mat{1, 0, 0, 1, num(0), num(1)}.mul(g.tlm)
				g.tm = g.tlm
			}
		case "Tm":
			if len(args) == 6 {
				g.tm = matArg()
				g.tlm = g.tm
			}
		case "T*":
			g.nextLine()
		case "Tj":
			if len(args) == 1 {
				gw.show(&g, args[0].RawString())
			}
		case "'":
			if len(args) == 1 {
				g.nextLine()
				gw.show(&g, args[0].RawString())
			}
		case "\"":
			if len(args) == 3 {
				g.tw, g.tc = num(0), num(1)
				g.nextLine()
				gw.show(&g, args[2].RawString())
			}
		case "TJ":
			if len(args) != 1 {
				return
			}
			arr := args[0]
			for i := 0; i < arr.Len(); i++ {
				v := arr.Index(i)
				if v.Kind() == pdf.String {
					gw.show(&g, v.RawString())
				} else {
					g.tm = mat{1, 0, 0, 1, -v.Float64() / 1000 * g.tfs * g.th, 0}.mul(g.tm)
				}
			}
		case "Do":
			if len(args) == 1 && gw.depth < 4 {
				gw.form(resources, args[0].Name(), g.ctm)
			}
		}
	})
}

func (g *textState) nextLine() {
	g.tlm = mat{1, 0, 0, 1, 0, -g.tl}.mul(g.tlm)
	g.tm = g.tlm
}

// form walks a Form XObject drawn with Do, since some generators put text there.
func (gw *glyphWalker) form(resources pdf.Value, name string, ctm mat) {
	x := resources.Key("XObject").Key(name)
	if x.Kind() != pdf.Stream || x.Key("Subtype").Name() != "Form" {
		return
	}
	m := identity
	if fm := x.Key("Matrix"); fm.Len() == 6 {
		for i := range m {
			m[i] = fm.Index(i).Float64()
		}
	}
	res := x.Key("Resources")
	if res.IsNull() {
		res = resources
	}
	gw.depth++
	gw.walk(x, res, m.mul(ctm))
	gw.depth--
}

// show places every code of one string, advancing the text matrix.
func (gw *glyphWalker) show(g *textState, raw string) {
	f := g.font
	if f == nil {
		return
	}
	step := 1
	if f.twoByte {
		step = 2
	}
	for i := 0; i+step <= len(raw); i += step {
		if len(gw.glyphs) >= gw.limit {
			return
		}
		code := raw[i : i+step]
		c := int(code[0])
		if step == 2 {
			c = c<<8 | int(code[1])
		}
		w, known := f.widths(c)
		if !known {
			w = 500
			if code == " " {
				w = 250
			}
		}
		trm := mat{g.tfs * g.th, 0, 0, g.tfs, 0, g.trise}.mul(g.tm).mul(g.ctm)
		size := trm[3]
		if size < 0 {
			size = -size
		}
		if size == 0 {
			size = g.tfs
		}
		text := f.enc.Decode(code)
		if f.icon {
			text = ""
		}
		adv := w / 1000 * g.tfs
		if trm[1] > 0.01*size || trm[1] < -0.01*size || trm[0] <= 0 {
			// rotated or mirrored text (watermarks, side labels) does not belong to lines
		} else {
			sx := scaleX(g.tm.mul(g.ctm)) * g.th
			gw.glyphs = append(gw.glyphs, glyph{
				x: trm[4], y: trm[5], w: adv * sx, size: size, extra: g.tc * sx,
				text: text, guessed: !known,
			})
		}
		tx := adv + g.tc
		if step == 1 && code == " " {
			tx += g.tw
		}
		g.tm = mat{1, 0, 0, 1, tx * g.th, 0}.mul(g.tm)
	}
}

// scaleX is the horizontal scale a matrix applies, used to turn text-space widths into page space.
func scaleX(m mat) float64 {
	if m[0] < 0 {
		return -m[0]
	}
	if m[0] == 0 {
		return 1
	}
	return m[0]
}

// loadFont reads one font resource once per content stream.
func loadFont(cache map[string]*fontInfo, resources pdf.Value, name string) *fontInfo {
	if f, ok := cache[name]; ok {
		return f
	}
	v := resources.Key("Font").Key(name)
	pf := pdf.Font{V: v}
	f := &fontInfo{enc: pf.Encoder(), icon: isIconFont(pf.BaseFont())}
	if f.enc == nil {
		f.enc = rawEncoding{}
	}
	switch v.Key("Subtype").Name() {
	case "Type0":
		enc := v.Key("Encoding")
		f.twoByte = enc.Kind() != pdf.Name || strings.HasPrefix(enc.Name(), "Identity") || strings.HasSuffix(enc.Name(), "UCS2-H")
		f.widths = cidWidths(v.Key("DescendantFonts").Index(0))
	case "Type3":
		scale := 1.0
		if fm := v.Key("FontMatrix"); fm.Len() == 6 {
			scale = fm.Index(0).Float64() * 1000
		}
		base := simpleWidths(v)
		f.widths = func(code int) (float64, bool) {
			w, ok := base(code)
			return w * scale, ok
		}
	default:
		f.widths = simpleWidths(v)
	}
	cache[name] = f
	return f
}

// isIconFont reports whether a font name belongs to an icon or dingbat font.
func isIconFont(name string) bool {
	n := strings.ToLower(name)
	for _, k := range []string{"awesome", "icon", "wingding", "dingbat", "zapf", "entypo", "octicon"} {
		if strings.Contains(n, k) {
			return true
		}
	}
	return false
}

// rawEncoding passes codes through when a font has no usable encoding.
type rawEncoding struct{}

func (rawEncoding) Decode(raw string) string { return raw }

func simpleWidths(v pdf.Value) func(int) (float64, bool) {
	first := int(v.Key("FirstChar").Int64())
	ws := v.Key("Widths")
	n := ws.Len()
	table := make([]float64, n)
	for i := 0; i < n; i++ {
		table[i] = ws.Index(i).Float64()
	}
	return func(code int) (float64, bool) {
		i := code - first
		if i < 0 || i >= len(table) {
			return 0, false
		}
		return table[i], true
	}
}

// cidWidths reads a CIDFont's W array (runs "c [w1 w2 ...]" and ranges "c1 c2 w") and DW default.
func cidWidths(desc pdf.Value) func(int) (float64, bool) {
	dw := 1000.0
	if d := desc.Key("DW"); d.Kind() == pdf.Integer || d.Kind() == pdf.Real {
		dw = d.Float64()
	}
	table := map[int]float64{}
	w := desc.Key("W")
	for i := 0; i < w.Len() && len(table) < 1<<16; {
		start := int(w.Index(i).Int64())
		if i+1 >= w.Len() {
			break
		}
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			for j := 0; j < next.Len() && len(table) < 1<<16; j++ {
				table[start+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		end := int(next.Int64())
		width := w.Index(i + 2).Float64()
		for c := start; c <= end && c-start < 1<<16 && len(table) < 1<<16; c++ {
			table[c] = width
		}
		i += 3
	}
	known := w.Len() > 0 || !desc.Key("DW").IsNull()
	return func(code int) (float64, bool) {
		if x, ok := table[code]; ok {
			return x, true
		}
		return dw, known
	}
}
