package compare

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/lexicon"
	"github.com/parallax-news/parallax/quantity"
)

// claim is what a statement asserts, for aligning it with the statements
// of its storyline that answer the same question: the terms it names (its
// content words, stemmed, and the names in it), clause by clause so that a
// negation counts only where it stands; whether it is hedged; and whether
// it rejects another claim, by its cue ("denied", "rejected the reports")
// or in its own words ("that is not true", "baseless").
type claim struct {
	terms map[string]bool
	// names are the terms that name someone or something (capitalised
	// within the content, or entities): two claims about one name may
	// still say different things of it.
	names map[string]bool
	// heads are the terms of the words that, after a name, say who it is
	// ("the Sudan government", "the Kremlin spokesman"): with the name,
	// they name whose claim a rejection answers, not what it is about.
	// agents are the names such words follow ("sudan").
	heads, agents map[string]bool
	clauses       []clause
	hedged        bool
	// guessed is hedged less the words that only say a claim is alleged
	// ("allegedly", "reportedly"): what such a claim reports is what a
	// denial answers.
	guessed bool
	// asks is set when the whole claim is held back: asked, or under a
	// condition.
	asks bool
	// wishes is set when a clause states a wish, an intention or an
	// obligation ("we should", "I didn't want to").
	wishes bool
	// rejects is set when the statement answers another claim by rejecting
	// it; denies when its cue denies its own content ("denied that the
	// camp was bombed", "denied the camp was bombed"), so that the
	// content's polarity turns over: not when the content, negated,
	// states the denial itself.
	rejects, denies bool
	// anaphoric is set when it rejects something it does not name ("that
	// is not true", "denied the allegations"): what it answers is a claim
	// reported before it in its document (see antecedent).
	anaphoric bool
	amounts   []amount
	// opener is the subject its first clause opens with.
	opener opener
	// cause is the culprit it names for an event, when hasCause.
	cause    cause
	hasCause bool
	// slots are where and with what it says its happenings befell.
	slots []slot
	// keys index the claim by what its amounts measure; figureTerms are
	// the terms of the words of its figures ("years" of "ten years").
	keys, figureTerms map[string]bool
	// words maps each term to the word it was read from, and concepts
	// each concept of the lexicon a word other than a name reaches to the
	// terms reaching it: "killed" and "died", "wounded" and "injured"
	// meet there.
	words    map[string]string
	concepts map[lexicon.ID][]string
	// phrasal maps the term of a verb to the verb of two words it opens
	// with the particle after it ("pulled out", "stepped down"), which
	// clauses are matched by (see meets).
	phrasal map[string]string
	// byConcept holds concepts again as a list in the order of their
	// concepts, which pairs of claims are walked in; byForm lists so each
	// concept a word's first senses reach by derivation, cause or
	// entailment, with the terms reaching it: "died" and "death", "the
	// shooting" and "shot" meet there (see lexicon.Forms).
	byConcept, byForm []reach
	// byKind lists, in the same order, what the nouns of the claim name a
	// kind of, with the terms naming it so: "the revolver" is met again
	// as "the gun" (see lexicon.Kinds).
	byKind []reach
}

// reach is a concept of the lexicon and the terms of a claim reaching it.
type reach struct {
	id    lexicon.ID
	terms []string
}

// reaches returns m as a list in the order of its concepts.
func reaches(m map[lexicon.ID][]string) []reach {
	out := make([]reach, 0, len(m))
	for _, id := range sortedKeys(m) {
		out = append(out, reach{id, m[id]})
	}
	return out
}

