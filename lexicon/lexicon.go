// Package lexicon tells how English words relate in meaning, from WordNet
// 3.0: which words name one thing or one happening ("died", "killed",
// "fatalities", "death toll") and which are opposites ("deny" and
// "confirm", "rise" and "fall").
//
// Words are looked up in any inflection ("killed", "fatalities", "men") and
// case, an adverb as the adjective it derives from ("smoothly" as
// "smooth"); several words are a compound ("death toll"). WordNet has its gaps:
// the adjective "dead" is not linked to "die" or "death", and "people" is a
// group of persons rather than their plural (IsA follows that link). The
// data is a compact
// derivative of WordNet shipped in data/ (its licence beside it), read on
// first use. To rebuild it from a WordNet dict directory:
//
//	WORDNET_DICT=/path/to/wordnet/dict go generate ./lexicon/
package lexicon

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// ID names a concept: a WordNet synset, the sense its synonyms share.
// IDs are stable only within one build of the data.
type ID int32

// POS is a part of speech.
type POS byte

// The parts of speech the lexicon holds.
const (
	Noun      POS = 'n'
	Verb      POS = 'v'
	Adjective POS = 'a'
)

// oppositeSenses is how many senses of a word, per part of speech,
// Opposite considers, one of the two words in its first sense: fewer than
// Related, since an antonym in a rarer sense ("bomb" as to fail, the
// opposite of to succeed) makes a false opposite.
const oppositeSenses = 2

// sensesKept is how many senses of a word, per part of speech, Keys,
// Related and Opposite consider: a word's rare senses ("die" as one of a
// pair of dice) would relate it to too much.
const sensesKept = 3

// generalAbove marks hypernyms too general to relate words: a concept with
// more than 2^generalAbove concepts below it ("act", "change") says little
// about what two words share.
const generalAbove = 7

// POS returns the concept's part of speech, or 0 for an ID this package
// did not give.
func (id ID) POS() POS {
	d := get()
	if !d.valid(id) {
		return 0
	}
	return d.pos[id]
}

// Words returns the lemmas that name the concept, sorted; none for an ID
// this package did not give.
func (id ID) Words() []string {
	d := get()
	if !d.valid(id) {
		return nil
	}
	return slices.Clone(d.lemmasOf(id))
}

// valid reports whether id names a synset of the data.
func (d *db) valid(id ID) bool { return id >= 0 && int(id) < len(d.pos) }

// String names the concept by its first lemma, part of speech and id
// ("death.n.7121").
func (id ID) String() string {
	d := get()
	if !d.valid(id) {
		return fmt.Sprintf("?.%d", int32(id))
	}
	return fmt.Sprintf("%s.%c.%d", d.lemmasOf(id)[0], d.pos[id], int32(id))
}

// Concepts returns the concepts a word can name: the senses of its base
// forms as a noun, then a verb, then an adjective, each in WordNet's order
// (most frequent first). A word WordNet does not hold has none.
func Concepts(word string) []ID {
	d := get()
	w := normalise(word)
	return slices.Clone(d.conceptsOf.get(w, func() []ID { return d.concepts(w, 0) }))
}

// Lemmas returns the base forms WordNet holds for a word ("killed" →
// "kill"; "fatalities" → "fatality"; "saw" → "saw", "see").
func Lemmas(word string) []string {
	d := get()
	w := normalise(word)
	return slices.Clone(d.basesOf.get(w, func() []string { return d.wordLemmas(w) }))
}

// wordLemmas computes Lemmas of a normalised word.
func (d *db) wordLemmas(w string) []string {
	var out []string
	for _, pos := range []POS{Noun, Verb, Adjective} {
		for _, b := range d.bases(w, pos) {
			if !slices.Contains(out, b) {
				out = append(out, b)
			}
		}
	}
	return out
}

// LemmasAs returns the base forms WordNet holds for a word as the part of
// speech pos ("took" as a Verb → "take"; "fell" → "fell", "fall").
func LemmasAs(word string, pos POS) []string {
	return slices.Clone(get().bases(normalise(word), pos))
}

