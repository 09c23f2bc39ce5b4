package claim

import (
	"sort"
	"strings"

	"github.com/parallax-news/parallax/entity"
	"github.com/parallax-news/parallax/text"
)

// minQuoteWords is the least a quotation must hold to be a statement: fewer
// words are scare quotes or quoted terms ("blue helmets", “aggressive”).
const minQuoteWords = 4

// quoteStatements turns attributed quotations into statements, and the
// quotations that follow one without an attribution of their own into
// statements of the same speaker.
func (d *doc) quoteStatements() {
	var prev *attribution
	prevEnd := -1
	for _, q := range d.quotes {
		n := wordCount(q.Inner.Text)
		if n == 1 && d.exclaimed(q) {
			// "“Amazing,” Davis said. “To be able to …”": one word that
			// opens its sentence is the speaker's verdict, and the
			// quotations after it go on with its speaker; "The plan was
			// “remarkable,” Lavrov said." reports the whole sentence.
			if a := d.attribute(q); a != nil && a.after && d.opensSentence(q) {
				d.used[a.hit.from] = true
				prev, prevEnd = a, q.Outer.End
				d.pieces(q, a)
			}
			continue // else the word is quoted in the writer's sentence, which the attribution reports
		}
		if n <= 2 && d.answers(q) {
			if a := d.attribute(q); a != nil {
				d.used[a.hit.from] = true // "Asked whether …, Holt answered, “Yes.”": the answer is the statement
				prev, prevEnd = a, q.Outer.End
				d.pieces(q, a)
			}
			continue
		}
		if n < 2 {
			continue
		}
		a := d.attribute(q)
		if n < minQuoteWords && (a == nil || !a.after && !a.colon) && !(a != nil && d.resumes(q)) {
			continue // a scare quote, or a quoted term inside a sentence
		}
		if a == nil && prev != nil && d.continues(prevEnd, q) && !d.speechBetween(prevEnd, q.Outer.Start) {
			c := *prev
			c.cue, c.hit = "", nil
			a = &c
		}
		if a == nil {
			d.unattributed = append(d.unattributed, q)
			continue
		}
		if a.hit != nil {
			d.used[a.hit.from] = true
		}
		d.pieces(q, a)
		prev, prevEnd = a, q.Outer.End
	}
}

// resumes reports whether quotation q takes up the quoted sentence that
// an attribution interrupted after a comma, in the sentence of the
// quotation before it: "“The dock is old,” Brandt said, “and crumbling.”"
// gives both parts, however short the second.
func (d *doc) resumes(q text.Quote) bool {
	prevEnd := d.prevQuoteEnd(q.Outer.Start)
	if prevEnd < 2 || d.sentenceOf(prevEnd-1) != d.sentenceOf(q.Outer.Start) {
		return false
	}
	gap := strings.TrimSpace(string(d.rs[prevEnd:q.Outer.Start]))
	if !strings.HasSuffix(gap, ",") || len(d.hits(d.tokenAt(prevEnd), d.tokenAt(q.Outer.Start))) != 1 {
		return false // more than the attribution between: "…,” she told a rally, calling it “a sham.”"
	}
	for i := prevEnd - 1; i > 0 && i > prevEnd-3; i-- {
		if d.rs[i] == ',' {
			return true
		}
	}
	return false
}

// answers reports whether quotation q closes a sentence that opens with
// "Asked" and a question put to the speaker: the quoted words, however
// few, are the answer ("Asked whether she knew, Holt said “absolutely.”").
func (d *doc) answers(q text.Quote) bool {
	si := d.sentenceOf(q.Outer.Start)
	if si < 0 || d.wordsIn(q.Outer.End, d.sents[si].End) > 0 {
		return false
	}
	i := d.tokenAt(d.sents[si].Start)
	return i+1 < len(d.toks) && d.low[i] == "asked" && questionWords[d.low[i+1]]
}

// exclaimed reports whether quotation q is a sentence of its own that its
// attribution interrupts: its words end in a comma, an exclamation or a
// question inside the marks ("“Amazing,” Davis said"), unlike a quoted term.
func (d *doc) exclaimed(q text.Quote) bool {
	e := trimEnd(d.rs, q.Inner.Start, q.Inner.End)
	if e < q.Inner.End && d.rs[e] == ',' {
		return true
	}
	return d.asks(q)
}

