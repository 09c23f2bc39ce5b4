package postgres

import (
	"context"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/storeutil"
)

// PutAnalysis replaces the stored derived facts with a, and the story
// pages with pages, in one transaction:
// a reader sees the old analysis or the new one, never a mixture. Rows are
// written with COPY, one round trip a table. The documents in a are not
// written; PutDocument stores documents.
func (s *Store) PutAnalysis(ctx context.Context, a parallax.Analysis, pages ...parallax.StoryPage) error {
	tables := storeutil.Tables(a, pages)
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		// Children first, so the deletes respect the foreign keys; DELETE
		// rather than TRUNCATE: TRUNCATE would lock readers out until the
		// commit, where DELETE lets them read the old analysis.
		for _, t := range slices.Backward(tables) {
			if _, err := tx.Exec(ctx, `DELETE FROM `+t.Name); err != nil {
				return fmt.Errorf("clear %s: %w", t.Name, err)
			}
		}
		for _, t := range tables {
			if t.Len == 0 {
				continue
			}
			rows := pgx.CopyFromSlice(t.Len, func(i int) ([]any, error) { return t.Row(i), nil })
			if _, err := tx.CopyFrom(ctx, pgx.Identifier{t.Name}, t.Columns, rows); err != nil {
				return fmt.Errorf("write %s: %w", t.Name, err)
			}
		}
		if _, err := tx.Exec(ctx, `UPDATE analysis_stamp SET stamp = stamp + 1 WHERE id = 1`); err != nil {
			return fmt.Errorf("stamp: %w", err)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("put analysis: %w", err)
	}
	return nil
}

// Analysis returns the derived facts last stored by PutAnalysis, each list
// in the order it was stored, read in one snapshot. Documents is left empty:
// Documents streams them. Lists with nothing stored are empty, not nil.
func (s *Store) Analysis(ctx context.Context) (parallax.Analysis, error) {
	var a parallax.Analysis
	snapshot := pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}
	err := pgx.BeginTxFunc(ctx, s.pool, snapshot, func(tx pgx.Tx) error {
		var err error
		a, err = storeutil.ReadAnalysis(queries(ctx, tx))
		return err
	})
	if err != nil {
		return parallax.Analysis{}, fmt.Errorf("get analysis: %w", err)
	}
	return a, nil
}

// AnalysisStamp returns a number that changes each time PutAnalysis
// stores an analysis, in this process or another.
func (s *Store) AnalysisStamp(ctx context.Context) (int64, error) {
	var n int64
	if err := s.pool.QueryRow(ctx, `SELECT stamp FROM analysis_stamp WHERE id = 1`).Scan(&n); err != nil {
		return 0, fmt.Errorf("analysis stamp: %w", err)
	}
	return n, nil
}

// StoryPage returns the page of the story with that id stored with the
// analysis.
func (s *Store) StoryPage(ctx context.Context, id string) (parallax.StoryPage, error) {
	return storeutil.StoryPage(queries(ctx, s.pool), `SELECT page FROM story_pages WHERE story = $1`, id)
}

// StorySummaries calls fn with the story and summary of every story page
// stored with the analysis, in the order stored.
func (s *Store) StorySummaries(ctx context.Context, fn func(parallax.StoryPage) error) error {
	return storeutil.StorySummaries(queries(ctx, s.pool), `SELECT story, summary FROM story_pages ORDER BY pos`, fn)
}