// clause is one clause of a statement's content: its terms and whether it
// is negated.
type clause struct {
	terms   map[string]bool
	negated bool
	// scope is the clause whose negation this is: its own, or that of a
	// clause before whose negation reaches into it; -1 when not negated.
	scope int
	// first is set when the clause speaks in the first person ("we",
	// "our"): of its speaker, whoever that is.
	first bool
	// unrealised is set when the clause tells of what has not happened
	// yet ("before decisions are made"), and given when it names a
	// happening it takes as known ("after the attack on the depot"): it
	// claims nothing either way.
	unrealised, given bool
	// hedged is set when the clause, or one before it, hedges, wishes or
	// asks: a hedge reaches forward ("12 were killed and the toll could
	// rise" claims the 12), a condition the whole claim.
	hedged bool
	// subordinate is set when the clause opens with a word that makes
	// it tell of something beside what the statement claims ("where the
	// shot was fired", "when he slipped") and no negation reaches into
	// it from the clause before, or is what such a clause says is so.
	subordinate bool
	// only, when set, holds the terms a negation of the clause reaches:
	// "no" after a verb negates its noun phrase alone ("the stove was
	// running with no flame" says the stove was running).
	only map[string]bool
	// one maps the terms of nouns written in the singular after a
	// determiner of one thing ("the bomb", "a shell") to the word so
	// written: one thing of its kind, which a count of several of the
	// kind ("four of the bombs") does not speak of alone.
	one map[string]string
	// pending is set when the clause is negated only so far ("has not
	// yet decided"), future when it tells of what is to come ("will
	// decide"): the one leaves open what the other says will be.
	pending, future bool
	// act is the verb its own negation governs ("did not fire", "no
	// plans to close"), or "": what the clause denies is that act, which
	// a claim that tells nothing of it does not assert.
	act string
}

