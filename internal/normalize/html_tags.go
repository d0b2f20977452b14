package normalize

import (
	"math/bits"

	"golang.org/x/net/html/atom"

	"github.com/career-copilot/copilot/internal/swar"
)

type tagKind uint8

const (
	kindUnwrap   tagKind = iota // drop the tag, keep its content
	kindKeep                    // keep the tag
	kindDrop                    // drop the tag and everything inside it
	kindVoidDrop                // drop a tag that has no content
	kindAsDiv                   // a block container we keep as <div>
)

// The sanitizer's policy: what to do with each tag it names. Every other tag is unwrapped.
var (
	keepTags = []atom.Atom{atom.P, atom.Br, atom.Hr, atom.Div, atom.Ul, atom.Ol, atom.Li, atom.Dl, atom.Dt, atom.Dd,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Strong, atom.B, atom.Em, atom.I, atom.U, atom.S,
		atom.Sub, atom.Sup, atom.Small, atom.Code, atom.Pre, atom.Blockquote, atom.A, atom.Img, atom.Table,
		atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Td, atom.Th, atom.Caption}
	asDivTags = []atom.Atom{atom.Section, atom.Article, atom.Header, atom.Footer, atom.Main, atom.Aside, atom.Figure,
		atom.Figcaption, atom.Address, atom.Center, atom.Details, atom.Summary, atom.Nav}
	dropTags = []atom.Atom{atom.Script, atom.Style, atom.Iframe, atom.Object, atom.Applet, atom.Form, atom.Noscript,
		atom.Template, atom.Svg, atom.Math, atom.Head, atom.Title, atom.Textarea, atom.Select, atom.Button,
		atom.Frameset, atom.Noembed, atom.Noframes, atom.Audio, atom.Video, atom.Canvas, atom.Datalist,
		atom.Option, atom.Dialog, atom.Plaintext, atom.Xmp, atom.Map}
	voidDropTags = []atom.Atom{atom.Embed, atom.Input, atom.Link, atom.Meta, atom.Base, atom.Frame, atom.Param,
		atom.Source, atom.Track, atom.Area, atom.Col, atom.Wbr, atom.Keygen}
	// blockTags start a new line in the text (every tag kept as <div> does).
	blockTags = []atom.Atom{atom.P, atom.Div, atom.Br, atom.Hr, atom.Ul, atom.Ol, atom.Li, atom.Dl, atom.Dt, atom.Dd,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Pre, atom.Blockquote,
		atom.Table, atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Caption}
	voidTags    = []atom.Atom{atom.Br, atom.Hr, atom.Img}
	rawTextTags = []atom.Atom{atom.Script, atom.Style, atom.Xmp, atom.Iframe, atom.Noembed, atom.Noframes, atom.Noscript, atom.Textarea, atom.Title}
	attrTags    = []atom.Atom{atom.A, atom.Img, atom.Td, atom.Th, atom.Ol} // tags whose attributes are read
)

// tagInfo is what the policy says about one tag; the zero value is an unknown tag, unwrapped.
type tagInfo struct {
	atom  atom.Atom // the tag (0 when the policy does not name it)
	out   atom.Atom // the tag written and closed: div for a container kept as one
	slot  uint8     // out's entry in tagTable, which holds its texts
	kind  tagKind
	block bool // starts a new line in the text
	void  bool // has no end tag
	raw   bool // its content is raw text, skipped by the scanner
	attrs bool // its attributes are read
}

// tagSlot is one entry of tagTable: a lower-cased name of up to 16 bytes as two words, its policy, and
// the tag as written, "<name>" and "</name>".
type tagSlot struct {
	k0, k1      uint64
	info        tagInfo
	open, close string
}

