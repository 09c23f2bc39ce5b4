package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/entity"
)

// personKeys gives each statement whose speaker is a named person a key
// that is the same for every name of that person in its storyline:
// "Dave Gaskin", "Inspector Gaskin" and "Mr Gaskin" are one man, however
// the reports' titles split his entity. A name is its surname and its
// given name; a name without a given name is the one person of its
// storyline with that surname and a given name, if there is only one and
// a title does not say otherwise ("Mrs Timmons" is not Jermayne
// Timmons). Two given names are two people ("Tyler Hansbrough", "Gene
// Hansbrough"), and then a bare surname is neither. Other statements
// get "".
func personKeys(all []*stmt, lines []string, entities []parallax.Entity) []string {
	persons := map[string]bool{}
	for _, e := range entities {
		if e.Type == parallax.Person {
			persons[e.ID] = true
		}
	}
	names := make([]personName, len(all))
	given := map[string]map[string]string{} // storyline and surname → given names → pronoun
	for i, x := range all {
		if !persons[x.s.Speaker] {
			continue
		}
		n, ok := readName(x.s.SpeakerName)
		if !ok {
			continue
		}
		names[i] = n
		if n.given != "" {
			k := lines[i] + "\x00" + n.surname
			if given[k] == nil {
				given[k] = map[string]string{}
			}
			given[k][n.given] = n.pronoun
		}
	}
	keys := make([]string, len(all))
	for i, n := range names {
		if n.surname == "" {
			continue
		}
		k := lines[i] + "\x00" + n.surname
		g := n.given
		if g == "" {
			if len(given[k]) > 1 {
				continue // which of them is not known
			}
			for only, pronoun := range given[k] {
				if n.pronoun != "" && pronoun != "" && pronoun != n.pronoun {
					g = "\x00" + n.pronoun // another person of that surname
					break
				}
				g = only
			}
		}
		keys[i] = k + "\x00" + g
	}
	return keys
}

// personName is a person's name as its surname and given name, folded,
// and the pronoun the given name or a title takes ("he", "she" or "").
type personName struct {
	surname, given, pronoun string
}

// readName reads a speaker's name: capitalised words, the last the
// surname, a given name among those before it, titles before those
// ("Inspector", "Mrs"). A name that is not capitalised is a description.
func readName(name string) (personName, bool) {
	words := strings.Fields(name)
	if len(words) == 0 {
		return personName{}, false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return personName{}, false
		}
	}
	n := personName{surname: entity.Key(words[len(words)-1])}
	for _, w := range words[:len(words)-1] {
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		switch {
		case cueSets["title-he"][lw]:
			n.pronoun = "he"
		case cueSets["title-she"][lw]:
			n.pronoun = "she"
		}
		if p, ok := entity.GivenName(w); ok && n.given == "" {
			n.given, n.pronoun = entity.Key(w), p
		}
	}
	return n, n.surname != ""
}
