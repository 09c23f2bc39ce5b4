package main

import (
	"context"
	"fmt"
	"time"

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
	quiet bool
	read  int // documents extracted
	bad   int // inputs or documents that failed
	last  time.Time
}

// each extracts every document under paths and calls fn for it, in the
// order the walk finds them; extraction runs on every core. It returns an
// error only when fn fails, the walk is cancelled, or nothing at all could
// be read while something failed.
func (r *reader) each(ctx context.Context, paths []string, fn func(parallax.Document) error) error {
	type extracted struct {
		d   parallax.Document
		err error
	}
	pool := parallel.NewOrdered(0, func(raw parallax.Raw) extracted {
		d, err := extract.Extract(raw)
		if err != nil {
			err = fmt.Errorf("%s: extract: %w", raw.Source, err)
		}
		return extracted{d, err}
	}, func(x extracted) error {
		if x.err != nil {
			r.fail(x.err)
			return nil
		}
		r.read++
		r.progress()
		return fn(x.d)
	})
	err := ingest.Walk(ctx, paths, ingest.Options{}, pool.Put, r.fail)
	if cerr := pool.Close(); err == nil {
		err = cerr
	}
	r.clearProgress()
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
	r.clearProgress()
	fmt.Fprintf(r.env.Stderr, "parallax: %v\n", err)
}

// progress redraws a one-line counter on an interactive terminal, at most
// ten times a second.
func (r *reader) progress() {
	if r.quiet || !r.env.Terminal || time.Since(r.last) < 100*time.Millisecond {
		return
	}
	r.last = time.Now()
	fmt.Fprintf(r.env.Stderr, "\r%d documents read, %d errors", r.read, r.bad)
}

func (r *reader) clearProgress() {
	if r.quiet || !r.env.Terminal || r.last.IsZero() {
		return
	}
	fmt.Fprint(r.env.Stderr, "\r\033[K")
	r.last = time.Time{}
}
