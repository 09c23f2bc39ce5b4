package claim

import (
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/entity"
	"github.com/parallax-news/parallax/lang"
	"github.com/parallax-news/parallax/text"
)

// A document in a language with a cue lexicon in package lang (Russian) is
// read by the cue forms such languages share: the speaker, the cue and
// the content after "что" or a colon ("Лавров заявил, что …"); the cue,
// the speaker and the content after a comma ("по словам Лаврова, …", "как
// сообщает ТАСС, …"); a quotation or a dash-introduced quote before its
// attribution ("«…», — сказал Песков"); the content before a cue that
// ends the sentence ("…, заявил Песков"). The speaker is the head of the
// subject: the last person the subject names ("пресс-секретарь президента
// России Дмитрий Песков"), else the last name in it, else the unnamed
// source its first noun describes; a pronoun or a bare title refers back
// to the speaker before.

// cueDoc is a document read with a language's cue lexicon.
type cueDoc struct {
	*doc
	p    *lang.Profile
	cues map[string][]lang.Cue // first word → forms, longest first
	last []speaker             // the speaker of the statement before
}

// cueIndex groups a profile's cues by first word, longest first.
func cueIndex(p *lang.Profile) map[string][]lang.Cue {
	out := map[string][]lang.Cue{}
	for _, c := range p.Cues {
		k := c.Words[0]
		out[k] = append(out[k], c)
		for i := len(out[k]) - 1; i > 0 && len(out[k][i].Words) > len(out[k][i-1].Words); i-- {
			out[k][i], out[k][i-1] = out[k][i-1], out[k][i]
		}
	}
	return out
}

// extractByCues returns the statements of a document in language p.
func extractByCues(de entity.DocEntities, reg *entity.Registry, p *lang.Profile) []parallax.Statement {
	d := &cueDoc{doc: newDoc(de, reg), p: p, cues: cueIndex(p)}
	for si, s := range d.sents {
		from, to := d.tokenAt(s.Start), d.tokenAt(s.End)
		for i := from; i < to; i++ {
			if d.inQuote(d.toks[i].Start) >= 0 {
				continue
			}
			c, end, ok := d.cueAt(i, to)
			if !ok {
				continue
			}
			if d.statement(si, from, i, end, to, c) {
				i = to // one attribution a sentence
			}
		}
	}
	out := d.finish()
	for i := range out {
		if out[i].Date == "" {
			if si := d.sentenceOf(out[i].Start); si >= 0 {
				out[i].Date = russianDate(p, d.d.Published, string(d.rs[d.sents[si].Start:d.sents[si].End]))
			}
		}
	}
	return out
}

// cueAt matches a cue at token i, returning it and the token after it.
func (d *cueDoc) cueAt(i, to int) (lang.Cue, int, bool) {
	for _, c := range d.cues[d.low[i]] {
		if i+len(c.Words) > to {
			continue
		}
		ok := true
		for k, w := range c.Words {
			if d.low[i+k] != w {
				ok = false
				break
			}
		}
		if ok {
			return c, i + len(c.Words), true
		}
	}
	return lang.Cue{}, 0, false
}

// statement reads the statement around the cue at tokens [c, ce) of the
// sentence [from, to) and adds it, reporting whether it found one.
func (d *cueDoc) statement(si, from, c, ce, to int, cue lang.Cue) bool {
	st := stmt{cue: strings.Join(cue.Words, " "), cueAt: c, sent: si}
	if cue.Kind == "accord" {
		comma := d.next(ce, to, ",")
		sp, ok := d.subject(ce, comma, true)
		if !ok && d.pronounIn(c, ce) && len(d.last) > 0 {
			sp, ok = d.last, true // "по его словам"
		}
		if !ok && comma < to {
			sp, ok = d.source(ce, comma) // "по данным министерства"
		}
		if !ok {
			return false
		}
		st.speakers = sp
		if comma < to {
			st.start, st.end = d.span(comma+1, to)
		} else if prev := d.prev(from, c, ","); prev > from {
			st.start, st.end = d.span(from, prev)
		} else {
			return false
		}
		return d.keep(st)
	}
	// a quotation or a dash-introduced quote before ", — cue speaker"
	if q, ok := d.quoteBefore(from, c); ok {
		sp, ok := d.subject(ce, to, true)
		if !ok {
			return false
		}
		st.speakers, st.direct = sp, true
		st.start, st.end = q.Start, q.End
		return d.keep(st)
	}
	sp, ok := d.subject(d.clauseStart(from, c), c, false)
	if ok && d.share(c) {
		return false // a poll's finding: "70% граждан заявили"
	}
	inverted := false
	if !ok {
		if sp, ok = d.subject(ce, to, true); !ok {
			return false
		}
		inverted = true // "…, заявил Песков": what follows names the speaker
	}
	st.speakers = sp
	// the content after the cue: after "что" or a colon, else the object
	k := ce
	for k < to && k < ce+8 && d.low[k] != "что" && d.low[k] != ":" {
		k++
	}
	switch {
	case k < to && k < ce+8:
		if qi := d.inQuote(d.toks[min(k+1, to-1)].Start); d.low[k] == ":" && qi >= 0 {
			in := d.quotes[qi].Inner
			st.start, st.end, st.direct = in.Start, in.End, true
		} else {
			st.start, st.end = d.span(k+1, to)
		}
	case !inverted && ce < to && d.toks[ce].Kind != text.Punct && (cue.Kind == "deny" || cue.Kind == "say"):
		st.start, st.end = d.span(ce, to)
	case d.prev(from, c, ",") > from:
		st.start, st.end = d.span(from, d.prev(from, c, ","))
	default:
		return false
	}
	if cue.Kind == "belief" && !d.named(st.speakers) {
		return false
	}
	return d.keep(st)
}

