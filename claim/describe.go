package claim

import (
	"slices"
	"sort"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/entity"
	wordnet "github.com/parallax-news/parallax/lexicon"
)

// sourceType returns the entity type of an unnamed source whose noun is
// w, as data/speakers.tsv lists it ("officials said", "an insurgent source
// told", "the fire chief said"): Person for one speaker, Org for a group or
// a body; or "" when w names no speaker.
func sourceType(w string) string {
	switch speakerKind(w) {
	case kindPerson:
		return parallax.Person
	case kindPeople, kindBody:
		return parallax.Org
	}
	return ""
}

// speakerKind returns the kind of described speaker the lower-case noun w
// heads: the kind data/speakers.tsv gives, else a person or people when
// the noun's most frequent sense in the lexicon is a person ("the gunman
// said", "dispatchers said") and the word is no adjective ("private"),
// else "". Bodies come from the list alone: too many nouns of groups name
// no one who speaks.
func speakerKind(w string) string {
	if k, ok := lex.speakers[w]; ok {
		if k == kindNone {
			return ""
		}
		return k
	}
	if len(w) < 3 || !isLowerWord(w) || pronouns[w] || determiners[w] || quantifiers[w] || finiteWords[w] || auxWords[w] || !wordnet.FirstIsA(w, "person") || wordnet.Is(w, wordnet.Adjective) {
		return ""
	}
	if pluralNoun(w) {
		return kindPeople
	}
	return kindPerson
}

// pluralNoun reports whether the lexicon takes w for the plural of a noun
// only: "children", "gunmen", but not "news" or "police".
func pluralNoun(w string) bool {
	bs := wordnet.LemmasAs(w, wordnet.Noun)
	return len(bs) > 0 && !slices.Contains(bs, w)
}

// companionKinds are the concepts of the lexicon whose kinds, a person's
// kin and companions, speak for themselves when the text names them by
// the person ("her cousin", "his teammates").
var companionKinds = []string{"relative", "friend", "associate", "lover"}

// companion reports whether the noun w names one of companionKinds.
func companion(w string) bool {
	return slices.ContainsFunc(companionKinds, func(k string) bool { return wordnet.FirstIsA(w, k) })
}

