package compare

import (
	"slices"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/lexicon"
)

// cause is what a claim says brought an event about: the words naming the
// event ("the fire at the bank") and those naming who or what caused it
// ("protesters", "agents provocateurs", "a short circuit"). Two speakers
// who name different culprits of one event contradict each other, however
// little else their words share.
type cause struct {
	event   []string // content words naming the event
	culprit []string // content words naming the culprit
	// anaphoric is set when a pronoun stands for the event ("it was the
	// work of provocateurs"): the event is what the statement before it
	// in its document spoke of.
	anaphoric bool
	// act is the verb whose doer is named, when the culprit is the agent
	// of a passive ("was shot by rivals") or a reflexive's subject ("shot
	// himself"): such a culprit is set only against another of one act.
	act string
	// self is set for a reflexive's subject: the act was done by the one
	// it was done to.
	self bool
	// personal is set when a pronoun for a person is what the act was
	// done to ("he was shot by rivals"): in reported speech, the speaker.
	personal bool
	// blamed is set on the culprit a blaming cue names ("blamed the
	// rebels for the attack"), which reports often name by another name
	// of one body ("the Sudanese government", "Khartoum").
	blamed bool
}

// causeOf reads the cause a statement's content asserts, in the first of
// its clauses that names one and is not negated ("the fire was not
// started by protesters" names no culprit; the denial is polarity's).
func causeOf(content string) (cause, bool) {
	var before []string
	for _, words := range claimClauses(content) {
		if negations(words)%2 == 0 {
			if c, ok := causeIn(before, words); ok {
				return c, true
			}
		}
		before = append(before, words...)
	}
	return cause{}, false
}

// causeIn finds a cause phrase in one clause, given the words of the
// clauses before it: the culprit follows a phrase of cause-after ("was
// started by", "the work of") and precedes one of cause-before joined to
// it by a verb of being ("rebels were behind the attack").
func causeIn(before, words []string) (cause, bool) {
	for i := range words {
		if n := phraseAt(words, i, "cause-after"); n > 0 && !asResult(words, i) {
			return newCause(slices.Concat(before, words[:i]), culpritWords(words[i+n:]))
		}
		if n := activeCause(words, i); n > 0 {
			return newCause(culpritWords(words[i+n:]), contentWords(words[:i]))
		}
		if n := phraseAt(words, i, "cause-before"); n > 0 && i > 1 && cueSets["copula"][words[i-1]] {
			return newCause(words[i+n:], contentWords(words[:i-1]))
		}
		if k := passive(words, i); k >= 0 {
			c, ok := newCause(slices.Concat(before, words[:i]), culpritWords(words[i+1:]))
			c.act = words[k]
			c.personal = slices.ContainsFunc(words[:k], func(w string) bool { return cueSets["personal"][w] })
			return c, ok
		}
		if cueSets["reflexive"][words[i]] && i > 0 && harms(words[i-1]) {
			c, ok := newCause(slices.Concat(before, words[:i], words[i+1:]), words[i:i+1])
			c.act, c.self = words[i-1], true
			return c, ok
		}
	}
	return cause{}, false
}

// activeCause returns the number of words of the verb at i when it is
// the active form of a passive cause phrase ("carried out" of "carried
// out by"): its subject names the culprit and its object the event
// ("the Black Star group carried out the attack"). A verb after a verb
// of being or an auxiliary is a passive's ("the fire was started
// deliberately"), and one with no object says what its subject did
// ("the fire started in the kitchen"); or 0.
func activeCause(words []string, i int) int {
	if i == 0 || cueSets["copula"][words[i-1]] || cueSets["auxiliary"][words[i-1]] {
		return 0
	}
	for _, p := range activeCauses {
		n := len(p)
		if i+n >= len(words) || !slices.Equal(words[i:i+n], p) {
			continue
		}
		if w := words[i+n]; cueSets["preposition"][w] || cueSets["clause"][w] || cueSets["coordinating"][w] {
			return 0
		}
		return n
	}
	return 0
}

// activeCauses are the verbs of the cause phrases that end in "by"
// ("started by", "carried out by"), less it.
var activeCauses = func() [][]string {
	var out [][]string
	for _, p := range cuePhrases["cause-after"] {
		if len(p) > 1 && p[len(p)-1] == "by" {
			out = append(out, p[:len(p)-1])
		}
	}
	return out
}()

