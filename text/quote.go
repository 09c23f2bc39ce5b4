package text

import (
	"unicode"
	"unicode/utf8"
)

// Quote is a quotation: Inner is the quoted text without its marks, Outer
// includes them. A quotation opened in one paragraph and left open continues
// into the following paragraphs until its closing mark, as news prose does
// for quotes of several paragraphs; a paragraph that opens with a new
// quotation mark or with a dash closes the one left open.
type Quote struct {
	Inner Span
	Outer Span
}

// maxQuoteParagraphs bounds how far an unclosed quotation may run, so a
// stray mark cannot turn the rest of a document into a quotation.
const maxQuoteParagraphs = 6

// Quotes returns the outermost quotations of s, in order. Quotations
// nested inside them (single marks, or double marks of another style) are
// part of the outer one. Offsets are rune offsets into s.
//
// A text that uses no double mark at all quotes with single marks, as the
// British press does ('We stay,' he said): there a single mark opening a
// word opens a quotation, and one closing a word closes it. An apostrophe
// inside a word (don't, Kroon's) does neither.
func Quotes(s string) []Quote {
	return QuoteRunes([]rune(s))
}

// QuoteRunes is Quotes over the runes of a text, for callers that hold
// them.
func QuoteRunes(rs []rune) []Quote {
	if n, ok := typedMarks(rs); ok {
		return restore(rs, n, quotes(n))
	}
	return quotes(rs)
}

// quotes returns the quotations of rs, whose marks are single runes.
func quotes(rs []rune) []Quote {
	if !hasDoubleMark(rs) {
		return singleQuotes(rs, ParagraphSpans(rs))
	}
	paras := ParagraphSpans(rs)
	var out []Quote
	open := -1      // rune offset of the open mark, or -1
	var closer rune // the mark that closes the open quotation
	openPara := 0
	for pi := 0; pi < len(paras); pi++ {
		p := paras[pi]
		for i := p.Start; i < p.End; i++ {
			r := rs[i]
			if r < utf8.RuneSelf && r != '"' && r != '\'' {
				continue // of the ASCII runes, only these two open or close a quotation
			}
			if open >= 0 {
				if doubledSingle(rs, i, p.End) && (closer == '”' || closer == '"') {
					q := makeQuote(rs, open, i+2) // “…’’ typed with two single marks
					q.Inner = Span{q.Inner.Start, i, string(rs[q.Inner.Start:i])}
					out = append(out, q)
					open = -1
					i++
					continue
				}
				if c, ok := opener(r); ok && c == closer && r != closer && i > open+1 && closesWord(rs[i-1], after(rs, i)) {
					out = append(out, makeQuote(rs, open, i+1)) // a closing mark typed as an opening one: “We stay,“ he said
					open = -1
					continue
				}
				if c, ok := opener(r); ok && c == closer && lineOpens(rs, i, open) {
					// A mark of the open quotation's style opening a line opens
					// a quotation: the one still open ended with the line
					// before, as a quotation going on in a new paragraph leaves
					// its mark unclosed.
					out = append(out, makeQuote(rs, open, trimLineEnd(rs, i)))
					open, openPara = i, pi
					continue
				}
				if closes(r, closer) && (r == closer || i > open+1) {
					out = append(out, makeQuote(rs, open, i+1))
					open = -1
				}
				continue
			}
			if r == '”' && opensWord(runeBefore(rs, i, p.Start), after(rs, i)) {
				open, closer, openPara = i, '”', pi // one mark for both ends, as Swedish types it and some web text mistypes the first: ”We stay,” he said
				continue
			}
			if c, ok := opener(r); ok {
				if r == '"' && i+1 < p.End && i > p.Start && isWordRune(rs[i-1]) && isWordRune(rs[i+1]) {
					continue // a mark inside a word, such as an inch sign
				}
				open, closer, openPara = i, c, pi
			}
		}
		if open < 0 {
			continue
		}
		next := pi + 1
		switch {
		case next >= len(paras), next-openPara >= maxQuoteParagraphs:
			// Never closed: keep it to its own paragraph.
			end := paras[openPara].End
			out = append(out, makeQuote(rs, open, end))
			open = -1
			pi = openPara
		case startsWithOpener(rs, paras[next]), startsWithDash(rs, paras[next]), quotesOwn(rs, paras[next], closer):
			out = append(out, makeQuote(rs, open, p.End))
			open = -1
		}
	}
	return out
}

