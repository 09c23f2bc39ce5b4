package story

import (
	"sort"
	"time"

	"github.com/parallax-news/parallax"
)

// threads links stories whose centroids are similar enough, though not
// enough to be one story, into threads;
// stories is indexed like clusters.
func (c *Clusterer) threads(clusters []*cluster, stories []parallax.Story) []parallax.Thread {
	parent := make([]int32, len(clusters))
	for i := range parent {
		parent[i] = int32(i)
	}
	var find func(int32) int32
	find = func(i int32) int32 {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	x := newIndex()
	for i, s := range clusters {
		v := s.vector(&c.vocab)
		for _, o := range x.candidates(v) {
			if clusters[o].similarity(v, &c.vocab) >= c.opt.Link {
				parent[find(int32(i))] = find(o)
			}
		}
		x.add(int32(i), v)
	}
	groups := map[int32][]int32{}
	var roots []int32
	for i := range clusters {
		r := find(int32(i))
		if groups[r] == nil {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], int32(i))
	}
	sort.Slice(roots, func(i, j int) bool { return groups[roots[i]][0] < groups[roots[j]][0] })
	out := make([]parallax.Thread, 0, len(roots))
	for _, r := range roots {
		g := groups[r]
		sort.SliceStable(g, func(i, j int) bool { return clusters[g[i]].first < clusters[g[j]].first })
		t := parallax.Thread{ID: "t-" + stories[g[0]].ID[len("s-"):], Label: stories[largest(clusters, g)].Label}
		for _, s := range g {
			t.Stories = append(t.Stories, stories[s].ID)
		}
		out = append(out, t)
	}
	return out
}

// largest returns the cluster of g with the most documents.
func largest(clusters []*cluster, g []int32) int32 {
	best := g[0]
	for _, s := range g {
		if len(clusters[s].docs) > len(clusters[best].docs) {
			best = s
		}
	}
	return best
}

// vector returns the story's centroid weighed under voc, normalised.
func (s *cluster) vector(voc *vocabulary) vector {
	v := make(vector, 0, len(s.sum))
	norm := s.centroidNorm(voc)
	for t, f := range s.sum {
		v = append(v, weight{t, f * voc.idf(t) / norm})
	}
	sort.Slice(v, func(i, j int) bool { return v[i].term < v[j].term })
	return v
}

// parseDay reads a YYYY-MM-DD date, alone or at the start of an RFC 3339
// time, as days since 1970-01-01.
func parseDay(s string) (int, bool) {
	if len(s) < 10 {
		return 0, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil {
		return 0, false
	}
	return int(t.Unix() / 86400), true
}
