package ingest

import (
	"math"
	"unicode"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// legacy are the single-byte charsets an undeclared page that is not UTF-8
// is tried in: the Western default first, then the Cyrillic ones that
// Russian-language pages were saved in.
var legacy = []struct {
	name string
	enc  *charmap.Charmap
}{
	{"windows-1252", charmap.Windows1252},
	{"windows-1251", charmap.Windows1251},
	{"koi8-r", charmap.KOI8R},
	{"ibm866", charmap.CodePage866},
}

// class is what a character is, as far as the guess cares.
type class uint8

const (
	classOther       class = iota // ASCII other than letters, symbols, junk
	classASCIILetter              // a-z, A-Z
	classCyrLower                 // a lower-case Cyrillic letter
	classCyrUpper                 // a capital Cyrillic letter
	classLetter                   // any other letter: accented Latin, Greek...
)

// highByte is what one byte from 0x80 up decodes to in a charset: its
// class and its score before context.
type highByte struct {
	class class
	score float64
}

// highBytes holds, for each legacy charset, its bytes 0x80-0xFF; looking
// characters up once keeps the guess linear and cheap on large pages.
var highBytes = func() [][128]highByte {
	t := make([][128]highByte, len(legacy))
	for i, c := range legacy {
		for b := range 128 {
			t[i][b] = classify(c.enc.DecodeByte(byte(0x80 + b)))
		}
	}
	return t
}()

func classify(r rune) highByte {
	switch {
	case isCyrillic(r):
		h := highByte{class: classCyrLower, score: otherLetter}
		if unicode.IsUpper(r) {
			h.class = classCyrUpper
		}
		if l := unicode.ToLower(r); l >= 'а' && l < 0x460 {
			h.score = russianLog[l-'а']
		}
		return h
	case unicode.IsLetter(r):
		return highByte{classLetter, otherLetter}
	case unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsSpace(r), unicode.IsNumber(r):
		return highByte{classOther, symbol}
	}
	return highByte{classOther, junk}
}

// russianFreq is the share, in per cent, of each letter in Russian text.
var russianFreq = map[rune]float64{
	'о': 10.97, 'е': 8.45, 'а': 8.01, 'и': 7.35, 'н': 6.70, 'т': 6.26,
	'с': 5.47, 'р': 4.73, 'в': 4.54, 'л': 4.40, 'к': 3.49, 'м': 3.21,
	'д': 2.98, 'п': 2.81, 'у': 2.62, 'я': 2.01, 'ы': 1.90, 'ь': 1.74,
	'г': 1.70, 'з': 1.65, 'б': 1.59, 'ч': 1.44, 'й': 1.21, 'х': 0.97,
	'ж': 0.94, 'ш': 0.73, 'ю': 0.64, 'ц': 0.48, 'щ': 0.36, 'э': 0.32,
	'ф': 0.26, 'ъ': 0.04, 'ё': 0.04,
}

// russianLog holds the natural logarithm of each letter's share, indexed
// by the letter's offset from 'а' (ё sits past я in Unicode).
var russianLog = func() (t [0x460 - 'а']float64) {
	for i := range t {
		t[i] = otherLetter
	}
	for r, p := range russianFreq {
		t[r-'а'] = math.Log(p / 100)
	}
	return t
}()

// Scores of a non-ASCII character that is not a Russian letter, in the
// same log-probability units as russianLog: rare in any real text, so a
// decoding that produces many of them is a wrong one.
const (
	otherLetter  = -4.0 // an accented Latin letter, a letter of another alphabet
	afterLatin   = 2.0  // bonus: an accented letter inside a Latin word
	latinRun     = -2.0 // two accented Latin letters in a row
	mixedScript  = -4.0 // a Cyrillic letter glued to a Latin one
	capitalMidst = -3.0 // a Cyrillic capital after a Cyrillic letter
	symbol       = -5.0 // punctuation, symbols, box drawing
	junk         = -10.0
)

// guessSample is how much of a document the guess reads: enough to tell
// the charsets apart, and a bound on the work for large files.
const guessSample = 64 << 10

// guess picks the legacy charset whose decoding of data reads most like
// real text: each candidate decoding is scored by the Russian letter
// distribution and by how letters, case and scripts sit together.
func guess(data []byte) (encoding.Encoding, string) {
	data = data[:min(len(data), guessSample)]
	best, bestScore := 0, math.Inf(-1)
	for i := range legacy {
		if s := textScore(&highBytes[i], data); s > bestScore {
			best, bestScore = i, s
		}
	}
	return legacy[best].enc, legacy[best].name
}

// textScore scores the non-ASCII characters of data decoded with one
// single-byte charset, given as its table of high bytes. ASCII reads the
// same in every candidate and only gives context.
func textScore(t *[128]highByte, data []byte) float64 {
	score := 0.0
	prev := classOther
	for _, b := range data {
		if b < 0x80 {
			prev = classOther
			if (b|0x20) >= 'a' && (b|0x20) <= 'z' {
				prev = classASCIILetter
			}
			continue
		}
		h := t[b-0x80]
		score += h.score
		switch h.class {
		case classCyrLower, classCyrUpper:
			if prev == classASCIILetter {
				score += mixedScript
			}
			if h.class == classCyrUpper && (prev == classCyrLower || prev == classCyrUpper) {
				score += capitalMidst
			}
		case classLetter:
			if prev == classASCIILetter {
				score += afterLatin
			} else if prev == classLetter {
				score += latinRun
			}
		}
		prev = h.class
	}
	return score
}

func isCyrillic(r rune) bool { return r >= 0x400 && r <= 0x4FF }
