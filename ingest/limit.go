package ingest

import (
	"errors"
	"fmt"
	"io"
)

// errTooLarge marks input refused for its size.
var errTooLarge = errors.New("larger than the size limit")

// capReader reads at most limit bytes from r and fails, rather than
// stopping quietly, when there are more: a file that grew after it was
// measured, a long standard input, a decompression bomb.
type capReader struct {
	r     io.Reader
	left  int64
	limit int64
	what  string
}

func (w *walker) capped(r io.Reader, what string) *capReader {
	return &capReader{r: r, left: w.opt.MaxSize, limit: w.opt.MaxSize, what: what}
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.left <= 0 {
		var b [1]byte
		n, err := io.ReadFull(c.r, b[:])
		if n > 0 {
			return 0, fmt.Errorf("%s is %w of %d bytes", c.what, errTooLarge, c.limit)
		}
		if err == io.ErrUnexpectedEOF {
			err = io.EOF
		}
		return 0, err
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	return n, err
}
