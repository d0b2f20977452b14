package store

import (
	"context"
	"net/url"
	"path"
	"slices"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
)

// postingPlaces is one posting's links as the batch merges them, and what the posting row holds.
type postingPlaces struct {
	links   []*linkPlace // in linkOrder
	merged  where        // mergeWhere(links), kept current
	written bool         // a queued write already sets merged
	json    whereJSON    // merged, encoded when the batch writes (encoded says whether it is)
	encoded bool

	first linkPlace     // a posting the batch creates: its link, without allocations of its own
	one   [1]*linkPlace // and the backing of links
}

// newPostingPlaces is the merge state of a posting the batch creates with one link at w.
func (b *upsertBatch) newPostingPlaces(ext string, p posting.Posting) *postingPlaces {
	w := whereOf(p)
	pp := &postingPlaces{merged: w, written: true}
	pp.first = linkPlace{sourceID: b.sourceID, externalID: ext, firstSeen: b.now, w: w, url: p.URL}
	pp.one[0] = &pp.first
	pp.links = pp.one[:]
	return pp
}

// needPlaces lists the postings whose links the batch may merge: those of known links whose item changed
// or reopens them, and every candidate an item without a link may be matched with.
func (b *upsertBatch) needPlaces(items []IngestItem, keys []dedupKey) []string {
	var ids []string
	add := func(id string) {
		if _, ok := b.places[id]; !ok {
			b.places[id] = nil
			ids = append(ids, id)
		}
	}
	for _, it := range items {
		if l, ok := b.links[it.ExternalID]; ok && (l.hash != it.Hash || l.closed) {
			add(l.postingID)
		}
	}
	for _, k := range keys {
		for _, c := range b.byKey[k] {
			add(c.id)
		}
	}
	return ids
}

// loadPlaces reads every link of the given postings, 500 postings to a query.
func (b *upsertBatch) loadPlaces(ctx context.Context, ids []string) error {
	for chunk := range slices.Chunk(ids, 500) {
		if err := b.loadPlacesChunk(ctx, chunk); err != nil {
			return err
		}
	}
	for _, id := range ids {
		pp := b.places[id]
		if pp == nil {
			pp = &postingPlaces{}
			b.places[id] = pp
		}
		slices.SortFunc(pp.links, linkOrder)
		pp.merged = mergeWhere(pp.links)
	}
	return nil
}

func (b *upsertBatch) loadPlacesChunk(ctx context.Context, ids []string) error {
	q, args := b.s.linkPlacesQuery(ids)
	rows, err := b.s.query(ctx, b.tx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var pid, locs, regions string
		l := &linkPlace{}
		if err := rows.Scan(&pid, &l.sourceID, &l.externalID, &l.firstSeen, &l.closed, &locs, &l.w.workMode, &regions, &l.url); err != nil {
			return err
		}
		l.firstSeen = l.firstSeen.UTC()
		l.w, _ = decodeWhere(locs, l.w.workMode, regions) // an unreadable link names no place
		pp := b.places[pid]
		if pp == nil {
			pp = &postingPlaces{}
			b.places[pid] = pp
		}
		pp.links = append(pp.links, l)
	}
	return rows.Err()
}

// placesOf returns a posting's merge state. A posting the batch did not load (which the loads rule out)
// starts from the places its row holds, as one link, so nothing stored is lost.
func (b *upsertBatch) placesOf(id string) *postingPlaces {
	if pp := b.places[id]; pp != nil {
		return pp
	}
	pp := &postingPlaces{}
	if c := b.byID[id]; c != nil {
		w := whereOf(c.q)
		pp.links = []*linkPlace{{w: w}}
		pp.merged = w
	}
	b.places[id] = pp
	return pp
}

// setPlace records that this source's link ext of a posting is open with p's places and pages (adding the
// link when it is new) and merges the posting again; it reports whether the posting has another open link.
func (b *upsertBatch) setPlace(id, ext string, p posting.Posting) (others bool) {
	pp := b.placesOf(id)
	var link *linkPlace
	if i := slices.IndexFunc(pp.links, func(l *linkPlace) bool { return l.sourceID == b.sourceID && l.externalID == ext }); i >= 0 {
		link = pp.links[i]
	} else {
		link = &linkPlace{sourceID: b.sourceID, externalID: ext, firstSeen: b.now}
		pp.links = append(pp.links, link)
		slices.SortStableFunc(pp.links, linkOrder)
	}
	link.closed, link.w, link.url = false, whereOf(p), p.URL
	for _, l := range pp.links {
		others = others || l != link && !l.closed
	}
	pp.merged = mergeWhere(pp.links)
	if c := b.byID[id]; c != nil {
		c.q.Locations, c.q.WorkMode, c.q.RemoteRegions = pp.merged.locations, pp.merged.workMode, pp.merged.regions
	}
	return others
}

// samePage reports whether a link of the posting id is at page, a job's own page (see jobPage); "" is no page.
func (b *upsertBatch) samePage(id, page string) bool {
	pp := b.places[id]
	if pp == nil || page == "" {
		return false
	}
	for _, l := range pp.links {
		if l.url == page {
			return true
		}
	}
	return false
}

// jobPage reports whether a canonical URL can be one job's page rather than a careers page every job shares
// (as apply URLs often are, which is why only page URLs count): it has a query, or at least two path
// segments ("/jobs/1390710", not "/careers"). byID says whether the page names its job by an id: its last
// path segment or a query value holds a digit (/jobs/8503792002, ?gh_jid=123, /j/F00BA12345), unlike a
// careers page that lists a role in several cities (/careers/openings).
func jobPage(raw string) (page, byID bool) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return false, false
	}
	n := 0
	for _, seg := range strings.Split(u.Path, "/") {
		if seg != "" {
			n++
		}
	}
	if u.RawQuery == "" && n < 2 {
		return false, false
	}
	byID = strings.ContainsAny(path.Base(u.Path), "0123456789")
	for _, vs := range u.Query() {
		for _, v := range vs {
			byID = byID || strings.ContainsAny(v, "0123456789")
		}
	}
	return true, byID
}
