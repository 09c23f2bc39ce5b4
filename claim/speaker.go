package claim

import (
	"strings"
	"unicode"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/entity"
	wordnet "github.com/parallax-news/parallax/lexicon"
)

// speaker is who made a statement.
type speaker struct {
	id      string
	mention string // the words that name the speaker at that point
	forID   string // the body a named spokesperson speaks for
	// picked: an unnamed person a phrase after the noun picks out ("the
	// man accused of …", "an officer who described …"), whom news often
	// names in the sentence after
	picked bool
}

// repWords after an entity make it the body behind an unnamed speaker ("a
// State Department official") or the one a named spokesperson speaks for
// ("Kremlin spokesperson Dmitry Peskov").
var repWords = map[string]bool{
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "official": true,
	"officials": true, "source": true, "sources": true, "representative": true,
	"representatives": true, "press": true, "office": true, "ministry": true,
	"envoy": true, "ambassador": true, "diplomat": true, "diplomats": true,
}

var pronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "who": true, "which": true}

// abbreviation reports whether a word is written in capitals throughout,
// as an abbreviation is: "WHO" names an organisation, "who" and "Who" are
// pronouns.
func abbreviation(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n > 1
}

// subject finds the speakers of the cue h, whose clause starts at rune
// offset from: the entity nearest before the cue, all of a coordinated list
// ("the United States and France"), the body behind an unnamed official, a
// pronoun's antecedent, or the sides of "both sides".
func (d *doc) subject(h hit, from int) []speaker {
	if a := h.aux - 3; a >= 0 && d.toks[a].Start >= from && d.low[a] == "," && asides[d.low[a+1]] && d.low[a+2] == "," {
		h.aux = a // the subject ends before a sentence adverb set off by commas: "the mayor, however, said"
	}
	from = d.subordinateSubject(h.aux, from)
	cueStart := d.toks[h.aux].Start
	j := h.aux - 1
	if sp := d.quotedObject(h, from); sp != nil {
		return sp // "the Times quoted Ortiz as saying": Ortiz, not the Times
	}
	if sp := d.documentSubject(h, from); sp != nil {
		return sp // "the memo suggests", "the ministry's statement said"
	}
	if m, ok := d.appositionName(h, from); ok {
		return []speaker{{id: m.Entity, mention: m.Text}} // "Quint, the engineer who warned that": the name, not the description
	}
	if f := d.tokenAt(from); f+2 < h.aux && d.low[f] == "both" && (d.low[f+1] == "sides" || d.low[f+1] == "parties") {
		if sp := d.sides(d.toks[f+1].End, cueStart); sp != nil {
			return sp // "Both sides — the union and the board — said"
		}
	}
	if d.low[h.aux] == "both" && (j < 0 || d.toks[j].Start < from) {
		return d.pair(cueStart) // "Both said": "both" stands among the cue's adverbs
	}
	if sp := d.andName(h.aux, from); sp != nil {
		return sp // "he and his wife Kali said": each of the two
	}
	if j >= 0 && d.toks[j].Start >= from {
		switch w := d.low[j]; {
		case pronouns[w]:
			return d.pronoun(w, j)
		case w == "sides" || w == "parties":
			if j > 0 && (d.low[j-1] == "both" || d.low[j-1] == "two") {
				return d.sides(d.toks[j].Start, cueStart)
			}
		case j > 0 && (d.low[j-1] == "both" || d.low[j-1] == "two" && j > 1 && d.low[j-2] == "the") && speakerKind(w) == kindPeople:
			if sp := d.pair(d.toks[j].Start); sp != nil {
				return sp // "Both said", "the two men said": the last two people named
			}
		case sourceType(w) != "":
			if hd, _ := d.describedHead(h.aux, from); hd >= 0 && hd < j {
				break // the noun's phrase says which one: "teachers at the school said"
			}
			if plainPersons[w] && j > 0 && d.low[j-1] == "the" && d.toks[j-1].Start >= from {
				if sp := d.plainPerson(d.toks[j-1].Start, w); sp != nil {
					return relabel(sp, string(d.rs[d.toks[j-1].Start:d.toks[j].End])) // "A hunter ate a hare …. The man told doctors": the hunter
				}
			}
			if sp := d.unnamed(j, j, from); sp != nil {
				return append(d.describedAnd(j, from), sp...) // "officials and witnesses said": both
			}
		}
	}
	if sp := d.titledOf(d.mentionsIn(from, cueStart), from, cueStart); sp != nil {
		return sp // "Ben Holt, head of the Arlow Port Trust said": Holt, for the trust
	}
	if hd := d.participleHead(h.aux, from); hd >= 0 {
		return pickedOut(d.unnamed(hd, hd, from)) // "the man accused of killing a shopkeeper told"
	}
	if hd, last := d.describedHead(h.aux, from); hd >= 0 {
		if sp := d.spokenFor(hd, last+1); sp != nil {
			return sp // "a spokesman for the ministry said": the ministry
		}
		if sp := d.unnamed(hd, last, from); sp != nil {
			if d.definiteParticiple(hd, h.aux) {
				return pickedOut(sp) // "The mother of a girl killed by a stray bullet said"
			}
			return sp // "officials at the harbour said", "a neighbour, who asked not to be named, said"
		}
	}
	var kept []entity.Resolved
	var rep []entity.Resolved // entities before a spokesperson word
	ra, rb := d.relativeClause(from, cueStart)
	aa, ab := d.appositive(from, cueStart)
	cq := d.inQuote(cueStart)
	for _, m := range d.mentionsIn(from, cueStart) {
		if m.End > cueStart || m.Start >= ra && m.End <= rb || m.Start >= aa && m.End <= ab {
			continue
		}
		if q := d.inQuote(m.Start); q >= 0 && q != cq {
			continue // a name in someone's quoted words: "“… Greece has …,” said a report"
		}
		switch next := d.nextWord(m.End); {
		case repWords[next] || d.repAfter(m.End, cueStart) || d.staffAfter(m, cueStart):
			rep = append(rep, m)
		case d.modifies(m.End, cueStart):
		default:
			kept = append(kept, m)
		}
	}
	if n := len(kept); n > 1 && !d.isPerson(kept[n-1].Entity) && d.isPerson(kept[n-2].Entity) && d.ofGlue(kept[n-2].End, kept[n-1].Start) {
		per := kept[n-2] // "Dr. Joneigh Khaldun of the Michigan Department of Health says"
		return []speaker{{id: per.Entity, mention: d.mentionText(from, cueStart, per), forID: kept[n-1].Entity}}
	}
	kept = d.ungoverned(kept) // "Holt, speaking to Tarrow, said": Tarrow listens
	if n := len(kept); n > 0 && len(rep) > 0 && rep[len(rep)-1].End < kept[n-1].Start && d.located(kept[n-1]) {
		kept = kept[:n-1] // "a United Nations official in Gaza said": the body speaks, not where its official is
	}
	if sp, at := d.bareName(from, cueStart); at >= 0 && (len(kept) == 0 || kept[len(kept)-1].End <= at || sp.forID == kept[len(kept)-1].Entity) {
		return []speaker{sp} // a person no entity claims: "Thomas Zurbuchen, NASA's associate administrator, said"
	}
	if len(kept) == 0 {
		if sp := d.namedAfterNoun(from, cueStart); sp != nil {
			return sp // "Her father, Samir, said"
		}
		if len(rep) == 0 {
			return d.pluralSubject(h, from) // "small island states said"
		}
		m := rep[len(rep)-1]
		return []speaker{{id: m.Entity, mention: d.mentionText(from, cueStart, m)}}
	}
	last := kept[len(kept)-1]
	group := []entity.Resolved{last}
	for k := len(kept) - 2; k >= 0; k-- {
		if !d.listGlue(kept[k].End, group[0].Start) {
			break
		}
		group = append([]entity.Resolved{kept[k]}, group...)
	}
	if len(group) > 1 && !strings.Contains(" "+string(d.rs[group[len(group)-2].End:last.Start])+" ", " and ") {
		group = group[len(group)-1:] // a list ends in "and": "Turkey, Lavrov" is none
	}
	tail := cueStart
	if aa < ab && last.End <= aa {
		tail = aa // the list ends before its apposition
	}
	if len(group) > 1 && !d.listGlue(group[len(group)-1].End, tail) {
		group = group[len(group)-1:]
	}
	var forID string
	if len(rep) > 0 && rep[len(rep)-1].End <= last.Start && d.isPerson(last.Entity) {
		forID = rep[len(rep)-1].Entity
	}
	if aa < ab && last.End <= aa && d.isPerson(last.Entity) {
		if id := d.representedIn(aa, ab); id != "" {
			forID = id // "Dana Quill, a spokeswoman for the trust, said"
		}
	}
	var out []speaker
	for _, m := range group {
		out = append(out, speaker{id: m.Entity, mention: d.mentionText(from, cueStart, m), forID: forID})
	}
	return out
}

