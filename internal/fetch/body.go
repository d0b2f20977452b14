package fetch

import (
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// readBody reads a response body, gunzipping it when the server says so,
// and refuses with ErrTooLarge when either the bytes on the wire or the
// decompressed bytes exceed max, so a small gzip bomb is refused too.
func readBody(resp *http.Response, max int64) ([]byte, error) {
	if resp.ContentLength > max {
		return nil, fmt.Errorf("%w: Content-Length %d > %d bytes", ErrTooLarge, resp.ContentLength, max)
	}
	wire := &countingReader{r: io.LimitReader(resp.Body, max+1)}
	var r io.Reader = wire
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(wire)
		if err != nil {
			if wire.n > max {
				return nil, fmt.Errorf("%w: more than %d bytes on the wire", ErrTooLarge, max)
			}
			if errors.Is(err, io.EOF) {
				return nil, nil // an empty gzip body: nothing was sent
			}
			return nil, fmt.Errorf("fetch: gzip body: %w", err)
		}
		defer zr.Close()
		r = zr
	default:
		return nil, fmt.Errorf("fetch: unsupported Content-Encoding %q", enc)
	}
	body, err := io.ReadAll(io.LimitReader(r, max+1))
	if wire.n > max {
		return nil, fmt.Errorf("%w: more than %d bytes on the wire", ErrTooLarge, max)
	}
	if int64(len(body)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes decompressed", ErrTooLarge, max)
	}
	if err != nil {
		return nil, fmt.Errorf("fetch: read body: %w", err)
	}
	return body, nil
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// drain reads and discards a little of an unwanted body so the connection
// can be reused, without downloading a large error page.
func drain(resp *http.Response) {
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
}
