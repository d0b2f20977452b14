package greenhouse

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/atsutil"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

// metaObject is a custom field value given as an object: currency {unit, amount}, currency_range and
// number_range {unit, min_value, max_value}, or user {name, ...}.
type metaObject struct {
	Unit     atsutil.FlexString `json:"unit"`
	Amount   atsutil.FlexFloat  `json:"amount"`
	MinValue atsutil.FlexFloat  `json:"min_value"`
	MaxValue atsutil.FlexFloat  `json:"max_value"`
	Name     atsutil.FlexString `json:"name"`
}

// metaValue renders a custom field value (string, number, boolean, list, object or null) as text; pay is
// the field's amount or range when it is a currency value with a unit.
func metaValue(raw json.RawMessage) (text string, pay *posting.Compensation) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	if s, ok := boardutil.StringValue(raw); ok { // the common case, without a decode
		return s, nil
	}
	switch raw[0] {
	case '[':
		var list []json.RawMessage
		if json.Unmarshal(raw, &list) == nil {
			parts := make([]string, len(list))
			for i, v := range list {
				parts[i], _ = metaValue(v)
			}
			return atsutil.JoinNonEmpty(", ", parts...), nil
		}
	case '{':
		var o metaObject
		if json.Unmarshal(raw, &o) == nil {
			return o.text(), o.pay()
		}
	default:
		var s atsutil.FlexString
		if json.Unmarshal(raw, &s) == nil {
			return string(s), nil
		}
	}
	return strconv.Quote(string(raw)), nil
}

// text is the value as "unit amount", "unit min - max" or the user's name.
func (o *metaObject) text() string {
	amount := o.Amount.Text
	if amount == "" {
		amount = atsutil.JoinNonEmpty(" - ", o.MinValue.Text, o.MaxValue.Text)
	}
	if amount == "" {
		return strings.TrimSpace(string(o.Name))
	}
	return atsutil.JoinNonEmpty(" ", string(o.Unit), amount)
}

// pay is the currency value's amount (as both bounds) or range, nil without a unit or a number.
func (o *metaObject) pay() *posting.Compensation {
	unit := strings.TrimSpace(string(o.Unit))
	if unit == "" {
		return nil
	}
	c := posting.Compensation{Currency: unit, Min: o.MinValue.Value, Max: o.MaxValue.Value}
	if o.Amount.Value != nil {
		c.Min, c.Max = o.Amount.Value, o.Amount.Value
	}
	if c.Min == nil && c.Max == nil {
		return nil
	}
	return &c
}

// payWords are the words of a custom field's name that say it holds the job's pay.
var payWords = []string{"salary", "pay", "compensation", "wage"}

// isPayField reports whether a custom field's name says it holds the job's pay (not a bonus or a budget).
func isPayField(name string) bool {
	lower := strings.ToLower(name)
	if strings.Contains(lower, "bonus") {
		return false
	}
	for _, w := range payWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}
