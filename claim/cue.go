package claim

import (
	"slices"
	"strings"
	"unicode"

	wordnet "github.com/parallax-news/parallax/lexicon"
	"github.com/parallax-news/parallax/text"
)

// hit is a reporting cue found in the text: token range and kind.
type hit struct {
	from, to int // tokens of the cue words
	aux      int // first token of the auxiliaries before the cue ("has", "have")
	kind     string
}

// auxiliaries and adverbs that sit between a subject and its cue, and join
// the cue's text when they come right before it.
var auxWords = map[string]bool{
	"has": true, "have": true, "had": true, "will": true, "would": true,
	"also": true, "only": true, "later": true, "earlier": true, "again": true,
	"repeatedly": true, "reportedly": true, "previously": true, "already": true,
	"then": true, "together": true, "both": true, "all": true, "publicly": true,
	"strongly": true, "firmly": true, "once": true, "recently": true, "now": true,
	"first": true, "initially": true, "subsequently": true, "quickly": true, "swiftly": true,
	"however": true, "privately": true, "vehemently": true, "exclusively": true, "flatly": true,
	"categorically": true, "openly": true, "immediately": true, "still": true, "further": true,
	"long": true, "consistently": true, "always": true, "often": true, "frequently": true,
	"generally": true, "usually": true, "largely": true, "widely": true, "mostly": true,
	"separately": true, "jointly": true, "formally": true, "officially": true, "explicitly": true,
	"specifically": true, "independently": true, "routinely": true, "regularly": true, "sometimes": true,
	"there": true, // "police there said": the place is the subject's
}

// cueAt returns the cue starting at token i, if any.
// A capitalised word is a name ("United States"), not a cue, except
// "According" opening a sentence.
func (d *doc) cueAt(i int) (hit, bool) {
	if d.toks[i].Text != d.low[i] && d.low[i] != "according" {
		return hit{}, false
	}
	for _, f := range lex.cues[d.low[i]] {
		if i+len(f.words) > len(d.toks) {
			continue
		}
		ok := true
		for k, w := range f.words {
			if d.low[i+k] != w {
				ok = false
				break
			}
		}
		to := i + len(f.words)
		if !ok && f.kind == kindQuoted {
			to, ok = d.quotedBy(i, f.words)
		}
		if !ok {
			continue
		}
		h := hit{from: i, to: to, aux: i, kind: f.kind}
		if i > 0 && emphatic[d.low[i-1]] && isBase(d.low[i]) {
			h.aux-- // "she did say": "did" right before the verb, with no "not", stresses the act
		}
		for h.aux > 0 && auxWords[d.low[h.aux-1]] {
			h.aux--
		}
		for f.kind == kindQuoted && h.aux > 0 && (beForms[d.low[h.aux-1]] || auxWords[d.low[h.aux-1]]) {
			h.aux-- // "was quoted as saying", "has been quoted as saying"
		}
		if strings.HasSuffix(d.low[i], "ing") && h.aux > 0 && beForms[d.low[h.aux-1]] {
			h.aux-- // progressive: "authorities are reporting"
			for h.aux > 0 && auxWords[d.low[h.aux-1]] {
				h.aux--
			}
		}
		a := d.aspectStart(h)
		if a < 0 {
			continue
		}
		if a < h.aux {
			h.aux = a // "kept insisting", "has continued to insist": the subject is the aspect verb's
			for h.aux > 0 && auxWords[d.low[h.aux-1]] {
				h.aux--
			}
		}
		if d.isVerbUse(h) {
			return h, true // else another form of the word may fit: "claim" as noun or verb
		}
	}
	return hit{}, false
}

// quotedBy matches a cue of kind quoted whose first word is at token i
// with the outlet that quoted the speaker between its first word and the
// rest: "quoted by the state news agency as saying", "quoted in a
// newspaper interview as saying". It returns the token after the cue.
func (d *doc) quotedBy(i int, words []string) (int, bool) {
	if len(words) < 2 || i+1 >= len(d.toks) || d.low[i+1] != "by" && d.low[i+1] != "in" {
		return 0, false
	}
	for k := i + 2; k < len(d.toks) && k < i+10; k++ {
		if !isWord(d.toks[k].Text) && d.toks[k].Text != "'" && d.toks[k].Text != "’" && !d.joined(k) {
			return 0, false // the phrase ends: "quoted by the agency, which …"
		}
		if k+len(words)-1 > len(d.toks) {
			return 0, false
		}
		if slices.Equal(d.low[k:k+len(words)-1], words[1:]) {
			return k + len(words) - 1, true
		}
	}
	return 0, false
}

