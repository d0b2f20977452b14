package posting

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/career-copilot/copilot/internal/swar"
)

// SimHash returns the 64-bit SimHash of text over its lower-cased word 3-grams.
//
// Words are maximal runs of letters and digits. Text with fewer than three words is hashed over its
// single words; empty text hashes to 0. (Postings stored before this definition had SimHashV1; the store's
// migration 10 rehashes them.)
func SimHash(text string) uint64 {
	// Words are hashed a batch at a time and the batch then counted, so that each of the two loops keeps
	// its state in registers. buf[0:2] carry the last two words of the previous batch into the next.
	var acc bitCounter
	var buf [2 + 128]uint64
	n, i := wordHashes(buf[2:], text, 0)
	switch n { // too few words for a 3-gram: the majority of one or two mixed word hashes
	case 0:
		return 0
	case 1:
		return mum(buf[2])
	case 2:
		return mum(buf[2]) & mum(buf[3])
	}
	acc.addShingles(buf[2 : 2+n])
	for i < len(text) {
		buf[0], buf[1] = buf[n], buf[n+1]
		n, i = wordHashes(buf[2:], text, i)
		acc.addShingles(buf[:2+n])
	}
	return acc.majority()
}

// wordMix is the odd constant a word's packed bytes are multiplied by to make its hash: a bijection
// that carries every byte into the high bits, so the shingles' XOR of rotated words is not linear in the text.
const wordMix = 0xD6E8FEB86659FD93

// wordHashes hashes the words of text from i on into dst until it is nearly full (fewer than eight slots
// left) or the text ends, and returns their number and the index to go on from. Words are maximal runs of
// letters and digits; a word's hash is its lower-cased UTF-8 bytes XORed into eight byte lanes, byte j
// into lane j mod 8, times wordMix.
func wordHashes(dst []uint64, text string, i int) (n, next int) {
	for {
		c, j, h, k, open := asciiWords(dst[n:], text, i)
		mixed := dst[n : n+c]
		for q := range mixed {
			mixed[q] *= wordMix
		}
		if n, i = n+c, j; open {
			h, i = wordTail(text, i, h, k)
			dst[n] = h * wordMix
			n++
		}
		// A multi-byte character within eight bytes, or the text's last bytes: one character at a time
		// to just past the first multi-byte character, so that asciiWords is not called for a window it
		// has already turned down.
		stop := min(i+8, len(text))
		for k := i; k < stop; k++ {
			if text[k] >= utf8.RuneSelf {
				stop = k + 1
				break
			}
		}
		for i < stop && len(dst)-n >= 8 {
			h, j, ok := slowWord(text, i)
			if i = j; ok {
				dst[n] = h * wordMix
				n++
			}
		}
		if len(dst)-n < 8 || i >= len(text) {
			return n, i
		}
	}
}

// asciiWords is wordHashes for ASCII text, eight bytes at a time. In each 8-byte window a word's bytes are
// a run of 0xFF bytes in a mask, cut out of the window at once; a word that runs to the window's end stays
// open, and the next window's first run is rotated into its lanes from k, the bit offset of its next byte.
//
// It stops with room for fewer than five words (a window " a b c d" after an open word stores five
// slots, the last still open), at a window with a multi-byte character or past the text's end; if a
// word is open there, it returns its lanes so far and k for the caller to finish. The slots hold the
// words' lanes, not yet mixed.
func asciiWords(dst []uint64, text string, i int) (n, next int, h uint64, k uint, isOpen bool) {
	if len(dst) < 5 {
		return 0, i, 0, 0, false
	}
	// The slots are written through a pointer rather than dst[n], so that the loop keeps no count and no
	// bound in registers: a window starts with p at most at last, stores at most five slots from p and
	// moves p at most four, so every store stays inside dst.
	first := unsafe.Pointer(unsafe.SliceData(dst))
	last := unsafe.Add(first, (len(dst)-5)*8) // a pointer, not a number: it moves with the stack dst may be on
	p := first
	open := uint64(0) // 1 while a word runs on from the last window
	for ; i+8 <= len(text) && uintptr(p) <= uintptr(last); i += 8 {
		x := swar.Load64(text, i)
		if x&swar.Highs != 0 {
			break
		}
		y := x | 0x20*swar.Ones       // x lower-cased where it is a letter
		m := wordBytes(x) >> 7 * 0xFF // 0xFF in each byte of a word
		// Branches on where words end would be mispredicted, so words are stored unconditionally (dst
		// has room) and counted with arithmetic. First the open word: c masks its bytes in this window
		// (0 if there is none, all ones if it runs through); it is stored, and kept if it ended here.
		c := ((m+1)&^m - 1) & -open
		h ^= bits.RotateLeft64(y&c, int(k))
		*(*uint64)(p) = h
		through := c >> 63
		p, open, m = unsafe.Add(p, (open&^through)*8), through, m&^c
		for m != 0 {
			// The next word's first byte has the lowest bit t of m, at s; adding t to m carries to end,
			// the lowest bit of the byte after the word, or 0 when the word runs to the window's end, so
			// end-t masks the word's bytes either way. A word that stays open has 64-s of its bits here.
			t := m & -m
			end := (m + t) &^ m
			s := uint(bits.TrailingZeros64(m))
			h = y & (end - t) >> s
			*(*uint64)(p) = h
			closed := (end | -end) >> 63 // 1 if the word ended in this window
			p, open, k = unsafe.Add(p, closed*8), closed^1, -s&63
			m &= -end // the rest of the window, or 0 if the word is open
		}
	}
	return int((uintptr(p) - uintptr(first)) / 8), i, h, k, open == 1
}

