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

// similarity is the weighted overlap of two frames over the lighter one,
// once they share enough of what happens (countries alone do not count
// towards minShared). Frames whose predicates are said of different
// countries answer different questions ("Kardonian artillery shelled
// Marren", "Velmorian forces shelled the Kardonian posts"), and so do
// frames whose predicates differ: a question is a proposition, and
// statements that share places and actors but say different things
// happen ("monitors will visit the pass", "no soldier remains in the
// pass") do not answer it alike.
func similarity(a, b *frame) float64 {
	if !compatible(a.agent, b) || !compatible(b.agent, a) || !spokenFor(b.agent, a) || !spokenFor(a.agent, b) || predGroup(a) != predGroup(b) {
		return 0
	}
	var wa, wb, shared, sharedWhat float64
	for f := range a.features {
		w := featureWeight(f)
		wa += w
		if b.features[f] {
			shared += w
			if f[0] != 'a' {
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
	postings  map[string][]int // storyline and feature → questions
	frames    []frame
}

// add places statement i, with frame f, from storyline line, and returns
// its question index.
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

// candidates returns the maxCandidates questions of storyline line sharing
// the most feature weight with f.
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

// label words a question as its proposition, who — does what — to what
// or where: the country most of its statements name, as an adjective
// before the concept they name most ("Turkish troops") or alone; the
// class of its predicates (verb), else that concept when the country
// stood alone and the content words they repeat most, labelWhat in all;
// the proper name (else a word) they repeat most, as "Turkish troops —
// deploy — Nagorno-Karabakh?". A concept the verb already says
// ("deployment") is passed over, and so are words that only say when. It
// is never empty: without any of these, the first words of its first
// statement stand for it.
func label(frames []frame, members []int, group, verb, agent string) string {
	count, names, named := map[string]int{}, map[string]int{}, map[string]int{}
	first := map[string]int{} // feature → order of first appearance
	adj, name := map[string]string{}, map[string]string{}
	for _, m := range members {
		f := &frames[m]
		for feat := range f.features {
			count[feat]++
		}
		for _, w := range f.words {
			if _, ok := first["w:"+fold(w)]; !ok {
				first["w:"+fold(w)] = len(first)
			}
		}
		for _, n := range f.names {
			names[n]++
		}
		for k, c := range f.who {
			named[c]++
			if adj[c] == "" {
				adj[c] = f.whoAdj[c]
			}
			// A name ("Kardonia") reads better alone than an adjective.
			if n := countryName(c, f.whoName[k]); name[c] == "" || name[c] == adj[c] && n != adj[c] {
				name[c] = n
			}
		}
	}
	actor := agent
	if named[actor]*2 <= len(members) {
		actor = top(named, "")
	}
	if named[actor]*2 <= len(members) {
		actor = ""
	}
	concept := ""
	for c := top(count, "c:"); c != "" && concept == ""; c = top(count, "c:") {
		if group == "" || !covers(group, c[2:]) {
			concept = c[2:]
		}
		delete(count, c)
	}
	subject, what := concept, []string{}
	if verb != "" {
		what = append(what, verb)
	}
	switch {
	case actor != "" && adj[actor] != "" && concept != "":
		subject = adj[actor] + " " + concept
	case actor != "":
		subject = name[actor]
		if verb == "" && concept != "" {
			what = append(what, concept)
		}
	}
	place := top(names, "")
	for _, w := range strings.Fields(strings.ToLower(place)) {
		delete(count, "w:"+fold(w))
	}
	if verb == "" {
		for _, w := range topWords(count, first, labelWhat-len(what)) {
			what = append(what, w)
			delete(count, "w:"+w)
		}
	}
	if w := topWords(count, first, 1); place == "" && len(w) > 0 && count["w:"+w[0]] > 1 {
		place = w[0]
	}
	var parts []string
	for _, p := range []string{subject, strings.Join(what, " · "), place} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 && len(members) > 0 {
		if w := firstWords(frames[members[0]].text, labelWords); w != "" {
			parts = []string{w}
		}
	}
	if len(parts) == 0 {
		return "(no words)?"
	}
	return strings.Join(parts, " — ") + "?"
}

// countryName names a country as a subject: by the first word of its
// lexicon line ("Russia" for "Moscow" or "Russians"), else by the word the
// text named it with.
func countryName(country, word string) string {
	if w := actorNames[country]; w != "" {
		return w
	}
	return word
}

// labelWhat is how many words say what happens in the label of a question
// without a predicate.
const labelWhat = 2

// labelWords is how many words of its first statement stand for a question
// that has nothing else to be labelled by.
const labelWords = 6

// covers says whether the concept only names what the question's
// predicate group already says ("deployment" beside "deploy"), so that a
// label need not repeat it.
func covers(group, concept string) bool {
	for w, c := range concepts {
		w = strings.TrimPrefix(w, "~")
		if c != concept {
			continue
		}
		for _, e := range append(predicates.byFirst[w], predicates.byFirst[fold(w)]...) {
			if e.group == group {
				return true
			}
		}
	}
	return false
}

// topWords returns the n content words counted most often, those met first
// first on a tie.
func topWords(count map[string]int, first map[string]int, n int) []string {
	var out []string
	for k := range count {
		if strings.HasPrefix(k, "w:") {
			out = append(out, k)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if count[out[i]] != count[out[j]] {
			return count[out[i]] > count[out[j]]
		}
		return first[out[i]] < first[out[j]]
	})
	if len(out) > n {
		out = out[:n]
	}
	for i, k := range out {
		out[i] = k[2:]
	}
	return out
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
