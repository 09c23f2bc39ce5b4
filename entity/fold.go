package entity

import (
	"strings"
	"unicode"
)

// Key folds a name to the form names are matched on: lower case, Cyrillic
// and Armenian transliterated to Latin, diacritics dropped, and the spelling
// differences between transliteration systems evened out (y and i, doubled
// letters), so "Sergey" and "Sergei", "Pashinian", "Pashinyan" and
// "Пашинян" share one key.
func Key(s string) string {
	if k, ok := asciiKey(s); ok {
		return k
	}
	return foldKey(s)
}

// foldKey is Key for any text.
func foldKey(s string) string {
	var b strings.Builder
	for _, r := range Transliterate(s) {
		r = unicode.ToLower(r)
		if t, ok := translit[r]; ok {
			b.WriteString(t)
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			continue
		}
		if r == '’' || r == '\'' || r == '.' {
			continue // "U.S." and "US", "N'Djamena" and "NDjamena"
		}
		b.WriteByte(' ')
	}
	return phonetic(strings.Join(strings.Fields(b.String()), " "))
}

// asciiKey is Key for a single word of ASCII letters, digits and
// apostrophes, the common case, without allocating more than the result,
// and nothing when the word is its own key.
func asciiKey(s string) (string, bool) {
	var arr [32]byte
	buf := arr[:0]
	var last byte
	same := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '\'':
			same = false
			continue
		default:
			return "", false
		}
		if c == 'y' {
			c = 'i'
		}
		if c == last {
			same = false
			continue
		}
		same = same && c == s[i]
		buf = append(buf, c)
		last = c
	}
	if same {
		return s, true
	}
	return string(buf), true
}

// phonetic evens out transliteration variants: y→i, doubled letters once.
func phonetic(s string) string {
	var b strings.Builder
	var last rune
	for _, r := range s {
		if r == 'y' {
			r = 'i'
		}
		if r == last && r != ' ' {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// translit maps Cyrillic and Armenian letters (BGN/PCGN style) and Latin
// letters with diacritics to plain Latin.
var translit = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu",
	'я': "ya", 'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g", 'ў': "u",
	'ա': "a", 'բ': "b", 'գ': "g", 'դ': "d", 'ե': "e", 'զ': "z", 'է': "e", 'ը': "y",
	'թ': "t", 'ժ': "zh", 'ի': "i", 'լ': "l", 'խ': "kh", 'ծ': "ts", 'կ': "k", 'հ': "h",
	'ձ': "dz", 'ղ': "gh", 'ճ': "ch", 'մ': "m", 'յ': "y", 'ն': "n", 'շ': "sh", 'ո': "o",
	'չ': "ch", 'պ': "p", 'ջ': "j", 'ռ': "r", 'ս': "s", 'վ': "v", 'տ': "t", 'ր': "r",
	'ց': "ts", 'ւ': "", 'փ': "p", 'ք': "k", 'օ': "o", 'ֆ': "f", 'և': "ev",
	'á': "a", 'à': "a", 'â': "a", 'ä': "a", 'ã': "a", 'å': "a", 'ç': "c", 'č': "c",
	'é': "e", 'è': "e", 'ê': "e", 'ë': "e", 'ə': "a", 'ğ': "g", 'í': "i", 'ì': "i",
	'î': "i", 'ï': "i", 'ı': "i", 'ñ': "n", 'ó': "o", 'ò': "o", 'ô': "o", 'ö': "o",
	'õ': "o", 'ø': "o", 'ş': "s", 'š': "s", 'ú': "u", 'ù': "u", 'û': "u", 'ü': "u",
	'ý': "y", 'ž': "z", 'ł': "l", 'ß': "ss",
}

// Transliterate returns s with Cyrillic and Armenian letters written in
// Latin letters (BGN/PCGN style: "Ереван" and "Երևան" give "Yerevan"),
// keeping the case of each letter's first Latin letter.
func Transliterate(s string) string {
	var b strings.Builder
	prev := ' '
	for _, r := range s {
		t, ok := translit[unicode.ToLower(r)]
		if !ok {
			b.WriteRune(r)
			prev = r
			continue
		}
		if l := unicode.ToLower(r); (l == 'е' || l == 'ե') && !unicode.IsLetter(prev) {
			t = "ye" // a word-initial e is iotated
		}
		prev = r
		if unicode.IsUpper(r) && t != "" {
			t = strings.ToUpper(t[:1]) + t[1:]
		}
		b.WriteString(t)
	}
	return b.String()
}

// distance returns the Levenshtein distance between a and b, or max+1
// when it exceeds max. Only the cells within max of the diagonal are
// filled: a path of at most max edits never leaves them.
func distance(a, b string, max int) int {
	return runeDistance([]rune(a), []rune(b), max)
}

// runeDistance is distance on decoded runes.
func runeDistance(ra, rb []rune, max int) int {
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	far := max + 1     // the value of every cell off the band
	var pa, ca [24]int // the rows for a name's length, on the stack
	prev, cur := pa[:], ca[:]
	if len(rb) >= len(pa) {
		prev, cur = make([]int, len(rb)+1), make([]int, len(rb)+1)
	}
	prev, cur = prev[:len(rb)+1], cur[:len(rb)+1]
	for j := range prev {
		prev[j] = min(j, far)
	}
	for i := 1; i <= len(ra); i++ {
		lo, hi := i-max, min(len(rb), i+max)
		if lo <= 1 {
			lo, cur[0] = 1, min(i, far)
		} else {
			cur[lo-1] = far
		}
		best := cur[lo-1]
		for j := lo; j <= hi; j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c, far)
			best = min(best, cur[j])
		}
		if hi < len(rb) {
			cur[hi+1] = far
		}
		if best > max {
			return far
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// typoBudget is how many edits a name of n runes may carry and still be
// read as a misspelling: none under 5 runes, where one edit turns one real
// name into another ("Iran", "Iraq").
func typoBudget(n int) int {
	switch {
	case n < 5:
		return 0
	case n < 12:
		return 1
	}
	return 2
}
