package claim

import (
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/text"
)

// content returns the rune span of what cue h reports, ending by limit, or
// -1 when there is none: the clause after "that" (found within a few words:
// "said earlier on Thursday that"), the to-infinitive after an addressee
// ("urged Turkey on Thursday to"), or the object.
func (d *doc) content(h hit, limit int) (int, int) {
	lt := d.tokenAt(limit)
	start := -1
	if h.kind == kindNoun && d.low[h.to] == "by" {
		if t := d.thatAfter(h.to, lt); t >= 0 {
			start = d.toks[t].Start // "the claim by the ministry that"
		}
	}
	reach := 10
	if start >= 0 {
		reach = 0
	}
	if h.kind == kindTell {
		reach = 24 // an addressee may be long: "told investors of the Gazette, its parent company, on Oct. 31 that"
	}
	for k := h.to; k < lt && k < h.to+reach; k++ {
		w := d.low[k]
		if e := d.adjunctParen(k, lt); e > k {
			k = e - 1 // "announced today (14 October 2011) that"
			continue
		}
		if w == "that" && k == h.to && d.demonstrative(k) {
			return d.demonstrativeObject(k, lt)
		}
		if w == "that" && (h.kind != kindTo || k == h.to) {
			start = d.toks[k].End
			break
		}
		if w == "to" && h.kind == kindTo {
			start = d.toks[k].Start
			break
		}
		if h.kind == kindTell && (isWord(d.toks[k].Text) || d.toks[k].Text == "," || d.toks[k].Text == ".") {
			if _, cue := d.cueAt(k); cue || finiteWords[w] || d.toks[k].Text == w && strings.HasSuffix(w, "ed") {
				break // a clause or a cue of its own: "told reporters, noting that", "told the man who had called that"; a name is none ("told Wired that")
			}
			continue // the addressee: "told the state broadcaster KTV that"
		}
		if h.kind != kindTo && !adjunctWord(d.toks[k].Text, w) {
			break // an object came first: "recognizing the actions that …"
		}
	}
	if start < 0 && h.kind == kindTell {
		start = d.afterAddressee(h, lt)
		if start < 0 {
			return -1, -1
		}
	}
	object := false
	if start < 0 {
		if h.to >= lt {
			return -1, -1
		}
		k := d.pastAdjunct(h.to, lt)
		if k < 0 {
			return -1, -1
		}
		start, object = d.toks[k].Start, k > 0 && d.low[k-1] != "that"
	}
	if start >= limit {
		return -1, -1
	}
	end := d.cutAdjuncts(start, limit)
	start = trimStart(d.rs, start, end)
	end = trimEnd(d.rs, start, end)
	if start >= end {
		return -1, -1
	}
	if d.onlyAdjuncts(start, end) {
		return -1, -1 // "announced Wednesday at the Dubai Air Show"
	}
	if i := d.tokenAt(start); i < len(d.toks) && (d.low[i] == "about" && !d.amountAt(i+1) || d.low[i] == "by" || d.low[i] == "of") {
		return -1, -1 // a topic ("testified about a meeting") or a passive's agent ("described by the media as")
	}
	body := string(d.rs[start:end])
	ws := strings.Fields(body)
	if wordCount(body) < 2 && !(object && d.chargeDenied(h, start)) || len(ws) <= 3 && anaphoric[lower(ws[0])] && d.wordsSaid(start, end) {
		return -1, -1
	}
	if h.kind == kindTo && d.withheldName(start) {
		return -1, -1 // "who asked not to be named": a condition of speaking, not a request
	}
	if object && refusals[d.low[h.from]] && !d.speechObject(start, end) && !d.deedDenied(h, start) && !d.chargeDenied(h, start) && !d.bareClause(start, end) {
		return -1, -1 // a refusal of a thing, not of words: "denying free parking to night staff"
	}
	if i := d.tokenAt(start); h.kind == kindBelief && d.low[i] == "for" {
		return -1, -1 // a wish for a thing holds no claim: "hoping for a catch"
	}
	if i := d.tokenAt(start); i+2 == d.tokenAt(end) && subjectPronouns[d.low[i]] {
		if _, cue := d.cueAt(i + 1); cue {
			return -1, -1 // an attribution alone: "He said, she said"
		}
	}
	if asks[d.low[h.from]] && questionWords[d.low[d.tokenAt(start)]] {
		return -1, -1 // a question put to someone asserts nothing: "asked whether the ferry could run"
	}
	if object && h.kind == kindClause && !d.innocenceAt(d.tokenAt(start)) && !d.subjectClause(d.tokenAt(start)) && d.low[h.to] != "," {
		return -1, -1 // "added 20.72 points", "posted an image": such verbs speak only with a clause or a quotation; but "maintained his innocence", and "The judge, she added, had" goes on with the clause it parts
	}
	return start, end
}

