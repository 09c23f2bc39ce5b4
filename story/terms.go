package story

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/stopwords.txt
var stopwordsFile string

var stopwords = parseWordList(stopwordsFile)

// parseWordList reads white-space separated words, skipping # comment lines.
func parseWordList(s string) map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(s, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			m[w] = true
		}
	}
	return m
}

// maxTermLen bounds a term in bytes, so a run of letters with no spaces (a
// URL, base64, binary junk) cannot blow up the index.
const maxTermLen = 40

// terms calls fn for each content term of s, in order: lower-cased words of
// letters and digits, with possessives and plural endings folded and stop
// words dropped. name is true for a word capitalised inside a sentence,
// which usually names someone or something.
func terms(s string, fn func(term string, name bool)) {
	start := -1
	sentenceStart := true
	flush := func(end int) {
		w := s[start:end]
		start = -1
		first := sentenceStart
		sentenceStart = false
		if len(w) > maxTermLen {
			return
		}
		r := []rune(w)
		name := !first && unicode.IsUpper(r[0])
		t := normalizeTerm(strings.ToLower(w))
		if len(t) < 2 || stopwords[t] {
			return
		}
		fn(t, name)
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && (r == '\'' || r == '’') && letterFollows(s[i+utf8.RuneLen(r):]) {
			continue // keep "o'brien" whole; a possessive 's is cut off
		}
		if start >= 0 {
			flush(i)
		}
		switch r {
		case '.', '!', '?', '\n', ':', '"', '“':
			sentenceStart = true
		}
	}
	if start >= 0 {
		flush(len(s))
	}
}

// normalizeTerm folds a lower-cased word to a term: a trailing apostrophe is
// dropped and regular English plurals are made singular, so "troops" and
// "troop", "parties" and "party" meet.
func normalizeTerm(w string) string {
	w = strings.TrimRight(w, "'’")
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// letterFollows says whether s starts with a letter that does not begin a
// possessive or contracted "s".
func letterFollows(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) {
		return false
	}
	if r == 's' || r == 'S' {
		next, _ := utf8.DecodeRuneInString(s[n:])
		return unicode.IsLetter(next)
	}
	return true
}
