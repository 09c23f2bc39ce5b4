package extract

import (
	_ "embed"
	"strings"
	"unicode"
)

// The word lists are small and read once; see the files for their sources.
var (
	//go:embed textvocab.txt
	vocabFile string
	//go:embed textstopwords.txt
	stopwordFile string

	uiVocab            = parseVocab(vocabFile)
	stopwords, stopISO = parseStopwords(stopwordFile)
)

// vocab holds the furniture vocabulary, lower-cased.
type vocab struct {
	labels  map[string]bool
	prefix  []string
	phrases map[string][]string // notice phrases by their first word
	symbols []string            // notice phrases that start with a symbol
	thread  map[string][]string // thread openers by their first word
	end     map[string]bool     // headings over lists of other stories
}

// parseVocab reads the sections of the vocabulary file (see its header).
func parseVocab(src string) vocab {
	v := vocab{labels: map[string]bool{}, phrases: map[string][]string{}, thread: map[string][]string{}, end: map[string]bool{}}
	section := ""
	for _, ln := range strings.Split(src, "\n") {
		if strings.HasPrefix(ln, "#") || strings.TrimSpace(ln) == "" {
			continue
		}
		if strings.HasPrefix(ln, "[") {
			section = strings.Trim(ln, "[] ")
			continue
		}
		ln = strings.ToLower(ln)
		switch section {
		case "label":
			v.labels[labelKey(ln)] = true
		case "prefix":
			v.prefix = append(v.prefix, ln)
		case "phrase":
			if w := firstWord(ln); w != "" {
				v.phrases[w] = append(v.phrases[w], ln)
			} else {
				v.symbols = append(v.symbols, ln)
			}
		case "thread":
			v.thread[firstWord(ln)] = append(v.thread[firstWord(ln)], ln)
		case "end":
			v.end[ln] = true
		}
	}
	return v
}

// maxStopLen is the length in bytes of the longest stop word: longer
// words need no look-up.
var maxStopLen int

// stopLangs is the number of languages the stop-word file can hold: a
// word's languages are kept as bits of a uint16.
const stopLangs = 16

// parseStopwords maps each stop word to the set of languages (bits, in the
// order of the file's lines) it is a stop word of, and returns the
// languages' codes in that order.
func parseStopwords(src string) (map[string]uint16, []string) {
	m := map[string]uint16{}
	var codes []string
	for _, ln := range strings.Split(src, "\n") {
		f := strings.Fields(ln)
		if strings.HasPrefix(ln, "#") || len(f) < 2 || len(codes) == stopLangs {
			continue
		}
		for _, w := range f[1:] {
			m[w] |= 1 << len(codes)
			maxStopLen = max(maxStopLen, len(w))
		}
		codes = append(codes, f[0])
	}
	return m, codes
}

// labelKey folds a lower-cased line to the form labels are compared in:
// without surrounding punctuation, counters or arrows ("share (12)",
// "reply ↓").
func labelKey(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsDigit(r) || unicode.IsSymbol(r)
	})
}

// isFurniture reports whether a line of the given word count is a widget
// label, a short line opening with a widget word, or a short line holding a
// notice phrase.
func (v vocab) isFurniture(lower string, words int) bool {
	if v.labels[labelKey(lower)] {
		return true
	}
	if words <= 4 {
		for _, p := range v.prefix {
			if strings.HasPrefix(lower, p) {
				return true
			}
		}
	}
	if words > maxVocabWords {
		return false
	}
	if isFollowPrompt(lower) {
		return true
	}
	for _, p := range v.symbols {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return hasPhrase(v.phrases, lower)
}

// isFollowPrompt reports an invitation to follow the outlet on social
// networks ("Follow X on Facebook, Twitter and Instagram").
func isFollowPrompt(lower string) bool {
	if !strings.HasPrefix(lower, "follow ") && !strings.HasPrefix(lower, "siga ") && !strings.HasPrefix(lower, "ikuti ") {
		return false
	}
	for _, n := range []string{"facebook", "twitter", "instagram", "youtube", "telegram", "whatsapp"} {
		if strings.Contains(lower, n) {
			return true
		}
	}
	return false
}

// hasPhrase reports whether one of the phrases (indexed by first word)
// starts at a word of lower: one map look-up per word rather than a search
// per phrase.
func hasPhrase(phrases map[string][]string, lower string) bool {
	start := -1
	for i, r := range lower {
		if isAlnum(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && startsPhrase(phrases, lower, start, i) {
			return true
		}
		start = -1
	}
	return start >= 0 && startsPhrase(phrases, lower, start, len(lower))
}

// startsPhrase reports whether a phrase whose first word is lower[start:end]
// starts there.
func startsPhrase(phrases map[string][]string, lower string, start, end int) bool {
	for _, p := range phrases[lower[start:end]] {
		if strings.HasPrefix(lower[start:], p) {
			return true
		}
	}
	return false
}

func isAlnum(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// firstWord returns the leading run of letters and digits of s.
func firstWord(s string) string {
	for i, r := range s {
		if !isAlnum(r) {
			return s[:i]
		}
	}
	return s
}

// commentWords are headings that open a comment thread when they stand
// alone on a line, possibly with a count ("12 Comments", "Комментарии (3)").
var commentWords = map[string]bool{
	"comments": true, "comment": true, "responses": true, "discussion": true,
	"комментарии": true, "комментариев": true, "kommentare": true,
	"comentários": true, "comentarios": true, "komentar": true, "commentaires": true,
}

// opensThread reports whether a line marks the start of a comment thread.
func (v vocab) opensThread(lower string, words int) bool {
	if words > 14 {
		return false
	}
	key := labelKey(lower)
	if commentWords[key] {
		return true
	}
	if n, word, ok := strings.Cut(key, " "); ok && isNumber(n) && commentWords[strings.TrimSpace(word)] {
		return true
	}
	return hasPhrase(v.thread, lower)
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// closesArticle reports a heading that introduces lists of other stories
// ("Related articles", "Most popular", "Читайте также").
func (v vocab) closesArticle(lower string, words int) bool {
	if words > 6 {
		return false
	}
	key := labelKey(lower)
	for i, r := range key {
		if r == ' ' && v.end[key[:i]] {
			return true
		}
	}
	return v.end[key]
}
