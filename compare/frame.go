package compare

import (
	"strings"
	"unicode"

	"github.com/parallax-news/parallax"
)

// frame is a statement normalised for comparison: who it is about (the
// countries it names, first one first), what happens (its main predicate
// and concept classes) and the other content words, each as a feature.
type frame struct {
	who      []string        // countries in order of first mention
	whoName  []string        // the word that first named each of them
	names    []string        // other proper names ("Lennar Pass"), for labels
	features map[string]bool // "p:" predicate group, "c:" concepts, "a:" countries, "w:" other words
	words    []string        // the content's lower-cased words, in order
	text     string          // those words joined by single spaces
	pred     predicate       // the main predicate, when hasPred
	hasPred  bool
}

// newFrame builds the frame of a statement's content.
func newFrame(s parallax.Statement) frame {
	f := frame{features: map[string]bool{}}
	raws := splitWords(s.Content)
	for i, raw := range raws {
		w := strings.ToLower(raw)
		if raw == "US" || raw == "U.S" || raw == "USA" {
			w = "usa"
		}
		f.words = append(f.words, w)
		t := fold(w)
		countries := countriesIn(raw, t)
		switch {
		case concepts["~"+t] != "" && headsPhrase(raws, i):
			f.features["c:"+concepts["~"+t]] = true
		case len(countries) > 0:
			for _, a := range countries {
				if !f.features["a:"+a] {
					f.who = append(f.who, a)
					f.whoName = append(f.whoName, strings.TrimSuffix(strings.TrimSuffix(raw, "'s"), "’s"))
				}
				f.features["a:"+a] = true
			}
		case concepts[t] != "":
			f.features["c:"+concepts[t]] = true
		case stopwords[w] || len([]rune(w)) < 3 || countCue([]string{w}, "negation") > 0 || isPredicateWord(w):
		default:
			f.features["w:"+t] = true
		}
	}
	f.text = strings.Join(f.words, " ")
	f.names = properNames(raws)
	f.pred, f.hasPred = mainPredicate(s.Content, f.features)
	if f.hasPred {
		f.features["p:"+f.pred.group] = true
	}
	return f
}

// countriesIn returns the countries a word stands for, t being its folded
// form: those of the lexicon, else the one its name's shape gives.
func countriesIn(raw, t string) []string {
	if a := actorsIn(t); len(a) > 0 {
		return a
	}
	if d := demonym(raw); d != "" {
		return []string{d}
	}
	return nil
}

// properNames returns the runs of capitalised words after the first word
// that do not name a country or a month or day: places, organisations,
// people.
func properNames(raws []string) []string {
	var out, run []string
	flush := func() {
		if len(run) > 0 {
			out = append(out, strings.Join(run, " "))
		}
		run = run[:0]
	}
	for i, raw := range raws {
		t := fold(strings.ToLower(raw))
		if i == 0 || !unicode.IsUpper([]rune(raw)[0]) || stopwords[strings.ToLower(raw)] || cueSets["calendar"][strings.ToLower(raw)] || len(countriesIn(raw, t)) > 0 {
			flush()
			continue
		}
		run = append(run, raw)
	}
	flush()
	return out
}

// demonym recognises a place or people the lexicon does not list by the
// shape of its name: a capitalised word ending in -ia or -ian ("Kardonia",
// "Kardonian's") stands for the country of its stem. Short words are left
// out, since given names end the same way.
func demonym(raw string) string {
	w := strings.TrimSuffix(strings.TrimSuffix(raw, "'s"), "’s")
	if len(w) < 6 || !unicode.IsUpper([]rune(w)[0]) || strings.ContainsRune(w, '-') {
		return ""
	}
	l := strings.ToLower(w)
	for _, suffix := range []string{"ians", "ian", "ia"} {
		if strings.HasSuffix(l, suffix) {
			return strings.TrimSuffix(l, suffix)
		}
	}
	return ""
}

// splitWords splits text into words of letters, digits, hyphens and
// apostrophes.
func splitWords(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’'
	})
}

// fold makes a lower-cased word comparable: possessives dropped, regular
// plurals made singular.
func fold(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// headsPhrase says whether word i ends its noun phrase: the next word is
// missing, a function word or a word of the same concept ("peacekeeping
// units").
func headsPhrase(words []string, i int) bool {
	if i+1 >= len(words) {
		return true
	}
	next := fold(strings.ToLower(words[i+1]))
	c := concepts["~"+fold(strings.ToLower(words[i]))]
	return stopwords[next] || concepts[next] == c
}

// actorsIn returns the countries a word stands for: one for "Turkish", two
// for a compound such as "Russian-Turkish".
func actorsIn(w string) []string {
	if a := actors[w]; a != "" {
		return []string{a}
	}
	var out []string
	for _, part := range strings.Split(w, "-") {
		if a := actors[fold(part)]; a != "" {
			out = append(out, a)
		}
	}
	return out
}
