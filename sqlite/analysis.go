package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/storeutil"
)

// PutAnalysis replaces the stored derived facts with a, and the story
// pages with pages, in one transaction:
// a reader sees the old analysis or the new one, never a mixture. The
// documents in a are not written; PutDocument stores documents.
func (s *Store) PutAnalysis(ctx context.Context, a parallax.Analysis, pages ...parallax.StoryPage) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("put analysis: %w", err)
	}
	defer tx.Rollback()
	tables := storeutil.Tables(a, pages)
	// Children first, so the deletes respect the foreign keys.
	for _, t := range slices.Backward(tables) {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t.Name); err != nil {
			return fmt.Errorf("put analysis: clear %s: %w", t.Name, err)
		}
	}
	for _, t := range tables {
		if err := insertAll(ctx, tx, t); err != nil {
			return fmt.Errorf("put analysis: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE analysis_stamp SET stamp = stamp + 1 WHERE id = 1`); err != nil {
		return fmt.Errorf("put analysis: stamp: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("put analysis: %w", err)
	}
	return nil
}

// batchValues bounds the values of one INSERT: rows go in batches, one
// statement for many rows, since each statement executed costs far more
// than a row added to it.
const batchValues = 900

// insertAll inserts the rows of t in batches of rows, each batch one
// execution of a prepared statement.
func insertAll(ctx context.Context, tx *sql.Tx, t storeutil.Table) error {
	per := max(1, batchValues/len(t.Columns))
	var st *sql.Stmt
	stRows := 0
	defer func() {
		if st != nil {
			st.Close()
		}
	}()
	for from := 0; from < t.Len; from += per {
		n := min(per, t.Len-from)
		if n != stRows {
			if st != nil {
				st.Close()
			}
			var err error
			if st, err = tx.PrepareContext(ctx, insertRows(t, n)); err != nil {
				return fmt.Errorf("%s: %w", t.Name, err)
			}
			stRows = n
		}
		args := make([]any, 0, n*len(t.Columns))
		for i := from; i < from+n; i++ {
			args = append(args, t.Row(i)...)
		}
		if _, err := st.ExecContext(ctx, args...); err != nil {
			return fmt.Errorf("%s rows %d to %d: %w", t.Name, from, from+n-1, err)
		}
	}
	return nil
}

// insertRows is an INSERT of n rows into t.
func insertRows(t storeutil.Table, n int) string {
	row := "(" + strings.Repeat(", ?", len(t.Columns))[2:] + ")"
	return `INSERT INTO ` + t.Name + ` (` + strings.Join(t.Columns, ", ") + `) VALUES ` + strings.Repeat(", "+row, n)[2:]
}

// Analysis returns the derived facts last stored by PutAnalysis, each list
// in the order it was stored, read in one snapshot. Documents is left empty:
// Documents streams them. Lists with nothing stored are empty, not nil.
func (s *Store) Analysis(ctx context.Context) (parallax.Analysis, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return parallax.Analysis{}, fmt.Errorf("get analysis: %w", err)
	}
	defer tx.Rollback()
	a, err := storeutil.ReadAnalysis(queries(ctx, tx))
	if err != nil {
		return parallax.Analysis{}, fmt.Errorf("get analysis: %w", err)
	}
	return a, nil
}

// AnalysisStamp returns a number that changes each time PutAnalysis
// stores an analysis, in this process or another.
func (s *Store) AnalysisStamp(ctx context.Context) (int64, error) {
	var n int64
	if err := s.db.QueryRowContext(ctx, `SELECT stamp FROM analysis_stamp WHERE id = 1`).Scan(&n); err != nil {
		return 0, fmt.Errorf("analysis stamp: %w", err)
	}
	return n, nil
}

// StoryPage returns the page of the story with that id stored with the
// analysis.
func (s *Store) StoryPage(ctx context.Context, id string) (parallax.StoryPage, error) {
	return storeutil.StoryPage(queries(ctx, s.db), `SELECT page FROM story_pages WHERE story = ?`, id)
}

// StorySummaries calls fn with the story and summary of every story page
// stored with the analysis, in the order stored.
func (s *Store) StorySummaries(ctx context.Context, fn func(parallax.StoryPage) error) error {
	return storeutil.StorySummaries(queries(ctx, s.db), `SELECT story, summary FROM story_pages ORDER BY pos`, fn)
}