// continuedQuotes gives the quotations left without an attribution that
// open a paragraph right after a paragraph that a statement closes, or a
// sentence right after a sentence that a statement closes, to the speaker
// of that statement: news prose goes on with the words of the person it
// last reported ("X said the release “gives us hope …\n\n“We see these
// developments …”", "X said the county refused to pay.\n\n“The engines are
// older than I am.”", "Tarrow said the ferry lost money. “We cannot keep
// paying.”").
func (d *doc) continuedQuotes() {
	for _, q := range d.unattributed {
		qp := d.paraOf(q.Outer.Start)
		if qp < 0 || wordCount(q.Inner.Text) < minQuoteWords || d.within(q.Inner.Start) {
			continue
		}
		var last *stmt
		if qp >= 1 && d.paras[qp].Start == q.Outer.Start {
			pp := d.beforeEmbed(qp - 1)
			for k := range d.stmts {
				s := &d.stmts[k]
				if d.paraOf(s.start) == pp && (last == nil || s.end > last.end) {
					last = s
				}
			}
			if last != nil && !d.closes(last, pp) {
				last = nil
			}
		} else if si := d.sentenceOf(q.Outer.Start); si > 0 && d.sents[si].Start == q.Outer.Start && d.paraOf(d.sents[si-1].Start) == qp {
			last = d.closing(si - 1)
		}
		end := d.paras[qp].End
		if si := d.sentenceOf(q.Outer.End - 1); si >= 0 {
			end = min(end, d.sents[si].End)
		}
		if last == nil || len(d.hits(d.tokenAt(q.Outer.End), d.tokenAt(end))) > 0 {
			continue // a cue after the quotation attributes it, though not in a form read
		}
		d.pieces(q, &attribution{speakers: last.speakers, cue: ""})
	}
}

// within reports whether rune offset p lies in the content of a
// statement found so far: a quotation inside a reported clause is part of
// it ("“…” impeachment, Trump said").
func (d *doc) within(p int) bool {
	for _, s := range d.stmts {
		if s.start <= p && p < s.end {
			return true
		}
	}
	return false
}

// closing returns the statement with a cue that ends sentence si, or nil.
func (d *doc) closing(si int) *stmt {
	var last *stmt
	for k := range d.stmts {
		s := &d.stmts[k]
		if s.cueAt >= 0 && d.sentenceOf(s.start) == si && d.statementSentence(*s) == si && (last == nil || s.end > last.end) {
			last = s
		}
	}
	if last == nil || d.wordsIn(last.end, d.sents[si].End) > 0 && d.toks[last.cueAt].Start < last.end {
		return nil // words of the sentence's own follow the statement; but its attribution may: "“…” impeachment, Trump said."
	}
	return last
}

// speechBetween reports whether a cue outside quotations that no quotation
// has claimed stands between rune offsets a and b: someone else may speak
// there ("“…,” Holt said. Tarrow said the ferry lost money. “…”"). The
// source of a report ("“…,” Holt said, per the Gazette.") speaks no words
// of its own.
func (d *doc) speechBetween(a, b int) bool {
	for _, h := range d.hits(d.tokenAt(a), d.tokenAt(b)) {
		if !d.used[h.from] && h.kind != kindQuote && h.kind != kindNoun && h.kind != kindAccord && d.inQuote(d.toks[h.from].Start) < 0 {
			return true
		}
	}
	return false
}

// closes reports whether statement s ends paragraph p: a quotation with
// nothing after it but its own attribution ("“…,” he said."), or a
// reported statement in the paragraph's last sentence with its cue.
func (d *doc) closes(s *stmt, p int) bool {
	last := d.sentenceOf(trimEnd(d.rs, d.paras[p].Start, d.paras[p].End) - 1)
	if d.inQuote(max(s.end-1, s.start)) >= 0 {
		return d.wordsIn(s.end, d.paras[p].End) == 0 ||
			s.cueAt >= 0 && d.toks[s.cueAt].Start >= s.end && last >= 0 && d.statementSentence(*s) == last
	}
	return s.cueAt >= 0 && last >= 0 && d.statementSentence(*s) == last && d.sentenceOf(s.start) == last
}

// beforeEmbed returns the paragraph before an embedded social post that
// ends at paragraph p, or p when p is no post's signature line. A post is
// its text and a signature line opening with a dash ("— Name (@handle)
// date"); a quotation goes on after it.
func (d *doc) beforeEmbed(p int) int {
	if p >= 2 {
		if r := d.rs[d.paras[p].Start]; r == '—' || r == '–' {
			return p - 2
		}
	}
	return p
}

// attribution is who a quotation is attributed to, and by which cue.
type attribution struct {
	speakers []speaker
	cue      string
	hit      *hit
	after    bool // the attribution follows the quotation
	colon    bool // a colon introduces the quotation: "He replied: “Not a chance.”"
}

