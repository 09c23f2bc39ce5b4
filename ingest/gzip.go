package ingest

import (
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
)

// maxGzipDepth bounds gzip inside gzip.
const maxGzipDepth = 2

// gunzip decompresses r and reads what is inside, recognised by the name
// without its .gz suffix and by content. Decompressed data is bounded by
// MaxSize, so a decompression bomb stops there.
func (w *walker) gunzip(src, name string, r io.Reader, depth int) error {
	if depth >= maxGzipDepth {
		return errors.New("gzip nested too deep")
	}
	zr, err := gzip.NewReader(r)
	if err != nil {
		return gzipErr(err)
	}
	defer zr.Close()
	inner := name
	if ext := ".gz"; strings.HasSuffix(strings.ToLower(inner), ext) {
		inner = inner[:len(inner)-len(ext)]
	}
	return w.read(src, inner, w.capped(gzipReader{zr}, "decompressed data"), depth+1)
}

// gzipReader names gzip's read errors, so that whichever reader of the
// decompressed stream meets one reports what was wrong with the file.
type gzipReader struct{ r *gzip.Reader }

func (g gzipReader) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && err != io.EOF {
		err = gzipErr(err)
	}
	return n, err
}

func gzipErr(err error) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return fmt.Errorf("truncated gzip: %w", io.ErrUnexpectedEOF)
	}
	return fmt.Errorf("gzip: %w", err)
}