// tagTable finds a tag's policy by its name without hashing strings: an open-addressing table of the
// names the policy gives, keyed by the name packed into two words.
var tagTable = func() (t [256]tagSlot) {
	info := map[atom.Atom]*tagInfo{}
	set := func(list []atom.Atom, f func(*tagInfo)) {
		for _, a := range list {
			if info[a] == nil {
				info[a] = &tagInfo{atom: a, out: a}
			}
			f(info[a])
		}
	}
	set(keepTags, func(i *tagInfo) { i.kind = kindKeep })
	set(asDivTags, func(i *tagInfo) { i.kind, i.out, i.block = kindAsDiv, atom.Div, true })
	set(dropTags, func(i *tagInfo) { i.kind = kindDrop })
	set(voidDropTags, func(i *tagInfo) { i.kind = kindVoidDrop })
	set(blockTags, func(i *tagInfo) { i.block = true })
	set(voidTags, func(i *tagInfo) { i.void = true })
	set(rawTextTags, func(i *tagInfo) { i.raw = true })
	set(attrTags, func(i *tagInfo) { i.attrs = true })
	for a, in := range info {
		k0, k1, _ := tagKey(a.String())
		h := tagHash(k0, k1)
		for t[h].info.atom != 0 {
			h = (h + 1) % uint64(len(t))
		}
		t[h] = tagSlot{k0, k1, *in, "<" + a.String() + ">", "</" + a.String() + ">"}
	}
	slots := map[atom.Atom]uint8{}
	for h := range t {
		slots[t[h].info.atom] = uint8(h)
	}
	for h := range t {
		t[h].info.slot = slots[t[h].info.out]
	}
	return t
}()

// lookupKey returns the policy for a tag name packed by tagKey (or tagName) from the name as written, in any case.
func lookupKey(k0, k1 uint64) tagInfo {
	for h := tagHash(k0, k1); ; h = (h + 1) % uint64(len(tagTable)) {
		e := &tagTable[h]
		if e.info.atom == 0 || e.k0 == k0 && e.k1 == k1 {
			return e.info
		}
	}
}

// tagKey packs a name of up to 15 bytes, lower-cased, into two words with its length; ok is false for a
// longer name, which no tag of the policy has.
func tagKey(name string) (k0, k1 uint64, ok bool) {
	if len(name) > 15 {
		return 0, 0, false
	}
	for i := 0; i < len(name); i++ {
		c := uint64(name[i])
		if c-'A' < 26 {
			c |= 0x20
		}
		if i < 8 {
			k0 |= c << (8 * i)
		} else {
			k1 |= c << (8 * (i - 8))
		}
	}
	return k0, k1 | uint64(len(name))<<56, true
}

func tagHash(k0, k1 uint64) uint64 { return (k0*0x9E3779B97F4A7C15 ^ k1*0xC2B2AE3D27D4EB4F) >> 56 }

// tagName finds the end n of the tag name that begins at src[i] (at a space, '/' or '>') and packs the
// name as tagKey does; ok is false for a name no tag of the policy has.
//
// A name of up to seven bytes followed by its end (nearly every tag) takes one eight-byte load: the end
// is found and the name lower-cased and masked with byte-parallel arithmetic. Any other name takes the
// byte loop.
func tagName(src string, i int) (n int, k0, k1 uint64, ok bool) {
	if i+8 <= len(src) {
		x := swar.Load64(src, i)
		if m := nameEnds(x); m != 0 {
			k := bits.TrailingZeros64(m) >> 3
			if c := src[i+k]; c > ' ' || isSpace(c) { // other control bytes belong to the name
				return i + k, lowerASCII8(x) & (1<<(8*k) - 1), uint64(k) << 56, true
			}
		}
	}
	n = i
	for n < len(src) && !isSpace(src[n]) && src[n] != '/' && src[n] != '>' {
		n++
	}
	k0, k1, ok = tagKey(src[i:n])
	return n, k0, k1, ok
}

// nameEnds flags, in the high bit of each byte of x, the ASCII bytes up to the space and the bytes '/'
// and '>': every byte that may end a tag name, and a few control bytes the caller tells apart.
func nameEnds(x uint64) uint64 {
	// On the low seven bits of each byte nothing below carries into the next byte.
	y := x &^ swar.Highs
	ctl := ^(y + swar.Ones*(0x80-0x21))
	slash := ^((y ^ swar.Ones*'/') + swar.Ones*0x7F)
	gt := ^((y ^ swar.Ones*'>') + swar.Ones*0x7F)
	return (ctl | slash | gt) &^ x & swar.Highs
}

// lowerASCII8 lower-cases the ASCII capitals among the eight bytes of x and leaves every other byte alone.
func lowerASCII8(x uint64) uint64 {
	y := x &^ swar.Highs
	upper := (y + swar.Ones*(0x80-'A')) &^ (y + swar.Ones*(0x80-'Z'-1)) &^ x & swar.Highs
	return x | upper>>2
}