// phraseToComma returns the token after the comma that ends the object
// of a preposition at token k, when the object is a few words with no
// verb ("in its report,"), or -1.
func (d *doc) phraseToComma(k, lt int) int {
	for i := k; i < lt && i < k+6; i++ {
		w := d.low[i]
		if w == "," {
			if _, cue := d.cueAt(i + 1); i == k || i+1 >= lt || cue {
				return -1 // "responding to questions, said"
			}
			return i + 1
		}
		if _, cue := d.cueAt(i); cue || !isWord(d.toks[i].Text) || finiteWords[w] || w == "that" || strings.HasSuffix(w, "ed") {
			return -1
		}
	}
	return -1
}

// amountAt reports whether token i opens an amount, which "about" before it
// rounds rather than names a topic: "said about 300 homes were lost".
func (d *doc) amountAt(i int) bool {
	if i >= len(d.toks) {
		return false
	}
	w := d.low[i]
	return w[0] >= '0' && w[0] <= '9' || quantifiers[w] || w == "half" || w == "a" && i+1 < len(d.toks) && (d.low[i+1] == "third" || d.low[i+1] == "quarter" || d.low[i+1] == "dozen" || d.low[i+1] == "hundred" || d.low[i+1] == "thousand")
}

// wordsSaid reports whether the short object that starts at rune offset
// start and ends at end points back at words said or written elsewhere: a
// demonstrative ("rejected those claims") or a noun of speech or of a
// document after a determiner ("refuted his statements", "denied the
// report"), while "denied the charge" and "demanded his resignation" say
// what is denied or demanded.
func (d *doc) wordsSaid(start, end int) bool {
	i, k := d.tokenAt(start), d.tokenAt(end)-1
	if k < 0 || i > k {
		return false
	}
	switch d.low[i] {
	case "this", "these", "those", "such":
		return true
	}
	return lex.docs[d.low[k]] || saidNouns[d.low[k]]
}

// saidNouns name words said that are no document.
var saidNouns = map[string]bool{
	"remark": true, "remarks": true, "comment": true, "comments": true, "words": true, "assertion": true, "assertions": true,
}

