package compare

import (
	"sort"
	"strings"
)

// Weights of frame features: what happens (a concept) outweighs who and
// the other words.
const (
	conceptWeight = 3.0
	wordWeight    = 1.0
	actorWeight   = 1.0
	// sameQuestion is the least overlap, as a share of the lighter frame,
	// for two statements to answer one question.
	sameQuestion = 0.4
	// Bounds that keep grouping linear: a feature remembers the last
	// postingCap questions it occurred in, a statement is compared with
	// the maxCandidates questions it shares most with, and with the first
	// membersCompared members of each.
	postingCap      = 64
	membersCompared = 16
	maxCandidates   = 8
)

func featureWeight(f string) float64 {
	switch f[0] {
	case 'c':
		return conceptWeight
	case 'a':
		return actorWeight
	}
	return wordWeight
}

// similarity is the weighted overlap of two frames over the lighter one.
// Frames about different first actors answer different questions
// ("Turkish troops" and "a Russian operation").
func similarity(a, b *frame) float64 {
	if len(a.who) > 0 && len(b.who) > 0 && a.who[0] != b.who[0] {
		return 0
	}
	var wa, wb, shared float64
	for f := range a.features {
		w := featureWeight(f)
		wa += w
		if b.features[f] {
			shared += w
		}
	}
	for f := range b.features {
		wb += featureWeight(f)
	}
	if m := min(wa, wb); m > 0 {
		return shared / m
	}
	return 0
}

// grouper assigns statements to questions one at a time.
type grouper struct {
	questions [][]int          // statement indices per question
	who       []string         // the first actor each question is about, or ""
	postings  map[string][]int // feature → questions
	frames    []frame
}

// add places statement i, with frame f, and returns its question index.
func (g *grouper) add(i int, f frame) int {
	best, bestSim := -1, sameQuestion
	for _, q := range g.candidates(f) {
		if len(f.who) > 0 && g.who[q] != "" && f.who[0] != g.who[q] {
			continue
		}
		members := g.questions[q]
		if len(members) > membersCompared {
			members = members[:membersCompared]
		}
		for _, m := range members {
			if s := similarity(&f, &g.frames[m]); s > bestSim || s == bestSim && best >= 0 && q < best {
				best, bestSim = q, s
			}
		}
	}
	if best < 0 {
		best = len(g.questions)
		g.questions = append(g.questions, nil)
		g.who = append(g.who, "")
	}
	if g.who[best] == "" && len(f.who) > 0 {
		g.who[best] = f.who[0]
	}
	g.questions[best] = append(g.questions[best], i)
	for feat := range f.features {
		p := g.postings[feat]
		if n := len(p); n == 0 || p[n-1] != best {
			p = append(p, best)
			if len(p) > postingCap {
				p = p[1:]
			}
			g.postings[feat] = p
		}
	}
	return best
}

// candidates returns the maxCandidates questions sharing the most feature
// weight with f.
func (g *grouper) candidates(f frame) []int {
	shared := map[int]float64{}
	for feat := range f.features {
		for _, q := range g.postings[feat] {
			shared[q] += featureWeight(feat)
		}
	}
	out := make([]int, 0, len(shared))
	for q := range shared {
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool {
		if shared[out[i]] != shared[out[j]] {
			return shared[out[i]] > shared[out[j]]
		}
		return out[i] < out[j]
	})
	if len(out) > maxCandidates {
		out = out[:maxCandidates]
	}
	return out
}

// label words a question by the features most of its statements share:
// countries first, then concepts, then words.
func label(frames []frame, members []int) string {
	count := map[string]int{}
	for _, m := range members {
		for f := range frames[m].features {
			count[f]++
		}
	}
	feats := make([]string, 0, len(count))
	for f := range count {
		feats = append(feats, f)
	}
	rank := func(f string) int { return strings.IndexByte("acw", f[0]) }
	sort.Slice(feats, func(i, j int) bool {
		a, b := feats[i], feats[j]
		if count[a] != count[b] {
			return count[a] > count[b]
		}
		if rank(a) != rank(b) {
			return rank(a) < rank(b)
		}
		return a < b
	})
	if len(feats) > 4 {
		feats = feats[:4]
	}
	sort.SliceStable(feats, func(i, j int) bool { return rank(feats[i]) < rank(feats[j]) })
	words := make([]string, len(feats))
	for i, f := range feats {
		words[i] = f[2:]
	}
	return strings.Join(words, " · ") + "?"
}
