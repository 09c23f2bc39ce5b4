package storetest

import (
	"reflect"
	"testing"

	"github.com/parallax-news/parallax/internal/searchtext"
)

// IndexedWord is a word as a full-text index holds it, and its place.
type IndexedWord struct {
	Word  string
	Place int
}

// WordsAsIndexed checks that package searchtext splits and folds text as a
// store's full-text index does, so that the store matches the words
// searchtext reads in a query and highlights land on what it matched.
// index returns what the index holds for a text, in order of place; first
// is the place the index gives the text's first word, and the next follow
// one by one.
func WordsAsIndexed(t *testing.T, first int, index func(text string) ([]IndexedWord, error)) {
	for _, text := range []string{
		"Café naïve ÉCOLE façade Ångström",
		"e\u0301cole, can't, U.S.-led, 2020-11-12, news.example.org",
		"Йод, ёлка и ЁЖ: «перемирие»",
		"İstanbul Straße ǅemal œuvre",
		"snake_case zero\u200bwidth ½ ² Ⅷ",
		"हिन्दी भाषा",
		"中文 日本語",
		"\ue000private \u0301",
	} {
		var want []IndexedWord
		for i, w := range searchtext.Words(text) {
			want = append(want, IndexedWord{searchtext.Fold(w), first + i})
		}
		got, err := index(text)
		if err != nil {
			t.Fatalf("index %q: %v", text, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("words of %q fold to %v; the index holds %v", text, want, got)
		}
	}
}
