package claim

import (
	"sort"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/text"
)

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
			if !d.used[h.from] && d.inQuote(d.toks[h.from].Start) < 0 {
				hs = append(hs, h)
			}
		}
		first := len(d.stmts)
		for _, h := range hs {
			d.reported(si, h, first)
		}
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
	if prev != nil && prev.start <= cuePos && cuePos < prev.end {
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
				return // speech reported inside the content: part of it
			}
			sp = d.subject(h, cut)
		}
		if cut <= prev.start {
			return
		}
		prev.end = trimEnd(d.rs, prev.start, cut)
		clause = cut
	}
	if h.kind == kindAccord {
		d.according(si, h)
		return
	}
	if sp == nil {
		if h.kind == kindNoun {
			sp = d.byAgent(h.to, s.End)
		} else {
			sp = d.subject(h, clause)
		}
	}
	if len(sp) == 0 && strings.HasSuffix(d.low[h.from], "ing") && h.aux > 0 && d.low[h.aux-1] == "," {
		sp = d.mainSubject(s.Start, d.toks[h.aux].Start)
	}
	limit := s.End
	cs, ce := -1, -1
	if prev == nil && h.aux > 0 && d.low[h.aux-1] == "," {
		if tsp, ts, te := d.trailing(s.Start, s.End, h); ts >= 0 {
			sp, cs, ce = tsp, ts, te // "…, said another witness, adviser Fiona Hill."
		}
	}
	if cs < 0 && len(sp) == 0 && !d.endsSentence(h, s.End) {
		return
	}
	if cs < 0 {
		cs, ce = d.content(h, limit)
	}
	if cs < 0 && prev == nil {
		sp, cs, ce = d.trailing(s.Start, s.End, h)
	}
	if cs < 0 {
		return
	}
	st := stmt{speakers: sp, cue: d.cueText(h), cueAt: h.from, start: cs, end: ce, sent: si}
	st.that = d.hasThat(h, cs)
	if a, b := d.wholeQuote(cs, ce); a >= 0 {
		st.start, st.end, st.direct = a, b, true
	}
	d.add(st)
}

// endsSentence reports whether only adjuncts follow cue h to the end of
// its sentence: "…, Lavrov said on Tuesday."
func (d *doc) endsSentence(h hit, end int) bool {
	return d.onlyAdjuncts(d.toks[h.to-1].End, end)
}

// invertedEnds reports whether an inverted subject after cue h closes
// the sentence, with only adjuncts after it: "…, said Peskov on Monday."
func (d *doc) invertedEnds(h hit, end int) bool {
	sp := d.after(h, end)
	if len(sp) == 0 {
		return false
	}
	p := d.toks[h.to-1].End
	rest := string(d.rs[p:end])
	k := strings.Index(rest, sp[0].mention)
	if k < 0 {
		return false
	}
	after := p + len([]rune(rest[:k+len(sp[0].mention)]))
	return d.onlyAdjuncts(after, end) || d.appositiveEnds(after, end)
}

// appositiveEnds reports whether runes a..b hold only an appositive that
// closes the sentence: ", portfolio manager at Tocqueville Asset
// Management." — a comma, then a few words with no verb of speech and no
// quotation.
func (d *doc) appositiveEnds(a, b int) bool {
	i := d.tokenAt(a)
	if i >= len(d.toks) || d.toks[i].Text != "," {
		return false
	}
	words := 0
	for k := i + 1; k < len(d.toks) && d.toks[k].End <= b; k++ {
		t := d.toks[k].Text
		switch {
		case isWord(t):
			words++
			if _, cue := d.cueAt(k); cue || d.low[k] == "that" || d.low[k] == "who" {
				return false
			}
		case t != "," && t != "." && t != "-" && t != "–" && t != "’" && t != "'" && t != "&":
			return false
		}
	}
	return words > 0 && words <= 12
}

// trailing reads a reported clause that comes before its attribution:
// "The talks will continue, Lavrov said." and "…, said Lavrov." It returns
// the speakers and the clause, or -1 offsets.
func (d *doc) trailing(start, end int, h hit) ([]speaker, int, int) {
	if !d.endsSentence(h, end) && !d.invertedEnds(h, end) {
		return nil, -1, -1
	}
	first := d.tokenAt(start)
	for i := h.aux - 1; i >= first && i >= h.aux-8; i-- {
		switch d.low[i] {
		case "what", "which", "who", "whom", "that", "whose":
			return nil, -1, -1 // a relative clause: "…, what Yerevan rejects"
		}
		if d.low[i] != "," {
			continue
		}
		sp := d.subject(h, d.toks[i].End)
		if len(sp) == 0 && i == h.aux-1 {
			sp = d.after(h, end)
		}
		cs, ce := trimStart(d.rs, start, d.toks[i].Start), trimEnd(d.rs, start, d.toks[i].Start)
		if len(sp) == 0 || cs >= ce || wordCount(string(d.rs[cs:ce])) < 3 {
			return nil, -1, -1
		}
		return sp, cs, ce
	}
	return nil, -1, -1
}