// definiteParticiple reports whether the head noun at token hd, of one
// person after "the", has a participle phrase in its description before
// token k: "the mother of a girl killed by a stray bullet", a person the
// text may name next.
func (d *doc) definiteParticiple(hd, k int) bool {
	if hd < 1 || d.low[hd-1] != "the" || speakerKind(d.low[hd]) != kindPerson {
		return false
	}
	for n := hd + 1; n < k; n++ {
		if participle(d.toks[n].Text) {
			return true
		}
	}
	return false
}

// describedAnd returns the first of two described speakers joined by
// "and" whose second one's noun is token j, in the clause from rune
// offset from: the officials of "officials and witnesses said", the police
// of "Police and witnesses said"; or nil.
func (d *doc) describedAnd(j, from int) []speaker {
	k := j
	for k > 0 && j-k < 3 && d.toks[k-1].Start >= from && isLowerWord(d.toks[k-1].Text) && d.low[k-1] != "and" && !closedWord(d.low[k-1]) {
		k-- // "and local residents"
	}
	if k < 2 || d.low[k-1] != "and" || d.toks[k-2].Start < from {
		return nil
	}
	n := k - 2
	for _, m := range d.mentionsIn(max(from, d.toks[n].Start-60), d.toks[n].End) {
		if m.End == d.toks[n].End {
			return []speaker{{id: m.Entity, mention: m.Text}}
		}
	}
	if speakerKind(d.low[n]) != kindPeople && speakerKind(d.low[n]) != kindBody || d.inMention(d.toks[n].Start) {
		return nil
	}
	return d.unnamed(n, n, from)
}

// subordinateSubject returns where the subject of the cue at token cue
// starts when a subordinator opens the cue's clause after rune offset
// from: "riots spread across Greece after witnesses claimed" has the
// witnesses speak, not Greece. The clause must run straight to the cue,
// with no comma, and open with no participle ("after meeting Baird,"); else
// it returns from.
func (d *doc) subordinateSubject(cue, from int) int {
	for k := cue - 1; k > 0 && k >= cue-7 && d.toks[k-1].Start >= from; k-- {
		t := d.toks[k].Text
		if !isWord(t) && t != "’" && t != "'" && t != "." {
			return from
		}
		w := d.low[k-1]
		if !subordinators[w] || w == "as" && k > 1 && (d.low[k-2] == "well" || d.low[k-2] == "such") {
			continue
		}
		if strings.HasSuffix(d.low[k], "ing") || d.low[k] == "of" || k == cue || d.inQuote(d.toks[k].Start) >= 0 || d.relativeBefore(k-1, from) {
			return from // "because of agency policy", "a spokesperson who declined to be named because …"
		}
		return d.toks[k].Start
	}
	return from
}

// relativeBefore reports whether a relative pronoun stands between rune
// offset from and token k.
func (d *doc) relativeBefore(k, from int) bool {
	for i := k - 1; i >= 0 && d.toks[i].Start >= from; i-- {
		if relatives[d.low[i]] {
			return true
		}
	}
	return false
}

// located reports whether mention m is a place that a preposition of
// place governs: "in Gaza", "near the border".
func (d *doc) located(m entity.Resolved) bool {
	e, ok := d.reg.Lookup(m.Entity)
	i := d.tokenAt(m.Start) - 1
	for i > 0 && determiners[d.low[i]] {
		i--
	}
	return ok && e.Type != parallax.Person && e.Type != parallax.Org && i >= 0 && placePreps[d.low[i]]
}

// asides are the sentence adverbs that commas set off between a subject
// and its verb.
var asides = map[string]bool{
	"however": true, "meanwhile": true, "though": true, "too": true, "instead": true, "likewise": true,
	"similarly": true, "nonetheless": true, "nevertheless": true, "separately": true, "also": true,
	"moreover": true, "indeed": true, "still": true, "yet": true, "now": true, "then": true,
}

// quoters are the verbs whose object is the speaker of an "as saying"
// after it: "the Times quoted Ortiz as saying", "citing an aide as
// saying".
var quoters = map[string]bool{"quoted": true, "quotes": true, "quoting": true, "quote": true, "cited": true, "cites": true, "citing": true, "cite": true}

// quotedObject returns the speaker of the cue h when it is "as saying"
// after a verb of quoting and its object, in the clause from rune offset
// from: the person or body the object names, or the unnamed source its
// noun describes. Else nil.
func (d *doc) quotedObject(h hit, from int) []speaker {
	as := h.from - 1
	if as < 2 || d.low[as] != "as" || !strings.HasSuffix(d.low[h.from], "ing") {
		return nil
	}
	for q := as - 2; q >= 0 && q >= as-8 && d.toks[q].Start >= from; q-- {
		if !quoters[d.low[q]] {
			continue
		}
		a, b := d.toks[q].End, d.toks[as].Start
		if ms := d.mentionsIn(a, b); len(ms) > 0 && ms[len(ms)-1].End <= b {
			m := ms[len(ms)-1]
			return []speaker{{id: m.Entity, mention: m.Text}}
		}
		if sourceType(d.low[as-1]) != "" {
			return d.unnamed(as-1, as-1, a)
		}
		return nil
	}
	return nil
}