// pastAdjunct returns the token where the object or clause after a cue
// starts, past a time or place opening it ("said on Monday the bridge
// …"), or -1 when a prepositional phrase that is no such adjunct opens it:
// an addressee or a topic ("wrote to the county", "said at a meeting in the
// town hall") is no content.
func (d *doc) pastAdjunct(k, lt int) int {
	for k < lt && d.low[k] == "," {
		k++ // "The bridge, Holt said, was never …"
	}
	if k >= lt {
		return -1
	}
	if c, ok := d.cueAt(k); ok && c.kind != kindNoun {
		return -1 // another attribution: "…, the council said, according to the Gazette"; but "rejected accusations by …"
	}
	if day := d.pastDay(k, lt); day > k {
		k = day
		for k < lt && d.low[k] == "," {
			k++ // "As Holt said Thursday, the dam …"
		}
	}
	if k >= lt {
		return -1
	}
	from := k
	if leadPreps[d.low[k]] {
		if t := d.thatAfter(k, lt); t >= 0 {
			return t // "said in a statement emailed to NBC News that …"
		}
	}
	for k < lt && leadPreps[d.low[k]] && !(d.low[k] == "at" && k+1 < lt && (d.low[k+1] == "least" || d.low[k+1] == "most")) {
		if d.low[k] == "to" && k+1 < lt && d.toks[k+1].Text == d.low[k+1] && isWord(d.low[k+1]) && !determiners[d.low[k+1]] && !plural(d.low[k+1]) {
			return k // an infinitive: "pledged to continue", not an addressee: "responding to questions"
		}
		k++
		if k < lt && determiners[d.low[k]] {
			k++
		}
		n := 0
		for ; k < lt && (d.low[k] == "," || d.timePlace(k)); k++ {
			n++
		}
		if n == 0 {
			if c := d.clauseAfterPhrase(k, lt); c >= 0 {
				return c // "said at the time its valuation was …"
			}
			if c := d.phraseToComma(k, lt); c >= 0 {
				k = c // "As Holt noted in her report, the dam …"
				break
			}
			return d.thatAfter(from, lt)
		}
	}
	if k >= lt || !isWord(d.toks[k].Text) && !currency(d.toks[k].Text) && !quoteMark(d.toks[k].Text) {
		return d.thatAfter(from, lt) // "said in an Oct. 26 letter to … that"
	}
	if k > from && d.nounParticiple(k, lt) {
		return d.pastAdjunct(k+1, lt) // "said in a statement released on Monday"
	}
	return k
}

// nounParticiple reports whether token k, before token lt, is a past
// participle that tells of the noun before it, a time, a place or an agent
// after it: "a statement released on Monday", "a letter sent to the
// council", "a post published by the ministry". It opens no clause.
func (d *doc) nounParticiple(k, lt int) bool {
	if k == 0 || k+1 >= lt || !pastForm(d.low[k]) || d.toks[k].Text != d.low[k] || !isWord(d.toks[k-1].Text) || determiners[d.low[k-1]] {
		return false
	}
	n := d.low[k+1]
	return leadPreps[n] || n == "by" || d.timePlace(k+1)
}

// clauseAfterPhrase returns the token that opens a clause with no "that"
// right after the few words of a noun phrase a preposition governs from
// token k: a determiner, a quantifier or a pronoun, and a finite verb
// within a few words ("said at the time its valuation was", "says in one
// incident a number of children suffered"), or -1.
func (d *doc) clauseAfterPhrase(k, lt int) int {
	for i := k; i < lt && i < k+4; i++ {
		w := d.low[i]
		if !isWord(d.toks[i].Text) || finiteWords[w] || pastForm(w) || leadPreps[w] || postPreps[w] || w == "by" {
			return -1 // a verb, or a phrase that goes on: "threatened with death by the brother of …"
		}
		if i > k && (determiners[w] || quantifiers[w] || subjectPronouns[w]) {
			if d.bareClause(d.toks[i].Start, d.toks[lt-1].End) {
				return i
			}
			return -1
		}
	}
	return -1
}

// plural reports whether w looks like a plural noun, which no infinitive
// is: "questions", "reporters", but not "discuss" or "focus".
func plural(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !objectPronouns[w]
}

// currency reports whether s is a currency sign, which opens a figure:
// "said $281 million of the price …".
func currency(s string) bool {
	for _, r := range s {
		return unicode.Is(unicode.Sc, r)
	}
	return false
}

// pastDay returns the token after a bare day that follows a cue ("said
// Monday the bridge …", "said last Friday", "said today"), or k.
func (d *doc) pastDay(k, lt int) int {
	i := k
	if i+1 < lt && (d.low[i] == "last" || d.low[i] == "this" || d.low[i] == "next") {
		i++
	}
	if weekday(d.low[i]) || bareDays[d.low[i]] {
		return i + 1
	}
	return k
}

func weekday(w string) bool {
	_, ok := weekdays[w]
	return ok
}

