package extract

import (
	_ "embed"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The word lists are small and read once; see the files for their sources.
var (
	//go:embed textvocab.txt
	vocabFile string
	//go:embed textstopwords.txt
	stopwordFile string

	uiVocab            = parseVocab(vocabFile, map[phraseKind][]string{phraseCaption: captionPhrases, phrasePrompt: promptPhrases})
	stopwords, stopISO = parseStopwords(stopwordFile)
	stopScale          = parseStopScales(stopwordFile)
	stopPacked         = packStopwords(stopwords)
)

// vocab holds the furniture vocabulary, lower-cased.
type vocab struct {
	labels  map[string]bool
	prefix  []string
	phrases phraseSet       // notice phrases, thread openers and the extra kinds
	symbols []string        // notice phrases that start with a symbol
	end     map[string]bool // headings over lists of other stories
}

// parseVocab reads the sections of the vocabulary file (see its header)
// and adds the extra phrases of other kinds.
func parseVocab(src string, extra map[phraseKind][]string) vocab {
	v := vocab{labels: map[string]bool{}, phrases: newPhraseSet(), end: map[string]bool{}}
	for kind, phrases := range extra {
		for _, p := range phrases {
			v.phrases.add(p, kind)
		}
	}
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
			if firstWord(ln) != "" {
				v.phrases.add(ln, phraseNotice)
			} else {
				v.symbols = append(v.symbols, ln)
			}
		case "thread":
			v.phrases.add(ln, phraseThread)
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
		code, _, _ := strings.Cut(f[0], "/")
		codes = append(codes, code)
	}
	return m, codes
}

// proseDensity is the share of stop words in English running prose, the
// scale the line classifier's thresholds were set on.
const proseDensity = 0.42

// parseStopScales returns, for each language of the stop-word file, what
// its stop-word densities are multiplied by to be read on the English
// scale: a language with fewer function words (Russian has no articles)
// states its prose density after its code ("ru/0.24"); the others are
// read as they are.
func parseStopScales(src string) []float64 {
	var out []float64
	for _, ln := range strings.Split(src, "\n") {
		f := strings.Fields(ln)
		if strings.HasPrefix(ln, "#") || len(f) < 2 || len(out) == stopLangs {
			continue
		}
		scale := 1.0
		if _, d, ok := strings.Cut(f[0], "/"); ok {
			if v, err := strconv.ParseFloat(d, 64); err == nil && v > 0 {
				scale = proseDensity / v
			}
		}
		out = append(out, scale)
	}
	return out
}

// packStopwords indexes the stop words of at most eight ASCII bytes by
// their bytes packed into an integer, which is looked up several times
// faster than a string and needs no lower-cased copy of the word.
func packStopwords(words map[string]uint16) *packedTable {
	t := newPackedTable(len(words))
	for w, bits := range words {
		if k, ok := packASCII(w); ok {
			t.put(k, bits)
		}
	}
	return t
}

// packedTable is a fixed hash table from packed words to language bits,
// with open addressing: every word of a page is looked up in it, and it
// costs a multiplication and a probe or two where a map costs a hash of
// the key and more.
type packedTable struct {
	keys  []uint64 // 0 marks a free slot; no packed word is 0
	bits  []uint16
	shift uint
}

func newPackedTable(n int) *packedTable {
	size, shift := 1, uint(64)
	for size < 2*n {
		size <<= 1
		shift--
	}
	return &packedTable{keys: make([]uint64, size), bits: make([]uint16, size), shift: shift}
}

func (t *packedTable) slot(k uint64) int {
	return int((k * 0x9E3779B97F4A7C15) >> t.shift)
}

func (t *packedTable) put(k uint64, bits uint16) {
	mask := len(t.keys) - 1
	for i := t.slot(k); ; i = (i + 1) & mask {
		if t.keys[i] == 0 || t.keys[i] == k {
			t.keys[i], t.bits[i] = k, bits
			return
		}
	}
}

func (t *packedTable) get(k uint64) uint16 {
	mask := len(t.keys) - 1
	for i := t.slot(k); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.bits[i]
		case 0:
			return 0
		}
	}
}

// packASCII packs a word of at most eight ASCII bytes, lower-cased, into
// an integer.
func packASCII(w string) (uint64, bool) {
	if len(w) > 8 {
		return 0, false
	}
	var k uint64
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return 0, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		k = k<<8 | uint64(c)
	}
	return k, true
}

// stopBits returns the languages w is a stop word of, in any case.
func stopBits(w string) uint16 {
	if k, ok := packASCII(w); ok {
		return stopPacked.get(k)
	}
	if len(w) > maxStopLen {
		return 0
	}
	return stopwords[lowerWord(w)]
}

// labelKey folds a lower-cased line to the form labels are compared in:
// without surrounding punctuation, counters or arrows ("share (12)",
// "reply ↓").
func labelKey(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsDigit(r) || unicode.IsSymbol(r)
	})
}

