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

// PutAnalysis replaces the stored derived facts with a, in one transaction:
// a reader sees the old analysis or the new one, never a mixture. The
// documents in a are not written; PutDocument stores documents.
func (s *Store) PutAnalysis(ctx context.Context, a parallax.Analysis) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("put analysis: %w", err)
	}
	defer tx.Rollback()
	tables := storeutil.Tables(a)
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
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("put analysis: %w", err)
	}
	return nil
}

// insertAll inserts the rows of t with one prepared statement.
func insertAll(ctx context.Context, tx *sql.Tx, t storeutil.Table) error {
	if t.Len == 0 {
		return nil
	}
	marks := strings.Repeat(", ?", len(t.Columns))[2:]
	st, err := tx.PrepareContext(ctx, `INSERT INTO `+t.Name+` (`+strings.Join(t.Columns, ", ")+`) VALUES (`+marks+`)`)
	if err != nil {
		return fmt.Errorf("%s: %w", t.Name, err)
	}
	defer st.Close()
	for i := range t.Len {
		if _, err := st.ExecContext(ctx, t.Row(i)...); err != nil {
			return fmt.Errorf("%s #%d: %w", t.Name, i, err)
		}
	}
	return nil
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
