package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/storeutil"
)

var _ parallax.WatchStore = (*Store)(nil)

// AddSource adds s unless a source with its URL is stored, and reports
// whether it did.
func (s *Store) AddSource(ctx context.Context, src parallax.WatchSource) (bool, error) {
	res, err := s.db.ExecContext(ctx, `INSERT INTO watch_sources (`+storeutil.WatchSourceColumns+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING`, storeutil.WatchSourceValues(src)...)
	if err != nil {
		return false, fmt.Errorf("add source %s: %w", src.URL, err)
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// RemoveSource deletes the source at url and its items, and reports
// whether there was one.
func (s *Store) RemoveSource(ctx context.Context, url string) (bool, error) {
	res, err := s.db.ExecContext(ctx, `DELETE FROM watch_sources WHERE url = ?`, url)
	if err != nil {
		return false, fmt.Errorf("remove source %s: %w", url, err)
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// Sources returns every source, by URL.
func (s *Store) Sources(ctx context.Context) ([]parallax.WatchSource, error) {
	var out []parallax.WatchSource
	err := queries(ctx, s.db)(`SELECT `+storeutil.WatchSourceColumns+` FROM watch_sources ORDER BY url`, nil, func(r storeutil.Row) error {
		src, err := storeutil.ScanWatchSource(r)
		out = append(out, src)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read sources: %w", err)
	}
	return out, nil
}

// RecordPoll stores what a poll learnt of src and the items it found that
// are not stored yet, in one transaction, and returns those.
func (s *Store) RecordPoll(ctx context.Context, src parallax.WatchSource, items []parallax.WatchItem) ([]parallax.WatchItem, error) {
	added, err := s.recordPoll(ctx, src, items)
	if err != nil {
		return nil, fmt.Errorf("record poll of %s: %w", src.URL, err)
	}
	return added, nil
}

func (s *Store) recordPoll(ctx context.Context, src parallax.WatchSource, items []parallax.WatchItem) ([]parallax.WatchItem, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE watch_sources SET etag = ?, last_modified = ?, last_poll = ?, next_poll = ?,
		failures = ?, last_error = ? WHERE url = ?`, append(storeutil.WatchSourceValues(src)[2:], src.URL)...)
	if err != nil {
		return nil, err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		if err == nil {
			err = parallax.Errorf(parallax.ENotFound, "no source %s", src.URL)
		}
		return nil, err
	}
	if err := forget(ctx, tx, src, items); err != nil {
		return nil, err
	}
	var added []parallax.WatchItem
	for _, it := range items {
		it.Source = src.URL
		res, err := tx.ExecContext(ctx, `INSERT INTO watch_items (`+storeutil.WatchItemColumns+`)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, id) DO NOTHING`, storeutil.WatchItemValues(it)...)
		if err != nil {
			return nil, fmt.Errorf("item %s: %w", it.ID, err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return nil, err
		} else if n > 0 {
			added = append(added, it)
		}
	}
	return added, tx.Commit()
}

// DueItems returns the pending items whose NextTry is not after now, by
// source URL and then in the order they were stored.
func (s *Store) DueItems(ctx context.Context, now time.Time) ([]parallax.WatchItem, error) {
	var out []parallax.WatchItem
	err := queries(ctx, s.db)(`SELECT `+storeutil.WatchItemColumns+` FROM watch_items
		WHERE state = ? AND next_try <= ? ORDER BY source, rowid`, []any{parallax.ItemPending, storeutil.WatchMillis(now)},
		func(r storeutil.Row) error {
			it, err := storeutil.ScanWatchItem(r)
			out = append(out, it)
			return err
		})
	if err != nil {
		return nil, fmt.Errorf("read due items: %w", err)
	}
	return out, nil
}

// UpdateItem stores an item's State, Attempts, NextTry and LastError; an
// item no longer pending drops its Data.
func (s *Store) UpdateItem(ctx context.Context, it parallax.WatchItem) error {
	res, err := s.db.ExecContext(ctx, `UPDATE watch_items SET state = ?, attempts = ?, next_try = ?, last_error = ?,
		data = CASE WHEN ? THEN data ELSE '' END WHERE source = ? AND id = ?`,
		it.State, it.Attempts, storeutil.WatchMillis(it.NextTry), it.LastError, it.State == parallax.ItemPending, it.Source, it.ID)
	if err == nil {
		var n int64
		if n, err = res.RowsAffected(); err == nil && n == 0 {
			err = parallax.Errorf(parallax.ENotFound, "no item %q of %s", it.ID, it.Source)
		}
	}
	if err != nil {
		return fmt.Errorf("update item %s of %s: %w", it.ID, it.Source, err)
	}
	return nil
}

// forget deletes the items of src that a poll listing items lets it
// forget.
func forget(ctx context.Context, tx *sql.Tx, src parallax.WatchSource, items []parallax.WatchItem) error {
	gone, err := storeutil.WatchForgotten(queries(ctx, tx), `SELECT id FROM watch_items WHERE source = ? AND state <> ? AND seen_at < ?`, src, items)
	if err != nil {
		return err
	}
	for _, id := range gone {
		if _, err := tx.ExecContext(ctx, `DELETE FROM watch_items WHERE source = ? AND id = ?`, src.URL, id); err != nil {
			return fmt.Errorf("forget item %s: %w", id, err)
		}
	}
	return nil
}
