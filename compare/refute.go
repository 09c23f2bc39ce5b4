package compare

import (
	"slices"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/lexicon"
)

// Bounds of the link between a rejection and the claims it answers.
const (
	// answerCover is the least share of what a rejection names (its
	// terms other than names, weighted) that a claim must name for the
	// rejection to answer it.
	answerCover = 0.5
	// answerCoverNamed is that share when the claim also names someone
	// or something the rejection names, or the speaker who rejects it:
	// "Kennedy denied charges of assault" answers a claim about Kennedy
	// that names the assault, whatever else it says.
	answerCoverNamed = 0.3
	// refutationScore ranks a rejection linked to what it answers above
	// a contradiction found between the same two statements.
	refutationScore = 2
	// namesWhose ranks, among the claims a rejection answers, those that
	// name whose claim it rejects, or are theirs, first.
	namesWhose = 0.5
)

// refutations links each rejection of a storyline ("denied the
// allegations", "contrary to what has been reported, the talks have not
// been problematic", "the claims are baseless") to the claims of other
// speakers it answers: those naming what it names, once the words that
// only say what is rejected ("reports", "allegations", "charges") are set
// aside. Unlike a contradiction, the two need not be worded alike: a
// rejection names the thing it answers briefly ("denies a connection to
// the bombing"). Rejections are few, so each is weighed against the
// claims of its storyline that share a term with it.
func (al *aligner) refutations() []candidate {
	var out []candidate
	for i := range al.all {
		ci := &al.claims[i]
		if protests(al.all[i]) {
			out = append(out, al.protested(i)...)
		}
		if !ci.rejects && !ci.denies {
			continue
		}
		lead := al.leadRejection(i)
		for _, j := range al.sharing(i) {
			if c, ok := al.refutes(j, i, lead); ok {
				out = append(out, c)
				if lead >= 0 {
					al.restated[[2]int{min(j, lead), max(j, lead)}] = true
				}
			}
		}
	}
	return out
}

// intentDenied says whether denial ci denies the very intention claim ca
// states, in a word of intention both name ("plans to lay off workers",
// "denied that it planned to lay off workers"): the intention is what
// ca claims, not a guess.
func intentDenied(ca, ci *claim) bool {
	return ci.denies && slices.ContainsFunc(sortedKeys(ca.words), func(t string) bool { return ca.intends(t) && ci.terms[t] })
}

// protests says whether a statement protests its speaker's innocence
// ("I am innocent", "he had done nothing wrong", "maintained his
// innocence"): its content opens with a personal pronoun or a
// possessive, the speaker himself, and says so in words of the class
// "innocence".
func protests(x *stmt) bool {
	words := splitWords(strings.ToLower(x.s.Content))
	return len(words) > 0 && (cueSets["personal"][words[0]] || cueSets["possessive"][words[0]]) &&
		hasCue(strings.Join(words, " "), "innocence")
}

// protested returns the refutations of protest of innocence i: of the
// claims of other speakers that name i's speaker, those that tell of an
// accusation (see alleges and accusing). The protest names nothing of
// what it answers but who is accused.
func (al *aligner) protested(i int) []candidate {
	b := al.all[i]
	var out []candidate
	for _, j := range al.naming(i) {
		a := al.all[j]
		if j == i || sameSpeaker(a, b) || !a.factual || al.claims[j].guessed || !answersInTime(a, b) ||
			!al.namesSpeaker(j, b) || !alleges(a) && accusing(a) == "" {
			continue
		}
		c := parallax.Conflict{A: a.s.ID, B: b.s.ID, Kind: parallax.Refutation}
		if i < j {
			c.A, c.B = b.s.ID, a.s.ID
		}
		c.Explain = explain(c.Kind, a, b)
		out = append(out, candidate{c: c, a: min(i, j), b: max(i, j), by: i, score: refutationScore})
	}
	return out
}

// unrestated returns the candidates less the refutations that a
// rejection's lead makes of a claim the rejection after it answers too:
// the speaker who denied the reports and then said “contrary to what has
// been reported …” refutes each report once, in the words quoted.
func (al *aligner) unrestated(cands []candidate) []candidate {
	return slices.DeleteFunc(cands, func(c candidate) bool {
		return c.c.Kind == parallax.Refutation && al.restated[[2]int{min(c.a, c.b), max(c.a, c.b)}]
	})
}

