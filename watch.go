package parallax

import (
	"context"
	"time"
)

// WatchSource is a feed or a page that `parallax watch` follows, with what
// the watcher knows of it between runs.
type WatchSource struct {
	URL   string
	Added time.Time
	// ETag and LastModified are the validators of the last full answer,
	// sent back so that an unchanged source answers 304 Not Modified.
	ETag         string
	LastModified string
	LastPoll     time.Time // zero until first polled
	NextPoll     time.Time // when it is next due
	Failures     int       // polls failed in a row, which the backoff grows with
	LastError    string    // why the last poll failed, or ""
}

// States of a WatchItem.
const (
	ItemPending = "pending" // to be fetched, again after a failure
	ItemDone    = "done"    // stored
	ItemFailed  = "failed"  // given up
)

// WatchItem is one item that a watched feed has listed, known by the
// feed's own id for it (its guid or Atom id, else its link).
type WatchItem struct {
	Source    string // the feed's URL
	ID        string
	URL       string // the item's page, or "" when the feed holds all of it
	Title     string // what the feed said of the item
	Outlet    string
	Published string
	Kind      Kind
	Data      string // the item's content in the feed, kept until it is done or failed
	State     string
	Attempts  int       // failed fetches so far
	NextTry   time.Time // when a pending item may be fetched
	LastError string
	Seen      time.Time // when the feed first listed it
}

// WatchKeep is how long an item that a feed no longer lists is
// remembered.
const WatchKeep = 90 * 24 * time.Hour

// WatchStore keeps the sources that `parallax watch` follows and the items
// their feeds have listed, so that a watcher that stops and starts again
// fetches nothing twice and loses nothing.
type WatchStore interface {
	// AddSource adds s unless a source with its URL is stored, and
	// reports whether it did.
	AddSource(ctx context.Context, s WatchSource) (bool, error)
	// RemoveSource deletes the source at url and its items, and reports
	// whether there was one.
	RemoveSource(ctx context.Context, url string) (bool, error)
	// Sources returns every source, by URL.
	Sources(ctx context.Context) ([]WatchSource, error)
	// RecordPoll stores what a poll learnt of s (every field but URL and
	// Added) and, in the same transaction, those of items that are not
	// stored yet for s, by ID; it returns those, with their Source set. A
	// source that is not stored is an error with code ENotFound. When
	// items is not empty, the items of s that are no longer pending, were
	// first seen more than WatchKeep before s.LastPoll and are not among
	// items are forgotten, so that what is kept of a feed stays bounded: a
	// feed lists its latest items, and one it lists again after that is
	// fetched again and found stored.
	RecordPoll(ctx context.Context, s WatchSource, items []WatchItem) ([]WatchItem, error)
	// DueItems returns the pending items whose NextTry is not after now, by
	// source URL and then in the order they were stored.
	DueItems(ctx context.Context, now time.Time) ([]WatchItem, error)
	// UpdateItem stores an item's State, Attempts, NextTry and LastError;
	// an item no longer pending drops its Data. An item that is not stored
	// is an error with code ENotFound.
	UpdateItem(ctx context.Context, it WatchItem) error
}