// aspectStart returns the first token of a verb of aspect that governs cue
// h, with "to" before a base form ("continued to insist", "went on to
// say") or right before an -ing form ("kept insisting"); h.aux when there
// is none, and -1 when the aspect verb reports no act itself.
func (d *doc) aspectStart(h hit) int {
	k := h.aux
	if isBase(d.low[h.from]) {
		if k == 0 || d.low[k-1] != "to" {
			return h.aux
		}
		k--
	} else if !strings.HasSuffix(d.low[h.from], "ing") {
		return h.aux
	}
	a := -1
	if k > 1 {
		if _, ok := lex.aspects[d.low[k-2]+" "+d.low[k-1]]; ok {
			a = k - 2
		}
	}
	if _, ok := lex.aspects[d.low[max(k-1, 0)]]; a < 0 && k > 0 && ok {
		a = k - 1
	}
	if a < 0 {
		return h.aux
	}
	if lex.aspects[strings.Join(d.low[a:k], " ")] && a > 0 && (d.low[a-1] == "to" || modals[d.low[a-1]]) {
		return -1 // a base form after "to" or a modal reports no act: "will keep saying", "to keep saying"
	}
	return a
}

// hits returns the cues in tokens a..b, in order.
func (d *doc) hits(a, b int) []hit {
	var out []hit
	for i := a; i < b; i++ {
		if h, ok := d.cueAt(i); ok && h.to <= b {
			out = append(out, h)
			i = h.to - 1
		}
	}
	return out
}

// isVerbUse rejects cue words used otherwise: a noun cue needs "that" or
// "by" after it; a cue after "refused to", and most cues in their base
// form after "to", report no act; a verb cue after "been", "be", "is" or
// "was" is a passive ("it was reported", "condemned by Armenia"), which has
// no speaker; a verb cue after "the", "a", "his" or "under" is a noun ("the
// statements", "under questioning").
func (d *doc) isVerbUse(h hit) bool {
	if h.kind == kindNoun {
		return h.to < len(d.toks) && (d.low[h.to] == "that" || d.low[h.to] == "by")
	}
	if d.low[h.from] == "per" && h.to < len(d.toks) && !startsUpper(d.toks[h.to].Text) && !determiners[d.low[h.to]] {
		return false // "90 per cent", "per capita": a source is named or described ("per the ministry", "per Reuters")
	}
	if h.kind == kindCall && !d.namesAs(h.to) && d.objectGap(h) < 0 {
		return false // "called the police", "a group called Hamas", "called off"
	}
	if h.kind == kindClause && !d.clauseAfter(h.to) && !d.quoteBefore(h.aux) && !d.innocenceAt(h.to) {
		return false // "agreed to buy", "maintains an office": such verbs speak only with a clause or a quotation
	}
	if h.kind == kindFigure && !d.figureAfter(h.to) {
		return false // "put pressure on", but "put the toll at 40"
	}
	if h.aux > 1 && d.low[h.aux-1] == "to" && (refusing[d.low[h.aux-2]] || isBase(d.low[h.from]) && d.low[h.from] != "say") {
		return false // a speech act refused is none, an infinitive reports none: "refused to admit that", "unable to predict who"; but "shifted his account to say"
	}
	if h.aux == h.from && d.possessed(h.from) {
		return false // a noun: "Steven's writing", "Trump's comments"
	}
	if h.aux == h.from && h.aux > 0 && strings.HasSuffix(d.low[h.from], "s") && len(lex.cues[d.low[h.aux-1]]) > 0 {
		return false // the object of a cue is a noun: "denied reports that", "rejected claims"
	}
	if h.aux > 1 && strings.HasSuffix(d.low[h.aux-1], "ly") && determiners[d.low[h.aux-2]] && sourceType(d.low[h.aux-1]) == "" {
		return false // an adjective: "a newly revealed call"; but a noun in -ly speaks: "the family said"
	}
	if h.kind != kindAccord && h.aux == h.from && h.aux > 0 && strings.HasSuffix(d.low[h.from], "ing") && startsUpper(d.toks[h.aux-1].Text) && isWord(d.toks[h.aux-1].Text) &&
		h.to < len(d.toks) && d.toks[h.to].Text == d.low[h.to] && isWord(d.low[h.to]) && d.low[h.to] != "that" && !clauseOpeners[d.low[h.to]] {
		return false // a modifier after a name: "One Napa County reporting station", not "Le Drian noting that"
	}
	if w := d.low[h.from]; isBase(w) && len(lex.cues[thirdPerson(w)]) > 0 && h.aux == h.from && h.from > 0 && d.personEnds(d.toks[h.from-1].End) {
		return false // a bare infinitive: "heard Trump ask", never "Trump ask" as a finite verb
	}
	if h.kind != kindAccord && h.kind != kindNoun && isBase(d.low[h.from]) && (h.aux == 0 || d.modal(h) || d.sentenceStart(h.aux)) {
		return false // a base form reports no act after "did not", "will", "to", nor as an imperative
	}
	if h.aux > 0 && h.kind != kindQuoted {
		switch d.low[h.aux-1] {
		case "been", "be", "being", "is", "was", "were", "are", "the", "a", "an", "most", "more", "less", "least", "very",
			"his", "her", "their", "its", "your", "my", "our", "these", "those", "such", "this", "of", "under":
			return false
		}
	}
	return true
}