// bareName finds the subject of a cue starting at rune offset cueStart
// when it is a person's name that no entity claims: a given name and one to
// three capitalised words after it, right before the cue or before an
// apposition set off by commas ("Thomas Zurbuchen, NASA's associate
// administrator, said"). It returns the speaker and where the name starts,
// or -1.
func (d *doc) bareName(from, cueStart int) (speaker, int) {
	i := d.tokenAt(cueStart) - 1
	for i > 0 && d.toks[i].Start >= from && (weekday(d.low[i]) || adjunctWords[d.low[i]] && d.toks[i].Text == d.low[i]) {
		i-- // "Mark Hutson on Monday said"
	}
	forID := ""
	if ms := d.mentionsIn(from, cueStart); len(ms) > 0 && i > 1 && ms[len(ms)-1].End == d.toks[i].End {
		m := ms[len(ms)-1]
		if k := d.tokenAt(m.Start) - 1; k > 0 && d.low[k] == "of" && !d.isPerson(m.Entity) {
			i, forID = k-1, m.Entity // "Professor Ewan Blake of Norcastle University said"
		}
	}
	if i > 0 && d.low[i] == "," {
		k := i - 1
		for k > 0 && i-k < 40 && d.low[k] != "," && d.toks[k].Start >= from {
			k--
		}
		if d.low[k] != "," || k+1 >= i || !d.describes(k+1, i) {
			return speaker{}, -1
		}
		i = k - 1
	}
	if i < 1 {
		return speaker{}, -1
	}
	j := i - 1
	for j > 0 && j > i-3 && d.toks[j].Start > from && d.nameEnd(j, d.toks[i].End) != i+1 {
		j--
	}
	if d.toks[j].Start < from || d.nameEnd(j, d.toks[i].End) != i+1 || d.inQuote(d.toks[j].Start) >= 0 {
		return speaker{}, -1
	}
	a, b := d.toks[j].Start, d.toks[i].End
	name := string(d.rs[a:b])
	m := parallax.Mention{Doc: d.d.ID, Start: a, End: b, Text: name}
	return speaker{id: d.reg.Source(d.d.ID, parallax.Person, name, m), mention: name, forID: forID}, a
}

// namedAfterNoun returns the person a name set off by commas right before
// rune offset cueStart names, when a noun of a person stands before it in
// the clause from rune offset from: "Her father, Samir, said", "The
// victim's sister, Lena Marsh, told reporters". Else nil.
func (d *doc) namedAfterNoun(from, cueStart int) []speaker {
	c := d.tokenAt(cueStart) - 1
	if c < 3 || d.low[c] != "," {
		return nil
	}
	n := c - 1
	for n > 0 && c-n < 3 && startsUpper(d.toks[n-1].Text) && isWord(d.toks[n-1].Text) {
		n--
	}
	if !startsUpper(d.toks[n].Text) || !isWord(d.toks[n].Text) || closedWord(d.low[n]) || n < 2 || d.low[n-1] != "," ||
		d.toks[n-2].Start < from || speakerKind(d.low[n-2]) != kindPerson || d.inQuote(d.toks[n].Start) >= 0 {
		return nil
	}
	a, b := d.toks[n].Start, d.toks[c-1].End
	name := string(d.rs[a:b])
	m := parallax.Mention{Doc: d.d.ID, Start: a, End: b, Text: name}
	return []speaker{{id: d.reg.Source(d.d.ID, parallax.Person, name, m), mention: name}}
}

// governed reports whether mention m is the object of a preposition or
// of a participle ("told it to Tarrow", "with Baird", "owned by Baird",
// "after meeting Baird"): a listener, a companion or an agent, never the
// subject of a verb. A preposition after the noun of a described speaker
// or of a document ties it to the body behind it ("officials at the
// port", "a spokesman for the ministry", "people close to the talks", "a
// letter from the council"): that mention is not governed.
func (d *doc) governed(m entity.Resolved) bool {
	i := d.tokenAt(m.Start) - 1
	for i >= 0 && (d.low[i] == "the" || d.low[i] == "a" || d.low[i] == "an") {
		i--
	}
	if i < 0 {
		return false
	}
	w := d.low[i]
	if objectPreps[w] {
		if i == 0 {
			return true
		}
		v := d.low[i-1]
		return sourceType(v) == "" && !repWords[v] && !postPreps[v] && !documentNouns[v]
	}
	return d.toks[i].Text == w && len(w) > 5 && strings.HasSuffix(w, "ing") && !adjunctWords[w]
}

// objectPreps govern the name after them as an object: it does not speak.
// "Of", "at" and "from" are left out: "the president of Kardonia said",
// "Holt at the ferry line said" let the body speak.
var objectPreps = map[string]bool{
	"to": true, "with": true, "by": true, "for": true, "against": true, "about": true,
	"into": true, "toward": true, "towards": true, "than": true, "like": true, "without": true,
	"despite": true, "amid": true, "among": true, "between": true, "over": true, "in": true,
	"on": true, "during": true, "under": true, "upon": true, "via": true, "alongside": true,
	"beside": true, "behind": true,
}

// documentNouns name what a body issues: "a statement by the ministry said".
var documentNouns = map[string]bool{
	"statement": true, "statements": true, "report": true, "reports": true, "letter": true,
	"release": true, "filing": true, "email": true, "transcript": true, "post": true,
	"tweet": true, "message": true, "note": true, "video": true,
}

// ungoverned drops from mentions, in text order, those governed by a
// preposition or a participle, and the names listed with them ("with
// Tarrow and Baird").
func (d *doc) ungoverned(ms []entity.Resolved) []entity.Resolved {
	var out []entity.Resolved
	prev := false
	for k, m := range ms {
		g := d.governed(m) || prev && d.andGlue(ms[k-1].End, m.Start)
		if !g {
			out = append(out, m)
		}
		prev = g
	}
	return out
}

// andGlue reports whether runes a..b join two names with "and" or "or".
func (d *doc) andGlue(a, b int) bool {
	glue := strings.TrimSpace(lower(string(d.rs[a:b])))
	if age, rest, ok := strings.Cut(strings.TrimPrefix(glue, ", "), ", "); ok && age != "" && len(age) <= 3 && !strings.ContainsFunc(age, notDigit) {
		glue = rest // an age set off after the first name: "Anna Voss, 34, and Peter Reinholt"
	}
	switch strings.TrimSpace(strings.TrimPrefix(glue, ",")) {
	case "and", "or", "and the", "or the":
		return true
	}
	return false
}

// inMention reports whether rune offset p lies inside a body mention.
func (d *doc) inMention(p int) bool {
	ms := d.mentionsIn(max(p-80, 0), p+1)
	for _, m := range ms {
		if m.Start <= p && p < m.End {
			return true
		}
	}
	return false
}

// relativeClause returns the rune span of a relative clause set off by
// commas between a subject and its cue ("Turkey, which backs Azerbaijan,
// has called for"), whose names are not the subject; or an empty span.
func (d *doc) relativeClause(from, cueStart int) (int, int) {
	seg := string(d.rs[from:cueStart])
	end := strings.LastIndex(strings.TrimRight(seg, " "), ",")
	if end < 0 {
		return 0, 0
	}
	start := -1
	for _, w := range []string{", which ", ", who ", ", whose "} {
		if k := strings.LastIndex(seg[:end], w); k > start {
			start = k
		}
	}
	if start < 0 {
		return 0, 0
	}
	return from + len([]rune(seg[:start])), from + len([]rune(seg[:end]))
}

// appositive returns the rune span of an apposition set off by commas
// between a name and its cue ("Ivo Brack, a lecturer at the University of
// Arlow, said", "Holt, Tarrow and Baird, all members of the board,
// said"), whose names are not the subject; or an empty span. The
// apposition describes: it opens with no name (", Tarrow and Baird," goes
// on with a list) and holds no speech, quotation or clause boundary.
func (d *doc) appositive(from, cueStart int) (int, int) {
	c := d.tokenAt(cueStart) - 1
	if c < 1 || d.low[c] != "," {
		return 0, 0
	}
	for _, m := range d.mentionsIn(from, cueStart) {
		k := d.tokenAt(m.End)
		if k+1 >= c || d.low[k] != "," || d.governed(m) {
			continue
		}
		if d.describes(k+1, c) {
			return d.toks[k].Start, d.toks[c].End
		}
	}
	return 0, 0
}

