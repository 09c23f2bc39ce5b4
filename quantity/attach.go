package quantity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/lexicon"
	"github.com/parallax-news/parallax/text"
)

// maxPhrase bounds the words read for a counted noun phrase or skipped
// between a count and its verb, so that a quantity is tied only to words
// near it.
const maxPhrase = 4

// attach finds the noun a quantity (tokens i to j) counts and the verb it
// is tied to: after it ("four people were killed", "four wounded"), right
// before it ("killing at least 12") or, for a figure after a verb, the noun
// before the verb ("the death toll rose to 45").
func (l *Lang) attach(q *Quantity, rs []rune, toks []token, i, j int) {
	if q.Dim == Year || q.Dim == Date {
		return
	}
	// "one of a number of ways", "one of several actions": one of a
	// group no figure counts is no tally.
	if _, n := l.vague.match(toks, j+1); n > 0 && l.partitive[lowAt(toks, j)] {
		q.Dim = ""
		return
	}
	head, lone, k := l.nounAfter(toks, j)
	// A lone word that is a noun too is the noun counted when a verb
	// takes the count as its object ("guards found two dead") or, unless
	// a participle, is the verb after it ("two dead were found"); that
	// verb is the event.
	if lone >= 0 && lone == k-1 && l.lookUp(toks[lone].low).noun {
		object := l.objectOf(toks, i, true) && !l.resultatives[lowAt(toks, i-1)]
		subject := !l.hasSuffix(toks[lone].low, l.verbSuffixes) && l.verbAfter(toks, k) >= 0
		if object || subject {
			head, lone = lone, -1
		}
	}
	// A participle before the counted noun ("two parked cars") says what
	// they are when a verb takes the count as its object: "hit two parked
	// cars" counts cars hit. After a verb of result it is what befell
	// them: "the riot left 15 looted shops".
	if lone >= 0 && lone < head && l.objectOf(toks, i, true) && !l.resultatives[lowAt(toks, i-1)] {
		lone = -1
	}
	if q.Dim == "" && l.zeroPlural && head >= 0 && !l.pluralNoun(toks[head].low) {
		return // "no aid", "no comment": no tally, so no count
	}
	if head >= 0 {
		q.Head = toks[head].Span
	}
	if lone >= 0 {
		q.Event = toks[lone].Span // "12 killed", "four wounded", "15 critically injured"
	}
	if q.Event == (text.Span{}) && l.objectOf(toks, i, head >= 0) {
		q.Event = toks[i-1].Span // "killing at least 12"
		// "the blast left three people dead": what befell them is the
		// word after the count, not the verb before it.
		if e := l.verbAfter(toks, k); e >= 0 && l.resultatives[toks[i-1].low] {
			q.Event = toks[e].Span
		}
	}
	// The object of a preposition is not the subject of the verb after
	// it: in "buildings in seven villages were destroyed" the buildings
	// were.
	if q.Event == (text.Span{}) && !l.objectPreps[lowAt(toks, i-1)] {
		if e := l.verbAfter(toks, l.pastOf(toks, k)); e >= 0 {
			q.Event = toks[e].Span
		}
	}
	if q.Head == (text.Span{}) {
		if a, b, verb := l.nounBefore(toks, i, q.Dim == Time); a >= 0 {
			q.Head = spanOf(rs, toks, a, b)
			if q.Event == (text.Span{}) && verb >= 0 && l.eventLike(toks[verb].low) && !l.measures[toks[verb].low] {
				q.Event = toks[verb].Span
			}
		}
	}
	// "claimed the lives of five": the noun before "of" counts them.
	lives := -1
	if l.partitive[lowAt(toks, i-1)] && l.befell[lowAt(toks, i-2)].verb != "" {
		lives = i - 2
		if q.Head == (text.Span{}) {
			q.Head = toks[lives].Span
		}
	}
	// An age is said of a person, not of what befell them: "a
	// 64-year-old man was arrested" counts no arrests.
	if q.Dim == Age {
		q.Event = text.Span{}
		if q.Head == (text.Span{}) {
			if h := l.ageHolder(toks, i); h >= 0 {
				q.Head = toks[h].Span
			}
		}
	}
	q.Befell = l.befallen(*q, toks, lives)
	if q.Dim == "" && (q.Head != (text.Span{}) || q.Event != (text.Span{})) {
		q.Dim = Count // "no one was killed", "no casualties"
	}
	// "of" and a determiner or pronoun after it: "four of the victims",
	// "one of them", not "thousands of people"; or a word that counts
	// some beside those spoken of: "two other vehicles".
	part := l.partitive[lowAt(toks, j)] && l.stop[lowAt(toks, j+1)] || l.besides[lowAt(toks, j)]
	q.Part = q.Dim == Count && q.High > 0 && part
}