// coordinated reports whether cue h is joined to the statement before it in
// the sentence ("…, but insists that", "…, accusing", "…, noting that"), and
// where the earlier content ends.
func (d *doc) coordinated(h hit) (int, bool) {
	i := h.aux - 1
	for k := 0; k < 8 && i >= 0; k, i = k+1, i-1 {
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
// speaker, different from prev's, and where prev's content ends.
func (d *doc) subordinate(h hit, prev *stmt) (int, bool) {
	for i := h.aux - 1; i >= 0 && i >= h.aux-4; i-- {
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

// mainSubject returns the first entity of the sentence that is not a
// modifier: the subject a participle cue ("…, accusing Ankara of") shares.
func (d *doc) mainSubject(from, to int) []speaker {
	for _, m := range d.mentionsIn(from, to) {
		if m.End <= to && !d.modifies(m.End, to) {
			return []speaker{{id: m.Entity, mention: m.Text}}
		}
	}
	return nil
}

// content returns the rune span of what cue h reports, ending by limit, or
// -1 when there is none: the clause after "that" (found within a few words:
// "said earlier on Thursday that"), the to-infinitive after an addressee
// ("urged Turkey on Thursday to"), or the object.
func (d *doc) content(h hit, limit int) (int, int) {
	lt := d.tokenAt(limit)
	start := -1
	for k := h.to; k < lt && k < h.to+10; k++ {
		w := d.low[k]
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
		if h.kind == kindTell && isWord(d.toks[k].Text) {
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
	if start < 0 {
		if h.to >= lt {
			return -1, -1
		}
		start = d.toks[h.to].Start
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
	if i := d.tokenAt(start); numericCues[d.low[h.from]] && i < len(d.toks) && d.toks[i].Kind == text.Number || d.onlyAdjuncts(start, end) {
		return -1, -1 // "announced Wednesday at the Dubai Air Show"
	}
	if i := d.tokenAt(start); i < len(d.toks) && (d.low[i] == "about" || d.low[i] == "by") {
		return -1, -1 // a topic ("testified about a meeting") or a passive's agent ("described by the media as")
	}
	body := string(d.rs[start:end])
	ws := strings.Fields(body)
	if wordCount(body) < 2 || len(ws) <= 3 && anaphoric[lower(ws[0])] && !strings.Contains(body, " that ") {
		return -1, -1
	}
	return start, end
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
	if clauseOpeners[w] || strings.HasSuffix(w, "s") {
		return false
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
	if _, ok := lex.venues[d.low[k]]; ok {
		k++
	} else if ms := d.mentionsIn(d.toks[k].Start, d.toks[k].End); len(ms) > 0 {
		k = d.tokenAt(ms[0].End)
	} else {
		return -1
	}
	for k < lt && adjunctWord(d.toks[k].Text, d.low[k]) && d.low[k] != "the" && d.low[k] != "a" && !startsUpper(d.toks[k].Text) {
		k++ // "told reporters on Tuesday …"
	}
	if k >= lt {
		return -1
	}
	return d.toks[k].Start
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

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
}

// numericCues read as arithmetic, not speech, before a number: "the index
// added 20.72 points".
var numericCues = map[string]bool{"added": true, "adds": true, "adding": true}

func adjunctWord(text, low string) bool {
	if adjunctWords[low] || low == "," {
		return true
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
	if wordCount(string(d.rs[cs:max(cs, q.Outer.Start)])) > 0 || q.Outer.Start >= ce {
		return -1, -1
	}
	if q.Outer.End < ce && wordCount(string(d.rs[q.Outer.End:ce])) > 0 {
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
	for _, m := range d.mentionsIn(p, s.End) {
		if wordCount(string(d.rs[p:m.Start])) <= 2 {
			sp, mEnd = []speaker{{id: m.Entity, mention: m.Text}}, m.End
			break
		}
	}
	if len(sp) == 0 {
		return
	}
	var cs, ce int
	if d.toks[h.aux].Start <= s.Start+1 {
		rest := string(d.rs[mEnd:s.End])
		k := strings.Index(rest, ",")
		if k < 0 {
			return
		}
		cs, ce = mEnd+len([]rune(rest[:k+1])), s.End
	} else {
		cs, ce = s.Start, d.toks[h.aux].Start
	}
	cs, ce = trimStart(d.rs, cs, ce), trimEnd(d.rs, cs, ce)
	if wordCount(string(d.rs[cs:ce])) < 2 {
		return
	}
	st := stmt{speakers: sp, cue: d.cueText(h), cueAt: h.from, start: cs, end: ce, sent: si}
	if a, b := d.wholeQuote(cs, ce); a >= 0 {
		st.start, st.end, st.direct = a, b, true
	}
	d.add(st)
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
			d.add(stmt{speakers: s.speakers, cueAt: -1, start: sent.Start, end: end, sent: si, parent: k + 1})
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
	if a >= b || len(d.hits(a, b)) > 0 {
		return false
	}
	for k := a; k < b; k++ {
		switch d.toks[k].Text {
		case "“", "”", "\"", "«", "»", "?":
			return false
		}
	}
	switch d.low[a] {
	case "he", "she", "it", "they", "his", "her", "their", "its", "such", "these", "those",
		"but", "however", "meanwhile", "separately", "elsewhere", "still", "yet":
		return false // the narrator speaks again
	}
	if ms := d.mentionsIn(s.Start, d.toks[min(a+4, b-1)].End); len(ms) > 0 && d.isPerson(ms[0].Entity) {
		return false // a person's doings: narration ("Lavrov left")
	}
	return d.inSent[si] == 0
}