// isLowerWord reports whether w is made of lower-case letters only.
func isLowerWord(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// unnamed returns the unnamed source whose noun is token j, from its noun
// phrase ("an insurgent source", "officials", "the 34-year-old mother")
// and the words up to token last that complete its name ("people familiar
// with the talks"), or nil when the phrase holds a name: "Chinese
// officials" and "US officials" speak for a state. An unnamed spokesperson
// speaks for the body the text was just speaking of.
func (d *doc) unnamed(j, last, from int) []speaker {
	if _, listed := lex.speakers[d.low[j]]; !listed && d.toks[j].Text != d.low[j] {
		return nil // a capitalised noun the list does not give is likely part of a name: "the Press Democrat reported"
	}
	if a, b := d.brandSpoken(j, from); a >= 0 {
		return []speaker{{id: d.namedBody(a, b), mention: string(d.rs[a:d.toks[j].End])}} // "A Sam's Club spokesperson said": Sam's Club
	}
	if p := j - 3; spokesWords[d.low[j]] && p >= 0 && d.toks[p].Start >= from && d.possessed(j) && sourceType(d.low[p]) != "" && !d.inMention(d.toks[p].Start) {
		return d.unnamed(p, p, from) // "the ministry's spokesman": the ministry
	}
	k := j
	for k > 0 && d.toks[k-1].Start >= from && k > j-6 && (npWords(d.toks[k-1].Text, d.low[k-1]) || d.joined(k-1)) {
		k--
	}
	for k > 0 && d.toks[k-1].Start >= from && k > j-4 && startsUpper(d.toks[k-1].Text) && isWord(d.toks[k-1].Text) &&
		npWords(d.low[k-1], d.low[k-1]) && len(d.mentionsIn(d.toks[k-1].Start, d.toks[k-1].End)) == 0 && !d.inMention(d.toks[k-1].Start) {
		k-- // a name no entity claims modifies the source: "one Weibo commenter", but "But witnesses" has none
	}
	if k > 2 && d.low[k] == "s" && d.toks[k-3].Start >= from && (d.toks[k-1].Text == "’" || d.toks[k-1].Text == "'") &&
		d.toks[k-2].Text == d.low[k-2] && isWord(d.low[k-2]) && !d.inMention(d.toks[k-2].Start) {
		k -= 2 // a common noun's possessive modifies the source: "the world's top chip maker"
		for k > 0 && d.toks[k-1].Start >= from && k > j-8 && npWords(d.toks[k-1].Text, d.low[k-1]) {
			k--
		}
	}
	if k > 1 && d.toks[k-2].Start >= from && (d.toks[k-1].Text == "’" || d.toks[k-1].Text == "'") &&
		sourceType(d.low[k-2]) != "" && !d.inMention(d.toks[k-2].Start) {
		k -= 2 // a described possessor: "the nurses' union", "patients' groups"
		for k > 0 && d.toks[k-1].Start >= from && k > j-8 && npWords(d.toks[k-1].Text, d.low[k-1]) {
			k--
		}
	}
	for k > 0 && d.toks[k-1].Start >= from && k > j-7 && (determiners[d.low[k-1]] || quantifiers[d.low[k-1]]) {
		k--
	}
	a, b := d.toks[k].Start, d.toks[j].End
	if ms := d.mentionsIn(a, b); (len(ms) > 0 || d.inMention(d.toks[j].Start)) && !d.memberNoun(j, ms) {
		return nil
	}
	if k > 0 && d.toks[k-1].Start >= from && (startsUpper(d.toks[k-1].Text) && npWords(d.low[k-1], d.low[k-1]) || d.toks[k-1].Text == "’" || d.toks[k-1].Text == "'") {
		// "a State Department official", "Michigan health authorities",
		// "Kardonia’s officials": the body they belong to speaks.
		ms := d.mentionsIn(max(from, d.toks[k-1].Start-60), a)
		n := len(ms)
		if n == 0 || ms[n-1].End < d.toks[k-1].Start-2 {
			return nil
		}
		if d.placeOrState(ms[n-1].Entity) && speakerKind(d.low[j]) == kindBody && !lex.organs[d.low[j]] && !spokesWords[d.low[j]] {
			// "Tehran's seismologic center", "the Michigan health
			// department": a body of the place, not the place, unless
			// it is one of the state's own ("Armenia's defence ministry").
			return d.source(j, ms[n-1].Start, b, string(d.rs[ms[n-1].Start:d.toks[last].End]))
		}
		if d.isPerson(ms[n-1].Entity) && companion(d.low[j]) {
			// "Gray’s cousin", "Flynn's roommates": kin and
			// companions speak for themselves, where an aide or a
			// lawyer speaks for the person.
			return d.source(j, ms[n-1].Start, b, string(d.rs[ms[n-1].Start:d.toks[last].End]))
		}
		i := n - 1
		for i > 0 && !d.isPerson(ms[i-1].Entity) && d.listGlue(ms[i-1].End, ms[i].Start) &&
			strings.Contains(" "+string(d.rs[ms[n-2].End:ms[n-1].Start])+" ", " and ") {
			i-- // "Harbour Trust and Port Authority officials": both bodies'
		}
		var out []speaker
		for _, m := range ms[i:] {
			out = append(out, speaker{id: m.Entity, mention: strings.TrimSpace(string(d.rs[ms[i].Start:b]))})
		}
		return out
	}
	for k <= j && (determiners[d.low[k]] || quantifiers[d.low[k]] || d.low[k] == "of" && k > 0 && quantifiers[d.low[k-1]]) {
		k++ // "one of the rebel leaders": the rebel leaders
	}
	if k > j {
		return nil
	}
	if spokesWords[d.low[j]] && j == k && last == j {
		if k > 0 && d.low[k-1] == "the" {
			if sp := d.spokespersonBefore(j); sp != nil {
				return relabel(sp, string(d.rs[a:b])) // "“…,” the spokesman said": the one the text named before
			}
		}
		if id := d.bodySpoken(d.toks[j].Start); id != "" {
			return []speaker{{id: id, mention: string(d.rs[a:b])}} // "A spokeswoman said"
		}
	}
	if spokesWords[d.low[j]] && j == k+1 && last == j && speakerKind(d.low[k]) == kindBody {
		id := d.orgBefore(d.toks[k].Start)
		if id == "" && lex.namedBefore[d.low[k]] {
			id = d.unknownBody(d.toks[k].Start)
		}
		if id != "" {
			return []speaker{{id: id, mention: string(d.rs[a:b])}} // "an authority spokeswoman said", "a company spokeswoman said"
		}
	}
	if last == j && k > 0 && d.low[k-1] == "the" && speakerKind(d.low[j]) == kindBody && !d.ownedIn(k, j) {
		if sp := d.referent(d.low[j], d.toks[k-1].Start); sp != nil {
			return relabel(sp, string(d.rs[a:b])) // "Police in Brackton said …. The force said": the police
		}
	}
	if last == j && k > 0 && d.low[k-1] == "the" && speakerKind(d.low[j]) == kindBody && strings.HasSuffix(d.low[j], "s") {
		if sp := d.bodiesBefore(d.toks[k-1].Start, string(d.rs[a:b])); sp != nil {
			return sp // "Orvane agreed to buy Tessic, the companies announced": both
		}
	}
	if last == j && d.definite(k) && polities[d.low[j]] {
		if sp := d.sides(d.toks[k].Start, b); len(sp) > 0 {
			return relabel(sp, string(d.rs[a:b])) // "Armenia and Azerbaijan met in Geneva …. The two countries said": both
		}
	}
	if last == j && k > 0 && d.low[k-1] == "the" && lex.namedBefore[d.low[j]] && speakerKind(d.low[j]) == kindPerson {
		if sp := d.personBefore(d.toks[k-1].Start, d.low[j]); sp != nil {
			return relabel(sp, string(d.rs[a:b])) // "Mary Steenburgen said …. The actress recalled": she
		}
	}
	if last == j && k > 0 && d.low[k-1] == "the" && lex.namedBefore[d.low[j]] && !d.ownedIn(k, j) {
		if id := d.orgBefore(d.toks[k-1].Start); id != "" && !d.namedInRelative(j, id) {
			return []speaker{{id: id, mention: string(d.rs[a:b])}} // "Pellucid … The company blamed": the one the text named
		}
		if id := d.unknownBody(d.toks[k-1].Start); id != "" && k == j && speakerKind(d.low[j]) != kindPerson {
			return []speaker{{id: id, mention: string(d.rs[a:b])}} // "Brindle Motors will cut 300 jobs …. The company said"
		}
		if id := d.brandBefore(d.toks[k-1].Start); id != "" && k == j && speakerKind(d.low[j]) == kindBody {
			return []speaker{{id: id, mention: string(d.rs[a:b])}} // "users could not reach the Pellucid service …. The company said"
		}
		if sp := d.bodySpokeBefore(d.toks[k-1].Start); sp != nil && k == j && speakerKind(d.low[j]) == kindBody {
			return relabel(sp, string(d.rs[a:b])) // "The daily Vestnik warned that …. “…,” the paper said"
		}
	}
	if last == j && k == j && k > 0 && d.low[k-1] == "the" && informants[d.low[j]] {
		if sp := d.sourceBefore(d.toks[k-1].Start); sp != nil {
			return relabel(sp, string(d.rs[a:b])) // "an insider told the outlet …. …, the source claimed"
		}
	}
	sp := d.source(j, a, b, string(d.rs[d.toks[k].Start:d.toks[last].End]))
	if m, ok := d.bodyAnd(k, from); ok && startsUpper(d.toks[k].Text) && k < j {
		// "Emirates and Boeing executives said", Boeing a name no entity
		// claims: the staff of both bodies.
		return append([]speaker{{id: m.Entity, mention: strings.TrimSpace(string(d.rs[m.Start:b]))}}, sp...)
	}
	return sp
}

// placeOrState reports whether entity id is a place or a state.
func (d *doc) placeOrState(id string) bool {
	e, ok := d.reg.Lookup(id)
	return ok && (e.Type == parallax.Location || e.Type == parallax.GPE)
}

// bodySpokeBefore returns the one body that made the last statement before
// rune offset p, in its sentence or the one before, or that reports speech
// in the sentence before, not read yet; or nil.
func (d *doc) bodySpokeBefore(p int) []speaker {
	si := d.sentenceOf(p)
	body := func(id string) bool { return !d.isPerson(id) }
	if last, ok := d.lastBefore(p); ok && d.statementSentence(last) >= si-1 {
		if len(last.speakers) == 1 && body(last.speakers[0].id) {
			return last.speakers
		}
		return nil
	}
	if si < 1 {
		return nil
	}
	return d.reporter(si-1, body)
}

// brandSpoken returns the rune span of the name no entity claims that
// stands right before the spokesperson noun at token j, in the clause from
// rune offset from: capitalised words, a possessive among them, after a
// determiner, not opening the sentence ("a Sam's Club spokesperson", "a
// Brontex spokesman"). Else -1 offsets.
func (d *doc) brandSpoken(j, from int) (int, int) {
	if !spokesWords[d.low[j]] {
		return -1, -1
	}
	k := j
words:
	for k > 0 && j-k < 5 && d.toks[k-1].Start >= from && !d.inMention(d.toks[k-1].Start) {
		switch t := d.toks[k-1].Text; {
		case startsUpper(t) && isWord(t) && !closedWord(d.low[k-1]) && !abbreviation(t):
			k--
		case k < j && d.possessed(k) && k > 2 && startsUpper(d.toks[k-3].Text):
			k -= 2 // "Sam's Club"
		default:
			break words
		}
	}
	if k == j || k == 0 || !determiners[d.low[k-1]] || len(d.mentionsIn(d.toks[k].Start, d.toks[j-1].End)) > 0 {
		return -1, -1
	}
	return d.toks[k].Start, d.toks[j-1].End
}

// ownedIn reports whether a possessive stands between tokens k and j: "the
// plant's union" is the union of the plant, no reference to a body the
// text named before.
func (d *doc) ownedIn(k, j int) bool {
	for i := k + 1; i <= j; i++ {
		if d.possessed(i) {
			return true
		}
	}
	return false
}

// bodyAnd returns the organisation whose mention ends right before an
// "and" that stands before token k, inside the clause from rune offset
// from, outside quotations.
func (d *doc) bodyAnd(k, from int) (entity.Resolved, bool) {
	if k < 2 || d.low[k-1] != "and" || d.toks[k-2].Start < from {
		return entity.Resolved{}, false
	}
	ms := d.mentionsIn(max(from, d.toks[k-2].Start-60), d.toks[k-1].Start)
	if n := len(ms); n > 0 && ms[n-1].End == d.toks[k-2].End && d.inQuote(ms[n-1].Start) < 0 {
		if e, ok := d.reg.Lookup(ms[n-1].Entity); ok && e.Type == parallax.Org {
			return ms[n-1], true
		}
	}
	return entity.Resolved{}, false
}

// memberNoun reports whether the only name in the phrase of the noun at
// token j is the noun itself, written capitalised as a
// party's member is, and data/speakers.tsv gives it as one person: "the
// Democrat said" speaks of a person, not of the party.
func (d *doc) memberNoun(j int, ms []entity.Resolved) bool {
	return len(ms) == 1 && ms[0].Start == d.toks[j].Start && ms[0].End == d.toks[j].End &&
		d.toks[j].Text != d.low[j] && lex.speakers[d.low[j]] == kindPerson
}

// source registers the unnamed source whose noun is token j, mentioned
// at runes a to b, under name.
func (d *doc) source(j, a, b int, name string) []speaker {
	m := parallax.Mention{Doc: d.d.ID, Start: a, End: b, Text: string(d.rs[a:b])}
	id := d.reg.Source(d.d.ID, sourceType(d.low[j]), name, m)
	d.sources[id] = true
	return []speaker{{id: id, mention: m.Text}}
}

// personBefore returns the person "the" and a noun of an occupation at
// rune offset p refer back to: the speaker of the statement before, in
// the same paragraph or the two before, else the person named last there
// outside quotations, whom the noun's gender fits; or nil.
func (d *doc) personBefore(p int, noun string) []speaker {
	pp := d.paraOf(p)
	if pp < 0 {
		return nil
	}
	if last, ok := d.lastBefore(p); ok && d.paraOf(last.start) >= pp-2 && len(last.speakers) == 1 {
		if id := last.speakers[0].id; d.isPerson(id) && !d.sources[id] && d.genderFits(noun, id) {
			return []speaker{{id: id}}
		}
	}
	ms := d.mentionsIn(d.paras[max(pp-2, 0)].Start, p)
	for k := len(ms) - 1; k >= 0; k-- {
		if m := ms[k]; d.isPerson(m.Entity) && d.inQuote(m.Start) < 0 && d.genderFits(noun, m.Entity) {
			return []speaker{{id: m.Entity, mention: m.Text}}
		}
	}
	return nil
}

// plainPersons are the nouns that say no more of a person than their sex
// and age: "the man" is someone the text spoke of before.
var plainPersons = map[string]bool{"man": true, "woman": true, "boy": true, "girl": true}

// plainPerson returns who "the" and a plain noun of a person at rune
// offset p, right before their cue, refer back to: the person the two sentences before describe
// by a noun of one person ("a hunter", "the driver"), else the person who
// spoke last or was named last, whom the noun's gender fits; or nil.
func (d *doc) plainPerson(p int, noun string) []speaker {
	if sp := d.describedPerson(d.sentenceOf(p), p, genderedNouns[noun]); sp != nil {
		return sp
	}
	return d.personBefore(p, noun)
}

// namedInRelative reports whether the relative clause set off by commas
// after the noun at token j names entity id: then the noun is someone else
// ("Altura said …. The space agency, which has contracted Altura, said").
func (d *doc) namedInRelative(j int, id string) bool {
	if j+2 >= len(d.toks) || d.low[j+1] != "," || !relatives[d.low[j+2]] {
		return false
	}
	end := len(d.rs)
	for k := j + 3; k < len(d.toks); k++ {
		if d.low[k] == "," || d.low[k] == "." {
			end = d.toks[k].Start
			break
		}
	}
	for _, m := range d.mentionsIn(d.toks[j+2].End, end) {
		if m.Entity == id {
			return true
		}
	}
	return false
}

// informants are the nouns of an unnamed source that "the" makes a
// reference to the unnamed person the text quoted before: "the source".
var informants = map[string]bool{"source": true, "insider": true}

// sourceBefore returns the unnamed person who made the statement last
// before rune offset p, in the same paragraph or the three before, or nil.
func (d *doc) sourceBefore(p int) []speaker {
	last, ok := d.lastBefore(p)
	if !ok || !d.sources[last.speakers[0].id] || !d.isPerson(last.speakers[0].id) || d.paraOf(last.start) < d.paraOf(p)-3 {
		return nil
	}
	return last.speakers[:1]
}

// referent returns the body that "the" and the noun of a body stand for
// at rune offset p: the body named or speaking last in the five sentences
// before whose name holds the noun or one data/speakers.tsv gives it ("the
// council": the Arlow City Council; "the force": the police), or nil.
func (d *doc) referent(noun string, p int) []speaker {
	si := d.sentenceOf(p)
	if si < 1 {
		return nil
	}
	lo := d.sents[max(si-5, 0)].Start
	heads := append([]string{noun}, lex.refers[noun]...)
	var best []speaker
	at := -1
	for _, s := range d.stmts {
		if s.start >= lo && s.start < p && s.start > at && !d.isPerson(s.speakers[0].id) && d.headed(s.speakers[0].id, heads) {
			best, at = s.speakers[:1], s.start
		}
	}
	for _, m := range d.mentionsIn(lo, p) {
		if m.End <= p && m.Start > at && d.inQuote(m.Start) < 0 && !d.isPerson(m.Entity) && d.headed(m.Entity, heads) {
			best, at = []speaker{{id: m.Entity, mention: m.Text}}, m.Start
		}
	}
	return best
}

// bodiesBefore returns the organisations that "the" and a plural noun of
// bodies at rune offset p stand for: the two to four named, outside
// quotations, before p in its sentence, else in the sentence before, or
// nil.
func (d *doc) bodiesBefore(p int, mention string) []speaker {
	si := d.sentenceOf(p)
	for s := si; s >= 0 && s >= si-1; s-- {
		var out []speaker
		seen := map[string]bool{}
		for _, m := range d.mentionsIn(d.sents[s].Start, min(p, d.sents[s].End)) {
			if e, ok := d.reg.Lookup(m.Entity); ok && e.Type == parallax.Org && !seen[m.Entity] && m.End <= p && d.inQuote(m.Start) < 0 {
				seen[m.Entity] = true
				out = append(out, speaker{id: m.Entity, mention: mention})
			}
		}
		if len(out) < 2 {
			out = d.unknownBodies(d.sents[s].Start, min(p, d.sents[s].End), mention) // "Orvane Semiconductor agreed to buy Tessic, the companies said"
		}
		if len(out) >= 2 && len(out) <= 4 {
			return out
		}
	}
	return nil
}

// unknownBodies returns the bodies that runes a..b name when the
// recogniser knew none or one of them: the organisations found, the name
// that opens the sentence as its subject, and the brands, in text order;
// nil unless they are two to four.
func (d *doc) unknownBodies(a, b int, mention string) []speaker {
	type named struct {
		start, end int
		id         string // "" for a name no entity claims
	}
	var all []named
	for _, m := range d.mentionsIn(a, b) {
		if e, ok := d.reg.Lookup(m.Entity); ok && e.Type == parallax.Org && m.End <= b && d.inQuote(m.Start) < 0 {
			all = append(all, named{m.Start, m.End, m.Entity})
		}
	}
	if na, nb := d.subjectName(a, b); na >= 0 {
		all = append(all, named{na, nb, ""})
	}
	for k := d.tokenAt(a); k < len(d.toks) && d.toks[k].End <= b; k++ {
		if t := d.toks[k]; d.brandWord(k) && !d.inMention(t.Start) && d.inQuote(t.Start) < 0 && d.capitalisedInside(d.low[k]) {
			all = append(all, named{t.Start, t.End, ""})
		}
	}
	if len(all) < 2 || len(all) > 4 {
		return nil
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].start < all[j].start })
	var out []speaker
	seen := map[string]bool{}
	for _, n := range all {
		if n.id == "" {
			n.id = d.namedBody(n.start, n.end)
		}
		if !seen[n.id] {
			seen[n.id] = true
			out = append(out, speaker{id: n.id, mention: mention})
		}
	}
	return out
}

