package story

import (
	"reflect"
	"testing"
)

// graph builds symmetric edge lists over n nodes from (a, b, similarity).
func graph(n int, links [][3]float64) [][]edge {
	edges := make([][]edge, n)
	for _, l := range links {
		a, b := int32(l[0]), int32(l[1])
		edges[a] = append(edges[a], edge{b, l[2]})
		edges[b] = append(edges[b], edge{a, l[2]})
	}
	return edges
}

func TestAverageLink(t *testing.T) {
	twoTriangles := [][3]float64{
		{0, 1, 0.9}, {1, 2, 0.8}, {0, 2, 0.7},
		{3, 4, 0.9}, {4, 5, 0.8}, {3, 5, 0.7},
		{2, 3, 0.6}, // one strong bridge: single link would chain them
	}
	for _, tc := range []struct {
		name  string
		n     int
		links [][3]float64
		cut   float64
		want  [][]int32
	}{
		{"empty", 0, nil, 0.2, nil},
		{"no edges", 3, nil, 0.2, [][]int32{{0}, {1}, {2}}},
		{"two groups despite a bridge", 6, twoTriangles, 0.3, [][]int32{{0, 1, 2}, {3, 4, 5}}},
		{"cut above every edge", 6, twoTriangles, 0.95, [][]int32{{0}, {1}, {2}, {3}, {4}, {5}}},
		{"low cut joins all", 6, twoTriangles, 0.01, [][]int32{{0, 1, 2, 3, 4, 5}}},
		// 0 and 2 are each close to 1 but not to each other: the average
		// over the pair 0–2, absent, holds the group at 0.3.
		{"absent edge counts as zero", 3, [][3]float64{{0, 1, 0.5}, {1, 2, 0.4}}, 0.35, [][]int32{{0, 1}, {2}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := averageLink(tc.n, graph(tc.n, tc.links), tc.cut)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("averageLink = %v, want %v", got, tc.want)
			}
		})
	}
}
