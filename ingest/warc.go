package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/parallax-news/parallax"
)

// warcRecord is the header of one WARC record and a reader of its block.
type warcRecord struct {
	n      int               // position in the file, from 1
	header map[string]string // field names in lower case
	block  *io.LimitedReader
}

// warcReader reads WARC records one at a time (version line, header
// fields, a blank line, Content-Length bytes of block, two line ends).
// Compressed WARC files are gzip members, one per record, which the gzip
// reader joins into this same stream.
type warcReader struct {
	r    *bufio.Reader
	max  int64
	last *warcRecord
}

// next returns the next record, skipping what was left unread of the one
// before. It returns io.EOF at the clean end of the file.
func (wr *warcReader) next() (*warcRecord, error) {
	n := 1
	if wr.last != nil {
		n = wr.last.n + 1
		if err := wr.skip(wr.last); err != nil {
			return nil, err
		}
	}
	line, err := wr.versionLine()
	if err != nil {
		if err == io.EOF {
			return nil, io.EOF
		}
		return nil, wr.truncated(n, err)
	}
	if !bytes.HasPrefix(line, []byte("WARC/")) {
		return nil, fmt.Errorf("WARC record %d: expected a WARC version line, found %q", n, clip(line))
	}
	h, err := wr.fields(n)
	if err != nil {
		return nil, err
	}
	size, err := strconv.ParseInt(h["content-length"], 10, 64)
	if err != nil || size < 0 {
		return nil, fmt.Errorf("WARC record %d: bad Content-Length %q", n, h["content-length"])
	}
	if size > wr.max {
		return nil, fmt.Errorf("WARC record %d: block of %d bytes is larger than the %d-byte limit", n, size, wr.max)
	}
	wr.last = &warcRecord{n: n, header: h, block: &io.LimitedReader{R: wr.r, N: size}}
	return wr.last, nil
}

// versionLine skips the line ends that close the record before and
// returns the next line.
func (wr *warcReader) versionLine() ([]byte, error) {
	for {
		line, err := wr.line()
		if err != nil {
			if err == io.EOF && len(line) > 0 {
				err = io.ErrUnexpectedEOF
			}
			return nil, err
		}
		if len(line) > 0 {
			return line, nil
		}
	}
}

// fields reads header fields up to the blank line that ends them.
func (wr *warcReader) fields(n int) (map[string]string, error) {
	h := map[string]string{}
	var key string
	for {
		line, err := wr.line()
		if err != nil {
			return nil, wr.truncated(n, err)
		}
		if len(line) == 0 {
			return h, nil
		}
		if (line[0] == ' ' || line[0] == '\t') && key != "" {
			h[key] += " " + string(bytes.TrimSpace(line))
			continue
		}
		k, v, ok := bytes.Cut(line, []byte(":"))
		if !ok {
			return nil, fmt.Errorf("WARC record %d: bad header line %q", n, clip(line))
		}
		key = strings.ToLower(string(bytes.TrimSpace(k)))
		h[key] = string(bytes.TrimSpace(v))
	}
}

// line reads one line without its line end; lines longer than the reader's
// buffer are refused, which bounds what a header can make us hold.
func (wr *warcReader) line() ([]byte, error) {
	line, err := wr.r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		return nil, errors.New("WARC header line too long")
	}
	if err != nil {
		if err == io.EOF && len(line) > 0 {
			return line, io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return bytes.TrimRight(line, "\r\n"), nil
}

// skip discards what is left of a record's block.
func (wr *warcReader) skip(rec *warcRecord) error {
	left := rec.block.N
	if _, err := io.Copy(io.Discard, rec.block); err != nil {
		return err
	}
	if rec.block.N > 0 {
		return fmt.Errorf("truncated WARC: record %d: block ends %d of %d bytes early", rec.n, rec.block.N, left)
	}
	return nil
}

// body reads a record's whole block.
func (wr *warcReader) body(rec *warcRecord) ([]byte, error) {
	want := rec.block.N
	b, err := io.ReadAll(rec.block)
	if err != nil {
		return nil, err
	}
	if int64(len(b)) < want {
		return nil, fmt.Errorf("truncated WARC: record %d: block ends %d of %d bytes early", rec.n, want-int64(len(b)), want)
	}
	return b, nil
}

// truncated describes a record cut short. Errors of the reader below (a
// damaged gzip stream) are passed on as they are: they say more.
func (wr *warcReader) truncated(n int, err error) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return fmt.Errorf("truncated WARC: record %d: unexpected EOF", n)
	}
	return err
}

