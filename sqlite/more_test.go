package sqlite

import (
	"fmt"
	"testing"

	"github.com/parallax-news/parallax/storetest"
)

// fill stores n documents whose bodies take the texts of bodies in turn,
// in one statement: a store large enough for a search's limits to bind.
func fill(t testing.TB, s *Store, name string, n int, bodies ...string) {
	t.Helper()
	var last int
	if err := s.db.QueryRow(`SELECT coalesce(max(seq), 0) FROM documents`).Scan(&last); err != nil {
		t.Fatal(err)
	}
	cases := ""
	args := []any{n, name, last}
	for i, b := range bodies {
		cases += fmt.Sprintf(" WHEN %d THEN ?", i)
		args = append(args, b)
	}
	_, err := s.db.Exec(`WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
		INSERT INTO documents (id, seq, source, url, title, outlet, author, published, published_basis, lang, body,
			comments, captions, furniture, foreign_spans, revision, previous, ingested_at)
		SELECT printf('%s-%d', ?2, i), ?3 + i, '', '', '', 'Wire', '', '', '', 'en',
			CASE i % `+fmt.Sprint(len(bodies))+cases+` END, 'null', 'null', 'null', 'null', 0, '', '' FROM n`, args...)
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
