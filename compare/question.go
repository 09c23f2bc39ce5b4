package compare

import (
	"sort"
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

// similarity is the weighted overlap of two frames over the lighter one,
// once they share enough of what happens: the agent's country does not
// count towards minShared, but a second country both name does, as what
// the predicate is done to ("Oskaria had not shelled Velmoria", "the
// Oskarian shelling of a Velmorian town"). Frames whose predicates are
// said of different countries answer different questions ("Kardonian artillery shelled
// Marren", "Velmorian forces shelled the Kardonian posts"), and so do
// frames whose predicates differ: a question is a proposition, and
// statements that share places and actors but say different things
// happen ("monitors will visit the pass", "no soldier remains in the
// pass") do not answer it alike.
func similarity(a, b *frame) float64 {
	if !agentsAgree(a, b) || predGroup(a) != predGroup(b) {
		return 0
	}
	var wa, wb, shared, sharedWhat float64
	for f := range a.features {
		w := featureWeight(f)
		wa += w
		if b.features[f] {
			shared += w
			if f[0] != 'a' || a.agent != "" && f[2:] != a.agent && f[2:] != b.agent {
				sharedWhat += w
			}
		}
	}
	for f := range b.features {
		wb += featureWeight(f)
	}
	if m := min(wa, wb); m > 0 && sharedWhat >= minShared {
		return shared / m
	}
	return 0
}

// agentsAgree says whether each of two frames can be said of the other's
// agent.
func agentsAgree(a, b *frame) bool {
	return compatible(a.agent, b) && compatible(b.agent, a) && spokenFor(b.agent, a) && spokenFor(a.agent, b)
}

// compatible says whether a frame can be said of the given agent: it has
// that agent, or none and names no country or that one among others. A
// frame that names only other countries is about them ("Armenia for the
// fighting, leaving soldiers dead" is not about Turkish troops leaving).
func compatible(agent string, f *frame) bool {
	switch {
	case agent == "" || f.agent == agent:
		return true
	case f.agent != "":
		return false
	}
	return len(f.who) == 0 || f.features["a:"+agent]
}

// spokenFor says whether a question about agent can hold a frame whose
// predicate a pronoun says of its speaker: not when the speaker is another
// country ("Oskaria said it had withdrawn its units" does not answer
// whether Turkish troops will deploy).
func spokenFor(agent string, f *frame) bool {
	return agent == "" || f.spoken == "" || f.spoken == agent
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
	who       []string         // the agent of each question's first statement that has one, or ""
	group     []string         // the predicate group of each question, or ""
	postings  map[string][]int // key and feature → questions
	frames    []frame
}

// add places statement i, with frame f, among the questions of key (its
// storyline, or a story of it), and returns its question index.
func (g *grouper) add(i int, f frame, line string) int {
	best, bestSim := -1, sameQuestion
	for _, q := range g.candidates(f, line) {
		if !compatible(g.who[q], &f) || predGroup(&f) != g.group[q] || !spokenFor(g.who[q], &f) {
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
	if g.who[best] == "" {
		g.who[best] = f.agent
	}
	g.questions[best] = append(g.questions[best], i)
	for feat := range f.features {
		key := line + "\x00" + feat // postings per storyline: others never crowd out its questions
		p := g.postings[key]
		if n := len(p); n == 0 || p[n-1] != best {
			p = append(p, best)
			if len(p) > postingCap {
				p = p[1:]
			}
			g.postings[key] = p
		}
	}
	return best
}

// candidates returns the maxCandidates questions of key line sharing the
// most feature weight with f.
func (g *grouper) candidates(f frame, line string) []int {
	shared := map[int]float64{}
	for feat := range f.features {
		for _, q := range g.postings[line+"\x00"+feat] {
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