// warc reads a WARC file as it streams. Each HTTP response record whose
// payload is HTML becomes a Raw; requests, metadata, other payloads and
// unsuccessful responses are skipped.
func (w *walker) warc(src string, r *bufio.Reader) error {
	wr := &warcReader{r: r, max: w.opt.MaxSize}
	for {
		if err := w.ctx.Err(); err != nil {
			return stop{err}
		}
		rec, err := wr.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if !isHTTPResponse(rec.header) {
			continue
		}
		block, err := wr.body(rec)
		if err != nil {
			return err
		}
		at := fmt.Sprintf("%s#%d", src, rec.n)
		raw, ok, err := warcResponse(rec.header, block, w.opt.MaxSize)
		if err != nil {
			w.fail(at, err)
			continue
		}
		if !ok {
			continue
		}
		raw.Source = at
		if err := w.emit(raw); err != nil {
			return err
		}
	}
}

// isHTTPResponse reports whether a record holds an HTTP response.
func isHTTPResponse(h map[string]string) bool {
	if !strings.EqualFold(h["warc-type"], "response") {
		return false
	}
	ct := strings.ToLower(h["content-type"])
	return ct == "" || strings.HasPrefix(ct, "application/http")
}

// warcResponse reads the HTTP response in a record's block. It reports
// false for responses that are not a successful HTML page.
func warcResponse(h map[string]string, block []byte, max int64) (parallax.Raw, bool, error) {
	if !bytes.HasPrefix(block, []byte("HTTP/")) {
		return parallax.Raw{}, false, nil
	}
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
	if err != nil {
		return parallax.Raw{}, false, fmt.Errorf("bad HTTP response: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return parallax.Raw{}, false, nil
	}
	payload, err := io.ReadAll(io.LimitReader(resp.Body, max))
	if err != nil && !(errors.Is(err, io.ErrUnexpectedEOF) && len(payload) > 0) {
		return parallax.Raw{}, false, fmt.Errorf("read HTTP payload: %w", err)
	}
	if payload, err = decodeContent(resp.Header.Get("Content-Encoding"), payload, max); err != nil {
		return parallax.Raw{}, false, err
	}
	ct := resp.Header.Get("Content-Type")
	if !isHTMLType(ct) && !(ct == "" && looksHTML(payload)) {
		return parallax.Raw{}, false, nil
	}
	text, cs := decode(payload, charsetParam(ct), markupDoc)
	raw := parallax.Raw{
		URL:     strings.ToValidUTF8(strings.Trim(h["warc-target-uri"], "<>"), "\uFFFD"),
		Kind:    parallax.KindHTML,
		Charset: cs,
		Data:    text,
	}
	if t, err := time.Parse(time.RFC3339Nano, h["warc-date"]); err == nil {
		raw.Fetched = t
	}
	return raw, true, nil
}

func isHTMLType(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt, _, _ = strings.Cut(strings.ToLower(ct), ";")
		mt = strings.TrimSpace(mt)
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// decodeContent undoes an HTTP Content-Encoding that crawlers keep.
func decodeContent(enc string, payload []byte, max int64) ([]byte, error) {
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "", "identity":
		return payload, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(payload))
		if err != nil {
			return nil, fmt.Errorf("HTTP payload: %w", gzipErr(err))
		}
		b, err := io.ReadAll(io.LimitReader(zr, max))
		if err != nil {
			return nil, fmt.Errorf("HTTP payload: %w", gzipErr(err))
		}
		return b, nil
	}
	return nil, fmt.Errorf("HTTP payload: unsupported Content-Encoding %q", enc)
}

// clip shortens a line quoted in an error.
func clip(b []byte) string {
	if len(b) > 40 {
		b = b[:40]
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}
