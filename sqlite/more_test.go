package sqlite

import (
	"context"
	"fmt"
	"testing"

	"github.com/parallax-news/parallax"
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

// TestSearchMoreNewestFirst checks that a search matching more documents
// than it counts lists its latest matches newest first, and that one
// matching fewer ranks them by bm25.
func TestSearchMoreNewestFirst(t *testing.T) {
	s := openTemp(t)
	defer s.Close()
	few, once := "kestrel kestrel kestrel field", "kestrel road"
	fill(t, s, "few", 2, once, few)
	often, seldom := "tamsin tamsin tamsin orvel", "tamsin harbour"
	fill(t, s, "many", 11000, seldom, often)
	tests := []struct {
		text, first, second string
		more                bool
	}{
		{"kestrel", "few-1", "few-2", false},
		{"tamsin", "many-11000", "many-10999", true},
	}
	for _, tt := range tests {
		res, err := s.Search(context.Background(), parallax.SearchQuery{Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		if res.More != tt.more || len(res.Hits) < 2 {
			t.Fatalf("%s: %d documents, more %v, %d hits; want more %v and two hits at least", tt.text, res.Total, res.More, len(res.Hits), tt.more)
		}
		if res.Hits[0].ID != tt.first || res.Hits[1].ID != tt.second {
			t.Errorf("%s: hits %s, %s; want %s, %s", tt.text, res.Hits[0].ID, res.Hits[1].ID, tt.first, tt.second)
		}
	}
}