// attribute looks for the cue that attributes q: after it in its sentence
// ("“…,” he said", "“…,” added the statement") or right before it ("X said:
// “…”", "the claim by X that “…”").
func (d *doc) attribute(q text.Quote) *attribution {
	si := d.sentenceOf(max(q.Outer.End-1, q.Outer.Start))
	if si >= 0 {
		end := d.sents[si].End
		split := end <= q.Outer.End && si+1 < len(d.sents) && d.asks(q) &&
			d.paraOf(d.sents[si+1].Start) == d.paraOf(q.Outer.Start) && d.wordsIn(q.Outer.End, d.sents[si+1].Start) == 0
		if split {
			// A question or an exclamation ends its sentence inside the
			// marks: "“Why now?” Holt asked." reads on into the next one.
			end = d.sents[si+1].End
		}
		if nq := d.nextQuoteStart(q.Outer.End); nq >= 0 && nq < end {
			end = nq
		}
		a, b := d.tokenAt(q.Outer.End), d.tokenAt(end)
		for _, h := range d.hits(a, min(b, a+24)) {
			if h.kind == kindBelief || h.kind == kindNoun || !d.subjectGap(q.Outer.End, d.toks[h.aux].Start) {
				continue
			}
			if split && !d.attributionEnds(h, end) {
				continue // "“Why now?” Holt said the answer was simple": a sentence of its own
			}
			var sp []speaker
			if h.kind != kindAccord {
				sp = d.subject(h, q.Outer.End)
			}
			if len(sp) == 0 {
				sp = d.after(h, end) // "said Peskov", "according to Peskov"
			}
			if len(sp) > 0 {
				return &attribution{speakers: sp, cue: d.cueText(h), hit: &h, after: true}
			}
		}
	}
	sb := d.sentenceOf(q.Outer.Start)
	if sb < 0 {
		return nil
	}
	from := d.sents[sb].Start
	if pq := d.prevQuoteEnd(q.Outer.Start); pq > from {
		from = pq
	}
	a, b := d.tokenAt(from), d.tokenAt(q.Outer.Start)
	hs := d.hits(a, b)
	if len(hs) == 0 {
		if a := d.labelled(from, q.Outer.Start); a != nil {
			return a
		}
		return d.colonSubject(from, q.Outer.Start)
	}
	h := hs[len(hs)-1]
	if h.kind == kindNoun {
		sp := d.byAgent(h.to, q.Outer.Start)
		if len(sp) == 0 || d.thatAfter(h.to, d.tokenAt(q.Outer.Start)) >= 0 {
			return nil // the noun's own clause comes first: "accusations by Sudan that … as “baseless”"
		}
		return &attribution{speakers: sp, cue: string(d.rs[d.toks[max(h.from-1, 0)].Start:d.toks[h.to].End]), hit: &h}
	}
	var sp []speaker
	if d.attributionGap(d.toks[h.to-1].End, q.Outer.Start) {
		sp = d.subject(h, from)
	}
	if len(sp) == 0 {
		if sp := d.invertedBetween(h, from, q.Outer.Start); sp != nil {
			return &attribution{speakers: sp, cue: d.cueText(h), hit: &h} // "“A,” says Tom Johnston in a statement, “and B.”"
		}
		return nil
	}
	colon := strings.HasSuffix(strings.TrimSpace(string(d.rs[d.toks[h.to-1].End:q.Outer.Start])), ":")
	return &attribution{speakers: sp, cue: d.cueText(h), hit: &h, colon: colon}
}

// invertedBetween returns the speaker an inverted attribution names
// between two parts of one quotation, from rune offset from, where the
// first part ends, to b, where the second starts: the cue opens the gap
// and the speaker's name follows it with at most a time, a place or an
// addressee after it ("“…,” says Tom Johnston in a statement, “…”"), or
// nil.
func (d *doc) invertedBetween(h hit, from, b int) []speaker {
	if d.wordsIn(from, d.toks[h.from].Start) > 0 || h.kind == kindAccord {
		return nil
	}
	sp, after := d.inverted(h, b)
	if sp == nil || !d.attributionGap(after, b) {
		return nil
	}
	return sp
}

// labelled returns the speaker that labels a quotation starting at rune
// offset b with a name and a colon alone, as headlines and transcripts do
// ("Velmoria: “No troops will cross”", "Mayor Lena Holt: “…”"), or nil. A
// headline's name may be one the text names only further on, or the
// surname of a person it names in full.
func (d *doc) labelled(from, b int) *attribution {
	gap := strings.TrimSpace(string(d.rs[from:b]))
	label, ok := strings.CutSuffix(gap, ":")
	if !ok {
		return nil
	}
	label = strings.TrimSpace(label)
	if label == "" || wordCount(label) > 5 || !titleWords(label) {
		return nil
	}
	ms := d.mentionsIn(from, b)
	if len(ms) > 1 || len(ms) == 1 && (ms[0].End > b || strings.TrimSpace(string(d.rs[ms[0].End:b])) != ":") {
		return nil
	}
	if len(ms) == 1 {
		return &attribution{speakers: []speaker{{id: ms[0].Entity, mention: ms[0].Text}}, colon: true}
	}
	for _, m := range d.ments {
		if m.Text == label || strings.HasSuffix(label, " "+m.Text) || d.isPerson(m.Entity) && strings.HasSuffix(m.Text, " "+label) {
			return &attribution{speakers: []speaker{{id: m.Entity, mention: label}}, colon: true}
		}
	}
	return nil
}