// leadRejection returns the statement just before rejection i in its
// document when the same speaker rejects there too, or -1: "The director
// denied reports that the talks hit a snag. “Contrary to what has been
// reported, negotiations have not been problematic.”" The second names
// briefly what the first names in full, and answers the same claims.
func (al *aligner) leadRejection(i int) int {
	k := i - 1
	if k < 0 || al.all[k].s.Doc != al.all[i].s.Doc || !sameSpeaker(al.all[k], al.all[i]) {
		return -1
	}
	if ck := &al.claims[k]; !ck.rejects && !ck.denies {
		return -1
	}
	return k
}

// sharing returns the statements of i's storyline, other than i, that
// share a term with it, in order.
func (al *aligner) sharing(i int) []int {
	var js []int
	for _, t := range al.sorted[i] {
		for _, j := range al.postings[al.lines[i]+"\x00"+t] {
			if j != i && !slices.Contains(js, j) {
				js = append(js, j)
			}
		}
	}
	slices.Sort(js)
	return js
}

// refutes says whether rejection i answers claim j: another speaker's
// claim of fact that names what i names, or what lead (the same
// speaker's rejection just before i, or -1) names when it shares
// something with i, and takes the other position.
func (al *aligner) refutes(j, i, lead int) (candidate, bool) {
	a, b := al.all[j], al.all[i]
	ca, ci := &al.claims[j], &al.claims[i]
	if sameSpeaker(a, b) || ownDeeds(a, b) || !a.factual || !b.factual || ca.guessed && !intentDenied(ca, ci) || ca.anaphoric || !answersInTime(a, b) {
		return candidate{}, false
	}
	cover, ok := al.answerCover(j, i)
	// The lead names in full only what i names too.
	if lead >= 0 && cover > 0 {
		if c, found := al.answerCover(j, lead); found && c > cover {
			cover, ok = c, true
		}
	}
	if !ok || (ci.denies || callsClauseFalse(b.s.Content)) && !al.namesDeed(j, i) {
		return candidate{}, false
	}
	// The two take opposite positions on what they share: a denial
	// answers a claim that asserts it ("Sudan denies a connection to the
	// bombing"; "Sudan bombed the camp"), a rejection that asserts
	// answers a denial ("the government lied about the bombing"; "Sudan
	// had not bombed anywhere").
	terms := map[string]float64{}
	for t := range ci.terms {
		if ca.terms[t] {
			terms[t] = 1
		}
	}
	if ca.negatedOn(terms) == ci.negatedOn(terms) {
		return candidate{}, false
	}
	c := parallax.Conflict{A: a.s.ID, B: b.s.ID, Kind: parallax.Refutation}
	if i < j {
		c.A, c.B = b.s.ID, a.s.ID
	}
	c.Explain = explain(c.Kind, a, b)
	score := refutationScore + cover + namesWhose*al.namedShare(j, i)
	return candidate{c: c, a: min(i, j), b: max(i, j), by: i, score: score}, true
}

// objectWords bounds the words read at the head of a rejection's content
// for the thing it rejects ("the club's new contract offer").
const objectWords = 4

// turnsDown says whether a statement whose cue is a refutation's turns
// down what was put to its speaker rather than rejecting a claim: its
// content opens with a noun phrase naming a proposal under a cue that
// turns one down ("rejected the club's offer", "dismissed the lawsuit"),
// or a request under any ("denied the appeal"). A claim rejected in
// words of a kind of claim ("rejected the suggestion", "dismissed the
// claims") is not one, whatever else the word may name.
func turnsDown(cue, content string) bool {
	// A cue that ends in "that" opens a clause, never an object: "denied
	// that the president ordered the raid" asks nothing of anyone.
	if !hasCue(cue, "refutation") || strings.HasSuffix(cue, " that") {
		return false
	}
	down := hasCue(cue, "turning-down")
	n := 0
	for _, w := range splitWords(strings.ToLower(content)) {
		if strings.HasSuffix(w, "'s") {
			continue // whose proposal: "the club's offer"
		}
		if stopwords[w] || cueSets["preposition"][w] {
			if n > 0 {
				return false
			}
			continue
		}
		if n++; n > objectWords || rejectedWhat[stem(fold(w))] || lexicon.IsA(w, "assertion") {
			return false
		}
		if isKind(w, "asked") || down && isKind(w, "turned-down") {
			return true
		}
	}
	return false
}

