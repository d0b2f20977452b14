package webhook

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/notify"
)

func TestSignKnownVector(t *testing.T) {
	// Computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac s3cret
	got := Sign("s3cret", 1700000000, []byte(`{"a":1}`))
	if got != "sha256=1698a50bc74d1ff1db85c4e0a5297c2ad9fdba245d5737cdb789e4cc6e098940" || !Verify("s3cret", 1700000000, []byte(`{"a":1}`), got) {
		t.Fatalf("signature %s", got)
	}
	if Verify("s3cret", 1700000001, []byte(`{"a":1}`), got) || Verify("other", 1700000000, []byte(`{"a":1}`), got) || Verify("s3cret", 1700000000, []byte(`{"a":2}`), got) {
		t.Fatal("signature verifies for another timestamp, secret or body")
	}
}

func TestSendSignedJSON(t *testing.T) {
	var got struct {
		hdr  http.Header
		body []byte
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got.hdr, got.body = r.Header.Clone(), must(io.ReadAll(r.Body))
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()
	c := New(HTTPClient(true, 5*time.Second), "copilot-test")
	fixed := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	c.now = func() time.Time { return fixed }
	e := notify.Envelope{DeliveryID: "del-1", Target: notify.Target{URL: srv.URL + "/hook", Secret: "k3y"},
		Message: notify.Message{Kind: "alert", UserID: "u-secret", Subject: "1 new job", Items: []notify.Item{{PostingID: "p1", Title: "SRE", Company: "Acme", Score: 77}}}}
	if err := c.Send(context.Background(), e); err != nil {
		t.Fatal(err)
	}
	ts, _ := strconv.ParseInt(got.hdr.Get(TimestampHeader), 10, 64)
	if ts != fixed.Unix() || got.hdr.Get(DeliveryHeader) != "del-1" || got.hdr.Get("Content-Type") != "application/json" {
		t.Fatalf("headers %v", got.hdr)
	}
	if sig := got.hdr.Get(SignatureHeader); !Verify("k3y", ts, got.body, sig) {
		t.Fatalf("signature %q does not verify over %s", sig, got.body)
	}
	var p Payload
	if err := json.Unmarshal(got.body, &p); err != nil || p.ID != "del-1" || p.Event != "alert" || !p.SentAt.Equal(fixed) ||
		len(p.Message.Items) != 1 || p.Message.Items[0].Score != 77 || p.Message.UserID != "" {
		t.Fatalf("payload %+v %v", p, err)
	}
}

func TestStatusClassesAndPrivateAddresses(t *testing.T) {
	status := http.StatusOK
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(status) }))
	defer srv.Close()
	open := New(HTTPClient(true, 5*time.Second), "t")
	e := notify.Envelope{DeliveryID: "d", Target: notify.Target{URL: srv.URL, Secret: "k"}}
	for _, c := range []struct {
		status    int
		permanent bool
	}{{500, false}, {503, false}, {429, false}, {408, false}, {404, true}, {410, true}, {400, true}} {
		status = c.status
		err := open.Send(context.Background(), e)
		if err == nil || notify.IsPermanent(err) != c.permanent || notify.StatusOf(err) != c.status {
			t.Errorf("status %d: err %v permanent %v", c.status, err, notify.IsPermanent(err))
		}
	}
	// The guarded client refuses the loopback server before any byte is sent, for good.
	guarded := New(HTTPClient(false, 5*time.Second), "t")
	status = http.StatusOK
	err := guarded.Send(context.Background(), e)
	if !errors.Is(err, fetch.ErrPrivateAddress) || !notify.IsPermanent(err) {
		t.Fatalf("guarded client reached %s: %v", srv.URL, err)
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}
