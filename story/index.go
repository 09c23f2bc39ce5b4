package story

import (
	"cmp"
	"slices"
)

// Bounds of candidate retrieval: a document looks up its keyTerms heaviest
// terms; each term remembers the postingCap stories it was last added to;
// the maxCandidates stories with the most weight in common are scored in
// full.
const (
	keyTerms      = 20
	postingCap    = 32
	maxCandidates = 12
)

// index maps a term to the stories whose documents had it among their
// heaviest terms, most recent last.
type index struct {
	postings map[int32][]int32
}

func newIndex() index { return index{postings: map[int32][]int32{}} }

// add records story s under the key terms of a document's vector v.
func (x *index) add(s int32, v vector) {
	for _, w := range v.top(keyTerms) {
		x.push(w.term, s)
	}
}

// push records s under term t, unless it was the last recorded there;
// the list is trimmed to its postingCap latest entries when it doubles.
func (x *index) push(t, s int32) {
	p := x.postings[t]
	if n := len(p); n > 0 && p[n-1] == s {
		return
	}
	p = append(p, s)
	if len(p) > 2*postingCap {
		p = append(p[:0], p[len(p)-postingCap:]...)
	}
	x.postings[t] = p
}

// candidates returns the stories sharing the most key-term weight with v.
func (x *index) candidates(v vector) []int32 {
	return x.lookup(v, map[int32]float64{}, maxCandidates)
}

// posting returns the postingCap latest entries under term t.
func (x *index) posting(t int32) []int32 {
	p := x.postings[t]
	if len(p) > postingCap {
		p = p[len(p)-postingCap:]
	}
	return p
}

// lookup returns up to n entries sharing the most key-term weight with v,
// using score as scratch space.
func (x *index) lookup(v vector, score map[int32]float64, n int) []int32 {
	for _, w := range v.top(keyTerms) {
		for _, s := range x.posting(w.term) {
			score[s] += w.w
		}
	}
	type scored struct {
		id int32
		w  float64
	}
	ranked := make([]scored, 0, len(score))
	for s, w := range score {
		ranked = append(ranked, scored{s, w})
	}
	slices.SortFunc(ranked, func(a, b scored) int {
		if a.w != b.w {
			return cmp.Compare(b.w, a.w)
		}
		return cmp.Compare(a.id, b.id)
	})
	out := make([]int32, 0, min(n, len(ranked)))
	for _, r := range ranked[:min(n, len(ranked))] {
		out = append(out, r.id)
	}
	return out
}