// bareDays name a day with no preposition before them.
var bareDays = map[string]bool{"today": true, "yesterday": true, "tonight": true}

// thatAfter returns the token after a "that" that opens the content past a
// longer adjunct ("said in a letter to phone companies that …"), or -1.
func (d *doc) thatAfter(k, lt int) int {
	for i := k; i < lt && i < k+16; i++ {
		if e := d.adjunctParen(i, lt); e > i {
			i = e - 1 // "announced on its website today (14 October 2011) that"
			continue
		}
		switch d.low[i] {
		case "that":
			if i+1 < lt {
				return i + 1
			}
			return -1
		case ",", ";", ":", "“", "”", "\"", "(", "—", "–":
			return -1 // a clause of its own comes first: "the quality Google promised – it's revealed in a review that"
		}
		if finiteWords[d.low[i]] {
			return -1
		}
	}
	return -1
}

// adjunctParen returns the token after the closing parenthesis when token
// k opens a parenthesis, before token lt, that holds only a date or a
// place, which may stand between a cue and its "that"; else -1.
func (d *doc) adjunctParen(k, lt int) int {
	if k >= lt || d.toks[k].Text != "(" {
		return -1
	}
	for i := k + 1; i < lt && i <= k+6; i++ {
		if d.toks[i].Text == ")" {
			if i == k+1 {
				return -1
			}
			return i + 1
		}
		if !adjunctWord(d.toks[i].Text, d.low[i]) {
			return -1
		}
	}
	return -1
}

// leadPreps open an adjunct between a cue and its content.
var leadPreps = map[string]bool{
	"on": true, "in": true, "at": true, "to": true, "during": true, "after": true, "before": true,
	"from": true, "with": true, "over": true, "since": true, "outside": true, "near": true,
	"under": true, // "acknowledged under questioning that", "said under oath that"
}

// timePlace reports whether token k can stand in an adjunct of time or
// place: a name, a number or a word of the adjunct lexicon that is no
// determiner ("Monday", "2019", "a statement", "last week").
func (d *doc) timePlace(k int) bool {
	t := d.toks[k].Text
	if !isWord(t) || d.low[k] == "and" || determiners[d.low[k]] {
		return false
	}
	return startsUpper(t) || d.toks[k].Kind == text.Number || adjunctWords[d.low[k]]
}

// refusals are the cues that deny or reject: their object is content only
// when it names something said ("denied the allegations", "rejected the
// request"), not when it names a thing refused.
var refusals = map[string]bool{
	"denied": true, "denies": true, "denying": true, "deny": true, "rejected": true, "rejects": true,
	"rejecting": true, "dismissed": true, "refuted": true, "refutes": true,
}

// deedDenied reports whether the object at rune start of cue h is a deed
// or a state its speaker denies, a verb in -ing opening it: "denied
// hitting the cyclist" says he did not, as "denied that he hit the
// cyclist" does, and "denied being drunk" that he was not.
func (d *doc) deedDenied(h hit, start int) bool {
	i := d.tokenAt(start)
	if !denials[d.low[h.from]] || i >= len(d.toks) {
		return false
	}
	w := d.low[i]
	return (len(w) > 5 || w == "being") && strings.HasSuffix(w, "ing") && d.toks[i].Text == w
}

// bareClause reports whether the words at runes a..b are a clause with no
// "that": a subject of a few words, one noun phrase, and its finite verb ("denied the attack
// occurred", "denied it carried out the strike"), not a participle after a
// noun ("rejected a bill approved by the senate").
func (d *doc) bareClause(a, b int) bool {
	for i, n := d.tokenAt(a), 0; i < len(d.toks) && d.toks[i].End <= b && n < 5; i, n = i+1, n+1 {
		w := d.low[i]
		if !isWord(d.toks[i].Text) || w == "and" || w == "or" || n > 0 && determiners[w] && d.low[i-1] != "of" {
			return false // no one phrase before the verb: "according to Arlow police an officer arrived"
		}
		if n > 0 && (finiteWords[w] || negated(w) || pastForm(w) && (i+1 >= len(d.toks) || d.low[i+1] != "by")) {
			return true
		}
	}
	return false
}

