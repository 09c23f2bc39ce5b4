package entity

import (
	"strings"
	"unicode"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// An organisation is often named in full once and then only by its
// initials ("the Chinese Center for Disease Control and Prevention … the
// CDC said", "Customs and Border Protection … CBP custody"). Without a
// gazetteer entry the initials become an entity of their own and split
// the organisation's statements in two.

// abbreviations gives a learned abbreviation the entity of a longer name
// of the same document whose capitalised words it spells: a name already
// found, or a run of capitalised words joined by "and", "of" or "for" that
// the name passes did not take for one ("Customs and Border Protection"),
// which becomes an organisation.
func (r *Registry) abbreviations(st *docState) {
	r.definedNames(st)
	var abbr []int // indices into st.found
	for i, f := range st.found {
		rec := r.recs[f.id]
		if f.to-f.from == 1 && rec != nil && rec.learned && allCaps(st.toks[f.from].Text) && len(st.toks[f.from].Text) >= 2 {
			abbr = append(abbr, i)
		}
	}
	if len(abbr) == 0 {
		return
	}
	long := map[string]string{} // spelled initials → id of the name
	for _, f := range st.found {
		if f.to-f.from >= 3 {
			for _, in := range initialRuns(st.toks[f.from:f.to]) {
				if _, ok := long[in]; !ok {
					long[in] = f.id
				}
			}
		}
		if in := initials(st.toks[f.from:f.to]); f.to-f.from == 2 && len(in) == 2 && r.recs[f.id].ent.Type == parallax.Org {
			if _, ok := long[in]; !ok {
				long[in] = f.id // two letters spell only a body's name of two words: "Live Nation" … "LN"
			}
		}
	}
	want := map[string]bool{}
	for _, i := range abbr {
		if _, ok := long[st.toks[st.found[i].from].Text]; !ok {
			want[st.toks[st.found[i].from].Text] = true
		}
	}
	if len(want) > 0 {
		r.spelledNames(st, want, long)
	}
	for _, i := range abbr {
		f := st.found[i]
		if id, ok := long[st.toks[f.from].Text]; ok && id != f.id {
			st.found[i].id = id
			st.named[id] = true
		}
	}
}

// definedNames reads the definitions of abbreviations in parentheses
// whose name holds a list ("the Ministry of Trade, Industry and Energy
// (MOTIE)"), which the name passes cut at its commas: the capitalised words
// right before the parenthesis, with the commas and connectives between
// them, whose initials spell the abbreviation, become one organisation,
// in place of the mentions found inside them, and the abbreviation names it.
func (r *Registry) definedNames(st *docState) {
	drop := map[int]bool{}         // indices into st.found
	defined := map[string]string{} // abbreviation → id of its name
	for _, f := range st.found {
		a := f.from
		if f.to-f.from != 1 || a < 3 || a+1 >= len(st.toks) || st.toks[a-1].Text != "(" || st.toks[a+1].Text != ")" || !allCaps(st.toks[a].Text) {
			continue
		}
		from := spelledBefore(st.toks, a-1, []rune(st.toks[a].Text))
		if from < 0 {
			continue
		}
		inside, whole := r.foundIn(st, from, a-1)
		if whole {
			continue // one name already: the other readings decide
		}
		id := r.learn(parallax.Org, string(st.rs[st.toks[from].Start:st.toks[a-2].End]))
		for _, k := range inside {
			drop[k] = true
		}
		defined[st.toks[a].Text] = id
		st.add(found{from: from, to: a - 1, id: id})
	}
	if len(defined) == 0 {
		return
	}
	kept := st.found[:0]
	for i, f := range st.found {
		if id := defined[st.toks[f.from].Text]; id != "" && f.to-f.from == 1 {
			f.id = id // the abbreviation wherever the text uses it
		}
		if !drop[i] {
			kept = append(kept, f)
		}
	}
	st.found = kept
}

// spelledBefore returns the first token of the run of capitalised words,
// commas and connectives that ends before token end and whose capitalised
// words have the initials abbr, holding a comma, or -1. A connective may
// give its letter or none: MOTIE spells "of", MPRT spells no "and".
func spelledBefore(toks []tok, end int, abbr []rune) int {
	var walk func(j, n int, comma bool) int
	walk = func(j, n int, comma bool) int {
		if n == 0 {
			if !comma || !toks[j+1].caps {
				return -1 // a name opens with a capitalised word
			}
			return j + 1
		}
		if j < 0 {
			return -1
		}
		t := toks[j]
		first := unicode.ToUpper([]rune(t.Text)[0])
		switch {
		case t.caps && t.Kind == text.Word:
			if first != abbr[n-1] {
				return -1
			}
			return walk(j-1, n-1, comma)
		case (connective[t.key] || t.Text == ",") && j+1 < end && toks[j+1].caps:
			if connective[t.key] && first == abbr[n-1] {
				if from := walk(j-1, n-1, comma); from >= 0 {
					return from
				}
			}
			return walk(j-1, n, comma || t.Text == ",")
		}
		return -1
	}
	return walk(end-1, len(abbr), false)
}

// foundIn returns the indices of the mentions found inside tokens a..b,
// and whether one of them spans them all.
func (r *Registry) foundIn(st *docState, a, b int) ([]int, bool) {
	var in []int
	for i, f := range st.found {
		if f.from >= a && f.to <= b {
			in = append(in, i)
			if f.from == a && f.to == b {
				return in, true
			}
		}
	}
	return in, false
}

// spelledNames finds in the text the runs of capitalised words, joined by
// connectives, whose initials are one of want, and records each as an
// organisation named there, wherever the text spells it out again.
func (r *Registry) spelledNames(st *docState, want map[string]bool, long map[string]string) {
	spelled := map[string]string{} // initials → id of the name learned here
	taken := make([]bool, len(st.toks))
	for _, f := range st.found {
		for k := f.from; k < f.to; k++ {
			taken[k] = true
		}
	}
	for i := 0; i < len(st.toks); i++ {
		if !st.toks[i].caps || taken[i] {
			continue
		}
		j := i + 1
		for j < len(st.toks) && !taken[j] && (st.toks[j].caps || connective[st.toks[j].key] && j+1 < len(st.toks) && st.toks[j+1].caps) {
			j++
		}
		for k := i; k < j; k++ {
			// The name may start after a qualifier ("Officers of",
			// "Velmorian") the initials leave out.
			if !st.toks[k].caps {
				continue
			}
			in := initials(st.toks[k:j])
			if !want[in] && spelled[in] == "" || len(in) == 2 && (j-k != 2 || givenWord(st.toks[k]) || r.matchTitle(st.toks, k) > 0) {
				continue // two letters spell only two words that open no person's name or title: "Live Nation", not "Al Pacino" or "Prime Minister"
			}
			name := string(st.rs[st.toks[k].Start:st.toks[j-1].End])
			if id := spelled[in]; id != "" && Key(name) == Key(r.recs[id].ent.Name) {
				st.add(found{from: k, to: j, id: id}) // "Customs and Border Protection" again, opening a sentence
				break
			}
			if want[in] {
				id := r.learn(parallax.Org, name)
				long[in] = id
				spelled[in] = id
				st.add(found{from: k, to: j, id: id})
				delete(want, in)
				break
			}
		}
		i = j - 1
	}
}

// connective are the closed-class words an organisation's name keeps
// between its capitalised words and its initials leave out.
var connective = map[string]bool{"and": true, "of": true, "for": true}

// initials returns the first letters of the capitalised words of toks.
func initials(toks []tok) string {
	var b strings.Builder
	for _, t := range toks {
		if t.caps {
			b.WriteRune([]rune(t.Text)[0])
		}
	}
	return b.String()
}

// initialRuns returns the abbreviations a found name may go by: the
// initials of its capitalised words, the same less the first word, which
// is often a qualifier such as a nationality, and the initials of its
// first three or more words, since a trailing "and Prevention" is often
// dropped.
func initialRuns(toks []tok) []string {
	all := []rune(initials(toks))
	var out []string
	for skip := 0; skip <= 1 && skip < len(all); skip++ {
		s := all[skip:]
		for n := len(s); n >= 3; n-- {
			out = append(out, string(s[:n]))
		}
	}
	return out
}
