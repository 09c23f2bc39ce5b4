package claim

import (
	"sort"
	"strings"

	"github.com/parallax-news/parallax"
)

// datesAndVenues fills the date and venue of every statement: its own, read
// from the words around the cue outside the content; else, for free
// indirect speech, its parent's; else the previous statement's when it has
// the same speaker and sits in the same or the previous paragraph.
func (d *doc) datesAndVenues() {
	dt := newDater(d.d.Published, d.d.Body)
	own := make([]bool, len(d.stmts))
	for i := range d.stmts {
		s := &d.stmts[i]
		if s.cueAt < 0 {
			continue
		}
		si := d.sentenceOf(d.toks[s.cueAt].Start)
		if si < 0 {
			continue
		}
		sent := d.sents[si]
		region := blank(d.rs[sent.Start:sent.End], s.start-sent.Start, s.end-sent.Start)
		if q := d.inQuote(s.start); q >= 0 && d.inQuote(d.toks[s.cueAt].Start) != q {
			qo := d.quotes[q].Outer
			region = blank([]rune(region), qo.Start-sent.Start, qo.End-sent.Start)
		}
		if date, ok := dt.resolve(region, sent.Start); ok {
			s.date, own[i] = date, true
		}
		s.venue = d.venue(s.cueAt, sent.Start, sent.End, s.start, s.end)
	}
	order := make([]int, len(d.stmts))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return d.stmts[order[i]].start < d.stmts[order[j]].start })
	for k := 0; k < len(order); k++ {
		s := &d.stmts[order[k]]
		if s.parent > 0 {
			p := d.stmts[s.parent-1]
			s.date, s.venue = p.date, p.venue
			continue
		}
		if k == 0 {
			continue
		}
		p := d.stmts[order[k-1]]
		if s.speakers[0].id != p.speakers[0].id || d.paraOf(s.start)-d.paraOf(p.start) > 1 {
			continue
		}
		if !own[order[k]] {
			s.date = p.date
		}
		if s.venue == "" {
			s.venue = p.venue
		}
	}
}

// venue reads where or to whom the statement at cue token c was made, from
// its sentence outside the content cs..ce: the addressee of "told"
// (an outlet named, or "reporters"), "in an interview with" an outlet,
// "at" a named event, or a phrase of the venue lexicon ("in a statement").
func (d *doc) venue(c, sentStart, sentEnd, cs, ce int) string {
	outside := func(a, b int) bool { return b <= cs || a >= ce }
	for _, m := range d.mentionsIn(sentStart, sentEnd) {
		if m.End > sentEnd || !outside(m.Start, m.End) {
			continue
		}
		e, ok := d.reg.Lookup(m.Entity)
		if !ok || e.Type != parallax.Event && e.Type != parallax.Org {
			continue // only an event or an outlet is a venue: spare reading the words before it
		}
		lead := lower(strings.TrimSpace(string(d.rs[max(m.Start-80, sentStart):m.Start])))
		switch {
		case e.Type == parallax.Event && (strings.HasSuffix(lead, "at the") || strings.HasSuffix(lead, "at") || strings.HasPrefix(m.Text, "the same") || strings.HasPrefix(m.Text, "The same")):
			return e.Name
		case e.Type == parallax.Org && (strings.Contains(lead, "interview") || d.addressee(c, m.Start)):
			return e.Name
		}
	}
	for i := d.tokenAt(sentStart); i < len(d.toks) && d.toks[i].Start < sentEnd; i++ {
		if !lex.venueAt[d.low[i]] || !outside(d.toks[i].Start, d.toks[i].End) {
			continue // no phrase starts here: spare joining the words after it
		}
		for n := lex.maxVen; n >= 1; n-- {
			if i+n > len(d.toks) {
				continue
			}
			words := strings.Join(d.low[i:i+n], " ")
			v, ok := lex.venues[words]
			if !ok || !d.venueContext(i, c) {
				continue
			}
			return v
		}
	}
	return ""
}

// addressee reports whether a mention starting at rune at is the listener
// of the "tell" cue at token c, right after it or after "the": "told
// Reuters", "told the Marden Gazette".
func (d *doc) addressee(c, at int) bool {
	k := min(c+1, len(d.toks)-1)
	if d.low[k] == "the" && k+1 < len(d.toks) && d.toks[k].Start != at {
		k++
	}
	return d.toks[k].Start == at && d.isTell(c)
}

// isTell reports whether the cue at token c takes its addressee as venue.
func (d *doc) isTell(c int) bool {
	for _, f := range lex.cues[d.low[c]] {
		if f.kind == kindTell {
			return true
		}
	}
	return false
}

// venueContext reports whether a venue word at token i is said to be where
// the cue at c happened: right after a "tell" cue, or after "in", "at",
// "to", "with" or a cue.
func (d *doc) venueContext(i, c int) bool {
	if i == c+1 && d.isTell(c) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch d.low[k] {
		case "in", "at", "to", "with", "during", "on":
			return true
		}
		if _, ok := lex.cues[d.low[k]]; ok {
			return true
		}
	}
	return false
}