// chargeDenied reports whether the object at rune start of cue h is the
// one word of a charge a defendant denies: "denies murder", "denied
// wrongdoing".
func (d *doc) chargeDenied(h hit, start int) bool {
	i := d.tokenAt(start)
	return denials[d.low[h.from]] && i < len(d.toks) && offences[d.low[i]]
}

// offences are the charges of data/offences.tsv.
var offences = mustWords("data/offences.tsv")

// denials are the forms of "deny".
var denials = map[string]bool{"denied": true, "denies": true, "denying": true, "deny": true}

// speechObject reports whether the object at runes a..b names something
// said or proposed, within its first words: "the allegations", "any
// wrongdoing", "the nurses’ request for a second ambulance".
func (d *doc) speechObject(a, b int) bool {
	for i, n := d.tokenAt(a), 0; i < len(d.toks) && d.toks[i].End <= b && n < 6; i++ {
		if !isWord(d.toks[i].Text) {
			continue
		}
		if speechNouns[d.low[i]] {
			return true
		}
		n++
	}
	return strings.ContainsAny(string(d.rs[a:b]), "“\"") // a quoted phrase is words said
}

// innocenceAt reports whether a possessive and "innocence" open at
// token i: "maintained his innocence", "protested her innocence" say
// that the speaker did nothing wrong, as a clause would.
func (d *doc) innocenceAt(i int) bool {
	return i+1 < len(d.toks) && possessives[d.low[i]] && d.low[i+1] == "innocence"
}

// speechNouns name what can be said, proposed or asked.
var speechNouns = map[string]bool{
	"allegation": true, "allegations": true, "accusation": true, "accusations": true, "claim": true,
	"claims": true, "charge": true, "charges": true, "report": true, "reports": true, "rumour": true,
	"rumours": true, "rumor": true, "rumors": true, "suggestion": true, "suggestions": true,
	"wrongdoing": true, "involvement": true, "responsibility": true, "account": true, "accounts": true,
	"statement": true, "statements": true, "assertion": true, "assertions": true, "idea": true,
	"notion": true, "criticism": true, "criticisms": true, "speculation": true, "story": true,
	"stories": true, "version": true, "request": true, "requests": true, "proposal": true,
	"proposals": true, "offer": true, "offers": true, "plan": true, "plans": true, "demand": true,
	"demands": true, "call": true, "calls": true, "bid": true, "appeal": true, "appeals": true,
	"assessment": true, "characterization": true, "characterisation": true, "description": true,
	"concern": true, "concerns": true, "fears": true, "comment": true, "comments": true, "remark": true, "remarks": true, "finding": true,
	"findings": true, "conclusion": true, "conclusions": true, "interpretation": true,
	"existence": true, "knowledge": true, "link": true, "links": true, "ties": true,
	"connection": true, "premise": true, "narrative": true, "theory": true, "complaint": true,
	"complaints": true, "ultimatum": true, "deal": true, "agreement": true, "terms": true,
	"compromise": true, "possibility": true, "prospect": true, "motion": true,
	"reporting": true, "threat": true, "threats": true, "warning": true, "warnings": true,
	"message": true, "letter": true, "invitation": true, "advice": true, "recommendation": true,
}

// demonstrative reports whether "that" at token k points back rather than
// opens a clause: a bare singular noun follows it and no verb after that
// ("rejected that account within hours"), where a clause's subject would
// be a name, a pronoun or a determined noun ("denied that the vehicles …").
func (d *doc) demonstrative(k int) bool {
	if k+1 >= len(d.toks) || !isWord(d.toks[k+1].Text) || d.toks[k+1].Text != d.low[k+1] {
		return false
	}
	w := d.low[k+1]
	if d.toks[k+1].Kind == text.Number || unicode.IsDigit([]rune(w)[0]) {
		return false // a figure opens the clause's subject: "said that 99% of"
	}
	if clauseOpeners[w] || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false // a participle opens an adjunct of the clause: "said that based on …"
	}
	if pluralNoun(w) {
		return false // "that" is no demonstrative before a plural: "warning that children in particular would"
	}
	return k+2 >= len(d.toks) || !isWord(d.toks[k+2].Text) || nounStops[d.low[k+2]]
}

