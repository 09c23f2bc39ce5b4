package entity

import (
	"strings"

	"github.com/parallax-news/parallax/text"
)

// nameParticles stand between a given name and a surname and are written
// in lower case: "Ludwig van Hoorn", "Ana de la Cruz", "Mahmoud al-Ferani",
// as data/name_particles.tsv lists them.
var nameParticles = mustWords("data/name_particles.tsv")

// particleEnd returns the index of the surname after the lower-case
// particles from token j, inside a run from i that opens with a given
// name or a particle ("Ludwig van Hoorn", "De la Cruz"), or j when no
// particle and surname follow. A particle carries a name on only to a
// capitalised word shaped as a surname, so "the van" or "de facto" join
// nothing.
func particleEnd(toks []tok, i, j int) int {
	if j-i > 2 || !givenWord(toks[i]) && !nameParticles[toks[i].low] {
		return j
	}
	k := j
	for k < len(toks) && toks[k].Kind == text.Word && !toks[k].caps && nameParticles[toks[k].low] && toks[k].Near(toks[k-1].Token) {
		k++
	}
	if k == j || k >= len(toks) || !nameWord(toks[k]) || !surnameShaped(toks[k].Text) || !toks[k].Near(toks[k-1].Token) {
		return j
	}
	return k
}

// particleStart returns the first of the lower-case particles that stand
// right before a surname at token i ("said van Hoorn"), or i when none
// does.
func particleStart(toks []tok, i int) int {
	k := i
	for k > 0 && toks[k-1].Kind == text.Word && nameParticles[toks[k-1].Text] && toks[k].Near(toks[k-1].Token) {
		k--
	}
	return k
}

// particleName reports whether w is a surname joined to its lower-case
// particle by a hyphen, "al-Ferani", "el-Baz": a name, though it opens in
// lower case.
func particleName(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	return ok && nameParticles[p] && surnameShaped(rest)
}

// withoutParticles returns the words of a name less the particles that
// open it ("Van der Berg" is Berg), and the keys of those particles.
func withoutParticles(words []tok) ([]tok, []string) {
	var lead []string
	for len(words) > 1 && nameParticles[words[0].low] {
		lead = append(lead, words[0].key)
		words = words[1:]
	}
	return words, lead
}

// particleCount returns how many of words are lower-case particles.
func particleCount(words []tok) int {
	n := 0
	for _, w := range words {
		if !w.caps && nameParticles[w.low] {
			n++
		}
	}
	return n
}

// holdsSurname reports whether name ends with the particles lead before
// the surname key last: "Ludwig van Hoorn" holds "van Hoorn".
func holdsSurname(name string, lead []string, last string) bool {
	var keys []string
	for _, k := range phraseKeys(name) {
		if k != "-" {
			keys = append(keys, k)
		}
	}
	want := " " + strings.Join(append(append([]string{}, lead...), last), " ") + " "
	return strings.Contains(" "+strings.Join(keys, " ")+" ", want)
}
