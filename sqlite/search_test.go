package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/searchtext"
	"github.com/parallax-news/parallax/storetest"
)

func TestFTSQuery(t *testing.T) {
	got := ftsQuery([]searchtext.Term{{"closed", "border"}, {"Ostrel"}})
	if want := `"closed border" AND "Ostrel"`; got != want {
		t.Errorf("ftsQuery = %s, want %s", got, want)
	}
}

// TestWordsAsIndexed reads what FTS5 indexes for a text from its
// vocabulary table, where offset counts a column's words from 0.
func TestWordsAsIndexed(t *testing.T) {
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // one in-memory database
	for _, q := range []string{
		`CREATE VIRTUAL TABLE f USING fts5 (x)`,
		`CREATE VIRTUAL TABLE v USING fts5vocab (f, 'instance')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	storetest.WordsAsIndexed(t, 0, func(text string) ([]storetest.IndexedWord, error) {
		if _, err := db.Exec(`DELETE FROM f`); err != nil {
			return nil, err
		}
		if _, err := db.Exec(`INSERT INTO f (x) VALUES (?)`, text); err != nil {
			return nil, err
		}
		rows, err := db.Query(`SELECT term, offset FROM v ORDER BY offset`)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		var indexed []storetest.IndexedWord
		for rows.Next() {
			var w storetest.IndexedWord
			if err := rows.Scan(&w.Word, &w.Place); err != nil {
				return nil, err
			}
			indexed = append(indexed, w)
		}
		return indexed, rows.Err()
	})
}

// FuzzSearchText searches for arbitrary text: never an error, never a
// panic, and every highlight is a word of the text inside the snippet.
func FuzzSearchText(f *testing.F) {
	for _, s := range []string{
		"ceasefire", `"closed border" Ostrel`, `"unbalanced`, "NEAR(a b, 3)", "a* OR -b AND NOT c", "title:x {title}:y ^z",
		"перемирие", "\x00\xff\xfe", "e\u0301cole Café", `""""`, "(((", "a" + strings.Repeat(" AND a", 50),
	} {
		f.Add(s)
	}
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	for i, body := range []string{
		"Negotiators agreed to a ceasefire near Ostrel; the closed border opens at midnight. AND OR NOT NEAR a b c",
		"Стороны договорились о перемирии. Café, école, e\u0301cole.",
		"",
	} {
		d := parallax.Document{ID: fmt.Sprint("doc", i), Title: fmt.Sprint("Title ", i), Body: body}
		if _, err := s.PutDocument(ctx, d); err != nil {
			f.Fatal(err)
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		res, err := s.Search(ctx, parallax.SearchQuery{Text: text})
		if err != nil {
			t.Fatalf("Search(%q): %v", text, err)
		}
		want := searchtext.Folded(searchtext.ParseTerms(text))
		for _, h := range res.Hits {
			snip := []rune(h.Snippet)
			for _, sp := range h.Highlights {
				if sp.Start < h.Start || sp.End > h.Start+len(snip) || sp.Start >= sp.End {
					t.Fatalf("Search(%q): highlight %+v outside the snippet at %d of %d runes", text, sp, h.Start, len(snip))
				}
				if w := string(snip[sp.Start-h.Start : sp.End-h.Start]); !want[searchtext.Fold(w)] {
					t.Fatalf("Search(%q): highlight %q is no word of the text", text, w)
				}
			}
		}
	})
}