// objectOf says whether the word before token i is a verb whose object
// the count from token i is, the event it counts: a past form or a
// participle ("killing at least 12", "arrested seven men"), or a base
// form before a counted noun that no determiner makes a noun ("will cut
// 500 jobs", not "a level 3 storm").
func (l *Lang) objectOf(toks []token, i int, counted bool) bool {
	if i == 0 || !isWord(toks, i-1) || l.measures[toks[i-1].low] || l.capitalised(toks, i-1) {
		return false
	}
	w := toks[i-1].low
	if l.eventLike(w) {
		return true
	}
	return counted && l.lookUp(w).base && !l.stop[w] && !l.aux[w] && !l.determiners[lowAt(toks, i-2)]
}

// ageHolder returns the token of the one an age given beside a name is
// said of ("Robert Pitman, 24,", "the victim, aged 64,", "Lee, now 16,"),
// or -1.
func (l *Lang) ageHolder(toks []token, i int) int {
	k := i - 1
	if l.ageCues[lowAt(toks, k)] || l.apposed[lowAt(toks, k)] {
		k--
	}
	if lowAt(toks, k) == "," && isWord(toks, k-1) && !l.stop[toks[k-1].low] {
		return k - 1
	}
	return -1
}

// befallen returns the verb that the counted word of q, or the noun
// before its "of" (token lives, or -1), names those it befell of, by the
// befell lines of the data ("three dead", "five lives"), or "". A word
// whose line names the verbs it goes with names them only beside one of
// those or none: "the blast claimed five lives", not "five lives were
// saved".
func (l *Lang) befallen(q Quantity, toks []token, lives int) string {
	words := []string{lastLow(q.Event.Text), lastLow(q.Head.Text)}
	if lives >= 0 {
		words = append(words, toks[lives].low)
	}
	for _, w := range words {
		b, ok := l.befell[w]
		if !ok {
			continue
		}
		if event := lastLow(q.Event.Text); event == w || event == "" || len(b.with) == 0 || b.with[event] {
			return b.verb
		}
	}
	return ""
}