// describes reports whether tokens a..b can be an apposition: words, a few
// commas, no name first unless it modifies the noun after it ("NASA's
// associate administrator", "Kremlin spokesperson"), no quotation, clause
// boundary or cue of speech.
func (d *doc) describes(a, b int) bool {
	if b-a > 40 || d.sentenceOf(d.toks[a].Start) != d.sentenceOf(d.toks[b].Start) {
		return false
	}
	if ms := d.mentionsIn(d.toks[a].Start, d.toks[a].End); len(ms) > 0 && !d.premodifier(ms[0].End) {
		return false
	}
	for i := a; i < b; i++ {
		if t := d.toks[i].Text; t == ";" || t == ":" || t == "—" || t == "–" || quoteMark(t) {
			return false
		}
	}
	return len(d.hits(a, b)) == 0
}

// representedIn returns the body a spokesperson or official stands for in
// runes a..b ("a spokeswoman for the Arlow Harbour Trust"), or "".
func (d *doc) representedIn(a, b int) string {
	rep := false
	for i := d.tokenAt(a); i < len(d.toks) && d.toks[i].End <= b; i++ {
		if repWords[d.low[i]] {
			rep = true
		}
	}
	if !rep {
		return ""
	}
	ms := d.mentionsIn(a, b)
	for k := len(ms) - 1; k >= 0; k-- {
		if e, ok := d.reg.Lookup(ms[k].Entity); ok && e.Type == parallax.Org {
			return ms[k].Entity
		}
	}
	return ""
}

// nextWord returns the lower-cased word right after rune offset p, past a
// possessive "’s" ("Lavrov’s spokesperson").
func (d *doc) nextWord(p int) string {
	i := d.tokenAt(p)
	if i+2 < len(d.toks) && (d.toks[i].Text == "’" || d.toks[i].Text == "'") && d.low[i+1] == "s" {
		i += 2
	}
	if i < len(d.toks) && isWord(d.toks[i].Text) {
		return d.low[i]
	}
	return ""
}

// repAfter reports whether the mention ending at p owns, through a
// possessive, the body that speaks: "Kardonia's defence ministry", "the
// council's chief monitor".
func (d *doc) repAfter(p, limit int) bool {
	i := d.tokenAt(p)
	if i+2 >= len(d.toks) || d.toks[i].Text != "’" && d.toks[i].Text != "'" || d.low[i+1] != "s" {
		return false
	}
	for k := i + 2; k < len(d.toks) && k < i+5 && d.toks[k].Start < limit; k++ {
		if repWords[d.low[k]] {
			return true
		}
		if !isWord(d.toks[k].Text) {
			return false
		}
	}
	return false
}

// staffAfter reports whether mention m, of a body or a place, modifies the
// noun of people that ends the subject before the cue at rune offset
// limit: "HP executives said", "Hamas leaders have warned". The people
// speak for the body, as an unnamed spokesperson does.
func (d *doc) staffAfter(m entity.Resolved, limit int) bool {
	i := d.tokenAt(m.End)
	if d.isPerson(m.Entity) || i >= len(d.toks) || d.toks[i].Start >= limit || !isWord(d.toks[i].Text) {
		return false
	}
	k := speakerKind(d.low[i])
	return (k == kindPerson || k == kindPeople) && d.toks[i].Text == d.low[i] && d.onlyAux(d.toks[i].End, limit)
}

// modifies reports whether the mention ending at p modifies a noun after it
// ("NATO member states", "Turkey’s President", "Putin spokesman").
// Words at or after limit belong to the cue and modify nothing.
func (d *doc) modifies(p, limit int) bool {
	i := d.tokenAt(p)
	if i >= len(d.toks) || d.toks[i].Start >= limit || d.toks[i].Start != p && d.toks[i].Start != p+1 {
		return false
	}
	t := d.toks[i].Text
	if t == "’" || t == "'" {
		return true
	}
	if !isWord(t) || d.onlyAdjuncts(p, limit) {
		return false // "Hutson on Monday said", "Hastings this morning announced"
	}
	switch d.low[i] {
	case "and", "or", "who", "which", "that", "also", "only", "has", "have", "had", "will", "would", "later", "earlier",
		"of", "at", "from": // "Khaldun of the Department of Health says"
		return false
	}
	if _, ok := lex.cues[d.low[i]]; ok {
		return false
	}
	return !strings.HasSuffix(d.low[i], "ed") && !strings.HasSuffix(d.low[i], "ly")
}

// premodifier reports whether the mention ending at p stands before a
// possessive or a word that makes it describe someone else: "Putin’s
// spokesman", "Kremlin spokesperson", "NATO member states".
func (d *doc) premodifier(p int) bool {
	i := d.tokenAt(p)
	if i < len(d.toks) && (d.toks[i].Text == "’" || d.toks[i].Text == "'") {
		return true
	}
	w := d.nextWord(p)
	return repWords[w] || w == "member" || w == "members"
}

// spokesTitle reports whether a speaker's words name a spokesperson.
func spokesTitle(mention string) bool {
	for _, w := range strings.Fields(lower(mention)) {
		switch w {
		case "spokesman", "spokeswoman", "spokesperson":
			return true
		}
	}
	return false
}

// spokespeople gives a named spokesperson without a body beside the name
// the body that spoke just before, in the same or the previous paragraph:
// "Kardonia's defence ministry denied …. Spokesman Tomas Ferreira said".
// The statements are in text order.
func (d *doc) spokespeople() {
	for i := range d.stmts {
		for k := range d.stmts[i].speakers {
			sp := &d.stmts[i].speakers[k]
			if sp.forID == "" && d.isPerson(sp.id) && spokesTitle(sp.mention) {
				sp.forID = d.bodyBefore(i)
			}
		}
	}
}

// bodyBefore returns the speaker of the statement before statement i when
// it is no person and stands in the same or the previous paragraph.
func (d *doc) bodyBefore(i int) string {
	para := d.paraOf(d.stmts[i].start)
	for k := i - 1; k >= 0; k-- {
		s := d.stmts[k]
		if d.paraOf(s.start) < para-1 {
			return ""
		}
		if id := s.speakers[0].id; !d.isPerson(id) {
			return id
		}
		if s.speakers[0].id != d.stmts[i].speakers[0].id {
			return ""
		}
	}
	return ""
}

// titledOf returns the person named first in mentions kept whose title,
// set off by a comma the text does not close, runs on into the names of
// the body it holds it in up to rune offset cueStart: "Ben Holt, head of
// the Arlow Port Trust said", "Ben Holt, controller of BBC Drama said".
// Else nil.
func (d *doc) titledOf(kept []entity.Resolved, from, cueStart int) []speaker {
	if len(kept) < 2 || d.inQuote(kept[0].Start) >= 0 {
		return nil
	}
	per, body, last := kept[0], kept[1], kept[len(kept)-1]
	if !d.isPerson(per.Entity) || last.End != d.toks[d.tokenAt(cueStart)-1].End {
		return nil
	}
	for k := 2; k < len(kept); k++ {
		if strings.TrimSpace(string(d.rs[kept[k-1].End:kept[k].Start])) != "" {
			return nil // the bodies' names run on as one: "BBC Drama"
		}
	}
	glue := strings.Fields(lower(string(d.rs[per.End:body.Start])))
	n := len(glue)
	if n > 1 && glue[n-1] == "the" {
		n--
	}
	if n < 3 || n > 5 || glue[0] != "," || !ofWords[glue[n-1]] {
		return nil
	}
	for _, w := range glue[1 : n-1] {
		if !isLowerWord(w) || closedWord(w) || wordnet.Is(w, wordnet.Verb) && !wordnet.Is(w, wordnet.Noun) {
			return nil // a title is nouns: "head", "deputy director"
		}
	}
	sp := speaker{id: per.Entity, mention: d.mentionText(from, cueStart, per)}
	if !d.isPerson(last.Entity) {
		sp.forID = last.Entity
	}
	return []speaker{sp}
}