// isKind says whether a word names a kind of one of the lexicon words of
// a cue class.
func isKind(w, class string) bool {
	return slices.ContainsFunc(cueWords(class), func(kind string) bool { return lexicon.IsA(w, kind) })
}

// answersInTime says whether rejection b may answer claim a by when the
// two were made: at one time (see sameTime), or b after a, however long
// after: an allegation stands until it is denied, and a charge until
// the plea.
func answersInTime(a, b *stmt) bool {
	return sameTime(a, b) || !a.day.IsZero() && a.day.Before(b.day)
}

// namedShare returns the share of the agents rejection i names
// (weighted; see claim.agents) that claim j names too or that are j's
// speaker: "the Sudan government lied about the bombing" answers a
// denial that names Sudan before another claim of the bombing.
func (al *aligner) namedShare(j, i int) float64 {
	a, ci, cj := al.all[j], &al.claims[i], &al.claims[j]
	var total, shared float64
	for _, t := range al.sorted[i] {
		if !ci.agents[t] {
			continue
		}
		w := al.weights[i][t]
		total += w
		if cj.terms[t] || t == "@"+a.s.Speaker || t == "@"+a.s.SpeakerFor {
			shared += w
		}
	}
	if total == 0 {
		return 0
	}
	return shared / total
}

// answerCover returns the share of what rejection i names, less the
// adverbs that say how it rejects and the words that say whose claim it
// rejects, that claim j names too, and whether it is enough for i to answer j: answerCover of
// it, or answerCoverNamed when j also names someone or something i names,
// or i's speaker, or the kind of claim i rejects.
func (al *aligner) answerCover(j, i int) (float64, bool) {
	a, b := al.all[j], al.all[i]
	ca, ci := &al.claims[j], &al.claims[i]
	var named, total, shared float64
	sharedNames := false
	for _, t := range al.sorted[i] {
		w := al.weights[i][t]
		switch {
		case ci.names[t]:
			sharedNames = sharedNames || ca.terms[t]
		case rejectedWhat[t], ci.heads[t], manner(ci.words[t]):
		case ca.terms[t]:
			total += w
			shared += w
			named += w
		default:
			total += w
		}
	}
	if shared == 0 || total == 0 {
		return 0, false
	}
	rw, _ := al.related(i, j, false)
	cover := min(1, (named+rw)/total)
	sharedNames = sharedNames || b.s.Speaker != "" && ca.terms["@"+b.s.Speaker] || answersKind(b, a)
	return cover, cover >= answerCover || cover >= answerCoverNamed && sharedNames
}

// namesDeed says whether claim j names the deed denial i denies, when i
// denies one ("denied striking the border town", "denies carrying out
// the raid"), or what the clause it denies says of its subject ("denied
// reports that the talks were stalled"): a word of it up to its first
// name or preposition, in that word or a related one. The denial answers
// "an air strike hit the town", not another claim that only names the
// town; "the talks were stalled", not "the talks will resume in May".
func (al *aligner) namesDeed(j, i int) bool {
	ci, cj := &al.claims[i], &al.claims[j]
	words := deniedDeed(splitWords(strings.ToLower(al.all[i].s.Content)))
	if len(words) == 0 {
		return true // no deed: "denied the allegations", "a connection to the bombing"
	}
	for _, w := range words {
		t := term(w)
		if cueSets["preposition"][w] || ci.names[t] {
			break
		}
		if t == "" || light(w) {
			continue // "would cause tsunamis": the deed is in its object
		}
		if cj.terms[t] {
			return true
		}
		for _, id := range firstSenses(w) {
			if _, ok := cj.concepts[id]; ok {
				return true
			}
		}
	}
	return false
}

