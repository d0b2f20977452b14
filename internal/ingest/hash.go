package ingest

import (
	"encoding/binary"
	"encoding/hex"
	"math"
	"sync"
	"time"

	"github.com/cespare/xxhash/v2"

	"github.com/career-copilot/copilot/internal/store"
)

// hashers recycles the digests contentHash streams an item into.
var hashers = sync.Pool{New: func() any { return new(hasher) }}

// contentHash fingerprints everything stored about an item, so an unchanged posting is not rewritten.
// Every field goes in, each string length-prefixed so no two different items lay out the same bytes
// (TestContentHashCoversEveryField changes each field of posting.Posting in turn).
//
// It is a 64-bit xxHash: a fingerprint compared with the one stored for the same link, not a defence
// against forged content, so a fast non-cryptographic hash does the job; the descriptions stream into
// it without being copied.
func contentHash(it store.IngestItem) string {
	h := hashers.Get().(*hasher)
	h.d.Reset()
	p := &it.Posting
	for _, s := range [...]string{p.ExternalID, p.Title, p.TitleKey, p.Company, p.CompanyKey, p.DescriptionHTML, p.DescriptionText,
		p.WorkMode, p.EmploymentType, p.Seniority, p.Department, p.ApplyURL, p.URL, it.PostedRaw, it.UpdatedRaw} {
		h.str(s)
	}
	h.uint(uint64(len(p.Locations)))
	for _, l := range p.Locations {
		h.str(l.City)
		h.str(l.Region)
		h.str(l.Country)
		h.str(l.Raw)
		h.bool(l.Remote)
	}
	h.strs(p.RemoteRegions)
	h.strs(p.Tags)
	s := &p.Salary
	for _, f := range [...]float64{s.Min, s.Max, s.AnnualMin, s.AnnualMax} {
		h.word(math.Float64bits(f))
	}
	for _, v := range [...]string{s.Currency, s.Period, s.Source, s.Raw} {
		h.str(v)
	}
	h.time(p.PostedAt)
	h.time(p.UpdatedAt)
	h.bool(p.DateFlagged)
	h.word(p.SimHash)
	var sum [8]byte
	binary.BigEndian.PutUint64(sum[:], h.d.Sum64())
	hashers.Put(h)
	return hex.EncodeToString(sum[:])
}

// hasher lays an item's fields out into a digest.
type hasher struct {
	d   xxhash.Digest
	buf [binary.MaxVarintLen64]byte
}

func (h *hasher) uint(v uint64) { h.d.Write(binary.AppendUvarint(h.buf[:0], v)) }

func (h *hasher) word(v uint64) { h.d.Write(binary.LittleEndian.AppendUint64(h.buf[:0], v)) }

func (h *hasher) str(s string) {
	h.uint(uint64(len(s)))
	h.d.WriteString(s)
}

func (h *hasher) strs(ss []string) {
	h.uint(uint64(len(ss)))
	for _, s := range ss {
		h.str(s)
	}
}

func (h *hasher) bool(v bool) {
	b := byte(0)
	if v {
		b = 1
	}
	h.d.Write(append(h.buf[:0], b))
}

// time lays out an instant (zero stays distinct from every real time); the location is not content.
func (h *hasher) time(t time.Time) {
	if t.IsZero() {
		h.bool(false)
		return
	}
	h.bool(true)
	h.word(uint64(t.Unix()))
	h.word(uint64(t.Nanosecond()))
}