// blamedFor reads the cause that a blaming cue's content names: the
// culprit before "for", the act after it ("the rebels for the attack").
// Blame names a culprit only of an act of harm: "blamed the council for
// the delays" says nothing of who else may have caused them.
func blamedFor(content string) (cause, bool) {
	words := splitWords(strings.ToLower(content))
	for k, w := range words {
		if !cueSets["blamed-for"][w] {
			continue
		}
		act := contentWords(words[k+1:])
		if k == 0 || !slices.ContainsFunc(act, harms) {
			return cause{}, false
		}
		c, ok := newCause(act, contentWords(words[:k]))
		c.blamed = true
		return c, ok
	}
	return cause{}, false
}

// passive returns the position of the participle whose agent "by" at i
// names ("was shot in the foot by rivals"), or -1: a verb of harm after a
// verb of being, a few words before "by". The builder of a bridge is no
// culprit.
func passive(words []string, i int) int {
	if words[i] != "by" {
		return -1
	}
	for k := i - 1; k > 0 && k >= i-passiveGap; k-- {
		if cueSets["copula"][words[k-1]] && harms(words[k]) {
			return k
		}
	}
	return -1
}

// harms says whether a verb is a kind of one of the acts of harm
// (data/cues.txt), whose doer is a culprit.
func harms(verb string) bool {
	return slices.ContainsFunc(cueWords("harm"), func(kind string) bool { return lexicon.IsA(verb, kind) })
}

// passiveGap bounds the words between a passive's participle and "by".
const passiveGap = 4

// causeWords bounds the words kept of an event and of a culprit, so that
// comparing two causes costs little however long their sentences.
const causeWords = 12

// asResult says whether the cause phrase at i follows "as" ("as a result
// of the strike, flights were cancelled"), which puts the event after it.
func asResult(words []string, i int) bool {
	return i >= 2 && words[i-2] == "as" || i >= 1 && words[i-1] == "as"
}

// newCause makes a cause of the words before and after its phrase, those
// nearest it; there is none without a culprit, nor without an event or a
// pronoun for one.
func newCause(event, culprit []string) (cause, bool) {
	c := cause{event: contentWords(event), culprit: culprit[:min(len(culprit), causeWords)]}
	c.event = c.event[max(0, len(c.event)-causeWords):]
	if len(c.event) == 0 {
		c.anaphoric = slices.ContainsFunc(event, func(w string) bool { return w == "it" || w == "this" || w == "that" })
	}
	return c, len(c.culprit) > 0 && (len(c.event) > 0 || c.anaphoric)
}

// culpritWords returns the content words of the phrase naming a culprit:
// up to a preposition other than "of", which says where or when it acted.
func culpritWords(words []string) []string {
	for k, w := range words {
		if w != "of" && cueSets["preposition"][w] {
			words = words[:k]
			break
		}
	}
	return contentWords(words)
}

// contentWords returns the words that name something, in order.
func contentWords(words []string) []string {
	var out []string
	for _, w := range words {
		if term(w) != "" {
			out = append(out, w)
		}
	}
	return out
}

// phraseAt returns the number of words of the phrase of a cue class that
// starts at words[i], or 0.
func phraseAt(words []string, i int, class string) int {
	for _, ps := range cuePhrases[class] {
		if i+len(ps) <= len(words) && slices.Equal(words[i:i+len(ps)], ps) {
			return len(ps)
		}
	}
	return 0
}

// nameOne says whether two lists of words name one thing: they share a
// word in some inflection, or a word of one is related in the lexicon to
// one of the other ("the deaths", "the fire that killed three workers").
func nameOne(x, y []string) bool {
	for _, u := range x {
		for _, v := range y {
			if term(u) == term(v) || lexicon.Related(u, v) {
				return true
			}
		}
	}
	return false
}

// oneCulprit says whether two culprits may be one: they share a word in
// some inflection ("Hamas", "Hamas militants"), or the words that end
// them, their heads, name one kind of thing ("protesters",
// "demonstrators"; "a bomb", "an explosive device"). A word that only
// qualifies one ("a gas leak") does not make it the other ("a bomb"),
// however the lexicon relates the two words.
func oneCulprit(x, y []string) bool {
	if shareTerm(x, y) {
		return true
	}
	if len(x) == 0 || len(y) == 0 {
		return false
	}
	hx, hy := strings.ToLower(x[len(x)-1]), strings.ToLower(y[len(y)-1])
	return synonyms(hx, hy) || lexicon.IsA(hx, hy) || lexicon.IsA(hy, hx)
}

// maxCauses bounds the earlier statements naming a cause that each one is
// weighed against in its storyline.
const maxCauses = 32

