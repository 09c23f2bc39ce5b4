package compare

import (
	"embed"
	"slices"
	"strings"

	"github.com/parallax-news/parallax/entity"
	"github.com/parallax-news/parallax/lexicon"
)

//go:embed data/*.txt
var data embed.FS

// Lexicons read from data/: word → concept (a leading ~ marks a word that
// names the concept only as a noun), and cue class → words.
var (
	concepts = readClasses("data/concepts.txt", true)
	cues     = readClasses("data/cues.txt", false)
)

// readClasses reads "class: word word ..." lines, skipping # comments. With
// byWord it maps each word to its class; otherwise each class to its words
// joined by spaces (underscores become spaces).
func readClasses(name string, byWord bool) map[string]string {
	b, err := data.ReadFile(name)
	if err != nil {
		panic("compare: embedded lexicon missing: " + name)
	}
	m := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		class, words, ok := strings.Cut(line, ":")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		class = strings.TrimSpace(class)
		for _, w := range strings.Fields(words) {
			w = strings.ReplaceAll(w, "_", " ")
			if byWord {
				m[w] = class
			} else {
				m[class] += "\x00" + w
			}
		}
	}
	return m
}

// The countries of the entity stage's gazetteer: actors maps each
// lower-cased word or two-word name that stands for one (its names, its
// capital, the bodies that speak for it, its demonyms) to its id;
// exactActors does so for the short aliases that stand for it only as
// written ("US"); actorAdjectives holds each country's usual adjective
// ("turkish"), which labels use before a noun.
var actors, exactActors, actorAdjectives = func() (words, exact, adjectives map[string]string) {
	countries, err := entity.Countries()
	if err != nil {
		panic("compare: gazetteer unreadable: " + err.Error())
	}
	words, exact, adjectives = map[string]string{}, map[string]string{}, map[string]string{}
	for _, c := range countries {
		for _, w := range slices.Concat(c.Names, c.Adjectives) {
			words[strings.ToLower(w)] = c.ID
		}
		for _, w := range c.Exact {
			exact[w] = c.ID
		}
		if len(c.Adjectives) > 0 {
			adjectives[c.ID] = strings.ToLower(c.Adjectives[0])
		}
	}
	return words, exact, adjectives
}()

// cueLists holds the words of each cue class, split once.
var cueLists = func() map[string][]string {
	m := map[string][]string{}
	for class, words := range cues {
		m[class] = strings.Split(strings.TrimPrefix(words, "\x00"), "\x00")
	}
	return m
}()

// cueWords returns the words of one cue class.
func cueWords(class string) []string {
	return cueLists[class]
}

// cuePhrases holds the phrases of each cue class split into their words,
// and cuePadded each phrase with a space on either side, as phraseAt and
// hasCue match them, both made once rather than at each word of a text.
var cuePhrases, cuePadded = func() (split map[string][][]string, padded map[string][]string) {
	split, padded = map[string][][]string{}, map[string][]string{}
	for class := range cues {
		for _, p := range cueWords(class) {
			split[class] = append(split[class], strings.Fields(p))
			padded[class] = append(padded[class], " "+p+" ")
		}
	}
	return split, padded
}()

// cueSets holds each cue class as a set of words, built once.
var cueSets = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for class := range cues {
		m[class] = map[string]bool{}
		for _, w := range cueWords(class) {
			m[class][w] = true
		}
	}
	return m
}()

// hasCue says whether text (lower-cased, words separated by single spaces)
// contains a word or phrase of the cue class.
func hasCue(text, class string) bool {
	padded := " " + text + " "
	for _, w := range cuePadded[class] {
		if strings.Contains(padded, w) {
			return true
		}
	}
	return false
}

// countCue counts the words of text that belong to the cue class.
func countCue(words []string, class string) int {
	set := cueSets[class]
	n := 0
	for _, w := range words {
		if set[w] {
			n++
		}
	}
	return n
}

// stopwords are function words and speech filler that say nothing about
// what a statement is about.
var stopwords = toSet(`a an the and or but of to in on at by for from with as into onto over under
about after before since until while during than then that this these those there here it its
is are was were be been being will would shall should can could may might must do does did done
has have had having he she they them their his her him we us our you your i me my who whom which what
when where why how so such also only just even more most very any some all each other both own same
already soon still now again further yet out up down off said says say told tells according
near around along between across behind within among towards toward against amid despite through
throughout via upon beyond
conflict situation issue matter able side sides one two three four five six seven eight nine ten eleven
twelve dozen dozens hundred hundreds thousand thousands million millions`)

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// extraOpposites holds data/opposites.txt: pairs of words of opposite
// meaning that the lexicon does not give as antonyms, by base form, in
// both orders.
var extraOpposites = func() map[[2]string]bool {
	b, err := data.ReadFile("data/opposites.txt")
	if err != nil {
		panic("compare: embedded lexicon missing: data/opposites.txt")
	}
	m := map[[2]string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) != 2 {
			panic("compare: bad line in data/opposites.txt: " + line)
		}
		m[[2]string{f[0], f[1]}], m[[2]string{f[1], f[0]}] = true, true
	}
	return m
}()

// opposites says whether two words are opposites: antonyms in the
// lexicon (see lexicon.Opposite), or a pair of data/opposites.txt in one
// of their base forms ("landed", "crashed").
func opposites(w, v string) bool {
	if lexicon.Opposite(w, v) {
		return true
	}
	for _, a := range append(lexicon.Lemmas(w), w) {
		for _, b := range append(lexicon.Lemmas(v), v) {
			if extraOpposites[[2]string{a, b}] {
				return true
			}
		}
	}
	return false
}
