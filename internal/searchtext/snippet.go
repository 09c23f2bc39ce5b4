package searchtext

import (
	"unicode"

	"github.com/parallax-news/parallax"
)

// snippetWords is the length of a snippet in words, snippetLead how many
// of them come before the first match, to show its context.
const (
	snippetWords = 40
	snippetLead  = 8
)

// Snippet returns a passage of about 40 words of body from a little before
// the first word in want (or from the start), its rune offset in body, and
// the rune spans in body of every word in the passage that is in want;
// want holds folded words (see Folded). The passage runs from white space
// to white space, so punctuation stuck to its first and last words stays
// with them.
func Snippet(body string, want map[string]bool) (string, int, []parallax.Span) {
	runes := []rune(body)
	toks := TokenSpans(runes)
	spans := []parallax.Span{}
	if len(toks) == 0 {
		return "", 0, spans
	}
	first := 0
	for i, t := range toks {
		if want[Fold(string(runes[t.Start:t.End]))] {
			first = i
			break
		}
	}
	from := max(0, min(first-snippetLead, len(toks)-snippetWords))
	to := min(len(toks), from+snippetWords)
	for _, t := range toks[from:to] {
		if want[Fold(string(runes[t.Start:t.End]))] {
			spans = append(spans, t)
		}
	}
	start, end := toks[from].Start, toks[to-1].End
	for start > 0 && !unicode.IsSpace(runes[start-1]) {
		start--
	}
	for end < len(runes) && !unicode.IsSpace(runes[end]) {
		end++
	}
	return string(runes[start:end]), start, spans
}