// clauseAfter reports whether what follows token k, past a time or a
// place, can be what a verb that speaks only with a clause or a quotation
// reports: "that", a quotation or a colon, or the end of the clause, where
// the quotation stands before the verb ("“…,” she added.").
func (d *doc) clauseAfter(k int) bool {
	for i := k; i < len(d.toks) && i < k+8; i++ {
		switch t := d.toks[i].Text; {
		case d.low[i] == "that" || quoteMark(t) || t == ":" || t == "‘" || t == "'":
			return true
		case i == k && (t == "." || t == "," || t == ";" || t == "—" || t == "–" || t == ")"):
			return true
		case !adjunctWord(t, d.low[i]):
			return d.subjectClause(i)
		}
	}
	return k >= len(d.toks)
}

// subjectClause reports whether token i opens a clause with no "that": a
// subject of at most three words and an auxiliary or a negated verb after
// it ("added he would appeal", "mentioned the ferry was late", "added
// there was no risk"). A verb that speaks only with a clause then has
// one, where an object does not make it speak ("added 20 points", "added
// a clause to the contract", "maintains an office").
func (d *doc) subjectClause(i int) bool {
	if i >= len(d.toks) || !isWord(d.toks[i].Text) || leadPreps[d.low[i]] || postPreps[d.low[i]] || possessives[d.low[i]] {
		return false
	}
	for k := i + 1; k < len(d.toks) && k <= i+3; k++ {
		w := d.low[k]
		if finiteWords[w] || negated(w) {
			return true
		}
		if !isWord(d.toks[k].Text) || determiners[w] || w == "and" || w == "or" || w == "to" || w == "who" || w == "which" {
			return false
		}
	}
	return false
}

// quoteBefore reports whether a quotation closes within the few words
// before token k, which may then be the verb that attributes it: "“…,”
// the insider added of the spat".
func (d *doc) quoteBefore(k int) bool {
	for i := k - 1; i >= 0 && i >= k-8; i-- {
		switch t := d.toks[i].Text; {
		case quoteMark(t) || t == "’" || t == "'":
			return true
		case t == "." || t == ";" || t == ":":
			return false
		}
	}
	return false
}

// possessed reports whether a possessive "'s" comes right before token i.
func (d *doc) possessed(i int) bool {
	return i > 1 && d.low[i-1] == "s" && (d.toks[i-2].Text == "'" || d.toks[i-2].Text == "’") && d.toks[i-2].End == d.toks[i-1].Start
}