// culprits returns the contradictions of statement i with the earlier
// statements of its storyline that name another culprit of the same
// event, and the reversals of one speaker who names another. A pronoun for the event stands for the event of the last cause
// named in its document, else for what the statement before it spoke of.
func (al *aligner) culprits(i int) []candidate {
	doc, line := al.all[i].s.Doc, al.lines[i]
	prev, hasPrev := al.lastCause[doc]
	if !hasPrev {
		prev, hasPrev = al.lastStmt[doc]
	}
	al.lastStmt[doc] = i
	c, ok := al.claims[i].cause, al.claims[i].hasCause
	if !ok {
		return nil
	}
	event := c.event
	if c.personal && al.all[i].person != "" {
		// "he was shot by rivals", a person says: it was done to him.
		event = slices.Concat(event, splitWords(strings.ToLower(al.all[i].s.SpeakerName)))
	}
	if c.anaphoric {
		if !hasPrev {
			return nil
		}
		event = al.eventOf(prev)
	}
	al.events[i] = event
	al.lastCause[doc] = i
	var out []candidate
	for _, j := range al.causes[line] {
		a, b := al.all[j], al.all[i]
		cj := al.claims[j].cause
		if !a.factual || !b.factual || !sameTime(a, b) || al.claims[j].hedged || al.claims[i].hedged {
			continue
		}
		k := parallax.Conflict{A: a.s.ID, B: b.s.ID, Kind: parallax.Contradiction}
		switch {
		case cj.act != "" || c.act != "":
			if !selfOrOther(cj, c, al.events[j], event) {
				continue
			}
			if sameSpeaker(a, b) {
				k.Kind = parallax.Reversal // "shot by rivals", then "shot himself"
			}
		case sameSpeaker(a, b) || !nameOne(al.events[j], event) || oneCulprit(cj.culprit, c.culprit) && !al.namedApart(j, i, cj.culprit, c.culprit):
			continue
		case (cj.blamed || c.blamed) && al.nameEntity(j, i):
			continue // two who blame may name one body in two ways
		}
		k.Explain = explain(k.Kind, a, b)
		out = append(out, candidate{c: k, a: j, b: i, by: i, score: 1})
	}
	al.causes[line] = keepLast(al.causes[line], i)
	return out
}

// namedApart says whether the culprits of statements j and i, x and y,
// are named by different names ("the Red Hand group", "the Black Star
// group"): each holds a word its statement writes as a name, they share
// none, and the statements name no entity in common, as two names of
// one body would.
func (al *aligner) namedApart(j, i int, x, y []string) bool {
	nx, ny := namesAmong(x, al.claims[j].names), namesAmong(y, al.claims[i].names)
	return len(nx) > 0 && len(ny) > 0 && !shares(nx, ny) && !al.nameEntity(j, i)
}

// namesAmong returns the terms of the words that are names.
func namesAmong(words []string, names map[string]bool) []string {
	var out []string
	for _, w := range words {
		if t := term(w); names[t] {
			out = append(out, t)
		}
	}
	return out
}

// keepLast appends i to the last statements of a storyline kept for
// later ones to be weighed against, and drops the first beyond
// maxCauses.
func keepLast(p []int, i int) []int {
	p = append(p, i)
	if len(p) > maxCauses {
		p = p[1:]
	}
	return p
}

// nameEntity says whether statements j and i name an entity in common.
func (al *aligner) nameEntity(j, i int) bool {
	for t := range al.claims[i].names {
		if strings.HasPrefix(t, "@") && al.claims[j].names[t] {
			return true
		}
	}
	return false
}

// selfOrOther says whether two causes, given their events, say that one
// act of harm was done to someone by another, and by himself: "was shot
// in the foot by rivals", "had shot himself in the foot". The act is one
// verb in some inflection or a related one, and the events share a word
// besides it; who else did it is not weighed ("struck by a car", "struck
// by a grey saloon").
func selfOrOther(x, y cause, ex, ey []string) bool {
	if x.act == "" || y.act == "" || x.self == y.self || !nameOne([]string{x.act}, []string{y.act}) {
		return false
	}
	for _, u := range ex {
		for _, v := range ey {
			if t := term(u); t == term(v) && !nameOne([]string{u}, []string{x.act}) {
				return true
			}
		}
	}
	return false
}

// eventOf returns the words naming what statement j speaks of: the event
// of the cause it names, else its content words other than names.
func (al *aligner) eventOf(j int) []string {
	if al.events[j] != nil {
		return al.events[j]
	}
	cj := &al.claims[j]
	var out []string
	for _, t := range al.sorted[j] {
		if w, ok := cj.words[t]; ok && !cj.names[t] {
			out = append(out, w)
		}
	}
	return out
}
