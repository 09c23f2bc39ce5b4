// Package text splits news text into sentences and tokens that keep rune
// offsets into the text they came from. It knows the punctuation of news
// prose: abbreviations and initials that end in a period without ending the
// sentence, quotations (straight, curly, guillemets, nested), and words in
// Latin, Cyrillic and Armenian script.
package text

import "slices"

// Span is a stretch of text: rune offsets Start (inclusive) and End
// (exclusive) into the text it was cut from, and the text itself.
type Span struct {
	Start int
	End   int
	Text  string
}

// Text is a text cut once into what the stages of parallax read, so that
// each reads it without cutting it again. Offsets are rune offsets into
// Source. The stages that share one read it and never change it.
type Text struct {
	Source     string
	Runes      []rune
	Tokens     []Token
	Lower      []string // the text of each token in lower case, by Lower
	Sentences  []Span   // as SentenceSpans gives them, without their texts
	Paragraphs []Span   // as ParagraphSpans gives them, without their texts
}

// Read cuts s into its runes, tokens, sentences and paragraphs, and lowers
// the tokens.
func Read(s string) *Text {
	rs := []rune(s)
	toks, paras := TokenizeRunes(rs, 0), ParagraphSpans(rs)
	low := make([]string, len(toks))
	for i, t := range toks {
		low[i] = Lower(t.Text)
	}
	return &Text{Source: s, Runes: rs, Tokens: toks, Lower: low, Sentences: sentencesIn(rs, paras), Paragraphs: paras}
}

// Joined returns what Read(head.Source + "\n\n" + t.Source) returns, from
// the two as read: a blank line ends every token, sentence and paragraph,
// so the joined text's are those of head followed by those of t, moved by
// head's length and the blank line.
func Joined(head, t *Text) *Text {
	d := len(head.Runes) + 2
	toks := slices.Concat(head.Tokens, t.Tokens)
	for i := len(head.Tokens); i < len(toks); i++ {
		toks[i].Start += d
		toks[i].End += d
	}
	if len(t.Tokens) > 0 {
		toks[len(head.Tokens)].Line = true // the blank line after the head
	}
	return &Text{
		Source:     head.Source + "\n\n" + t.Source,
		Runes:      slices.Concat(head.Runes, []rune("\n\n"), t.Runes),
		Tokens:     toks,
		Lower:      slices.Concat(head.Lower, t.Lower),
		Sentences:  joinSpans(head.Sentences, t.Sentences, d),
		Paragraphs: joinSpans(head.Paragraphs, t.Paragraphs, d),
	}
}

// joinSpans returns a followed by b moved by d.
func joinSpans(a, b []Span, d int) []Span {
	out := slices.Concat(a, b)
	for i := len(a); i < len(out); i++ {
		out[i].Start += d
		out[i].End += d
	}
	return out
}
