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
	// minShared is the least weight two frames must share: one concept
	// alone ("the vehicles belonged to its army", "armoured vehicles
	// were seen on the slope") does not make a proposition.
	minShared = conceptWeight + wordWeight
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
	case 'c', 'p':
		return conceptWeight
	case 'a':
		return actorWeight
	}
	return wordWeight
}

// similarity is the weighted overlap of two frames over the lighter one.
// Frames about different first actors answer different questions
// ("Turkish troops" and "a Russian operation"), and so do frames whose
// predicates differ: a question is a proposition, and statements that
// share places and actors but say different things happen ("monitors will
// visit the pass", "no soldier remains in the pass") do not answer it
// alike.
func similarity(a, b *frame) float64 {
	if len(a.who) > 0 && len(b.who) > 0 && a.who[0] != b.who[0] || predGroup(a) != predGroup(b) {
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
	if m := min(wa, wb); m > 0 && shared >= minShared {
		return shared / m
	}
	return 0
}

// predGroup is the predicate group of a frame, or "" when it has none.
func predGroup(f *frame) string {
	if f.hasPred {
		return f.pred.group
	}
	return ""
}

// grouper assigns statements to questions one at a time.
type grouper struct {
	questions [][]int          // statement indices per question
	who       []string         // the first actor each question is about, or ""
	group     []string         // the predicate group of each question, or ""
	postings  map[string][]int // feature → questions
	frames    []frame
}

// add places statement i, with frame f, and returns its question index.
func (g *grouper) add(i int, f frame) int {
	best, bestSim := -1, sameQuestion
	for _, q := range g.candidates(f) {
		if len(f.who) > 0 && g.who[q] != "" && f.who[0] != g.who[q] || predGroup(&f) != g.group[q] {
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
		g.group = append(g.group, predGroup(&f))
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

// label words a question as its proposition: who it is about, the
// concept most of its statements name, what happens (verb, the class of
// its predicates) and the proper name (else the word) they repeat most,
// as "Turkish troops — deploy — Nagorno-Karabakh?". Without a predicate,
// the most shared words stand for what happens.
func label(frames []frame, members []int, verb string) string {
	count := map[string]int{}
	names := map[string]int{}
	who, whoName := map[string]int{}, map[string]string{}
	for _, m := range members {
		f := &frames[m]
		for feat := range f.features {
			count[feat]++
		}
		for _, n := range f.names {
			names[n]++
		}
		if len(f.who) > 0 {
			who[f.who[0]]++
			if whoName[f.who[0]] == "" {
				whoName[f.who[0]] = f.whoName[0]
			}
		}
	}
	subject := whoName[top(who, "")]
	var rest []string
	delete(count, "c:"+verb)
	if c := top(count, "c:"); c != "" {
		subject = strings.TrimSpace(subject + " " + c[2:])
		delete(count, c)
	}
	place := top(names, "")
	for _, w := range strings.Fields(strings.ToLower(place)) {
		delete(count, "w:"+fold(w))
	}
	if verb == "" {
		for k := 0; k < 2; k++ {
			if w := top(count, "w:"); w != "" {
				rest = append(rest, w[2:])
				delete(count, w)
			}
		}
		verb = strings.Join(rest, " · ")
	}
	if w := top(count, "w:"); place == "" && count[w] > 1 {
		place = w[2:]
	}
	var parts []string
	for _, p := range []string{subject, verb, place} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " — ") + "?"
}

// top returns the key with the given prefix counted most often, the first
// in byte order on a tie, or "".
func top(count map[string]int, prefix string) string {
	best := ""
	for k, n := range count {
		if !strings.HasPrefix(k, prefix) {
			continue
		}
		if best == "" || n > count[best] || n == count[best] && k < best {
			best = k
		}
	}
	return best
}