// lineOpens reports whether the mark at i opens a line after the one where
// the quotation open at o opened, and is followed by a word: "\n\"To …".
func lineOpens(rs []rune, i, o int) bool {
	if i+1 >= len(rs) || !unicode.IsLetter(rs[i+1]) && !unicode.IsDigit(rs[i+1]) {
		return false
	}
	j := i - 1
	for j > o && rs[j] != '\n' && unicode.IsSpace(rs[j]) {
		j--
	}
	return j > o && rs[j] == '\n'
}

// trimLineEnd returns the end of the text before the line break before i.
func trimLineEnd(rs []rune, i int) int {
	for i > 0 && unicode.IsSpace(rs[i-1]) {
		i--
	}
	return i
}

// filler stands for the second rune of a mark typed with two, in the copy
// of a text that typedMarks makes.
const filler = '\u2060'

// typedMarks returns a copy of rs in which the double marks typed with two
// runes, as wires and plain-text corpora do (two backquotes to open, two
// single marks to close or for both), are one mark and a filler, and
// whether it found any. Two backquotes open a
// quotation that two single marks close; where no backquote opens one,
// two single marks both open and close, as a straight mark does.
func typedMarks(rs []rune) ([]rune, bool) {
	backquotes := false
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] == '`' && rs[i+1] == '`' {
			backquotes = true
			break
		}
	}
	var n []rune
	for i := 0; i+1 < len(rs); i++ {
		var m rune
		switch {
		case rs[i] == '`' && rs[i+1] == '`':
			m = '“'
		case rs[i] == '\'' && rs[i+1] == '\'' && (i+2 >= len(rs) || rs[i+2] != '\''):
			m = '"'
			if backquotes {
				m = '”'
			}
		default:
			continue
		}
		if n == nil {
			n = append([]rune(nil), rs...)
		}
		n[i], n[i+1] = m, filler
		i++
	}
	return n, n != nil
}

// restore gives quotations found in the copy n of rs their spans in rs:
// the filler of a two-rune mark belongs to the mark, not to the quoted
// words.
func restore(rs, n []rune, qs []Quote) []Quote {
	for k := range qs {
		in, out := &qs[k].Inner, &qs[k].Outer
		if in.Start < in.End && n[in.Start] == filler {
			in.Start++
		}
		if out.End < len(n) && n[out.End] == filler {
			out.End++
		}
		in.Text, out.Text = string(rs[in.Start:in.End]), string(rs[out.Start:out.End])
	}
	return qs
}

func makeQuote(rs []rune, a, b int) Quote {
	in0, in1 := a+1, b
	if b > a+1 && isCloseMark(rs[b-1]) {
		in1 = b - 1
	}
	if in1 < in0 {
		in1 = in0
	}
	return Quote{
		Inner: Span{in0, in1, string(rs[in0:in1])},
		Outer: Span{a, b, string(rs[a:b])},
	}
}

func opener(r rune) (rune, bool) {
	switch r {
	case '“':
		return '”', true
	case '„':
		return '“', true
	case '«':
		return '»', true
	case '"':
		return '"', true
	}
	return 0, false
}

// doubledSingle reports whether two closing single marks stand at i, as
// some wires type a closing double mark: ’’ or ”.
func doubledSingle(rs []rune, i, end int) bool {
	return i+1 < end && (rs[i] == '’' && rs[i+1] == '’' || rs[i] == '\'' && rs[i+1] == '\'')
}

// closes reports whether mark r closes a quotation that closer would
// close: its own closer, or one of another style, as texts put together
// from several sources mix them (“…", "…”, „…”).
func closes(r, closer rune) bool {
	switch closer {
	case '"', '”':
		return r == '"' || r == '”'
	case '“':
		return r == '“' || r == '”' // „…“ in German, „…” in Polish
	}
	return r == closer
}

