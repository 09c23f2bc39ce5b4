package story

import "sort"

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
		p := x.postings[w.term]
		if n := len(p); n > 0 && p[n-1] == s {
			continue
		}
		p = append(p, s)
		if len(p) > 2*postingCap {
			p = append(p[:0], p[len(p)-postingCap:]...)
		}
		x.postings[w.term] = p
	}
}

// candidates returns the stories sharing the most key-term weight with v.
func (x *index) candidates(v vector) []int32 {
	score := map[int32]float64{}
	for _, w := range v.top(keyTerms) {
		p := x.postings[w.term]
		if len(p) > postingCap {
			p = p[len(p)-postingCap:]
		}
		for _, s := range p {
			score[s] += w.w
		}
	}
	out := make([]int32, 0, len(score))
	for s := range score {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		if score[out[i]] != score[out[j]] {
			return score[out[i]] > score[out[j]]
		}
		return out[i] < out[j]
	})
	if len(out) > maxCandidates {
		out = out[:maxCandidates]
	}
	return out
}
