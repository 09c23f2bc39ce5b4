package entity

import (
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// designators close the full name of an organisation and drop when the
// text names it again: "McClatchy Co." … "McClatchy".
var designators = mustWords("data/org_designators.tsv")

// shortNames finds the organisations of this document named again without
// the word that closes their full name ("Alden Capital … Alden announced",
// "Big Machine Records … Big Machine"): a run of capitalised words that
// spells the rest of the name, and is no part of a longer run, becomes a
// mention of the organisation. A run already taken for a name learned from
// it alone, or for that name after a compound modifier
// ("Sacramento-based McClatchy"), is given to the organisation.
func (r *Registry) shortNames(st *docState) {
	short := map[string]string{} // keys of the shortened name, joined → org id, "" when two orgs share it
	var forms [][]string
	for _, f := range st.found {
		rec := r.recs[f.id]
		if rec == nil || rec.ent.Type != parallax.Org {
			continue
		}
		keys := wordKeys(st.toks[f.from:f.to])
		for n := len(keys) - 1; n > 0 && designators[keys[n]]; n-- {
			k := joinKeys(keys[:n]) // "Dunmore Media Co": "Dunmore Media", then "Dunmore"
			if prev, ok := short[k]; ok {
				if prev != f.id {
					short[k] = ""
				}
				continue
			}
			short[k] = f.id
			forms = append(forms, keys[:n])
		}
	}
	if len(forms) == 0 {
		return
	}
	owner := make([]int, len(st.toks)) // 1 + index into st.found of the mention holding a token, or 0
	for n, f := range st.found {
		for k := f.from; k < f.to; k++ {
			owner[k] = n + 1
		}
	}
	for i := 0; i < len(st.toks); i++ {
		for _, keys := range forms {
			id := short[joinKeys(keys)]
			e := r.spells(st.toks, i, keys)
			if id == "" || e < 0 {
				continue
			}
			r.claimShort(st, owner, i, e, id)
			i = e - 1
			break
		}
	}
}

// spells returns the end of the run of capitalised words from token i
// when the run is keys and goes on no further, or -1.
func (r *Registry) spells(toks []tok, i int, keys []string) int {
	if i > 0 && toks[i-1].caps && toks[i].Near(toks[i-1].Token) && !toks[i-1].initial && !compoundModifier(toks[i-1]) {
		return -1 // inside a longer run
	}
	k := i
	for _, key := range keys {
		if k >= len(toks) || !toks[k].caps || toks[k].key != key {
			return -1
		}
		k++
	}
	if k < len(toks) && toks[k].caps && toks[k].Near(toks[k-1].Token) {
		return -1 // the full name or a longer one: "Alden Capital"
	}
	return k
}

// claimShort makes tokens i..e a mention of the organisation id, unless a
// mention of another name holds them that is not a name learned from these
// words, with at most a compound modifier before them.
func (r *Registry) claimShort(st *docState, owner []int, i, e int, id string) {
	n := 0
	for k := i; k < e; k++ {
		if owner[k] != 0 && (n == 0 || owner[k] == n) {
			n = owner[k]
		} else if owner[k] != n {
			return // two mentions, or part of one
		}
	}
	if n == 0 {
		st.add(found{i, e, id})
		return
	}
	f := &st.found[n-1]
	if f.id == id || f.to != e || !r.recs[f.id].learned {
		return
	}
	if f.from < i && (f.from+1 != i || !compoundModifier(st.toks[f.from])) {
		return
	}
	if f.from == i && !r.learnedFrom(f.id, st.toks[i:e]) {
		return // a longer name learned elsewhere
	}
	f.from, f.id = i, id
	st.named[id] = true
}

// learnedFrom reports whether the learned name of id is the words of toks,
// alone or after a compound modifier ("Tarrow-based Orvane" for
// "Orvane").
func (r *Registry) learnedFrom(id string, toks []tok) bool {
	name := r.recs[id].ent.Name
	words := joinKeys(wordKeys(toks))
	if Key(name) == words {
		return true
	}
	first, rest, ok := strings.Cut(name, " ")
	return ok && Key(rest) == words && compoundWord(first)
}

// compoundModifier reports whether t is a capitalised word hyphenated to
// a participle, which modifies the name after it: "Sacramento-based",
// "Kremlin-backed".
func compoundModifier(t tok) bool { return t.caps && compoundWord(t.Text) }

// compoundWord reports whether w is a capitalised word hyphenated to a
// participle.
func compoundWord(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k < 0 || !startsUpper(w) {
		return false
	}
	p := w[k+1:]
	return len(p) > 3 && strings.HasSuffix(p, "ed") && strings.ToLower(p) == p
}

// wordKeys returns the keys of the words among toks.
func wordKeys(toks []tok) []string {
	var out []string
	for _, t := range toks {
		if t.Kind == text.Word {
			out = append(out, t.key)
		}
	}
	return out
}

func joinKeys(keys []string) string { return strings.Join(keys, " ") }

// surnamesBefore finds a person's surname standing alone as the subject or
// inverted subject of a speech verb before the document names the person
// in full ("“…,” Clarke said. … NASA's Steve Clarke"): news quotes people
// by surname before a later paragraph gives their full name.
func (r *Registry) surnamesBefore(st *docState) {
	taken := make([]bool, len(st.toks))
	for _, f := range st.found {
		for k := f.from; k < f.to; k++ {
			taken[k] = true
		}
	}
	added := false
	for i, t := range st.toks {
		if taken[i] || !nameWord(t) || r.chunkEnd(st.toks, i) != i+1 || !speaks(st.toks, i+1) && !speechBefore(st.toks, i) {
			continue
		}
		if id := r.person(st, i, []tok{t}); id != "" {
			st.add(found{i, i + 1, id})
			added = true
		}
	}
	if added {
		sortFound(st.found)
	}
}

// appositionRoles records as a person's role here the description set off
// by commas right after their name ("Gordon Quill, the U.S. ambassador to
// the European Union,", "Jane Pryce, the committee chair,"), so that "the
// ambassador" and "the chair" later in the text name them as a title
// before the name does.
func (r *Registry) appositionRoles(st *docState) {
	for _, f := range st.found {
		if f.to+2 >= len(st.toks) || st.toks[f.to].Text != "," || r.recs[f.id].ent.Type != parallax.Person {
			continue
		}
		if k := f.to + 1; !determiners[st.toks[k].low] || st.toks[k].caps && !st.toks[k].initial && st.toks[k].low != "the" {
			continue
		}
		var words []string
		for k := f.to + 1; k < len(st.toks) && k <= f.to+14; k++ {
			t := st.toks[k]
			if t.Text == "," || t.Text == "." && t.Start > st.toks[k-1].End {
				st.roles[f.id] = append(st.roles[f.id], strings.Join(words, " "))
				break
			}
			if t.Kind != text.Word && t.Text != "." && t.Text != "-" && t.Text != "'" {
				break
			}
			words = append(words, t.Text)
		}
	}
}