// clauseOpeners are the words that open a clause's subject.
var clauseOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "i": true, "you": true, "this": true, "these": true, "those": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "no": true,
	"there": true, "all": true, "some": true, "any": true, "every": true, "both": true,
	"each": true, "one": true, "if": true, "when": true, "while": true, "in": true, "on": true,
}

// nounStops end the noun phrase after a demonstrative: a preposition or
// a conjunction, not a verb.
var nounStops = map[string]bool{
	"within": true, "on": true, "in": true, "at": true, "as": true, "and": true,
	"but": true, "of": true, "by": true, "from": true, "outright": true, "immediately": true,
}

// demonstrativeObject returns the noun phrase "that N" at token k as the
// object of a speech act that rejects or confirms an account given before.
func (d *doc) demonstrativeObject(k, lt int) (int, int) {
	if k+1 >= lt {
		return -1, -1
	}
	return d.toks[k].Start, d.toks[k+1].End
}

// afterAddressee returns where the content of a "tell" cue starts when no
// "that" introduces it: after the addressee ("told reporters the Kremlin
// was concerned", "told Reuters Baku would answer"), or -1.
func (d *doc) afterAddressee(h hit, lt int) int {
	k := h.to
	if k >= lt {
		return -1
	}
	if d.low[k] == "the" && k+1 < lt && startsUpper(d.toks[k+1].Text) {
		k++ // "told the Gazette the repairs …"
	}
	if determiners[d.low[k]] {
		for j := k + 1; j < lt && j <= k+4 && d.toks[j].Text == d.low[j] && isWord(d.low[j]); j++ {
			if _, venue := lex.venues[d.low[j]]; venue || sourceType(d.low[j]) != "" {
				k = j // "told the officers", "told a local radio station"
				break
			}
		}
	}
	switch _, venue := lex.venues[d.low[k]]; {
	case venue || objectPronouns[d.low[k]] || sourceType(d.low[k]) != "" && d.toks[k].Text == d.low[k]:
		k++ // "told reporters", "told us", "told police"
	case len(d.mentionsIn(d.toks[k].Start, d.toks[k].End)) > 0:
		k = d.tokenAt(d.mentionsIn(d.toks[k].Start, d.toks[k].End)[0].End)
	case startsUpper(d.toks[k].Text) && isWord(d.toks[k].Text) && (k > h.to || k+1 < lt && clauseOpeners[d.low[k+1]]):
		for k < lt && startsUpper(d.toks[k].Text) && isWord(d.toks[k].Text) {
			k++ // a name no entity claims: "the Arlow Gazette"
		}
	default:
		if j := d.pronounClause(k, lt); j > k {
			return d.toks[j].Start // "told visiting officials they would need to"
		}
		return -1
	}
	for k < lt && adjunctWord(d.toks[k].Text, d.low[k]) && !determiners[d.low[k]] && !startsUpper(d.toks[k].Text) {
		k++ // "told reporters on Tuesday …"
	}
	if k >= lt {
		return -1
	}
	return d.toks[k].Start
}

// pronounClause returns the token of a subject pronoun that opens a clause
// after a short addressee in lower case starting at token k ("visiting
// officials they would"), or -1.
func (d *doc) pronounClause(k, lt int) int {
	for j := k; j < lt && j <= k+4; j++ {
		w := d.low[j]
		if subjectPronouns[w] && w != "it" {
			return j
		}
		if _, cue := d.cueAt(j); cue || d.toks[j].Text != w || !isWord(w) || finiteWords[w] || objectPronouns[w] {
			return -1
		}
	}
	return -1
}

