package claim

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/entity"
	"github.com/parallax-news/parallax/quantity"
	"github.com/parallax-news/parallax/text"
)

// opensLine reports whether token k opens a line after a line with no
// closing stop, which the sentence runs on from: a heading ("Storm Hits
// Coast" and "According to police, …" below it).
func (d *doc) opensLine(k int) bool {
	return k > 0 && strings.ContainsRune(string(d.rs[d.toks[k-1].End:d.toks[k].Start]), '\n')
}

// inRelative reports whether the cue at token k opens a relative clause
// with its subject: "which it hopes", "that the firm expects".
func (d *doc) inRelative(k int) bool {
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		if relatives[d.low[i]] || d.low[i] == "that" {
			return true
		}
		if !isWord(d.toks[i].Text) {
			return false
		}
	}
	return false
}

// subordinators open a clause whose speech act stands on its own inside
// another statement's content: "… the fighting which began after both sides
// accused the other".
var subordinators = map[string]bool{
	"after": true, "before": true, "when": true, "while": true, "as": true,
	"since": true, "because": true, "although": true, "though": true, "until": true,
}

// subjectPronouns open a clause of their own after a comma.
var subjectPronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true}

// anaphoric determiners make a short object a reference to a statement told
// elsewhere ("refuted his statements"), not content.
var anaphoric = map[string]bool{
	"his": true, "her": true, "their": true, "its": true, "these": true,
	"those": true, "this": true, "that": true, "such": true, "the": true,
}

// reportedStatements finds the reported speech outside quotations.
func (d *doc) reportedStatements() {
	for si, s := range d.sents {
		a, b := d.tokenAt(s.Start), d.tokenAt(s.End)
		var hs []hit
		for _, h := range d.hits(a, b) {
			if !d.used[h.from] && h.kind != kindQuote && d.inQuote(d.toks[h.from].Start) < 0 {
				hs = append(hs, h)
			}
		}
		first := len(d.stmts)
		for _, h := range hs {
			d.reported(si, h, first)
		}
		d.splitThats(first)
	}
}

// reported adds the statement of cue h in sentence si; statements from
// index first on are the sentence's earlier ones.
func (d *doc) reported(si int, h hit, first int) {
	s := d.sents[si]
	cuePos := d.toks[h.aux].Start
	var prev *stmt
	if n := len(d.stmts); n > first {
		prev = &d.stmts[n-1]
	}
	clause := s.Start
	var sp []speaker
	if prev != nil && prev.belief && d.inRelative(prev.cueAt) && prev.start <= cuePos && cuePos < prev.end && h.kind != kindNoun && d.endsSentence(h, s.End) {
		// "…, which it hopes to license to others, Tessic officials
		// said": the attribution that ends the sentence holds the
		// belief inside it.
		d.inSent[prev.sent]--
		d.stmts = d.stmts[:len(d.stmts)-1]
		prev = nil
	}
	if prev != nil && prev.start <= cuePos && cuePos < prev.end {
		if h.kind == kindNoun {
			return // the object of the speech act before: "rejected accusations by Sudan that …"
		}
		cut, ok := d.coordinated(h)
		switch {
		case ok:
			sp = d.subject(h, cut)
			if len(sp) == 0 {
				sp = relabel(prev.speakers, prev.speakers[0].mention)
			}
		default:
			cut, ok = d.subordinate(h, prev)
			if !ok {
				if sp = d.nestedSource(h, prev); sp == nil {
					return // speech reported inside the content: part of it
				}
			} else {
				sp = d.subject(h, cut)
			}
		}
		if len(sp) > 0 && !ok {
			// "Prosecutors said Rolf Tarrant told a staff member that …":
			// the words are those of the one the report names.
			clause = prev.start
			d.inSent[prev.sent]--
			d.stmts = d.stmts[:len(d.stmts)-1]
			prev = nil
		} else {
			if cut <= prev.start {
				return
			}
			prev.end = trimEnd(d.rs, prev.start, cut)
			clause = cut
		}
	}
	if g := d.objectGap(h); h.kind == kindCall && prev == nil && g >= 0 && !d.namesAs(h.to) {
		clause = d.toks[g].Start // "a move the mayor called painful": the subject starts after the noun it calls
	}
	if h.kind == kindAccord {
		// Else the report of a report: "…, the commission said, according to
		// Reuters", "According to Reuters, the commission said …".
		if !d.attributedBefore(si, h) && !d.innerReport(si, h) {
			d.according(si, h)
		}
		return
	}
	if sp == nil {
		if h.kind == kindNoun {
			sp = d.byAgent(h.to, s.End)
			if len(sp) == 0 {
				sp = d.possessor(h.from)
			}
		} else {
			sp = d.subject(h, clause)
		}
	}
	if prev == nil && strings.HasSuffix(d.low[h.from], "ing") && h.aux > 0 && d.low[h.aux-1] == "," {
		if at := d.attributionIn(si, h); at != nil {
			sp = at // "“…,” Holt told members of the trust, urging them to": the participle shares the attribution's subject
		}
	}
	if h.aux > 0 && (d.low[h.aux-1] == "and" || d.low[h.aux-1] == "but") {
		switch {
		case prev == nil:
			sp = d.mainSubject(s.Start, d.toks[h.aux].Start) // a verb coordinated with the sentence's: "Patients have complained … and say"
		case len(sp) == 0:
			sp = relabel(prev.speakers, prev.speakers[0].mention) // the second of two cues: "confirmed the pledge but warned that"
		}
	}
	if len(sp) == 0 && strings.HasSuffix(d.low[h.from], "ing") && h.aux > 0 && d.low[h.aux-1] == "," {
		sp = d.mainSubject(s.Start, d.toks[h.aux].Start)
	}
	if h.kind == kindBelief && len(sp) > 0 && d.sources[sp[0].id] {
		return // what a group believes is no statement: "Analysts believe"
	}
	if d.share(h.aux) {
		return // a poll's finding: "70 percent of Americans say"
	}
	limit := d.participleCut(h.to, d.relativeEnd(h, s.End))
	if h.kind == kindNoun {
		limit = d.mainVerbCut(h, limit) // "Holt's claim that the dam was safe proved wrong"
	}
	cs, ce := -1, -1
	if prev == nil && h.aux > 0 && d.low[h.aux-1] == "," {
		if tsp, ts, te := d.trailing(s.Start, s.End, h); ts >= 0 {
			sp, cs, ce = tsp, ts, te // "…, said another witness, adviser Fiona Hill."
		}
	}
	if cs < 0 && prev == nil && d.placePhrases(d.toks[h.to-1].End, s.End) {
		if tsp, ts, te := d.trailing(s.Start, s.End, h); ts >= 0 {
			sp, cs, ce = tsp, ts, te // "…, he said on Friday, in a speech to farmers."
		}
	}
	if cs < 0 && len(sp) == 0 && !d.endsSentence(h, s.End) {
		return
	}
	if cs < 0 {
		cs, ce = d.content(h, limit)
		if cs >= 0 {
			ce = asideCut(d.rs, cs, ce)
			if i := d.tokenAt(cs); d.low[i] == "to" || refusals[d.low[h.from]] || h.to-h.from > 1 && d.low[h.to-1] == "to" {
				ce = d.predicateCut(cs, ce) // an infinitive or an object, never a clause: "said he took out his gun and fired"
			}
		}
	}
	if len(sp) > 0 && prev == nil && (cs < 0 || d.wordsIn(cs, ce) <= 5) {
		if a, b := d.introduced(si); a >= 0 {
			cs, ce = a, b // "Google confirmed this in a statement:" and the paragraph after
		}
	}
	if cs < 0 && prev == nil {
		sp, cs, ce = d.trailing(s.Start, s.End, h)
	}
	if cs < 0 && prev != nil && prev.end <= cuePos {
		if tsp, ts, te := d.trailing(s.Start, s.End, h); ts >= 0 && ts <= prev.start {
			// "Afterward, Quill said she had warned the board, Brack
			// testified": the report the sentence ends with holds the
			// one inside it.
			d.dropFrom(first, ts, te)
			sp, cs, ce = tsp, ts, te
		}
	}
	if cs < 0 {
		return
	}
	if prev == nil && h.to < len(d.toks) && d.low[h.to] == "," && cs > d.toks[h.from].Start {
		if a, b := d.interrupted(s.Start, h); a >= 0 {
			// "It was too narrow, she said, and the county would not pay":
			// the clause before the attribution is a statement too.
			d.add(stmt{speakers: sp, cue: d.cueText(h), cueAt: h.from, belief: h.kind == kindBelief, start: a, end: b, sent: si})
		}
	}
	st := stmt{speakers: sp, cue: d.cueText(h), cueAt: h.from, belief: h.kind == kindBelief, start: cs, end: ce, sent: si}
	st.that = d.hasThat(h, cs)
	if a, b := d.wholeQuote(cs, ce); a >= 0 {
		st.start, st.end, st.direct = a, b, true
	}
	d.add(st)
}

