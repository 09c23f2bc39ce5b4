package story

import (
	"math"
	"sort"
)

// Stories are grouped online, by average-link agglomeration over a sparse
// graph of each document's nearest neighbours. When a document arrives it
// is linked to its most similar earlier documents, found through an
// inverted index. The stories it links to are then regrouped together with
// it, most similar first, as a batch average-link run over the whole graph
// would group them: merging with a story only because it arrived first
// would chain documents that a later report shows apart. Stories larger
// than maxRegroup are kept whole, as units it may join; so the work per
// document is bounded by the candidates it scores and the size of the
// stories it touches, not by the size of the corpus.

// Bounds of placement: each document keeps its placeTerms most frequent
// terms, and its day keys; it is linked to at most neighbours earlier
// documents, found among the placeCandidates sharing the most key-term
// weight with it; links weaker than minEdge are dropped.
const (
	placeTerms      = 120
	neighbours      = 10
	placeCandidates = 40
	minEdge         = 0.05
)

// DefaultCut is the least average similarity between two groups of
// documents for them to be one story. As an absent link counts as 0 in
// the average, the cut and neighbours were chosen together, on the mean
// B-cubed F1 over eight arrival orders of half the topics of a public
// story-clustering set (see the package tests).
const DefaultCut = 0.18

// node is one placed document as similarity sees it: its terms weighed
// under the document frequencies of the moment.
type node struct {
	doc    int32
	v      vector
	norms  [channels]float64
	rarity float64 // mean rarity of its day terms
	days   int
}

// edge is a link to another node, with its similarity.
type edge struct {
	to  int32
	sim float64
}

// place links document k, no near-duplicate, to its nearest earlier
// documents and regroups the stories it links to.
func (c *Clusterer) place(k int32) {
	a := c.newNode(k, nil)
	clear(c.scratch)
	cands := c.index.lookup(a.v, c.scratch, placeCandidates)
	best := make([]edge, 0, len(cands))
	var buf vector // each candidate's weights, in turn
	for _, j := range cands {
		b := c.newNode(c.placed[j], buf)
		buf = b.v
		if s := c.nodeSimilarity(&a, &b); s >= minEdge {
			best = append(best, edge{j, s})
		}
	}
	sort.Slice(best, func(p, q int) bool {
		if best[p].sim != best[q].sim {
			return best[p].sim > best[q].sim
		}
		return best[p].to < best[q].to
	})
	if len(best) > neighbours {
		best = best[:neighbours]
	}
	i := c.groups.add(best, c.opt.Cut)
	c.placed = append(c.placed, k)
	c.index.add(i, a.v)
}

// newNode weighs document k's kept terms under the current frequencies,
// into buf when it has room.
func (c *Clusterer) newNode(k int32, buf vector) node {
	terms := c.docs[k].terms
	if cap(buf) < len(terms) {
		buf = make(vector, len(terms))
	}
	n := node{doc: k, v: c.vocab.weighInto(buf[:len(terms)], terms)}
	for _, w := range n.v {
		ch := c.vocab.channel(w.term)
		n.norms[ch] += w.w * w.w
		if ch == dayChannel {
			n.rarity += c.vocab.rarity(w.term)
			n.days++
		}
	}
	for ch := range n.norms {
		n.norms[ch] = math.Sqrt(n.norms[ch])
	}
	if n.days > 0 {
		n.rarity /= float64(n.days)
	}
	return n
}