// newClaim builds the claim of a statement.
func newClaim(s parallax.Statement) claim {
	c := claim{terms: map[string]bool{}, names: map[string]bool{}, words: map[string]string{}}
	c.heads, c.agents = map[string]bool{}, map[string]bool{}
	raws := splitWords(s.Content)
	for k, raw := range raws {
		if r, _ := utf8.DecodeRuneInString(raw); k > 0 && unicode.IsUpper(r) {
			if t := term(strings.ToLower(raw)); t != "" {
				c.names[t] = true
			}
			if k+1 < len(raws) && personOrBody(raws[k+1]) {
				c.heads[term(raws[k+1])] = true
				c.agents[term(strings.ToLower(raw))] = true
			}
		}
	}
	cue := strings.Join(splitWords(strings.ToLower(s.Cue)), " ")
	c.denies = denialOfContent(cue) && !turnsDown(cue, s.Content)
	content := strings.Join(splitWords(strings.ToLower(s.Content)), " ")
	// Words that reject under a cue that admits say what the speaker did
	// ("admitted he lied"), not what another claimed.
	says := (hasCue(content, "rejection") || callsFalse(content)) && !hasCue(cue, "admission")
	c.rejects = hasCue(cue, "refutation") && !turnsDown(cue, s.Content) || says
	// The words of a count ("three", "a lot of", "several dozen") are
	// compared as its figure, as digits are (see withoutFigures), not as
	// terms: two claims of "a lot of people" need not speak of one thing.
	c.readFigures(s.Content)
	counting := map[string]bool{}
	for _, a := range c.amounts {
		if a.q.Dim == quantity.Count {
			for _, w := range splitWords(strings.ToLower(a.q.Text)) {
				counting[w] = true
			}
		}
	}
	carry := -1 // the clause whose negation reaches into this one, or -1
	for k, words := range claimClauses(s.Content) {
		// A concession's negation is not the claim's: "although no terms
		// were disclosed, the deal is expected to close this quarter".
		conceded := len(words) > 0 && cueSets["concessive"][words[0]]
		cl := clause{terms: map[string]bool{}, negated: negations(words)%2 == 1 && !conceded, scope: -1}
		cl.unrealised, cl.given = unrealised(words), presupposes(words)
		if cl.negated {
			cl.only, cl.act = phraseNegated(words), negatedAct(words)
		}
		for n, w := range words {
			cl.first = cl.first || cueSets["first-person"][w]
			if t := term(w); t != "" && !counting[w] {
				cl.terms[t] = true
				c.terms[t] = true
				if _, ok := c.words[t]; !ok {
					c.words[t] = w
				}
				c.readPhrasal(t, words[n+1:])
				if n > 0 && cueSets["single"][words[n-1]] && singular(w) {
					if cl.one == nil {
						cl.one = map[string]string{}
					}
					cl.one[t] = w
				}
			}
		}
		// "I" in what a person says is that person: "I am not resigning",
		// said by Minister Halvar, is said of Minister Halvar.
		if slices.Contains(words, "i") {
			for _, w := range splitWords(s.SpeakerName) {
				if t := term(strings.ToLower(w)); t != "" {
					cl.terms[t], c.terms[t] = true, true
					c.names[t] = c.names[t] || isName(w)
					if _, ok := c.words[t]; !ok {
						c.words[t] = strings.ToLower(w)
					}
				}
			}
		}
		if wishes(words) {
			c.wishes = true
		}
		if hedgedClause(words, cl.negated) || c.wishes {
			c.hedged = true
			c.guessed = c.guessed || c.wishes || hedgedClause(unalleged(words), cl.negated)
		}
		cl.hedged = c.hedged
		// A negated clause that names next to nothing negates the
		// relative clauses that follow it: "isn't the one who fired the
		// shot that hit the clerk"; not a clause of its own after it
		// ("but did not explode, another bomb hit the market").
		// A negation that names nothing of its own reaches a verb phrase
		// joined to it ("never one of those to go out and get into
		// trouble").
		joined := carry >= 0 && k > 0 && len(c.clauses[k-1].terms) == 0 && cueSets["coordinating"][words[0]]
		relative := carry >= 0 && (cueSets["relative"][words[0]] || joined)
		// "not deep enough so that": the result clause of a negated
		// degree takes its negation ("… that a flood can be expected").
		if passes := carry >= 0 && len(words) == 1 && cueSets["result"][words[0]]; passes {
			relative = true
		}
		switch {
		case relative:
			cl.negated = !cl.negated
			if cl.negated {
				cl.scope = carry
			}
		case cl.negated:
			cl.scope = k
		}
		cl.subordinate = (cueSets["background"][words[0]] || cueSets["wh"][words[0]]) && !relative ||
			// What a subordinate clause says is so ("where an agency
			// determines that no review is needed") is not claimed.
			words[0] == "that" && k > 0 && c.clauses[k-1].subordinate
		// "no militants or militant activities in the school": a
		// negation reaches the alternatives joined to what it negates.
		if k > 0 && cueSets["disjunctive"][words[0]] && c.clauses[k-1].negated && !cl.negated {
			cl.negated, cl.scope = true, c.clauses[k-1].scope
		}
		switch {
		case cl.negated && (beyondKind(cl.terms) <= 1 || cueSets["degree"][words[len(words)-1]]):
			carry = cl.scope
		case !relative:
			carry = -1
		}
		// A joined noun phrase is part of what the clause before it says,
		// negated or not: "no link between coffee and heart disease" is no
		// claim about coffee alone. It is a clause of its own too, whose
		// terms, named so both ways, take no side (see bothWays).
		if k > 0 && joinedPhrase(words) {
			maps.Copy(c.clauses[k-1].terms, cl.terms)
		}
		cl.pending = cl.negated && countCue(words, "pending") > 0
		cl.future = countCue(words, "future") > 0
		c.clauses = append(c.clauses, cl)
	}
	if says {
		c.callFalse(claimClauses(s.Content))
	}
	// A question asks rather than claims, and a condition holds the whole
	// claim back ("the dam would have held if the gates had been shut").
	c.asks = strings.HasSuffix(strings.TrimRight(s.Content, " \"”’'"), "?") ||
		slices.ContainsFunc(claimClauses(s.Content), func(words []string) bool { return countCue(unconcluded(words), "condition") > 0 })
	c.hedged = c.hedged || c.asks
	c.guessed = c.guessed || c.asks
	c.anaphoric = says && len(c.terms) <= anaphoricTerms || c.rejects && namesOnlyWhatIsRejected(s.Content)
	// A denial in the speaker's own words ("denied it, saying we never
	// fired on the school") says what it denies; only a clause the cue
	// governs ("denied that …") is turned over by it.
	if c.denies && !strings.HasSuffix(cue, " that") && c.negatesClause() {
		c.denies = false
	}
	c.cause, c.hasCause = causeOf(s.Content)
	c.slots = slotsOf(s.Content)
	if !c.hasCause && hasCue(cue, "blame") {
		c.cause, c.hasCause = blamedFor(s.Content)
	}
	c.concepts = map[lexicon.ID][]string{}
	forms, kinds := map[lexicon.ID][]string{}, map[lexicon.ID][]string{}
	for _, t := range sortedKeys(c.terms) {
		if c.names[t] {
			continue
		}
		for _, id := range firstSenses(c.words[t]) {
			c.concepts[id] = append(c.concepts[id], t)
		}
		for _, id := range lexicon.Forms(c.words[t]) {
			forms[id] = append(forms[id], t)
		}
		for _, id := range lexicon.Kinds(c.words[t]) {
			kinds[id] = append(kinds[id], t)
		}
	}
	c.byConcept, c.byForm, c.byKind = reaches(c.concepts), reaches(forms), reaches(kinds)
	return c
}

