package compare

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/lexicon"
	"github.com/parallax-news/parallax/quantity"
)

// amount is a quantity a statement states, with what it is a quantity of:
// the stemmed terms of the event it is tied to ("killed") and of the noun
// it counts or measures ("people", "shops").
type amount struct {
	q           quantity.Quantity
	event, head string
	// senses are the first senses of the event's word: "wounded" and
	// "injured" are one event. lemmas are its verb's base forms: "fell"
	// and "fallen" are one event, though the lexicon files the
	// participle's first senses under the adjective ("the fallen").
	senses []lexicon.ID
	lemmas []string
	// verbs are the most frequent senses of the event's word as a verb:
	// "hurt" names an injury in its fourth, which "injured" names too.
	verbs []lexicon.ID
	// answers is set on a bare number that takes its measure from the
	// figure reported just before it (see inherit).
	answers bool
	// guess is set when the figure is hedged, asked or wished for rather
	// than claimed, and revised when it is reported as changed ("the toll
	// rose to 12"): by its own clause or one before it, since a hedge
	// after a figure ("12 people were killed and the toll could rise")
	// does not reach back to it.
	guess, revised bool
	// alone is set on a measure in a unit that its statement gives with
	// no other word ("it had a magnitude of 5.9"): what it measures is
	// what the story's other such figures measure.
	alone bool
	// light is set when the verb it is tied to is a light verb (see
	// light), which names no event of its own.
	light bool
	// undergone is set on a count of those its event befell: by a word
	// that names them so ("three dead"), a verb in the passive ("12
	// people were killed") or one before the figure ("killing 12"), not
	// those who did it ("two officers shot the boy").
	undergone bool
	// where are the places and days it is given for.
	where qualifiers
	// of is the subject of its statement when the figure is said after
	// it, of what the subject did or is ("Corran Vale fell 60 metres").
	of opener
	// during holds the terms of the words of its statement that name a
	// happening ("in the fire", "the blast"), other than its own noun
	// and event: two counts of one happening are of what befell there.
	during []string
}

// amounts returns the quantities of a statement's content that can be
// compared, not years and days of the month, which date rather than
// measure; and the subject its first clause opens with.
func amounts(content string) ([]amount, opener) {
	var out []amount
	raw := rawClauses(content)
	clauses := lowered(raw)
	question := strings.HasSuffix(strings.TrimRight(content, " \"”’'"), "?")
	wish := slices.ContainsFunc(clauses, wishes)
	rs := []rune(content)
	qs := quantity.Parse(content)
	alone := figuresOnly(content, qs)
	subj := openerOf(content, qs)
	happenings := happeningTerms(content)
	for _, q := range qs {
		if q.Dim == quantity.Year || q.Dim == quantity.Date {
			continue
		}
		a := amount{q: q, event: spanTerm(q.Event.Text), head: spanTerm(q.Head.Text), guess: question || wish}
		a.alone = alone && q.Dim != quantity.Count && a.event == "" && a.head == ""
		// "three dead", "five lives claimed": the verb the counted word
		// names is the event.
		// They count those it befell, whatever the word: "three dead" and
		// "five lives" count what "ten people" does.
		if q.Befell != "" {
			a.event, a.head = term(q.Befell), ""
		}
		// A verb that says little of its own ("has taken four years",
		// "took three hours to put out") names no event: the figure
		// measures what the rest of its clause names.
		if a.event != "" && a.q.Befell == "" && light(lastWord(a.q.Event.Text)) {
			a.event, a.light = "", true
		}
		after := string(rs[min(max(a.q.Event.End, 0), len(rs)):])
		a.undergone = tally(a, content) || a.event != "" && a.q.Event.Start < a.q.Start || a.reducedPassive(after)
		if w := a.eventWord(); a.event != "" {
			a.senses = firstSenses(w)
			a.lemmas = lexicon.LemmasAs(w, lexicon.Verb)
			a.verbs = verbSenses(w)
		}
		// The clauses up to the figure's own, the one holding its first
		// word.
		before := len(splitWords(string(rs[:min(q.Start, len(rs))]))) + 1
		for _, words := range clauses {
			a.guess = a.guess || hedgedClause(words, negations(words)%2 == 1)
			a.revised = a.revised || hasCue(strings.Join(words, " "), "update")
			if before -= len(words); before <= 0 {
				break
			}
		}
		// What it is given for is read from the clause of its last word,
		// which a range may carry past a clause's end ("three or four fell
		// outside it").
		a.where = qualify(raw, clauseOf(raw, len(splitWords(string(rs[:min(q.End, len(rs))])))))
		if len(splitWords(string(rs[:min(q.Start, len(rs))]))) >= subj.words {
			a.of = subj
		}
		a.during = slices.DeleteFunc(slices.Clone(happenings), func(t string) bool { return t == a.event || t == a.head })
		out = append(out, a)
	}
	return out, subj
}

