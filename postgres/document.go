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
SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12::jsonb, $13::jsonb, $14::jsonb, $15::jsonb,
	coalesce((SELECT revision FROM latest), 0) + 1, coalesce((SELECT id FROM latest), ''), $16::tsvector
ON CONFLICT (id) DO NOTHING
RETURNING revision`

// PutDocument stores d unless a document with its ID is already stored.
// When another document is stored at the same non-empty URL, d becomes a
// new revision of the latest one there. Every stored document gets a
// revision number, 1 for the first; the Revision and Previous that d
// carries are ignored. When d's id is stored and d comes from a source the
// stored document was not found at, d is recorded as a copy of it (see
// parallax.Copied). Several processes may put documents at once: each id
// is stored once, the revisions of a URL are numbered without gaps, and
// every copy is kept.
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
	// one look-up of its sources answers them, with no transaction, lock
	// or full text.
	known, err := storeutil.ScanSources(s.pool.QueryRow(ctx, `SELECT `+storeutil.SourcesColumns+` FROM documents WHERE id = $1`, d.ID), d.ID)
	switch {
	case err == nil:
		if len(storeutil.NewSources(known, d)) == 0 {
			return parallax.Unchanged, nil
		}
		return s.putCopy(ctx, d)
	case !errors.Is(err, pgx.ErrNoRows):
		return parallax.Unchanged, err
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
			if err := lockURL(ctx, tx, d.URL); err != nil {
				return err
			}
		}
		err := tx.QueryRow(ctx, insertDocument, args...).Scan(&revision)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil
		}
		return err
	})
	switch {
	case err != nil:
		return parallax.Unchanged, err
	case revision == 0:
		// Another writer stored the same id since the look-up, perhaps
		// from another source: d may be a copy of it.
		return s.putCopy(ctx, d)
	case revision == 1:
		return parallax.Added, nil
	}
	return parallax.Revised, nil
}

// putCopy records d as a copy of the stored document of its id when d
// comes from a source it lacks.
func (s *Store) putCopy(ctx context.Context, d parallax.Document) (parallax.PutResult, error) {
	res := parallax.Unchanged
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		// The row's lock, held to the commit, makes writers of copies of
		// one document take turns: each reads the copies the one before
		// it wrote, so none is lost.
		stored, err := storeutil.FindDocument(tx.QueryRow(ctx, `SELECT `+storeutil.DocumentColumns+`
			FROM documents WHERE id = $1 FOR UPDATE`, d.ID), d.ID, pgx.ErrNoRows)
		if err != nil {
			return err
		}
		sources := storeutil.NewSources(stored, d)
		if len(sources) == 0 {
			return nil
		}
		taken := false
		if stored.URL == "" && d.URL != "" {
			// A URL is filled only where no document is stored: the lock
			// on the URL, which a writer storing a new document there
			// takes too, keeps one from appearing before the commit.
			if err := lockURL(ctx, tx, d.URL); err != nil {
				return err
			}
			err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM documents WHERE url = $1 AND url <> '')`, d.URL).Scan(&taken)
			if err != nil {
				return fmt.Errorf("find documents at %s: %w", d.URL, err)
			}
		}
		values, err := storeutil.CopyValues(storeutil.Copy(stored, d, sources, taken))
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE documents SET (`+storeutil.CopyColumns+`) = ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)
			WHERE id = $8`, append(values, d.ID)...); err != nil {
			return fmt.Errorf("record copy from %s: %w", d.Source, err)
		}
		res = parallax.Copied
		return nil
	})
	if err != nil {
		return parallax.Unchanged, err
	}
	return res, nil
}

// lockURL takes the lock on the revisions of url, held to the end of tx.
func lockURL(ctx context.Context, tx pgx.Tx, url string) error {
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('parallax revisions'), hashtext($1))`, url); err != nil {
		return fmt.Errorf("lock revisions of %s: %w", url, err)
	}
	return nil
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
	check("copies", d.Copies...)
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
		return parallax.Document{}, parallax.Errorf(parallax.ENotFound, "no document %q", id)
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
