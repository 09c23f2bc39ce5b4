package story

import (
	"slices"
	"sort"
	"time"

	"github.com/parallax-news/parallax"
)

// threads gathers stories whose centroids are similar enough, though not
// enough to be one story, into threads; stories is indexed like clusters.
// Each story, in order, joins the thread whose centroid (the sum of its
// stories') is most similar to its own, when that similarity reaches
// Link, or starts a thread. Comparing with a thread's centroid rather than
// with any one of its stories keeps a thread from chaining: a story like
// the last one added, but not like the thread as a whole, stays out, so
// threads do not snowball as the corpus grows.
func (c *Clusterer) threads(clusters []*cluster, stories []parallax.Story) []parallax.Thread {
	var groups [][]int32
	var centroids []*cluster
	x := newIndex()
	for i, s := range clusters {
		v := s.vector(&c.vocab)
		best, bestSim := int32(-1), c.opt.Link
		for _, t := range x.candidates(v) {
			if sim := centroids[t].similarity(v, &c.vocab); sim >= bestSim {
				best, bestSim = t, sim
			}
		}
		if best < 0 {
			best = int32(len(groups))
			groups = append(groups, nil)
			centroids = append(centroids, newCluster())
		}
		groups[best] = append(groups[best], int32(i))
		centroids[best].absorb(s)
		x.add(best, v)
	}
	out := make([]parallax.Thread, 0, len(groups))
	for _, g := range groups {
		sort.SliceStable(g, func(i, j int) bool { return clusters[g[i]].first < clusters[g[j]].first })
		t := parallax.Thread{Label: stories[largest(clusters, g)].Label}
		for _, s := range g {
			t.Stories = append(t.Stories, stories[s].ID)
		}
		t.ID = "t-" + slices.Min(t.Stories)[len("s-"):] // as a story is named
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
