package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/parallax-news/parallax"
)

// jsonRecord is one line of a JSON Lines file: a page as text or as HTML.
type jsonRecord struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
}

// jsonl reads a JSON Lines file, one Raw per line, as it streams. A bad
// line is reported with its number and the others are still read.
//
// A file whose first record breaks off at the end of its line is one JSON
// document laid over many lines, not JSON Lines: it is reported once,
// instead of once for each of its lines.
func (w *walker) jsonl(src string, r *bufio.Reader) error {
	first := true
	return parseJSONL(r, func(line int, raw parallax.Raw, err error) error {
		at := fmt.Sprintf("%s#%d", src, line)
		if first && errors.Is(err, errCutShort) {
			return errors.New("not JSON Lines: the first record does not end on its line (a JSON document?)")
		}
		first = false
		if err != nil {
			w.onErr(fmt.Errorf("%s:%d: %w", src, line, err))
			return nil
		}
		raw.Source = at
		return w.emit(raw)
	})
}

// parseJSONL calls fn for each non-blank line of r with its number and the
// document it holds or what is wrong with it. A line cut short by a read
// error is not parsed: the read error is returned instead.
func parseJSONL(r *bufio.Reader, fn func(line int, raw parallax.Raw, err error) error) error {
	for line := 1; ; line++ {
		b, err := r.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return err
		}
		if line == 1 {
			b = bytes.TrimPrefix(b, utf8BOM)
		}
		if b = bytes.TrimSpace(b); len(b) > 0 {
			raw, perr := jsonRaw(b)
			if ferr := fn(line, raw, perr); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// errCutShort marks a record whose JSON breaks off at the end of its line.
var errCutShort = errors.New("record ends mid-value")

// jsonRaw decodes one JSON Lines record.
func jsonRaw(b []byte) (parallax.Raw, error) {
	var rec jsonRecord
	if err := json.Unmarshal(b, &rec); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) && syn.Offset >= int64(len(b)) {
			err = fmt.Errorf("%w: %w", errCutShort, err)
		}
		return parallax.Raw{}, fmt.Errorf("bad JSON record: %w", err)
	}
	raw := parallax.Raw{
		URL:       rec.URL,
		Title:     rec.Title,
		Published: normDate(rec.Published),
		Charset:   "utf-8",
	}
	switch {
	case rec.HTML != "":
		raw.Kind, raw.Data = parallax.KindHTML, rec.HTML
	case rec.Text != "":
		raw.Kind, raw.Data = parallax.KindText, rec.Text
	default:
		return parallax.Raw{}, errors.New(`JSON record has no "text" or "html"`)
	}
	return raw, nil
}