// splitThats cuts each reported statement from index first on at a
// second "that" clause: "said the plant would close and that jobs would
// go" makes two statements, one per clause. The sentence's cues are read
// first, so that one inside the content still finds it whole.
func (d *doc) splitThats(first int) {
	for i := first; i < len(d.stmts); i++ {
		st := &d.stmts[i]
		if st.direct {
			continue
		}
		if k := d.secondThat(st.start, st.end); k >= 0 {
			rest := *st
			rest.start, rest.that = d.toks[k+1].Start, true
			st.end = trimEnd(d.rs, st.start, d.toks[k-1].Start)
			d.stmts = slices.Insert(d.stmts, i+1, rest)
			d.inSent[rest.sent]++
		}
	}
}

// secondThat returns the token of a "that" joined by "and" or "but" to
// the reported clause in rune offsets [a, b), which opens a second clause
// the cue governs ("the plant would close and that jobs would go"), or
// -1. A "that" the verb of its clause follows is the clause's subject
// ("… and that was the end of it"), and one inside a quotation is the
// speaker's own word.
func (d *doc) secondThat(a, b int) int {
	for k := d.tokenAt(a) + 2; k+1 < len(d.toks) && d.toks[k+1].End <= b; k++ {
		if d.low[k] != "that" || d.low[k-1] != "and" && d.low[k-1] != "but" || d.inQuote(d.toks[k].Start) >= 0 {
			continue
		}
		if next := d.low[k+1]; isWord(next) && !finiteWords[next] && !auxWords[next] && !pastForm(next) {
			return k
		}
	}
	return -1
}

// dropFrom drops the statements from index first on whose content lies
// in rune offsets [a, b).
func (d *doc) dropFrom(first, a, b int) {
	out := d.stmts[:first]
	for _, st := range d.stmts[first:] {
		if st.start >= a && st.end <= b {
			d.inSent[st.sent]--
			continue
		}
		out = append(out, st)
	}
	d.stmts = out
}

// nestedSource returns the speaker of cue h inside the content of the
// statement prev when prev reports what a named person said: the
// content opens with the person's name as the subject of h ("Prosecutors
// said Rolf Tarrant told a staff member that …", "Politico reported that
// Fiona Hale called the plan …"). Else nil.
func (d *doc) nestedSource(h hit, prev *stmt) []speaker {
	if h.kind == kindNoun || h.kind == kindBelief || prev.belief || prev.direct || d.inQuote(d.toks[h.from].Start) >= 0 {
		return nil
	}
	ms := d.mentionsIn(prev.start, d.toks[h.aux].Start)
	if len(ms) == 0 || ms[0].Start != prev.start || !d.isPerson(ms[0].Entity) || d.premodifier(ms[0].End) {
		return nil
	}
	sp := d.subject(h, prev.start)
	if len(sp) != 1 || sp[0].id != ms[0].Entity || d.sources[sp[0].id] {
		return nil
	}
	return sp
}

// predicateCut returns where an object or an infinitive in rune offsets
// [cs, ce) ends when "and" joins a second predicate of the subject's in
// the past to it ("promised to protect Medicaid and hammered Bevin on
// …", "denied the claims and resigned"): before the "and". A verb before
// the "and" shows a clause, which goes on. Else ce.
func (d *doc) predicateCut(cs, ce int) int {
	a, b := d.tokenAt(cs), d.tokenAt(ce)
	for k := a; k+1 < b; k++ {
		w := d.low[k]
		if finiteWords[w] || d.inQuote(d.toks[k].Start) >= 0 {
			return ce
		}
		if w == "and" && k > a && pastForm(d.low[k+1]) {
			return trimEnd(d.rs, cs, d.toks[k].Start)
		}
		if pastForm(w) && k > a && !determiners[d.low[k-1]] {
			return ce // "said police arrested two men and charged them"
		}
	}
	return ce
}

// pastForm reports whether w looks like a verb in the past: "resigned",
// "took".
func pastForm(w string) bool {
	return strings.HasSuffix(w, "ed") && len(w) > 4 || irregularPast[w]
}

// irregularPast are the verbs of data/past.tsv: past forms that look like
// base forms.
var irregularPast = mustWords("data/past.tsv")

// share reports whether the words right before the cue whose first
// token is at i are a share of people ("Fifty-one percent say", "70% of
// voters said"): a poll reports what they answered, and no one speaks.
func (d *doc) share(i int) bool {
	names := percentNames(d.d.Lang)
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if slices.ContainsFunc(names, func(n []string) bool { return endsAt(d.low, k, n) }) {
			return true
		}
		switch d.low[k] {
		case "and", "but", "or", ",", ";":
			return false
		}
	}
	return false
}

// endsAt reports whether the words of a name end at token k of low.
func endsAt(low []string, k int, name []string) bool {
	from := k + 1 - len(name)
	return from >= 0 && slices.Equal(low[from:k+1], name)
}

// percents holds, by language, the names of the percent unit in the
// quantity data ("percent", "%"; "процентов").
var percents = struct {
	sync.Mutex
	names map[string][][]string
}{names: map[string][][]string{}}

