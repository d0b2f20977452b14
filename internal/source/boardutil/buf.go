package boardutil

import "sync"

// maxKeptBuf bounds the unescape buffers kept for the next reader.
const maxKeptBuf = 1 << 20

// unescapeBufs keeps unescape's buffers from one reader to the next. Each board answer is read by a reader
// of its own, which otherwise grew a buffer anew, by doubling, up to the answer's longest escaped string.
var unescapeBufs = sync.Pool{New: func() any { return new([]byte) }}

// takeBuf gives r a kept buffer, for its first escaped string.
func (r *Reader) takeBuf() {
	r.bufp = unescapeBufs.Get().(*[]byte)
	r.buf = (*r.bufp)[:0]
}

// releaseBuf hands r's buffer on to the next reader; r holds none after it. No string r returned is over
// the buffer: each is copied out of it.
func (r *Reader) releaseBuf() {
	if r.bufp == nil {
		return
	}
	if cap(r.buf) <= maxKeptBuf {
		*r.bufp = r.buf[:0]
		unescapeBufs.Put(r.bufp)
	}
	r.buf, r.bufp = nil, nil
}