// objectPronouns are addressees of "told": "told us the start had slipped".
var objectPronouns = map[string]bool{"me": true, "us": true, "him": true, "her": true, "them": true, "you": true}

// adjunctWords may stand between a cue and its "that": addressees, times
// and places ("told attendees at the Valdai Forum in Moscow that", "said
// earlier on Thursday that").
var adjunctWords = map[string]bool{
	"on": true, "in": true, "at": true, "to": true, "with": true, "during": true,
	"earlier": true, "later": true, "last": true, "this": true, "week": true,
	"month": true, "year": true, "weekend": true, "today": true, "yesterday": true,
	"also": true, "again": true, "the": true, "a": true, "an": true, "statement": true,
	"interview": true, "reporters": true, "journalists": true, "media": true,
	"attendees": true, "press": true, "conference": true, "briefing": true,
	"telephone": true, "phone": true, "call": true, "conversation": true, "and": true,
	"parliament": true, "lawmakers": true, "state": true, "television": true,
	"publicly": true, "repeatedly": true, "him": true, "her": true, "them": true,
	"us": true, "me": true, "his": true, "their": true, "counterpart": true,
	"colleagues": true, "morning": true, "evening": true, "afternoon": true, "night": true,
	"email": true, "letter": true, "tweet": true, "post": true, "message": true,
	"video": true, "speech": true, "address": true, "remarks": true, "note": true,
	"podcast": true, "radio": true, "tv": true, "same": true, "day": true, "next": true,
	"following": true, "previous": true, "late": true, "early": true, "days": true,
	"weeks": true, "ago": true, "separately": true, "afterwards": true,
	"blog": true, "column": true, "article": true, "op-ed": true, "editorial": true,
	"newsletter": true, "filing": true, "testimony": true, "hearing": true,
	"social": true, "online": true, "here": true, "for": true, "months": true, "years": true, "website": true, "platform": true,
}

func adjunctWord(text, low string) bool {
	if adjunctWords[low] || low == "," || low == "." {
		return true // the period of an abbreviation: "announced Nov. 18 that"
	}
	for _, r := range text {
		return r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r > 0x7f && text != low
	}
	return false
}

// onlyAdjuncts reports whether runes a..b hold only adjunct words and
// names: the time and place of a speech act, not its content.
func (d *doc) onlyAdjuncts(a, b int) bool {
	for i := d.tokenAt(a); i < len(d.toks) && d.toks[i].End <= b; i++ {
		if !adjunctWord(d.toks[i].Text, d.low[i]) && isWord(d.toks[i].Text) {
			return false
		}
	}
	return true
}

// cutAdjuncts ends a content before a trailing attribution adjunct: "in an
// interview …", ", according to …".
func (d *doc) cutAdjuncts(start, end int) int {
	s := lower(string(d.rs[start:end]))
	for _, adj := range []string{" in an interview", ", according to", " in a statement", " at a press conference", " in a telephone conversation"} {
		if k := strings.Index(" "+s, adj); k >= 0 {
			end = start + len([]rune(s[:k]))
			s = s[:k]
		}
	}
	return end
}

// asks are the cues of a question; questionWords open an indirect one.
var (
	asks          = map[string]bool{"asked": true, "asks": true, "asking": true, "demanded": true, "demands": true}
	questionWords = map[string]bool{"whether": true, "if": true, "how": true, "why": true, "what": true, "when": true, "where": true, "who": true, "which": true}
)

// withheldName reports whether the to-infinitive at rune offset start is a
// negated passive, "not to be named", "not to be identified": how an
// unnamed source asked to be reported, which reports nothing itself.
func (d *doc) withheldName(start int) bool {
	i := d.tokenAt(start)
	return i > 0 && i+2 < len(d.toks) && d.low[i-1] == "not" && d.low[i] == "to" && d.low[i+1] == "be" && strings.HasSuffix(d.low[i+2], "ed")
}