// headed reports whether a word of the name of entity id is one of heads.
func (d *doc) headed(id string, heads []string) bool {
	e, ok := d.reg.Lookup(id)
	if !ok {
		return false
	}
	for _, w := range strings.Fields(lower(e.Name)) {
		if slices.Contains(heads, w) {
			return true
		}
	}
	return false
}

// definite reports whether "the", or "the two" or "both", stands before
// token k: the noun there refers to what the text named.
func (d *doc) definite(k int) bool {
	switch {
	case k > 0 && d.low[k-1] == "the":
		return true
	case k > 0 && d.low[k-1] == "both":
		return true
	case k > 1 && d.low[k-1] == "two" && d.low[k-2] == "the":
		return true
	}
	return false
}

// polities are plural nouns of states that "the" makes a reference to the
// two states the text just named as a pair: "the two countries".
var polities = map[string]bool{
	"countries": true, "nations": true, "governments": true, "capitals": true,
}

// quantifiers open the noun phrase of an unnamed source: "one resident",
// "two people", "several witnesses".
var quantifiers = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "some": true,
	"several": true, "many": true, "another": true, "other": true, "few": true, "most": true,
}

// spokesWords name one who speaks for a body.
var spokesWords = map[string]bool{
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "representative": true,
}

// joined reports whether token i is a hyphen inside a word: "34-year-old".
func (d *doc) joined(i int) bool {
	return i > 0 && i+1 < len(d.toks) && (d.toks[i].Text == "-" || d.toks[i].Text == "‑") &&
		d.toks[i-1].End == d.toks[i].Start && d.toks[i].End == d.toks[i+1].Start
}

