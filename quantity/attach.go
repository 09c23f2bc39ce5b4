package quantity

import (
	"strings"

	"github.com/parallax-news/parallax/text"
)

// maxPhrase bounds the words read for a counted noun phrase or skipped
// between a count and its verb, so that a quantity is tied only to words
// near it.
const maxPhrase = 4

// attach finds the noun a quantity (tokens i to j) counts and the verb it
// is tied to: after it ("four people were killed", "four wounded"), right
// before it ("killing at least 12") or, for a figure after a verb, the noun
// before the verb ("the death toll rose to 45").
func (l *Lang) attach(q *Quantity, rs []rune, toks []token, i, j int) {
	if q.Dim == Year || q.Dim == Date {
		return
	}
	head, k := l.nounAfter(toks, j)
	if head < 0 && k-j == 1 && l.eventLike(toks[j].low) {
		q.Event = toks[j].Span // "12 killed", "four wounded"
	} else if head >= 0 {
		q.Head = toks[head].Span
	}
	if q.Event == (text.Span{}) && i > 0 && isWord(toks, i-1) && l.eventLike(toks[i-1].low) {
		q.Event = toks[i-1].Span // "killing at least 12"
	}
	if q.Event == (text.Span{}) {
		if e := l.verbAfter(toks, k); e >= 0 {
			q.Event = toks[e].Span
		}
	}
	if q.Head == (text.Span{}) {
		if a, b, verb := l.nounBefore(toks, i); a >= 0 {
			q.Head = spanOf(rs, toks, a, b)
			if q.Event == (text.Span{}) && verb >= 0 && l.eventLike(toks[verb].low) {
				q.Event = toks[verb].Span
			}
		}
	}
	if q.Dim == "" && (q.Head != (text.Span{}) || q.Event != (text.Span{})) {
		q.Dim = Count // "no one was killed", "no casualties"
	}
}

// nounAfter reads the noun phrase after token j ("Palestinian civilians",
// "of the victims") and returns its last word, or -1, with the index after
// the phrase.
func (l *Lang) nounAfter(toks []token, j int) (int, int) {
	k := j
	if lowAt(toks, k) == "of" { // "four of the victims"
		k++
		if l.stop[lowAt(toks, k)] {
			k++
		}
	}
	head, n := -1, 0
	for n < maxPhrase && isWord(toks, k) && !l.stop[toks[k].low] {
		if n > 0 && l.eventLike(toks[k].low) {
			break
		}
		head, k, n = k, k+1, n+1
	}
	if n == 1 && l.eventLike(toks[head].low) {
		return -1, k
	}
	return head, k
}

// verbAfter returns the verb after token k past auxiliaries and adverbs
// ("were reportedly killed", "who died"), or -1. An auxiliary that is a
// verb form itself is the verb when no other follows ("were reported").
func (l *Lang) verbAfter(toks []token, k int) int {
	last := -1
	for n := 0; n <= maxPhrase && isWord(toks, k); n, k = n+1, k+1 {
		w := toks[k].low
		if l.aux[w] || strings.HasSuffix(w, "ly") {
			if l.eventLike(w) {
				last = k
			}
			continue
		}
		if l.eventLike(w) {
			return k
		}
		break
	}
	return last
}

// nounBefore finds the noun whose figure a verb before token i gives: "the
// death toll rose to 45", "casualties stood at 45", "the toll is 45". It
// returns the first and last token of the noun (a two-word compound when
// one stands there) and the verb, or -1s.
func (l *Lang) nounBefore(toks []token, i int) (int, int, int) {
	b := i - 1
	prep := false
	if w := lowAt(toks, b); w == "to" || w == "at" {
		b, prep = b-1, true
	}
	verb, auxOnly := -1, true
	for n := 0; n < 3 && isWord(toks, b); n, b = n+1, b-1 {
		w := toks[b].low
		if !l.aux[w] && !l.eventLike(w) && !strings.HasSuffix(w, "ly") {
			break
		}
		if !l.aux[w] {
			auxOnly = false
		}
		if verb < 0 {
			verb = b
		}
	}
	if verb < 0 || !(prep || auxOnly) || !isWord(toks, b) || l.stop[toks[b].low] {
		return -1, -1, -1
	}
	a := b
	if isWord(toks, b-1) && !l.stop[toks[b-1].low] && !l.eventLike(toks[b-1].low) {
		a = b - 1
	}
	return a, b, verb
}

// eventLike reports whether w reads as a verb form: a past tense or
// participle ("killed", "injuring") or one the data lists ("dead", "shot").
func (l *Lang) eventLike(w string) bool {
	switch {
	case l.events[w]:
		return true
	case len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
		return true
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		return true
	}
	return false
}

// spanOf is the span of the text rs from token a to token b.
func spanOf(rs []rune, toks []token, a, b int) text.Span {
	return text.Span{Start: toks[a].Start, End: toks[b].End, Text: string(rs[toks[a].Start:toks[b].End])}
}