// readPhrasal records, for the term t of a word followed by words, the
// verb of two words the lexicon holds that the word makes with a particle
// right after it ("pulled out", "stepped down"), by its base form.
func (c *claim) readPhrasal(t string, after []string) {
	if len(after) == 0 || !cueSets["particle"][after[0]] {
		return
	}
	pv := c.words[t] + " " + after[0]
	if ls := lexicon.LemmasAs(pv, lexicon.Verb); len(ls) > 0 {
		if c.phrasal == nil {
			c.phrasal = map[string]string{}
		}
		c.phrasal[t] = strings.ReplaceAll(ls[0], "_", " ")
	}
}

// word returns the word a term of the claim was read from, or the verb
// of two words it opens (see readPhrasal).
func (c *claim) word(t string) string {
	if pv, ok := c.phrasal[t]; ok {
		return pv
	}
	return c.words[t]
}

// negatesClause says whether a clause of the claim is negated.
func (c *claim) negatesClause() bool {
	return slices.ContainsFunc(c.clauses, func(cl clause) bool { return cl.negated })
}

// readFigures sets the claim's amounts, read from content, and the
// measures they give figures for.
func (c *claim) readFigures(content string) {
	c.amounts, c.opener = amounts(content)
	c.keys, c.figureTerms = map[string]bool{}, map[string]bool{}
	for _, a := range c.amounts {
		for _, w := range splitWords(strings.ToLower(a.q.Text)) {
			if t := term(w); t != "" {
				c.figureTerms[t] = true
			}
		}
		for _, k := range a.keys() {
			c.keys[k] = true
		}
	}
}

// unrealised says whether a clause's lower-cased words tell of what has
// not happened yet: "before decisions are made", not "before the police
// arrived".
func unrealised(words []string) bool {
	return len(words) > 0 && cueSets["unrealised"][words[0]] && countCue(words, "unrealised-tense") > 0
}

// presupposes says whether a clause's lower-cased words are a phrase
// that takes a happening as known: a word of the class "presupposing"
// before a noun phrase with no verb ("after the attack on the depot",
// "following the raid"), not a clause ("after the police arrived").
func presupposes(words []string) bool {
	return len(words) > 1 && cueSets["presupposing"][words[0]] && !slices.ContainsFunc(words[1:], verbLike)
}

// personOrBody says whether a word, as written, is a lower-case noun for an
// organisation or a person, and no verb ("government", "spokesman"; not
// "have").
func personOrBody(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && !stopwords[w] && !lexicon.Is(w, lexicon.Verb) &&
		(lexicon.IsA(w, "organization") || lexicon.IsA(w, "person"))
}

// unalleged returns a clause's words less those that only say what
// they tell is alleged.
func unalleged(words []string) []string {
	return slices.DeleteFunc(slices.Clone(words), func(w string) bool { return cueSets["alleging"][w] })
}

// hedgedClause says whether a clause (its lower-cased words, and whether
// it is negated) hedges what it says: a modal verb (see guesses), a
// condition, a hedging adverb, a report of what is believed.
func hedgedClause(words []string, negated bool) bool {
	return guesses(words, negated) || hedges(words)
}

// namesOnlyWhatIsRejected says whether a rejection's content, up to its
// first comma, only says what kind of claim it rejects ("denied the
// allegations", "rejected the claims as baseless", "denied the reports,
// saying the talks went well"): what it answers is a claim reported
// before it.
func namesOnlyWhatIsRejected(content string) bool {
	head, _, _ := strings.Cut(content, ",")
	for _, w := range splitWords(strings.ToLower(head)) {
		if t := term(w); t != "" && !rejectedWhat[t] {
			return false
		}
	}
	return true
}

// callFalse turns over the clauses of a content that name a kind of
// claim and call it false, and those between: "allegations that the
// board poisoned the river are baseless" denies that it poisoned the
// river, while "but" after them opens a claim of the speaker's own. A
// negation among them already denies it ("no truth to claims that it
// dumped waste", "the reports are not true") and is left as it is.
func (c *claim) callFalse(clauses [][]string) {
	kind, falsity := -1, -1
	for k, words := range clauses {
		if kind < 0 && countCue(words, "rejected") > 0 {
			kind = k
		}
		if falsity < 0 && hasCue(strings.Join(words, " "), "falsity") {
			falsity = k
		}
	}
	if kind < 0 || falsity < 0 {
		return
	}
	from, to := min(kind, falsity), max(kind, falsity)
	// "false reports that the board …": the clause the kind opens.
	if to+1 < len(clauses) && to == kind && len(clauses[to+1]) > 0 && clauses[to+1][0] == "that" {
		to++
	}
	for k := from; k <= to; k++ {
		if c.clauses[k].negated {
			return
		}
	}
	for k := from; k <= to; k++ {
		c.clauses[k].negated, c.clauses[k].scope = true, from
	}
}