// bodySpoken returns the body an unnamed spokesperson at rune offset p
// speaks for: the body that opens the sentence before as its subject
// ("Customs and Border Protection did not accept the offer. A spokesperson
// said"), or "".
func (d *doc) bodySpoken(p int) string {
	si := d.sentenceOf(p)
	if si < 1 {
		return ""
	}
	sent := d.sents[si-1]
	ms := d.mentionsIn(sent.Start, sent.End)
	if len(ms) == 0 || d.tokenAt(ms[0].Start) > d.tokenAt(sent.Start)+1 {
		return d.namedBody(d.subjectName(sent.Start, sent.End)) // a body the recogniser did not know: "Brindle Motors did not accept the offer. A spokesperson said"
	}
	if d.premodifier(ms[0].End) {
		return ""
	}
	if e, ok := d.reg.Lookup(ms[0].Entity); ok && e.Type == parallax.Org {
		return ms[0].Entity
	}
	return ""
}

// spokespersonBefore returns who "the spokesman" at token j is: the
// spokesperson named last in the five sentences before, outside
// quotations, as a person ("spokeswoman Dana Quill") or as the body an
// unnamed one speaks for ("A spokesman who asked not to be named said"),
// or nil.
func (d *doc) spokespersonBefore(j int) []speaker {
	si := d.sentenceOf(d.toks[j].Start)
	if si < 0 {
		return nil
	}
	lo := d.tokenAt(d.sents[max(si-5, 0)].Start)
	for i := j - 1; i >= lo; i-- {
		if !spokesWords[d.low[i]] || d.inQuote(d.toks[i].Start) >= 0 {
			continue
		}
		if ms := d.mentionsIn(d.toks[i].End, d.toks[i].End+2); len(ms) > 0 && d.isPerson(ms[0].Entity) {
			return []speaker{{id: ms[0].Entity}}
		}
		return d.unnamed(i, i, d.sents[d.sentenceOf(d.toks[i].Start)].Start)
	}
	return nil
}