// personEnds reports whether the mention of a person ends at rune offset p.
func (d *doc) personEnds(p int) bool {
	for _, m := range d.mentionsIn(max(p-80, 0), p) {
		if m.End == p && d.isPerson(m.Entity) {
			return true
		}
	}
	return false
}

// modals and negations before a cue in its base form: "did not respond",
// "could argue". After "to", a base form reports nothing.
var modals = map[string]bool{
	"not": true, "n't": true, "did": true, "do": true, "does": true, "will": true,
	"would": true, "could": true, "can": true, "may": true, "might": true, "should": true,
	"must": true, "shall": true, "please": true, "let": true,
}

// emphatic are the forms of "do" that stress a verb right after them
// ("did say", "does insist") rather than negate or question it.
var emphatic = map[string]bool{"did": true, "does": true, "do": true}

// modal reports whether a modal or negation governs cue h: right before
// it or among its auxiliaries ("who will testify"). An emphatic "did"
// right before the cue does not ("the mayor did say").
func (d *doc) modal(h hit) bool {
	for i := h.aux - 1; i < h.from; i++ {
		if i >= 0 && modals[d.low[i]] && !(i == h.from-1 && emphatic[d.low[i]]) {
			return true
		}
	}
	return false
}

// isBase reports whether the cue word w is a verb's base form: no ending of
// the third person, the past or the participle.
func isBase(w string) bool {
	return !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !irregularPast[w]
}

// sentenceStart reports whether token i opens its sentence.
func (d *doc) sentenceStart(i int) bool {
	si := d.sentenceOf(d.toks[i].Start)
	return si >= 0 && d.tokenAt(d.sents[si].Start) == i
}

// figureAfter reports whether "at" and a number follow token i in its
// sentence: a figure put on something ("put the march at 30,000 people").
func (d *doc) figureAfter(i int) bool {
	si := d.sentenceOf(d.toks[min(i, len(d.toks)-1)].Start)
	if si < 0 {
		return false
	}
	end := d.tokenAt(d.sents[si].End)
	for k := i; k+1 < end && k < i+15; k++ {
		if d.low[k] != "at" {
			continue
		}
		for n := k + 1; n < end && n <= k+3; n++ {
			if strings.ContainsAny(d.toks[n].Text, "0123456789") {
				return true
			}
		}
	}
	return false
}

// namesAs reports whether an object and what it is called follow a cue
// of kind call at token i: a pronoun and a word that is no particle or
// preposition ("him a liar", "it unacceptable"), or a short noun phrase
// and a quotation or an indefinite noun phrase ("the move “a betrayal”",
// "the plan a disaster").
func (d *doc) namesAs(i int) bool {
	if i >= len(d.toks) {
		return false
	}
	if objectPronouns[d.low[i]] || d.low[i] == "it" || d.low[i] == "this" || d.low[i] == "these" || d.low[i] == "those" {
		if i+1 >= len(d.toks) {
			return false
		}
		t, w := d.toks[i+1].Text, d.low[i+1]
		return quoteMark(t) || isWord(t) && t == w && !callParticles[w] && !weekday(w) && !strings.HasSuffix(w, "ly")
	}
	if !determiners[d.low[i]] && !startsUpper(d.toks[i].Text) {
		return false
	}
	for k := i + 1; k < len(d.toks) && k <= i+5; k++ {
		switch t := d.toks[k].Text; {
		case quoteMark(t), d.low[k] == "a", d.low[k] == "an", k > i+1 && d.complement(k):
			return true
		case !isWord(t) && !d.joined(k) && t != "’" && t != "'", callParticles[d.low[k]], weekday(d.low[k]):
			return false
		}
	}
	return false
}

// complement reports whether token k is an adjective that ends what a
// call names its object: a word the lexicon knows as an adjective only,
// with punctuation, a preposition or a conjunction after it ("called the
// bailout critical for Europe", "called the ruling unfair, and"), not
// before the noun it modifies ("called the elderly neighbour").
func (d *doc) complement(k int) bool {
	w := d.low[k]
	if d.toks[k].Text != w || !isWord(w) || !wordnet.Is(w, wordnet.Adjective) || wordnet.Is(w, wordnet.Noun) || wordnet.Is(w, wordnet.Verb) {
		return false
	}
	if k+1 >= len(d.toks) {
		return true
	}
	n := d.low[k+1]
	return !isWord(d.toks[k+1].Text) || postPreps[n] || leadPreps[n] || conjunctions[n]
}

