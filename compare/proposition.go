package compare

import (
	"slices"

	"github.com/parallax-news/parallax/lexicon"
)

// A proposition is what one clause says of what it names. Two speakers
// take opposite positions on one proposition when a clause of each says it
// of the same things, in the same words or in words the lexicon relates
// (a form of one word, a synonym, the kind a thing is of), and one of them
// negates it or says it in a word the lexicon gives as the opposite of the
// other's: "the guard at the depot was armed" and "the guard at the depot
// carried no weapon", "the border post was open" and "the border post
// was closed".

// propositionPreds is how many words of a clause that name no one and
// nothing (verbs, adjectives: "carried" of "carried no weapon") may go
// unmatched in the other clause: how a thing is had or done is worded
// freely, what it is said of is not.
const propositionPreds = 1

// opposedClauses returns the conflict of statements j and i (j earlier),
// of different speakers, found by a clause of each that states one
// proposition with opposite polarity (see opposedProposition).
func (al *aligner) opposedClauses(j, i int, sim float64) (candidate, bool) {
	a, b := al.all[j], al.all[i]
	// One speaker reverses himself across reports: within one, the two
	// clauses are more likely parts of one account.
	one := sameSpeaker(a, b)
	if one && a.s.Doc == b.s.Doc || !al.sameStory(a, b) || !a.factual || !b.factual || !one && !sameTime(a, b) {
		return candidate{}, false
	}
	cj, ci := &al.claims[j], &al.claims[i]
	if cj.asks || ci.asks {
		return candidate{}, false
	}
	oneSide := one || a.s.SpeakerFor != "" && a.s.SpeakerFor == b.s.SpeakerFor
	if cj.opener.agedApart(ci.opener) {
		return candidate{}, false
	}
	for _, x := range cj.clauses[:min(len(cj.clauses), contraryBound)] {
		if !firm(x) {
			continue
		}
		for _, y := range ci.clauses[:min(len(ci.clauses), contraryBound)] {
			// One speaker's words reported twice in other words say the
			// same: a reversal needs a negation to show.
			if one && polarity(x, cj) == polarity(y, ci) {
				continue
			}
			if !firm(y) || x.first && y.first && !oneSide || stillOpen(x, y) || !al.words.opposedProposition(cj, x, ci, y) ||
				countsPartOf(cj, x, ci, y) {
				continue
			}
			if ownDeeds(a, b) {
				return candidate{}, false
			}
			// Below every pair whose claims align, in one report or
			// not: it answers what is left.
			return al.opposition(j, i, polarity(x, cj) && !polarity(y, ci), sim-clashRank), true
		}
	}
	return candidate{}, false
}

// countsPartOf says whether the claim of two opposed clauses x and y
// whose clause is negated counts some of a thing the other clause names,
// or the negated clause speaks of one of several the other claim counts:
// "one bomb did not explode" and "the bomb did not explode" leave the
// others, and "four of the bombs exploded" stands beside them.
func countsPartOf(cx *claim, x clause, cy *claim, y clause) bool {
	if polarity(y, cy) {
		cx, x, cy, y = cy, y, cx, x
	}
	return cx.countsPart(y.terms) || cy.oneOfMany(x)
}

// polarity says whether a clause of a claim is negated, a cue that
// denies the content ("denied that …") turning it over.
func polarity(cl clause, c *claim) bool {
	return cl.negated != c.denies
}

// opposedProposition says whether clause x of claim cx and clause y of
// claim cy state one proposition with opposite polarity: one negated and
// the other not, or neither negated and one word of one met by its
// opposite in the other while two words at least other than names are met
// alike ("stabilize the region" and "trying to destabilize the region" may
// be said of different deeds). Of two clauses both negated, an opposite
// word may stand within the negation or outside it ("insufficiently
// equipped and experienced", "insufficiently equipped and inexperienced"):
// they are not weighed. The clause that is negated, or the shorter of two
// that are not, is the one matched (see meetAll).
func (wc *wordCache) opposedProposition(cx *claim, x clause, cy *claim, y clause) bool {
	px, py := polarity(x, cx), polarity(y, cy)
	if px && py {
		return false
	}
	covered, cc, other, co := x, cx, y, cy
	if py || !px && len(y.terms) < len(x.terms) {
		covered, cc, other, co = y, cy, x, cx
	}
	// Nothing said alike is not worth the lexicon's look-ups; of two
	// clauses neither negated, an opposite word sets apart only what two
	// words say alike, and they are most often the same words.
	if n := sharedSaid(covered, other, cc, co); n == 0 || px == py && n < sharedTerms {
		return false
	}
	// A negation that reaches a phrase naming nothing ("without him")
	// negates nothing the two say alike.
	if px != py && covered.only != nil && len(covered.only) == 0 {
		return false
	}
	m, ok := wc.meetAll(cc, covered, co, other, px != py)
	if !ok || m.met < sharedTerms || m.said == 0 || !m.about {
		return false
	}
	if px != py {
		return m.flips == 0
	}
	return m.flips == 1 && m.said >= sharedTerms
}

