package ingest

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"sync"
	"time"

	"github.com/career-copilot/copilot/internal/store"
)

// hashBufs recycles the buffers contentHash lays an item out in.
var hashBufs = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}

// contentHash fingerprints everything stored about an item, so an unchanged posting is not rewritten.
// Every field goes in, each string length-prefixed so no two different items lay out the same bytes
// (TestContentHashCoversEveryField changes each field of posting.Posting in turn).
func contentHash(it store.IngestItem) string {
	bp := hashBufs.Get().(*[]byte)
	b := (*bp)[:0]
	p := &it.Posting
	for _, s := range [...]string{p.ExternalID, p.Title, p.TitleKey, p.Company, p.CompanyKey, p.DescriptionHTML, p.DescriptionText,
		p.WorkMode, p.EmploymentType, p.Seniority, p.Department, p.ApplyURL, p.URL, it.PostedRaw, it.UpdatedRaw} {
		b = appendStr(b, s)
	}
	b = binary.AppendUvarint(b, uint64(len(p.Locations)))
	for _, l := range p.Locations {
		b = appendStr(appendStr(appendStr(appendStr(b, l.City), l.Region), l.Country), l.Raw)
		b = appendBool(b, l.Remote)
	}
	b = appendStrs(appendStrs(b, p.RemoteRegions), p.Tags)
	s := &p.Salary
	for _, f := range [...]float64{s.Min, s.Max, s.AnnualMin, s.AnnualMax} {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(f))
	}
	b = appendStr(appendStr(appendStr(appendStr(b, s.Currency), s.Period), s.Source), s.Raw)
	b = appendTime(appendTime(b, p.PostedAt), p.UpdatedAt)
	b = appendBool(b, p.DateFlagged)
	b = binary.LittleEndian.AppendUint64(b, p.SimHash)
	sum := sha256.Sum256(b)
	*bp = b
	hashBufs.Put(bp)
	return hex.EncodeToString(sum[:16])
}

func appendStr(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

func appendStrs(b []byte, ss []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(ss)))
	for _, s := range ss {
		b = appendStr(b, s)
	}
	return b
}

func appendBool(b []byte, v bool) []byte {
	if v {
		return append(b, 1)
	}
	return append(b, 0)
}

// appendTime lays out an instant (zero stays distinct from every real time); the location is not content.
func appendTime(b []byte, t time.Time) []byte {
	if t.IsZero() {
		return append(b, 0)
	}
	return binary.LittleEndian.AppendUint64(binary.LittleEndian.AppendUint64(append(b, 1), uint64(t.Unix())), uint64(t.Nanosecond()))
}
