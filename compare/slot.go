package compare

import (
	"slices"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/lexicon"
	"github.com/parallax-news/parallax/quantity"
)

// slot is what a clause says of a happening through a preposition: where
// it befell or with what ("the suspect was arrested | in | Marston", "the
// victim was shot | with | a rifle"). Two speakers who tell one happening
// in the same words and give it different values of one slot (two towns,
// a rifle and a handgun) contradict each other; a value that holds the
// other (a rifle is a gun) or that is of another sort (a town and a
// region) does not.
type slot struct {
	// happening holds the content words before the preposition that name
	// what befell, and whom: all of them, but for those of doer.
	happening []string
	// doer holds those naming who did it, in an active clause whose verb
	// has an object ("police | arrested the man"): a passive one tells
	// the same happening without them ("the man was arrested").
	doer  []string
	prep  string
	value []string // the content words of the phrase after it, as written
}

// slotWords bounds the content words read after a slot's preposition
// for its value (all of a short list: "a pistol and a shotgun"), and
// maxSlots the slots kept of a claim.
const (
	slotWords = 4
	maxSlots  = 4
)

// slotsOf reads the slots of a content's clauses that are not negated: a
// slot preposition (data/cues.txt) after a verb, or a verb whose object
// is what it was done with, and the content words after it up to the
// next preposition.
func slotsOf(content string) []slot {
	var out []slot
	clauses := rawClauses(content)
	for c, raw := range clauses {
		words := lowerAll(raw)
		if negations(words)%2 != 0 {
			continue
		}
		for k := range words {
			prep, end := slotAt(words, k)
			if prep == "" || counts(raw[:end]) {
				continue
			}
			v := slotValue(listed(clauses, c, raw[k+1:]))
			if len(v) == 0 {
				continue
			}
			happening, doer := split(words[:end])
			out = append(out, slot{happening: happening, doer: doer, prep: prep, value: v})
			if len(out) == maxSlots {
				return out
			}
		}
		if s, ok := namedDoer(raw, words); ok && len(out) < maxSlots {
			out = append(out, s)
		}
	}
	return out
}

// namedDoer reads an active clause whose subject is a name and whose verb
// has an object ("Nyberg won the race") as the slot its passive gives
// ("the race was won | by | Nyberg"): who did one thing, which another
// speaker may say someone else did.
func namedDoer(raw, words []string) (slot, bool) {
	v := slices.IndexFunc(words, func(w string) bool { return inflectedVerb(w) && !cueSets["auxiliary"][w] })
	if v < 1 || v > slotWords || slices.ContainsFunc(words[:v], func(w string) bool { return cueSets["auxiliary"][w] }) {
		return slot{}, false
	}
	value, happening := contentWords(raw[:v]), contentWords(words[v:])
	if len(value) < v || !nameValue(value) || len(happening) < 2 {
		return slot{}, false
	}
	return slot{happening: happening, prep: "by", value: value}, true
}

// slotAt returns the preposition of a slot that word k opens, and where
// the words before its value end: a slot preposition after a verb ("was
// shot | with"), or a verb whose object is what its subject did something
// with (data/cues.txt: "used | a shotgun" is "with a shotgun").
func slotAt(words []string, k int) (string, int) {
	w := words[k]
	if cueSets["slot"][w] && slices.ContainsFunc(words[:k], inflectedVerb) {
		return w, k
	}
	if inflectedVerb(w) && slices.ContainsFunc(lexicon.LemmasAs(w, lexicon.Verb), func(l string) bool { return cueSets["instrumental"][l] }) {
		return "with", k + 1
	}
	return "", 0
}

// split returns the content words of a clause before a slot's
// preposition that name a happening, and those that name its doer: the
// words before the verb, when the clause is active and names what the
// verb befell after it.
func split(words []string) (happening, doer []string) {
	v := len(words) - 1
	for v >= 0 && (!inflectedVerb(words[v]) || cueSets["auxiliary"][words[v]]) {
		v--
	}
	passive := v > 0 && cueSets["copula"][words[v-1]]
	if v < 0 || passive || len(contentWords(words[v+1:])) == 0 {
		return contentWords(words), nil
	}
	return contentWords(words[v:]), contentWords(words[:v])
}

// counts says whether words give a count: what befell a number of
// people or things may befall them in several places ("four were killed
// in Harwell", "nine in Dunmore"), each a tally of its own.
func counts(words []string) bool {
	return slices.ContainsFunc(quantity.Parse(strings.Join(words, " ")), func(q quantity.Quantity) bool { return q.Dim == quantity.Count })
}

// listed returns the words that end clause c, words, with those of the
// clauses after it that go on listing what they name: each opens with a
// coordinating word and tells nothing of its own ("with a handgun | and
// a rifle", not "in Marston | and police said").
func listed(clauses [][]string, c int, words []string) []string {
	for _, next := range clauses[c+1:] {
		if !cueSets["coordinating"][strings.ToLower(next[0])] || slices.ContainsFunc(lowerAll(next), inflectedVerb) {
			break
		}
		words = slices.Concat(words, next)
	}
	return words
}

// lowerAll returns words lower-cased.
func lowerAll(words []string) []string {
	out := make([]string, len(words))
	for k, w := range words {
		out[k] = strings.ToLower(w)
	}
	return out
}

// slotValue returns the content words of the phrase that opens words, up
// to a preposition or a word that opens a clause: a value that lists
// several things names each ("a pistol and a shotgun").
func slotValue(words []string) []string {
	var out []string
	for _, w := range words {
		lw := strings.ToLower(w)
		if cueSets["coordinating"][lw] {
			continue
		}
		if cueSets["preposition"][lw] || cueSets["clause"][lw] || len(out) == slotWords {
			break
		}
		if term(lw) != "" {
			out = append(out, w)
		}
	}
	return out
}

