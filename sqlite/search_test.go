package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
)

func TestParseTerms(t *testing.T) {
	tests := []struct {
		text string
		want []term
	}{
		{"", nil},
		{"ceasefire", []term{{"ceasefire"}}},
		{"  ceasefire\tOstrel\n", []term{{"ceasefire"}, {"Ostrel"}}},
		{`"closed border" Ostrel`, []term{{"closed", "border"}, {"Ostrel"}}},
		{`Ostrel "closed border`, []term{{"Ostrel"}, {"closed", "border"}}}, // an unbalanced quote runs to the end
		{`"" ""`, nil},
		{"can't U.S.-led 2020-11-12", []term{{"can", "t"}, {"U", "S", "led"}, {"2020", "11", "12"}}},
		{"NEAR(a b) -c d* e:f ^g", []term{{"NEAR", "a"}, {"b"}, {"c"}, {"d"}, {"e", "f"}, {"g"}}},
		{"AND OR NOT", []term{{"AND"}, {"OR"}, {"NOT"}}},
		{"перемирие «в Остреле»", []term{{"перемирие"}, {"в"}, {"Остреле"}}},
		{"snake_case", []term{{"snake", "case"}}},
		{"\x00\xff \u202e \u0301", nil},
		{"e\u0301cole", []term{{"e\u0301cole"}}},
	}
	for _, tt := range tests {
		if got := parseTerms(tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parseTerms(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestFTSQuery(t *testing.T) {
	got := ftsQuery([]term{{"closed", "border"}, {"Ostrel"}})
	if want := `"closed border" AND "Ostrel"`; got != want {
		t.Errorf("ftsQuery = %s, want %s", got, want)
	}
}

// TestWordsAsIndexed checks that words and fold split and fold text as the
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
		for _, w := range words(text) {
			got = append(got, fold(w))
		}
		if !reflect.DeepEqual(got, indexed) {
			t.Errorf("words of %q fold to %q; the index holds %q", text, got, indexed)
		}
	}
}

func TestSnippet(t *testing.T) {
	var long []string
	for i := range 100 {
		long = append(long, fmt.Sprintf("w%d", i))
	}
	longBody := strings.Join(long, " ")
	// offset returns the rune offset of word in body.
	offset := func(body, word string) int {
		i := strings.Index(body, word)
		if i < 0 {
			t.Fatalf("no %q in %q", word, body)
		}
		return utf8.RuneCountInString(body[:i])
	}
	span := func(body, word string) parallax.Span {
		at := offset(body, word)
		return parallax.Span{Start: at, End: at + utf8.RuneCountInString(word)}
	}
	cyr := "«Стороны» договорились о перемирии; ПЕРЕМИРИЕ вступает в силу."
	tests := []struct {
		name    string
		body    string
		want    []string
		snippet string
		start   int
		spans   []parallax.Span
	}{
		{"empty body", "", []string{"w1"}, "", 0, []parallax.Span{}},
		{"no match: the start", longBody, []string{"nothing"}, strings.Join(long[:40], " "), 0, []parallax.Span{}},
		{"no words wanted", "One two.", nil, "One two.", 0, []parallax.Span{}},
		{"a match inside: a few words before it", longBody, []string{"w50", "w51", "w90"},
			strings.Join(long[42:82], " "), offset(longBody, "w42"),
			[]parallax.Span{span(longBody, "w50"), span(longBody, "w51")}},
		{"a match near the end: the last words", longBody, []string{"w97"},
			strings.Join(long[60:], " "), offset(longBody, "w60"), []parallax.Span{span(longBody, "w97")}},
		{"punctuation and case, in runes", cyr, []string{"перемирие", "стороны"}, cyr, 0,
			[]parallax.Span{span(cyr, "Стороны"), span(cyr, "ПЕРЕМИРИЕ")}},
		{"whole words only", "Ostrel and Ostreland, ostrel.", []string{"ostrel"}, "Ostrel and Ostreland, ostrel.", 0,
			[]parallax.Span{{Start: 0, End: 6}, {Start: 22, End: 28}}},
		{"accents as the index folds them", "Le café, la CAFE\u0301.", []string{"cafe"}, "Le café, la CAFE\u0301.", 0,
			[]parallax.Span{{Start: 3, End: 7}, {Start: 12, End: 17}}},
	}
	for _, tt := range tests {
		want := map[string]bool{}
		for _, w := range tt.want {
			want[w] = true
		}
		snip, start, spans := snippet(tt.body, want)
		if snip != tt.snippet || start != tt.start || !reflect.DeepEqual(spans, tt.spans) {
			t.Errorf("%s: snippet = %q at %d, highlights %v\nwant %q at %d, highlights %v",
				tt.name, snip, start, spans, tt.snippet, tt.start, tt.spans)
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
		if res.Total != n || len(res.Hits) != maxLimit {
			t.Errorf("Search(%+v): Total %d, %d hits; want %d, %d", q, res.Total, len(res.Hits), n, maxLimit)
		}
		out := res.Facets["outlet"]
		if len(out) != facetLimit || out[0].Value != "Outlet 00" || out[0].Count != 6 || out[facetLimit-1].Value != "Outlet 19" {
			t.Errorf("Search(%+v): outlet facet %+v, want the %d largest: 00 to 04 (6 each), then 05 to 19", q, out, facetLimit)
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
		want := map[string]bool{}
		for _, tm := range parseTerms(text) {
			for _, w := range tm {
				want[fold(w)] = true
			}
		}
		for _, h := range res.Hits {
			snip := []rune(h.Snippet)
			for _, sp := range h.Highlights {
				if sp.Start < h.Start || sp.End > h.Start+len(snip) || sp.Start >= sp.End {
					t.Fatalf("Search(%q): highlight %+v outside the snippet at %d of %d runes", text, sp, h.Start, len(snip))
				}
				if w := string(snip[sp.Start-h.Start : sp.End-h.Start]); !want[fold(w)] {
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
