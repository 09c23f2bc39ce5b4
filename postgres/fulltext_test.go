package postgres

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/searchtext"
	"github.com/parallax-news/parallax/postgres/pgtest"
	"github.com/parallax-news/parallax/storetest"
)

func TestVector(t *testing.T) {
	tests := []struct {
		title, body, want string
	}{
		{"", "", ""},
		// Title words from 1 with weight A; a position skipped; body words
		// with weight B. Words folded as SQLite folds them.
		{"Café talks", "Talks resume, CAFE\u0301.", "'cafe':1A,6B 'talks':2A,4B 'resume':5B"},
		{"", "Ostrel", "'ostrel':2B"},
		{"«Перемирие»", "перемирие", "'перемирие':1A,3B"},
	}
	for _, tt := range tests {
		if got := vector(tt.title, tt.body); got != tt.want {
			t.Errorf("vector(%q, %q) = %s, want %s", tt.title, tt.body, got, tt.want)
		}
	}
	// A word's places past the 256th are dropped, as the server drops them.
	var places []string
	for i := range maxPlaces {
		places = append(places, fmt.Sprintf("%dB", i+2))
	}
	if got, want := vector("", strings.Repeat("again ", 300)), "'again':"+strings.Join(places, ","); got != want {
		t.Errorf("vector of a word 300 times = %.60s…, want %.60s…", got, want)
	}
}

func TestQuery(t *testing.T) {
	got, ok := query(searchtext.ParseTerms(`"Closed border" Ostrel`))
	if want := "('closed' <-> 'border') & ('ostrel')"; got != want || !ok {
		t.Errorf("query = %s, %v; want %s, true", got, ok, want)
	}
	if _, ok := query([]searchtext.Term{{strings.Repeat("a", maxLexemeBytes+1)}}); ok {
		t.Error("query accepted a word longer than any stored word")
	}
	if got, want := quoteLexeme(`it's \x`), `'it''s \\x'`; got != want {
		t.Errorf("quoteLexeme = %s, want %s", got, want)
	}
}

// TestVectorAsServerReads checks that the server reads a vector's text
// form back as the words and places it was given: nothing re-tokenized,
// re-folded or lost to quoting. The words of a body start at place 2.
func TestVectorAsServerReads(t *testing.T) {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	storetest.WordsAsIndexed(t, 2, func(text string) ([]storetest.IndexedWord, error) {
		rows, err := conn.Query(ctx, `SELECT u.lexeme, p FROM unnest($1::tsvector) AS u, unnest(u.positions) AS p ORDER BY p`, vector("", text))
		if err != nil {
			return nil, err
		}
		return pgx.CollectRows(rows, pgx.RowToStructByPos[storetest.IndexedWord])
	})
}

// TestServerLimits stores what goes past PostgreSQL's limits on a
// tsvector: the document is stored whole, and searching for what could
// not be indexed finds nothing rather than failing.
func TestServerLimits(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	defer s.Close()
	long := strings.Repeat("x", maxLexemeBytes+1)
	var many, often []string
	for i := range 1100 { // about 1.1 MB of distinct words
		many = append(many, fmt.Sprintf("w%d%s", i, strings.Repeat("y", 1000)))
	}
	for i := range 2100 { // 2100 words at 256 places each, were places not shared past maxPlace
		often = append(often, fmt.Sprintf("often%d", i))
	}
	docs := []parallax.Document{
		{ID: "long", Title: "A long word", Body: "Before " + long + " after."},
		{ID: "many", Title: "Many words", Body: strings.Join(many, " ")},
		{ID: "often", Title: "Words often", Body: strings.Repeat(strings.Join(often, " ")+"\n", maxPlaces) + "finale"},
		{ID: "late", Title: "A late word", Body: strings.Repeat("filler ", maxPlace) + "latecomer"},
	}
	for _, d := range docs {
		if _, err := s.PutDocument(ctx, d); err != nil {
			t.Fatalf("PutDocument(%s): %v", d.ID, err)
		}
		got, err := s.Document(ctx, d.ID)
		if err != nil || got.Body != d.Body {
			t.Errorf("Document(%s) came back changed (%v)", d.ID, err)
		}
	}
	tests := []struct {
		text string
		want []string
	}{
		{"before after", []string{"long"}},
		{long, nil},
		{many[0], []string{"many"}},
		{many[len(many)-1], nil}, // past the vector's size
		{"often2099 finale", []string{"often"}},
		{"latecomer", []string{"late"}},
	}
	for _, tt := range tests {
		res, err := s.Search(ctx, parallax.SearchQuery{Text: tt.text})
		if err != nil {
			t.Errorf("Search(%.20q…): %v", tt.text, err)
			continue
		}
		var got []string
		for _, h := range res.Hits {
			got = append(got, h.ID)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Search(%.20q…) found %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestPhraseStaysInItsField checks that a phrase does not match the last
// word of a title followed by the first of the body.
func TestPhraseStaysInItsField(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	defer s.Close()
	for _, d := range []parallax.Document{
		{ID: "split", Title: "Queues at the closed", Body: "Border crossing north of the river."},
		{ID: "whole", Title: "Queues", Body: "At the closed border crossing."},
	} {
		if _, err := s.PutDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	res, err := s.Search(ctx, parallax.SearchQuery{Text: `"closed border"`})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 || res.Hits[0].ID != "whole" {
		t.Errorf(`Search("closed border") = %+v, want only the document with the phrase in its body`, res.Hits)
	}
}