// clash says whether two slots give one happening different values: one
// preposition after the same words, and values that are different names
// of places, or things of different kinds of one kind.
func (x slot) clash(y slot) bool {
	// Two active clauses tell one happening only of one doer: "police
	// opened fire" is not "the gunman opened fire".
	if x.prep != y.prep || len(x.happening) < 2 || !sameThings(x.happening, y.happening) ||
		x.doer != nil && y.doer != nil && !shareTerm(x.doer, y.doer) {
		return false
	}
	if shareTerm(x.value, y.value) {
		return false
	}
	// What befalls many, or what holds of one in many places at once ("was
	// felt in", "lived in"), may befall them in each place.
	if many(x.happening) || many(y.happening) {
		return false
	}
	// Who did one thing: two named doers, not countries, which do many
	// things of one kind at once.
	if x.prep == "by" {
		return nameValue(x.value) && nameValue(y.value) && country(x.value) == "" && country(y.value) == ""
	}
	if cueSets["place"][x.prep] && nameValue(x.value) && nameValue(y.value) {
		// A town may be in the country the other names: two places
		// differ as names when both are countries or neither is.
		return (country(x.value) == "") == (country(y.value) == "")
	}
	hx, hy := strings.ToLower(x.value[len(x.value)-1]), strings.ToLower(y.value[len(y.value)-1])
	return !nameValue(x.value) && !nameValue(y.value) && siblings(hx, hy)
}

// sameWords says whether two lists of words name the same things, each
// word of one named by one of the other.
func sameThings(x, y []string) bool {
	covered := func(x, y []string) bool {
		return !slices.ContainsFunc(x, func(u string) bool { return !nameOne([]string{u}, y) })
	}
	return covered(x, y) && covered(y, x)
}

// many says whether the words of a happening name several of what it
// befell (a plural noun: "protests were held", "shops were looted") or
// a state or a perception that holds in several places at once
// (data/cues.txt: "was felt", "lived").
func many(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool {
		nouns := lexicon.LemmasAs(w, lexicon.Noun)
		if len(nouns) > 0 && !slices.Contains(nouns, w) {
			return true
		}
		return slices.ContainsFunc(lexicon.LemmasAs(w, lexicon.Verb), func(l string) bool { return cueSets["widespread"][l] })
	})
}

// country returns the id of the country a value names, or "" (the
// gazetteer of the entity stage).
func country(value []string) string {
	return actors[strings.ToLower(strings.Join(value, " "))]
}

// nameValue says whether a value is a name: all its words written as
// names, none a day or a month.
func nameValue(value []string) bool {
	return !slices.ContainsFunc(value, func(w string) bool {
		return !isName(w) || cueSets["calendar"][strings.ToLower(w)]
	})
}

// siblings says whether two nouns name different kinds of one kind
// ("rifle" and "handgun" are firearms; "sedan" and "truck", motor
// vehicles; "kitchen" and "lobby", rooms): neither is a kind of the
// other, and what they are kinds of, short of the general, meet, or both
// are kinds of one kind of premises (data/cues.txt).
func siblings(x, y string) bool {
	if lexicon.IsA(x, y) || lexicon.IsA(y, x) {
		return false
	}
	kx, ky := lexicon.Kinds(x), lexicon.Kinds(y)
	if slices.ContainsFunc(kx, func(id lexicon.ID) bool { _, ok := slices.BinarySearch(ky, id); return ok }) {
		return true
	}
	// The kinds of premises are too general for Kinds to reach ("kitchen"
	// and "lobby" are rooms; "hotel" and "hospital", buildings).
	return slices.ContainsFunc(cueWords("premises"), func(k string) bool { return lexicon.FirstIsA(x, k) && lexicon.FirstIsA(y, k) })
}

// shareTerm says whether two lists of words share one in some
// inflection.
func shareTerm(x, y []string) bool {
	return slices.ContainsFunc(x, func(u string) bool {
		t := term(strings.ToLower(u))
		return slices.ContainsFunc(y, func(v string) bool { return term(strings.ToLower(v)) == t })
	})
}

// inflectedVerb says whether a word is a verb in an inflected form
// ("arrested", "shot", "was"), whichever else it may be ("an escaped
// prisoner").
func inflectedVerb(w string) bool {
	return cueSets["auxiliary"][w] || slices.ContainsFunc(lexicon.LemmasAs(w, lexicon.Verb), func(l string) bool { return l != w })
}

// slotted returns the contradictions of statement i with the earlier
// statements of its storyline by other speakers that give one happening
// a different value of one slot.
func (al *aligner) slotted(i int) []candidate {
	line, ci := al.lines[i], &al.claims[i]
	if len(ci.slots) == 0 {
		return nil
	}
	var out []candidate
	b := al.all[i]
	for _, j := range al.slots[line] {
		a, cj := al.all[j], &al.claims[j]
		if sameSpeaker(a, b) || !a.factual || !b.factual || !sameTime(a, b) || !al.sameStory(a, b) ||
			cj.hedged || ci.hedged || cj.wishes || ci.wishes || !clashes(cj.slots, ci.slots) {
			continue
		}
		k := parallax.Conflict{A: a.s.ID, B: b.s.ID, Kind: parallax.Contradiction, Explain: explain(parallax.Contradiction, a, b)}
		out = append(out, candidate{c: k, a: j, b: i, by: i, score: 1})
	}
	al.slots[line] = keepLast(al.slots[line], i)
	return out
}

// clashes says whether a slot of one list clashes with one of the other.
func clashes(x, y []slot) bool {
	for _, u := range x {
		for _, v := range y {
			if u.clash(v) {
				return true
			}
		}
	}
	return false
}
