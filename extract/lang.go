package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
	"github.com/parallax-news/parallax"
)

// langSample bounds how much text the statistical detector reads: a few
// paragraphs decide a language, and the detector's cost grows with input.
const langSample = 1500

// scripts are the writing systems told apart, most common first. Latin and
// Cyrillic serve many languages; the others mostly one.
var scripts = []*unicode.RangeTable{
	unicode.Latin, unicode.Cyrillic, unicode.Arabic, unicode.Han, unicode.Hiragana,
	unicode.Katakana, unicode.Hangul, unicode.Armenian, unicode.Georgian, unicode.Greek,
	unicode.Hebrew, unicode.Devanagari, unicode.Thai,
}

// scriptLangs names the language of scripts that serve essentially one.
var scriptLangs = map[*unicode.RangeTable]string{
	unicode.Armenian: "hy", unicode.Georgian: "ka", unicode.Greek: "el",
	unicode.Hebrew: "he", unicode.Hangul: "ko", unicode.Hiragana: "ja",
	unicode.Katakana: "ja", unicode.Thai: "th", unicode.Devanagari: "hi",
}

// scriptOf returns the script of a letter, or nil.
func scriptOf(r rune) *unicode.RangeTable {
	if i := scriptIndex(r); i >= 0 {
		return scripts[i]
	}
	return nil
}

// dominantScript returns the script most letters of s are written in, or
// nil when s has no letters.
func dominantScript(s string) *unicode.RangeTable {
	var t scriptTally
	t.add(s)
	return t.winner()
}

// scriptTally counts letters by script over one or more texts.
type scriptTally struct {
	counts [16]int // indexed like scripts
	best   int     // index of the leader, plus one; 0 before any letter
}

func (t *scriptTally) add(s string) {
	for _, r := range s {
		i := scriptIndex(r)
		if i < 0 {
			continue
		}
		t.counts[i]++
		if t.best == 0 || t.counts[i] > t.counts[t.best-1] {
			t.best = i + 1
		}
	}
}

// winner returns the script with the most letters, or nil.
func (t *scriptTally) winner() *unicode.RangeTable {
	if t.best == 0 {
		return nil
	}
	return scripts[t.best-1]
}

// scriptIndex returns the index in scripts of r's script, or -1.
func scriptIndex(r rune) int {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			return 0
		}
		return -1
	}
	if !unicode.IsLetter(r) {
		return -1
	}
	for i, s := range scripts {
		if unicode.Is(s, r) {
			return i
		}
	}
	return -1
}

// detectLang returns the ISO 639-1 code of the language text is written
// in, or "" when unsure. Scripts used by one language decide at once; in
// Latin and Cyrillic script the stop words of the listed languages decide
// when their evidence is clear; otherwise a trigram model (whatlanggo)
// decides.
func detectLang(text string) string {
	sample := text
	if len(sample) > langSample*2 {
		sample = sample[:langSample*2]
		sample = strings.ToValidUTF8(sample, "")
	}
	sc := dominantScript(sample)
	switch {
	case sc == nil:
		return ""
	case sc == unicode.Han:
		if strings.IndexFunc(sample, func(r rune) bool { return unicode.In(r, unicode.Hiragana, unicode.Katakana) }) >= 0 {
			return "ja"
		}
		return "zh"
	case scriptLangs[sc] != "":
		return scriptLangs[sc]
	}
	if sc == unicode.Latin || sc == unicode.Cyrillic {
		if lang := stopwordLang(sample); lang != "" {
			return lang
		}
	}
	if len(sample) > langModelSample {
		sample = strings.ToValidUTF8(sample[:langModelSample], "")
	}
	info := whatlanggo.Detect(sample)
	if info.Confidence < 0.3 && len(sample) < 200 {
		return ""
	}
	return info.Lang.Iso6391()
}

// langModelSample bounds the text given to the trigram model, whose cost
// is a map look-up per trigram and language profile.
const langModelSample = 400

