package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/storeutil"
)

// insertDocument stores a document as the next revision at its URL, unless
// its id is stored already: then it returns no row. The latest revision is
// read by the same statement, after the caller's lock on the URL.
const insertDocument = `
WITH latest AS (
	SELECT id, revision FROM documents WHERE url = $3 AND url <> '' ORDER BY revision DESC LIMIT 1
)
INSERT INTO documents (` + storeutil.DocumentColumns + `, fts)
SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12::jsonb, $13::jsonb, $14::jsonb,
	coalesce((SELECT revision FROM latest), 0) + 1, coalesce((SELECT id FROM latest), ''), $15::tsvector
ON CONFLICT (id) DO NOTHING
RETURNING revision`

// PutDocument stores d unless a document with its ID is already stored.
// When another document is stored at the same non-empty URL, d becomes a
// new revision of the latest one there. Every stored document gets a
// revision number, 1 for the first; the Revision and Previous that d
// carries are ignored. Several processes may put documents at once: each
// id is stored once, and the revisions of a URL are numbered without gaps.
// Text PostgreSQL cannot hold (a NUL character, invalid UTF-8) is refused
// with code EInvalid.
func (s *Store) PutDocument(ctx context.Context, d parallax.Document) (parallax.PutResult, error) {
	if d.ID == "" {
		return parallax.Unchanged, parallax.Errorf(parallax.EInvalid, "put document from %q: empty id", d.Source)
	}
	if err := checkText(d); err != nil {
		return parallax.Unchanged, err
	}
	res, err := s.putDocument(ctx, d)
	if err != nil {
		return parallax.Unchanged, fmt.Errorf("put document %s: %w", d.ID, err)
	}
	return res, nil
}

func (s *Store) putDocument(ctx context.Context, d parallax.Document) (parallax.PutResult, error) {
	// Most puts of a stored document come from running an ingest again:
	// one look-up answers them, with no transaction, lock or full text.
	var stored bool
	if err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM documents WHERE id = $1)`, d.ID).Scan(&stored); err != nil {
		return parallax.Unchanged, err
	}
	if stored {
		return parallax.Unchanged, nil
	}
	args, err := storeutil.DocumentValues(d)
	if err != nil {
		return parallax.Unchanged, err
	}
	args = append(args, vector(d.Title, d.Body))
	var revision int
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if d.URL != "" {
			// One writer at a time numbers the revisions of a URL: the
			// lock is held to the commit, and the insert, which reads the
			// latest revision, runs after it is granted, so it sees every
			// revision committed before.
			if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('parallax revisions'), hashtext($1))`, d.URL); err != nil {
				return fmt.Errorf("lock revisions of %s: %w", d.URL, err)
			}
		}
		err := tx.QueryRow(ctx, insertDocument, args...).Scan(&revision)
		if errors.Is(err, pgx.ErrNoRows) {
			// Another writer stored the same id since the look-up.
			return nil
		}
		return err
	})
	switch {
	case err != nil:
		return parallax.Unchanged, err
	case revision == 0:
		return parallax.Unchanged, nil
	case revision == 1:
		return parallax.Added, nil
	}
	return parallax.Revised, nil
}

// checkText refuses a document with text that PostgreSQL's text and jsonb
// cannot hold, naming the first such field.
func checkText(d parallax.Document) error {
	bad := ""
	check := func(name string, texts ...string) {
		for _, t := range texts {
			if bad == "" && !storable(t) {
				bad = name
			}
		}
	}
	check("source", d.Source)
	check("url", d.URL)
	check("title", d.Title)
	check("outlet", d.Outlet)
	check("author", d.Author)
	check("published date", d.Published, d.PublishedBasis)
	check("lang", d.Lang)
	check("body", d.Body)
	for i, c := range d.Comments {
		check(fmt.Sprintf("comment %d", i+1), c.Author, c.DisplayName, c.Time, c.Text)
	}
	for i, c := range d.Captions {
		check(fmt.Sprintf("caption %d", i+1), c)
	}
	for i, f := range d.Furniture {
		check(fmt.Sprintf("furniture line %d", i+1), f)
	}
	for i, f := range d.Foreign {
		check(fmt.Sprintf("foreign span %d", i+1), f.Lang, f.Text)
	}
	if !storable(d.ID) {
		bad = "id"
	}
	if bad == "" {
		return nil
	}
	return parallax.Errorf(parallax.EInvalid, "put document %q from %q: its %s holds a NUL character or invalid UTF-8, which PostgreSQL cannot store",
		d.ID, d.Source, bad)
}

// storable says whether PostgreSQL text can hold s.
func storable(s string) bool {
	return utf8.ValidString(s) && !strings.ContainsRune(s, 0)
}

// Document returns the document with that id, or an error with code
// ENotFound.
func (s *Store) Document(ctx context.Context, id string) (parallax.Document, error) {
	if !storable(id) {
		return parallax.Document{}, parallax.Errorf(parallax.ENotFound, "document %q not found", id)
	}
	row := s.pool.QueryRow(ctx, `SELECT `+storeutil.DocumentColumns+` FROM documents WHERE id = $1`, id)
	return storeutil.FindDocument(row, id, pgx.ErrNoRows)
}

// Documents calls fn for every stored document, oldest first; it stops at
// the first error fn returns and returns it. It reads a page of documents
// at a time, after the last one seen, so memory stays bounded and fn may
// write to the store.
func (s *Store) Documents(ctx context.Context, fn func(parallax.Document) error) error {
	return storeutil.WalkDocuments(queries(ctx, s.pool), `SELECT seq, `+storeutil.DocumentColumns+` FROM documents
		WHERE seq > $1 ORDER BY seq LIMIT $2`, fn)
}

// CountDocuments returns how many documents are stored.
func (s *Store) CountDocuments(ctx context.Context) (int, error) {
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM documents`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count documents: %w", err)
	}
	return n, nil
}
