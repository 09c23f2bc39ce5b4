package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// class is what a line looks like on its own, before its neighbours are
// considered (the jusText classes).
type class int

const (
	classShort     class = iota // too short to judge
	classNearGood               // prose-like but not conclusive
	classGood                   // a paragraph of running prose
	classFurniture              // a widget label or notice
)

// role is what a line turned out to be in the page.
type role int

const (
	roleFurniture role = iota
	roleBody
	roleTitle
	roleByline
	roleCaption
	roleComment
)

// line is one line of a plain-text page with the signals it is judged by.
type line struct {
	text     string // trimmed
	lower    string // lower-cased text, for lines of at most maxVocabWords words
	key      string // lower without surrounding punctuation and counters
	indent   int    // leading spaces
	blanks   int    // blank lines just before it
	runes    int
	words    int
	caps     int              // words starting with a capital letter
	stops    int              // stop words of the page's language
	scale    float64          // what the page language's stop-word density is multiplied by
	langs    [stopLangs]uint8 // stop words per language, before it is known
	unlisted bool             // in a language without a stop-word list
	dense    bool             // written in a script without spaces between words
	wall     bool             // a copyright notice: no article runs across it
	ender    bool             // a heading over lists of other stories
	boxed    bool             // in a box of links inside the article
	repeat   int              // how often the same text occurs in the page
	phrases  phraseKind       // the kinds of vocabulary phrases it holds
	class    class
	role     role
}

// splitLines cuts a page into its non-blank lines, remembering indentation
// and the blank lines before each.
func splitLines(data string) []line {
	// Room for every line saves regrowing the slice; past maxPrealloc lines
	// (a page of blank lines, say) append takes over.
	out := make([]line, 0, min(strings.Count(data, "\n")+1, maxPrealloc))
	// One lower-cased copy of the page, byte for byte aligned with it,
	// serves every line.
	lowerAll := lowerAligned(data)
	blanks, off := 0, 0
	for off < len(data) {
		ln := data[off:]
		next := len(data)
		if i := strings.IndexByte(ln, '\n'); i >= 0 {
			ln, next = ln[:i], off+i+1
		}
		start := off
		off = next
		ln = strings.TrimRight(ln, "\r")
		if strings.TrimSpace(ln) == "" {
			blanks++
			continue
		}
		// Only ASCII space is trimmed: a no-break space ending a paragraph
		// is part of the text as printed.
		text := strings.TrimLeft(ln, " \t\v\f\r")
		start += len(ln) - len(text)
		text = strings.TrimRight(text, " \t\v\f\r")
		l := line{text: text, blanks: blanks}
		l.indent = len(ln) - len(strings.TrimLeft(ln, " \t"))
		measure(&l)
		if l.words <= maxVocabWords {
			l.lower = lowerAll[start : start+len(text)]
			l.key = labelKey(l.lower)
			l.phrases = uiVocab.phrases.kinds(l.lower)
		}
		out = append(out, l)
		blanks = 0
	}
	countRepeats(out)
	setStopwords(out)
	return out
}

// lowerAligned lower-cases s keeping every byte offset: a rune whose
// lower case is encoded in a different number of bytes (a rare few, such
// as "İ") is left as it is.
func lowerAligned(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if lr := unicode.ToLower(r); lr != r && utf8.RuneLen(lr) == size {
			utf8.EncodeRune(b[i:], lr)
		} else {
			copy(b[i:i+size], s[i:i+size])
		}
		i += size
	}
	return string(b)
}

// maxPrealloc bounds the lines splitLines makes room for in advance.
const maxPrealloc = 4096

// measure fills in the length, word, capital and stop-word counts of l,
// in one pass.
func measure(l *line) {
	dense := 0
	start := -1
	text := l.text
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
			if isDenseScript(r) {
				dense++
			}
		}
		l.runes++
		word := isTokenRune(r)
		if word && start < 0 {
			start = i
			if 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r) {
				l.caps++
			}
		}
		if !word && start >= 0 {
			l.countWord(text[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		l.countWord(text[start:])
	}
	l.dense = dense*3 > l.runes
}

// maxVocabWords is the longest line, in words, that vocabulary tests
// (labels, notices, thread openers) look at; only lines this short keep a
// lower-cased copy.
const maxVocabWords = 40

// asciiToken marks the ASCII bytes words are made of.
var asciiToken = func() (t [0x80]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '\''
	}
	return t
}()

