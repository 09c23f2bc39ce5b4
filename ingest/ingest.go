// Package ingest reads what users have — folders, plain text, HTML, gzip,
// RSS and Atom feeds, WARC archives, JSON Lines, standard input — and turns
// each document in it into a parallax.Raw, decoded to UTF-8.
package ingest

import (
	"context"

	"github.com/parallax-news/parallax"
)

// Options tunes Walk.
type Options struct {
	// MaxSize is the largest input file read, in bytes; larger files are
	// reported as errors. Zero means DefaultMaxSize.
	MaxSize int64
}

// DefaultMaxSize bounds a single input file.
const DefaultMaxSize = 64 << 20

// Walk reads every document found under paths ("-" is standard input) and
// calls fn for each, in order. A path that cannot be read is reported to
// onErr with its name, and the walk goes on. Walk returns the first error fn
// returns, or ctx's error.
func Walk(ctx context.Context, paths []string, opt Options, fn func(parallax.Raw) error, onErr func(error)) error {
	return nil // TODO(ingest)
}
