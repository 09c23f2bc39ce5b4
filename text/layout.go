package text

import "slices"

// lineParagraphs reports whether the stretch rs[a:b], which holds no blank
// line, sets one paragraph on each line, as text copied from the web often
// does, rather than wrapping its sentences at a fixed width, as plain text
// and mail do. Each line break is a vote: a line that ends a sentence though
// the next line's first word would have fitted on it ends a paragraph; a
// line that ends inside a sentence where that word would not have fitted
// was wrapped. The width is the longest line of the stretch, which a
// wrapped text never passes. Lines that fit neither ("Harbour chief warns
// of delays", "…,” she said") do not vote.
func lineParagraphs(rs []rune, a, b int) bool {
	if !slices.Contains(rs[a:b], '\n') {
		return false
	}
	ls := lines(rs, a, b)
	if len(ls) < 2 {
		return false
	}
	width := 0
	for _, l := range ls {
		width = max(width, l.End-l.Start)
	}
	votes := 0
	for i, l := range ls[:len(ls)-1] {
		fits := l.End-l.Start+1+firstWord(rs, ls[i+1]) <= width
		ends := endsSentence(rs, l)
		switch {
		case ends && fits:
			votes++
		case !ends && !fits:
			votes--
		}
	}
	return votes > 0
}

// lines returns the non-empty lines of rs[a:b], trimmed of white space.
func lines(rs []rune, a, b int) []Span {
	var out []Span
	from := a
	for i := a; i <= b; i++ {
		if i == b || rs[i] == '\n' {
			out = appendTrimmed(out, rs, from, i)
			from = i + 1
		}
	}
	return out
}

// firstWord returns the length of the first word of line l.
func firstWord(rs []rune, l Span) int {
	n := 0
	for l.Start+n < l.End && !isSpace(rs[l.Start+n]) {
		n++
	}
	return n
}

// endsSentence reports whether line l ends in a sentence's final
// punctuation, after any closing quotes or brackets.
func endsSentence(rs []rune, l Span) bool {
	i := l.End - 1
	for i > l.Start && isCloser(rs[i]) {
		i--
	}
	return isTerminal(rs[i]) && !(rs[i] == '.' && nonFinalPeriod(rs, l.Start, i))
}
