package text

import (
	"strings"
	"unicode"
)

// abbreviations end in a period that does not end a sentence. Lower-cased,
// without the final period.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true,
	"col": true, "lt": true, "sgt": true, "capt": true, "maj": true, "adm": true,
	"gov": true, "sen": true, "rep": true, "rev": true, "st": true, "jr": true,
	"sr": true, "inc": true, "ltd": true, "co": true, "corp": true, "vs": true,
	"no": true, "nos": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "mt": true, "ft": true, "approx": true, "est": true,
	"dept": true, "govt": true, "pres": true, "u.s": true, "u.k": true, "u.n": true,
	"e.g": true, "i.e": true, "a.m": true, "p.m": true, "cf": true, "al": true,
	"gen.-maj": true, "lt.-gen": true,
	// Russian and other Cyrillic abbreviations common in names and addresses.
	"г": true, "гг": true, "ул": true, "им": true, "т.е": true, "т.д": true,
	"т.п": true, "см": true, "тыс": true, "млн": true, "млрд": true, "руб": true,
}

// Paragraphs returns the paragraphs of s: stretches separated by blank lines,
// trimmed of surrounding white space, or the lines of a stretch whose layout
// shows one paragraph a line (see lineParagraphs). Offsets are rune offsets
// into s.
func Paragraphs(s string) []Span {
	rs := []rune(s)
	return withTexts(rs, ParagraphSpans(rs))
}

// withTexts fills in the text of each span of rs.
func withTexts(rs []rune, spans []Span) []Span {
	for i, sp := range spans {
		spans[i].Text = string(rs[sp.Start:sp.End])
	}
	return spans
}

// appendTrimmed appends the bounds of rs[a:b] without its surrounding
// white space, if anything is left.
func appendTrimmed(out []Span, rs []rune, a, b int) []Span {
	for a < b && isSpace(rs[a]) {
		a++
	}
	for b > a && isSpace(rs[b-1]) {
		b--
	}
	if a < b {
		out = append(out, Span{Start: a, End: b})
	}
	return out
}

// ParagraphSpans returns the paragraphs of rs as Paragraphs finds them,
// without their texts, for callers that hold the runes already.
func ParagraphSpans(rs []rune) []Span {
	var out []Span
	start := 0
	emit := func(a, b int) {
		if !lineParagraphs(rs, a, b) {
			out = appendTrimmed(out, rs, a, b)
			return
		}
		for _, l := range lines(rs, a, b) {
			out = appendTrimmed(out, rs, l.Start, l.End)
		}
	}
	for i := 0; i < len(rs); i++ {
		if rs[i] != '\n' {
			continue
		}
		j := i + 1
		for j < len(rs) && rs[j] != '\n' && isSpace(rs[j]) {
			j++
		}
		if j < len(rs) && rs[j] == '\n' {
			emit(start, i)
			for j < len(rs) && isSpace(rs[j]) {
				j++
			}
			start = j
			i = j - 1
		}
	}
	emit(start, len(rs))
	return out
}

// Sentences returns the sentences of s in order. A sentence never crosses a
// paragraph break. Offsets are rune offsets into s.
func Sentences(s string) []Span {
	rs := []rune(s)
	return withTexts(rs, SentenceSpans(rs))
}

// SentenceSpans returns the sentences of rs as Sentences finds them,
// without their texts, for callers that hold the runes already.
func SentenceSpans(rs []rune) []Span {
	return sentencesIn(rs, ParagraphSpans(rs))
}

// sentencesIn returns the sentences of the paragraphs paras of rs.
func sentencesIn(rs []rune, paras []Span) []Span {
	var out []Span
	for _, p := range paras {
		out = appendSentences(out, rs, p.Start, p.End)
	}
	return out
}

func appendSentences(out []Span, rs []rune, start, end int) []Span {
	emit := func(a, b int) { out = appendTrimmed(out, rs, a, b) }
	from := start
	for i := start; i < end; i++ {
		if !isTerminal(rs[i]) {
			continue
		}
		j := i + 1
		for j < end && (isTerminal(rs[j]) || isCloser(rs[j])) {
			j++
		}
		if j < end && !isSpace(rs[j]) {
			continue
		}
		k := j
		for k < end && isSpace(rs[k]) {
			k++
		}
		if k < end && !startsSentence(rs[k]) {
			continue
		}
		if rs[i] == '.' && j == i+1 && nonFinalPeriod(rs, start, i) {
			continue
		}
		emit(from, j)
		from = j
		i = j - 1
	}
	emit(from, end)
	return out
}

func isTerminal(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…' || r == '։' // ։ is the Armenian full stop
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '“':
		return true
	}
	return false
}

// startsSentence reports whether r can open a sentence.
func startsSentence(r rune) bool {
	if unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.IsTitle(r) {
		return true
	}
	if unicode.IsLetter(r) {
		// Scripts without case (Armenian has case; Georgian, Arabic do not).
		return !unicode.IsLower(r)
	}
	switch r {
	case '"', '“', '„', '«', '‹', '‘', '\'', '(', '[', '—', '–', '-', '•':
		return true
	}
	return false
}

// EndsAbbreviation reports whether a stop right after s would end an
// abbreviation or an initial ("Mr", "U.S", "J") rather than a sentence.
func EndsAbbreviation(s string) bool {
	rs := []rune(s)
	return nonFinalPeriod(rs, 0, len(rs))
}

// nonFinalPeriod reports whether the period at i ends an abbreviation or an
// initial rather than a sentence.
func nonFinalPeriod(rs []rune, start, i int) bool {
	a := i
	for a > start && (unicode.IsLetter(rs[a-1]) || rs[a-1] == '.' || rs[a-1] == '-') {
		a--
	}
	w := string(rs[a:i])
	if w == "" || a > start && unicode.IsDigit(rs[a-1]) {
		return false // a unit or a resolution after a number ends a sentence: "in 4K. Google"
	}
	if n := len([]rune(w)); n == 1 && unicode.IsUpper(rs[a]) {
		return true // an initial: "I. Aliyev", "Н. Пашинян"
	}
	if abbreviations[strings.ToLower(w)] {
		return true
	}
	// Dotted initials and acronyms: "J.R.R.", "U.S.A."
	if strings.Contains(w, ".") {
		parts := strings.Split(w, ".")
		short := true
		for _, p := range parts {
			if len([]rune(p)) > 1 {
				short = false
			}
		}
		return short
	}
	return false
}