// isTokenRune reports the runes words are made of, apostrophes included
// ("don't", "it’s").
func isTokenRune(r rune) bool {
	if r < 0x80 {
		return asciiToken[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’'
}

func (l *line) countWord(w string) {
	l.words++
	for bits, i := stopBits(w), 0; bits != 0; bits, i = bits>>1, i+1 {
		if bits&1 != 0 && l.langs[i] < 255 {
			l.langs[i]++
		}
	}
}

// lowerWord lower-cases a short word, without allocating when it is ASCII.
func lowerWord(w string) string {
	var buf [32]byte
	if len(w) > len(buf) {
		return strings.ToLower(w)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 0x80:
			return strings.ToLower(w)
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if string(buf[:len(w)]) == w {
		return w
	}
	return string(buf[:len(w)])
}

// setStopwords picks the language whose stop words the page uses most and
// counts each line's stop words in that language alone, so that German
// "war" does not count in an English page.
// A page whose words are not even 5% stop words of a listed language is in
// a language the list lacks; its lines are judged by length and
// punctuation alone.
func setStopwords(lines []line) {
	var total [stopLangs]int
	words := 0
	for _, l := range lines {
		words += l.words
		for i, n := range l.langs {
			total[i] += int(n)
		}
	}
	best := 0
	for i, n := range total {
		if n > total[best] {
			best = i
		}
	}
	unlisted := total[best]*20 < words
	for i := range lines {
		lines[i].stops = int(lines[i].langs[best])
		lines[i].scale = stopScale[best]
		lines[i].unlisted = unlisted
	}
}

// isDenseScript reports scripts written without spaces between words, where
// word and stop-word counts mean nothing.
func isDenseScript(r rune) bool {
	if r < 0x0E00 {
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai)
}

func countRepeats(lines []line) {
	n := make(map[string]int32, len(lines))
	for _, l := range lines {
		n[l.text]++
	}
	for i := range lines {
		lines[i].repeat = int(n[lines[i].text])
	}
}

// endsSentence reports whether s ends like a sentence or a lead-in to one,
// looking through closing quotes and brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'”’»)]」』）】`, r)
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…:;。！？", r)
}

// classify judges a line by its length, stop-word density, final
// punctuation and vocabulary, as jusText does for HTML blocks.
func classify(l *line) class {
	if uiVocab.isFurniture(l) || isPlaceholder(l.text) {
		return classFurniture
	}
	sentence := endsSentence(l.text)
	switch {
	case l.dense:
		return byLength(l.runes, sentence, 60, 25)
	case l.unlisted:
		return byLength(l.runes, sentence, 100, 50)
	}
	density := 0.0
	if l.words > 0 {
		density = float64(l.stops) / float64(l.words) * l.scale
	}
	if isHeadline(*l, sentence) {
		return classShort
	}
	switch {
	case l.words >= 12 && density >= 0.2 && (sentence || l.words >= 20):
		return classGood
	case l.words >= 25 && density >= 0.1:
		return classGood
	case l.words >= 7 && (density >= 0.25 || sentence && density >= 0.1):
		return classNearGood
	}
	return classShort
}

// isAllCaps reports whether s has capital letters and no small ones.
func isAllCaps(s string) bool {
	upper := false
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			upper = true
		}
	}
	return upper
}

// isHeadline reports a line whose words are mostly capitalised and that
// does not end like a sentence: a headline, of this story or another.
func isHeadline(l line, sentence bool) bool {
	return !sentence && !l.dense && l.words >= 3 && l.caps*4 >= l.words*3
}

// byLength judges a line by its length in runes and final punctuation
// alone, for text where words or stop words cannot be counted.
func byLength(runes int, sentence bool, good, near int) class {
	switch {
	case runes >= good && sentence, runes >= 2*good:
		return classGood
	case runes >= near && sentence, runes >= good:
		return classNearGood
	}
	return classShort
}

// isPlaceholder reports template text a CMS printed unfilled ("%s", "%d
// bloggers like this") and a social-network handle standing alone.
func isPlaceholder(s string) bool {
	if strings.HasPrefix(s, "@") && strings.IndexByte(s, ' ') < 0 {
		return true
	}
	return strings.Contains(s, "%s") || strings.Contains(s, "%d ")
}