// keep adds st when its content is not empty and remembers its speaker.
func (d *cueDoc) keep(st stmt) bool {
	if st.end <= st.start {
		return false
	}
	d.add(st)
	d.last = st.speakers
	return true
}

// named reports whether the first speaker is a named entity, not an
// unnamed source.
func (d *cueDoc) named(sp []speaker) bool {
	return len(sp) > 0 && !d.sources[sp[0].id]
}

// next returns the index of the first token in [i, to) whose text is s,
// or to.
func (d *cueDoc) next(i, to int, s string) int {
	for ; i < to; i++ {
		if d.toks[i].Text == s && d.inQuote(d.toks[i].Start) < 0 {
			return i
		}
	}
	return to
}

// prev returns the index of the last token in [from, i) whose text is s,
// or from-1... returned as from when there is none.
func (d *cueDoc) prev(from, i int, s string) int {
	for k := i - 1; k > from; k-- {
		if d.toks[k].Text == s {
			return k
		}
	}
	return from
}

// clauseStart returns where the subject of a cue at c may begin: after the
// last comma or dash before it that no name spans, or the sentence start.
func (d *cueDoc) clauseStart(from, c int) int {
	for k := c - 1; k > from; k-- {
		if t := d.toks[k].Text; t == "," || t == "—" || t == "–" || t == ":" || t == ";" {
			return k + 1
		}
	}
	return from
}

// span returns the rune offsets of tokens [a, b), less closing punctuation.
func (d *cueDoc) span(a, b int) (int, int) {
	for b > a && d.toks[b-1].Kind == text.Punct && strings.ContainsAny(d.toks[b-1].Text, ".!?,;:—–") {
		b--
	}
	for a < b && d.toks[a].Kind == text.Punct && strings.ContainsAny(d.toks[a].Text, ",—–:") {
		a++
	}
	if a >= b {
		return 0, 0
	}
	return d.toks[a].Start, d.toks[b-1].End
}

// quoteBefore returns the quoted words a cue at c attributes: a quotation
// that ends just before ", —" and the cue, or the words of a paragraph that
// opens with a dash, up to the ", —" before the cue.
func (d *cueDoc) quoteBefore(from, c int) (text.Span, bool) {
	k := c - 1
	if k < from || (d.toks[k].Text != "—" && d.toks[k].Text != "–") {
		return text.Span{}, false
	}
	k--
	for k >= from && d.toks[k].Text == "," {
		k--
	}
	if k < 0 {
		return text.Span{}, false
	}
	if qi := d.inQuote(d.toks[k].Start); qi >= 0 {
		in := d.quotes[qi].Inner
		return text.Span{Start: in.Start, End: trimRight(d.rs, in.Start, in.End)}, true
	}
	// a dash-introduced quote: the paragraph opens with a dash
	pi := d.paraOf(d.toks[k].Start)
	if pi < 0 {
		return text.Span{}, false
	}
	first := d.tokenAt(d.paras[pi].Start)
	if first >= k || (d.toks[first].Text != "—" && d.toks[first].Text != "–") {
		return text.Span{}, false
	}
	a, b := d.span(first+1, k+1)
	return text.Span{Start: a, End: b}, b > a
}

// trimRight drops closing punctuation and spaces from runes [a, b).
func trimRight(rs []rune, a, b int) int {
	for b > a && strings.ContainsRune(" ,.;:", rs[b-1]) {
		b--
	}
	return b
}

// subject returns the speaker named in tokens [a, b): the last person
// named, else the last name, else a pronoun's or a bare title's referent
// (the speaker before), else the unnamed source the words describe. after
// is true for a speaker after the cue, where the first name is the head.
func (d *cueDoc) subject(a, b int, after bool) ([]speaker, bool) {
	if a >= b {
		return nil, false
	}
	ms := d.mentionsIn(d.toks[a].Start, d.toks[b-1].End)
	var pick *entity.Resolved
	for i := range ms {
		m := &ms[i]
		if d.inQuote(m.Start) >= 0 {
			continue
		}
		if d.isPerson(m.Entity) {
			pick = m
			if after {
				break
			}
		} else if pick == nil || !d.isPerson(pick.Entity) && !after {
			pick = m
		}
	}
	if pick != nil {
		return []speaker{{id: pick.Entity, mention: pick.Text}}, true
	}
	for k := a; k < b; k++ {
		if d.p.Is(lang.Pronoun, d.low[k]) || d.p.Is(lang.Title, d.low[k]) && after && !d.p.Is(lang.Speaker, d.low[k]) {
			if len(d.last) > 0 {
				return d.last, true
			}
			return nil, false
		}
	}
	for k := a; k < b; k++ {
		if d.toks[k].Kind != text.Word {
			break
		}
		if d.p.Is(lang.Speaker, d.low[k]) || d.p.Is(lang.Title, d.low[k]) {
			return d.source(k, b)
		}
	}
	return nil, false
}

// pronounIn reports whether tokens [a, b) hold a pronoun.
func (d *cueDoc) pronounIn(a, b int) bool {
	for k := a; k < b; k++ {
		if d.p.Is(lang.Pronoun, d.low[k]) {
			return true
		}
	}
	return false
}

// source returns the unnamed source tokens [a, b) describe
// ("представитель полиции", "организаторов"), one per document and
// description.
func (d *cueDoc) source(a, b int) ([]speaker, bool) {
	start, end := d.span(a, b)
	if end <= start {
		return nil, false
	}
	name := string(d.rs[start:end])
	m := parallax.Mention{Doc: d.d.ID, Start: start, End: end, Text: name}
	id := d.reg.Source(d.d.ID, parallax.Org, name, m)
	d.sources[id] = true
	return []speaker{{id: id, mention: name}}, true
}