// stopwordLang names the language whose stop words text uses most, when
// the evidence is clear: at least eight of them, and three times as many
// as any other language's. Function words settle the languages of the
// stop-word list cheaply and better than trigrams on short text.
func stopwordLang(text string) string {
	var counts [stopLangs]int
	lower := strings.ToLower(text)
	start := -1
	for i, r := range lower + " " {
		if isTokenRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && i-start <= maxStopLen {
			for bits, k := stopwords[lower[start:i]], 0; bits != 0; bits, k = bits>>1, k+1 {
				counts[k] += int(bits & 1)
			}
		}
		start = -1
	}
	return clearWinner(counts)
}

// clearWinner returns the language of the stop-word list with the most
// hits, if it has at least eight and three times as many as any other.
func clearWinner(counts [stopLangs]int) string {
	best, second := 0, -1
	for i := 1; i < len(stopISO); i++ {
		switch {
		case counts[i] > counts[best]:
			best, second = i, best
		case second < 0 || counts[i] > counts[second]:
			second = i
		}
	}
	if best >= len(stopISO) || counts[best] < 8 || second >= 0 && counts[best] < 3*counts[second] {
		return ""
	}
	return stopISO[best]
}

// langScript returns the script a language is normally written in.
func langScript(lang string) *unicode.RangeTable {
	switch lang {
	case "ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg":
		return unicode.Cyrillic
	case "ar", "fa", "ur", "ps":
		return unicode.Arabic
	case "zh":
		return unicode.Han
	case "ja":
		return unicode.Hiragana
	}
	for sc, l := range scriptLangs {
		if l == lang {
			return sc
		}
	}
	return unicode.Latin
}

// foreignSpans marks the stretches of body written in a script other than
// the document language's: a Russian word in an English report, an Armenian
// line in a Russian one. Offsets are in runes. Statistical detection is
// useless on such short fragments; the script is what tells them apart.
func foreignSpans(body, docLang string) []parallax.LangSpan {
	home := langScript(docLang)
	if docLang == "" {
		home = dominantScript(body)
	}
	var (
		out       []parallax.LangSpan
		cur       *unicode.RangeTable
		start     int // rune offset of the open span
		startByte int
		endRune   int // rune offset just past its last letter
		endByte   int
	)
	flush := func() {
		// Latin runs in other scripts are mostly names and acronyms, not
		// fragments of another language.
		if cur != nil && cur != unicode.Latin {
			text := body[startByte:endByte]
			out = append(out, parallax.LangSpan{Lang: fragmentLang(cur, text), Start: start, End: endRune, Text: text})
		}
		cur = nil
	}
	n := 0
	for i, r := range body {
		if r < 0x80 && home == unicode.Latin {
			// ASCII in a Latin-script text: never foreign, and closes
			// a span when it is a letter.
			if cur != nil && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
				flush()
			}
			n++
			continue
		}
		sc := scriptOf(r)
		switch {
		case sc == nil:
			// Spaces and punctuation neither open nor close a span.
		case sameWriting(sc, home):
			flush()
		case sc == cur:
			endRune, endByte = n+1, i+utf8.RuneLen(r)
		default:
			flush()
			cur, start, startByte, endRune, endByte = sc, n, i, n+1, i+utf8.RuneLen(r)
		}
		n++
	}
	flush()
	return out
}

// sameWriting reports whether letters of script sc belong to text written
// in script home; Japanese mixes kana with Han characters.
func sameWriting(sc, home *unicode.RangeTable) bool {
	if sc == home {
		return true
	}
	kana := sc == unicode.Hiragana || sc == unicode.Katakana
	switch home {
	case unicode.Hiragana, unicode.Katakana:
		return kana || sc == unicode.Han
	}
	return false
}

// fragmentLang names the language of a short fragment from its script and
// the letters peculiar to one language of it.
func fragmentLang(sc *unicode.RangeTable, text string) string {
	switch sc {
	case unicode.Cyrillic:
		switch {
		case strings.ContainsAny(text, "іїєґІЇЄҐ"):
			return "uk"
		case strings.ContainsAny(text, "ђћџјљњЂЋЏЈЉЊ"):
			return "sr"
		case strings.ContainsAny(text, "ўЎ"):
			return "be"
		}
		return "ru"
	case unicode.Arabic:
		if strings.ContainsAny(text, "پچژگ") {
			return "fa"
		}
		return "ar"
	case unicode.Han:
		return "zh"
	}
	return scriptLangs[sc]
}
