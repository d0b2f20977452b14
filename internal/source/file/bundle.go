package file

import (
	"bytes"
	"encoding/json"
	"sort"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
)

// BodyFunc reads one board answer into drafts and item errors.
type BodyFunc func(body []byte) ([]posting.Draft, []posting.ItemError, error)

// ParseBody reads a board answer with parse. A bundle of answers (see Detect) is read member by
// member in key order; a posting that several members list comes out once, as the member that
// tells most about it wrote it, so a list entry does not hide the same job's full record.
func ParseBody(body []byte, parse BodyFunc) ([]posting.Draft, []posting.ItemError, error) {
	body = bytes.TrimPrefix(body, bom) // adapters decode with encoding/json, which refuses the mark
	members := bundleMembers(body)
	if members == nil {
		return parse(body)
	}
	var drafts []posting.Draft
	var errs []posting.ItemError
	at := map[string]int{} // external id -> index in drafts
	offset := 0
	for _, m := range members {
		ds, es, err := parse(m)
		if err != nil {
			return nil, nil, err
		}
		for _, e := range es {
			e.Index += offset
			errs = append(errs, e)
		}
		offset += len(ds) + len(es)
		for _, d := range ds {
			i, seen := at[d.ExternalID]
			switch {
			case !seen || d.ExternalID == "":
				at[d.ExternalID] = len(drafts)
				drafts = append(drafts, d)
			case filled(d) > filled(drafts[i]):
				drafts[i] = d
			}
		}
	}
	return drafts, errs, nil
}

// bundleMembers returns the answers a bundle holds, or nil when body is not a bundle.
func bundleMembers(body []byte) [][]byte {
	b, _ := trimBody(body)
	var v map[string]any
	if len(b) == 0 || b[0] != '{' || json.Unmarshal(b, &v) != nil || directObject(v) != "" || bundleKind(v) == "" {
		return nil
	}
	var raw map[string]json.RawMessage
	if json.Unmarshal(b, &raw) != nil {
		return nil
	}
	keys := make([]string, 0, len(raw))
	for k := range raw {
		if !strings.HasPrefix(k, "_") {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	out := make([][]byte, len(keys))
	for i, k := range keys {
		out[i] = raw[k]
	}
	return out
}

// filled counts the fields of a draft that hold something.
func filled(d posting.Draft) int {
	n := len(d.Locations) + len(d.Compensation) + len(d.Tags) + len(d.Extra)
	for _, s := range []string{d.Title, d.Company, d.DescriptionHTML, d.DescriptionText, d.WorkplaceType, d.EmploymentType,
		d.Department, d.SalaryText, d.PostedRaw, d.UpdatedRaw, d.ApplyURL, d.URL} {
		if strings.TrimSpace(s) != "" {
			n++
		}
	}
	if d.Remote != nil {
		n++
	}
	return n
}
