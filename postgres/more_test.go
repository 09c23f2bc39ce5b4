package postgres

import (
	"context"
	"fmt"
	"testing"

	"github.com/parallax-news/parallax"
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

// TestSearchMoreNewestFirst checks that a search matching more documents
// than it counts lists its latest matches newest first, and that one
// matching fewer ranks them, as the SQLite store does.
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
