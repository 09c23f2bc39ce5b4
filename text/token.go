package text

import (
	"unicode"
	"unicode/utf8"
)

// TokenKind says what a token is made of.
type TokenKind uint8

const (
	Word   TokenKind = iota // letters, with inner hyphens, apostrophes and periods of initials
	Number                  // digits, with inner separators ("2,160", "12.5")
	Punct                   // one punctuation or symbol rune
)

// Token is one word, number or punctuation mark.
type Token struct {
	Span
	Kind TokenKind
	Line bool // a line break comes before it: no phrase runs across
}

// Near reports whether t follows prev with at most one space between them
// and no line break: a name or phrase may run on from prev to t.
func (t Token) Near(prev Token) bool {
	return t.Start <= prev.End+1 && !t.Line
}

// Spaced reports whether t follows prev after exactly one space, on the
// same line.
func (t Token) Spaced(prev Token) bool {
	return t.Start == prev.End+1 && !t.Line
}

// Tokenize cuts s into tokens. White space separates tokens and is dropped.
// A word ends where its script changes, so a word fused to a word of another
// script by a missing space ("сообщилthat") gives two tokens.
func Tokenize(s string) []Token {
	return TokenizeRunes([]rune(s), 0)
}

// TokenizeRunes is Tokenize over runes; offsets are shifted by base.
func TokenizeRunes(rs []rune, base int) []Token {
	toks := make([]Token, 0, len(rs)/4+1) // about one token in four runes of prose
	var short shortTexts
	line := false
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case isSpace(r):
			line = line || lineBreak(r)
			i++
			continue
		case isLetter(r) || editorial(rs, i) > 0:
			j := wordEnd(rs, i)
			toks = append(toks, Token{Span{base + i, base + j, short.text(rs[i:j])}, Word, line})
			i = j
		case isDigit(r):
			j := numberEnd(rs, i)
			toks = append(toks, Token{Span{base + i, base + j, short.text(rs[i:j])}, Number, line})
			i = j
		default:
			toks = append(toks, Token{Span{base + i, base + i + 1, short.text(rs[i : i+1])}, Punct, line})
			i++
		}
		line = false
	}
	return toks
}

// lineBreak reports whether r ends a line.
func lineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}

// shortTexts holds the texts of the short ASCII tokens of one text ("the",
// ",", "said"), which recur, so that each is allocated once: a small hash
// table keyed by the token's length and bytes, a later token taking the
// slot of an earlier one when they collide.
type shortTexts [256]struct {
	key  uint64
	text string // "" for an empty slot
}

// text returns string(rs), from the table when it holds it.
func (c *shortTexts) text(rs []rune) string {
	if len(rs) > 7 {
		return string(rs)
	}
	key := uint64(len(rs))
	for _, r := range rs {
		if r < 0 || r >= utf8.RuneSelf {
			return string(rs)
		}
		key = key<<8 | uint64(r)
	}
	slot := &c[key*0x9E3779B97F4A7C15>>56]
	if slot.text == "" || slot.key != key {
		slot.key, slot.text = key, string(rs)
	}
	return slot.text
}

// wordEnd returns the end of the word starting at i: letters and marks of
// one script, joined by single hyphens or apostrophes followed by a letter.
func wordEnd(rs []rune, i int) int {
	j := i + 1
	if k := editorial(rs, i); k > 0 {
		j = k
	}
	sc := script(rs[j-1])
	for j < len(rs) {
		r := rs[j]
		if sc == scriptLatin && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			j++ // the common case, which the tests below take the long way
			continue
		}
		if k := editorial(rs, j); k > 0 {
			j = k
			continue
		}
		if isLetter(r) || isMark(r) {
			if s := script(r); s != sc && s != scriptOther && sc != scriptOther {
				break
			}
			j++
			continue
		}
		if isJoiner(r) && j+1 < len(rs) && isLetter(rs[j+1]) && !possessive(rs, j) {
			j += 2
			continue
		}
		break
	}
	return j
}

