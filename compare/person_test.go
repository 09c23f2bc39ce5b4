package compare

import (
	"fmt"
	"testing"

	"github.com/parallax-news/parallax"
)

// TestOnePersonByAnyName checks that one person named in several ways
// across reports ("Dave Harlan", "Inspector Harlan") is one speaker, who
// reverses rather than contradicts himself, and that two people of one
// surname stay two.
func TestOnePersonByAnyName(t *testing.T) {
	firm := "the climbers were properly equipped for the north ridge"
	turned := "the climbers were not properly equipped for the north ridge"
	for _, tc := range []struct {
		name          string
		first, second string // speakers' names
		others        []string
		want          string
	}{
		{"a title and a given name", "Dave Harlan", "Inspector Harlan", nil, parallax.Reversal},
		{"a bare surname", "Dave Harlan", "Harlan", nil, parallax.Reversal},
		{"two given names", "Dave Harlan", "Ruth Harlan", nil, parallax.Contradiction},
		{"a surname two people share", "Dave Harlan", "Harlan", []string{"Ruth Harlan"}, parallax.Contradiction},
		{"a title of the other sex", "Dave Harlan", "Mrs Harlan", nil, parallax.Contradiction},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows := []row{
				{"a", "d1", "", tc.first, "said", "", firm},
				{"b", "d2", "", tc.second, "said", "", turned},
			}
			for k, o := range tc.others {
				rows = append(rows, row{fmt.Sprint("o", k), "d3", "", o, "said", "", "the rescue began at dawn"})
			}
			stmts, docs := fixture(rows)
			var ents []parallax.Entity
			for _, s := range stmts {
				ents = append(ents, parallax.Entity{ID: s.Speaker, Type: parallax.Person, Name: s.SpeakerName})
			}
			got := ""
			for _, c := range Run(Input{Statements: stmts, Docs: docs, Entities: ents}).Conflicts {
				if pairKey(c.A, c.B) == "a|b" {
					got = c.Kind
				}
			}
			if got != tc.want {
				t.Errorf("kind %q, want %q", got, tc.want)
			}
		})
	}
}
