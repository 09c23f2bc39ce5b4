package postgres

import (
	"context"
	"fmt"
	"testing"

	"github.com/parallax-news/parallax/storetest"
)

// fill stores n documents named name-1 … name-n whose bodies take the texts
// of bodies in turn, the first text for the last of them, in one statement:
// a store large enough for a search's limits to bind.
func fill(t *testing.T, s *Store, name string, n int, bodies ...string) {
	t.Helper()
	args := []any{n, name}
	body, fts := fmt.Sprintf("CASE i %% %d", len(bodies)), fmt.Sprintf("CASE i %% %d", len(bodies))
	for i, b := range bodies {
		args = append(args, b, vector("", b))
		body += fmt.Sprintf(" WHEN %d THEN $%d", i, len(args)-1)
		fts += fmt.Sprintf(" WHEN %d THEN $%d::tsvector", i, len(args))
	}
	_, err := s.pool.Exec(context.Background(), `INSERT INTO documents (id, source, url, title, outlet, author, published,
		published_basis, lang, body, comments, captions, furniture, foreign_spans, copies, revision, previous, fts)
		SELECT $2 || '-' || i, '', '', '', 'Wire', '', '', '', 'en', `+body+` END,
			'null', 'null', 'null', 'null', 'null', 1, '', `+fts+` END
		FROM generate_series(1, $1::int) AS i`, args...)
	if err != nil {
		t.Fatal(err)
	}
}

// TestSearchMoreNewestFirst runs the conformance check of a search that
// matches more documents than it counts.
func TestSearchMoreNewestFirst(t *testing.T) {
	s := openTemp(t)
	defer s.Close()
	storetest.SearchMore(t, s, func(t *testing.T, name string, n int, bodies ...string) { fill(t, s, name, n, bodies...) })
}
