package text

import "slices"

// lineParagraphs reports whether the stretch rs[a:b], which holds no blank
// line, sets one paragraph on each line, as text copied from the web often
// does, rather than wrapping its sentences at a fixed width, as plain text
// and mail do. Each line break is a vote. A line looks wrapped when the
// next line's first word would not have fitted on it: the width is the
// longest line of the stretch, which a wrapped text never passes, and no
// line past maxWrap was wrapped. A line that ends a sentence and does not
// look wrapped ends a paragraph; one that ends inside a sentence and looks
// wrapped was wrapped; the others ("Harbour chief warns of delays", "…,”
// she said") do not vote.
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
		n := l.End - l.Start
		wrapped := n+1+firstWord(rs, ls[i+1]) > width && n <= maxWrap
		switch ends := endsSentence(rs, l); {
		case ends && !wrapped:
			votes++
		case !ends && wrapped:
			votes--
		}
	}
	return votes > 0
}

// maxWrap is the widest that plain text is wrapped at: mail asks for 78
// columns at most (RFC 5322), and editors and terminals wrap at 80. A
// line longer than that was not wrapped.
const maxWrap = 80

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