func isCloseMark(r rune) bool {
	return r == '”' || r == '“' || r == '»' || r == '"'
}

func startsWithOpener(rs []rune, p Span) bool {
	_, ok := opener(rs[p.Start])
	return ok
}

// quotesOwn reports whether paragraph p, which opens with no mark, holds
// quotations of its own in the style that closer closes: an opening mark
// comes before any closing one, or straight marks pair up within it
// ("Holt added the crew had \"never seen it\" before."). The quotation left
// open before it was then left open by mistake, and ends with its own
// paragraph.
func quotesOwn(rs []rune, p Span, closer rune) bool {
	n := 0
	for i := p.Start; i < p.End; i++ {
		r := rs[i]
		if r == '"' && closer == '"' {
			n++
			continue
		}
		if c, ok := opener(r); ok && c == closer && r != closer {
			return true
		}
		if r == closer {
			return false
		}
	}
	return n > 0 && n%2 == 0
}

// startsWithDash reports whether paragraph p opens with a dash: the
// signature line of an embedded post ("— Name (@handle) date"), which no
// quotation runs into.
func startsWithDash(rs []rune, p Span) bool {
	return rs[p.Start] == '—' || rs[p.Start] == '–'
}

func isWordRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// hasDoubleMark reports whether rs holds a double quotation mark of any
// style.
func hasDoubleMark(rs []rune) bool {
	for _, r := range rs {
		if _, ok := opener(r); ok || r == '”' || r == '»' {
			return true
		}
	}
	return false
}

// singleQuotes returns the quotations of a text quoted with single marks.
// A quotation never runs past its paragraph: without a closing mark it is
// dropped, since an unmatched single mark is more often an apostrophe
// ('90s, rock 'n' roll) than an unclosed quotation.
func singleQuotes(rs []rune, paras []Span) []Quote {
	var out []Quote
	for _, p := range paras {
		open := -1
		for i := p.Start; i < p.End; i++ {
			r := rs[i]
			if r != '\'' && r != '‘' && r != '’' {
				continue
			}
			before, after := rune(' '), rune(' ')
			if i > p.Start {
				before = rs[i-1]
			}
			if i+1 < p.End {
				after = rs[i+1]
			}
			switch {
			case open < 0 && r != '’' && opensWord(before, after):
				open = i
			case open >= 0 && r != '‘' && closesWord(before, after):
				if hasSpace(rs[open:i]) {
					out = append(out, Quote{
						Inner: Span{open + 1, i, string(rs[open+1 : i])},
						Outer: Span{open, i + 1, string(rs[open : i+1])},
					})
				}
				open = -1
			}
		}
	}
	return out
}

// opensWord reports whether a mark between before and after opens a word:
// it follows a space or an opening punctuation and precedes a letter (a
// digit after it is an elided year: the '90s).
func opensWord(before, after rune) bool {
	return (unicode.IsSpace(before) || unicode.In(before, unicode.Ps, unicode.Pd) || before == ':') &&
		(unicode.IsLetter(after) || after == '.')
}

// hasSpace reports whether rs holds a space: a quotation of one word
// between single marks (rock 'n' roll) is an elision, not a quotation.
func hasSpace(rs []rune) bool {
	for _, r := range rs {
		if unicode.IsSpace(r) {
			return true
		}
	}
	return false
}

// closesWord reports whether a mark between before and after closes a
// word: it follows a letter, a digit or a sentence's punctuation and
// precedes no letter.
// after returns the rune after i, or a space at the end of rs.
// runeBefore returns the rune before i, or a space at the start of the
// stretch that begins at start.
func runeBefore(rs []rune, i, start int) rune {
	if i > start {
		return rs[i-1]
	}
	return ' '
}

func after(rs []rune, i int) rune {
	if i+1 < len(rs) {
		return rs[i+1]
	}
	return ' '
}

func closesWord(before, after rune) bool {
	return !unicode.IsSpace(before) && !unicode.IsLetter(after) && !unicode.IsDigit(after)
}