// objectGap returns the first token of the subject of cue h of kind call,
// in the past, when the cue names a noun phrase that stands before that
// subject, and what it calls it follows, or -1: a quotation or a word that is no determiner ("a move the
// mayor called painful but necessary", "a target Holt called “ambitious”",
// "what she called unacceptable"). A determiner after the cue makes it
// another verb: "the day the mayor called a meeting".
func (d *doc) objectGap(h hit) int {
	if h.to >= len(d.toks) || h.aux < 2 || !strings.HasSuffix(d.low[h.from], "ed") {
		return -1
	}
	if t, w := d.toks[h.to].Text, d.low[h.to]; !quoteMark(t) && (!isWord(t) || t != w || determiners[w] || callParticles[w] || weekday(w)) {
		return -1
	}
	end := h.aux - 1 // the subject's last token
	if !subjectPronouns[d.low[end]] && sourceType(d.low[end]) == "" && !d.mentionEnds(d.toks[end].End) {
		return -1
	}
	for s := end; s >= 1 && s >= end-4; s-- {
		t, w := d.toks[s].Text, d.low[s]
		if s < end && !isWord(t) {
			return -1
		}
		if !(s == end && subjectPronouns[w]) && w != "the" && !(startsUpper(t) && isWord(t)) {
			continue
		}
		p := d.low[s-1]
		if p == "what" || s > 1 && d.toks[s-1].Text == p && isWord(p) && !determiners[p] && !finiteWords[p] && (d.low[s-2] == "a" || d.low[s-2] == "an" || d.low[s-2] == "the") {
			return s
		}
	}
	return -1
}

// mentionEnds reports whether the mention of an entity ends at rune offset
// p.
func (d *doc) mentionEnds(p int) bool {
	for _, m := range d.mentionsIn(max(p-80, 0), p) {
		if m.End == p {
			return true
		}
	}
	return false
}

// callParticles after the object of "call" make it another verb: "called
// him back", "called it off", "called them for dinner".
var callParticles = map[string]bool{
	"back": true, "off": true, "up": true, "out": true, "in": true, "on": true, "for": true, "to": true,
	"at": true, "from": true, "with": true, "about": true, "over": true, "into": true, "again": true,
	"twice": true, "today": true, "yesterday": true, "last": true, "earlier": true, "later": true, "and": true, "or": true, "but": true, "that": true, "if": true, "when": true, "while": true,
}

// refusing words before "to" and a cue say that the act did not happen.
var refusing = map[string]bool{
	"refused": true, "refuses": true, "refusing": true, "declined": true, "declines": true,
	"declining": true, "failed": true, "fails": true, "unwilling": true, "reluctant": true,
}

// beForms before a cue in -ing make it progressive, not a noun: "health
// authorities are reporting", "Lavrov has been arguing".
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true, "be": true}

// determiners open a noun phrase.
var determiners = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true, "his": true, "her": true, "their": true, "its": true}

// cueText returns the cue as written, auxiliaries included.
func (d *doc) cueText(h hit) string {
	return string(d.rs[d.toks[h.aux].Start:d.toks[h.to-1].End])
}

func lower(s string) string { return text.Lower(s) }

func isWord(s string) bool {
	for _, r := range s {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

// wordCount counts the words of s.
func wordCount(s string) int {
	var c wordCounter
	for _, r := range s {
		c.add(r)
	}
	return c.n
}

// wordsIn counts the words of the runes a..b.
func (d *doc) wordsIn(a, b int) int {
	if a >= b {
		return 0 // a statement may run past the sentence or paragraph it is checked against
	}
	var c wordCounter
	for _, r := range d.rs[a:b] {
		c.add(r)
	}
	return c.n
}

// wordCounter counts words, runs of letters and digits, a rune at a time.
type wordCounter struct {
	n  int
	in bool // the last rune was in a word
}

func (c *wordCounter) add(r rune) {
	w := unicode.IsLetter(r) || unicode.IsDigit(r)
	if w && !c.in {
		c.n++
	}
	c.in = w
}
