package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax"
)

// pageSize is how many documents Documents reads per query: enough to make
// the round trips cheap, few enough to bound memory and to hold no
// connection while fn runs.
const pageSize = 100

const documentColumns = `id, source, url, title, outlet, author, published, published_basis,
	lang, body, revision, previous, comments, captions, furniture, foreign_spans`

// insertDocument stores a document as the next revision at its URL, unless
// its id is stored already: then it returns no row. The latest revision is
// read by the same statement, after the caller's lock on the URL.
const insertDocument = `
WITH latest AS (
	SELECT id, revision FROM documents WHERE url = $3 AND url <> '' ORDER BY revision DESC LIMIT 1
)
INSERT INTO documents (id, source, url, title, outlet, author, published, published_basis, lang, body,
	comments, captions, furniture, foreign_spans, fts, revision, previous)
SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12::jsonb, $13::jsonb, $14::jsonb, $15::tsvector,
	coalesce((SELECT revision FROM latest), 0) + 1, coalesce((SELECT id FROM latest), '')
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
	args := []any{d.ID, d.Source, d.URL, d.Title, d.Outlet, d.Author, d.Published, d.PublishedBasis, d.Lang, d.Body}
	for _, c := range []struct {
		name string
		v    any
	}{
		{"comments", d.Comments}, {"captions", d.Captions}, {"furniture", d.Furniture}, {"foreign spans", d.Foreign},
	} {
		b, err := json.Marshal(c.v)
		if err != nil {
			return parallax.Unchanged, fmt.Errorf("encode %s: %w", c.name, err)
		}
		args = append(args, string(b))
	}
	args = append(args, vector(d.Title, d.Body))
	var revision int
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
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
	d, err := scanDocument(s.pool.QueryRow(ctx, `SELECT `+documentColumns+` FROM documents WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return parallax.Document{}, parallax.Errorf(parallax.ENotFound, "document %s not found", id)
	}
	if err != nil {
		return parallax.Document{}, fmt.Errorf("get document %s: %w", id, err)
	}
	return d, nil
}

// Documents calls fn for every stored document, oldest first; it stops at
// the first error fn returns and returns it. It reads a page of documents
// at a time, after the last one seen, so memory stays bounded and fn may
// write to the store.
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
	rows, err := s.pool.Query(ctx, `SELECT seq, `+documentColumns+` FROM documents
		WHERE seq > $1 ORDER BY seq LIMIT $2`, seq, pageSize)
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
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM documents`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count documents: %w", err)
	}
	return n, nil
}

// scanDocument reads one row of documentColumns, after the leading columns
// given in lead. The JSON columns decode straight into the lists.
func scanDocument(row pgx.Row, lead ...any) (parallax.Document, error) {
	var d parallax.Document
	dest := append(lead, &d.ID, &d.Source, &d.URL, &d.Title, &d.Outlet, &d.Author, &d.Published, &d.PublishedBasis,
		&d.Lang, &d.Body, &d.Revision, &d.Previous, &d.Comments, &d.Captions, &d.Furniture, &d.Foreign)
	err := row.Scan(dest...)
	return d, err
}