// callsFalse says whether a content, lower-cased, names a kind of claim
// ("the reports", "allegations that") and calls it false ("baseless",
// "untrue", "a lie").
func callsFalse(content string) bool {
	return hasCue(content, "falsity") && namesClaimKind(content)
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
	if w = withoutFigures(w); w == "" {
		return ""
	}
	t := fold(w)
	if stopwords[w] || len([]rune(w)) < 3 || countCue([]string{w}, "negation") > 0 ||
		countCue([]string{w}, "report") > 0 || isWhen(t) || cueSets["rejection"][w] {
		return ""
	}
	return stem(t)
}

// withoutFigures returns a word without the parts of it that are figures
// ("magnitude-5" of "magnitude-5.9", "hour" of "24-hour", nothing of
// "000" of "20,000"): a figure is compared as an amount, and its digits
// say nothing of what a claim is about.
func withoutFigures(w string) string {
	if !strings.ContainsFunc(w, unicode.IsDigit) {
		return w
	}
	parts := strings.Split(w, "-")
	return strings.Join(slices.DeleteFunc(parts, func(p string) bool { return strings.ContainsFunc(p, unicode.IsDigit) }), "-")
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

// opposed says whether two claims take opposite positions on what they
// share: the clauses of each that name a shared term, taken together, are
// negated in one claim and not in the other (a cue that denies its
// content, "denied that", turns the content over), or they say opposite
// things of it ("the levy strengthens the dykes", "the levy weakens the
// dykes") when words count, which a negation in one turns back into
// agreement. A negated clause that names none of it ("she never told
// detectives that …") does not count.
func opposed(x, y *claim, shared map[string]float64, words bool) bool {
	return len(shared) > 0 && negatedApart(x, y, shared) != (words && contrary(x, y, shared))
}

// negatedApart says whether two claims are negated on what they share
// in opposite ways, term by term: the terms other than names that one
// negates and the other does not weigh more than those both negate. Two
// reports of one claim in other words deny the same things ("the gulf is
// not deep, so no tsunami is expected", "the gulf is not deep enough that
// we can expect tsunamis"), while a denial of a claim shares with it
// only what both assert around the negation ("did not leave the quay
// before the warning"). Names say whom a claim is about, not what it says
// of them, and do not count. The claims must be negated apart on all they
// share taken together too (see negatedOn), and on two terms at least
// unless they share more than two.
func negatedApart(x, y *claim, shared map[string]float64) bool {
	if x.negatedOn(shared) == y.negatedOn(shared) {
		return false
	}
	if deniesOtherAct(x, y, shared) || deniesOtherAct(y, x, shared) {
		return false
	}
	apart, both := negatedTerms(x, y, shared)
	// One word negated apart in claims that share little else ("wasn't
	// acting any different", "a completely different world") is too thin.
	return weight(apart) > weight(both) && (len(apart) >= sharedTerms || len(said(x, y, shared)) > sharedTerms)
}

// deniesOtherAct says whether a clause of neg, negated on what the two
// claims share, denies an act that other names in no word of its own nor
// in a related or opposite one: "there are no plans to close the harbour
// office" says nothing against "the harbour office will gain".
func deniesOtherAct(neg, other *claim, shared map[string]float64) bool {
	for _, cl := range neg.clauses {
		if cl.act == "" || !cl.negated || !namesAny(cl.terms, shared) {
			continue
		}
		if other.terms[term(cl.act)] || slices.ContainsFunc(sortedKeys(other.words), func(t string) bool {
			v := other.word(t)
			return relatedWord(cl.act, v) || relatedWord(v, cl.act) || opposites(cl.act, v)
		}) {
			continue
		}
		return true
	}
	return false
}

// namesAny says whether a clause's terms hold one of the shared terms.
func namesAny(terms map[string]bool, shared map[string]float64) bool {
	for t := range shared {
		if terms[t] {
			return true
		}
	}
	return false
}

// said returns the shared terms that are names in neither claim, in
// order.
func said(x, y *claim, shared map[string]float64) []string {
	return slices.DeleteFunc(sortedKeys(shared), func(t string) bool { return x.names[t] || y.names[t] })
}

// negatedTerms splits the shared terms, names aside, that a negation
// reaches: those one claim negates and the other does not, and those
// both negate, with their weights.
func negatedTerms(x, y *claim, shared map[string]float64) (apart, both map[string]float64) {
	apart, both = map[string]float64{}, map[string]float64{}
	for _, t := range said(x, y, shared) {
		one := map[string]float64{t: 1}
		switch nx, ny := x.negatedOn(one), y.negatedOn(one); {
		case nx != ny:
			apart[t] = shared[t]
		case nx:
			both[t] = shared[t]
		}
	}
	return apart, both
}

// weight returns the sum of the weights of a weighted set.
func weight(m map[string]float64) float64 {
	var sum float64
	for _, t := range sortedKeys(m) {
		sum += m[t] // in order, so that the sum is the same every run
	}
	return sum
}

// apartOn returns the shared terms, names aside, that one claim negates
// and the other does not, with their weights; all shared terms but names
// when there are none such (claims opposed by opposite words).
func apartOn(x, y *claim, shared map[string]float64) map[string]float64 {
	out, _ := negatedTerms(x, y, shared)
	if len(out) == 0 {
		for _, t := range said(x, y, shared) {
			out[t] = shared[t]
		}
	}
	return out
}

// hedgedOn says whether the claim is held back on the terms it is
// opposed to another on (see apartOn): it asks or states a condition, or
// a clause that names one of them is hedged (see clause.hedged). A wish
// beside what it claims ("he had not walked away, and the studio wanted
// him back") does not hold the claim back.
func (c *claim) hedgedOn(terms map[string]float64) bool {
	if c.asks || len(terms) == 0 && c.hedged {
		return true
	}
	ts := sortedKeys((terms))
	// An intention that is itself what two claims are opposed on ("plans
	// to lay off workers", "denied that it planned to lay off workers")
	// is what they claim, not a hedge on it.
	if slices.ContainsFunc(ts, c.intends) {
		return false
	}
	return slices.ContainsFunc(c.clauses, func(cl clause) bool {
		return cl.hedged && slices.ContainsFunc(ts, func(t string) bool { return cl.terms[t] })
	})
}

// intends says whether term t of the claim is a word of wish or
// intention ("plans", "intends").
func (c *claim) intends(t string) bool {
	return hasCue(c.words[t], "deontic")
}

// phraseNegated returns the terms a clause's negation reaches when it is
// a word of the class "phrase-negation" after a verb of the clause ("was
// running with no flame", "had no gun", "are finishing the project
// without him"): those of the words after it, not the subject and verb it
// follows. It returns nil when the negation reaches the whole clause ("no
// one was hurt", "did not fire").
func phraseNegated(words []string) map[string]bool {
	at := -1
	for k, w := range words {
		if countCue([]string{w}, "negation") > 0 {
			if at >= 0 || !cueSets["phrase-negation"][w] {
				return nil
			}
			at = k
		}
	}
	if at < 0 || !slices.ContainsFunc(words[:at], verbLike) {
		return nil
	}
	out := map[string]bool{}
	for _, w := range words[at+1:] {
		if t := term(w); t != "" {
			out[t] = true
		}
	}
	return out
}

// joinedPhrase says whether a clause's lower-cased words are a short
// noun phrase joined by a coordinating word to the clause before it
// ("and heart disease"): no verb, nor a participle that may say
// something of its own ("and 20 injured", "and experienced"), nor a word
// that may be a verb right after the coordinating word ("and remains in
// charge"), nor a preposition, which opens a phrase of its own ("and his
// mother to death during the quarrel").
func joinedPhrase(words []string) bool {
	if len(words) < 2 || len(words) > joinedWords || !cueSets["coordinating"][words[0]] || lexicon.Is(words[1], lexicon.Verb) {
		return false
	}
	return !slices.ContainsFunc(words[1:], func(w string) bool {
		return verbLike(w) || inflectedVerb(w) || cueSets["preposition"][w]
	})
}

// joinedWords bounds a noun phrase joined to a clause (see joinedPhrase),
// its coordinating word counted.
const joinedWords = 5

// negatedAct returns the verb a clause's negation governs: the first
// word after the negating word, past function words and the words of an
// intention ("no plans to close", "refused to meet", "has not been
// sacked"), when the lexicon holds it as a verb; else "". After "no" a
// noun follows, a thing denied, not an act ("carried no weapon", "no
// link between"), unless it names an intention.
func negatedAct(words []string) string {
	at := slices.IndexFunc(words, func(w string) bool { return cueSets["negation"][w] })
	if at < 0 || at+1 < len(words) && cueSets["phrase-negation"][words[at]] && !hasCue(words[at+1], "deontic") {
		return ""
	}
	for _, w := range words[at+1:] {
		if stopwords[w] || cueSets["auxiliary"][w] || hasCue(w, "deontic") || cueSets["negation"][w] {
			continue
		}
		if term(w) == "" || !lexicon.Is(w, lexicon.Verb) {
			return ""
		}
		return w
	}
	return ""
}

// verbLike says whether a lower-cased word is an auxiliary or a form
// only a verb takes ("was", "had", "sank", "bombed"; not "attack",
// "warming", "delays", nor "endangered", which may be an adjective).
func verbLike(w string) bool {
	if cueSets["auxiliary"][w] {
		return true
	}
	if lexicon.Is(w, lexicon.Adjective) || strings.HasSuffix(w, "ing") {
		return false
	}
	// A past form ("sank", "bombed"), which a noun does not take, or a
	// word only a verb ("bring").
	for _, l := range lexicon.LemmasAs(w, lexicon.Verb) {
		if l != w && !strings.HasSuffix(w, "s") {
			return true
		}
	}
	return lexicon.Is(w, lexicon.Verb) && !lexicon.Is(w, lexicon.Noun)
}

// contrary says whether a clause of one claim and a clause of the other
// that name the same shared terms say opposite things of them: one names
// a word the lexicon gives as the opposite of a word the other names,
// neither of them shared nor a name.
func contrary(x, y *claim, shared map[string]float64) bool {
	xs, ys := x.clauses[:min(len(x.clauses), contraryBound)], y.clauses[:min(len(y.clauses), contraryBound)]
	said := make([][]string, len(ys))
	for k, cy := range ys {
		said[k] = y.saidIn(cy, x)
	}
	for _, cx := range xs {
		var us []string
		for k, cy := range ys {
			if !nameTogether(cx.terms, cy.terms, shared) {
				continue
			}
			if us == nil {
				us = x.saidIn(cx, y)
			}
			for _, u := range us {
				for _, v := range said[k] {
					if opposites(u, v) {
						return true
					}
				}
			}
		}
	}
	return false
}

// contraryBound bounds the clauses of a claim, and the words of a clause,
// weighed for opposite words: a run-on content costs no more than a long
// sentence.
const contraryBound = 16

// saidIn returns the words of one of the claim's clauses that the other
// claim does not name, other than names, at most contraryBound: what the
// clause says of what the two share.
func (c *claim) saidIn(cl clause, other *claim) []string {
	out := []string{}
	for _, t := range sortedKeys(cl.terms) {
		if !other.terms[t] && !c.names[t] && len(out) < contraryBound {
			out = append(out, c.words[t])
		}
	}
	return out
}

// nameTogether says whether two clauses both name two of the shared terms
// at least: one shared word ("and inexperienced for the climb", "and
// experienced for the climb") does not make them speak of one thing.
func nameTogether(x, y map[string]bool, shared map[string]float64) bool {
	n := 0
	for t := range shared {
		if x[t] && y[t] {
			n++
		}
	}
	return n >= 2
}

// negatedOn says whether the clauses of the claim that name one of the
// terms are negated an odd number of times, each negation once however
// many clauses it reaches, counting a cue that denies the content.
func (c *claim) negatedOn(terms map[string]float64) bool {
	neg := c.denies
	seen := map[int]bool{} // a negation reaching into several clauses counts once
	for _, cl := range c.clauses {
		if !cl.negated || seen[cl.scope] {
			continue
		}
		for t := range terms {
			if cl.terms[t] && (cl.only == nil || cl.only[t]) {
				seen[cl.scope] = true
				neg = !neg
				break
			}
		}
	}
	return neg
}

// openOn says whether the claim names one of the terms in a clause that
// holds f.
func (c *claim) openOn(terms map[string]float64, f func(clause) bool) bool {
	return slices.ContainsFunc(c.clauses, func(cl clause) bool {
		if !f(cl) {
			return false
		}
		for t := range terms {
			if cl.terms[t] {
				return true
			}
		}
		return false
	})
}

// stillOpen says whether a clause negated so far and one telling of what
// is to come leave each other standing: "has not yet decided" is open,
// and "will decide" says how it will close.
func stillOpen(x, y clause) bool {
	return x.pending && y.future && !y.negated || y.pending && x.future && !x.negated
}

// countsPart says whether the claim counts some of a thing one of the
// terms names, more than none ("one bomb", "one of the bombs", "two others"):
// what it says of them is said of those it counts, not of all. An
// ordinal counts nothing: "a second term" is one thing.
func (c *claim) countsPart(terms map[string]bool) bool {
	return slices.ContainsFunc(c.amounts, func(a amount) bool {
		return a.q.Dim == quantity.Count && !a.q.Ordinal && a.q.Low > 0 && terms[a.head]
	})
}

// singular says whether a word is a noun written in its base form
// ("bomb", not "bombs").
func singular(w string) bool {
	return slices.Contains(lexicon.LemmasAs(w, lexicon.Noun), w)
}

// oneOfMany says whether a clause, the negated one of two opposed,
// speaks of one thing ("the bomb did not explode") of which the claim
// counts several in a plural form ("four of the bombs exploded"): that
// one may be the one the count leaves out. A plural that is its own
// singular ("the people", "five people") speaks of the whole counted.
func (c *claim) oneOfMany(cl clause) bool {
	return slices.ContainsFunc(c.amounts, func(a amount) bool {
		w, ok := cl.one[a.head]
		return ok && a.q.Dim == quantity.Count && !a.q.Ordinal && a.q.Low > 1 && lastWord(a.q.Head.Text) != w
	})
}

// firstOn says whether the clauses of the claim that name one of the
// terms speak in the first person.
func (c *claim) firstOn(terms map[string]float64) bool {
	for _, cl := range c.clauses {
		for t := range terms {
			if cl.first && cl.terms[t] {
				return true
			}
		}
	}
	return false
}

// claimClauses cuts content into clauses of lower-cased words: at
// punctuation and line ends, and before the words that open a clause
// ("which", "although", "that"), so that a negation counts only in its
// own clause ("no one was hurt, although a handful of people were
// inside"; "she never told detectives that his hands were down").
func claimClauses(content string) [][]string {
	return lowered(rawClauses(content))
}

// lowered returns clauses with their words lower-cased.
func lowered(clauses [][]string) [][]string {
	out := make([][]string, len(clauses))
	for k, words := range clauses {
		out[k] = lowerAll(words)
	}
	return out
}

// rawClauses is claimClauses with the words as written, capitals kept.
func rawClauses(content string) [][]string {
	var out [][]string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, cur)
		}
		cur = nil
	}
	// A line ends a clause: a headline or a caption run into the text
	// after it has no stop of its own.
	for _, line := range strings.Split(content, "\n") {
		for _, field := range strings.Fields(line) {
			lw := strings.ToLower(strings.Trim(field, "\"“”'‘’()[]"))
			if cueSets["clause"][lw] {
				flush()
			}
			cur = append(cur, splitWords(field)...)
			if stops(field) {
				flush()
			}
		}
		flush()
	}
	return out
}