// meeting is how the terms of one clause are met in another: how many
// alike (met), how many of those are not names (said), how many by their
// opposite (flips), and whether one met is what the clause is said of.
type meeting struct {
	met, said, flips int
	about            bool
}

// meetAll meets each term of clause covered of claim cc in clause other of
// claim co, as the same term, a related word or its opposite (see meets).
// It fails when a term that names someone or something goes unmet, or,
// where the negation of covered reaches a phrase only ("carried no
// weapon"), more than propositionPreds of its words outside the phrase;
// elsewhere every word must be met. A name met nowhere in the clause but
// in the other claim ("the director had stepped away …, because Ross
// wanted") is what the clause is said of. A light verb met ("no decision
// was made") does not count as met: its noun says what is said. Of two
// clauses neither negated (negated false), one word left unmet may still
// meet its opposite, looked up last: few pairs of clauses come so far.
func (wc *wordCache) meetAll(cc *claim, covered clause, co *claim, other clause, negated bool) (meeting, bool) {
	var m meeting
	// A name is met only as itself: a name the other claim does not hold
	// fails the clause before any look-up.
	for t := range covered.terms {
		if cc.names[t] && !co.terms[t] {
			return m, false
		}
	}
	loose, pending := 0, ""
	// Words of the other clause that meet one of this clause as
	// themselves are not met again in other words.
	var us []string
	for _, u := range sortedKeys(other.terms) {
		if !covered.terms[u] && !co.names[u] {
			us = append(us, u)
		}
	}
	for _, t := range sortedKeys(covered.terms) {
		how := metAlike
		if !other.terms[t] {
			how = wc.meets(cc, t, co, us)
		}
		arg := cc.names[t] || wc.argument(cc.words[t])
		switch {
		case how == metNot && negated && deniesIntent[t]:
			// "there are no plans to close the plant" denies the
			// closing: the plan is how the act is denied, not what.
			continue
		case how == metNot && (cc.names[t] || co.names[t]) && co.terms[t]:
			m.about = true
			continue
		case how == metNot && !negated && !cc.names[t] && pending == "":
			pending = t
			continue
		case how == metNot && (arg || covered.only == nil || covered.only[t]):
			return m, false
		case how == metNot:
			if loose++; loose > propositionPreds {
				return m, false
			}
			continue
		case how == metOpposite:
			m.flips++
			continue
		case light(cc.words[t]):
			continue
		}
		m.met++
		if !cc.names[t] {
			m.said++
		}
		m.about = m.about || arg
	}
	if pending != "" {
		if m.flips > 0 || m.said < sharedTerms || !wc.opposes(cc.word(pending), co, us) {
			return m, false
		}
		m.flips++
	}
	return m, true
}

// sharedSaid returns how many terms two clauses of claims cx and cy both
// name, other than names.
func sharedSaid(x, y clause, cx, cy *claim) int {
	n := 0
	for t := range x.terms {
		if y.terms[t] && !cx.names[t] && !cy.names[t] {
			n++
		}
	}
	return n
}

// How a term of one clause is met in another (see meets).
const (
	metNot = iota
	metAlike
	metOpposite
)

// meets says how term t of claim cx, which a clause of claim cy does not
// name, is met in us, the words of that clause other than names that the
// clause of t does not name either: by a word related to its word (see
// relatedWord), or by one so related that is its opposite ("closed" and
// "open" are forms of one another), or not. A name is met only as
// itself.
func (wc *wordCache) meets(cx *claim, t string, cy *claim, us []string) int {
	if cx.names[t] {
		return metNot
	}
	how := metNot
	for _, u := range us {
		h := wc.meet(cx.word(t), cy.word(u))
		if h == metAlike {
			return h
		}
		how = max(how, h)
	}
	return how
}