// nodeSimilarity weighs two documents' channels much as similarity weighs
// a story against another to link threads, and fades it with the days
// between them; but where threads bridge the moments of a storyline,
// stories keep them apart.
func (c *Clusterer) nodeSimilarity(a, b *node) float64 {
	var dot [channels]float64
	i, j := 0, 0
	for i < len(a.v) && j < len(b.v) {
		switch {
		case a.v[i].term < b.v[j].term:
			i++
		case a.v[i].term > b.v[j].term:
			j++
		default:
			dot[c.vocab.channel(a.v[i].term)] += a.v[i].w * b.v[j].w
			i++
			j++
		}
	}
	var cos [channels]float64
	for ch := range cos {
		if a.norms[ch] > 0 && b.norms[ch] > 0 {
			cos[ch] = dot[ch] / a.norms[ch] / b.norms[ch]
		}
	}
	names := a.norms[nameChannel] > 0 && b.norms[nameChannel] > 0
	share := 0.0
	if a.days > 0 && b.days > 0 {
		share = dayShare * (a.rarity + b.rarity) / 2
		// Naming the same or nearby days ties two reports only as far as
		// their names agree: events of one kind told with different names
		// often fall on the same days. Naming only days weeks apart tells
		// two moments of a storyline apart, whoever is named.
		if cos[dayChannel] > 0 {
			share *= cos[nameChannel]
		}
	}
	sim := combine(cos, names, share)
	da, db := c.docs[a.doc].day, c.docs[b.doc].day
	if da != noDay && db != noDay {
		sim *= math.Exp(-math.Abs(float64(da-db)) / c.opt.Days)
	}
	return sim
}

// maxRegroup is the largest story that a new document's arrival takes
// apart and regroups; a larger one has settled, and is kept whole.
const maxRegroup = 64

// agglomeration holds the stories over the placed nodes: the graph's
// edges, both ways, each node's story and each story's members, nil where
// a story was taken apart or absorbed.
type agglomeration struct {
	adj     [][]edge
	of      []int32
	members [][]int32
	merges  mergeHeap // scratch for agglomerate, kept from one regrouping to the next
}

// add adds a node linked by edges to earlier nodes, regroups the stories
// it links to, and returns its id.
func (x *agglomeration) add(edges []edge, cut float64) int32 {
	i := int32(len(x.adj))
	x.adj = append(x.adj, edges)
	for _, e := range edges {
		x.adj[e.to] = append(x.adj[e.to], edge{i, e.sim})
	}
	x.of = append(x.of, -1)
	x.regroup(i, cut)
	return i
}

// regroup takes apart the small stories that node i links to at the cut
// or above, groups their members and i afresh, most similar first,
// alongside the stories they link to, and records the result. A story i
// links to only more weakly is kept whole: i alone cannot reach the cut
// with any part of it.
func (x *agglomeration) regroup(i int32, cut float64) {
	local := []int32{i}
	seen := map[int32]bool{}
	for _, e := range x.adj[i] {
		s := x.of[e.to]
		if e.sim < cut || seen[s] || len(x.members[s]) > maxRegroup {
			continue
		}
		seen[s] = true
		local = append(local, x.members[s]...)
		x.members[s] = nil
	}
	for _, n := range local {
		x.of[n] = -1
	}
	units := newUnits(local, x)
	for _, u := range agglomerate(units, cut, &x.merges) {
		s := u.anchor
		if s < 0 {
			s = int32(len(x.members))
			x.members = append(x.members, nil)
		}
		for _, n := range u.nodes {
			x.of[n] = s
		}
		x.members[s] = append(x.members[s], u.nodes...)
	}
}