// maxEditorial is the most letters an editor's bracket inside a word
// holds: "(b)oth", "[t]he", "wom[e]n", "gov(ernmen)t".
const maxEditorial = 6

// editorial returns the end of the editor's bracket at i when one opens
// there and a letter follows it, so the word it is part of stays whole:
// a quotation's "(b)oth ministers" is not the word "oth". It returns 0
// otherwise.
func editorial(rs []rune, i int) int {
	var closing rune
	switch rs[i] {
	case '(':
		closing = ')'
	case '[':
		closing = ']'
	default:
		return 0
	}
	for k := i + 1; k < len(rs) && k <= i+maxEditorial+1; k++ {
		switch {
		case rs[k] == closing:
			if k == i+1 || k+1 >= len(rs) || !isLetter(rs[k+1]) {
				return 0
			}
			return k + 1
		case !isLetter(rs[k]):
			return 0
		}
	}
	return 0
}

// possessive reports whether the apostrophe at j starts a possessive "'s",
// which is cut off so that "Russia’s" gives the name "Russia".
func possessive(rs []rune, j int) bool {
	if rs[j] != '\'' && rs[j] != '’' {
		return false
	}
	if j+1 >= len(rs) || (rs[j+1] != 's' && rs[j+1] != 'S') {
		return false
	}
	return j+2 >= len(rs) || !isLetter(rs[j+2])
}

func numberEnd(rs []rune, i int) int {
	j := i + 1
	for j < len(rs) {
		if isDigit(rs[j]) {
			j++
			continue
		}
		if (rs[j] == ',' || rs[j] == '.') && j+1 < len(rs) && isDigit(rs[j+1]) {
			j += 2
			continue
		}
		break
	}
	return j
}

func isJoiner(r rune) bool {
	switch r {
	case '-', '\'', '’', '‐', '‑':
		return true
	}
	return false
}

const (
	scriptOther = iota
	scriptLatin
	scriptCyrillic
	scriptArmenian
	scriptGreek
)

func script(r rune) int {
	if r >= 0 && r < classed {
		return int(classes[r] >> scriptShift)
	}
	return scriptOf(r)
}

func scriptOf(r rune) int {
	switch {
	case unicode.Is(unicode.Latin, r):
		return scriptLatin
	case unicode.Is(unicode.Cyrillic, r):
		return scriptCyrillic
	case unicode.Is(unicode.Armenian, r):
		return scriptArmenian
	case unicode.Is(unicode.Greek, r):
		return scriptGreek
	}
	return scriptOther
}

// classed runes, those of the Latin, Greek, Cyrillic and Armenian blocks,
// have their properties looked up in classes rather than in the Unicode
// tables: the tokenizer asks them of every rune.
const classed = 0x590

const (
	classLetter = 1 << iota
	classMark   // a nonspacing mark (Mn)
	classSpace
	classDigit
	scriptShift = iota // the script takes the bits from here
)

var classes = func() (c [classed]uint8) {
	for r := range rune(classed) {
		var k uint8
		if unicode.IsLetter(r) {
			k |= classLetter
		}
		if unicode.Is(unicode.Mn, r) {
			k |= classMark
		}
		if unicode.IsSpace(r) {
			k |= classSpace
		}
		if unicode.IsDigit(r) {
			k |= classDigit
		}
		c[r] = k | uint8(scriptOf(r))<<scriptShift
	}
	return c
}()

func isLetter(r rune) bool {
	if r >= 0 && r < classed {
		return classes[r]&classLetter != 0
	}
	return unicode.IsLetter(r)
}

func isMark(r rune) bool {
	if r >= 0 && r < classed {
		return classes[r]&classMark != 0
	}
	return unicode.Is(unicode.Mn, r)
}

func isSpace(r rune) bool {
	if r >= 0 && r < classed {
		return classes[r]&classSpace != 0
	}
	return unicode.IsSpace(r)
}

func isDigit(r rune) bool {
	if r >= 0 && r < classed {
		return classes[r]&classDigit != 0
	}
	return unicode.IsDigit(r)
}
