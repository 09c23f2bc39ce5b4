package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/storeutil"
)

// PutDocument stores d unless a document with its ID is already stored.
// When another document is stored at the same non-empty URL, d becomes a
// new revision of the latest one there. Every stored document gets a
// revision number, 1 for the first; the Revision and Previous that d
// carries are ignored. When d's id is stored and d comes from a source the
// stored document was not found at, d is recorded as a copy of it (see
// parallax.Copied).
func (s *Store) PutDocument(ctx context.Context, d parallax.Document) (parallax.PutResult, error) {
	if d.ID == "" {
		return parallax.Unchanged, parallax.Errorf(parallax.EInvalid, "put document from %q: empty id", d.Source)
	}
	res, err := s.putDocument(ctx, d)
	if err != nil {
		return parallax.Unchanged, fmt.Errorf("put document %s: %w", d.ID, err)
	}
	return res, nil
}

// putDocument runs in one transaction, which begins IMMEDIATE (see dsn):
// it holds the database's write lock from its first read, so writers in
// other processes wait, and never read what another is about to change.
func (s *Store) putDocument(ctx context.Context, d parallax.Document) (parallax.PutResult, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return parallax.Unchanged, err
	}
	defer tx.Rollback()
	known, err := storeutil.ScanSources(tx.QueryRowContext(ctx, `SELECT `+storeutil.SourcesColumns+` FROM documents WHERE id = ?`, d.ID), d.ID)
	switch {
	case err == nil:
		return putCopy(ctx, tx, d, known)
	case !errors.Is(err, sql.ErrNoRows):
		return parallax.Unchanged, err
	}
	res := parallax.Added
	d.Revision, d.Previous = 1, ""
	if d.URL != "" {
		var prev string
		var rev int
		err := tx.QueryRowContext(ctx, `SELECT id, revision FROM documents
			WHERE url = ? AND url <> '' ORDER BY revision DESC LIMIT 1`, d.URL).Scan(&prev, &rev)
		switch {
		case err == nil:
			res, d.Revision, d.Previous = parallax.Revised, rev+1, prev
		case !errors.Is(err, sql.ErrNoRows):
			return parallax.Unchanged, fmt.Errorf("find revisions of %s: %w", d.URL, err)
		}
	}
	if err := insertDocument(ctx, tx, d, s.now()); err != nil {
		return parallax.Unchanged, err
	}
	return res, tx.Commit()
}

// putCopy records d as a copy of the stored document of its id, whose
// sources are known, when d comes from a source it lacks.
func putCopy(ctx context.Context, tx *sql.Tx, d parallax.Document, known parallax.Document) (parallax.PutResult, error) {
	sources := storeutil.NewSources(known, d)
	if len(sources) == 0 {
		return parallax.Unchanged, nil
	}
	stored, err := storeutil.FindDocument(tx.QueryRowContext(ctx, `SELECT `+storeutil.DocumentColumns+` FROM documents WHERE id = ?`, d.ID), d.ID, sql.ErrNoRows)
	if err != nil {
		return parallax.Unchanged, err
	}
	taken := false
	if stored.URL == "" && d.URL != "" {
		err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM documents WHERE url = ? AND url <> '')`, d.URL).Scan(&taken)
		if err != nil {
			return parallax.Unchanged, fmt.Errorf("find documents at %s: %w", d.URL, err)
		}
	}
	values, err := storeutil.CopyValues(storeutil.Copy(stored, d, sources, taken))
	if err != nil {
		return parallax.Unchanged, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE documents SET (`+storeutil.CopyColumns+`) = (?, ?, ?, ?, ?, ?, ?)
		WHERE id = ?`, append(values, d.ID)...); err != nil {
		return parallax.Unchanged, fmt.Errorf("record copy from %s: %w", d.Source, err)
	}
	return parallax.Copied, tx.Commit()
}

func insertDocument(ctx context.Context, tx *sql.Tx, d parallax.Document, now time.Time) error {
	values, err := storeutil.DocumentValues(d)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO documents (`+storeutil.DocumentColumns+`, seq, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
			(SELECT coalesce(max(seq), 0) + 1 FROM documents), ?)`,
		append(values, d.Revision, d.Previous, now.UTC().Format(time.RFC3339Nano))...)
	return err
}

// Document returns the document with that id, or an error with code
// ENotFound.
func (s *Store) Document(ctx context.Context, id string) (parallax.Document, error) {
	row := s.db.QueryRowContext(ctx, `SELECT `+storeutil.DocumentColumns+` FROM documents WHERE id = ?`, id)
	return storeutil.FindDocument(row, id, sql.ErrNoRows)
}

// Documents calls fn for every stored document, oldest first; it stops at
// the first error fn returns and returns it. It reads a page of documents
// at a time, so memory stays bounded and fn may write to the store.
func (s *Store) Documents(ctx context.Context, fn func(parallax.Document) error) error {
	return storeutil.WalkDocuments(queries(ctx, s.db), `SELECT seq, `+storeutil.DocumentColumns+` FROM documents
		WHERE seq > ? ORDER BY seq LIMIT ?`, fn)
}

// CountDocuments returns how many documents are stored.
func (s *Store) CountDocuments(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM documents`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count documents: %w", err)
	}
	return n, nil
}
