package entity

import (
	"sort"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/text"
)

// descriptions finds the descriptions that stand alone for an entity the
// document names: a state's side or government ("the Russian side"), an
// office ("the Russian minister", "Russian Foreign Minister" with no name
// after it), a description from the gazetteer ("the enclave"), a country by
// its region ("the South Caucasus state"), "the same forum", and a number
// that counts a list of states forming a known group ("The three").
func (r *Registry) descriptions(st *docState) {
	toks := st.toks
	named := make([]bool, len(toks))
	for _, f := range st.found {
		for k := f.from; k < f.to; k++ {
			named[k] = true
		}
	}
	taken := make([]bool, len(toks)) // by a description
	st.at = map[int][]found{}
	st.described = nil
	seen := map[string]bool{}
	for _, f := range st.found {
		st.at[f.from] = append(st.at[f.from], f)
		if !seen[f.id] && r.recs[f.id].attrs["desc"] != "" {
			seen[f.id] = true
			st.described = append(st.described, f.id)
		}
	}
	var add []found
	for i := 0; i < len(toks); i++ {
		if taken[i] || named[i] || toks[i].Kind != text.Word {
			continue
		}
		var f found
		if strings.EqualFold(toks[i].Text, "the") {
			f = r.describe(st, i)
		} else if r.adj[toks[i].Text] != "" && toks[i].caps {
			f = r.office(st, i, i)
			if f.id == "" {
				f = r.stateBody(toks, i)
			}
		}
		if f.id == "" {
			continue
		}
		clash := false
		for k := f.from; k < f.to; k++ {
			clash = clash || taken[k]
		}
		if clash {
			continue
		}
		for k := f.from; k < f.to; k++ {
			taken[k] = true
		}
		add = append(add, f)
	}
	st.found = append(st.found, add...)
}

// stateBody reads a demonym before a collective noun of state as the
// state: "Velmorian officials", "Kardonian authorities".
func (r *Registry) stateBody(toks []tok, i int) found {
	if i+1 >= len(toks) || toks[i+1].caps {
		return found{}
	}
	if w := toks[i+1].low; govNouns[w] || stateBodies[w] {
		return found{i, i + 2, r.adj[toks[i].Text]}
	}
	return found{}
}

// describe tries every kind of description at "the" in position i.
func (r *Registry) describe(st *docState, i int) found {
	toks := st.toks
	if f := r.age(st, i); f.id != "" {
		return f
	}
	if f := r.roleSubject(st, i); f.id != "" {
		return f
	}
	if i+1 >= len(toks) || toks[i+1].Kind != text.Word {
		return found{}
	}
	next := toks[i+1].Text
	if c := r.adj[next]; c != "" && i+2 < len(toks) && govNouns[toks[i+2].low] && !startsUpper(toks[i+2].Text) {
		return found{i, i + 3, c}
	}
	if f := r.office(st, i, i+1); f.id != "" {
		return f
	}
	if strings.EqualFold(next, "same") && i+2 < len(toks) {
		if id := r.sameAs(st, i, toks[i+2].low); id != "" {
			return found{i, i + 3, id}
		}
	}
	if w := toks[i+1].low; next == w && (orgHeads[w] || orgNouns[w]) {
		if id := r.sameAs(st, i, w); id != "" && r.recs[id].ent.Type == parallax.Org {
			return found{i, i + 2, id} // "the council" for the Regional Security Council named before
		}
		if orgNouns[w] && !r.followedByNoun(toks, i+1) {
			fits := func(id string) bool {
				return r.recs[id].ent.Type == parallax.Org && (nounKinds[w] == outlet || !r.isOutlet(id))
			}
			if id, at := nearestAt(st, i, fits); id != "" && !unclaimedSubject(st, at, i) {
				return found{i, i + 2, id} // "the company", "the utility": the organisation named last
			}
		}
	}
	if n := numerals[toks[i+1].low]; n > 0 && !r.followedByNoun(toks, i+1) {
		if id := r.group(st, i, n); id != "" {
			return found{i, i + 2, id}
		}
	}
	if f := r.regionState(st, i); f.id != "" {
		return f
	}
	return r.gazDescription(st, i)
}