// slowWord reads the character at text[i]: it returns the lanes of the word starting there and the index
// after it, or ok false and the index after the character when it is not a letter or digit.
func slowWord(text string, i int) (h uint64, next int, ok bool) {
	switch wordByte[text[i]] {
	case 0:
		return 0, i + 1, false
	case nonASCII:
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return 0, i + size, false
		}
	}
	h, next = wordTail(text, i, 0, 0)
	return h, next, true
}

// wordTail continues a word's lanes h, with the next byte's lane at bit k, at text[i] one character at a
// time, and returns them with the index after the word.
func wordTail(text string, i int, h uint64, k uint) (uint64, int) {
	for i < len(text) {
		lc := wordByte[text[i]]
		if lc == 0 {
			break
		}
		if lc == nonASCII {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			var enc [utf8.UTFMax]byte
			for _, c := range utf8.AppendRune(enc[:0], unicode.ToLower(r)) {
				h ^= uint64(c) << (k & 63)
				k += 8
			}
			i += size
			continue
		}
		h ^= uint64(lc) << (k & 63)
		k += 8
		i++
	}
	return h, i
}

// wordBytes returns 0x80 in each byte of the ASCII word x that is a letter or digit and 0 in the others.
//
// With the top bits clear no byte sum carries into the next byte: c+(0x80-lo) has its top bit set
// when c >= lo, and c+(0x7F-hi) when c > hi. Letters are tested case-folded, digits as they are
// (folding would turn control bytes 0x10-0x19 into digits).
func wordBytes(x uint64) uint64 {
	f := x | 0x20*swar.Ones
	letter := (f + (0x80-'a')*swar.Ones) ^ (f + (0x7F-'z')*swar.Ones) // the second sum's top bit implies the first's
	digit := (x + (0x80-'0')*swar.Ones) ^ (x + (0x7F-'9')*swar.Ones)
	return (letter | digit) & swar.Highs
}

// nonASCII marks, in wordByte, bytes that start or continue a multi-byte character.
const nonASCII = 0xFF