// happeningTerms returns the terms of the words of content that name a
// happening, in order, each once.
func happeningTerms(content string) []string {
	var out []string
	for _, w := range splitWords(strings.ToLower(content)) {
		if t := term(w); t != "" && !slices.Contains(out, t) && lexicon.Is(w, lexicon.Noun) && isA(w, "happening") {
			out = append(out, t)
		}
	}
	return out
}

// oneHappening says whether two counts are of one happening: their
// statements are otherwise about the same thing (related), or both name
// it ("four people died in the fire", "one person was killed in the
// fire").
func oneHappening(x, y amount, related bool) bool {
	return related || shares(x.during, y.during)
}

// eventWord is the word of the event a quantity is tied to: the verb its
// counted word names those it befell of, else its event's last word.
func (a amount) eventWord() string {
	if a.q.Befell != "" {
		return a.q.Befell
	}
	if a.event == "" {
		return "" // none, or a light verb (see light)
	}
	return lastWord(a.q.Event.Text)
}

// reducedPassive says whether the amount counts those a verb befell,
// written short as news writes a passive: a participle as the counted
// word ("20 wounded", "the 80 injured"), or an act of harm in a form of
// its own right after the count, with no noun counted ("12 killed in the
// raid") or ending its clause ("three people killed"): not "two officers
// shot the boy", "two men shot at the guards". after is the content's
// text after the amount's event.
func (a amount) reducedPassive(after string) bool {
	if a.q.Dim != quantity.Count || a.q.Event.Start <= a.q.Start {
		return false
	}
	if a.q.Head == a.q.Event {
		return true
	}
	w := lastWord(a.q.Event.Text)
	if !harms(w) || slices.Contains(lexicon.LemmasAs(w, lexicon.Verb), w) {
		return false
	}
	return a.head == "" || endsClause(after)
}

// endsClause says whether the text after a word ends its clause there:
// nothing, punctuation or a coordinating conjunction follows.
func endsClause(after string) bool {
	after = strings.ToLower(strings.TrimLeft(after, " "))
	words := splitWords(after)
	return len(words) == 0 || !strings.HasPrefix(after, words[0]) || cueSets["coordinating"][words[0]]
}

// light says whether a verb form is one of a verb of the class "light",
// which takes its meaning from its object.
func light(w string) bool {
	return slices.ContainsFunc(lexicon.LemmasAs(w, lexicon.Verb), func(l string) bool { return cueSets["light"][l] })
}

// clauseOf returns the index of the clause holding the n-th word of
// clauses (counting from 1), or the last clause.
func clauseOf(clauses [][]string, n int) int {
	for k, words := range clauses {
		if n -= len(words); n <= 0 {
			return k
		}
	}
	return max(0, len(clauses)-1)
}

// figuresOnly says whether every word of content that says something is
// a word of one of its figures ("it had a magnitude of 5.9").
func figuresOnly(content string, qs []quantity.Quantity) bool {
	inFigures := map[string]bool{}
	for _, q := range qs {
		for _, w := range splitWords(strings.ToLower(q.Text)) {
			inFigures[term(w)] = true
		}
	}
	for _, w := range splitWords(strings.ToLower(content)) {
		if t := term(w); strings.ContainsFunc(t, unicode.IsLetter) && !inFigures[t] {
			return false
		}
	}
	return len(qs) > 0
}

// spanTerm is the term of the last word of a span ("toll" of "death
// toll"), or "".
func spanTerm(s string) string {
	if w := lastWord(s); w != "" {
		return term(w)
	}
	return ""
}