// orgBefore returns the organisation named last before rune offset p in
// its sentence and the five before, outside quotations, or "": the body a
// "company spokesman" speaks for. A name no entity claims that opens a
// sentence after it is nearer, and names the body instead: "Brindle Motors
// will cut jobs. Kessler Pharma will close a lab, the firm said".
func (d *doc) orgBefore(p int) string {
	si := d.sentenceOf(p)
	if si < 0 {
		return "" // the sentence itself may name it: "Pellucid will close a plant, the company said"
	}
	ms := d.mentionsIn(d.sents[max(si-5, 0)].Start, p)
	for k := len(ms) - 1; k >= 0; k-- {
		if e, ok := d.reg.Lookup(ms[k].Entity); ok && e.Type == parallax.Org && d.inQuote(ms[k].Start) < 0 && !d.spokenOf(ms[k].Start, p) {
			if a, b := d.openingName(p); a > ms[k].Start {
				return d.namedBody(a, b)
			}
			return ms[k].Entity
		}
	}
	return ""
}

// unknownBody returns the id of the body that the name opening a sentence
// as its subject names, as openingName finds it before rune offset p, or
// "": a body the recogniser did not know ("Brindle Motors will cut 300
// jobs …. The company said").
func (d *doc) unknownBody(p int) string {
	return d.namedBody(d.openingName(p))
}

// brandBefore returns the id of the body that one capitalised word no
// entity claims names last before rune offset p, in its sentence and the
// five before, outside quotations, or "": a brand or a company the
// recogniser did not know ("users could not reach the Pellucid service
// …. The company said"). The word must stand capitalised inside a
// sentence somewhere in the text, and be no word the lexicon knows
// ("Tuesday", "Apple") unless a capital inside it marks it ("WeWork").
func (d *doc) brandBefore(p int) string {
	si := d.sentenceOf(p)
	if si < 0 {
		return ""
	}
	lo := d.tokenAt(d.sents[max(si-5, 0)].Start)
	for k := d.tokenAt(p) - 1; k >= lo; k-- {
		t := d.toks[k]
		if !d.brandWord(k) || d.inMention(t.Start) || d.inQuote(t.Start) >= 0 || !d.capitalisedInside(d.low[k]) {
			continue
		}
		return d.namedBody(t.Start, t.End)
	}
	return ""
}

// brandWord reports whether token k can be a brand's name: a capitalised
// word of three letters or more, with a capital inside or unknown to the
// lexicon, that no name word or hyphen joins to its neighbours.
func (d *doc) brandWord(k int) bool {
	w := d.toks[k].Text
	if len(w) < 3 || !isWord(w) || !startsUpper(w) || abbreviation(w) || closedWord(d.low[k]) {
		return false
	}
	for _, n := range []int{k - 1, k + 1} {
		if n >= 0 && n < len(d.toks) && (d.joined(n) || startsUpper(d.toks[n].Text) && isWord(d.toks[n].Text) && d.toks[n].Start <= d.toks[k].End+1 && d.toks[k].Start <= d.toks[n].End+1) {
			return false // part of a longer name, or of a hyphenated word
		}
	}
	inner := strings.ToLower(w[1:]) != w[1:]
	return inner || len(wordnet.Lemmas(d.low[k])) == 0
}