// office resolves a title that stands alone for a person: optional "the"
// at from, an optional demonym, a title, and no name after it. The person is
// one this document names with that title (the nearest before, else after),
// or the gazetteer's holder of that office.
func (r *Registry) office(st *docState, from, i int) found {
	toks := st.toks
	country := r.adj[toks[i].Text]
	t := i
	if country != "" {
		t++
	}
	if t >= len(toks) {
		return found{}
	}
	end := r.matchTitle(toks, t)
	if end == 0 {
		return found{}
	}
	if from == i && (!toks[t].caps || country == "") {
		return found{} // without "the", only "Russian Foreign Minister"
	}
	if end < len(toks) && (toks[end].caps || strings.EqualFold(toks[end].Text, "of")) && toks[end].Kind == text.Word {
		return found{} // a title before a name: "Foreign Minister Sergei Lavrov"
	}
	var words []string
	for k := t; k < end; k++ {
		words = append(words, toks[k].low)
	}
	title := strings.Join(words, " ")
	fits := func(id string) bool {
		rec := r.recs[id]
		if rec.ent.Type != parallax.Person {
			return false
		}
		if country != "" && rec.attrs["country"] != country {
			return false
		}
		roles := append([]string{rec.attrs["role"]}, st.roles[id]...)
		for _, role := range roles {
			if strings.Contains(" "+strings.ToLower(role)+" ", " "+title+" ") {
				return true
			}
		}
		return false
	}
	if id := nearest(st, from, fits); id != "" {
		return found{from, end, id}
	}
	if country == "" {
		return found{}
	}
	var holders []string
	for id, rec := range r.recs {
		if rec.ent.Type == parallax.Person && rec.attrs["country"] == country && strings.EqualFold(rec.attrs["role"], title) {
			holders = append(holders, id)
		}
	}
	if len(holders) == 1 {
		return found{from, end, holders[0]}
	}
	return found{}
}

// nearest returns the entity satisfying ok that the document names closest
// before token i, or failing that closest after it.
func nearest(st *docState, i int, ok func(id string) bool) string {
	before, after := -1, -1
	for k, f := range st.found {
		if !ok(f.id) {
			continue
		}
		if f.from < i && (before < 0 || f.from > st.found[before].from) {
			before = k
		}
		if f.from > i && (after < 0 || f.from < st.found[after].from) {
			after = k
		}
	}
	if before >= 0 {
		return st.found[before].id
	}
	if after >= 0 {
		return st.found[after].id
	}
	return ""
}

// nearestBefore returns the entity satisfying ok that the document names
// closest before token i, or "".
func nearestBefore(st *docState, i int, ok func(id string) bool) string {
	id, _ := nearestAt(st, i, ok)
	return id
}

// nearestAt is nearestBefore with the token index of the mention found.
func nearestAt(st *docState, i int, ok func(id string) bool) (string, int) {
	best, at := "", -1
	for _, f := range st.found {
		if f.from < i && f.from > at && ok(f.id) {
			best, at = f.id, f.from
		}
	}
	return best, at
}

// unclaimedSubject reports whether a sentence after token from and before
// token i opens with a name of two words or more that no mention covers,
// followed by a word in lower case: a body the recogniser does not know
// stands nearer than the one it found ("Brindle Motors will cut jobs.
// Kessler Pharma will close a lab, the firm said").
func unclaimedSubject(st *docState, from, i int) bool {
	toks := st.toks
	for k := from + 1; k+2 < i; k++ {
		if !toks[k].initial || toks[k].title || !nameWord(toks[k]) || st.covered(k) {
			continue
		}
		e := k + 1
		for e < i && nameAt(toks, e) {
			e++
		}
		if e-k >= 2 && e < i && toks[e].Kind == text.Word && !toks[e].caps {
			return true
		}
	}
	return false
}

// covered reports whether a mention found so far covers token k.
func (st *docState) covered(k int) bool {
	for _, f := range st.found {
		if f.from <= k && k < f.to {
			return true
		}
	}
	return false
}

// sameAs resolves "the same forum": the nearest entity before i whose name
// ends in that noun or whose gazetteer description is that noun.
func (r *Registry) sameAs(st *docState, i int, noun string) string {
	var best string
	bestAt := -1
	for _, f := range st.found {
		if f.from >= i || f.from < bestAt {
			continue
		}
		rec := r.recs[f.id]
		words := strings.Fields(strings.ToLower(rec.ent.Name))
		if words[len(words)-1] == noun || hasDesc(rec, noun) {
			best, bestAt = f.id, f.from
		}
	}
	return best
}

func hasDesc(rec *record, d string) bool {
	for _, x := range strings.Split(rec.attrs["desc"], "|") {
		if x != "" && strings.EqualFold(x, d) {
			return true
		}
	}
	return false
}

