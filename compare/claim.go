package compare

import (
	"strings"

	"github.com/parallax-news/parallax"
)

// claim is what a statement asserts, for aligning it with the statements
// of its storyline that answer the same question: the terms it names (its
// content words, stemmed, and the names in it), clause by clause so that a
// negation counts only where it stands; whether it is hedged; and whether
// it rejects another claim, by its cue ("denied", "rejected the reports")
// or in its own words ("that is not true", "baseless").
type claim struct {
	terms   map[string]bool
	clauses []clause
	hedged  bool
	// rejects is set when the statement answers another claim by rejecting
	// it; denies when its cue denies its own content ("denied that the
	// camp was bombed"), so that the content's polarity turns over.
	rejects, denies bool
	// anaphoric is set when it rejects something it does not name ("that
	// is not true"): what it answers is the claim reported just before it.
	anaphoric bool
}

// clause is one clause of a statement's content: its terms and whether it
// is negated.
type clause struct {
	terms   map[string]bool
	negated bool
}

// newClaim builds the claim of a statement.
func newClaim(s parallax.Statement) claim {
	c := claim{terms: map[string]bool{}}
	cue := strings.Join(splitWords(strings.ToLower(s.Cue)), " ")
	c.denies = denialOfContent(cue)
	content := strings.Join(splitWords(strings.ToLower(s.Content)), " ")
	says := hasCue(content, "rejection")
	c.rejects = hasCue(cue, "refutation") || says
	for _, text := range clauses(s.Content) {
		raws := splitWords(text)
		words := make([]string, len(raws))
		for i, r := range raws {
			words[i] = strings.ToLower(r)
		}
		cl := clause{terms: map[string]bool{}, negated: negations(words)%2 == 1}
		for _, w := range words {
			if t := term(w); t != "" {
				cl.terms[t] = true
				c.terms[t] = true
			}
		}
		if !cl.negated && hasModal(words) || hedges(words) {
			c.hedged = true
		}
		c.clauses = append(c.clauses, cl)
	}
	c.anaphoric = says && len(c.terms) <= anaphoricTerms
	return c
}

// anaphoricTerms is the most terms a rejection may name and still be taken
// to answer what was reported just before it ("That's completely wrong,
// and they're just making that up").
const anaphoricTerms = 3

// term returns the comparable form of a lower-cased word, or "" for a word
// that says nothing of what a claim is about: function words, negations,
// reporting verbs, words that only say when.
func term(w string) string {
	if countCue([]string{w}, "negation") > 0 {
		return ""
	}
	if head, tail, ok := strings.Cut(w, "'"); ok && contraction[tail] {
		w = head
	}
	t := fold(w)
	if stopwords[w] || len([]rune(w)) < 3 || countCue([]string{w}, "negation") > 0 ||
		countCue([]string{w}, "report") > 0 || isWhen(t) || cueSets["rejection"][w] {
		return ""
	}
	return stem(t)
}

// contraction holds the endings that join a verb to a pronoun or a
// negation to a verb ("that's", "they're", "isn't").
var contraction = toSet("s re ve ll d m t")

// stem strips the regular inflections of an English word, so that
// "bombed", "bombing" and "bombs" meet: -ing, -ed, -es and a final -e.
func stem(w string) string {
	for _, suffix := range []string{"ing", "ed", "es", "e"} {
		if len(w) > len(suffix)+3 && strings.HasSuffix(w, suffix) {
			w = strings.TrimSuffix(w, suffix)
			break
		}
	}
	// A doubled final consonant comes from the inflection ("shipped").
	if n := len(w); n > 4 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		w = w[:n-1]
	}
	return w
}

// negatedOn says whether the claim is negated where it speaks of the given
// terms: the clause that shares most of them decides, the first on a tie;
// a cue that denies the content ("denied that") turns it over.
func (c *claim) negatedOn(shared map[string]bool) bool {
	best, neg := 0, false
	for _, cl := range c.clauses {
		n := 0
		for t := range shared {
			if cl.terms[t] {
				n++
			}
		}
		if n > best {
			best, neg = n, cl.negated
		}
	}
	return neg != c.denies
}
