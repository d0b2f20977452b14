// Package webhook POSTs notifications as signed JSON to a user's URL, through a dialer that refuses
// private addresses (the fetch package's SSRF rules) unless private fetches are allowed.
package webhook

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"syscall"
	"time"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/notify"
)

// Header names of a delivery.
const (
	SignatureHeader = "X-Copilot-Signature" // sha256=<hex of HMAC-SHA256(secret, timestamp + "." + body)>
	TimestampHeader = "X-Copilot-Timestamp" // Unix seconds
	DeliveryHeader  = "X-Copilot-Delivery"  // the delivery id: the same on every retry, for receivers to de-duplicate
)

// HTTPClient returns a client whose dialer checks the very address it connects to (after DNS and on
// every redirect) and refuses private, loopback, link-local and metadata ones unless allowPrivate.
func HTTPClient(allowPrivate bool, timeout time.Duration) *http.Client {
	d := &net.Dialer{Timeout: 10 * time.Second}
	if !allowPrivate {
		d.Control = func(network, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil || fetch.IsPrivateAddr(ap.Addr()) {
				return fmt.Errorf("%w: %s", fetch.ErrPrivateAddress, address)
			}
			return nil
		}
	}
	tr := &http.Transport{DialContext: d.DialContext, Proxy: nil, MaxIdleConns: 10, IdleConnTimeout: 30 * time.Second, TLSHandshakeTimeout: 10 * time.Second}
	return &http.Client{Transport: tr, Timeout: timeout, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if len(via) >= 3 {
			return errors.New("webhook: too many redirects")
		}
		return nil
	}}
}

// Sign is the signature header value of body sent at ts.
func Sign(secret string, ts int64, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(strconv.FormatInt(ts, 10)))
	m.Write([]byte("."))
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

// Verify checks a signature header against body and ts, in constant time (for receivers and tests).
func Verify(secret string, ts int64, body []byte, header string) bool {
	return hmac.Equal([]byte(Sign(secret, ts, body)), []byte(header))
}

// Payload is the JSON body of a webhook delivery.
type Payload struct {
	ID      string         `json:"id"`
	Event   string         `json:"event"` // alert, digest, reminder, interview
	SentAt  time.Time      `json:"sent_at"`
	Message notify.Message `json:"message"`
}

// Channel sends webhooks.
type Channel struct {
	hc  *http.Client
	now func() time.Time
	ua  string
}

// New returns the webhook channel.
func New(hc *http.Client, userAgent string) *Channel {
	return &Channel{hc: hc, now: time.Now, ua: userAgent}
}

// Name is "webhook".
func (*Channel) Name() string { return "webhook" }

// Send POSTs the signed payload; 2xx is success, 408/429/5xx and network errors are retried, other answers are not.
func (c *Channel) Send(ctx context.Context, e notify.Envelope) error {
	now := c.now().UTC()
	m := e.Message
	m.UserID = ""
	body, err := json.Marshal(Payload{ID: e.DeliveryID, Event: m.Kind, SentAt: now.Truncate(time.Second), Message: m})
	if err != nil {
		return &notify.SendError{Permanent: true, Err: fmt.Errorf("webhook: encode: %w", err)}
	}
	return Post(ctx, c.hc, e.Target.URL, body, map[string]string{
		DeliveryHeader: e.DeliveryID, TimestampHeader: strconv.FormatInt(now.Unix(), 10),
		SignatureHeader: Sign(e.Target.Secret, now.Unix(), body), "User-Agent": c.ua,
	})
}

// Post sends a JSON body and classifies the answer as notify.SendError (shared with the Slack channel).
func Post(ctx context.Context, hc *http.Client, url string, body []byte, headers map[string]string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return &notify.SendError{Permanent: true, Err: fmt.Errorf("webhook: request: %w", err)}
	}
	req.Header.Set("Content-Type", "application/json")
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	res, err := hc.Do(req)
	if err != nil {
		return &notify.SendError{Permanent: errors.Is(err, fetch.ErrPrivateAddress), Err: fmt.Errorf("webhook: post: %w", err)}
	}
	defer res.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10))
	if res.StatusCode >= 200 && res.StatusCode < 300 {
		return nil
	}
	retry := res.StatusCode == http.StatusRequestTimeout || res.StatusCode == http.StatusTooManyRequests || res.StatusCode >= 500
	return &notify.SendError{Status: res.StatusCode, Permanent: !retry, Err: fmt.Errorf("webhook: answered %s", res.Status)}
}
