// Package ingest reads what users have — folders, plain text, HTML, gzip,
// RSS and Atom feeds, WARC archives, JSON Lines, standard input — and turns
// each document in it into a parallax.Raw, decoded to UTF-8.
//
// Inputs are recognised by content as well as by name. Items inside a
// container (feed items, WARC records, JSON lines) get the source
// "path#n": the item's position in a feed, the record's position in a WARC
// file, the line number in a JSON Lines file.
package ingest

import (
	"context"
	"errors"
	"io"

	"github.com/parallax-news/parallax"
)

//go:generate go run ./internal/gen -mixed ../testdata/mixed -bad testdata/bad

// Options tunes Walk.
type Options struct {
	// MaxSize is the largest input file read, in bytes; larger files are
	// reported as errors. It bounds decompressed gzip data and standard
	// input as well. Zero means DefaultMaxSize.
	MaxSize int64
	// ContentType is the Content-Type a transport gave the input (an HTTP
	// answer's): its charset is read before the input's own declaration.
	ContentType string
}

// DefaultMaxSize bounds a single input file.
const DefaultMaxSize = 64 << 20

// Walk reads every document found under paths ("-" is standard input) and
// calls fn for each, in order. A path that cannot be read is reported to
// onErr with its name, and the walk goes on. Walk returns the first error fn
// returns, or ctx's error.
//
// Folders are read recursively in sorted order; files and folders whose
// names start with a dot are skipped inside folders. Symbolic links are
// followed, and a link back to a folder being read is reported as a loop.
func Walk(ctx context.Context, paths []string, opt Options, fn func(parallax.Raw) error, onErr func(error)) error {
	w := newWalker(ctx, opt, fn, onErr)
	for _, p := range paths {
		if err := w.path(p, true); err != nil {
			return unstop(err)
		}
	}
	return nil
}

// Read reads the documents in one stream, as Walk reads a file: name is
// the file name its format is recognised by, with its content, and the
// Source of what it holds. A problem with the stream is reported to onErr;
// Read returns the first error fn returns, or ctx's error.
func Read(ctx context.Context, name string, r io.Reader, opt Options, fn func(parallax.Raw) error, onErr func(error)) error {
	w := newWalker(ctx, opt, fn, onErr)
	return unstop(w.report(name, w.guard(func() error {
		return w.read(name, name, w.capped(r, name), 0)
	})))
}

func newWalker(ctx context.Context, opt Options, fn func(parallax.Raw) error, onErr func(error)) *walker {
	if opt.MaxSize <= 0 {
		opt.MaxSize = DefaultMaxSize
	}
	if onErr == nil {
		onErr = func(error) {}
	}
	return &walker{ctx: ctx, opt: opt, fn: fn, onErr: onErr, active: map[string]bool{}, visited: map[string]bool{}}
}

// unstop returns the error a stop carries.
func unstop(err error) error {
	var s stop
	if errors.As(err, &s) {
		return s.err
	}
	return err
}

// stop carries an error that ends the walk: one returned by fn or the
// context's, as opposed to a problem with one input.
type stop struct{ err error }

func (s stop) Error() string { return s.err.Error() }
func (s stop) Unwrap() error { return s.err }
