package story

import (
	"reflect"
	"testing"
)

// TestGroups feeds nodes in order, each with its links to earlier nodes
// given as (node, earlier node, similarity).
func TestGroups(t *testing.T) {
	twoTriangles := [][3]float64{
		{1, 0, 0.9}, {2, 1, 0.8}, {2, 0, 0.7},
		{3, 2, 0.6}, // one strong bridge: single link would chain them
		{4, 3, 0.9}, {5, 4, 0.8}, {5, 3, 0.7},
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
		{"absent edge counts as zero", 3, [][3]float64{{1, 0, 0.5}, {2, 1, 0.4}}, 0.35, [][]int32{{0, 1}, {2}}},
		// 2 joins 1 first; then {1, 2} and 0 average (0.5+0.4)/2 = 0.45.
		{"a newcomer bridges two groups", 3, [][3]float64{{2, 1, 0.6}, {2, 0, 0.5}, {1, 0, 0.4}}, 0.42, [][]int32{{0, 1, 2}}},
		{"a newcomer joins the group it links most to", 4, [][3]float64{{1, 0, 0.9}, {3, 2, 0.1}, {3, 0, 0.5}, {3, 1, 0.5}}, 0.3, [][]int32{{0, 1, 3}, {2}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			edges := make([][]edge, tc.n)
			for _, l := range tc.links {
				edges[int(l[0])] = append(edges[int(l[0])], edge{int32(l[1]), l[2]})
			}
			var x agglomeration
			for i := range tc.n {
				if id := x.add(edges[i], tc.cut); id != int32(i) {
					t.Fatalf("add returned id %d, want %d", id, i)
				}
			}
			if got := x.partition(); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("groups = %v, want %v", got, tc.want)
			}
		})
	}
}