// wordByte maps ASCII letters and digits to their lower-case form, other ASCII to 0 and bytes of
// multi-byte characters to nonASCII.
var wordByte = func() (t [256]byte) {
	for c := 0x80; c < 0x100; c++ {
		t[c] = nonASCII
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	return t
}()

// bitCounter counts, for each of 64 bit positions, how many added words had that bit set.
//
// Words are added sixteen at a time into a bit-sliced counter (ones, twos, fours, eights: bit i of each
// plane is one binary digit of position i's count) with carry-save adders, as in the Harley-Seal
// population count; each group's carries out of the eights, worth 16, go into byte-wide lanes (bits j,
// j+8, j+16...), and those into full counters before a byte can overflow. Fewer than sixteen words at a
// batch's end are added to nibble-wide lanes (bits j, j+4, j+8...) and from there to the byte lanes.
type bitCounter struct {
	lanes                     [8]uint64
	counts                    [64]uint32
	ones, twos, fours, eights uint64
	n                         uint32 // words added
	inLane                    uint32 // the largest count the byte lanes may hold
}

const nibbleMask, laneMask = 0x1111111111111111, 0x0101010101010101

// csa adds a, b and c bitwise: it returns each position's carry and sum.
func csa(a, b, c uint64) (carry, sum uint64) {
	u := a ^ b
	return a&b | u&c, u ^ c
}

// shingle returns the mixed hash of the three consecutive words w[k:k+3].
func shingle(w []uint64, k int) uint64 {
	return mum(w[k] ^ bits.RotateLeft64(w[k+1], 21) ^ bits.RotateLeft64(w[k+2], 42))
}

// add4 adds the four shingles of w[0:6] to the planes ones and twos; it returns the carries out of twos
// (worth 4) and the new planes.
func add4(w []uint64, ones, twos uint64) (fours, ones2, twos2 uint64) {
	w = w[:6]
	twosA, ones := csa(ones, shingle(w, 0), shingle(w, 1))
	twosB, ones := csa(ones, shingle(w, 2), shingle(w, 3))
	fours, twos = csa(twos, twosA, twosB)
	return fours, ones, twos
}

// addShingles adds the mixed hash of each three consecutive words of w.
func (b *bitCounter) addShingles(w []uint64) {
	ones, twos, fours, eights := b.ones, b.twos, b.fours, b.eights
	for len(w) >= 18 {
		var foursA, foursB, eightsA, eightsB, sixteens uint64
		foursA, ones, twos = add4(w, ones, twos)
		foursB, ones, twos = add4(w[4:], ones, twos)
		eightsA, fours = csa(fours, foursA, foursB)
		foursA, ones, twos = add4(w[8:], ones, twos)
		foursB, ones, twos = add4(w[12:], ones, twos)
		eightsB, fours = csa(fours, foursA, foursB)
		sixteens, eights = csa(eights, eightsA, eightsB)
		w = w[16:]
		if b.inLane+16 > 255 {
			b.spill()
		}
		l := &b.lanes
		l[0] += sixteens & laneMask * 16
		l[1] += sixteens >> 1 & laneMask * 16
		l[2] += sixteens >> 2 & laneMask * 16
		l[3] += sixteens >> 3 & laneMask * 16
		l[4] += sixteens >> 4 & laneMask * 16
		l[5] += sixteens >> 5 & laneMask * 16
		l[6] += sixteens >> 6 & laneMask * 16
		l[7] += sixteens >> 7 & laneMask * 16
		b.n += 16
		b.inLane += 16
	}
	b.ones, b.twos, b.fours, b.eights = ones, twos, fours, eights
	for len(w) >= 3 {
		k := min(len(w)-2, 15)
		if b.inLane+uint32(k) > 255 {
			b.spill()
		}
		var l0, l1, l2, l3 uint64
		w0, w1 := w[0], w[1]
		for _, w2 := range w[2 : 2+k] {
			h := mum(w0 ^ bits.RotateLeft64(w1, 21) ^ bits.RotateLeft64(w2, 42))
			w0, w1 = w1, w2
			l0 += h & nibbleMask
			l1 += h >> 1 & nibbleMask
			l2 += h >> 2 & nibbleMask
			l3 += h >> 3 & nibbleMask
		}
		l := &b.lanes
		l[0] += l0 & 0x0F0F0F0F0F0F0F0F
		l[1] += l1 & 0x0F0F0F0F0F0F0F0F
		l[2] += l2 & 0x0F0F0F0F0F0F0F0F
		l[3] += l3 & 0x0F0F0F0F0F0F0F0F
		l[4] += l0 >> 4 & 0x0F0F0F0F0F0F0F0F
		l[5] += l1 >> 4 & 0x0F0F0F0F0F0F0F0F
		l[6] += l2 >> 4 & 0x0F0F0F0F0F0F0F0F
		l[7] += l3 >> 4 & 0x0F0F0F0F0F0F0F0F
		b.n += uint32(k)
		b.inLane += uint32(k)
		w = w[k:]
	}
}

func (b *bitCounter) spill() {
	for j := 0; j < 8; j++ {
		l := b.lanes[j]
		for k := 0; k < 8; k++ {
			b.counts[k*8+j] += uint32(l >> uint(k*8) & 0xFF)
		}
		b.lanes[j] = 0
	}
	b.inLane = 0
}

// majority returns the word whose bit i is set when more than half of the added words had bit i set.
func (b *bitCounter) majority() uint64 {
	if b.inLane+15 > 255 {
		b.spill()
	}
	l := &b.lanes
	for j := range l {
		l[j] += b.ones>>uint(j)&laneMask + b.twos>>uint(j)&laneMask*2 + b.fours>>uint(j)&laneMask*4 + b.eights>>uint(j)&laneMask*8
	}
	b.spill()
	var out uint64
	for i := 0; i < 64; i++ {
		if 2*b.counts[i] > b.n {
			out |= 1 << uint(i)
		}
	}
	return out
}

// mum spreads a hash's bits so each SimHash bit is an even coin: the high and low halves of a
// 128-bit product, folded (one multiplication, as in wyhash).
func mum(x uint64) uint64 {
	hi, lo := bits.Mul64(x^0x9E3779B97F4A7C15, 0xbf58476d1ce4e5b9)
	return hi ^ lo
}