// sensesAligned is how many senses of a word, most frequent first, align
// it with the words of another claim.
const sensesAligned = 3

// firstSenses returns the first senses of a word in the lexicon: words
// that share one are synonyms in a common sense ("wounded", "injured").
func firstSenses(w string) []lexicon.ID {
	ids := lexicon.Concepts(w)
	return ids[:min(len(ids), sensesAligned)]
}

// fragment says whether a content is only a part of its cue's clause: it
// opens with a preposition or a word that opens a clause, and no word of
// it is a verb ("because of global warming", "or endangered species",
// "for delays"). What it is said of is outside it, and it claims nothing
// on its own.
func fragment(content string) bool {
	words := splitWords(strings.ToLower(content))
	if len(words) == 0 || !cueSets["preposition"][words[0]] && !cueSets["clause"][words[0]] {
		return false
	}
	return !slices.ContainsFunc(words, verbLike)
}

// stops says whether a word as written ends its clause: it holds a stop
// or a comma, other than a comma between digits ("3,000").
func stops(field string) bool {
	for i, r := range field {
		if !strings.ContainsRune(",;:.!?", r) {
			continue
		}
		if r == ',' && i > 0 && i+1 < len(field) && isDigit(field[i-1]) && isDigit(field[i+1]) {
			continue
		}
		return true
	}
	return false
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }
