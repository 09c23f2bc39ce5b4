package storeutil

import (
	"fmt"
	"time"

	"github.com/parallax-news/parallax"
)

// WatchSourceColumns are the columns of watch_sources, in the order of
// WatchSourceValues and ScanWatchSource.
const WatchSourceColumns = `url, added_at, etag, last_modified, last_poll, next_poll, failures, last_error`

// WatchSourceValues returns s's values for WatchSourceColumns.
func WatchSourceValues(s parallax.WatchSource) []any {
	return []any{s.URL, WatchMillis(s.Added), s.ETag, s.LastModified, WatchMillis(s.LastPoll), WatchMillis(s.NextPoll), s.Failures, s.LastError}
}

// ScanWatchSource reads a row of WatchSourceColumns.
func ScanWatchSource(r Row) (parallax.WatchSource, error) {
	var s parallax.WatchSource
	var added, last, next int64
	err := r.Scan(&s.URL, &added, &s.ETag, &s.LastModified, &last, &next, &s.Failures, &s.LastError)
	s.Added, s.LastPoll, s.NextPoll = fromMillis(added), fromMillis(last), fromMillis(next)
	return s, err
}

// WatchItemColumns are the columns of watch_items, in the order of
// WatchItemValues and ScanWatchItem.
const WatchItemColumns = `source, id, url, title, outlet, published, kind, data, state, attempts, next_try, last_error, seen_at`

// WatchItemValues returns it's values for WatchItemColumns.
func WatchItemValues(it parallax.WatchItem) []any {
	return []any{it.Source, it.ID, it.URL, it.Title, it.Outlet, it.Published, string(it.Kind), it.Data, it.State,
		it.Attempts, WatchMillis(it.NextTry), it.LastError, WatchMillis(it.Seen)}
}

// ScanWatchItem reads a row of WatchItemColumns.
func ScanWatchItem(r Row) (parallax.WatchItem, error) {
	var it parallax.WatchItem
	var kind string
	var next, seen int64
	err := r.Scan(&it.Source, &it.ID, &it.URL, &it.Title, &it.Outlet, &it.Published, &kind, &it.Data, &it.State,
		&it.Attempts, &next, &it.LastError, &seen)
	it.Kind, it.NextTry, it.Seen = parallax.Kind(kind), fromMillis(next), fromMillis(seen)
	return it, err
}

// WatchMillis is how a time is stored in the watch tables: Unix
// milliseconds, 0 for the zero time, so both stores compare them alike.
func WatchMillis(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

func fromMillis(ms int64) time.Time {
	if ms == 0 {
		return time.Time{}
	}
	return time.UnixMilli(ms).UTC()
}

// WatchForgotten returns the ids of the items of src that a poll that
// listed items lets a store forget (see parallax.WatchStore.RecordPoll):
// none when items is empty. query selects the ids of src's items with a
// state other than its second parameter, first seen before its third, for
// the source its first parameter names.
func WatchForgotten(q QueryFunc, query string, src parallax.WatchSource, items []parallax.WatchItem) ([]string, error) {
	if len(items) == 0 {
		return nil, nil
	}
	listed := make(map[string]bool, len(items))
	for _, it := range items {
		listed[it.ID] = true
	}
	var gone []string
	err := q(query, []any{src.URL, parallax.ItemPending, WatchMillis(src.LastPoll.Add(-parallax.WatchKeep))}, func(r Row) error {
		var id string
		if err := r.Scan(&id); err != nil {
			return err
		}
		if !listed[id] {
			gone = append(gone, id)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("find items to forget: %w", err)
	}
	return gone, nil
}
