package compare

import (
	"strings"
	"testing"
)

// TestRepeatedDispute checks that one dispute reported in several reports
// is one conflict naming the reports that repeat it, and that different
// disputes of the same speakers, or of unnamed ones, stay apart.
func TestRepeatedDispute(t *testing.T) {
	for _, tc := range []struct {
		name  string
		rows  []row
		want  []string // pair key of each conflict, in order
		also  int      // conflicts whose explanation names other reports
		named []string // words the explanation of the first conflict holds
	}{{
		name: "a wire story reprinted",
		rows: []row{
			{"a", "d1", "2025-03-04", "the operator", "said", "", "the pumping station flooded the lower meadows"},
			{"b", "d1", "2025-03-04", "the farmers' union", "said", "", "the pumping station didn’t flood the lower meadows"},
			{"c", "d2", "2025-03-05", "the operator", "said", "", "the pumping station flooded the lower meadows on Tuesday"},
			{"d", "d2", "2025-03-05", "the farmers' union", "said", "", "the pumping station did not flood the lower meadows"},
		},
		want:  []string{"a|b"},
		also:  1,
		named: []string{"Also reported in", "5 March 2025"},
	}, {
		name: "the same speakers on two questions",
		rows: []row{
			{"a", "d1", "", "the operator", "said", "", "the pumping station flooded the lower meadows"},
			{"b", "d1", "", "the farmers' union", "said", "", "the pumping station didn’t flood the lower meadows"},
			{"c", "d2", "", "the operator", "said", "", "the sluice gates of the northern dam were opened at noon"},
			{"d", "d2", "", "the farmers' union", "said", "", "the sluice gates of the northern dam were not opened at noon"},
		},
		want: []string{"a|b", "c|d"},
	}, {
		name: "another speaker on one side is another conflict",
		rows: []row{
			{"a", "d1", "", "the operator", "said", "", "the pumping station flooded the lower meadows"},
			{"b", "d1", "", "the farmers' union", "said", "", "the pumping station didn’t flood the lower meadows"},
			{"c", "d2", "", "the mayor", "said", "", "the pumping station did not flood the lower meadows at all"},
		},
		want: []string{"a|b", "a|c"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			stmts, docs := fixture(tc.rows)
			r := Compare(stmts, docs)
			var got []string
			also := 0
			for _, c := range r.Conflicts {
				got = append(got, pairKey(c.A, c.B))
				if strings.Contains(c.Explain, "Also reported in") {
					also++
				}
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Fatalf("conflicts %v, want %v", got, tc.want)
			}
			if also != tc.also {
				t.Errorf("%d explanations name other reports, want %d", also, tc.also)
			}
			for _, w := range tc.named {
				if !strings.Contains(r.Conflicts[0].Explain, w) {
					t.Errorf("explanation %q lacks %q", r.Conflicts[0].Explain, w)
				}
			}
		})
	}
}

func TestFoldRepeatsUnnamed(t *testing.T) {
	stmts, docs := fixture([]row{
		{"a", "d1", "", "", "said", "", "the pumping station flooded the lower meadows"},
		{"b", "d1", "", "the farmers' union", "said", "", "the pumping station didn’t flood the lower meadows"},
		{"c", "d2", "", "", "said", "", "the pumping station flooded the lower meadows"},
	})
	all := make([]*stmt, len(stmts))
	claims := make([]claim, len(stmts))
	for i := range stmts {
		all[i] = newStmt(&stmts[i], i, docs[stmts[i].Doc])
		claims[i] = newClaim(stmts[i])
	}
	kept := []candidate{{a: 0, b: 1}, {a: 2, b: 1}}
	if got := foldRepeats(kept, all, claims, []string{"", "", ""}); len(got) != 2 {
		t.Errorf("%d conflicts, want 2: an unnamed source is not known to be the other", len(got))
	}
}
