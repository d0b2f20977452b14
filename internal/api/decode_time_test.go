package api

import (
	"errors"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/validate"
)

// A date that is not RFC 3339 is named as such, not as broken JSON: a field error (422), not a malformed body.
func TestDecodeTimeMessage(t *testing.T) {
	var dst struct {
		At    *time.Time           `json:"at"`
		Dates map[string]time.Time `json:"dates"`
	}
	err := decodeBytes([]byte(`{"at":"yesterday","dates":{"applied":"2026-13-01"}}`), &dst)
	var m validate.Errors
	if !errors.As(err, &m) || errors.Is(err, validate.ErrMalformed) {
		t.Fatalf("err = %v, want field errors", err)
	}
	want := map[string]string{
		"at":    "must be a date and time in RFC 3339 form, such as 2026-12-03T09:00:00Z",
		"dates": "must be a date and time in RFC 3339 form, such as 2026-12-03T09:00:00Z",
	}
	if len(m) != len(want) {
		t.Fatalf("errors = %+v", m)
	}
	for _, fe := range m {
		if want[fe.Field] != fe.Message {
			t.Errorf("%s: %q, want %q", fe.Field, fe.Message, want[fe.Field])
		}
	}
	// Valid dates decode.
	err = decodeBytes([]byte(`{"at":"2026-12-03T09:00:00Z","dates":{"applied":"2026-12-01T00:00:00Z"}}`), &dst)
	if err != nil || dst.At == nil || !dst.At.Equal(time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)) {
		t.Fatalf("valid dates: err %v, at %v", err, dst.At)
	}
}