// capitalisedInside reports whether the lower-case word w stands
// capitalised in the text twice or more, once at least other than at the
// start of a sentence: a proper name the text is about, not a common word
// that opens a sentence.
func (d *doc) capitalisedInside(w string) bool {
	if d.capsCount == nil {
		d.capsCount = map[string]int{}
		si := 0
		for k, t := range d.toks {
			for si < len(d.sents) && d.sents[si].End <= t.Start {
				si++
			}
			if !startsUpper(t.Text) || !isWord(t.Text) {
				continue
			}
			n := d.capsCount[d.low[k]]
			if si < len(d.sents) && k > d.tokenAt(d.sents[si].Start) && isWord(d.toks[k-1].Text) {
				n |= 1 // the lowest bit: seen inside a sentence
			}
			d.capsCount[d.low[k]] = n + 2
		}
	}
	n := d.capsCount[w]
	return n&1 == 1 && n >= 4
}

// namedBody returns the id of the body the name at runes a..b names, as
// a source of the document, or "" when a is negative.
func (d *doc) namedBody(a, b int) string {
	if a < 0 {
		return ""
	}
	m := parallax.Mention{Doc: d.d.ID, Start: a, End: b, Text: string(d.rs[a:b])}
	return d.reg.Source(d.d.ID, parallax.Org, m.Text, m)
}

// openingName returns the rune span of the name that opens a sentence as
// its subject, in the sentence of rune offset p before p or in the five
// before, the nearest first, when no entity claims it: two to four
// capitalised words, after "The" or none, with a word in lower case after
// them ("Brindle Motors will cut 300 jobs"); or one such word that may
// be a brand ("Brontex will cut 300 jobs"). Else -1 offsets.
func (d *doc) openingName(p int) (int, int) {
	si := d.sentenceOf(p)
	for s := si; s >= 0 && s >= si-5; s-- {
		if a, b := d.subjectName(d.sents[s].Start, min(d.sents[s].End, p)); a >= 0 {
			return a, b
		}
	}
	return -1, -1
}

// subjectName returns the capitalised subject that opens the sentence at
// rune offset start, before end, as openingName reads it, or -1 offsets.
func (d *doc) subjectName(start, end int) (int, int) {
	i := d.tokenAt(d.pastDateline(start))
	if i < len(d.toks) && d.low[i] == "the" {
		i++
	}
	j := i
	for j < len(d.toks) && j-i <= 4 && d.toks[j].End <= end && isWord(d.toks[j].Text) && startsUpper(d.toks[j].Text) &&
		(j == i || d.toks[j].Start == d.toks[j-1].End+1) && !closedWord(d.low[j]) {
		j++
	}
	if j-i < 1 || j-i > 4 || j >= len(d.toks) || d.toks[j].End > end || !d.predicateNext(j) || j-i == 1 && !d.oneWordName(i, j) {
		return -1, -1
	}
	a, b := d.toks[i].Start, d.toks[j-1].End
	if len(d.mentionsIn(a, b)) > 0 || d.inMention(a) || d.inQuote(a) >= 0 {
		return -1, -1
	}
	return a, b
}

// oneWordName reports whether token i, one capitalised word that opens a
// sentence before token j, can be a body's name: a brand's word that an
// apposition describes ("Brontex, a maker of pumps,") or that the text
// writes capitalised inside a sentence too, not a word that opens any
// sentence ("Among", "Didn't").
func (d *doc) oneWordName(i, j int) bool {
	return d.brandWord(i) && (d.low[j] == "," || d.capitalisedInside(d.low[i]))
}

// predicateNext reports whether token j, after a name that opens a
// sentence, goes on with its predicate: a word in lower case, or a comma
// and an apposition ("Brontex, a maker of pumps, won").
func (d *doc) predicateNext(j int) bool {
	if d.low[j] == "," && j+1 < len(d.toks) {
		j++
		return d.low[j] == "a" || d.low[j] == "an" || d.low[j] == "the"
	}
	return isWord(d.toks[j].Text) && d.toks[j].Text == d.low[j]
}

// closedWord reports whether a lower-case word is a closed-class word that
// opens no name when a sentence opens with it: "On", "He", "Some".
func closedWord(w string) bool {
	return determiners[w] || pronouns[w] || quantifiers[w] || placePreps[w] || postPreps[w] || finiteWords[w] || auxWords[w]
}

// describedHead finds the noun that heads a description of a speaker
// ending before token k, past what follows it: a parenthesis set off by
// commas ("a neighbour, who asked not to be named,") or a prepositional
// phrase ("officials at the harbour", "two people familiar with the
// talks"). It returns the noun's token and the last token of the
// speaker's name, or -1.
func (d *doc) describedHead(k, from int) (int, int) {
	if hd := d.participleHead(k, from); hd >= 0 {
		return hd, hd
	}
	if c := d.parenthetical(k); c > 0 && d.toks[c].Start >= from {
		k = c
	} else if w := d.restrictive(k, from); w > 0 {
		k = w // "a spokesperson who asked not to be named said"
	}
	for p := k - 1; p > 0 && p >= k-20 && d.toks[p-1].Start >= from; p-- {
		t := d.toks[p].Text
		if !isWord(t) && t != "’" && t != "'" && !d.joined(p) {
			return -1, -1
		}
		if !postPreps[d.low[p]] && !strings.HasSuffix(d.low[p], "ing") && !d.witnessTo(p, k) {
			continue // "officials at the harbour", "relatives waiting at the gate", "witnesses to the crash"
		}
		hd := p - 1
		if sourceType(d.low[hd]) == "" {
			continue
		}
		located := !governs[d.low[hd]] && (d.low[p] == "in" || d.low[p] == "near" || d.low[p] == "outside" || strings.HasSuffix(d.low[p], "ing") && d.low[p] != "representing")
		if !located && !d.onlyPlaces(d.toks[p].Start, d.toks[d.phraseEnd(p+1, k)-1].End, governs[d.low[hd]]) || d.inMention(d.toks[hd].Start) {
			return -1, -1 // "officials at the Harbour Authority": the body speaks; "police in Brackton", "firefighters battling the Sandoval fire" speak themselves
		}
		if d.low[hd] == "people" || d.low[hd] == "person" || d.low[hd] == "sources" || d.low[hd] == "source" || spokesWords[d.low[hd]] {
			return hd, k - 1 // "people familiar with the talks", "a spokesman for the ministry"
		}
		return hd, hd
	}
	if k < len(d.toks) && k-1 >= 0 && d.toks[k-1].Start >= from && sourceType(d.low[k-1]) != "" && (d.low[k] == "," || d.low[k] == "who") {
		return k - 1, k - 1
	}
	return -1, -1
}

