package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/parallax-news/parallax"
)

// pageSize is how many documents Documents reads per query: enough to make
// the round trips cheap, few enough to bound memory and to hold no read
// transaction open while fn runs.
const pageSize = 100

const documentColumns = `id, source, url, title, outlet, author, published, published_basis,
	lang, body, revision, previous, comments, captions, furniture, foreign_spans`

// PutDocument stores d unless a document with its ID is already stored.
// When another document is stored at the same non-empty URL, d becomes a
// new revision of the latest one there. Every stored document gets a
// revision number, 1 for the first; the Revision and Previous that d
// carries are ignored.
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

func (s *Store) putDocument(ctx context.Context, d parallax.Document) (parallax.PutResult, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return parallax.Unchanged, err
	}
	defer tx.Rollback()
	var one int
	err = tx.QueryRowContext(ctx, `SELECT 1 FROM documents WHERE id = ?`, d.ID).Scan(&one)
	if err == nil {
		return parallax.Unchanged, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
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

func insertDocument(ctx context.Context, tx *sql.Tx, d parallax.Document, now time.Time) error {
	comments, err := json.Marshal(d.Comments)
	if err != nil {
		return fmt.Errorf("encode comments: %w", err)
	}
	captions, err := json.Marshal(d.Captions)
	if err != nil {
		return fmt.Errorf("encode captions: %w", err)
	}
	furniture, err := json.Marshal(d.Furniture)
	if err != nil {
		return fmt.Errorf("encode furniture: %w", err)
	}
	foreign, err := json.Marshal(d.Foreign)
	if err != nil {
		return fmt.Errorf("encode foreign spans: %w", err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO documents (`+documentColumns+`, seq, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
			(SELECT coalesce(max(seq), 0) + 1 FROM documents), ?)`,
		d.ID, d.Source, d.URL, d.Title, d.Outlet, d.Author, d.Published, d.PublishedBasis,
		d.Lang, d.Body, d.Revision, d.Previous, string(comments), string(captions), string(furniture), string(foreign),
		now.UTC().Format(time.RFC3339Nano))
	return err
}

// Document returns the document with that id, or an error with code
// ENotFound.
func (s *Store) Document(ctx context.Context, id string) (parallax.Document, error) {
	row := s.db.QueryRowContext(ctx, `SELECT `+documentColumns+` FROM documents WHERE id = ?`, id)
	d, err := scanDocument(row)
	if errors.Is(err, sql.ErrNoRows) {
		return parallax.Document{}, parallax.Errorf(parallax.ENotFound, "document %s not found", id)
	}
	if err != nil {
		return parallax.Document{}, fmt.Errorf("get document %s: %w", id, err)
	}
	return d, nil
}

// Documents calls fn for every stored document, oldest first; it stops at
// the first error fn returns and returns it. It reads a page of documents
// at a time, so memory stays bounded and fn may write to the store.
func (s *Store) Documents(ctx context.Context, fn func(parallax.Document) error) error {
	var after int64
	for {
		page, last, err := s.documentPage(ctx, after)
		if err != nil {
			return fmt.Errorf("list documents after #%d: %w", after, err)
		}
		for _, d := range page {
			if err := fn(d); err != nil {
				return err
			}
		}
		if len(page) < pageSize {
			return nil
		}
		after = last
	}
}

// documentPage returns up to pageSize documents stored after seq, and the
// seq of the last one.
func (s *Store) documentPage(ctx context.Context, seq int64) ([]parallax.Document, int64, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT seq, `+documentColumns+` FROM documents
		WHERE seq > ? ORDER BY seq LIMIT ?`, seq, pageSize)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	var page []parallax.Document
	for rows.Next() {
		d, err := scanDocument(rows, &seq)
		if err != nil {
			return nil, 0, err
		}
		page = append(page, d)
	}
	return page, seq, rows.Err()
}

// CountDocuments returns how many documents are stored.
func (s *Store) CountDocuments(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM documents`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count documents: %w", err)
	}
	return n, nil
}

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

// scanDocument reads one row of documentColumns, after the leading columns
// given in lead.
func scanDocument(row scanner, lead ...any) (parallax.Document, error) {
	var (
		d                                      parallax.Document
		comments, captions, furniture, foreign string
	)
	dest := append(lead, &d.ID, &d.Source, &d.URL, &d.Title, &d.Outlet, &d.Author, &d.Published, &d.PublishedBasis,
		&d.Lang, &d.Body, &d.Revision, &d.Previous, &comments, &captions, &furniture, &foreign)
	if err := row.Scan(dest...); err != nil {
		return d, err
	}
	for _, c := range []struct {
		name string
		text string
		v    any
	}{
		{"comments", comments, &d.Comments},
		{"captions", captions, &d.Captions},
		{"furniture", furniture, &d.Furniture},
		{"foreign spans", foreign, &d.Foreign},
	} {
		if err := json.Unmarshal([]byte(c.text), c.v); err != nil {
			return d, fmt.Errorf("document %s: decode %s: %w", d.ID, c.name, err)
		}
	}
	return d, nil
}
