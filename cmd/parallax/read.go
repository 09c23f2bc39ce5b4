package main

import (
	"context"
	"fmt"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/extract"
	"github.com/parallax-news/parallax/ingest"
	"github.com/parallax-news/parallax/internal/parallel"
	"github.com/parallax-news/parallax/report"
)

// reader walks the input paths, extracts each document and hands it on. It
// reports each unreadable input in one line on stderr and counts what it saw.
type reader struct {
	env   env
	meter *meter
	read  int // documents extracted
	bad   int // inputs or documents that failed
}

func newReader(e env, m *meter) *reader { return &reader{env: e, meter: m} }

// each extracts every document under paths and calls fn for it, in the
// order the walk finds them; extraction runs on every core. It returns an
// error only when fn fails, the walk is cancelled, or nothing at all could
// be read while something failed.
func (r *reader) each(ctx context.Context, paths []string, fn func(parallax.Document) error) error {
	type extracted struct {
		d    parallax.Document
		err  error
		size int // of the decoded input
	}
	total := float64(inputBytes(paths))
	var done float64
	r.meter.Stage("reading")
	pool := parallel.NewOrdered(0, func(raw parallax.Raw) extracted {
		d, err := extract.Extract(raw)
		if err != nil {
			err = fmt.Errorf("%s: extract: %w", raw.Source, err)
		}
		return extracted{d, err, len(raw.Data)}
	}, func(x extracted) error {
		// Decoded text is about as long as the file it came from; a
		// compressed file's is longer, and the share stops short of 1.
		done += float64(x.size)
		if x.err != nil {
			r.fail(x.err)
			return nil
		}
		r.read++
		share := -1.0
		if total > 0 {
			share = done / total
		}
		r.meter.Count(fmt.Sprintf("%s read, %s", report.Count(r.read, "document", "documents"), report.Count(r.bad, "error", "errors")), share)
		return fn(x.d)
	})
	err := ingest.Walk(ctx, paths, ingest.Options{}, pool.Put, r.fail)
	if cerr := pool.Close(); err == nil {
		err = cerr
	}
	r.meter.Clear()
	if err != nil {
		return err
	}
	if r.read == 0 && r.bad > 0 {
		return fmt.Errorf("no document could be read: %s failed", report.Count(r.bad, "input", "inputs"))
	}
	return nil
}

// fail reports one input that could not be read or analysed, on a line of
// its own, and counts it.
func (r *reader) fail(err error) {
	r.bad++
	r.meter.Clear()
	fmt.Fprintf(r.env.Stderr, "parallax: %v\n", err)
}