// group resolves "the three": the last list of n entities before i
// ("France, the United States and Russia"), when those are the members of
// a known group.
func (r *Registry) group(st *docState, i, n int) string {
	var ids []string
	k := len(st.found) - 1
	for k >= 0 && st.found[k].from >= i {
		k--
	}
	for ; k >= 0 && len(ids) < n; k-- {
		f := st.found[k]
		if len(ids) > 0 && !onlyListGlue(st.toks, f.to, st.found[k+1].from) {
			break
		}
		ids = append(ids, f.id)
	}
	if len(ids) != n {
		return ""
	}
	sort.Strings(ids)
	want := strings.Join(ids, ",")
	for id, rec := range r.recs {
		if m := rec.attrs["members"]; m != "" {
			ms := strings.Split(m, ",")
			sort.Strings(ms)
			if strings.Join(ms, ",") == want {
				return id
			}
		}
	}
	return ""
}

// onlyListGlue reports whether tokens a..b hold only commas, "and" and "the".
func onlyListGlue(toks []tok, a, b int) bool {
	for k := a; k < b; k++ {
		switch toks[k].low {
		case ",", "and", "the":
		default:
			return false
		}
	}
	return true
}

// regionState resolves "the South Caucasus state": the nearest country
// before i that lies in that region.
func (r *Registry) regionState(st *docState, i int) found {
	toks := st.toks
	for _, f := range st.at[i+1] {
		if f.to >= len(toks) || !stateNouns[toks[f.to].low] {
			continue
		}
		region := r.recs[f.id].ent.Name
		id := nearest(st, i, func(id string) bool {
			return strings.EqualFold(r.recs[id].attrs["region"], region)
		})
		if id != "" {
			return found{i, f.to + 1, id}
		}
	}
	return found{}
}

// gazDescription resolves "the enclave", "the military alliance": a
// gazetteer description of an entity this document names.
func (r *Registry) gazDescription(st *docState, i int) found {
	toks := st.toks
	best := found{}
	for _, id := range st.described {
		rec := r.recs[id]
		for _, d := range strings.Split(rec.attrs["desc"], "|") {
			ws := strings.Fields(strings.ToLower(d))
			end := i + 1 + len(ws)
			if end > len(toks) {
				continue
			}
			ok := true
			for k, w := range ws {
				if toks[i+1+k].low != w || toks[i+1+k].caps && k > 0 {
					ok = false
					break
				}
			}
			if end < len(toks) && toks[end].Kind == text.Word && !toks[end].caps && !verbLike(toks[end].Text) && toks[end].Spaced(toks[end-1].Token) {
				ok = false // "the alliance members": a modifier, not the head
			}
			if ok && end > best.to {
				best = found{i, end, id}
			}
		}
	}
	return best
}

// age resolves an age standing alone for a person ("The 56-year-old said")
// to the person named last before it. An age before a noun ("the
// 43-year-old man") describes someone else, often unnamed, and is left.
func (r *Registry) age(st *docState, i int) found {
	toks := st.toks
	if i+3 >= len(toks) || toks[i+1].Kind != text.Number || toks[i+2].Text != "-" ||
		!strings.EqualFold(toks[i+3].Text, "year-old") || r.followedByNoun(toks, i+3) {
		return found{}
	}
	id := nearestBefore(st, i, func(id string) bool { return r.recs[id].ent.Type == parallax.Person })
	if id == "" {
		return found{}
	}
	return found{i, i + 4, id}
}

// roleSubject resolves an occupation standing alone as the subject of a
// speech verb ("The real estate agent said") to the person who opens the
// sentence before: news introduces a person by name and goes on with
// their occupation.
func (r *Registry) roleSubject(st *docState, i int) found {
	toks := st.toks
	k := i + 1
	for k < len(toks) && k <= i+4 && toks[k].Kind == text.Word && !toks[k].caps && !speechVerbs[toks[k].low] {
		k++
	}
	if k == i+1 || k >= len(toks) || !speechVerbs[toks[k].low] || !roleWord(toks[k-1].key) {
		return found{}
	}
	opener := -1 // the sentence start before i
	for j := i - 1; j >= 0; j-- {
		if toks[j].initial && toks[j].Kind == text.Word {
			opener = j
			break
		}
	}
	if opener < 0 {
		return found{}
	}
	for _, f := range st.found {
		if f.from == opener && r.recs[f.id].ent.Type == parallax.Person {
			return found{i, k, f.id}
		}
	}
	return found{}
}

// isOutlet reports whether a word of the name of id heads an outlet's
// name ("Corvia Herald", "Radio Veldt"): an outlet is referred back to by
// a noun of its kind ("the newspaper"), not by "the company" of the story
// it reports.
func (r *Registry) isOutlet(id string) bool {
	for _, k := range phraseKeys(r.recs[id].ent.Name) {
		if headKinds[k] == outlet {
			return true
		}
	}
	return false
}