// ofWords tie a title to the body its holder serves.
var ofWords = map[string]bool{"of": true, "at": true, "for": true}

// ofGlue reports whether the text between rune offsets a and b ties a
// person to the body they belong to: " of the ", " at ", " from ".
func (d *doc) ofGlue(a, b int) bool {
	switch strings.TrimSpace(lower(string(d.rs[a:b]))) {
	case "of", "of the", "at", "at the", "from", "from the", "with", "with the":
		return true
	}
	return false
}

// listGlue reports whether the text between rune offsets a and b holds
// only commas, "and", "the" and titles: the glue of a list of names.
func (d *doc) listGlue(a, b int) bool {
	if a > b {
		return false
	}
	for _, w := range strings.Fields(strings.ReplaceAll(string(d.rs[a:b]), ",", " , ")) {
		switch w = lower(w); w {
		case ",", "and", "the", "in", "of", "from":
		default:
			if !personTitles[strings.TrimSuffix(w, ".")] {
				return false // a title may open the next name: "Senator Elena Wren and Representative Ana Ortiz"
			}
		}
	}
	return true
}

// ageBetween reports whether runes a..b hold only an age set off by
// commas: "Corwin Pell, 34, who denied …" is Pell.
func (d *doc) ageBetween(a, b int) bool {
	between := string(d.rs[a:b])
	age := strings.Trim(between, " ,")
	if strings.Count(between, ",") != 2 || age == "" || len(age) > 3 {
		return false
	}
	return !strings.ContainsFunc(age, notDigit)
}

func notDigit(r rune) bool { return r < '0' || r > '9' }