// callsClauseFalse says whether a rejection's content opens with words
// that name a kind of claim and the clause it reports ("there is no
// truth in reports that the coach will be sacked"): like a denial of
// that clause, it answers a claim that names what the clause says.
func callsClauseFalse(content string) bool {
	words := splitWords(strings.ToLower(content))
	for k, w := range words[:min(len(words), deniedClauseWords)] {
		if w == "that" && k > 0 && rejectedWhat[stem(fold(words[k-1]))] {
			return true
		}
	}
	return false
}

// deniedClauseWords bounds the words read at the head of a denial's
// content for the clause it denies ("claims by the union that …").
const deniedClauseWords = 8

// deniedDeed returns the words of what a denial's content (lower-cased
// words) says was done: from its first word when that is a deed
// ("striking the town"), else from the verb of the clause it denies, past
// the words that only say what kind of claim it is ("reports that the
// talks were stalled" gives "were stalled"), or the whole clause when its
// verb only says that its subject happened ("the attack occurred"). It
// returns nil when the content names no deed ("the allegations", "a
// connection to the bombing").
func deniedDeed(words []string) []string {
	if len(words) > 0 && deed(words[0]) {
		return words
	}
	// The clause denied opens after "that", when the words before it
	// say what kind of claim it is, or there are none.
	start := 0
	for k, w := range words[:min(len(words), deniedClauseWords)] {
		if w == "that" && (k == 0 || slices.ContainsFunc(words[:k], func(v string) bool { return rejectedWhat[stem(fold(v))] })) {
			start = k + 1
			break
		}
	}
	clause := words[start:]
	for k, w := range clause {
		if k == 0 || !verbLike(w) {
			continue
		}
		if hasCue(w, "existence") {
			return clause
		}
		return clause[k:]
	}
	return nil
}

// manner says whether a word is an adverb of manner, an adjective's
// in -ly ("blatantly lied", "completely false", "categorically"): it
// says how a claim is rejected, not what the claim is about.
func manner(w string) bool {
	return strings.HasSuffix(w, "ly") && lexicon.Is(w, lexicon.Adjective) &&
		!lexicon.Is(w, lexicon.Noun) && !lexicon.Is(w, lexicon.Verb)
}

// answersKind says whether rejection x names the kind of claim y is by
// its cue: "contrary to what has been reported" answers what a paper "is
// reporting", "denied the accusations" what someone "accused" him of.
func answersKind(x, y *stmt) bool {
	return namesKind(x, y.cue+" "+accusing(y))
}

// accusing returns the words of a statement's content that say what it
// tells is an accusation ("Pell is accused of setting the fire", "was
// charged with arson", "allegedly set the fire"): a rejection of "the
// allegations" or "the charges" answers it, whoever reports it.
func accusing(y *stmt) string {
	words := splitWords(strings.ToLower(y.s.Content))
	return strings.Join(slices.DeleteFunc(words, func(w string) bool { return !cueSets["accusing"][w] }), " ")
}

// namesKind says whether rejection x names a kind of claim that a word of
// cue (lower-cased words) reports.
func namesKind(x *stmt, cue string) bool {
	words := splitWords(cue)
	for _, w := range splitWords(x.cue + " " + strings.ToLower(x.s.Content)) {
		if !rejectedWhat[stem(fold(w))] {
			continue
		}
		for _, v := range words {
			if lexicon.Related(w, v) {
				return true
			}
		}
	}
	return false
}

// rejectedWhat holds the stems of the words that only say what kind of
// claim is rejected ("the reports", "the allegations", "any links to"),
// and those of the rejecting phrases themselves ("contrary to", "no
// evidence"): what a rejection names is the rest.
var rejectedWhat = func() map[string]bool {
	m := map[string]bool{}
	for _, class := range []string{"rejected", "rejection"} {
		for _, phrase := range cueWords(class) {
			for _, w := range splitWords(phrase) {
				m[stem(fold(w))] = true
			}
		}
	}
	return m
}()

// beyondKind counts the terms of a clause other than those that only say
// what kind of claim is rejected: "there is no truth in reports" names
// nothing of its own, and its negation reaches the clause it governs
// ("… that the coach will be sacked").
func beyondKind(terms map[string]bool) int {
	n := 0
	for t := range terms {
		if !rejectedWhat[t] {
			n++
		}
	}
	return n
}
