package entity

import (
	"strings"

	"github.com/parallax-news/parallax"
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
