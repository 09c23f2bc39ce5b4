package story

import (
	"container/heap"
	"math"
	"sort"
)

// Online placement sees each document once, against the stories of that
// moment, so its result depends on arrival order: a story whose first
// reports arrive apart may stay split. Refinement regroups all documents at
// once, by average-link agglomeration over a sparse graph of each
// document's nearest neighbours, so that its cost stays near n·k·log n.

// Bounds of refinement: each document keeps its refineTerms most frequent
// terms; it is linked to at most neighbours earlier documents, found among
// the refineCandidates sharing the most key-term weight with it, and to the
// later documents that pick it; links weaker than minEdge are dropped.
const (
	refineTerms      = 120
	neighbours       = 10
	refineCandidates = 40
	minEdge          = 0.05
)

// DefaultCut is the least average similarity between two groups of
// documents for refinement to merge them. As an absent link counts as 0 in
// the average, the cut and neighbours were chosen together, on the mean
// B-cubed F1 over eight arrival orders of half the topics of a public
// story-clustering set (see the package tests).
const DefaultCut = 0.18

// node is one document as refinement sees it.
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

// refine groups the documents that are no near-duplicate of another;
// each group lists document indices in arrival order.
func (c *Clusterer) refine() [][]int32 {
	var nodes []node
	for k, d := range c.docs {
		if d.dupOf >= 0 {
			continue
		}
		nodes = append(nodes, c.newNode(int32(k), d))
	}
	edges := c.neighbourGraph(nodes)
	groups := averageLink(len(nodes), edges, c.opt.Cut)
	out := make([][]int32, len(groups))
	for i, g := range groups {
		for _, n := range g {
			out[i] = append(out[i], nodes[n].doc)
		}
	}
	return out
}

func (c *Clusterer) newNode(k int32, d *doc) node {
	n := node{doc: k, v: c.vocab.weigh(d.terms)}
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

// neighbourGraph links each node to its most similar earlier nodes among
// those its key terms retrieve; the links are kept both ways.
func (c *Clusterer) neighbourGraph(nodes []node) [][]edge {
	edges := make([][]edge, len(nodes))
	x := newIndex()
	score := map[int32]float64{}
	for i := range nodes {
		a := &nodes[i]
		clear(score)
		cands := x.lookup(a.v, score, refineCandidates)
		best := make([]edge, 0, len(cands))
		for _, j := range cands {
			s := c.nodeSimilarity(a, &nodes[j])
			if s >= minEdge {
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
		for _, e := range best {
			edges[i] = append(edges[i], e)
			edges[e.to] = append(edges[e.to], edge{int32(i), e.sim})
		}
		x.add(int32(i), a.v)
	}
	return edges
}

// nodeSimilarity weighs two documents' channels as similarity weighs a
// document against a story, and fades it with the days between them.
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
	if names && a.days > 0 && b.days > 0 {
		share = dayShare * cos[nameChannel] * (a.rarity + b.rarity) / 2
	}
	sim := combine(cos, names, share)
	da, db := c.docs[a.doc].day, c.docs[b.doc].day
	if da != noDay && db != noDay {
		sim *= math.Exp(-math.Abs(float64(da-db)) / c.opt.Days)
	}
	return sim
}

// agglomerate is a set of nodes being merged; links holds, for each group its
// members have edges to, the sum of those edges' similarities.
type agglomerate struct {
	size    int
	links   map[int32]float64
	members []int32
	version int
}

// merge is a candidate merge of two groups, valid while both are at the
// versions it was computed at.
type merge struct {
	a, b   int32
	va, vb int
	score  float64
}

type mergeHeap []merge

func (h mergeHeap) Len() int { return len(h) }
func (h mergeHeap) Less(i, j int) bool {
	if h[i].score != h[j].score {
		return h[i].score > h[j].score
	}
	if h[i].a != h[j].a {
		return h[i].a < h[j].a
	}
	return h[i].b < h[j].b
}
func (h mergeHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *mergeHeap) Push(x any)   { *h = append(*h, x.(merge)) }
func (h *mergeHeap) Pop() any {
	old := *h
	m := old[len(old)-1]
	*h = old[:len(old)-1]
	return m
}

// averageLink merges groups of the n nodes, most similar first, while the
// average similarity over all pairs of their members, an absent edge
// counting as 0, is at least cut. Each merge folds the smaller group's links
// into the larger's, so a node's links move about log n times.
func averageLink(n int, edges [][]edge, cut float64) [][]int32 {
	x := newAgglomeration(n, edges)
	var h mergeHeap
	for i, g := range x.groups {
		for j := range g.links {
			if int32(i) < j {
				h = append(h, x.candidate(int32(i), j))
			}
		}
	}
	heap.Init(&h)
	for h.Len() > 0 {
		m := heap.Pop(&h).(merge)
		if m.score < cut {
			break
		}
		a, b := x.groups[m.a], x.groups[m.b]
		if a == nil || b == nil || a.version != m.va || b.version != m.vb {
			continue
		}
		into := x.fold(m.a, m.b)
		for o := range x.groups[into].links {
			heap.Push(&h, x.candidate(into, o))
		}
	}
	var out [][]int32
	for _, g := range x.groups {
		if g != nil {
			sort.Slice(g.members, func(i, j int) bool { return g.members[i] < g.members[j] })
			out = append(out, g.members)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// agglomeration is the state of average-link clustering: the live groups,
// nil where a group was folded into another.
type agglomeration struct {
	groups []*agglomerate
}

func newAgglomeration(n int, edges [][]edge) *agglomeration {
	x := &agglomeration{groups: make([]*agglomerate, n)}
	for i := range x.groups {
		x.groups[i] = &agglomerate{size: 1, links: map[int32]float64{}, members: []int32{int32(i)}}
		for _, e := range edges[i] {
			x.groups[i].links[e.to] += e.sim
		}
	}
	return x
}

// candidate returns the merge of live groups a and b at their versions.
func (x *agglomeration) candidate(a, b int32) merge {
	if b < a {
		a, b = b, a
	}
	ga, gb := x.groups[a], x.groups[b]
	score := ga.links[b] / float64(ga.size*gb.size)
	return merge{a, b, ga.version, gb.version, score}
}

// fold merges live groups a and b, keeping the one with more links, and
// returns it.
func (x *agglomeration) fold(a, b int32) int32 {
	into, from := a, b
	if len(x.groups[a].links) < len(x.groups[b].links) {
		into, from = from, into
	}
	g, f := x.groups[into], x.groups[from]
	delete(g.links, from)
	delete(f.links, into)
	for o, s := range f.links {
		g.links[o] += s
		other := x.groups[o].links
		other[into] += s
		delete(other, from)
	}
	g.size += f.size
	g.members = append(g.members, f.members...)
	g.version++
	x.groups[from] = nil
	return into
}