// colonSubject returns the person a short clause with no cue is about when
// a colon after it introduces the quotation at rune offset b ("Holt put it
// bluntly: “…”", "She was firm: “…”"): the person the clause opens with,
// named or "he" or "she". Else nil.
func (d *doc) colonSubject(from, b int) *attribution {
	gap := strings.TrimSpace(string(d.rs[from:b]))
	if !strings.HasSuffix(gap, ":") || wordCount(gap) > 10 {
		return nil
	}
	i := d.tokenAt(from)
	for i < len(d.toks) && d.toks[i].Start < b && !isWord(d.toks[i].Text) {
		i++
	}
	if i >= len(d.toks) || d.toks[i].Start >= b {
		return nil
	}
	viewOf := false
	if d.low[i] == "for" && i+1 < len(d.toks) && d.toks[i+1].Start < b {
		i, viewOf = i+1, true // whose view the clause gives: "For Holt, the answer is simple: “…”"
	}
	var sp []speaker
	end := i + 1 // the token after the person
	if w := d.low[i]; w == "he" || w == "she" || viewOf && (w == "him" || w == "her") {
		sp = d.pronoun(w, i)
	} else if ms := d.mentionsIn(d.toks[i].Start, b); len(ms) > 0 && ms[0].Start == d.toks[i].Start && d.isPerson(ms[0].Entity) && !d.premodifier(ms[0].End) {
		sp = []speaker{{id: ms[0].Entity, mention: ms[0].Text}}
		end = d.tokenAt(ms[0].End)
	}
	if len(sp) == 0 || viewOf && (end >= len(d.toks) || d.toks[end].Text != ",") {
		return nil
	}
	return &attribution{speakers: sp, colon: true}
}