// witnessTo reports whether "to" at token p joins a group of people to a
// thing they saw or went to, up to token k ("witnesses to the crash",
// "visitors to the island"); not to a person they serve ("advisers to
// the mayor", whom the text makes the speaker).
func (d *doc) witnessTo(p, k int) bool {
	return d.low[p] == "to" && p > 0 && speakerKind(d.low[p-1]) == kindPeople && k-1 > p && sourceType(d.low[k-1]) == ""
}

// phraseEnd returns the token that ends the noun phrase a preposition
// governs from token i, before token k: at a participle or a relative
// pronoun that opens a phrase of its own ("the authors of the study
// published in the journal Vetta Medicine": the study, not the journal).
func (d *doc) phraseEnd(i, k int) int {
	for n := i + 1; n < k; n++ {
		if w := d.low[n]; participle(d.toks[n].Text) || w == "who" || w == "which" || w == "that" {
			return n
		}
	}
	return k
}

// describedAfter returns the unnamed source a description names from rune
// offset p, where an inverted subject or "according to" puts it: "said
// one shop owner, whose bakery …", "according to a local council
// engineer". The description must end the clause, or go on only with a
// prepositional phrase, unless it opens the clause as its subject.
func (d *doc) describedAfter(p, end int, opens bool) []speaker {
	i := d.tokenAt(p)
	e := d.tokenAt(end)
	k := i
	for k < e && (determiners[d.low[k]] || quantifiers[d.low[k]]) {
		k++
	}
	for n := 0; k < e && n < 6 && sourceType(d.low[k]) == ""; n++ {
		if !npWords(d.toks[k].Text, d.low[k]) && !d.joined(k) && !(startsUpper(d.toks[k].Text) && isWord(d.toks[k].Text)) {
			return nil
		}
		k++
	}
	if k >= e || sourceType(d.low[k]) == "" || d.inMention(d.toks[k].Start) {
		return nil
	}
	for k+1 < e && sourceType(d.low[k+1]) != "" && !d.inMention(d.toks[k+1].Start) {
		k++ // a compound: "shop owner", "council engineer"
	}
	k = d.groupOf(k, e)
	hd, last := k, k
	if n := hd + 1; n < e && isWord(d.toks[n].Text) {
		if !postPreps[d.low[n]] && !relatives[d.low[n]] && !opens {
			return nil // the noun goes on into a clause; but a relative clause tells which one: "said a diplomat who was at the talks"
		}
		if d.low[hd] == "people" || d.low[hd] == "person" || d.low[hd] == "sources" || d.low[hd] == "source" {
			last = e - 1 // "people familiar with the talks"
		}
	}
	if sp := d.spokenFor(hd, e); sp != nil {
		return sp // "said a spokesman for the ministry": the ministry
	}
	return d.unnamed(hd, last, p)
}

// spokenFor returns the body an unnamed spokesperson at token hd speaks
// for when the phrase after the noun, up to token end, names it without a
// name ("a spokesman for the ministry", "a spokeswoman at the county
// sheriff's office"): the described body speaks, as STATEMENTS.md has an
// unnamed spokesperson's words stand for those of whom they represent.
// Otherwise nil.
func (d *doc) spokenFor(hd, end int) []speaker {
	if !spokesWords[d.low[hd]] || hd+2 >= end || end > len(d.toks) {
		return nil
	}
	switch d.low[hd+1] {
	case "for", "of", "at", "from":
	default:
		return nil
	}
	b := end - 1
	for i := hd + 2; i < end; i++ {
		if !isWord(d.toks[i].Text) && !d.joined(i) && d.toks[i].Text != "’" && d.toks[i].Text != "'" {
			b = i - 1 // the phrase ends at a comma or a quotation
			break
		}
	}
	if b < hd+2 || sourceType(d.low[b]) == "" || d.inMention(d.toks[b].Start) {
		return nil
	}
	return d.unnamed(b, b, d.toks[hd+2].Start)
}

// groupOf returns the noun of the members when the noun at token k names
// a group of them ("a group of physicians": the physicians speak), else k.
func (d *doc) groupOf(k, e int) int {
	if d.low[k] != "group" && d.low[k] != "coalition" && d.low[k] != "team" || k+2 >= e || d.low[k+1] != "of" {
		return k
	}
	for i := k + 2; i < e && i <= k+4; i++ {
		if speakerKind(d.low[i]) == kindPeople {
			return i
		}
		if !npWords(d.toks[i].Text, d.low[i]) {
			break
		}
	}
	return k
}

// clauseEnd returns where the clause from rune offset p ends: at the first
// comma, semicolon, colon or dash before end, or at end.
func (d *doc) clauseEnd(p, end int) int {
	for i := d.tokenAt(p); i < len(d.toks) && d.toks[i].Start < end; i++ {
		switch d.toks[i].Text {
		case ",", ";", "—", "–", ":", "(":
			return d.toks[i].Start
		}
	}
	return end
}

// restrictive returns the token of a "who" that opens a relative clause
// running up to token k right after the noun of a described speaker ("a
// spokesperson who asked not to be named said"), or -1.
func (d *doc) restrictive(k, from int) int {
	for w := k - 1; w > 0 && w >= k-14 && d.toks[w-1].Start >= from; w-- {
		if !isWord(d.toks[w].Text) {
			return -1
		}
		if d.low[w] == "who" {
			if sourceType(d.low[w-1]) != "" && !d.inMention(d.toks[w-1].Start) {
				return w
			}
			return -1
		}
	}
	return -1
}

