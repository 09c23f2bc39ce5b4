package sqlite

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/storeutil"
)

// PutAnalysis replaces the stored derived facts with a, and the story
// pages with pages, in one transaction:
// a reader sees the old analysis or the new one, never a mixture. The
// documents in a are not written; PutDocument stores documents. A table
// whose rows fall in groups (storeutil.Table.Group) keeps the stored rows
// of each group that is unchanged, which a digest of each says, and
// rewrites the others: most entities' mentions stay as they were when
// documents are added.
func (s *Store) PutAnalysis(ctx context.Context, a parallax.Analysis, pages ...parallax.StoryPage) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("put analysis: %w", err)
	}
	defer tx.Rollback()
	// The digests hold only for the analysis stored with them: another
	// build may have stored one since, without them.
	var stamp, digested int64
	if err := tx.QueryRowContext(ctx, `SELECT stamp, digests FROM analysis_stamp WHERE id = 1`).Scan(&stamp, &digested); err != nil {
		return fmt.Errorf("put analysis: stamp: %w", err)
	}
	tables := storeutil.Tables(a, pages)
	// Children first, so the deletes respect the foreign keys.
	for _, t := range slices.Backward(tables) {
		if t.Group != "" && stamp == digested {
			continue
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t.Name); err != nil {
			return fmt.Errorf("put analysis: clear %s: %w", t.Name, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM group_digests WHERE tbl = ?`, t.Name); err != nil {
			return fmt.Errorf("put analysis: clear %s: %w", t.Name, err)
		}
	}
	for _, t := range tables {
		if t.Group != "" {
			if t, err = changedGroups(ctx, tx, t); err != nil {
				return fmt.Errorf("put analysis: %w", err)
			}
		}
		if err := insertAll(ctx, tx, t); err != nil {
			return fmt.Errorf("put analysis: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE analysis_stamp SET stamp = stamp + 1, digests = stamp + 1 WHERE id = 1`); err != nil {
		return fmt.Errorf("put analysis: stamp: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("put analysis: %w", err)
	}
	return nil
}

// changedGroups deletes the stored rows of t's groups that changed or are
// gone, with their digests, records the digests of the groups that
// changed or are new, and returns the rows of those groups: what is left
// to insert.
func changedGroups(ctx context.Context, tx *sql.Tx, t storeutil.Table) (storeutil.Table, error) {
	col := slices.Index(t.Columns, t.Group)
	rows := map[string][]int{} // group → its rows
	var groups []string        // in the order of their first row
	for i := range t.Len {
		g := t.Row(i)[col].(string)
		if _, ok := rows[g]; !ok {
			groups = append(groups, g)
		}
		rows[g] = append(rows[g], i)
	}
	stored := map[string][]byte{}
	err := queries(ctx, tx)(`SELECT grp, digest FROM group_digests WHERE tbl = ?`, []any{t.Name}, func(r storeutil.Row) error {
		var g string
		var d []byte
		if err := r.Scan(&g, &d); err != nil {
			return err
		}
		stored[g] = d
		return nil
	})
	if err != nil {
		return t, fmt.Errorf("%s: digests: %w", t.Name, err)
	}
	var keep []int     // rows to insert
	var fresh []any    // groups to record: name, digest, name, digest…
	var stale []string // stored groups that changed or are gone
	for _, g := range groups {
		d := digest(t, rows[g])
		old, ok := stored[g]
		delete(stored, g)
		if ok && bytes.Equal(old, d) {
			continue
		}
		if ok {
			stale = append(stale, g)
		}
		keep = append(keep, rows[g]...)
		fresh = append(fresh, g, d)
	}
	for g := range stored {
		stale = append(stale, g)
	}
	slices.Sort(stale)
	if err := deleteGroups(ctx, tx, t, stale); err != nil {
		return t, err
	}
	digests := storeutil.Table{Name: "group_digests", Columns: []string{"tbl", "grp", "digest"}, Len: len(fresh) / 2,
		Row: func(i int) []any { return []any{t.Name, fresh[2*i], fresh[2*i+1]} }}
	if err := insertAll(ctx, tx, digests); err != nil {
		return t, err
	}
	return storeutil.Table{Name: t.Name, Columns: t.Columns, Len: len(keep), Row: func(i int) []any { return t.Row(keep[i]) }}, nil
}

// deleteGroups deletes the rows and the digests of t's groups named.
func deleteGroups(ctx context.Context, tx *sql.Tx, t storeutil.Table, groups []string) error {
	rows, err := tx.PrepareContext(ctx, `DELETE FROM `+t.Name+` WHERE `+t.Group+` = ?`)
	if err != nil {
		return fmt.Errorf("%s: %w", t.Name, err)
	}
	defer rows.Close()
	digests, err := tx.PrepareContext(ctx, `DELETE FROM group_digests WHERE tbl = ? AND grp = ?`)
	if err != nil {
		return fmt.Errorf("%s: %w", t.Name, err)
	}
	defer digests.Close()
	for _, g := range groups {
		if _, err := rows.ExecContext(ctx, g); err != nil {
			return fmt.Errorf("%s: delete group %q: %w", t.Name, g, err)
		}
		if _, err := digests.ExecContext(ctx, t.Name, g); err != nil {
			return fmt.Errorf("%s: delete the digest of group %q: %w", t.Name, g, err)
		}
	}
	return nil
}

// digest hashes the values of rows of t, each written so that no two
// lists of values write the same bytes.
func digest(t storeutil.Table, rows []int) []byte {
	h := sha256.New()
	var b []byte
	for _, i := range rows {
		b = b[:0]
		for _, v := range t.Row(i) {
			switch v := v.(type) {
			case string:
				b = binary.AppendUvarint(append(b, 's'), uint64(len(v)))
				b = append(b, v...)
			case int:
				b = binary.AppendVarint(append(b, 'i'), int64(v))
			default:
				b = fmt.Appendf(b, "%T %#v\x00", v, v)
			}
		}
		h.Write(b)
	}
	return h.Sum(nil)
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