// titleWords reports whether every word of s is capitalised: a name with
// its title ("Mayor Lena Holt"), not a clause.
func titleWords(s string) bool {
	for _, w := range strings.Fields(s) {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// asks reports whether quotation q ends in a question or an exclamation.
func (d *doc) asks(q text.Quote) bool {
	e := trimEnd(d.rs, q.Inner.Start, q.Inner.End)
	for e > q.Inner.Start && (d.rs[e-1] == '’' || d.rs[e-1] == '\'') {
		e-- // a nested quotation closes with it: "…?’”"
	}
	return e > q.Inner.Start && (d.rs[e-1] == '?' || d.rs[e-1] == '!')
}

// attributionEnds reports whether the sentence after cue h says no more
// than where, when or to whom: "Holt said at a meeting.", "asked Holt.",
// not "Holt said the answer was simple."
func (d *doc) attributionEnds(h hit, end int) bool {
	k := h.to
	if k >= len(d.toks) || d.toks[k].Start >= end || !isWord(d.toks[k].Text) {
		return true
	}
	if startsUpper(d.toks[k].Text) {
		return true // an inverted speaker: "asked Edwin Tarrow"
	}
	if _, ok := lex.venues[d.low[k]]; ok {
		return true
	}
	return attributionWords[d.low[k]]
}

// attributionWords may follow the cue of an attribution that says nothing
// more: prepositions and adverbs of time and manner.
var attributionWords = map[string]bool{
	"on": true, "in": true, "at": true, "to": true, "during": true, "after": true,
	"before": true, "as": true, "while": true, "when": true, "from": true, "with": true,
	"later": true, "earlier": true, "today": true, "yesterday": true, "then": true,
	"again": true, "also": true, "last": true, "this": true, "recently": true,
	"quietly": true, "angrily": true, "softly": true, "loudly": true, "once": true,
}

// attributionGap reports whether the words between a cue ending at rune
// offset a and the quotation at b are only a colon, a comma, "that", an
// addressee, a time or a place ("told reporters on Monday:"); other words
// make the quotation part of a reported clause ("said the tanks were “…”").
func (d *doc) attributionGap(a, b int) bool {
	gap := strings.TrimSpace(string(d.rs[a:b]))
	colon := strings.HasSuffix(gap, ":")
	n := 0
	for i := d.tokenAt(a); i < len(d.toks) && d.toks[i].End <= b; i++ {
		w := d.low[i]
		if !isWord(w) || w == "that" {
			continue
		}
		n++
		if colon && n <= 8 {
			continue // a colon ends any short adjunct: "said after his appointment:"
		}
		if n > 4 || !adjunctWord(d.toks[i].Text, w) {
			return false
		}
	}
	return true
}

// subjectGap reports whether the words between a quotation ending at rune
// offset a and a cue at b can be the cue's subject alone: a few words and
// no clause boundary ("”, the ministry said", not "” at the release,
// adding").
func (d *doc) subjectGap(a, b int) bool {
	words := 0
	first := d.tokenAt(a)
	for first < len(d.toks) && d.toks[first].Start < b && (!isWord(d.toks[first].Text) || d.titleBefore(first)) {
		first++ // marks, and a title before the name: "”, Dr. Luz Arroyo, …"
	}
	if ms := d.mentionsIn(d.toks[min(first, len(d.toks)-1)].Start, b); first < len(d.toks) && len(ms) > 0 && ms[0].Start == d.toks[first].Start {
		if len(ms) > 1 && !d.isPerson(ms[0].Entity) && d.possessive(ms[0].End) && d.wordsIn(ms[0].End, ms[1].Start) == 1 {
			ms = ms[1:] // the body's person: "”, NASA's Steve Clarke, deputy administrator for exploration, said"
		}
		if k := d.tokenAt(ms[0].End); d.isPerson(ms[0].Entity) && k < len(d.toks) && d.toks[k].Text == "," && d.appositiveGap(k, b) {
			return true // "”, Will Moy, chief executive of Full Fact, told the BBC"
		}
	}
	if k := d.nameEnd(first, b); k > 0 && d.toks[k].Text == "," && d.appositiveGap(k, b) {
		return true // a name no entity claims: "”, Thomas Zurbuchen, NASA's associate administrator, said"
	}
	if ms := d.mentionsIn(a, b); len(ms) > 0 {
		m := ms[len(ms)-1]
		// A mention may run past b: a learned name whose last word is the
		// cue's ("Tomas Said" before "Tomas said").
		if d.isPerson(m.Entity) && m.End <= b && strings.TrimSpace(string(d.rs[m.End:b])) == "," && d.describedBefore(a, m.Start) {
			return true // "”, the head of the rescue team, Viktor Marsh, said"
		}
	}
	for i := first; i < len(d.toks) && d.toks[i].End <= b; i++ { // a title's stop ends no clause: "”, Mr. Holt said"
		switch t := d.toks[i].Text; {
		case isWord(t):
			words++
		case words > 0 && (t == "," || t == ";" || t == "."):
			return false
		}
	}
	return words <= 8
}

// nameEnd returns the token after a person's name that no entity claims
// starting at token i, before rune offset b: a given name, or a name after
// a title, and one to three capitalised words, as bareName reads them; or
// -1.
func (d *doc) nameEnd(i, b int) int {
	if i >= len(d.toks) || !startsUpper(d.toks[i].Text) || d.inMention(d.toks[i].Start) {
		return -1
	}
	if !givenWord(d.low[i]) && !(i > 0 && personTitles[d.low[i-1]] && startsUpper(d.toks[i-1].Text)) &&
		!(i > 1 && d.toks[i-1].Text == "." && personTitles[d.low[i-2]]) {
		return -1 // neither a given name nor a title before it ("Professor Ewan Blake", "Dr. Price")
	}
	k := i + 1
	for k < len(d.toks) && k < i+4 && d.toks[k].End <= b && startsUpper(d.toks[k].Text) && isWord(d.toks[k].Text) && !d.inMention(d.toks[k].Start) {
		k++
	}
	if k == i+1 || k >= len(d.toks) {
		return -1
	}
	return k
}

// describedBefore reports whether the words between a quotation ending at
// rune offset a and a name at b describe the one named, set off by a
// comma: "”, one passenger, " before "Elif Kaya", "”, the firm's medical
// director, Dr " before "Naomi Vey".
func (d *doc) describedBefore(a, b int) bool {
	words, comma := 0, false
	for i := d.tokenAt(a); i < len(d.toks) && d.toks[i].End <= b; i++ {
		switch t := d.toks[i].Text; {
		case comma && (personTitles[d.low[i]] && startsUpper(t) || t == "." && personTitles[d.low[i-1]]):
			// a title before the name: "Dr", "Prof."
		case isWord(t):
			if comma {
				return false
			}
			words++
		case words > 0 && t == ",":
			comma = true
		case words > 0 && (t == ";" || t == "." || t == ":"):
			return false
		}
	}
	return comma && words > 0 && words <= 10
}

// titleBefore reports whether token i is an abbreviated title before a
// name: a capitalised word followed by a period and no mention starting at it.
func (d *doc) titleBefore(i int) bool {
	return i+1 < len(d.toks) && startsUpper(d.toks[i].Text) && d.toks[i+1].Text == "." &&
		len(d.mentionsIn(d.toks[i].Start, d.toks[i].End)) == 0
}

// appositiveGap reports whether the tokens from the comma at k to rune
// offset b are an appositive closed by a comma: ", chief executive of Full
// Fact,".
func (d *doc) appositiveGap(k, b int) bool {
	words := 0
	for i := k + 1; i < len(d.toks) && d.toks[i].End <= b; i++ {
		t := d.toks[i].Text
		if isWord(t) {
			words++
			continue
		}
		if t == "," {
			return words > 0 && words <= 12 && d.wordsIn(d.toks[i].End, b) == 0
		}
		if t != "-" && t != "’" && t != "'" {
			return false
		}
	}
	return false
}

// after finds an inverted speaker after the cue: "said Peskov", "added the
// statement" (the statement before: its speaker).
func (d *doc) after(h hit, end int) []speaker {
	p := d.toks[h.to-1].End
	if h.kind != kindAccord && strings.HasSuffix(d.low[h.from], "ing") {
		return nil // a participle has its subject before it: "…, adding that Weeks …"
	}
	if h.kind == kindTell {
		return nil // "told" never comes before its subject: "…, the skipper told Tarrow" names the listener
	}
	ms := d.mentionsIn(p, end)
	for k, m := range ms {
		if m.End > end || d.wordsIn(p, m.Start) > 2 || h.kind != kindAccord && d.governed(m) {
			break // "said to Tarrow": the listener
		}
		if d.isPerson(m.Entity) && d.possessive(m.End) {
			continue // "said Holt’s sister": someone of Holt's speaks
		}
		sp := speaker{id: m.Entity, mention: strings.TrimSpace(string(d.rs[p:m.End]))}
		if per, ok := d.personInPhrase(ms[k+1:], m.End, end); ok && !d.isPerson(m.Entity) {
			sp = speaker{id: per.Entity, mention: strings.TrimSpace(string(d.rs[p:per.End])), forID: m.Entity}
		} else if ok && d.modifies(m.End, end) {
			sp = speaker{id: per.Entity, mention: strings.TrimSpace(string(d.rs[p:per.End]))} // "said South Arlow resident Dana Quill": the name modifies the noun of the one named
		}
		if joint := d.jointAfter(m, ms[k+1:], end); joint != nil {
			return joint // "said Armenia and Azerbaijan": one statement each
		}
		return []speaker{sp}
	}
	if per, ok := d.personInPhrase(ms, p, end); ok && (h.kind == kindAccord || !d.governed(per)) {
		return []speaker{{id: per.Entity, mention: strings.TrimSpace(string(d.rs[p:per.End]))}}
	}
	for p < end && (d.rs[p] == ' ' || d.rs[p] == '\u00a0') {
		p++
	}
	rest := lower(string(d.rs[p:end]))
	for _, w := range []string{"the statement", "the ministry", "the spokesperson", "the spokesman", "the report", "the office", "the embassy"} {
		if strings.HasPrefix(rest, w) && len(d.stmts) > 0 {
			return relabel(d.stmts[len(d.stmts)-1].speakers, string(d.rs[p:p+len([]rune(w))]))
		}
	}
	if sp := d.documentAfter(p, d.clauseEnd(p, end)); sp != nil {
		return sp
	}
	return d.describedAfter(p, d.clauseEnd(p, end), false) // "said one resident, who …"
}

// modifier reports whether token k is a word in lower case that may stand
// before a noun: no preposition, verb of a clause or conjunction ("press"
// in "the press release", "joint", "written").
func (d *doc) modifier(k int) bool {
	w := d.low[k]
	return d.toks[k].Text == w && isLowerWord(w) && !leadPreps[w] && !postPreps[w] && !finiteWords[w] && !conjunctions[w] && w != "that"
}

// documentAfter returns who speaks through a document an inverted subject
// names from rune offset p to end: its issuer when "from", "by", "of" or
// "in" names it ("said a statement from the ministry", "said an editorial
// in the daily Kathimerini", "says the letter signed by six nurses"), the one whose statement "the" document
// refers back to ("X said …. “…,” read the press release"); or nil.
func (d *doc) documentAfter(p, end int) []speaker {
	i, e := d.tokenAt(p), d.tokenAt(end)
	k := i
	for k < e && k < i+4 && (determiners[d.low[k]] || quantifiers[d.low[k]] || !lex.docs[d.low[k]] && d.modifier(k)) {
		k++ // "the press release", "an official statement"
	}
	if k >= e || k == i || !lex.docs[d.low[k]] || d.toks[k].Text != d.low[k] || !determiners[d.low[i]] && !quantifiers[d.low[i]] {
		return nil
	}
	by := k + 1
	if by+1 < e && authoring[d.low[by]] && d.low[by+1] == "by" {
		by++ // "says the letter signed by six nurses"; one that a body only published may be another's: "said a report published by the county"
	}
	if by+1 < e && (d.low[by] == "from" || d.low[by] == "by" || d.low[by] == "of" || d.low[by] == "in") {
		if sp := d.issuer(by+1, d.issuerEnd(by+1, e)); sp != nil {
			return sp
		}
	}
	if d.low[i] == "the" && k+1 >= e {
		if sp := d.issuerBefore(k); sp != nil {
			return relabel(sp, string(d.rs[d.toks[i].Start:d.toks[k].End]))
		}
		if prev, ok := d.lastBefore(p); ok && d.paraOf(p)-d.paraOf(prev.start) <= 1 {
			return relabel(prev.speakers, string(d.rs[d.toks[i].Start:d.toks[k].End])) // "X said …. “…,” read the statement"
		}
	}
	return nil // a document no one is named to have issued: "said a report published on Monday"
}

// authoring are the participles that make the one named after "by" the
// author of a document.
var authoring = map[string]bool{"signed": true, "written": true}

// jointAfter returns the speakers of an inverted subject that lists them,
// first m and then those of ms that follow it joined by commas and a last
// "and" ("said Armenia, Georgia and Azerbaijan"), when the list closes the
// clause that ends at rune offset end; else nil.
func (d *doc) jointAfter(m entity.Resolved, ms []entity.Resolved, end int) []speaker {
	out := []speaker{{id: m.Entity, mention: m.Text}}
	prev, and := m, false
	for _, n := range ms {
		if n.End > end || !d.listGlue(prev.End, n.Start) || and {
			break
		}
		and = strings.Contains(" "+lower(string(d.rs[prev.End:n.Start]))+" ", " and ")
		out = append(out, speaker{id: n.Entity, mention: n.Text})
		prev = n
	}
	if len(out) < 2 || !and {
		return nil
	}
	if i := d.tokenAt(prev.End); i < len(d.toks) && d.toks[i].Start < end && isWord(d.toks[i].Text) && !postPreps[d.low[i]] && !adjunctWords[d.low[i]] {
		return nil // the list goes on into a clause, not into "on Friday"
	}
	return out
}

// personInPhrase returns the person that ends the inverted subject
// starting at rune offset p: "said White House Press Secretary Stephanie
// Grisham", "said another witness in the probe, former adviser Fiona Hill".
// The person must close the sentence or the clause, with no verb or
// quotation before it.
func (d *doc) personInPhrase(ms []entity.Resolved, p, end int) (entity.Resolved, bool) {
	for _, m := range ms {
		if m.End > end || d.wordsIn(p, m.Start) > 14 {
			break
		}
		if !d.isPerson(m.Entity) || d.possessive(m.End) {
			continue
		}
		between := lower(string(d.rs[p:m.Start]))
		if strings.ContainsAny(between, "“”\"«»") || strings.Contains(" "+between+" ", " that ") {
			return entity.Resolved{}, false
		}
		i := d.tokenAt(m.End)
		if i < len(d.toks) && d.toks[i].Start < end && isWord(d.toks[i].Text) {
			return entity.Resolved{}, false // the name goes on into a clause
		}
		return m, true
	}
	return entity.Resolved{}, false
}

// possessive reports whether a possessive "’s" follows rune offset p.
func (d *doc) possessive(p int) bool {
	k := d.tokenAt(p)
	return k+1 < len(d.toks) && d.toks[k].Start == p && (d.toks[k].Text == "’" || d.toks[k].Text == "'") && d.low[k+1] == "s"
}

// byAgent finds the speaker of a noun cue: "the claim by X that".
func (d *doc) byAgent(from, end int) []speaker {
	if from >= len(d.toks) || d.low[from] != "by" {
		return nil
	}
	p := d.toks[from].End
	for _, m := range d.mentionsIn(p, end) {
		if m.End <= end && d.wordsIn(p, m.Start) <= 1 {
			return []speaker{{id: m.Entity, mention: m.Text}}
		}
	}
	return nil
}

// continues reports whether q carries on the quotation that ended at rune
// offset prevEnd: it opens a sentence in the same paragraph or the next.
func (d *doc) continues(prevEnd int, q text.Quote) bool {
	pp, qp := d.paraOf(prevEnd-1), d.paraOf(q.Outer.Start)
	if qp < 0 || pp < 0 || qp-pp > 1 {
		return false
	}
	si := d.sentenceOf(q.Outer.Start)
	return si >= 0 && d.sents[si].Start == q.Outer.Start
}

func (d *doc) nextQuoteStart(p int) int {
	i := sort.Search(len(d.quotes), func(i int) bool { return d.quotes[i].Outer.Start >= p })
	if i < len(d.quotes) {
		return d.quotes[i].Outer.Start
	}
	return -1
}

func (d *doc) prevQuoteEnd(p int) int {
	i := sort.Search(len(d.quotes), func(i int) bool { return d.quotes[i].Outer.End > p })
	if i > 0 {
		return d.quotes[i-1].Outer.End
	}
	return -1
}

// pieces cuts a quotation into statements: its sentences stay one
// statement, as a speaker's quoted passage bears on one question, until one
// opens with "But" or "However" and turns to another point; the next
// quoted paragraph or the part after an interrupting attribution is
// the next; a sentence that reports speech inside the quotation gives the
// reported parts, to the person it names or else to the quoted speaker,
// and cuts the passage there; spaced dashes set off separate
// propositions. A question the speaker asks is kept: it is the speaker's
// words ("And I asked, well, on whose authority?"), unlike a question put
// to the speaker, which no quotation attributes to them.
func (d *doc) pieces(q text.Quote, a *attribution) {
	from, to := -1, -1
	flush := func() {
		if from < 0 {
			return
		}
		pieces := splitDashes(d.rs, from, to)
		least := minQuoteWords
		switch {
		case len(pieces) == 1 && (a.after && d.opensSentence(q) || d.answers(q)):
			least = 1 // "“Amazing,” Davis said.": a quotation that opens its sentence is no quoted term
		case len(pieces) == 1 && (a.after || a.colon && wordCount(q.Inner.Text) < minQuoteWords || d.resumes(q)):
			least = 2 // "“The ceasefire holds,” Lavrov said", "He replied: “Not a chance.”", "…,” she said, “and crumbling.”"
		}
		for _, p := range pieces {
			d.addQuoted(p[0], p[1], a, least)
		}
		from = -1
	}
	for _, s := range text.Sentences(q.Inner.Text) {
		start, end := q.Inner.Start+s.Start, q.Inner.Start+s.End
		end = trimEnd(d.rs, start, end)
		if start >= end {
			continue
		}
		if d.nested(start, end, a) {
			flush()
			continue
		}
		if from >= 0 && contrasts[d.low[d.tokenAt(start)]] {
			flush() // "… we did well. But we came up short": a turn to another point
		}
		if from < 0 {
			from = start
		}
		to = end
	}
	flush()
}

// contrasts open a sentence that turns to another point.
var contrasts = map[string]bool{"but": true, "however": true}

// opensSentence reports whether quotation q opens its sentence.
func (d *doc) opensSentence(q text.Quote) bool {
	si := d.sentenceOf(q.Outer.Start)
	return si >= 0 && d.sents[si].Start == q.Outer.Start
}

// addQuoted adds one quoted piece as a statement of the quoted speaker.
func (d *doc) addQuoted(start, end int, a *attribution, least int) {
	start, end = trimStart(d.rs, start, end), trimEnd(d.rs, start, end)
	if d.wordsIn(start, end) < least {
		return
	}
	st := stmt{speakers: a.speakers, cue: a.cue, cueAt: -1, direct: true, start: start, end: end, sent: d.sentenceOf(start)}
	if a.hit != nil {
		st.cueAt = a.hit.from
	}
	d.add(st)
}

// nested handles a quoted sentence that itself reports speech: it returns
// false when it finds no report there, and the sentence is the quoted
// speaker's own ("My mechanic told me they would not pass").
func (d *doc) nested(start, end int, a *attribution) bool {
	hs := d.hits(d.tokenAt(start), d.tokenAt(end))
	var keep []hit
	for _, h := range hs {
		if h.kind != kindBelief && h.kind != kindAccord && h.kind != kindQuote {
			keep = append(keep, h)
		}
	}
	added := false
	for k, h := range keep {
		cend := end
		if k+1 < len(keep) && !relative(d, keep[k+1]) {
			cend = d.clauseCut(keep[k+1])
		}
		cs, ce := d.content(h, cend)
		if cs < 0 {
			continue
		}
		clause := start
		if k > 0 {
			clause = d.toks[keep[k-1].to-1].End
		}
		sp := d.subject(h, clause)
		if len(sp) == 0 && h.kind != kindNoun && d.thingBefore(h.aux) {
			continue // no one reports: "Our decision affirms the commitment" is the speaker's own, unlike "I told them", "they shared the view", ", adding that"
		}
		direct := true
		if len(sp) == 0 || !d.isPerson(sp[0].id) || d.sources[sp[0].id] {
			sp, direct = a.speakers, true
		} else {
			direct = false
		}
		d.add(stmt{speakers: sp, cue: d.cueText(h), cueAt: h.from, direct: direct, start: cs, end: ce, sent: d.sentenceOf(cs)})
		added = true
	}
	return added
}

// thingBefore reports whether a lower-case noun that names no speaker
// comes right before token i: a thing as the subject of a cue.
func (d *doc) thingBefore(i int) bool {
	if i == 0 {
		return false
	}
	w := d.low[i-1]
	return d.toks[i-1].Text == w && isWord(w) && !pronouns[w] && sourceType(w) == "" && !clauseOpeners[w] && !conjunctions[w]
}

var conjunctions = map[string]bool{"and": true, "but": true, "or": true, "then": true, "so": true}

// relative reports whether cue h opens a relative clause ("Lavrov, who
// acknowledged that"), which stays inside the content before it.
func relative(d *doc, h hit) bool {
	return h.aux > 0 && (d.low[h.aux-1] == "who" || d.low[h.aux-1] == "which")
}

// splitDashes cuts start..end at spaced dashes (" – ", " — "), which set off
// parenthetical propositions.
func splitDashes(rs []rune, start, end int) [][2]int {
	var out [][2]int
	from := start
	for i := start + 1; i+1 < end; i++ {
		if (rs[i] == '–' || rs[i] == '—') && rs[i-1] == ' ' && rs[i+1] == ' ' {
			out = append(out, [2]int{from, i})
			from = i + 1
		}
	}
	return append(out, [2]int{from, end})
}

// asideCut ends reported content before a single spaced dash: what follows
// it is the writer's aside ("there were more than 50,000 -- easily the
// biggest protest since …"). A pair of dashes sets off a parenthesis inside
// the content and is kept.
func asideCut(rs []rune, start, end int) int {
	at, n := -1, 0
	for i := start + 1; i+2 < end; i++ {
		dash := (rs[i] == '–' || rs[i] == '—') && rs[i+1] == ' ' || rs[i] == '-' && rs[i+1] == '-' && rs[i+2] == ' '
		if dash && rs[i-1] == ' ' {
			if n == 0 {
				at = i
			}
			n++
		}
	}
	if n != 1 {
		return end
	}
	return trimEnd(rs, start, at)
}

// trimEnd drops white space and the punctuation that closes a sentence or
// sits outside a proposition.
func trimEnd(rs []rune, start, end int) int {
	for end > start {
		switch rs[end-1] {
		case ' ', '\u00a0', '\n', '\t', '.', ',', ';', ':':
			end--
			continue
		}
		break
	}
	return end
}

func trimStart(rs []rune, start, end int) int {
	for start < end {
		switch rs[start] {
		case ' ', '\u00a0', '\n', '\t', ',', ';', ':':
			start++
			continue
		}
		break
	}
	return start
}

// clauseCut returns where the content before cue h ends: before the
// coordinator that joins h ("…, but also acknowledging that"), else before
// the comma that opens h's clause, else at h.
func (d *doc) clauseCut(h hit) int {
	if p, ok := d.coordinated(h); ok {
		return p
	}
	for i := h.aux - 1; i >= 0 && i >= h.aux-8; i-- {
		if d.low[i] == "," {
			return d.toks[i].Start
		}
	}
	return d.toks[h.aux].Start
}
