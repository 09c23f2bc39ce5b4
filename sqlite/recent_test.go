package sqlite

import (
	"context"
	"fmt"
	"strings"
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

// TestSearchRecentIndex checks that a search matching more documents than
// it counts ranks its latest matches with the index of the latest
// documents, each word weighed by how many of those hold it, and with the
// index of every document when the latest matches reach past it. The
// window the index of the latest documents keeps is set here by deleting
// its older rows, as storing enough documents would.
func TestSearchRecentIndex(t *testing.T) {
	s := openTemp(t)
	defer s.Close()
	// Over every document, "tamsin" is the rarer word; over the latest
	// 6,000 or any latest stretch of them, "orvel" is, as every one of
	// them holds "tamsin". A third of them hold both, the 2,000 latest
	// matches.
	fill(t, s, "orvel", 5000, "orvel harbour")
	fill(t, s, "both", 10500, "tamsin orvel")
	fill(t, s, "other", 14000, "harbour wall")
	tamsinMost, orvelMost, tamsinOnly := "tamsin tamsin tamsin orvel", "tamsin orvel orvel orvel", "tamsin harbour"
	fill(t, s, "latest", 6000, tamsinMost, tamsinOnly, tamsinOnly, orvelMost, tamsinOnly, tamsinOnly)
	tests := []struct {
		name   string
		window int // the latest documents the index holds; 0: all
		want   string
	}{
		{"every document in the window", 0, tamsinMost},
		{"the latest matches in the window", 6000, orvelMost},
		{"the latest matches past the window", 3000, tamsinMost},
	}
	for _, tt := range tests {
		if tt.window > 0 {
			if _, err := s.db.Exec(`INSERT INTO documents_recent_fts (documents_recent_fts) VALUES ('delete-all');
				INSERT INTO documents_recent_fts (rowid, title, body) SELECT seq, title, body FROM documents
				WHERE seq > (SELECT max(seq) FROM documents) - ?`, tt.window); err != nil {
				t.Fatal(err)
			}
		}
		res, err := s.Search(context.Background(), parallax.SearchQuery{Text: "tamsin orvel"})
		if err != nil {
			t.Fatal(err)
		}
		if !res.More || len(res.Hits) == 0 {
			t.Fatalf("%s: Search found %d documents, more %v, %d hits; want more than counted", tt.name, res.Total, res.More, len(res.Hits))
		}
		if got := res.Hits[0].Snippet; !strings.Contains(got, tt.want) {
			t.Errorf("%s: first hit %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestRecentIndexWindow checks that the index of the latest documents
// holds from 50,000 to 99,999 of the latest, every one from its oldest on,
// and loses none when a document is deleted or changed.
func TestRecentIndexWindow(t *testing.T) {
	s := openTemp(t)
	defer s.Close()
	holds := func(word string) int {
		t.Helper()
		var n int
		if err := s.db.QueryRow(`SELECT count(*) FROM documents_recent_fts WHERE documents_recent_fts MATCH ?`, word).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	tests := []struct {
		name       string
		change     func()
		n, oldest  int
		lane, road int // documents holding each word
	}{
		{"started again", func() { fill(t, s, "older", 100000, "quarry road") }, 50000, 50001, 0, 50000},
		{"grown", func() { fill(t, s, "newer", 7, "quarry lane") }, 50007, 50001, 7, 50000},
		{"a document changed", func() { s.db.Exec(`UPDATE documents SET body = 'quarry lane' WHERE seq = 60000`) }, 50007, 50001, 8, 49999},
		{"an older one changed", func() { s.db.Exec(`UPDATE documents SET body = 'quarry lane' WHERE seq = 40000`) }, 50007, 50001, 8, 49999},
		{"a document deleted", func() { s.db.Exec(`DELETE FROM documents WHERE seq = 60001`) }, 50006, 50001, 8, 49998},
	}
	for _, tt := range tests {
		tt.change()
		var n, oldest int
		if err := s.db.QueryRow(`SELECT count(*), min(rowid) FROM documents_recent_fts`).Scan(&n, &oldest); err != nil {
			t.Fatal(err)
		}
		if n != tt.n || oldest != tt.oldest {
			t.Errorf("%s: the index of the latest documents holds %d from seq %d, want %d from %d", tt.name, n, oldest, tt.n, tt.oldest)
		}
		if lane, road := holds("lane"), holds("road"); lane != tt.lane || road != tt.road {
			t.Errorf("%s: %d hold lane and %d road, want %d and %d", tt.name, lane, road, tt.lane, tt.road)
		}
	}
	if _, err := s.db.Exec(`INSERT INTO documents_recent_fts (documents_recent_fts, rank) VALUES ('integrity-check', 0)`); err != nil {
		t.Errorf("integrity-check: %v", err)
	}
}