// percentNames returns the names of the percent unit in a language, in
// English for a language with no quantity data, as the English reader
// reads its documents.
func percentNames(lang string) [][]string {
	percents.Lock()
	defer percents.Unlock()
	if n, ok := percents.names[lang]; ok {
		return n
	}
	l, err := quantity.Load(lang)
	if err != nil {
		l, err = quantity.Load("en")
	}
	if err != nil {
		panic("claim: no English quantity data: " + err.Error())
	}
	n := l.UnitNames("%")
	percents.names[lang] = n
	return n
}

// introduced returns the paragraph after sentence si when si ends its
// paragraph with a colon or an ellipsis, and the paragraph is words of
// its own, not a quotation, which the quotation rules read: what a cue
// there introduces ("The company said in a statement:"). Else -1 offsets.
func (d *doc) introduced(si int) (int, int) {
	s := d.sents[si]
	pi := d.paraOf(s.Start)
	if pi < 0 || pi+1 >= len(d.paras) || trimEnd(d.rs, d.paras[pi].Start, d.paras[pi].End) != trimEnd(d.rs, s.Start, s.End) {
		return -1, -1
	}
	tail := strings.TrimRightFunc(string(d.rs[s.Start:s.End]), unicode.IsSpace)
	if !strings.HasSuffix(tail, ":") && !strings.HasSuffix(tail, "…") && !strings.HasSuffix(tail, "...") {
		return -1, -1
	}
	n := d.paras[pi+1]
	if pi+2 < len(d.paras) {
		if _, _, ok := signOff(d.rs, d.paras[pi+2].Start, d.paras[pi+2].End); ok {
			return -1, -1 // an embedded post, its account's words
		}
	}
	if r := d.rs[n.Start]; quoteMark(string(r)) || r == '‘' || r == '\'' || r == '—' || r == '–' || r == '-' {
		return -1, -1
	}
	a, b := n.Start, trimEnd(d.rs, n.Start, n.End)
	if d.wordsIn(a, b) < 4 || d.inQuote(a) >= 0 {
		return -1, -1
	}
	return a, b
}

// possessor returns the speaker whose noun of speech starts at token i:
// the name before a possessive "'s" ("Holt's claim that") or the person
// a possessive pronoun stands for ("his warning that"), or nil.
func (d *doc) possessor(i int) []speaker {
	i = d.pastModifiers(i)
	if d.possessed(i) {
		p := d.toks[i-2].Start
		for _, m := range d.mentionsIn(max(p-80, 0), p) {
			if m.End == p {
				return []speaker{{id: m.Entity, mention: m.Text}}
			}
		}
		return nil
	}
	if i > 0 {
		if w, ok := possessivePronouns[d.low[i-1]]; ok {
			return d.pronoun(w, i-1)
		}
	}
	return nil
}

// pastModifiers returns the first of the words in lower case, up to
// three, that stand between a possessor and its noun at token i ("Holt's
// own repeated claim that", "their empty charges that"), or i when no
// possessor stands before them.
func (d *doc) pastModifiers(i int) int {
	k := i
	for k > 0 && i-k < 4 && !d.possessed(k) && possessivePronouns[d.low[k-1]] == "" &&
		(d.toks[k-1].Text == "-" || isWord(d.toks[k-1].Text) && d.toks[k-1].Text == d.low[k-1] && !determiners[d.low[k-1]] && !finiteWords[d.low[k-1]]) {
		k--
	}
	if k < i && (d.possessed(k) || k > 0 && possessivePronouns[d.low[k-1]] != "") {
		return k
	}
	return i
}

// possessivePronouns and the subject pronoun each stands for.
var possessivePronouns = map[string]string{"his": "he", "her": "she", "their": "they"}

// relativeEnd returns where the content of cue h ends when h opens a
// relative clause set off by commas and the main clause's verb follows
// the comma that closes it ("Lavrov, who denies the charge, left the
// court"): at that comma. A comma before a conjunction, "that" or a
// subject goes on inside the clause ("who wrote that Ross had left, and
// that …"). Else end.
func (d *doc) relativeEnd(h hit, end int) int {
	if h.aux < 2 || !relative(d, h) {
		return end
	}
	if d.setOff(h.aux-1) < 0 {
		return d.mainVerbCut(h, end) // "The engineer who warned that the bridge was unsafe resigned"
	}
	for k := h.to; k+1 < len(d.toks) && d.toks[k+1].Start < end; k++ {
		if d.low[k] != "," || d.inQuote(d.toks[k].Start) >= 0 {
			continue
		}
		t, w := d.toks[k+1].Text, d.low[k+1]
		if w == "which" || w == "who" || w == "whose" {
			for k++; k+1 < len(d.toks) && d.toks[k+1].Start < end && d.low[k+1] != ","; k++ {
			}
			k++ // a parenthesis inside the clause: "who said the bridge, which opened in 1960, was unsafe"
			continue
		}
		if isWord(t) && t == w && !clauseOpeners[w] && !conjunctions[w] && !subordinators[w] && w != "that" && !adjunctWord(t, w) {
			return d.toks[k].Start
		}
		return end
	}
	return end
}

// setOff returns the comma that sets off the relative clause opened by the
// pronoun at token r: right before it ("Lavrov, who denies the charge,")
// or before the short noun phrase of an apposition ("Quint, the engineer
// who warned that …,"), or -1.
func (d *doc) setOff(r int) int {
	for k := r - 1; k >= 0 && k >= r-5; k-- {
		if d.low[k] == "," {
			return k
		}
		if !isWord(d.toks[k].Text) || !npWords(d.low[k], d.low[k]) && !startsUpper(d.toks[k].Text) {
			return -1
		}
	}
	return -1
}

// appositionName returns the entity named right before the comma that sets
// off the apposition holding the relative clause of cue h ("Maria Quint,
// the engineer who warned that …"), in the clause from rune offset from.
func (d *doc) appositionName(h hit, from int) (entity.Resolved, bool) {
	c := d.setOff(h.aux - 1)
	if !relative(d, h) || c < 1 || c == h.aux-2 {
		return entity.Resolved{}, false
	}
	for _, m := range d.mentionsIn(from, d.toks[c].Start) {
		if m.End == d.toks[c-1].End {
			return m, true
		}
	}
	return entity.Resolved{}, false
}

// mainVerbCut returns where the verb of the main clause stands after the
// content of cue h, which opens a relative clause with no commas: the first
// verb after the content's own verb, or after the cue when the content is
// an object ("An officer who described the call as improper testified"),
// that follows a word of its own phrase. Else end.
func (d *doc) mainVerbCut(h hit, end int) int {
	seen := true
	k := h.to
	if k < len(d.toks) && d.low[k] == "by" {
		if t := d.thatAfter(k, d.tokenAt(end)); t >= 0 {
			k = t - 1 // "the claim by the ministry that …"
		}
	}
	if k < len(d.toks) && d.low[k] == "that" {
		seen, k = false, k+1
	}
	for ; k < len(d.toks) && d.toks[k].Start < end; k++ {
		t, w := d.toks[k].Text, d.low[k]
		if t != w || !isWord(t) || d.inQuote(d.toks[k].Start) >= 0 {
			continue
		}
		if !finiteWords[w] && !negated(w) && !pastForm(w) {
			continue
		}
		if p := d.low[k-1]; seen && (isWord(d.toks[k-1].Text) || quoteMark(d.toks[k-1].Text)) && !determiners[p] && !finiteWords[p] && !conjunctions[p] && !leadPreps[p] && p != "to" && p != "not" && !strings.HasSuffix(p, "ly") {
			return trimEnd(d.rs, d.toks[h.to].Start, d.toks[k].Start)
		}
		seen = true
	}
	return end
}

