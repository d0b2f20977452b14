package sourcetest

import (
	"reflect"
	"testing"
)

// FastAgrees runs a fast reader on body and, when it accepts the body, checks that encoding/json (std)
// reads it to an equal value; it returns whether the fast reader accepted.
func FastAgrees[T any](t testing.TB, name string, body []byte, fast func([]byte) (T, bool), std func([]byte) (T, error)) bool {
	t.Helper()
	got, ok := fast(body)
	if !ok {
		return false
	}
	if want, err := std(body); err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("%s(%.80q) = %+v\nencoding/json: %+v, %v", name, body, got, want, err)
	}
	return true
}