// lastLow returns the last word of a span's text, lower-cased, or "".
func lastLow(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// nounAfter reads the noun phrase after token j ("Palestinian civilians",
// "of the victims") and returns its last word, or -1; the index of its
// word when that word alone is a verb form ("12 killed", "four wounded"),
// or -1; and the index after the phrase. A lone verb form that is also a
// noun ("wounded", "dead") is both.
func (l *Lang) nounAfter(toks []token, j int) (head, lone, next int) {
	k := j
	if l.partitive[lowAt(toks, k)] { // "four of the victims"
		k++
		if l.stop[lowAt(toks, k)] {
			k++
		}
	}
	head, lone = -1, -1
	n, first := 0, -1
	for n < maxPhrase && isWord(toks, k) && !l.stop[toks[k].low] && !l.aux[toks[k].low] {
		w := toks[k].low
		if n > 0 && l.eventLike(w) {
			break
		}
		if l.adverb(w) && !l.lookUp(w).noun { // "15 critically injured"
			k++
			continue
		}
		if n == 0 {
			first = k
		}
		head, k, n = k, k+1, n+1
	}
	// A participle before the counted noun names what befell it ("355
	// damaged shops", "12 stolen cars").
	if n > 1 && l.participle(toks[first].low) {
		lone = first
	}
	if w := lowAt(toks, head); n == 1 && l.eventLike(w) {
		// A participle names the people it befell ("the wounded", "the
		// dead"); an irregular past that is also a noun ("fell", "saw")
		// seldom does.
		lone = head
		if a := l.lookUp(w); !a.noun || a.verbForm && !l.hasSuffix(w, l.verbSuffixes) {
			head = -1
		}
	}
	return head, lone, k
}

// verbAfter returns the verb after token k past auxiliaries and adverbs
// ("were reportedly killed", "who died"), or -1. An auxiliary that is a
// verb form itself is the verb when no other follows ("were reported").
func (l *Lang) verbAfter(toks []token, k int) int {
	last := -1
	for n := 0; n <= maxPhrase && isWord(toks, k); n, k = n+1, k+1 {
		w := toks[k].low
		if l.aux[w] || l.adverb(w) {
			if !l.stop[w] && l.verbForm(w) {
				last = k
			}
			continue
		}
		if l.eventLike(w) {
			return k
		}
		break
	}
	return last
}

// pastOf returns the token after the "of" phrase that completes a
// counted noun at token k ("120 cases | of cholera | were reported",
// "three members of staff were hurt"), or k when none opens there.
func (l *Lang) pastOf(toks []token, k int) int {
	if !l.partitive[lowAt(toks, k)] {
		return k
	}
	k++
	if l.stop[lowAt(toks, k)] {
		k++
	}
	for n := 0; n < maxPhrase && isWord(toks, k) && !l.stop[toks[k].low] && !l.aux[toks[k].low] && !l.eventLike(toks[k].low); n++ {
		k++
	}
	return k
}

// nounBefore finds the noun whose figure a verb before token i gives: "the
// death toll rose to 45", "casualties stood at 45", "the toll is 45", "the
// death toll of the shelling at 40", "the quake measured magnitude 5.9";
// when timed, the time of day of "the blast happened in the afternoon".
// It returns the first and last token of the noun (a two-word compound
// when one stands there) and the verb, or -1s.
func (l *Lang) nounBefore(toks []token, i int, timed bool) (int, int, int) {
	b := i - 1
	prep := false
	// A time of day says when what comes before it happened, after any
	// preposition ("the blast happened in the afternoon") or none ("it
	// happened shortly after noon").
	switch w := lowAt(toks, b); {
	case l.figurePreps[w] || timed && l.objectPreps[w]:
		b, prep = b-1, true
	case timed:
		prep = true
	}
	// "the bomb went off at 9 p.m.": the particle is part of the verb.
	if prep && l.particles[lowAt(toks, b)] && l.eventLike(lowAt(toks, b-1)) {
		b--
	}
	verb, auxOnly := -1, true
	for n := 0; n < 3 && isWord(toks, b); n, b = n+1, b-1 {
		w := toks[b].low
		// Before "at" or "to", a form in -s is a verb: "the death toll
		// stands at 20".
		present := n == 0 && prep && l.lookUp(w).inflected
		if !l.aux[w] && !l.eventLike(w) && !l.adverb(w) && !present {
			break
		}
		if !l.aux[w] {
			auxOnly = false
		}
		if verb < 0 {
			verb = b
		}
	}
	// "the death toll of the shelling at 40": the noun the figure gives
	// is the one the "of" phrase completes.
	if prep && l.stop[lowAt(toks, b)] && l.partitive[lowAt(toks, b-1)] {
		b -= 2
	} else if prep && l.partitive[lowAt(toks, b)] {
		b--
	}
	// Phrases may qualify one another: "the death toll from the bombing
	// of the market".
	for n := 0; prep && n < maxPhrase; n++ {
		m := l.modified(toks, b)
		if m == b {
			break
		}
		b = m
	}
	if verb < 0 && prep {
		if a, b, v := l.estimated(toks, b); a >= 0 || timed || !l.resultPreps[lowAt(toks, i-1)] {
			return a, b, v
		}
		return l.verbObject(toks, b)
	}
	if verb < 0 || !(prep || auxOnly || l.measures[toks[verb].low]) || !isWord(toks, b) || l.stop[toks[b].low] {
		return -1, -1, -1
	}
	a := b
	if w := lowAt(toks, b-1); isWord(toks, b-1) && !l.stop[w] && !l.eventLike(w) && !l.capitalised(toks, b-1) {
		a = b - 1
	}
	return a, b, verb
}

// modified returns the noun that a phrase ending at token b qualifies,
// when b ends a prepositional phrase of a few words ("the death toll
// from the blast", "the crowd at the rally"), else b: the subject of the
// verb after it is that noun, not the preposition's object.
func (l *Lang) modified(toks []token, b int) int {
	for k, n := b-1, 0; n < 2*maxPhrase && isWord(toks, k); k, n = k-1, n+1 {
		w := toks[k].low
		if l.objectPreps[w] || l.partitive[w] || l.figurePreps[w] {
			if isWord(toks, k-1) && !l.stop[toks[k-1].low] && !l.aux[toks[k-1].low] {
				return k - 1
			}
			return b
		}
		if l.aux[w] || l.estimates[w] {
			return b
		}
	}
	return b
}

// estimated finds the noun that token b ends when it is the object of a
// verb of estimating before a figure's "at": "police put the crowd at
// 30,000", "organisers estimated the turnout at 50,000". It returns the
// first and last token of the noun and -1 for the verb, which names no
// event; or -1s.
func (l *Lang) estimated(toks []token, b int) (int, int, int) {
	if !isWord(toks, b) || l.stop[toks[b].low] || l.aux[toks[b].low] {
		return -1, -1, -1
	}
	a := b
	if w := lowAt(toks, b-1); isWord(toks, b-1) && !l.stop[w] && !l.estimates[w] && !l.capitalised(toks, b-1) {
		a = b - 1
	}
	v := a - 1
	if l.stop[lowAt(toks, v)] {
		v--
	}
	if !l.estimates[lowAt(toks, v)] {
		return -1, -1, -1
	}
	return a, b, -1
}

// verbObject finds the noun phrase that token b ends when it is the
// object of a verb in a past form right before it, and the figure after
// a preposition of result says what the verb made of it: "sentenced Ann
// Hale to 12 years", "raised the fare to $3". It returns the first and
// last token of the noun and the verb, the figure's event; or -1s.
func (l *Lang) verbObject(toks []token, b int) (int, int, int) {
	if !isWord(toks, b) || l.stop[toks[b].low] || l.aux[toks[b].low] {
		return -1, -1, -1
	}
	for v := b - 1; v >= 0 && b-v <= maxPhrase && isWord(toks, v); v-- {
		w := toks[v].low
		if l.aux[w] || l.estimates[w] {
			break
		}
		if l.eventLike(w) && !l.capitalised(toks, v) {
			a := v + 1
			for a < b && l.stop[toks[a].low] {
				a++
			}
			return a, b, v
		}
	}
	return -1, -1, -1
}

// aspectOf returns what the measure from token i to j measures, by the
// word right after it ("one mile below ground"), the noun it is of ("a
// depth of 2.7 miles") or the noun it measures ("a 3-mile depth"), or "".
func (l *Lang) aspectOf(q Quantity, toks []token, i, j int) string {
	set := l.aspects[q.Dim]
	if set == nil {
		return ""
	}
	before := i - 1
	if l.partitive[lowAt(toks, before)] {
		before--
	}
	for _, w := range []string{lowAt(toks, j), lowAt(toks, before), strings.ToLower(q.Head.Text)} {
		if a, ok := set[w]; ok {
			return a
		}
	}
	return ""
}

// eventLike reports whether w reads as a verb form tied to a count: one
// the data lists ("dead"), or a past tense, participle or gerund of a verb
// the lexicon knows ("killed", "took", "injuring"). A form in -s is not
// taken ("rounds" is a noun as often as a verb), nor a base form ("fire").
// Words the lexicon does not know are judged by their ending.
func (l *Lang) eventLike(w string) bool {
	if l.aux[w] || l.stop[w] {
		return false
	}
	return l.verbForm(w)
}

// participle says whether w is a participle that can stand before a noun
// it befell: one the data lists ("stolen"), or a verb form with an
// ending of the modsuffix lines ("damaged"), not one in -ing
// ("remaining").
func (l *Lang) participle(w string) bool {
	return l.events[w] || l.eventLike(w) && l.hasSuffix(w, l.modSuffixes)
}

// verbForm is eventLike without the exclusion of auxiliaries ("reported"
// is one, and the event when no other verb follows it).
func (l *Lang) verbForm(w string) bool {
	if l.events[w] {
		return true
	}
	return l.lookUp(w).verbForm
}

// word is what the lexicon says of a word, as quantities need it.
type word struct {
	verbForm, noun bool
	// inflected is set on any inflected form of a verb, one in -s too
	// ("stands"), which verbForm leaves out.
	inflected bool
	// base is set on a verb's base form ("cut").
	base bool
}

// maxCached bounds the words whose look-up is kept, so that hostile text
// cannot grow the cache without end.
const maxCached = 1 << 16

// lookUp asks the lexicon about w once and keeps the answer.
func (l *Lang) lookUp(w string) word {
	l.cacheMu.RLock()
	a, ok := l.cache[w]
	l.cacheMu.RUnlock()
	if ok {
		return a
	}
	if l.useLexicon {
		a.noun = lexicon.Is(w, lexicon.Noun)
		if bases := lexicon.LemmasAs(w, lexicon.Verb); len(bases) > 0 {
			a.inflected = slices.ContainsFunc(bases, func(b string) bool { return b != w })
			a.base = slices.Contains(bases, w)
			a.verbForm = a.inflected && !l.hasSuffix(w, l.nounSuffixes)
			return l.keep(w, a)
		}
		if len(lexicon.Concepts(w)) > 0 {
			return l.keep(w, a)
		}
	}
	// unknown to the lexicon: judged by its ending
	a.verbForm = l.hasSuffix(w, l.verbSuffixes) && !l.hasSuffix(w, l.notVerbSuffixes)
	return l.keep(w, a)
}

// pluralNoun says whether w is a noun in the plural ("injuries",
// "people"): the lexicon gives it a singular other than itself; a word
// it lacks is judged by a final "s".
func (l *Lang) pluralNoun(w string) bool {
	if l.useLexicon && l.lookUp(w).noun {
		return slices.ContainsFunc(lexicon.LemmasAs(w, lexicon.Noun), func(b string) bool { return b != w })
	}
	return strings.HasSuffix(w, "s")
}

// keep caches what was found of w.
func (l *Lang) keep(w string, a word) word {
	l.cacheMu.Lock()
	if len(l.cache) < maxCached {
		l.cache[w] = a
	}
	l.cacheMu.Unlock()
	return a
}

// hasSuffix reports whether w ends in one of the endings, leaving a stem
// of at least minStem letters.
func (l *Lang) hasSuffix(w string, endings []string) bool {
	for _, e := range endings {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w)-utf8.RuneCountInString(e) >= minStem {
			return true
		}
	}
	return false
}

// minStem is the fewest letters left before an ending for the ending to
// count: "killed", not "red"; "bombing", not "king".
const minStem = 3

// adverb reports whether w has an adverb's ending ("critically").
func (l *Lang) adverb(w string) bool {
	return l.hasSuffix(w, l.adverbSuffixes)
}

// capitalised reports whether token k starts with a capital letter in the
// middle of a sentence: a name, not a modifier of the noun after it.
func (l *Lang) capitalised(toks []token, k int) bool {
	r := []rune(toks[k].Text)
	return len(r) > 0 && unicode.IsUpper(r[0]) && k > 0 && toks[k-1].Kind == text.Word
}

// spanOf is the span of the text rs from token a to token b.
func spanOf(rs []rune, toks []token, a, b int) text.Span {
	return text.Span{Start: toks[a].Start, End: toks[b].End, Text: string(rs[toks[a].Start:toks[b].End])}
}