// interrupted returns the clause that an attribution set off by commas
// interrupts, from the sentence start to the comma before the attribution's
// subject ("It was too narrow, she said, and …"), or -1 offsets when
// there is no such comma or no clause before it: a subject alone ("The
// bridge, Holt said, was …") or an adverbial ("In the end, she said, …")
// is no statement.
func (d *doc) interrupted(start int, h hit) (int, int) {
	first := d.tokenAt(start)
	for i := h.aux - 1; i > first && i >= h.aux-5; i-- {
		switch d.low[i] {
		case ",":
			a, b := trimStart(d.rs, d.pastDateline(start), d.toks[i].Start), trimEnd(d.rs, start, d.toks[i].Start)
			if a >= b || d.wordsIn(a, b) < 3 || d.inQuote(a) >= 0 || !d.finite(a, b) {
				return -1, -1
			}
			return a, b
		case ".", ";", ":", "“", "”", "\"", "that":
			return -1, -1
		}
	}
	return -1, -1
}

// setOffEnd returns the comma that closes the aside opening at token i,
// within a dozen tokens and before rune offset end, or -1.
func (d *doc) setOffEnd(i, end int) int {
	for k := i + 1; k < len(d.toks) && k < i+12 && d.toks[k].Start < end; k++ {
		switch d.low[k] {
		case ",":
			return k
		case ";", ".", ":":
			return -1
		}
	}
	return -1
}

// attributedBefore reports whether a statement of sentence si has its cue
// before cue h.
func (d *doc) attributedBefore(si int, h hit) bool {
	for _, st := range d.stmts {
		if st.cueAt >= 0 && st.cueAt < h.from && d.sentenceOf(d.toks[st.cueAt].Start) == si {
			return true
		}
	}
	return false
}

// innerReport reports whether the clause that "according to" cue h
// attributes is itself a report: "According to the Gazette, Tarrow said
// …", "Tarrow, according to the Gazette, has promised …" when the report
// has a speaker of its own, "…, the ferryman said, according to the
// Gazette" always. The report's speaker is the nearer source; the clause
// is theirs, or nobody's when their words name no one.
func (d *doc) innerReport(si int, h hit) bool {
	s := d.sents[si]
	for _, c := range d.hits(d.tokenAt(s.Start), h.aux) {
		if c.kind != kindAccord && c.kind != kindNoun && c.kind != kindQuote && c.kind != kindBelief && d.inQuote(d.toks[c.from].Start) < 0 {
			return true
		}
	}
	for i := h.to; i < len(d.toks) && d.toks[i].Start < s.End && i < h.to+24; i++ {
		if w := d.low[i]; (w == "which" || w == "who") && d.low[i-1] == "," {
			if c := d.setOffEnd(i, s.End); c > i {
				i = c // an aside on the subject: "According to AFP, one user on Weibo, which is China's Twitter, posted"
				continue
			}
		}
		switch w := d.low[i]; {
		case w == "that" || w == "which" || w == "who" || w == ";" || subordinators[w] || quoteMark(d.toks[i].Text):
			return false // the cue of a clause inside the attributed one
		}
		c, ok := d.cueAt(i)
		if !ok || c.kind == kindAccord || c.kind == kindNoun || c.kind == kindQuote || !d.isVerbUse(c) {
			continue
		}
		return len(d.subject(c, s.Start)) > 0
	}
	return false
}

// quoteMark reports whether a token is a quotation mark.
func quoteMark(t string) bool {
	switch t {
	case "“", "”", "\"", "«", "»":
		return true
	}
	return false
}

// attributionIn returns the speakers of the statement whose cue stands last
// before cue h in sentence si, or nil.
func (d *doc) attributionIn(si int, h hit) []speaker {
	var out []speaker
	at := -1
	for _, st := range d.stmts {
		if st.cueAt > at && st.cueAt < h.from && d.sentenceOf(d.toks[st.cueAt].Start) == si {
			out, at = st.speakers, st.cueAt
		}
	}
	return out
}

// finite reports whether runes a..b hold a verb that makes them a clause:
// an auxiliary, a modal or a word in -ed ("It was too narrow", "Prices
// rose" is missed), not a phrase ("In the end").
func (d *doc) finite(a, b int) bool {
	for i := d.tokenAt(a); i < len(d.toks) && d.toks[i].End <= b; i++ {
		if finiteWords[d.low[i]] || (strings.HasSuffix(d.low[i], "ed") || irregularPast[d.low[i]]) && d.toks[i].Text == d.low[i] {
			return true
		}
	}
	return false
}

// finiteWords are the auxiliaries and modals that make a clause.
var finiteWords = map[string]bool{
	"is": true, "was": true, "were": true, "are": true, "am": true, "be": true, "been": true,
	"has": true, "had": true, "have": true, "will": true, "would": true, "can": true, "could": true,
	"should": true, "may": true, "might": true, "must": true, "did": true, "does": true, "do": true,
}