// lastWord returns the last word of a span, lower-cased, or "".
func lastWord(s string) string {
	words := splitWords(strings.ToLower(s))
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// keys are what the amount is indexed by in its storyline: its dimension
// with the event it is tied to, and the dimension alone for a property of
// an object (a calibre), which a story gives for few objects, and for a
// figure given alone or answering another.
func (a amount) keys() []string {
	dim := "#" + string(a.q.Dim)
	var out []string
	// A measure a light verb takes ("it took three hours to put out the
	// fire") is of what its statement is about.
	if a.property() || a.alone || a.answers || a.light && a.head == "" {
		out = append(out, dim)
	}
	// What a count's event reaches in the lexicon, and what a count of
	// none reaches by its noun, meet for noneOf.
	if a.q.Dim == quantity.Count {
		word, _ := a.happening()
		if a.q.High == 0 {
			word = lastWord(a.q.Head.Text)
		}
		for _, id := range lexicon.Keys(word) {
			out = append(out, "#none:"+conceptKey(id))
		}
	}
	if a.event != "" {
		out = append(out, dim+":"+a.event)
	}
	if a.ranked() && a.head != "" || a.sized() {
		out = append(out, dim+"@"+a.head)
	}
	if a.ofThing() {
		for _, id := range nounSenses(lastWord(a.q.Head.Text)) {
			out = append(out, dim+"@"+conceptKey(id))
		}
	}
	// A measure tied to a verb meets one of the noun naming its event
	// (see namesEventOf): "sentenced to 10 years", "a 12-year sentence".
	if a.measure() && a.event != "" {
		for _, id := range lexicon.Forms(a.eventWord()) {
			if id.POS() == lexicon.Noun {
				out = append(out, dim+"@"+conceptKey(id))
			}
		}
	}
	for _, id := range a.senses {
		out = append(out, dim+":"+conceptKey(id))
	}
	for _, l := range a.lemmas {
		out = append(out, dim+":="+l)
	}
	return out
}

// sameMeasure says whether two amounts measure the same thing: they are
// comparable, given for the same place and day where both name some,
// tied to the same event ("killed", "injured"), and count the same noun
// where both name one. In statements that are otherwise about
// the same thing (related), a length, a calibre or a magnitude tied to no
// event is taken to measure what the other does; a count is not.
func sameMeasure(x, y amount, related bool) bool {
	heads := x.head != "" && y.head != ""
	happenings := x.countsHappenings() && y.countsUndergoers() || y.countsHappenings() && x.countsUndergoers()
	if apart(x.where, y.where) || !quantity.Comparable(x.q, y.q) {
		return false
	}
	// A measure of what one subject did or is says nothing of another of
	// its kind: "Corran Vale fell 60 metres", "Ansel Brock fell 600
	// metres". A count is of many, whoever the clause opens with.
	if x.q.Dim != quantity.Count && x.of.others(y.of) {
		return false
	}
	// None of those a happening befalls ("no casualties") is none of any
	// kind: it denies a count of people it befell ("12 people were
	// killed") whatever noun that count gives.
	if noneOf(x, y) || noneOf(y, x) {
		return true
	}
	// A measure of a happening named by a verb in one and by its noun in
	// the other is one measure: "was sentenced to 10 years", "a 12-year
	// sentence".
	if x.q.Dim != quantity.Count && (namesEventOf(x, y) || namesEventOf(y, x)) {
		return true
	}
	if heads && !happenings && !sameThing(x.q.Head.Text, y.q.Head.Text) {
		return false
	}
	// A time of day is of one happening: a kind of it is another one of
	// the story ("the quake struck before noon", "the aftershock struck
	// in the evening").
	if heads && x.q.Dim == quantity.Time && !synonyms(lastWord(x.q.Head.Text), lastWord(y.q.Head.Text)) {
		return false
	}
	// An age is said of a person, whatever befell them: two measure one
	// thing only when said of one person by name ("Ann Hale, 64,", "the
	// 65-year-old Hale"), not of a kind many are ("a 64-year-old man").
	if x.q.Dim == quantity.Age {
		return x.agedOne() && y.agedOne() && heads
	}
	// A count of happenings ("20 deaths", "the death toll") and a count
	// of people or things tied to a verb ("12 people were killed")
	// measure one thing when the lexicon has the noun and the verb alike.
	// Two counts of happenings are compared as any two counts are: "won
	// five games" and "lost three games" count different things.
	if happenings {
		return oneHappening(x, y, related) && x.alike(y)
	}
	// A rank and a count of those before it ("his second conviction",
	// "three prior convictions") count one noun whatever the verbs.
	if heads && x.ranked() && y.ranked() {
		return true
	}
	if x.event != "" && y.event != "" {
		// What a counted word says befell them ("three dead") is read
		// from the word, not written: only statements otherwise about the
		// same thing are taken to count one event so.
		if x.q.Befell != "" || y.q.Befell != "" {
			return oneHappening(x, y, related) && (sameEvent(x, y) || x.alike(y))
		}
		return sameEvent(x, y) || oneHappening(x, y, related) && x.alike(y)
	}
	// A bare number that answers a figure measures what the figure does;
	// two figures given alone measure one thing.
	if x.answers || y.answers || x.alone && y.alone {
		return x.event == y.event
	}
	// The sizes of one group, given with no event ("police put the crowd
	// at 30,000"), are one measure in statements about the same thing.
	if x.sized() && y.sized() {
		return related
	}
	// A property of one kind of object is one measure whatever happens
	// to the object: "a .32-caliber revolver", "the .45-caliber handgun he
	// had picked up".
	if heads && x.property() && y.property() {
		return true
	}
	// A measure of one thing, however it is named ("the quake measured
	// 5.9", "a magnitude-6.1 temblor"), is one measure: not of a kind of
	// it ("a 4.3-magnitude aftershock").
	if x.ofThing() && y.ofThing() {
		return x.q.Dim != duration && synonyms(lastWord(x.q.Head.Text), lastWord(y.q.Head.Text))
	}
	return related && x.q.Dim != quantity.Count
}

// duration is the dimension of spans of time. A span said of a thing
// ("a four-year contract", "a two-week trial") is how long one of its
// kind lasts, and the next of the kind may last another: two such spans
// measure one thing only when tied to one event.
const duration quantity.Dim = "duration"

// namesEventOf says whether the noun amount x measures names, as a
// noun, the event amount y is tied to, and x is tied to none.
func namesEventOf(x, y amount) bool {
	h, e := lastWord(x.q.Head.Text), y.eventWord()
	return x.event == "" && h != "" && e != "" && lexicon.Is(h, lexicon.Noun) &&
		shares(lexicon.Forms(h), lexicon.Forms(e))
}

// ofThing says whether the amount measures what a noun names, tied to
// no event ("the quake measured 5.9", "a magnitude-6.1 temblor"): a
// measure other than a count, a date, a time, an age or a share.
func (a amount) ofThing() bool {
	return a.measure() && a.head != "" && a.event == ""
}

// measure says whether the amount is a measure in a unit (a length, a
// duration, a magnitude): not a count, a date, a time of day, an age or a
// share.
func (a amount) measure() bool {
	switch a.q.Dim {
	case quantity.Count, quantity.Time, quantity.Date, quantity.Year, quantity.Age, quantity.Percent:
		return false
	}
	return true
}

// synonyms says whether two nouns name one thing: the same term, or a
// first sense in common ("quake", "temblor").
func synonyms(x, y string) bool {
	if term(x) == term(y) {
		return true
	}
	xs := nounSenses(x)
	return slices.ContainsFunc(nounSenses(y), func(id lexicon.ID) bool { return slices.Contains(xs, id) })
}

// nounSenses returns the first senses of a word as a noun.
func nounSenses(w string) []lexicon.ID {
	var out []lexicon.ID
	for _, id := range firstSenses(w) {
		if id.POS() == lexicon.Noun {
			out = append(out, id)
		}
	}
	return out
}

// agedOne says whether the amount is the age of a person it names
// ("Ann Hale, 64,"), which no other person in the story is.
func (a amount) agedOne() bool {
	r, _ := utf8.DecodeRuneInString(a.q.Head.Text)
	return a.q.Dim == quantity.Age && unicode.IsUpper(r)
}

// sized says whether the amount gives the size of what a noun before it
// names, tied to no event nor rank ("police put the crowd at 30,000",
// "the death toll stands at 20"), not a count of things ("three people").
func (a amount) sized() bool {
	return a.q.Dim == quantity.Count && a.head != "" && a.q.Head.Start < a.q.Start && a.event == "" && !a.ranked()
}

// ranked says whether the amount is a rank or a count of those before
// the one spoken of, which count up to it.
func (a amount) ranked() bool {
	return a.q.Ordinal || a.q.Prior
}

// sameEvent says whether two amounts are tied to one event: the same
// word, a word of a common first sense ("wounded", "injured"), a form of
// the same verb ("fell", "fallen"), words of one concept of the concept
// lines ("arrested", "detained"), or, for counts of those it befell,
// verbs with a frequent sense in common ("hurt", "injured"): not for
// things, which many verbs of one sense befall ("hitting several cars",
// "struck two vehicles" on the way).
func sameEvent(x, y amount) bool {
	shared := func(a, b []lexicon.ID) bool {
		return slices.ContainsFunc(a, func(id lexicon.ID) bool { return slices.Contains(b, id) })
	}
	c := concepts[x.eventWord()]
	befell := x.countsUndergoers() && y.countsUndergoers() && shared(x.verbs, y.verbs)
	return x.event == y.event || shared(x.senses, y.senses) || befell ||
		slices.ContainsFunc(x.lemmas, func(l string) bool { return slices.Contains(y.lemmas, l) }) ||
		c != "" && c == concepts[y.eventWord()]
}

// verbSensesRead is how many senses of a verb, most frequent first, name
// the happening it is tied to: enough for "hurt" to reach injury, in
// its fourth.
const verbSensesRead = 5

// verbSenses returns the most frequent senses of a word as a verb.
func verbSenses(w string) []lexicon.ID {
	var out []lexicon.ID
	for _, id := range lexicon.Concepts(w) {
		if id.POS() == lexicon.Verb && len(out) < verbSensesRead {
			out = append(out, id)
		}
	}
	return out
}

// alike says whether what two counts count the happenings of is alike in
// the lexicon ("killed", "died", "fatalities"). Words further apart than
// forms and synonyms say less: only statements otherwise about the same
// thing are taken to give figures for one measure so.
func (a amount) alike(b amount) bool {
	u, pu := a.happening()
	v, pv := b.happening()
	return u != "" && v != "" && lexicon.Alike(u, pu, v, pv)
}

// countsHappenings says whether a count counts happenings of an event
// ("20 deaths", "the death toll", "three arrests"), not people or things
// ("20 people", "20 casualties"): its noun is of a kind the cue class
// "happening" lists and of none "thing" lists.
func (a amount) countsHappenings() bool {
	head := lastWord(a.q.Head.Text)
	if a.q.Dim != quantity.Count || head == "" {
		return false
	}
	return isA(head, "happening") && !isA(head, "thing")
}

// countsUndergoers says whether a count tied to a verb counts those it
// happens to, one happening each ("12 people were killed", "three were
// arrested"): its noun, if any, is of a kind the cue class "undergoer"
// lists.
func (a amount) countsUndergoers() bool {
	head := lastWord(a.q.Head.Text)
	return a.q.Dim == quantity.Count && a.event != "" && (head == "" || isA(head, "undergoer"))
}

// isA says whether a word names a kind of one of the kinds a cue class
// lists.
func isA(word, class string) bool {
	return slices.ContainsFunc(cueWords(class), func(kind string) bool { return lexicon.IsA(word, kind) })
}

// happening is the word naming what a count counts the happenings of,
// with its part of speech: its noun when it counts happenings ("death
// toll"), else the verb it is tied to ("killed"), or "".
func (a amount) happening() (string, lexicon.POS) {
	if a.countsHappenings() {
		return strings.ToLower(a.q.Head.Text), lexicon.Noun
	}
	return a.eventWord(), lexicon.Verb
}

// noneOf says whether x counts none of what y counts some of, by another
// word: "no casualties" and "12 people were killed", the noun of one
// related in the lexicon to the event of the other, which befell those y
// counts ("no injuries" says nothing of "two officers shot the boy"). Only none compares so:
// a number of casualties and a number of dead count different things.
func noneOf(x, y amount) bool {
	return x.q.Dim == quantity.Count && y.q.Dim == quantity.Count && x.q.High == 0 && y.q.Low > 0 &&
		x.head != "" && y.event != "" && y.undergone && lexicon.Related(lastWord(x.q.Head.Text), y.eventWord())
}

// property says whether the amount measures a property of an object that
// stays as it is (the calibre of a gun): its head is a kind of object the
// cue class "object" lists, and it neither counts, dates nor gives an age,
// which grows.
func (a amount) property() bool {
	head := lastWord(a.q.Head.Text)
	return a.measure() && head != "" && slices.ContainsFunc(cueWords("object"), func(kind string) bool { return lexicon.IsA(head, kind) })
}

// sameThing says whether two nouns name one kind of thing: the same word,
// or one a kind of the other ("people" and "person", "quake" and
// "earthquake").
func sameThing(x, y string) bool {
	x, y = lastWord(x), lastWord(y)
	return term(x) == term(y) || lexicon.IsA(x, y) || lexicon.IsA(y, x)
}

// disagree returns two amounts of x and y that measure the same thing and
// cannot both be true, and whether there are such: some amounts of the two
// measure the same thing, and no two of those can both be true. Figures
// given twice over ("$1 million ($1.52 million)", "a .32 revolver, not a
// .45 handgun") agree with a statement that gives either.
func disagree(x, y []amount, related bool) (amount, amount, bool) {
	var first [2]amount
	found := false
	for _, a := range x {
		for _, b := range y {
			if a.guess || b.guess || a.revised || b.revised || !sameMeasure(a, b, related) {
				continue
			}
			if quantity.Compatible(a.q, b.q) {
				return amount{}, amount{}, false
			}
			if !found {
				first, found = [2]amount{a, b}, true
			}
		}
	}
	return first[0], first[1], found
}

// sameMeasured says whether two statements' amounts give a figure for one
// measure, whether or not the figures agree: they answer one question
// ("how many died?").
func sameMeasured(x, y []amount, related bool) bool {
	for _, a := range x {
		for _, b := range y {
			if sameMeasure(a, b, related) {
				return true
			}
		}
	}
	return false
}

// talliesNone says whether the claim's one negation, however many clauses
// it reaches, is a count of none of those a harm befell ("no one was
// killed or hurt in the attack").
func (c *claim) talliesNone() bool {
	scopes := map[int]bool{}
	for _, cl := range c.clauses {
		if cl.negated {
			scopes[cl.scope] = true
		}
	}
	return len(scopes) == 1 && slices.ContainsFunc(c.amounts, func(a amount) bool {
		return a.q.Dim == quantity.Count && a.q.High == 0 && a.undergone && harms(a.eventWord())
	})
}

// bare says whether a claim says nothing but figures that stand alone
// ("there were more than 50,000", "it was 6.1"): numbers with no unit,
// no noun they count and no event, and no word but them.
func (c *claim) bare() bool {
	for t := range c.terms {
		if strings.ContainsFunc(t, unicode.IsLetter) {
			return false
		}
	}
	for _, a := range c.amounts {
		if a.q.Dim != quantity.Count || a.q.Unit != "" || a.head != "" || a.event != "" {
			return false
		}
	}
	return len(c.amounts) > 0
}

// inherit gives the figures of a bare claim the measure of model, the
// last figure of the statement reported just before it in its document,
// which it answers ("Police put the march at roughly 30,000 people, but
// witnesses said there were more than 50,000"): its unit, the noun it
// counts and the event it is tied to. A model that is itself a bare
// number gives nothing. It says whether it did.
func (c *claim) inherit(model amount) bool {
	if !c.bare() || model.head == "" && model.event == "" && model.q.Dim == quantity.Count {
		return false
	}
	done := false
	for k := range c.amounts {
		a := &c.amounts[k]
		q, ok := a.q.As(model.q)
		if !ok {
			continue
		}
		q.Head, q.Event = model.q.Head, model.q.Event
		*a = amount{q: q, event: model.event, head: model.head, senses: model.senses, lemmas: model.lemmas, verbs: model.verbs, answers: true}
		for _, key := range a.keys() {
			c.keys[key] = true
		}
		done = true
	}
	return done
}
