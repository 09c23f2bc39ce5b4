package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/storeutil"
)

var _ parallax.WatchStore = (*Store)(nil)

// AddSource adds s unless a source with its URL is stored, and reports
// whether it did.
func (s *Store) AddSource(ctx context.Context, src parallax.WatchSource) (bool, error) {
	tag, err := s.pool.Exec(ctx, `INSERT INTO watch_sources (`+storeutil.WatchSourceColumns+`)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (url) DO NOTHING`, storeutil.WatchSourceValues(src)...)
	if err != nil {
		return false, fmt.Errorf("add source %s: %w", src.URL, err)
	}
	return tag.RowsAffected() > 0, nil
}

// RemoveSource deletes the source at url and its items, and reports
// whether there was one.
func (s *Store) RemoveSource(ctx context.Context, url string) (bool, error) {
	tag, err := s.pool.Exec(ctx, `DELETE FROM watch_sources WHERE url = $1`, url)
	if err != nil {
		return false, fmt.Errorf("remove source %s: %w", url, err)
	}
	return tag.RowsAffected() > 0, nil
}

// Sources returns every source, by URL.
func (s *Store) Sources(ctx context.Context) ([]parallax.WatchSource, error) {
	var out []parallax.WatchSource
	err := queries(ctx, s.pool)(`SELECT `+storeutil.WatchSourceColumns+` FROM watch_sources ORDER BY url COLLATE "C"`, nil,
		func(r storeutil.Row) error {
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
	var added []parallax.WatchItem
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE watch_sources SET etag = $1, last_modified = $2, last_poll = $3, next_poll = $4,
			failures = $5, last_error = $6 WHERE url = $7`, append(storeutil.WatchSourceValues(src)[2:], src.URL)...)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return parallax.Errorf(parallax.ENotFound, "no source %s", src.URL)
		}
		if err := forget(ctx, tx, src, items); err != nil {
			return err
		}
		for _, it := range items {
			it.Source = src.URL
			tag, err := tx.Exec(ctx, `INSERT INTO watch_items (`+storeutil.WatchItemColumns+`)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (source, id) DO NOTHING`,
				storeutil.WatchItemValues(it)...)
			if err != nil {
				return fmt.Errorf("item %s: %w", it.ID, err)
			}
			if tag.RowsAffected() > 0 {
				added = append(added, it)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("record poll of %s: %w", src.URL, err)
	}
	return added, nil
}

// DueItems returns the pending items whose NextTry is not after now, by
// source URL and then in the order they were stored.
func (s *Store) DueItems(ctx context.Context, now time.Time) ([]parallax.WatchItem, error) {
	var out []parallax.WatchItem
	err := queries(ctx, s.pool)(`SELECT `+storeutil.WatchItemColumns+` FROM watch_items
		WHERE state = $1 AND next_try <= $2 ORDER BY source COLLATE "C", seq`, []any{parallax.ItemPending, storeutil.WatchMillis(now)},
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
	tag, err := s.pool.Exec(ctx, `UPDATE watch_items SET state = $1, attempts = $2, next_try = $3, last_error = $4,
		data = CASE WHEN $5 THEN data ELSE '' END WHERE source = $6 AND id = $7`,
		it.State, it.Attempts, storeutil.WatchMillis(it.NextTry), it.LastError, it.State == parallax.ItemPending, it.Source, it.ID)
	if err == nil && tag.RowsAffected() == 0 {
		err = parallax.Errorf(parallax.ENotFound, "no item %q of %s", it.ID, it.Source)
	}
	if err != nil {
		return fmt.Errorf("update item %s of %s: %w", it.ID, it.Source, err)
	}
	return nil
}

// forget deletes the items of src that a poll listing items lets it
// forget.
func forget(ctx context.Context, tx pgx.Tx, src parallax.WatchSource, items []parallax.WatchItem) error {
	gone, err := storeutil.WatchForgotten(queries(ctx, tx), `SELECT id FROM watch_items WHERE source = $1 AND state <> $2 AND seen_at < $3`, src, items)
	if err != nil || len(gone) == 0 {
		return err
	}
	if _, err := tx.Exec(ctx, `DELETE FROM watch_items WHERE source = $1 AND id = ANY($2)`, src.URL, gone); err != nil {
		return fmt.Errorf("forget items: %w", err)
	}
	return nil
}