// negated reports whether w is a finite verb with "n't": "doesn't".
func negated(w string) bool {
	return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// endsSentence reports whether only adjuncts follow cue h to the end of
// its sentence: "…, Lavrov said on Tuesday."
func (d *doc) endsSentence(h hit, end int) bool {
	p := d.toks[h.to-1].End
	if k := strings.Index(lower(string(d.rs[p:end])), ", according to "); k >= 0 {
		end = p + len([]rune(string(d.rs[p:end])[:k])) // "…, the council said, according to the Gazette."
	}
	end = d.participleCut(h.to, end)
	return d.onlyAdjuncts(p, end) || d.placePhrases(p, end) || h.kind == kindTell && d.addresseeOnly(p, end) || d.toListener(p, end)
}

// toListener reports whether runes a..b hold only "to" and whom the words
// were said to, a venue or a name, with adjuncts after them: "…, the source
// claimed to the outlet.", "…, she said to reporters on Monday."
func (d *doc) toListener(a, b int) bool {
	i, end := d.tokenAt(a), d.tokenAt(b)
	if i >= end || d.low[i] != "to" {
		return false
	}
	k := i + 1
	if k < end && determiners[d.low[k]] {
		k++
	}
	if k >= end {
		return false
	}
	if _, venue := lex.venues[d.low[k]]; venue || sourceType(d.low[k]) != "" && !d.inMention(d.toks[k].Start) {
		k++ // "to reporters", "to the outlet"
	} else if ms := d.mentionsIn(d.toks[k].Start, d.toks[k].End); len(ms) > 0 {
		k = d.tokenAt(ms[0].End)
	} else {
		return false
	}
	return k >= end || d.onlyAdjuncts(d.toks[k].Start, b)
}

// placePhrases reports whether runes a..b hold only phrases opened by a
// preposition that say where, when or how something was said: "on an
// episode of their podcast", "at a rally outside the depot". A verb, a
// pronoun that opens a clause, "that", a quotation or a cue makes them
// content.
func (d *doc) placePhrases(a, b int) bool {
	i, end := d.tokenAt(a), d.tokenAt(b)
	if i >= end || !placePreps[d.low[i]] {
		return false
	}
	for k := i; k < end; k++ {
		w := d.low[k]
		if d.nounParticiple(k, end) {
			continue // "in a statement released on Monday"
		}
		if q := d.inQuote(d.toks[k].Start); q >= 0 && d.quotedTitle(d.quotes[q]) {
			for k+1 < end && d.toks[k+1].Start < d.quotes[q].Outer.End {
				k++ // the name of a show or a paper: "on their podcast “Better Sums.”"
			}
			continue
		}
		if w == "that" || finiteWords[w] || subjectPronouns[w] || quoteMark(d.toks[k].Text) || strings.HasSuffix(w, "ed") && d.toks[k].Text == w {
			return false
		}
		if _, cue := d.cueAt(k); cue {
			return false
		}
	}
	return true
}

// quotedTitle reports whether quotation q is a title, as of a show, a
// paper or a book: a few words, each capitalised.
func (d *doc) quotedTitle(q text.Quote) bool {
	n := wordCount(q.Inner.Text)
	return n > 0 && n <= 6 && titleWords(q.Inner.Text)
}

// placePreps open a phrase of where, when or how something was said.
var placePreps = map[string]bool{"on": true, "in": true, "at": true, "during": true, "after": true, "before": true, "via": true, "from": true, "outside": true, "inside": true}

// participleCut returns where a cue in -ing set off by a comma starts
// between token i and rune offset end, or end: the participle reports a
// statement of its own ("…, Holt said, adding that the county would pay").
func (d *doc) participleCut(i, end int) int {
	for k := i; k+1 < len(d.toks) && d.toks[k+1].Start < end; k++ {
		if d.low[k] != "," || !strings.HasSuffix(d.low[k+1], "ing") {
			continue
		}
		if c, ok := d.cueAt(k + 1); ok && c.kind != kindNoun && c.kind != kindAccord {
			return d.toks[k].Start
		}
	}
	return end
}

// addresseeOnly reports whether runes a..b hold only the listener of
// "told" and adjuncts: "…, they told our correspondent."
func (d *doc) addresseeOnly(a, b int) bool {
	words := 0
	for k := d.tokenAt(a); k < len(d.toks) && d.toks[k].End <= b; k++ {
		t := d.toks[k].Text
		if !isWord(t) {
			if t != "," && t != "." && t != "’" && t != "'" {
				return false
			}
			continue
		}
		if _, cue := d.cueAt(k); cue || d.low[k] == "that" || d.low[k] == "to" {
			return false
		}
		words++
	}
	return words > 0 && words <= 6
}

// invertedEnds reports whether an inverted subject after cue h closes
// the sentence, with only adjuncts after it: "…, said Peskov on Monday."
func (d *doc) invertedEnds(h hit, end int) bool {
	sp, after := d.inverted(h, end)
	if sp == nil {
		return false
	}
	after = d.headNounsEnd(after, end)
	return d.onlyAdjuncts(after, end) || d.appositiveEnds(after, end)
}

// headNounsEnd returns where the nouns after a name at rune offset a end,
// before b, when they name what it is, the last of them a noun of
// data/speakers.tsv: "the Press Association news agency", "the Arlow
// Trust spokesman". Else a.
func (d *doc) headNounsEnd(a, b int) int {
	i := d.tokenAt(a)
	for k := i; k < len(d.toks) && k < i+3 && d.toks[k].End <= b; k++ {
		if !isLowerWord(d.toks[k].Text) || closedWord(d.low[k]) {
			break
		}
		if sourceType(d.low[k]) != "" {
			return d.toks[k].End
		}
	}
	return a
}

// inverted returns the inverted subject after cue h, before rune offset
// end, and where the words that name it end; or nil.
func (d *doc) inverted(h hit, end int) ([]speaker, int) {
	sp := d.after(h, end)
	if len(sp) == 0 {
		return nil, -1
	}
	p := d.toks[h.to-1].End
	rest := string(d.rs[p:end])
	k := strings.Index(rest, sp[0].mention)
	if k < 0 {
		return nil, -1
	}
	return sp, p + len([]rune(rest[:k+len(sp[0].mention)]))
}

// appositiveEnds reports whether runes a..b hold only an appositive that
// closes the sentence: ", portfolio manager at Tocqueville Asset
// Management.", ", 35, a former member of a gang.", ", who had just left
// the store with her two sons." — a comma, then words with no verb of
// speech, no quotation and no conjunction opening a clause of its own
// (", but the deal …"); or a relative clause of a person with no comma
// (" who was at the talks.").
func (d *doc) appositiveEnds(a, b int) bool {
	i := d.tokenAt(a)
	if i < len(d.toks) && (d.low[i] == "who" || d.low[i] == "whose") {
		i-- // a relative clause with no comma says which one: "…, said a diplomat who was at the talks."
	} else if i+1 >= len(d.toks) || d.toks[i].Text != "," || conjunctions[d.low[i+1]] {
		return false
	}
	words := 0
	for k := i + 1; k < len(d.toks) && d.toks[k].End <= b; k++ {
		t := d.toks[k].Text
		switch {
		case isWord(t) || d.toks[k].Kind == text.Number:
			words++
			if _, cue := d.cueAt(k); cue || d.low[k] == "that" && k == i+1 {
				return false
			}
		case t != "," && t != "." && t != "-" && t != "–" && t != "’" && t != "'" && t != "&" && t != "(" && t != ")":
			return false
		}
	}
	return words > 0 && words <= 30
}

// trailing reads a reported clause that comes before its attribution:
// "The talks will continue, Lavrov said." and "…, said Lavrov." It returns
// the speakers and the clause, or -1 offsets.
func (d *doc) trailing(start, end int, h hit) ([]speaker, int, int) {
	if !d.endsSentence(h, end) && !d.invertedEnds(h, end) {
		return nil, -1, -1
	}
	first := d.tokenAt(start)
	if c := d.parenthetical(h.aux); c > first {
		sh := h
		sh.aux = c // "…, Maren Holt, who runs the line, said.": the subject ends at the comma
		if sp, cs, ce := d.trailingFrom(start, end, h, sh, c-1); cs >= 0 {
			return sp, cs, ce
		}
		// Else the comma closed an opening phrase of the clause: "In
		// 2010, the rule was crucial, said Holt."
	}
	return d.trailingFrom(start, end, h, h, h.aux-1)
}

// trailingFrom reads the clause of trailing before the comma that ends its
// subject, at token last or a few before it; sh is h with its auxiliaries
// starting where the subject ends.
func (d *doc) trailingFrom(start, end int, h, sh hit, last int) ([]speaker, int, int) {
	first := d.tokenAt(start)
	if r := d.restrictive(last+1, start); r >= 0 {
		last = r - 1 // "…, a spokeswoman who asked not to be named said.": the clause says which one
	}
	for i := last; i >= first && i >= last-8; i-- {
		if w := d.low[i]; relatives[w] || w == "what" || w == "that" {
			return nil, -1, -1 // a relative clause: "…, what Yerevan rejects"
		}
		if d.low[i] != "," {
			continue
		}
		sp := d.subject(sh, d.toks[i].End)
		if len(sp) == 0 && i == last {
			sp = d.after(h, end)
		}
		cs, ce := trimStart(d.rs, d.pastDateline(start), d.toks[i].Start), trimEnd(d.rs, start, d.toks[i].Start)
		if len(sp) == 0 || cs >= ce || d.wordsIn(cs, ce) < 3 {
			return nil, -1, -1
		}
		return sp, cs, ce
	}
	return nil, -1, -1
}

// speakerPhraseEnds reports whether the words before token c end a phrase
// that can name a speaker: a name, or a noun of data/speakers.tsv with at
// most a short phrase after it ("a monitor from the observer mission").
func (d *doc) speakerPhraseEnds(c int) bool {
	if d.mentionEnds(d.toks[c-1].End) {
		return true
	}
	for k := c - 1; k >= 0 && k >= c-6 && isWord(d.toks[k].Text); k-- {
		if sourceType(d.low[k]) != "" {
			return true
		}
	}
	return false
}

// pastDateline returns where the text of a sentence starting at rune
// offset p begins after a dateline: a place and an agency before a dash
// ("WASHINGTON (AFP) —", "KABUL, Afghanistan —", "LONDON (Reuters) -"), a
// place and an agency in parentheses before the first word ("Hong Kong
// (CNN Business) The markets …"), or a place alone before a dash opening
// the text ("Tarrow, Velmora — "). The place opens with a capital and its
// words are capitalised, numbers or commas. Without one, p.
func (d *doc) pastDateline(p int) int {
	i := d.tokenAt(p)
	if i >= len(d.toks) || !startsUpper(d.toks[i].Text) {
		return p
	}
	agency := false
	for k := i + 1; k < len(d.toks) && k <= i+8; k++ {
		switch t := d.toks[k].Text; {
		case t == "—" || t == "–" || t == "--" || t == "-" && d.toks[k].Start > d.toks[k-1].End:
			if k+1 < len(d.toks) && (abbreviation(d.toks[i].Text) || agency || p == 0 && k-i <= 5) {
				return d.toks[k+1].Start
			}
			return p
		case t == "(":
		case t == ")":
			agency = d.toks[k-1].Text != "("
			if agency && k+1 < len(d.toks) && startsUpper(d.toks[k+1].Text) && isWord(d.toks[k+1].Text) && !abbreviation(d.toks[i].Text) {
				return d.toks[k+1].Start // no dash after the agency
			}
		case t == ",", t == ".", startsUpper(t) && isWord(t), isDigits(t):
		default:
			return p
		}
	}
	return p
}

// isDigits reports whether s is a number written in digits.
func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// parenthetical returns the token index of the comma that opens a
// parenthesis closed by a comma right before token k, which sets off a
// relative clause, an age, an apposition or the medium of speech after a
// subject ("Holt, who runs the line, said", "Holt, 45, said", "Holt, the
// head of the line, said", "the council, in a statement, said"), or -1.
func (d *doc) parenthetical(k int) int {
	if k < 2 || d.low[k-1] != "," {
		return -1
	}
	for c := k - 2; c > 0 && c >= k-16; c-- {
		switch d.low[c] {
		case ".", ";", ":", "“", "”", "\"":
			return -1
		case ",":
			switch w := d.low[c+1]; {
			case w == "who" || w == "whose" || w == "which" || w == "a" || w == "an" || w == "the":
				return c
			case strings.HasSuffix(w, "ing") && d.toks[c+1].Text == w && d.speakerPhraseEnds(c):
				return c // "An official, speaking on condition of anonymity, said", not "…, allowing crews to work, said Holt"
			case quantifiers[w] && d.low[c+2] == "of":
				return c // "Residents, many of them sheltering at a school, said"
			case d.toks[c+1].Kind == text.Number && c+2 == k-1:
				return c
			case (w == "in" || w == "on" || w == "through" || w == "via") && d.sayingIn(c+2, k-1):
				return c // "The company, in a statement, said"
			}
			return -1
		}
	}
	return -1
}

// sayingIn reports whether tokens a..b name a document or a venue of
// speech: "a statement", "its tweet announcing the recall", "remarks to
// reporters".
func (d *doc) sayingIn(a, b int) bool {
	for k := a; k < b; k++ {
		if _, venue := lex.venues[d.low[k]]; venue || lex.docs[d.low[k]] || d.low[k] == "remarks" || d.low[k] == "interview" {
			return true
		}
	}
	return false
}

// coordinated reports whether cue h is joined to the statement before it in
// the sentence ("…, but insists that", "…, accusing", "…, noting that"), and
// where the earlier content ends.
func (d *doc) coordinated(h hit) (int, bool) {
	i := h.aux - 1
	for k := 0; k < 8 && i >= 0; k, i = k+1, i-1 {
		if k == 0 && d.low[i] == "," {
			if at, ok := d.asideBefore(i); ok {
				return at, true // "…, but his lawyer, Alexis Kougias, said"
			}
		}
		switch d.low[i] {
		case ",", "but", "and", ";":
			if d.low[i] == "," && k > 0 && !d.namesOnly(i+1, h.aux) && !(k == 1 && subjectPronouns[d.low[i+1]]) {
				return 0, false // "…, he said" opens a main clause; "…, the report said" does not
			}
			for i > 0 && (d.low[i-1] == "," || d.low[i-1] == "but" || d.low[i-1] == "and") {
				i--
			}
			return d.toks[i].Start, true
		}
	}
	return 0, false
}

// asideBefore reports whether the comma at token c, right before a cue,
// closes an aside set off by commas within the subject of a clause joined
// to the one before it ("…, but his lawyer, Alexis Kougias, said", "…,
// and the army, in a statement on Friday, said"), and where that clause
// starts: the cue has a subject of its own, not the earlier speaker's.
func (d *doc) asideBefore(c int) (int, bool) {
	opened := -1 // the comma that opens the aside
	for j := c - 1; j >= 0 && j >= c-asideTokens; j-- {
		switch w := d.low[j]; {
		case w == "," && opened < 0:
			opened = j
		case opened >= 0 && j+1 < opened && (w == "but" || w == "and" || w == "while" || w == "whereas"):
			if j > 0 && d.low[j-1] == "," {
				j--
			}
			return d.toks[j].Start, true
		case w == "." && (j > 0 && len(d.toks[j-1].Text) == 1 && startsUpper(d.toks[j-1].Text) || d.low[j+1] == ","):
			// the full stop of an initial, "the U.S. Geological Survey", or
			// of an abbreviation, which a comma follows: "in Golden, Colo.,"
		case w == "." || w == ";" || w == ":" || !isWord(d.toks[j].Text) && w != "," && w != "'s" && w != "’s":
			return 0, false
		}
	}
	return 0, false
}

// asideTokens bounds the tokens asideBefore looks back over: a subject and
// an aside of a few words each.
const asideTokens = 14

// namesOnly reports whether tokens a..b are capitalised words: a named
// subject between a comma and its cue ("…, Foreign Minister Le Drian
// noting that").
func (d *doc) namesOnly(a, b int) bool {
	for k := a; k < b; k++ {
		t := d.toks[k].Text
		if !isWord(t) || d.low[k] == t {
			return false
		}
	}
	return true
}

// subordinate reports whether cue h opens a subordinate clause with its own
// speaker, different from prev's, and where prev's content ends. A reason
// stays in the content: "explaining how he couldn’t have been there,
// because she described him as …" is one argument.
func (d *doc) subordinate(h hit, prev *stmt) (int, bool) {
	for i := h.aux - 1; i >= 0 && i >= h.aux-4; i-- {
		if d.low[i] == "because" {
			return 0, false
		}
		if !subordinators[d.low[i]] {
			continue
		}
		sp := d.subject(h, d.toks[i].Start)
		if len(sp) == 0 || sp[0].id == prev.speakers[0].id {
			return 0, false
		}
		return d.toks[i].Start, true
	}
	return 0, false
}

// mainSubject returns the subject a participle cue ("…, accusing Ankara
// of") shares with its sentence: a description of a speaker that opens the
// sentence, else its first entity that is not a modifier.
func (d *doc) mainSubject(from, to int) []speaker {
	if sp := d.describedAfter(from, d.clauseEnd(from, to), true); sp != nil {
		return sp // "Shopkeepers on Mill Road have protested …, warning that"
	}
	for _, m := range d.mentionsIn(from, to) {
		if m.End <= to && (!d.modifies(m.End, to) || d.opensWithVerb(m, from)) && !d.governed(m) { // "In Paris, Holt met them and said": not Paris
			return []speaker{{id: m.Entity, mention: m.Text}}
		}
	}
	if i := d.tokenAt(from); i < len(d.toks) && (d.low[i] == "he" || d.low[i] == "she" || d.low[i] == "they") {
		return d.pronoun(d.low[i], i) // "She didn't give a date, but said …"
	}
	return nil
}

// opensWithVerb reports whether mention m opens the clause at rune offset
// from, or follows an opening adverbial set off by a comma ("On Thursday,
// Lavrov …"), and the word after it is its verb, not a noun it modifies:
// "Lavrov left early and …", "Lavrov met them, saying …", unlike "Putin
// spokesman" or "Kremlin aides" (a speaker's noun) and "Turkey's
// President" (a possessive).
func (d *doc) opensWithVerb(m entity.Resolved, from int) bool {
	first := d.toks[min(d.tokenAt(from), len(d.toks)-1)].Start
	if k := d.tokenAt(m.Start); m.Start != first && (k == 0 || d.low[k-1] != "," || d.tokenAt(from) > k-2) {
		return false
	}
	return !d.premodifier(m.End) && sourceType(d.nextWord(m.End)) == ""
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// hasThat reports whether the content at cs follows the complementiser "that".
func (d *doc) hasThat(h hit, cs int) bool {
	i := d.tokenAt(cs)
	return i > 0 && d.low[i-1] == "that"
}

// wholeQuote returns the inner span of the quotation that makes up all of
// content cs..ce but punctuation, or -1 offsets: a paraphrase with a few
// quoted words is not the speaker's own words.
func (d *doc) wholeQuote(cs, ce int) (int, int) {
	i := sort.Search(len(d.quotes), func(i int) bool { return d.quotes[i].Outer.End > cs })
	if i == len(d.quotes) {
		return -1, -1
	}
	q := d.quotes[i]
	if q.Outer.Start >= ce || d.wordsIn(cs, max(cs, q.Outer.Start)) > 0 {
		return -1, -1
	}
	if q.Outer.End < ce && d.wordsIn(q.Outer.End, ce) > 0 {
		return -1, -1
	}
	a, b := max(q.Inner.Start, cs), min(q.Inner.End, ce)
	a, b = trimStart(d.rs, a, b), trimEnd(d.rs, a, b)
	if a >= b {
		return -1, -1
	}
	return a, b
}

// according handles "according to X": the rest of the sentence is X's.
func (d *doc) according(si int, h hit) {
	s := d.sents[si]
	p := d.toks[h.to-1].End
	var sp []speaker
	var mEnd int
	for _, m := range d.mentionsIn(p, d.clauseEnd(p, s.End)) {
		if n := d.wordsIn(p, m.Start); n <= 2 || n <= 6 && d.documentOf(p, m.Start) {
			sp, mEnd = []speaker{{id: m.Entity, mention: m.Text}}, m.End
			break
		}
	}
	if len(sp) == 0 {
		mEnd = d.clauseEnd(p, s.End)
		sp = d.describedAfter(p, mEnd, false) // "according to a local police source"
	}
	if len(sp) == 0 {
		sp = d.issuedIn(p, mEnd) // "according to a statement released by the ministry"
	}
	if len(sp) == 0 {
		sp = d.agentIn(p, mEnd) // "according to a 2018 survey by Penny Ross of the University of Arlow"
	}
	if len(sp) == 0 {
		if i := d.tokenAt(p); d.tokenAt(mEnd) == i+2 && d.low[i] == "the" && lex.docs[d.low[i+1]] {
			sp = d.issuerBefore(i + 1) // "a report by the agency … according to the report"
		}
	}
	if len(sp) == 0 {
		sp = d.namedSource(p, mEnd) // "according to court records", "according to the newspaper's sources"
	}
	if len(sp) == 0 {
		return
	}
	var cs, ce int
	if d.toks[h.aux].Start <= s.Start+1 || d.openedBy(s.Start, h.aux) || d.opensLine(h.aux) {
		rest := string(d.rs[mEnd:s.End])
		k := strings.Index(rest, ",")
		switch {
		case d.bareClause(mEnd, s.End):
			cs, ce = mEnd, s.End // no comma closes the source: "According to Holt the vote was rigged"
		case k < 0:
			return
		default:
			cs, ce = mEnd+len([]rune(rest[:k+1])), s.End
		}
	} else {
		cs, ce = d.pastDateline(s.Start), d.toks[h.aux].Start
		if a, b := d.afterAside(h, mEnd, s.End); a >= 0 && d.wordsIn(a, b) > d.wordsIn(cs, ce) {
			cs, ce = a, b // "He had, according to the Post, killed and eaten a rabbit"
		}
	}
	cs, ce = trimStart(d.rs, cs, ce), trimEnd(d.rs, cs, ce)
	if d.wordsIn(cs, ce) < 2 {
		return
	}
	st := stmt{speakers: sp, cue: d.cueText(h), cueAt: h.from, start: cs, end: ce, sent: si}
	if a, b := d.wholeQuote(cs, ce); a >= 0 {
		st.start, st.end, st.direct = a, b, true
	}
	d.add(st)
}

// openedBy reports whether only a coordinator or a sentence adverb stands
// between rune offset start and token i, so that token i opens the
// sentence: "But according to Holt, …", "However, according to Holt, …".
func (d *doc) openedBy(start, i int) bool {
	a := d.tokenAt(d.pastDateline(start))
	if a >= i || !openers[d.low[a]] {
		return false
	}
	return a+1 == i || a+2 == i && d.low[a+1] == ","
}

// openers are the coordinators and sentence adverbs that may open a
// sentence before its first phrase.
var openers = map[string]bool{
	"but": true, "and": true, "yet": true, "so": true, "or": true, "however": true, "also": true,
	"still": true, "meanwhile": true, "moreover": true, "indeed": true, "instead": true, "now": true,
}

// agentIn returns who made the work that runes a..b name after "according
// to": the person or body a "by" within its first six words introduces ("a
// 2018 survey by Penny Ross", "a report by the Harbour Trust"), or nil. A
// study or a survey by someone has a speaker; one by no one does not.
func (d *doc) agentIn(a, b int) []speaker {
	i, e := d.tokenAt(a), d.tokenAt(b)
	for k := i; k < e && k < i+6; k++ {
		if d.low[k] != "by" {
			if !isWord(d.toks[k].Text) {
				return nil
			}
			continue
		}
		n := k + 1
		if n < e && determiners[d.low[n]] {
			n++
		}
		if n >= e {
			return nil
		}
		if ms := d.mentionsIn(d.toks[n].Start, d.toks[n].End); len(ms) > 0 {
			return []speaker{{id: ms[0].Entity, mention: ms[0].Text}}
		}
		return nil
	}
	return nil
}

// namedSource returns the source that the words from rune offset a to b
// name after "according to", whatever they name — a document, records, a
// report — or nil when they are a pronoun or too long to be a name.
func (d *doc) namedSource(a, b int) []speaker {
	a, b = trimStart(d.rs, a, b), trimEnd(d.rs, a, b)
	name := string(d.rs[a:b])
	n := wordCount(name)
	if n == 0 || n > 8 || n == 1 && (pronouns[lower(name)] || objectPronouns[lower(name)]) || strings.ContainsAny(name, "“”\"«»") {
		return nil
	}
	m := parallax.Mention{Doc: d.d.ID, Start: a, End: b, Text: name}
	id := d.reg.Source(d.d.ID, parallax.Org, name, m)
	d.sources[id] = true
	return []speaker{{id: id, mention: name}}
}

// afterAside returns the rest of the sentence after an "according to"
// set off by commas inside it, from the comma that closes the aside at or
// after rune offset p to end, or -1 offsets. A relative clause after that
// comma tells of the source, not the sentence's rest: "…, according to
// Mara Quill, who was on the phone with the crew".
func (d *doc) afterAside(h hit, p, end int) (int, int) {
	if h.aux == 0 || d.low[h.aux-1] != "," {
		return -1, -1
	}
	for i := d.tokenAt(p); i < len(d.toks) && d.toks[i].Start < end && i < d.tokenAt(p)+8; i++ {
		if d.low[i] != "," {
			continue
		}
		if i+1 < len(d.toks) && relatives[d.low[i+1]] {
			return -1, -1
		}
		return d.toks[i].End, end
	}
	return -1, -1
}

// relatives are the pronouns that open a relative clause after a comma.
var relatives = map[string]bool{"who": true, "whom": true, "whose": true, "which": true}

// documentOf reports whether runes a..b name a document or a statement
// that the name after them issued: "according to a statement from", "a
// report by the".
func (d *doc) documentOf(a, b int) bool {
	doc := false
	for _, w := range strings.Fields(lower(string(d.rs[a:b]))) {
		switch {
		case lex.docs[w]:
			doc = true
		case docGlue[w]:
		default:
			return false
		}
	}
	return doc
}

// docGlue are the words that join a document's noun to its issuer: "a
// press release issued by", "an emailed statement from".
var docGlue = map[string]bool{
	"a": true, "an": true, "the": true, "from": true, "by": true, "of": true, "press": true, "news": true,
	"emailed": true, "issued": true, "written": true, "posted": true, "published": true, "released": true,
}

// freeIndirect adds the sentences that carry on a reported "that"-clause in
// the same paragraph without a cue of their own, as statements of the same
// speaker with no cue. A sentence that opens with a pronoun ("He did not
// elaborate") or a person ("Lavrov left"), holds a quotation, reports
// speech, or comments on statements ("Such statements …") ends the run.
func (d *doc) freeIndirect() {
	n := len(d.stmts)
	for k := 0; k < n; k++ {
		s := d.stmts[k]
		if !s.that || s.direct || s.sent < 0 || d.hasLaterStatement(s) {
			continue
		}
		para := d.paraOf(s.start)
		for si := s.sent + 1; si < len(d.sents) && d.paraOf(d.sents[si].Start) == para; si++ {
			if !d.freeSentence(si) {
				break
			}
			sent := d.sents[si]
			end := trimEnd(d.rs, sent.Start, sent.End)
			d.add(stmt{speakers: s.speakers, cueAt: -1, belief: s.belief, start: sent.Start, end: end, sent: si, parent: k + 1})
		}
	}
}

// hasLaterStatement reports whether a statement after s starts in the same
// sentence: the run of free indirect speech belongs to the last one.
func (d *doc) hasLaterStatement(s stmt) bool {
	if d.inSent[s.sent] < 2 {
		return false
	}
	for _, o := range d.stmts {
		if o.sent == s.sent && o.start > s.start {
			return true
		}
	}
	return false
}

// freeSentence reports whether sentence si can continue a reported
// statement.
func (d *doc) freeSentence(si int) bool {
	s := d.sents[si]
	a, b := d.tokenAt(s.Start), d.tokenAt(s.End)
	if a >= b {
		return false
	}
	for _, h := range d.hits(a, b) {
		if h.kind != kindQuote {
			return false
		}
	}
	for k := a; k < b; k++ {
		switch d.toks[k].Text {
		case "“", "”", "\"", "«", "»", "?":
			return false
		}
	}
	switch d.low[a] {
	case "he", "she", "it", "they", "his", "her", "their", "its", "such", "these", "those",
		"but", "however", "meanwhile", "separately", "elsewhere", "still", "yet", "instead",
		"nevertheless", "nonetheless", "afterwards", "later":
		return false // the narrator speaks again
	}
	if ms := d.mentionsIn(s.Start, d.toks[min(a+4, b-1)].End); len(ms) > 0 && d.isPerson(ms[0].Entity) {
		return false // a person's doings: narration ("Lavrov left")
	}
	return d.inSent[si] == 0
}
