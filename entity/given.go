package entity

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/text"
)

// givenFiles are the shipped lists of given names, each line a name and
// the pronoun its bearers usually take. The first file that names a given
// name decides its pronoun: the short list written for news outranks the
// long list drawn from US birth records, which outranks the international
// one.
var givenFiles = []string{"data/given_names.tsv", "data/given_names_us.tsv", "data/given_names_intl.tsv"}

// given maps the key of a given name to "he", "she", or "" for a name
// borne by both. Keys fold spellings ("Priya" and "Pria" share one), as
// the keys of tokens do.
var given = mustGiven()

func mustGiven() map[string]string {
	out := map[string]string{}
	for _, name := range givenFiles {
		if err := readGiven(name, out); err != nil {
			panic(err) // the embedded files are part of the build
		}
	}
	return out
}

// readGiven adds the names of one file to out, keeping names already there.
func readGiven(name string, out map[string]string) error {
	f, err := data.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return readTSV(f, name, func(fs []string) error {
		if len(fs) != 2 || fs[1] != "he" && fs[1] != "she" && fs[1] != "either" {
			return fmt.Errorf("want name<TAB>he|she|either, have %q", strings.Join(fs, "\t"))
		}
		if k := Key(fs[0]); out[k] == "" {
			out[k] = strings.TrimPrefix(fs[1], "either")
		}
		return nil
	})
}

// GivenName reports whether w is a common given name, and the pronoun its
// bearers usually take: "he", "she", or "" when it is borne by both.
func GivenName(w string) (pronoun string, ok bool) {
	p, ok := given[Key(w)]
	return p, ok
}

// givenRun reports whether the capitalised words of a run read as a
// person's name by their shape alone: a given name and any middle
// initials, or initials set apart by spaces ("J. R. Tolliver", not "U.S.
// Treasury"), before one or two
// words shaped like surnames ("Mira Kovac", "Sean O'Brien", "Jean-Luc
// Moreau"). Tokens i..j are the run; words are its words.
func givenRun(toks []tok, i, j int, words []tok) bool {
	if len(words) < 2 || len(words)-particleCount(words) > 4 || words[0].title || namedThing(toks, i, j) {
		return false
	}
	k := 1 // the first word of the surname
	switch {
	case givenWord(words[0]):
	case openingInitials(toks, i, j) > 0:
		k = openingInitials(toks, i, j)
	default:
		return false
	}
	for k < len(words)-1 && middleInitial(words[k]) {
		k++ // "William L. Kovacs"
	}
	if k >= len(words) || len(words)-k-particleCount(words[k:]) > 2 {
		return false
	}
	for _, w := range words[k:] {
		if !w.caps && nameParticles[w.low] {
			continue // "van Hoorn", "de la Cruz"
		}
		if lw := w.low; !surnameShaped(w.Text) || notSurnames[lw] || stopCaps[lw] {
			return false
		}
	}
	return true
}

// namedThing reports whether the run i..j takes "the" and stands as a noun
// phrase of its own: "the Boston Globe", "the Sierra Nevada" name things,
// for no person's name takes "the" unless it modifies a noun after it
// or stands as a possessive ("the Nick Hornby novel").
func namedThing(toks []tok, i, j int) bool {
	if i == 0 || toks[i-1].Text != "the" {
		return false
	}
	if j+1 < len(toks) && (toks[j].Text == "'" || toks[j].Text == "’") && toks[j+1].Text == "s" {
		return false // a possessive: "the Nick Hornby's"
	}
	return j >= len(toks) || toks[j].Kind != text.Word || toks[j].caps || verbLike(toks[j].Text)
}

// middleInitial reports whether a word inside a name is a single capital
// letter: a middle initial, with or without its period.
func middleInitial(t tok) bool {
	r := []rune(t.Text)
	return len(r) == 1 && unicode.IsUpper(r[0])
}

// notSurnames end the names of places and bodies that open with a word
// that is also a given name, and never a person's: "Wayne State",
// "Virginia Tech", "Cameron Indoor Stadium", "Anderson Springs".
var notSurnames = map[string]bool{
	"state": true, "tech": true, "bros": true, "brothers": true, "east": true, "west": true,
	"north": true, "south": true, "stadium": true, "arena": true, "park": true, "way": true,
	"springs": true, "delta": true, "avenue": true, "road": true, "lane": true, "bay": true,
	"beach": true, "hills": true, "airport": true, "station": true, "harbour": true,
	"harbor": true, "professor": true, "city": true, "town": true, "village": true,
}

// givenWord reports whether a word, written as a name is, is a given name
// or a hyphenated pair that opens with one ("Jean-Luc").
func givenWord(t tok) bool {
	k := t.key
	if first, _, hyphen := strings.Cut(t.Text, "-"); hyphen {
		k = Key(first)
	}
	_, ok := given[k]
	return ok && surnameShaped(t.Text)
}

// openingInitials returns how many initials open the run from token i, each a
// capital letter and a period followed by a space, or 0.
func openingInitials(toks []tok, i, j int) int {
	n := 0
	for k := i; k+2 < j; k += 2 {
		t := toks[k]
		if len([]rune(t.Text)) != 1 || !t.caps || toks[k+1].Text != "." || toks[k+1].Start != t.End || !toks[k+2].Spaced(toks[k+1].Token) {
			break
		}
		n++
	}
	return n
}

// surnamePrefixes open a surname with a second capital: "McAllister",
// "MacLeod", "O'Brien", "D'Amato", "DiMaggio", "LaSalle", "DeSantis".
var surnamePrefixes = []string{"Mc", "Mac", "O'", "O’", "D'", "D’", "Di", "Da", "De", "Du", "La", "Le", "Van"}

// surnameShaped reports whether w is written as a surname is: a capital
// and lower-case letters, after one of the prefixes that take a second
// capital, with hyphens between parts ("Smith-Jones") or after a particle
// in lower case ("al-Ferani").
func surnameShaped(w string) bool {
	for i, part := range strings.Split(w, "-") {
		if i == 0 && nameParticles[part] && len(part) < len(w) {
			continue // "al-Ferani"
		}
		if !surnamePart(part) {
			return false
		}
	}
	return true
}

func surnamePart(p string) bool {
	for _, pre := range surnamePrefixes {
		if rest, ok := strings.CutPrefix(p, pre); ok && len(rest) > 1 && capitalised(rest) {
			p = rest
			break
		}
	}
	return len(p) > 1 && capitalised(p)
}

// capitalised reports whether w is a capital followed only by lower-case
// letters.
func capitalised(w string) bool {
	for i, c := range w {
		if i == 0 && !unicode.IsUpper(c) || i > 0 && !unicode.IsLower(c) {
			return false
		}
	}
	return w != ""
}
