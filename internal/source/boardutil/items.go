package boardutil

import (
	"encoding/json"
	"errors"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
)

// ErrSkip, returned by a DecodeItems conversion, drops the item unreported.
var ErrSkip = errors.New("boardutil: skip item")

// DecodeItems decodes each raw item into a T and converts it with conv. An
// item that does not decode is reported as "<kind>: decode job: ..." under the
// text of its idKey field; one conv rejects is reported under the id conv
// returns, with conv's error; ErrSkip drops the item silently.
func DecodeItems[T any](raws []json.RawMessage, kind, idKey string, conv func(T) (posting.Draft, string, error)) ([]posting.Draft, []posting.ItemError) {
	var drafts []posting.Draft
	var errs []posting.ItemError
	for i, raw := range raws {
		var item T
		if err := json.Unmarshal(raw, &item); err != nil {
			errs = append(errs, posting.ItemError{Index: i, ID: Peek(raw, idKey), Err: kind + ": decode job: " + err.Error()})
			continue
		}
		drafts, errs = convertItem(drafts, errs, i, item, conv)
	}
	return drafts, errs
}

// ConvertItems converts items already decoded (all of them, in one pass over the body) with conv, reporting
// rejects as DecodeItems does.
func ConvertItems[T any](items []T, conv func(T) (posting.Draft, string, error)) ([]posting.Draft, []posting.ItemError) {
	var drafts []posting.Draft
	var errs []posting.ItemError
	for i, item := range items {
		drafts, errs = convertItem(drafts, errs, i, item, conv)
	}
	return drafts, errs
}

func convertItem[T any](drafts []posting.Draft, errs []posting.ItemError, i int, item T, conv func(T) (posting.Draft, string, error)) ([]posting.Draft, []posting.ItemError) {
	d, id, err := conv(item)
	switch {
	case errors.Is(err, ErrSkip):
	case err != nil:
		errs = append(errs, posting.ItemError{Index: i, ID: id, Err: err.Error()})
	default:
		drafts = append(drafts, d)
	}
	return drafts, errs
}

// SetEmploymentTypes gives a draft the first of the employment types a board lists ("Contract", "Part-Time":
// any of them) and, when there are several, keeps them all in Extra["employment_types"].
func SetEmploymentTypes(d *posting.Draft, types []string) {
	if len(types) == 0 {
		return
	}
	d.EmploymentType = types[0]
	if len(types) > 1 {
		if d.Extra == nil {
			d.Extra = map[string]string{}
		}
		d.Extra["employment_types"] = strings.Join(types, "; ")
	}
}