// participleHead returns the noun of a described speaker that opens the
// clause from rune offset from and is followed, up to the cue at token k,
// by a participle phrase or a relative clause that says which one is
// meant: "the man accused of killing a shopkeeper", "a woman injured in the
// blast", "a man who watched his brother fall". The nouns inside
// that phrase are its objects, never the speaker. It returns -1 when the
// clause opens otherwise, or the phrase holds a comma, a quotation or
// another cue.
func (d *doc) participleHead(k, from int) int {
	i := d.tokenAt(from)
	for i < k && (determiners[d.low[i]] || quantifiers[d.low[i]]) {
		i++
	}
	hd := -1
	for n := i; n < k && n < i+4; n++ {
		if sourceType(d.low[n]) != "" && !d.inMention(d.toks[n].Start) {
			hd = n
			break
		}
		if !npWords(d.toks[n].Text, d.low[n]) && !d.joined(n) && !d.openingModifier(n) {
			return -1
		}
	}
	if hd < 0 || hd+2 >= k || k-hd > 24 || !participle(d.toks[hd+1].Text) && d.low[hd+1] != "who" {
		return -1
	}
	for n := hd + 1; n < k; n++ {
		if t := d.toks[n].Text; t == "," || t == ";" || t == ":" || quoteMark(t) || n > hd+1 && len(lex.cues[d.low[n]]) > 0 {
			return -1
		}
	}
	return hd
}

// openingModifier reports whether the word at n is a common word that is
// capitalised only because it opens the sentence and no entity claims:
// "Industry analysts contacted by the Courier say".
func (d *doc) openingModifier(n int) bool {
	return d.sentenceStart(n) && npWords(d.low[n], d.low[n]) && !d.inMention(d.toks[n].Start)
}

// participle reports whether a lower-case word is a participle that can
// open a phrase after a noun: "accused", "charged", "injured", "living".
func participle(w string) bool {
	if strings.ToLower(w) != w || len(w) < 5 || auxWords[w] {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")
}

// governs names those who speak for the place they are of: "authorities
// in Beijing", "officials in Moscow".
var governs = map[string]bool{
	"authorities": true, "authority": true, "officials": true, "official": true, "government": true,
	"administration": true, "leaders": true, "leadership": true, "representatives": true, "diplomats": true,
}

// onlyPlaces reports whether every entity mentioned in runes a..b is a
// place, which locates a described speaker rather than speaking for it;
// when governing, a state or city is no mere place: its officials speak
// for it.
func (d *doc) onlyPlaces(a, b int, governing bool) bool {
	for _, m := range d.mentionsIn(a, b) {
		if e, ok := d.reg.Lookup(m.Entity); !ok || e.Type != parallax.Location && (governing || e.Type != parallax.GPE) {
			return false
		}
	}
	return true
}

// postPreps open the phrase that follows the noun of a described speaker.
var postPreps = map[string]bool{
	"at": true, "of": true, "for": true, "from": true, "in": true, "on": true, "with": true,
	"near": true, "outside": true, "familiar": true, "close": true, "briefed": true, "representing": true,
}

// pair returns the two people named last as a pair ("King and Weeks")
// outside quotations in the three sentences before rune offset p, or nil.
func (d *doc) pair(p int) []speaker {
	si := d.sentenceOf(p)
	if si < 1 {
		return nil
	}
	text := d.toks[d.tokenAt(p)].Text
	ms := d.mentionsIn(d.sents[max(si-3, 0)].Start, p)
	for k := len(ms) - 1; k > 0; k-- {
		a, b := ms[k-1], ms[k]
		if d.isPerson(a.Entity) && d.isPerson(b.Entity) && a.Entity != b.Entity && d.inQuote(a.Start) < 0 &&
			strings.TrimSpace(string(d.rs[a.End:b.Start])) == "and" {
			return []speaker{{id: a.Entity, mention: text}, {id: b.Entity, mention: text}}
		}
	}
	return nil
}

// npWords may stand in the noun phrase of an unnamed source: lower-case
// words that are no verb or preposition.
func npWords(text, low string) bool {
	if text != low || !isWord(text) || auxWords[low] || modals[low] || len(lex.cues[low]) > 0 || adjunctWords[low] && !determiners[low] {
		return false // "the teen did tell police": no noun phrase runs across a verb
	}
	switch low {
	case "and", "or", "but", "that", "who", "which", "though", "although", "while", "as", "when", "said", "says":
		return false
	}
	return true
}

// pluralSubject returns a group of speakers that a bare plural noun names
// as the subject of cue h, in the clause from rune offset from, when
// data/speakers.tsv does not list the noun: "Small island states said",
// "some fishing crews say". The noun phrase must open the clause and hold
// no name; a verb that evidence may govern ("figures suggest") and a
// belief take no such subject.
func (d *doc) pluralSubject(h hit, from int) []speaker {
	j := h.aux - 1
	if j < 0 || h.kind == kindBelief || h.kind == kindNoun || h.kind == kindAccord || lex.evidence[d.low[h.from]] {
		return nil
	}
	w := d.low[j]
	if d.toks[j].Start < from || d.toks[j].Text != w || len(w) < 4 || !plural(w) || lex.docs[w] || lex.evidence[w] || speechNouns[w] || !npWords(w, w) {
		return nil
	}
	k := j
	for k > 0 && k > j-4 && d.toks[k-1].Start >= from && npWords(d.low[k-1], d.low[k-1]) && !finiteWords[d.low[k-1]] && d.low[k-1] != "there" &&
		(d.toks[k-1].Text == d.low[k-1] || d.sentenceStart(k-1)) {
		k-- // "small island states", "some fishing crews"
	}
	if !d.opensClause(k, from) || d.inMention(d.toks[k].Start) || len(d.mentionsIn(d.toks[k].Start, d.toks[j].End)) > 0 {
		return nil
	}
	for k < j && (determiners[d.low[k]] || quantifiers[d.low[k]]) {
		k++
	}
	a, b := d.toks[k].Start, d.toks[j].End
	name := string(d.rs[a:b])
	id := d.reg.Source(d.d.ID, parallax.Org, name, parallax.Mention{Doc: d.d.ID, Start: a, End: b, Text: name})
	d.sources[id] = true
	return []speaker{{id: id, mention: name}}
}