// isFurniture reports whether a line is a widget label, a short line
// opening with a widget word, or a short line holding a notice phrase.
func (v vocab) isFurniture(l *line) bool {
	lower, words := l.lower, l.words
	if v.labels[l.key] {
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
	return l.phrases&phraseNotice != 0
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

// phraseKind says what a phrase of the vocabulary marks; a line holds the
// kinds of all the phrases found in it.
type phraseKind uint8

const (
	phraseNotice  phraseKind = 1 << iota // a notice of page furniture
	phraseThread                         // the opening of a comment thread
	phraseCaption                        // a photo caption or credit
	phrasePrompt                         // a prompt to sign in or use a form
)

// phraseSet indexes phrases by their first word, so that a line is matched
// against all of them in one pass over its words. A first word of at most
// eight ASCII bytes is keyed by its bytes packed into an integer (see
// packASCII), which is looked up several times faster than a string.
type phraseSet struct {
	packed map[uint64][]taggedPhrase
	long   map[string][]taggedPhrase
	// starts marks the first bytes (by word length) first words have,
	// which rules out most words before any look-up.
	starts *[maxPhraseWordLen + 1][256]bool
}

// taggedPhrase is a lower-case phrase with its kind.
type taggedPhrase struct {
	text string
	kind phraseKind
}

// maxPhraseWordLen bounds the first words starts tracks by length; longer
// ones share its last row.
const maxPhraseWordLen = 15

func newPhraseSet() phraseSet {
	return phraseSet{packed: map[uint64][]taggedPhrase{}, long: map[string][]taggedPhrase{}, starts: new([maxPhraseWordLen + 1][256]bool)}
}

// add adds a lower-case phrase of the given kind.
func (s phraseSet) add(p string, kind phraseKind) {
	w := firstWord(p)
	if w == "" {
		return
	}
	s.starts[min(len(w), maxPhraseWordLen)][w[0]] = true
	t := taggedPhrase{p, kind}
	if k, ok := packASCII(w); ok {
		s.packed[k] = append(s.packed[k], t)
	} else {
		s.long[w] = append(s.long[w], t)
	}
}

// starting returns the phrases whose first word is w.
func (s phraseSet) starting(w string) []taggedPhrase {
	if !s.starts[min(len(w), maxPhraseWordLen)][w[0]] {
		return nil
	}
	if k, ok := packASCII(w); ok {
		return s.packed[k]
	}
	return s.long[w]
}

// kinds returns the kinds of the phrases that start at a word of lower:
// one look-up per word rather than a search per phrase.
func (s phraseSet) kinds(lower string) phraseKind {
	var found phraseKind
	start := -1
	for i := 0; i <= len(lower); {
		alnum, size := false, 1
		if i < len(lower) {
			c := lower[i]
			switch {
			case c >= utf8.RuneSelf:
				var r rune
				r, size = utf8.DecodeRuneInString(lower[i:])
				alnum = unicode.IsLetter(r) || unicode.IsDigit(r)
			default:
				alnum = asciiAlnum[c]
			}
		}
		switch {
		case alnum && start < 0:
			start = i
		case !alnum && start >= 0:
			for _, p := range s.starting(lower[start:i]) {
				if strings.HasPrefix(lower[start:], p.text) {
					found |= p.kind
				}
			}
			start = -1
		}
		i += size
	}
	return found
}

// asciiAlnum marks the ASCII letters and digits.
var asciiAlnum = func() (t [0x80]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

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

// opensThread reports whether a line marks the start of a comment thread:
// a listed phrase, a heading on comments ("12 Comments", "Комментарии
// (3)") or a prompt that ties commenting to signing in or to the comment
// form ("To comment, you must sign in", "Log in to comment").
func (v vocab) opensThread(l *line) bool {
	if l.words > 14 {
		return false
	}
	key := l.key
	if commentWords[key] {
		return true
	}
	if n, word, ok := strings.Cut(key, " "); ok && isNumber(n) && commentWords[strings.TrimSpace(word)] {
		return true
	}
	if l.phrases&phraseThread != 0 {
		return true
	}
	return isCommentPrompt(l)
}

// commentStems begin the words for commenting in the languages read most.
var commentStems = []string{"comment", "kommentar", "коммент", "комент", "comentar", "comentá", "komentar", "reageer"}

// promptPhrases tie a mention of comments to the comment form or to signing
// in.
var promptPhrases = []string{"sign in", "signed in", "log in", "logged in", "login", "register", "registered", "must",
	"leave", "post", "write", "add", "войдите", "авторизуйтесь", "зарегистрируйтесь", "anmelden", "angemeldet",
	"schreiben", "faça login", "deixe", "masuk", "tulis", "connecter", "connecté", "laisser", "inicia sesión", "deja"}

// isCommentPrompt reports a short line that ties commenting to signing in
// or to the comment form; a sentence of an article that mentions comments
// ("He declined to comment.") does not.
func isCommentPrompt(l *line) bool {
	return l.phrases&phrasePrompt != 0 && hasCommentStem(l.lower)
}

// hasCommentStem reports whether a word of lower begins with a word for
// commenting.
func hasCommentStem(lower string) bool {
	for _, s := range commentStems {
		if i := strings.Index(lower, s); i >= 0 && (i == 0 || !isAlnum(lastRune(lower[:i]))) {
			return true
		}
	}
	return false
}

// lastRune returns the last rune of s.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
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
func (v vocab) closesArticle(l *line) bool {
	if l.words > 6 {
		return false
	}
	key := l.key
	for i, r := range key {
		if r == ' ' && v.end[key[:i]] {
			return true
		}
	}
	return v.end[key] || isAboutHeading(l)
}

// aboutWords open the heading over an author's or an outlet's profile
// ("About Jane Doe", "Sobre o autor", "Об авторе").
var aboutWords = map[string]bool{"about": true, "sobre": true, "über": true, "tentang": true, "об": true}

// isAboutHeading reports a heading of a few words over a profile: an
// about-word, then a name in capitals or a word for the author.
func isAboutHeading(l *line) bool {
	if l.words < 2 || l.words > 4 || endsSentence(l.text) {
		return false
	}
	first, rest, _ := strings.Cut(l.key, " ")
	if !aboutWords[first] {
		return false
	}
	return l.caps >= l.words-1 || strings.Contains(rest, "author") || strings.Contains(rest, "autor") || strings.Contains(rest, "автор") || strings.Contains(rest, "penulis")
}