// Is reports whether a word, in any inflection, can be the part of speech
// pos ("killed" is a Verb; "toll" is a Noun).
func Is(word string, pos POS) bool {
	return len(get().bases(normalise(word), pos)) > 0
}

// Keys returns the concepts a word reaches: its first senses, the
// concepts derived from them or caused or entailed by them ("kill" →
// "die" → "death"), their hypernyms short of the most general, and for a
// compound the concepts of its modifying words ("death toll" → "death").
// Two words are Related exactly when their Keys share one, so an index of
// statements by Keys finds related ones without comparing every pair.
// The result is sorted.
func Keys(word string) []ID {
	return slices.Clone(get().cachedKeys(normalise(word)))
}

// cachedKeys returns the Keys of a normalised word, computed once; the
// result is shared and must not be changed.
func (d *db) cachedKeys(w string) []ID {
	return d.keysOf.get(w, func() []ID { return d.wordKeys(w) })
}

// wordKeys computes Keys of a normalised word.
func (d *db) wordKeys(w string) []ID {
	set := d.keys(d.concepts(w, sensesKept))
	if parts := strings.Split(w, "_"); len(parts) > 1 {
		for _, m := range parts[:len(parts)-1] {
			for id := range d.reach(d.concepts(m, sensesKept)) {
				set[id] = true
			}
		}
	}
	out := make([]ID, 0, len(set))
	for id := range set {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// IsA reports whether a word names a kind of what another names, in one
// of its first senses: "civilians", "soldiers" and "workers" are each a
// "person"; "quake" is an "earthquake"; "people", a group whose members
// are persons, is "person" too. A word is a kind of itself.
func IsA(word, kind string) bool {
	// The comparison asks the same few words about the same few kinds for
	// each pair of statements, and the answer walks every hypernym of
	// every sense of the word: it is kept.
	d := get()
	return d.isA.get([2]string{word, kind}, func() bool { return d.isKind(word, kind) })
}

// isKind computes IsA.
func (d *db) isKind(word, kind string) bool {
	want := map[ID]bool{}
	for _, id := range d.concepts(normalise(kind), sensesKept) {
		want[id] = true
	}
	if len(want) == 0 {
		return false
	}
	start := d.concepts(normalise(word), sensesKept)
	for _, id := range start {
		for _, r := range d.rels[id] {
			if r.mark == 'm' {
				start = append(start, r.to)
			}
		}
	}
	return d.above(start, want)
}

// FirstIsA reports whether a word, as a noun in its most frequent sense,
// names a kind of what kind names in its own: a "gunman" and a
// "dispatcher" are each a "person", but a "letter" and a "computer" are
// persons only in rare senses. It is narrower than IsA, for a reader that
// must not take a thing for a person.
func FirstIsA(word, kind string) bool {
	d := get()
	return d.firstIsA.get([2]string{word, kind}, func() bool {
		want := map[ID]bool{}
		for _, id := range d.firstNouns(normalise(kind)) {
			want[id] = true
		}
		return len(want) > 0 && d.above(d.firstNouns(normalise(word)), want)
	})
}

// firstNouns returns the first noun sense of each of w's base forms.
func (d *db) firstNouns(w string) []ID {
	var out []ID
	for _, b := range d.bases(w, Noun) {
		for _, id := range d.lemma(b) {
			if d.pos[id] == Noun {
				out = append(out, id)
				break
			}
		}
	}
	return out
}

// above reports whether one of the concepts, or a hypernym of one at any
// depth, is in want.
func (d *db) above(ids []ID, want map[ID]bool) bool {
	seen := map[ID]bool{}
	for len(ids) > 0 {
		id := ids[len(ids)-1]
		ids = ids[:len(ids)-1]
		if want[id] {
			return true
		}
		if seen[id] {
			continue
		}
		seen[id] = true
		for _, r := range d.rels[id] {
			if r.mark == '@' {
				ids = append(ids, r.to)
			}
		}
	}
	return false
}

// Related reports whether two words are about one thing: the same word
// in any inflection, synonyms ("killed", "slain"), derived forms ("died",
// "death"), cause and effect ("killed", "died") or close kinds of one thing
// ("fatalities", "deaths"). A word WordNet lacks is related only to itself.
func Related(a, b string) bool {
	d := get()
	wa, wb := normalise(a), normalise(b)
	if wa == wb && wa != "" {
		return true
	}
	ka, kb := d.cachedKeys(wa), d.cachedKeys(wb)
	for i, j := 0, 0; i < len(ka) && j < len(kb); {
		switch {
		case ka[i] == kb[j]:
			return true
		case ka[i] < kb[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// Alike reports whether word a, read as the part of speech pa, and word
// b, read as pb, name one happening, each in its first sense: two verbs
// when they are synonyms or one causes or entails the other ("killed",
// "died"); else when a derived form of one is the other or a kind of it
// ("killed", "fatalities"; "deaths", "fatalities"). A verb is not alike
// the more general verb it is a way of ("shot" is not "killed": many are
// shot and live), and rarer senses do not count ("fell" as to strike
// down). A figure tied to one word and a figure tied to the other measure
// one thing.
func Alike(a string, pa POS, b string, pb POS) bool {
	d := get()
	wa, wb := normalise(a), normalise(b)
	if wa == "" || wb == "" {
		return false
	}
	if wa == wb && pa == pb {
		return true
	}
	verbs := pa == Verb && pb == Verb
	ka, ua := d.alikeKeys(wa, pa, verbs)
	kb, ub := d.alikeKeys(wb, pb, verbs)
	// One word's concepts meet the other's or what the other's are kinds
	// of; two kinds of one thing ("death", "close" as an end) are not alike.
	for _, p := range [][2]map[ID]bool{{ka, kb}, {ka, ub}, {ua, kb}} {
		for id := range p[0] {
			if p[1][id] {
				return true
			}
		}
	}
	return false
}

// Forms returns the concepts a word names in its first sense as each part
// of speech, with their derived forms and what they cause or entail, and
// the derived forms of those ("killed" → kill, die, death, killing): two
// words that share one name one happening or thing in different forms
// ("died", "death"; "arrested", "arrest"), never merely two kinds of one
// more general thing. The result is sorted and shared by later calls with
// the same word: it must not be changed.
func Forms(word string) []ID {
	d := get()
	w := normalise(word)
	return d.formsOf.get(w, func() []ID { return d.wordForms(w) })
}

// wordForms computes Forms of a normalised word.
func (d *db) wordForms(w string) []ID {
	var first []ID
	for _, pos := range []POS{Noun, Verb, Adjective} {
		first = append(first, d.firstSenses(w, pos)...)
	}
	var out []ID
	for id := range d.reach(first) {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// Kinds returns what a word names a kind of in its first sense as a noun:
// the hypernyms of that sense at any depth, short of the general ones
// ("revolver" → pistol, firearm, gun, weapon; "temblor" → earthquake). A
// later mention of a thing often names it by one of them ("the revolver",
// "the gun"). The result is sorted and shared by later calls with the same
// word: it must not be changed.
func Kinds(word string) []ID {
	d := get()
	w := normalise(word)
	return d.kindsOf.get(w, func() []ID { return d.wordKinds(w) })
}

// wordKinds computes Kinds of a normalised word.
func (d *db) wordKinds(w string) []ID {
	var out []ID
	seen := map[ID]bool{}
	ids := d.firstSenses(w, Noun)
	for len(ids) > 0 {
		id := ids[len(ids)-1]
		ids = ids[:len(ids)-1]
		for _, r := range d.rels[id] {
			if r.mark == '@' && !seen[r.to] && d.general[r.to] <= generalAbove {
				seen[r.to] = true
				out = append(out, r.to)
				ids = append(ids, r.to)
			}
		}
	}
	slices.Sort(out)
	return out
}

// firstSenses returns the first sense as pos of each base form of a
// normalised word, of each word of a compound.
func (d *db) firstSenses(w string, pos POS) []ID {
	var first []ID
	for _, part := range strings.Split(w, "_") {
		for _, b := range d.bases(part, pos) {
			if i := slices.IndexFunc(d.lemma(b), func(id ID) bool { return d.pos[id] == pos }); i >= 0 {
				first = append(first, d.lemma(b)[i])
			}
		}
	}
	return first
}

// alikeKeys returns the first senses of a normalised word as pos (of each
// word of a compound), with what they cause or entail; unless verbs, also
// what reach gives from them, and, apart (up), the direct hypernyms of
// the nouns of those, short of the general ones.
func (d *db) alikeKeys(w string, pos POS, verbs bool) (set, up map[ID]bool) {
	first := d.firstSenses(w, pos)
	if verbs {
		set = map[ID]bool{}
		for _, id := range first {
			set[id] = true
			for _, r := range d.rels[id] {
				if r.mark == '>' || r.mark == '*' {
					set[r.to] = true
				}
			}
		}
		return set, nil
	}
	set, up = d.reach(first), map[ID]bool{}
	for id := range set {
		if d.pos[id] != Noun {
			continue
		}
		for _, r := range d.rels[id] {
			if r.mark == '@' && d.general[r.to] <= generalAbove {
				up[r.to] = true
			}
		}
	}
	return set, up
}

// Opposite reports whether two words are antonyms, one in its first sense
// and the other in one of its first two, directly ("rise", "fall"), through a synonym or derived form
// ("affirmed", "denied"), or through the more general word one of them
// is a kind of ("deny" is a way to contradict, the opposite of "affirm",
// which "confirm" means). A word is never its own opposite, nor the
// opposite of a synonym.
func Opposite(a, b string) bool {
	d := get()
	wa, wb := normalise(a), normalise(b)
	if wa == wb || len(wa) == 0 || len(wb) == 0 {
		return false
	}
	// Asked of the same pairs again and again by pairs of claims: kept,
	// under one key for both orders.
	key := [2]string{min(wa, wb), max(wa, wb)}
	return d.opposite.get(key, func() bool {
		if shared(d.concepts(wa, sensesKept), d.concepts(wb, sensesKept)) {
			return false // synonyms in one of their senses
		}
		// One of the two senses opposed must be its word's first.
		return d.opposed(wa, 1, wb, oppositeSenses) || d.opposed(wa, oppositeSenses, wb, 1)
	})
}

// opposed reports whether a concept of a's first na senses is opposed to
// one of b's first nb senses (see opposable).
func (d *db) opposed(a string, na int, b string, nb int) bool {
	oa, ha := d.opposable(a, na)
	ob, hb := d.opposable(b, nb)
	for _, p := range [][2][]ID{{oa, ob}, {oa, hb}, {ha, ob}} {
		if d.antonymous(p[0], p[1]) || d.antonymous(p[1], p[0]) {
			return true
		}
	}
	return false
}

// antonymous reports whether a concept of a has an antonym among b, or
// one whose words (two or more) all name a concept of b: "affirm" is the antonym of
// {negate, contradict} in one sense, and {contradict, negate, contravene},
// which "deny" is a kind of, holds those words in another.
func (d *db) antonymous(a, b []ID) bool {
	for _, x := range a {
		for _, r := range d.rels[x] {
			if r.mark != '!' {
				continue
			}
			for _, y := range b {
				if y == r.to || sameWords(d.lemmasOf(r.to), d.lemmasOf(y)) {
					return true
				}
			}
		}
	}
	return false
}

// sameWords reports whether every word of a is in b (both sorted), and a
// has two words at least: one shared word says nothing of the sense.
func sameWords(a, b []string) bool {
	for _, w := range a {
		if _, ok := slices.BinarySearch(b, w); !ok {
			return false
		}
	}
	return len(a) > 1
}

// shared reports whether two lists of concepts share one.
func shared(a, b []ID) bool {
	for _, id := range a {
		if slices.Contains(b, id) {
			return true
		}
	}
	return false
}

// normalise lowercases a word and joins the words of a compound with
// underscores, as WordNet writes them; typographic apostrophes become
// plain ones.
func normalise(word string) string {
	if plain(word) {
		return word
	}
	word = strings.ToLower(strings.TrimSpace(word))
	word = strings.ReplaceAll(word, "’", "'")
	return strings.Join(strings.FieldsFunc(word, func(r rune) bool { return unicode.IsSpace(r) || r == '_' }), "_")
}

// plain reports whether a word is already normal: lowercase ASCII letters,
// hyphens and apostrophes only, as most words of a text are.
func plain(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if (c < 'a' || c > 'z') && c != '-' && c != '\'' {
			return false
		}
	}
	return w != ""
}

// concepts returns the senses of w's base forms, at most limit per base
// form and part of speech (0: all).
func (d *db) concepts(w string, limit int) []ID {
	var out []ID
	for _, pos := range []POS{Noun, Verb, Adjective} {
		for _, b := range d.bases(w, pos) {
			n := 0
			for _, id := range d.lemma(b) {
				if d.pos[id] != pos || (limit > 0 && n == limit) {
					continue
				}
				n++
				if !slices.Contains(out, id) {
					out = append(out, id)
				}
			}
		}
	}
	return out
}

// reach returns the concepts one step from the given ones by derivation,
// cause, entailment, attribute or similarity, with a further derivation
// step from what a cause or entailment reaches ("kill" → "die" → "death").
func (d *db) reach(ids []ID) map[ID]bool {
	set := map[ID]bool{}
	for _, id := range ids {
		set[id] = true
		for _, r := range d.rels[id] {
			if r.mark == '@' || r.mark == 'm' {
				continue
			}
			set[r.to] = true
			if r.mark == '>' || r.mark == '*' {
				for _, r2 := range d.rels[r.to] {
					if r2.mark == '+' {
						set[r2.to] = true
					}
				}
			}
		}
	}
	return set
}

// keys is reach plus the direct hypernyms of everything reached, short of
// the general ones.
func (d *db) keys(ids []ID) map[ID]bool {
	set := d.reach(ids)
	var up []ID
	for id := range set {
		for _, r := range d.rels[id] {
			if r.mark == '@' && d.general[r.to] <= generalAbove {
				up = append(up, r.to)
			}
		}
	}
	for _, id := range up {
		set[id] = true
	}
	return set
}

// heads returns the adjectives that head a cluster of their own, with an
// antonym, and that a word of one of the adjective concepts given names,
// other than w: "important" of {important, of
// import}, which "serious" is similar to, heads {important, significant},
// the opposite of {insignificant, unimportant}, and "insignificant" of
// {insignificant, peanut}, which "minor" is similar to, heads that. WordNet
// opposes only the heads of its adjective clusters; a similar adjective
// that shares a word with another cluster's head reaches its opposite
// through it, so that "minor" and "serious" are opposed as "minor" and
// "major" are.
func (d *db) heads(ids []ID, w string) []ID {
	var out []ID
	for _, id := range ids {
		if d.pos[id] != Adjective {
			continue
		}
		for _, lemma := range d.lemmasOf(id) {
			if lemma == w {
				continue
			}
			for _, h := range d.lemma(lemma) {
				if d.pos[h] == Adjective && h != id && slices.ContainsFunc(d.rels[h], func(r rel) bool { return r.mark == '!' }) {
					out = append(out, h)
				}
			}
		}
	}
	return out
}

// opposable returns the concepts whose antonyms oppose a word: own, its
// first senses (so many per part of speech) and the concepts derived from
// or similar to them; above, for the first sense alone, their direct
// hypernyms short of the general ones. Opposite pairs a word's own
// concepts with the other's own or above, never above with above, which
// would oppose any two words under a pair of opposed general ones.
func (d *db) opposable(w string, senses int) (own, above []ID) {
	first := d.concepts(w, senses)
	own = slices.Clone(first)
	for _, id := range first {
		for _, r := range d.rels[id] {
			if r.mark == '+' || r.mark == '&' {
				own = append(own, r.to)
			}
		}
	}
	own = append(own, d.heads(own, w)...)
	if senses > 1 {
		return own, nil // a hypernym of a rarer sense reaches too far
	}
	for _, id := range own {
		for _, r := range d.rels[id] {
			if r.mark == '@' && d.general[r.to] <= generalAbove {
				above = append(above, r.to)
			}
		}
	}
	return own, above
}