// partition returns the stories' members, each sorted, ordered by their
// first member.
func (x *agglomeration) partition() [][]int32 {
	var out [][]int32
	for _, m := range x.members {
		if len(m) > 0 {
			m = append([]int32(nil), m...)
			sort.Slice(m, func(i, j int) bool { return m[i] < m[j] })
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// unit is one group in a regrouping: local nodes, and the story it is
// anchored to (-1 for none); links holds, for each other unit, the sum of
// the similarities of the edges between them.
type unit struct {
	nodes   []int32
	anchor  int32
	size    int // members, counting the anchor story's
	links   map[int32]float64
	version int
}

// newUnits returns a unit for each local node, then one for each story
// they link to, with the links between them.
func newUnits(local []int32, x *agglomeration) []*unit {
	units := make([]*unit, 0, len(local))
	at := make(map[int32]int32, len(local)) // local node → unit
	for _, n := range local {
		at[n] = int32(len(units))
		units = append(units, &unit{nodes: []int32{n}, anchor: -1, size: 1, links: make(map[int32]float64, len(x.adj[n]))})
	}
	story := map[int32]int32{} // story → unit
	for _, n := range local {
		a := at[n]
		for _, e := range x.adj[n] {
			b, ok := at[e.to]
			if !ok {
				s := x.of[e.to]
				if b, ok = story[s]; !ok {
					b = int32(len(units))
					story[s] = b
					units = append(units, &unit{anchor: s, size: len(x.members[s]), links: map[int32]float64{}})
				}
				units[b].links[a] += e.sim
			}
			units[a].links[b] += e.sim
		}
	}
	return units
}

// merge is a candidate merge of two units, valid while both are at the
// versions it was computed at.
type merge struct {
	a, b   int32
	va, vb int
	score  float64
}

// mergeHeap is a binary heap of merges, the best first. It moves merges
// as container/heap does, so the order of equal ones is the same, but by
// value: container/heap would box each merge pushed and popped.
type mergeHeap []merge

func (h mergeHeap) less(i, j int) bool {
	if h[i].score != h[j].score {
		return h[i].score > h[j].score
	}
	if h[i].a != h[j].a {
		return h[i].a < h[j].a
	}
	return h[i].b < h[j].b
}

func (h mergeHeap) init() {
	for i := len(h)/2 - 1; i >= 0; i-- {
		h.down(i, len(h))
	}
}

func (h *mergeHeap) push(m merge) {
	*h = append(*h, m)
	h.up(len(*h) - 1)
}

func (h *mergeHeap) pop() merge {
	old := *h
	n := len(old) - 1
	old[0], old[n] = old[n], old[0]
	old.down(0, n)
	*h = old[:n]
	return old[n]
}

func (h mergeHeap) up(j int) {
	for {
		i := (j - 1) / 2 // parent
		if i == j || !h.less(j, i) {
			break
		}
		h[i], h[j] = h[j], h[i]
		j = i
	}
}

func (h mergeHeap) down(i, n int) {
	for {
		j := 2*i + 1
		if j >= n || j < 0 { // j < 0 after int overflow
			break
		}
		if j2 := j + 1; j2 < n && h.less(j2, j) {
			j = j2 // the better child
		}
		if !h.less(j, i) {
			break
		}
		h[i], h[j] = h[j], h[i]
		i = j
	}
}

// agglomerate merges units, most similar first, while the average
// similarity over all pairs of their members, an absent edge counting as
// 0, is at least cut. Two units anchored to stories are never merged: the
// stories kept whole were apart before this document came. It returns the
// units left that hold local nodes. It uses h for its candidate merges.
func agglomerate(units []*unit, cut float64, h *mergeHeap) []*unit {
	*h = (*h)[:0]
	for a, u := range units {
		for b := range u.links {
			if int32(a) < b {
				*h = append(*h, candidate(units, int32(a), b))
			}
		}
	}
	h.init()
	for len(*h) > 0 {
		m := h.pop()
		if m.score < cut {
			break
		}
		a, b := units[m.a], units[m.b]
		if a == nil || b == nil || a.version != m.va || b.version != m.vb || a.anchor >= 0 && b.anchor >= 0 {
			continue
		}
		into := fold(units, m.a, m.b)
		for o := range units[into].links {
			h.push(candidate(units, into, o))
		}
	}
	var out []*unit
	for _, u := range units {
		if u != nil && len(u.nodes) > 0 {
			out = append(out, u)
		}
	}
	return out
}

// candidate returns the merge of live units a and b at their versions.
func candidate(units []*unit, a, b int32) merge {
	if b < a {
		a, b = b, a
	}
	ua, ub := units[a], units[b]
	return merge{a, b, ua.version, ub.version, ua.links[b] / float64(ua.size*ub.size)}
}

// fold merges live units a and b into the one with more links, and
// returns it.
func fold(units []*unit, a, b int32) int32 {
	into, from := a, b
	if len(units[a].links) < len(units[b].links) {
		into, from = from, into
	}
	g, f := units[into], units[from]
	delete(g.links, from)
	delete(f.links, into)
	for o, s := range f.links {
		g.links[o] += s
		other := units[o].links
		other[into] += s
		delete(other, from)
	}
	g.size += f.size
	g.nodes = append(g.nodes, f.nodes...)
	if f.anchor >= 0 {
		g.anchor = f.anchor
	}
	g.version++
	units[from] = nil
	return into
}
