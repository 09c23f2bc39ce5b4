package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/searchtext"
)

func TestFTSQuery(t *testing.T) {
	got := ftsQuery([]searchtext.Term{{"closed", "border"}, {"Ostrel"}})
	if want := `"closed border" AND "Ostrel"`; got != want {
		t.Errorf("ftsQuery = %s, want %s", got, want)
	}
}

// TestWordsAsIndexed checks that searchtext splits and folds text as the
// full-text index does, so highlights land on what the index matched.
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
	for _, text := range []string{
		"Café naïve ÉCOLE façade Ångström",
		"e\u0301cole, can't, U.S.-led, 2020-11-12",
		"Йод, ёлка и ЁЖ: «перемирие»",
		"İstanbul Straße ǅemal œuvre",
		"snake_case zero\u200bwidth ½ ² Ⅷ",
		"हिन्दी भाषा",
		"中文 日本語",
		"\ue000private \u0301",
	} {
		if _, err := db.Exec(`DELETE FROM f`); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO f (x) VALUES (?)`, text); err != nil {
			t.Fatal(err)
		}
		var indexed []string
		rows, err := db.Query(`SELECT term FROM v ORDER BY offset`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var term string
			if err := rows.Scan(&term); err != nil {
				t.Fatal(err)
			}
			indexed = append(indexed, term)
		}
		rows.Close()
		var got []string
		for _, w := range searchtext.Words(text) {
			got = append(got, searchtext.Fold(w))
		}
		if !reflect.DeepEqual(got, indexed) {
			t.Errorf("words of %q fold to %q; the index holds %q", text, got, indexed)
		}
	}
}

// TestSearchCaps stores more documents and outlets than a page and a facet
// hold.
func TestSearchCaps(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	defer s.Close()
	const n, outlets = 130, 25
	for i := range n {
		d := benchDocument(i)
		d.URL, d.Outlet = "", fmt.Sprintf("Outlet %02d", i%outlets)
		if _, err := s.PutDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range []parallax.SearchQuery{{Limit: 1000}, {Text: "delegations", Limit: 101}} {
		res, err := s.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != n || len(res.Hits) != searchtext.MaxLimit {
			t.Errorf("Search(%+v): Total %d, %d hits; want %d, %d", q, res.Total, len(res.Hits), n, searchtext.MaxLimit)
		}
		out := res.Facets["outlet"]
		if len(out) != searchtext.FacetLimit || out[0].Value != "Outlet 00" || out[0].Count != 6 || out[searchtext.FacetLimit-1].Value != "Outlet 19" {
			t.Errorf("Search(%+v): outlet facet %+v, want the %d largest: 00 to 04 (6 each), then 05 to 19", q, out, searchtext.FacetLimit)
		}
	}
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

func BenchmarkSearch(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	const n = 5000
	for i := range n {
		d := benchDocument(i)
		d.Outlet, d.Published = fmt.Sprintf("Outlet %d", i%30), fmt.Sprintf("2021-%02d-%02d", 1+i%12, 1+i%28)
		if _, err := s.PutDocument(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	for _, q := range []parallax.SearchQuery{{}, {Text: "delegations spokesperson"}, {Text: "round 17"}} {
		b.Run(fmt.Sprintf("%q", q.Text), func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Search(ctx, q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
