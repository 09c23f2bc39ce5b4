package entity

import (
	"slices"
	"testing"
)

func TestCountries(t *testing.T) {
	countries, err := Countries()
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]Country{}
	for _, c := range countries {
		byID[c.ID] = c
	}
	for _, tc := range []struct {
		id, name, adjective, exact string
	}{
		{"turkey", "Ankara", "Turkish", "TR"},
		{"russia", "Kremlin", "Russian", "RF"},
		{"united-states", "U S", "American", "US"},
		{"greece", "Greeks", "Greek", ""},
	} {
		c, ok := byID[tc.id]
		switch {
		case !ok:
			t.Errorf("%s: not a country", tc.id)
		case !slices.Contains(c.Names, tc.name):
			t.Errorf("%s: names %q lack %q", tc.id, c.Names, tc.name)
		case len(c.Adjectives) == 0 || c.Adjectives[0] != tc.adjective:
			t.Errorf("%s: adjectives %q, want %q first", tc.id, c.Adjectives, tc.adjective)
		case tc.exact != "" && !slices.Contains(c.Exact, tc.exact):
			t.Errorf("%s: exact aliases %q lack %q", tc.id, c.Exact, tc.exact)
		case slices.Contains(c.Names, tc.exact):
			t.Errorf("%s: %q is among the names matched in any case", tc.id, tc.exact)
		}
	}
	// A region, a city and a body are no country of their own.
	for _, id := range []string{"nagorno-karabakh", "moscow", "kremlin"} {
		if _, ok := byID[id]; ok {
			t.Errorf("%s is a country", id)
		}
	}
}
