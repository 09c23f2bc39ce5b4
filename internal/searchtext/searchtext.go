// Package searchtext reads search text and document text the way the
// stores' full-text indexes do, so that every parallax.Store answers a
// query alike: the words of a query and how they fold, the checks a query
// must pass, and the snippet and highlights shown with a hit.
//
// Words are split and folded as SQLite FTS5's default unicode61 tokenizer
// does: runs of letters, numbers and private use characters, in lower
// case, with Latin accents removed.
package searchtext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/parallax-news/parallax"
)

// A Term is a word, or a phrase of words in order, that a matching
// document holds.
type Term []string

// ParseTerms reads search text as terms: each double-quoted stretch is a
// phrase (an unbalanced quote runs to the end), and each white-space
// separated chunk outside quotes is a term of the words in it, so that
// "can't" or "2020-11-12" stay together as the index reads them. Nothing
// else is syntax: operators and punctuation are separators.
func ParseTerms(text string) []Term {
	var terms []Term
	for i, part := range strings.Split(text, `"`) {
		chunks := []string{part}
		if i%2 == 0 { // outside quotes
			chunks = strings.Fields(part)
		}
		for _, c := range chunks {
			if ws := Words(c); len(ws) > 0 {
				terms = append(terms, ws)
			}
		}
	}
	return terms
}

// Folded returns the set of the folded words of terms: what a snippet
// highlights.
func Folded(terms []Term) map[string]bool {
	want := map[string]bool{}
	for _, t := range terms {
		for _, w := range t {
			want[Fold(w)] = true
		}
	}
	return want
}

// Words returns the words of s as the unicode61 tokenizer finds them,
// leaving out those it would fold to nothing.
func Words(s string) []string {
	runes := []rune(s)
	var ws []string
	for _, t := range TokenSpans(runes) {
		ws = append(ws, string(runes[t.Start:t.End]))
	}
	return ws
}

// isWordRune says whether the unicode61 tokenizer keeps r in a token:
// letters, numbers, private use characters and the combining diacritics
// it strips. Other marks separate tokens there, and so here.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r) || isDiacritic(r)
}

func isDiacritic(r rune) bool { return r >= 0x300 && r <= 0x36f }

// Fold returns a word as unicode61 indexes it: in lower case, combining
// diacritics dropped and accented Latin letters reduced to their base
// letter (é to e, but not Cyrillic й to и), so highlights find the forms
// the index matched.
func Fold(w string) string {
	var b strings.Builder
	for _, r := range w {
		r = unicode.ToLower(r)
		if isDiacritic(r) {
			continue
		}
		if r >= 0xc0 && unicode.Is(unicode.Latin, r) {
			r, _ = utf8.DecodeRuneInString(norm.NFD.String(string(r)))
		}
		b.WriteRune(r)
	}
	return b.String()
}

// TokenSpans returns the rune spans of the words in runes: runs of word
// runes that do not fold to nothing.
func TokenSpans(runes []rune) []parallax.Span {
	var spans []parallax.Span
	start := -1
	for i := 0; i <= len(runes); i++ {
		if i < len(runes) && isWordRune(runes[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if Fold(string(runes[start:i])) != "" {
				spans = append(spans, parallax.Span{Start: start, End: i})
			}
			start = -1
		}
	}
	return spans
}