// opposes says whether word w is the opposite of the word of one of the
// terms us of claim c.
func (wc *wordCache) opposes(w string, c *claim, us []string) bool {
	return slices.ContainsFunc(us, func(u string) bool { return wc.opposite(w, c.word(u)) })
}

// wordCache keeps, for one run, how two words meet and whether a word
// names someone or something: pairs of claims ask of the same words again
// and again, and the lexicon's answers cost far more than a look-up.
// Each map stops growing at wordsCached entries.
type wordCache struct {
	pairs map[[2]string]int
	args  map[string]bool
}

// wordsCached bounds each map of a wordCache.
const wordsCached = 1 << 16

// meet says how word w is met by word v: by a related word that is not
// its opposite, by its opposite so related, or not.
func (wc *wordCache) meet(w, v string) int {
	k := [2]string{w, v}
	if how, ok := wc.pairs[k]; ok {
		return how
	}
	how := metNot
	if relatedWord(w, v) {
		how = metAlike
		if wc.opposite(w, v) {
			how = metOpposite
		}
	}
	if wc.pairs == nil {
		wc.pairs = map[[2]string]int{}
	}
	if len(wc.pairs) < wordsCached {
		wc.pairs[k] = how
	}
	return how
}

// opposite says whether two words are opposites (see lexicon.Opposite),
// of which one at least says what is done or how things are: opposites
// that name things ("war", "peace") say less of a claim, and pairs of
// nouns are the most by far.
func (wc *wordCache) opposite(w, v string) bool {
	return !(wc.argument(w) && wc.argument(v)) && opposites(w, v)
}

// argument is the package's argument, kept.
func (wc *wordCache) argument(w string) bool {
	is, ok := wc.args[w]
	if ok {
		return is
	}
	is = argument(w)
	if wc.args == nil {
		wc.args = map[string]bool{}
	}
	if len(wc.args) < wordsCached {
		wc.args[w] = is
	}
	return is
}

// relatedWord says whether word v names what w names, or a kind of it:
// they share a base form ("saw", "see"), a first sense ("wounded",
// "injured"), a form of one happening or thing ("armed", "weapon";
// "died", "death"), or v names a kind of what w names ("pistol" of
// "weapon"), the more particular word asserting what the general one
// denies.
func relatedWord(w, v string) bool {
	if shares(lexicon.Lemmas(w), lexicon.Lemmas(v)) {
		return true
	}
	ws := firstSenses(w)
	if shares(ws, firstSenses(v)) || shares(ws, lexicon.Kinds(v)) {
		return true
	}
	return shares(lexicon.Forms(w), lexicon.Forms(v))
}

// shares says whether two lists share an element.
func shares[T comparable](x, y []T) bool {
	return slices.ContainsFunc(x, func(e T) bool { return slices.Contains(y, e) })
}

// argument says whether a word other than a name names someone or
// something: a word the lexicon holds as a noun that is not a form only a
// verb takes, nor an adjective; a word it does not hold at all counts as
// one, to be met as itself.
func argument(w string) bool {
	if len(lexicon.Lemmas(w)) == 0 {
		return true
	}
	return lexicon.Is(w, lexicon.Noun) && !lexicon.Is(w, lexicon.Adjective) && !verbLike(w)
}

// clashRank lowers the rank of a conflict found by one clause of each
// claim (see opposedClauses) below those of claims that align.
const clashRank = 1

// firm says whether a clause claims something: it is not held back,
// nor of what is yet to happen or taken as known, nor a clause that
// tells of something beside the claim ("the intersection where the shot
// was fired").
func firm(cl clause) bool {
	return !cl.hedged && !cl.unrealised && !cl.given && !cl.subordinate
}

// deniesIntent holds the terms of the words that deny an act by denying
// the intention to do it ("no plans to", "no intention of").
var deniesIntent = func() map[string]bool {
	m := map[string]bool{}
	for _, phrase := range cueWords("intent-denied") {
		for _, w := range splitWords(phrase) {
			if t := term(w); t != "" {
				m[t] = true
			}
		}
	}
	return m
}()
