package storetest

import (
	"context"
	"testing"

	"github.com/parallax-news/parallax"
)

// Fill stores n documents named name-1 … name-n whose bodies take the texts
// of bodies in turn, the first text for every len(bodies)-th of them, in
// one statement of the store's own: a store large enough for a search's
// limits to bind, which storing them one by one would take minutes to
// fill.
type Fill func(t *testing.T, name string, n int, bodies ...string)

// SearchMore checks that a search matching more documents than it counts
// lists its latest matches newest first, and that one matching fewer ranks
// them, on s, an empty store that fill fills.
func SearchMore(t *testing.T, s parallax.Store, fill Fill) {
	few, once := "kestrel kestrel kestrel field", "kestrel road"
	fill(t, "few", 2, once, few)
	often, seldom := "tamsin tamsin tamsin orvel", "tamsin harbour"
	fill(t, "many", 11000, seldom, often)
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
