// Package text splits news text into sentences and tokens that keep rune
// offsets into the text they came from. It knows the punctuation of news
// prose: abbreviations and initials that end in a period without ending the
// sentence, quotations (straight, curly, guillemets, nested), and words in
// Latin, Cyrillic and Armenian script.
package text

// Span is a stretch of text: rune offsets Start (inclusive) and End
// (exclusive) into the text it was cut from, and the text itself.
type Span struct {
	Start int
	End   int
	Text  string
}