// mentionText returns the words that name the speaker: the noun phrase from
// the clause start (or the last comma) to the cue, when it is short, else
// the mention itself.
func (d *doc) mentionText(from, cueStart int, m entity.Resolved) string {
	a := from
	seg := string(d.rs[from:cueStart])
	trimmed := strings.TrimRight(seg, " ,")
	for _, sep := range []string{",", " — ", " – ", " - ", ": ", ") "} {
		if k := strings.LastIndex(trimmed, sep); k >= 0 && from+len([]rune(seg[:k+len(sep)])) > a {
			a = from + len([]rune(seg[:k+len(sep)])) // after a clause or a dateline ("YEREVAN — ")
		}
	}
	if a > m.Start {
		return m.Text
	}
	end := cueStart
	if !d.onlyAux(m.End, cueStart) && !d.repAfter(m.End, cueStart) {
		end = m.End // "The Armenian government has decried …, accusing"
	}
	s := strings.Trim(strings.TrimSpace(string(d.rs[a:end])), ", ")
	if wordCount(s) > 10 || s == "" {
		return m.Text
	}
	ws := strings.Fields(s)
	for len(ws) > 1 && (subordinators[lower(ws[0])] || lower(ws[0]) == "and" || lower(ws[0]) == "but") {
		ws = ws[1:] // "after Kardonia said": the clause opener is not the name
	}
	for len(ws) > 1 && auxWords[lower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	return strings.Join(ws, " ")
}

// onlyAux reports whether rune offsets a..b hold only auxiliaries, adverbs
// of the cue and list glue.
func (d *doc) onlyAux(a, b int) bool {
	for _, w := range strings.Fields(strings.ReplaceAll(string(d.rs[a:b]), ",", " ")) {
		if !auxWords[lower(w)] && lower(w) != "and" {
			return false
		}
	}
	return true
}

func (d *doc) isPerson(id string) bool {
	e, ok := d.reg.Lookup(id)
	return ok && e.Type == parallax.Person
}

// pronoun resolves a pronoun subject at token j: "who" and "which" to the
// entity just before them; "he", "she", "it" and "they" to the speaker of
// the statement in the sentence before when it fits, else to the subject
// of the sentence before, else to the speaker of a recent statement; a
// name in an object's place ("with Baird") only when nothing else fits.
// "He" and "she" learn a person's gender so that neither later goes to
// someone the other named.
func (d *doc) pronoun(w string, j int) (out []speaker) {
	p := d.toks[j].Start
	text := d.toks[j].Text
	if w == "who" || w == "which" {
		before := d.mentionsIn(0, p)
		for k := len(before) - 1; k >= 0; k-- {
			m := before[k]
			if m.End <= p && (d.listGlue(m.End, p) || d.ageBetween(m.End, p)) {
				return []speaker{{id: m.Entity, mention: m.Text}}
			}
			if m.End <= p {
				break
			}
		}
		return d.relativeHead(j)
	}
	fits := func(id string) bool {
		person := d.isPerson(id)
		if w == "he" || w == "she" {
			g, known := d.gender[id]
			if !known {
				g, known = d.seeded[id]
			}
			return person && (!known || g == w)
		}
		return !person || w == "they"
	}
	defer func() {
		if (w == "he" || w == "she") && len(out) == 1 {
			d.gender[out[0].id] = w
		}
	}()
	si := d.sentenceOf(p)
	if w != "they" && si >= 0 {
		if m, ok := d.personEarlierIn(si, p, fits, false); ok {
			out = []speaker{{id: m.Entity, mention: text}}
			return out // "When Ghani announced the exchange, he said …", "The trust faces a bill it says …"
		}
	}
	before := p
	if d.trailingComma(p) >= 0 {
		before = d.sents[si].Start // the statements inside the words reported are no antecedent
	}
	last, ok := d.lastBefore(before)
	lastFits := ok && fits(last.speakers[0].id)
	if w == "they" {
		lastFits = ok && (len(last.speakers) > 1 || !d.isPerson(last.speakers[0].id)) // "Arlow Police say …. They say"
	}
	if lastFits && d.statementSentence(last) >= si-1 {
		out = relabel(last.speakers, text) // the sentence before was the statement
		return out
	}
	if w != "they" && si > 0 {
		if sp := d.reporter(si-1, fits); sp != nil {
			out = relabel(sp, text) // the sentence before reports speech not read yet: quotations are read first
			return out
		}
	}
	recent := lastFits && d.paraOf(last.start) >= d.paraOf(p)-1
	if out = d.subjectBefore(si, w, text, fits, false); out != nil {
		return out
	}
	if w == "they" && si > 0 {
		if sp := d.groupOpens(si - 1); sp != nil {
			out = relabel(sp, text) // "Investigators reached the site on Friday. They said …"
			return out
		}
	}
	if w == "they" && ok {
		if sp := d.lastTwo(last, si); sp != nil {
			out = relabel(sp, text) // "Voss said …. Reinholt said …. They said": both
			return out
		}
	}
	if recent {
		out = relabel(last.speakers, text)
		return out
	}
	if w == "they" && ok && d.singularThey(last, si) {
		out = relabel(last.speakers, text) // "Kym Lino, a spokesperson, confirmed that …. “…,” they said."
		return out
	}
	// Only a name in an object's place fits: "Marsh drove to the depot
	// with Wren. He said …"
	if (w == "he" || w == "she") && si >= 0 {
		if m, ok := d.personEarlierIn(si, p, fits, true); ok {
			out = []speaker{{id: m.Entity, mention: text}}
			return out
		}
	}
	out = d.subjectBefore(si, w, text, fits, true)
	if out == nil && (w == "he" || w == "she") && si >= 0 {
		out = d.describedPerson(si, p, w) // "A woman was hurt in the blast. She said …"
	}
	return out
}

// describedPerson returns the unnamed person a "he" or "she" at rune
// offset p in sentence si stands for when no named person fits: the first
// noun of one person (data/speakers.tsv) in the sentence before, else
// before p in the same sentence, outside names and quotations, whose
// gender, where the noun says it, is the pronoun's ("a woman", "one
// mother", "a witness"); or nil.
func (d *doc) describedPerson(si, p int, w string) []speaker {
	for _, s := range []int{si - 1, si} {
		if s < 0 {
			continue
		}
		end := min(d.sents[s].End, p)
		for k := d.tokenAt(d.sents[s].Start); k < len(d.toks) && d.toks[k].End <= end; k++ {
			n := d.low[k]
			if speakerKind(n) != kindPerson || d.toks[k].Text != n || d.inMention(d.toks[k].Start) || d.inQuote(d.toks[k].Start) >= 0 || d.spokenOf(d.toks[k].Start, p) {
				continue
			}
			if g := genderedNouns[n]; g != "" && g != w {
				continue
			}
			from := d.toks[k].Start
			if k > 0 && (determiners[d.low[k-1]] || quantifiers[d.low[k-1]]) {
				from = d.toks[k-1].Start // the noun and its determiner alone: "a witness", not "Police interviewed a witness"
			}
			if sp := d.unnamed(k, k, from); len(sp) == 1 && d.isPerson(sp[0].id) {
				return relabel(sp, d.toks[d.tokenAt(p)].Text)
			}
		}
	}
	return nil
}

// singularThey reports whether "they" in sentence si can stand for the
// one person who made statement last, in that sentence or the one before:
// no pair or group is named there, and no "he" or "she", honorific or given
// name says the person's gender.
func (d *doc) singularThey(last stmt, si int) bool {
	if len(last.speakers) != 1 || d.statementSentence(last) < si-1 {
		return false
	}
	id := last.speakers[0].id
	return d.isPerson(id) && !d.sources[id] && d.gender[id] == "" && d.seeded[id] == ""
}

// relativeHead returns the unnamed source whose noun stands right
// before the relative pronoun at token j, set off by a comma or not: "the
// rebels, who said", "a neighbour who saw the fire", or nil.
func (d *doc) relativeHead(j int) []speaker {
	k := j - 1
	if k >= 0 && d.low[k] == "," {
		k--
	}
	if k < 0 || sourceType(d.low[k]) == "" || d.inMention(d.toks[k].Start) {
		return nil
	}
	si := d.sentenceOf(d.toks[k].Start)
	if si < 0 {
		return nil
	}
	sp := d.unnamed(k, k, d.sents[si].Start)
	if d.low[j-1] != "," {
		sp = pickedOut(sp) // "an officer who described the call as improper"
	}
	return sp
}

// pickedOut marks a single unnamed person as picked out by a phrase after
// the noun.
func pickedOut(sp []speaker) []speaker {
	if len(sp) == 1 && sp[0].mention != "" {
		sp[0].picked = true
	}
	return sp
}

// lastBefore returns the statement that starts last before rune offset p.
// Statements are not in text order while they are read: quotations come
// first.
func (d *doc) lastBefore(p int) (stmt, bool) {
	k := -1
	for i, s := range d.stmts {
		if s.start < p && (k < 0 || s.start > d.stmts[k].start) {
			k = i
		}
	}
	if k < 0 {
		return stmt{}, false
	}
	return d.stmts[k], true
}

// lastTwo returns the two people who spoke last, one each, when the
// statement last, in the sentence before sentence si, follows one of the
// other person in the sentence before it; else nil.
func (d *doc) lastTwo(last stmt, si int) []speaker {
	ls := d.statementSentence(last)
	if ls != si-1 || len(last.speakers) != 1 || !d.isPerson(last.speakers[0].id) {
		return nil
	}
	prev, ok := d.lastBefore(last.start)
	if !ok || len(prev.speakers) != 1 || prev.speakers[0].id == last.speakers[0].id || !d.isPerson(prev.speakers[0].id) {
		return nil
	}
	if ps := d.statementSentence(prev); ps != ls-1 && ps != ls {
		return nil
	}
	return []speaker{prev.speakers[0], last.speakers[0]}
}

// reporter returns the speaker of the first cue outside quotations in
// sentence si when it is one entity the pronoun fits, or nil.
func (d *doc) reporter(si int, fits func(string) bool) []speaker {
	s := d.sents[si]
	for _, h := range d.hits(d.tokenAt(s.Start), d.tokenAt(s.End)) {
		if d.used[h.from] || d.inQuote(d.toks[h.from].Start) >= 0 {
			continue
		}
		switch h.kind {
		case kindAccord, kindNoun, kindQuote, kindBelief:
			continue
		}
		if sp := d.subject(h, s.Start); len(sp) == 1 && fits(sp[0].id) {
			return sp
		}
		return nil
	}
	return nil
}

// personEarlierIn returns the first entity the pronoun fits that sentence
// si names before rune offset p, outside quotations and not as a modifier,
// nor as an object unless objects is set ("After the meeting with Baird,
// he said": Baird only when no one else fits).
func (d *doc) personEarlierIn(si, p int, fits func(string) bool, objects bool) (entity.Resolved, bool) {
	for _, m := range d.mentionsIn(d.sents[si].Start, p) {
		if m.End <= p && fits(m.Entity) && d.inQuote(m.Start) < 0 && !d.premodifier(m.End) && (objects || !d.governed(m)) && !d.spokenOf(m.Start, p) {
			return m, true // the first: a subject comes before objects
		}
	}
	return entity.Resolved{}, false
}

// spokenOf reports whether rune offset at lies in the words a trailing
// attribution at rune offset p reports, and is no subject of them: the
// speaker talks of what stands there ("Traffic to Ardania is not affected,
// it said", "He was taken to St Aldric's Hospital, a police spokeswoman
// said", "When the driver yelled, it clicked, she said"), so it stands
// for no pronoun or description of the speaker. A name that opens the
// words may be the speaker's own ("Harlow Foods will close a plant, the
// company said").
func (d *doc) spokenOf(at, p int) bool {
	c := d.trailingComma(p)
	if c < 0 || at >= d.toks[c].Start || at < d.sents[d.sentenceOf(p)].Start {
		return false
	}
	for k := d.tokenAt(d.sents[d.sentenceOf(p)].Start); k < len(d.toks) && d.toks[k].Start < at; k++ {
		if !determiners[d.low[k]] {
			return true
		}
	}
	return false
}

// trailingComma returns the token of the comma before the subject phrase
// at rune offset p when the phrase is that of a trailing attribution, after
// the words it reports and with a cue that ends the sentence; else -1.
func (d *doc) trailingComma(p int) int {
	i := d.tokenAt(p)
	for i > 0 && determiners[d.low[i-1]] {
		i-- // the phrase of a described speaker: "a police spokeswoman"
	}
	si := d.sentenceOf(p)
	if i < 1 || si < 0 || d.low[i-1] != "," {
		return -1
	}
	end := d.sents[si].End
	hs := d.hits(i, min(i+12, d.tokenAt(end)))
	if len(hs) == 0 || !d.endsSentence(hs[0], end) {
		return -1
	}
	return i - 1
}

// statementSentence returns the last sentence a statement occupies: that
// of its cue, or of its content when the cue comes first.
func (d *doc) statementSentence(s stmt) int {
	last := d.sentenceOf(max(s.end-1, s.start))
	if s.cueAt >= 0 {
		last = max(last, d.sentenceOf(d.toks[s.cueAt].Start))
	}
	return last
}

// subjectBefore returns the subject of the nearest of the two sentences
// of narration before sentence si that names an entity the pronoun fits:
// its first mention that is not a modifier (a person known to take the
// pronoun before one not known), or for "they" its first pair joined by
// "and". Objects of a preposition are no subject ("The ferry is
// owned by Baird") unless objects is set. Sentences inside quotations, and
// names inside quotations, are passed over.
func (d *doc) subjectBefore(si int, w, text string, fits func(string) bool, objects bool) []speaker {
	for s, n := si-1, 0; s >= 0 && n < 2 && s >= si-8; s-- {
		sent := d.sents[s]
		if q := d.inQuote(sent.Start); q >= 0 && d.quotes[q].Outer.End >= trimEnd(d.rs, sent.Start, sent.End) {
			continue // the quoted words of a speaker, not the narration that names people
		}
		n++
		var cands []entity.Resolved
		for _, m := range d.mentionsIn(sent.Start, sent.End) {
			if m.End <= sent.End && fits(m.Entity) && !d.premodifier(m.End) && (objects || !d.governed(m)) && d.inQuote(m.Start) < 0 {
				cands = append(cands, m)
			}
		}
		if w != "they" && len(cands) > 0 {
			m := cands[0]
			for _, c := range cands {
				if d.gender[c.Entity] == w || d.seeded[c.Entity] == w {
					m = c // a person known to be "he" or "she" comes first
					break
				}
			}
			return []speaker{{id: m.Entity, mention: text}}
		}
		for k := 0; k+1 < len(cands); k++ {
			if d.andGlue(cands[k].End, cands[k+1].Start) {
				return []speaker{{id: cands[k].Entity, mention: text}, {id: cands[k+1].Entity, mention: text}}
			}
		}
	}
	return nil
}

func relabel(sp []speaker, mention string) []speaker {
	out := make([]speaker, len(sp))
	for i, s := range sp {
		out[i] = speaker{id: s.id, mention: mention, forID: s.forID}
	}
	return out
}

// sides resolves "both sides" before rune offset p to two parties: the pair
// it names right after it ("Both sides — the union and the board — said"),
// else the last pair the text named as "between A and B", else the last
// pair joined by "and" in the three sentences before. Places are no side.
func (d *doc) sides(p, cueStart int) []speaker {
	if sp := d.andPair(d.mentionsIn(p, cueStart), cueStart); sp != nil {
		return sp
	}
	before := d.mentionsIn(0, p)
	for k := len(before) - 1; k > 0; k-- {
		a := before[k-1]
		i := d.tokenAt(a.Start)
		for i > 0 && determiners[d.low[i-1]] {
			i--
		}
		if i > 0 && d.low[i-1] == "between" {
			if sp := d.andPair(before[k-1:k+1], p); sp != nil {
				return sp
			}
		}
	}
	if si := d.sentenceOf(p); si >= 0 {
		return d.andPair(d.mentionsIn(d.sents[max(si-3, 0)].Start, p), p)
	}
	return nil
}

// isPlace reports whether entity id is a place that is no polity: a
// river, a region, a building.
func (d *doc) isPlace(id string) bool {
	e, ok := d.reg.Lookup(id)
	return ok && e.Type == parallax.Location
}

// andPair returns the last two parties of ms joined by "and" that end
// before rune offset p, with "both sides" as their mention, or nil.
func (d *doc) andPair(ms []entity.Resolved, p int) []speaker {
	for k := len(ms) - 1; k > 0; k-- {
		a, b := ms[k-1], ms[k]
		if b.End > p || a.Entity == b.Entity || d.inQuote(a.Start) >= 0 || !d.andGlue(a.End, b.Start) || d.isPlace(a.Entity) || d.isPlace(b.Entity) {
			continue
		}
		return []speaker{{id: a.Entity, mention: "both sides"}, {id: b.Entity, mention: "both sides"}}
	}
	return nil
}

// identify gives the statements of an unnamed person a phrase picked out
// ("The man accused of killing a shopkeeper told the court …") to the
// person the next sentence opens with, when that is the first time the
// document names them: news describes someone first and names them in the
// sentence after ("Kieran Walsh, 29, denies murder."). A gendered noun
// ("the woman") must fit the person's pronoun where one is known.
func (d *doc) identify() {
	for i := range d.stmts {
		sp := &d.stmts[i].speakers[0]
		if len(d.stmts[i].speakers) != 1 || !d.sources[sp.id] || !d.isPerson(sp.id) {
			continue
		}
		if id := d.titled(sp.mention); id != "" {
			sp.id = id // "the housing minister called …" and "Housing Minister Priya Nair said"
			continue
		}
		if !sp.picked {
			if id := d.namedSpeakerNext(i); id != "" && definiteRole(sp.mention) && d.genderFits(sp.mention, id) {
				sp.id = id // "Its chief executive said …. “…,” Anna Roe told analysts."
			}
			continue
		}
		id := d.namedNext(d.statementSentence(d.stmts[i]))
		if id == "" || !d.genderFits(sp.mention, id) {
			continue
		}
		sp.id = id
	}
}

// titled returns the one person the document names with the title that
// the description mention gives an unnamed speaker, before the name
// ("Housing Minister Priya Nair") or in apposition after it ("Carla
// Brunetti, the chief executive"), or "". The title must be two words or
// more: one noun ("the minister") names too many.
func (d *doc) titled(mention string) string {
	ws := strings.Fields(lower(mention))
	for len(ws) > 0 && (determiners[ws[0]] || possessives[ws[0]]) {
		ws = ws[1:]
	}
	if len(ws) < 2 {
		return ""
	}
	title := strings.Join(ws, " ")
	found := ""
	for _, m := range d.ments {
		if !d.isPerson(m.Entity) || d.sources[m.Entity] || m.Entity == found {
			continue
		}
		before := strings.TrimSpace(lower(string(d.rs[max(0, m.Start-len([]rune(title))-2):m.Start])))
		after := lower(string(d.rs[m.End:min(len(d.rs), m.End+len([]rune(title))+8)]))
		if strings.HasSuffix(before, " "+title) || before == title || strings.HasPrefix(lower(m.Text), title+" ") || appositionOf(after, title) {
			if found != "" {
				return "" // two people hold it
			}
			found = m.Entity
		}
	}
	return found
}

// appositionOf reports whether text after a name opens an apposition that
// is title: ", the chief executive", ", its chief executive".
func appositionOf(after, title string) bool {
	if !strings.HasPrefix(after, ", ") {
		return false
	}
	ws := strings.Fields(after[2:])
	if len(ws) > 0 && (determiners[ws[0]] || possessives[ws[0]]) {
		ws = ws[1:]
	}
	rest := strings.Join(ws, " ")
	return rest == title || strings.HasPrefix(rest, title+" ") || strings.HasPrefix(rest, title+",")
}

// namedNext returns the person that sentence si+1 opens with, after at
// most a title, when the document names them there for the first time, or
// "".
func (d *doc) namedNext(si int) string {
	if si < 0 || si+1 >= len(d.sents) {
		return ""
	}
	sent := d.sents[si+1]
	ms := d.mentionsIn(sent.Start, sent.End)
	if len(ms) == 0 || !d.isPerson(ms[0].Entity) || d.inQuote(ms[0].Start) >= 0 {
		return ""
	}
	for i := d.tokenAt(sent.Start); i < len(d.toks) && d.toks[i].Start < ms[0].Start; i++ {
		if t := d.toks[i].Text; t != "." && !startsUpper(t) {
			return "" // the name is not the sentence's opening
		}
	}
	for _, m := range d.ments {
		if m.Entity == ms[0].Entity {
			if m.Start < ms[0].Start {
				return "" // named before: not the one described
			}
			break
		}
	}
	return ms[0].Entity
}

// definiteRole reports whether the description mention names the one
// holder of a role of a body or person named before: "its chief
// executive", "the chairman", "Velt's finance director".
func definiteRole(mention string) bool {
	ws := strings.Fields(lower(mention))
	if len(ws) < 2 || !possessives[ws[0]] && ws[0] != "the" && !strings.HasSuffix(ws[0], "'s") && !strings.HasSuffix(ws[0], "’s") {
		return false
	}
	return speakerKind(ws[len(ws)-1]) == kindPerson
}

// namedSpeakerNext returns the person who makes the next statement after
// statement i, in the two sentences after it, when that is a quotation
// their name follows, where the document first names them, and no one
// else is named on the way: news
// describes someone by their role and then quotes them by name ("Its
// chief executive said …. “…,” Anna Roe told analysts."). Else "".
func (d *doc) namedSpeakerNext(i int) string {
	s := d.stmts[i]
	si := d.statementSentence(s)
	if si < 0 || si+1 >= len(d.sents) {
		return ""
	}
	end := d.sents[min(si+2, len(d.sents)-1)].End
	for _, t := range d.stmts[i+1:] {
		if t.start >= end {
			return ""
		}
		if t.start < d.sents[si].End || len(t.speakers) != 1 {
			continue
		}
		id := t.speakers[0].id
		if !d.isPerson(id) || d.sources[id] {
			return ""
		}
		for _, m := range d.mentionsIn(0, end) {
			if d.isPerson(m.Entity) && d.inQuote(m.Start) < 0 && m.Entity != id && m.Start >= d.sents[si].Start {
				return "" // someone else named on the way
			}
			if m.Entity == id {
				if m.Start < d.sents[si].End || !t.direct || m.Start < t.end || t.speakers[0].mention != m.Text || d.describedAt(m.End) {
					return "" // named before, or given a role of their own: not the one described
				}
				return id
			}
		}
		return ""
	}
	return ""
}

// describedAt reports whether the words at rune offset p, right after a
// name, give its bearer a role or a body: an apposition (", an analyst at
// …") or "of" ("Nadia Serrano of Ketterly Securities").
func (d *doc) describedAt(p int) bool {
	after := d.rs[p:min(len(d.rs), p+3)]
	return strings.HasPrefix(string(after), " of") || len(after) == 3 && after[0] == ',' && after[1] == ' ' && unicode.IsLower(after[2])
}

// genderFits reports whether the gendered nouns of a description, if any,
// fit the pronoun known for person id.
func (d *doc) genderFits(description, id string) bool {
	g := d.gender[id]
	if g == "" {
		g = d.seeded[id]
	}
	for _, w := range strings.Fields(lower(description)) {
		if n := genderedNouns[w]; n != "" && g != "" && n != g {
			return false
		}
	}
	return true
}

// groupOpens returns the group or body that opens sentence si as its
// subject, which a "they" after it stands for: a described group
// ("Investigators", "The families of the victims") or an organisation
// ("The Taliban"), or nil. The sentence must be narration, not quoted.
func (d *doc) groupOpens(si int) []speaker {
	sent := d.sents[si]
	if d.inQuote(sent.Start) >= 0 {
		return nil
	}
	if sp := d.describedAfter(sent.Start, d.clauseEnd(sent.Start, sent.End), true); len(sp) == 1 && !d.isPerson(sp[0].id) {
		return sp
	}
	ms := d.mentionsIn(sent.Start, sent.End)
	if len(ms) == 0 || d.premodifier(ms[0].End) || d.tokenAt(ms[0].Start) > d.tokenAt(sent.Start)+1 {
		return nil
	}
	if e, ok := d.reg.Lookup(ms[0].Entity); ok && e.Type == parallax.Org {
		return []speaker{{id: ms[0].Entity, mention: ms[0].Text}}
	}
	return nil
}

// andName finds a subject that joins a personal pronoun or a person's
// name and another name with "and" right before the cue at token cue, in
// the clause from rune offset from: "she and Mara Quill said", "he and his
// wife Kali said", "Eric Holt and his wife Kali said". The second name may
// be a mention or capitalised words no entity claims; a possessive and at
// most two nouns may describe it. Both speak, as the names of "said
// Armenia and Azerbaijan" do; it returns nil when the subject has no such
// form or the pronoun stands for no one.
func (d *doc) andName(cue, from int) []speaker {
	i := cue - 1
	for i > 0 && d.toks[i].Start >= from && startsUpper(d.toks[i].Text) && isWord(d.toks[i].Text) && i > cue-4 {
		i--
	}
	if i == cue-1 || i < 2 || d.toks[i].Start < from {
		return nil
	}
	a, b := d.toks[i+1].Start, d.toks[cue-1].End
	k := i
	for k > i-2 && k > 0 && d.toks[k].Text == d.low[k] && !possessives[d.low[k]] && d.low[k] != "and" && npWords(d.low[k], d.low[k]) {
		k-- // "his wife Kali", "her business partner Mara Quill"
	}
	if k < i {
		if !possessives[d.low[k]] {
			return nil // "he and union lawyers": no name's description
		}
		k--
	}
	if k < 1 || d.low[k] != "and" || d.toks[k-1].Start < from {
		return nil
	}
	if d.inQuote(a) >= 0 {
		return nil
	}
	first := d.firstConjunct(k, from)
	if len(first) == 0 {
		return nil
	}
	name := string(d.rs[a:b])
	var id string
	if ms := d.mentionsIn(a, b); len(ms) == 1 && ms[0].Start == a && ms[0].End == b {
		id = ms[0].Entity
	} else if len(ms) == 0 {
		id = d.reg.Source(d.d.ID, parallax.Person, name, parallax.Mention{Doc: d.d.ID, Start: a, End: b, Text: name})
	} else {
		return nil
	}
	return append(first, speaker{id: id, mention: name})
}

// firstConjunct returns who the words before the "and" at token k name,
// in the clause from rune offset from: a personal pronoun's antecedent, or
// the person a mention ending there names; else nil.
func (d *doc) firstConjunct(k, from int) []speaker {
	switch w := d.low[k-1]; w {
	case "he", "she", "they":
		return d.pronoun(w, k-1)
	}
	ms := d.mentionsIn(from, d.toks[k].Start)
	if n := len(ms); n > 0 && ms[n-1].End == d.toks[k-1].End && d.isPerson(ms[n-1].Entity) {
		return []speaker{{id: ms[n-1].Entity, mention: ms[n-1].Text}}
	}
	return nil
}
