package compare

import (
	"fmt"
	"testing"

	"github.com/parallax-news/parallax"
)

// TestTallies covers one source's two figures for one measure in two
// reports of one day: two tallies of those a happening befell are one
// count kept up, two counts of those who did something disagree; the
// same tallies from two sources disagree.
func TestTallies(t *testing.T) {
	for _, tc := range []struct {
		name   string
		a, b   row
		idsOff bool // the reports give the source as two entities of one name
		want   map[string]string
	}{{
		name:   "one source's tallies",
		a:      row{"a", "d1", "2031-04-02", "police", "said", "", "12 people were injured in the riot at the docks"},
		b:      row{"b", "d2", "2031-04-02", "police", "said", "", "18 people had been injured in the riot at the docks"},
		idsOff: true,
		want:   map[string]string{},
	}, {
		name: "two sources' tallies",
		a:    row{"a", "d1", "2031-04-02", "police", "said", "", "12 people were injured in the riot at the docks"},
		b:    row{"b", "d2", "2031-04-02", "the hospital", "said", "", "18 people had been injured in the riot at the docks"},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name:   "one source's counts of those who did something",
		a:      row{"a", "d1", "2031-04-02", "police", "said", "", "as many as 20,000 people marched through the capital against the levy"},
		b:      row{"b", "d2", "2031-04-02", "police", "said", "", "roughly 30,000 people marched through the capital against the levy"},
		idsOff: true,
		want:   map[string]string{"a|b": parallax.Contradiction},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			stmts, docs := fixture([]row{tc.a, tc.b})
			if tc.idsOff {
				stmts[0].Speaker, stmts[1].Speaker = "police-d1", "police-d2"
			}
			got := map[string]string{}
			for _, c := range Compare(stmts, docs).Conflicts {
				got[pairKey(c.A, c.B)] = c.Kind
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("conflicts %v, want %v", got, tc.want)
			}
		})
	}
}
