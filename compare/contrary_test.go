package compare

import (
	"testing"

	"github.com/parallax-news/parallax"
)

// TestContraryWords covers claims that say opposite things of what they
// share in words the lexicon gives as opposites, and the pairs that must
// not be flagged.
func TestContraryWords(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows []row
		want map[string]string
	}{{
		name: "opposite verbs of one thing",
		rows: []row{
			{"a", "d1", "", "the ministry", "said", "", "the new levy strengthens the river dykes along the Olm"},
			{"b", "d2", "", "the farmers' league", "said", "", "the new levy weakens the river dykes along the Olm"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "opposite adjectives of one thing",
		rows: []row{
			{"a", "d1", "", "the mayor", "said", "", "the rally of the dockers through the old town on Saturday was peaceful"},
			{"b", "d2", "", "the shopkeepers", "said", "", "the rally of the dockers through the old town on Saturday was violent"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "similar adjectives of opposed clusters",
		rows: []row{
			{"a", "d1", "", "the mayor", "said", "", "the damage the storm did to the harbour wall of the old town was minor"},
			{"b", "d2", "", "the shopkeepers", "said", "", "the damage the storm did to the harbour wall of the old town was serious"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "an adverb and an adjective of opposed clusters",
		rows: []row{
			{"a", "d1", "", "the governor", "said", "", "the repairs to the harbour wall of the old town are going smoothly"},
			{"b", "d2", "", "the shopkeepers", "said", "", "the repairs to the harbour wall of the old town were slow"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "a negation turns opposite words back into agreement",
		rows: []row{
			{"a", "d1", "", "the mayor", "said", "", "the rally of the dockers through the old town on Saturday was peaceful"},
			{"b", "d2", "", "the shopkeepers", "said", "", "the rally of the dockers through the old town on Saturday was not violent"},
		},
		want: map[string]string{},
	}, {
		name: "one speaker's words in two reports",
		rows: []row{
			{"a", "d1", "", "the police", "said", "", "the climbers were poorly equipped and experienced for the route"},
			{"b", "d2", "", "the police", "said", "", "the climbers were poorly equipped and inexperienced for the route"},
		},
		want: map[string]string{},
	}, {
		name: "a conjunction sharing one word with another",
		rows: []row{
			{"a", "d1", "", "the police", "said", "", "the climbers were poorly equipped by the club, and experienced for the route"},
			{"b", "d2", "", "the guide", "said", "", "the climbers were poorly equipped by the club, and inexperienced for the route"},
		},
		want: map[string]string{},
	}, {
		name: "opposite words about different things",
		rows: []row{
			{"a", "d1", "", "the ministry", "said", "", "the new levy strengthens the river dykes, and the old canal has been dredged"},
			{"b", "d2", "", "the farmers' league", "said", "", "the new levy on the river dykes is a burden, and the old canal weakens every winter"},
		},
		want: map[string]string{},
	}} {
		t.Run(tc.name, func(t *testing.T) { wantKinds(t, tc.rows, tc.want) })
	}
}

// TestContractedNegations checks that every contracted negation of an
// auxiliary turns a claim over.
func TestContractedNegations(t *testing.T) {
	for _, neg := range []string{"hadn't", "hasn't", "haven't", "couldn't", "hadn’t"} {
		rows := []row{
			{"a", "d1", "", "the trade paper", "reported", "", "the director had walked away from the talks with the studio over the sequel"},
			{"b", "d2", "", "the studio", "said", "", "the director " + neg + " walked away from the talks with the studio over the sequel"},
		}
		if got := conflictKinds(rows); got["a|b"] != parallax.Contradiction {
			t.Errorf("%s: conflicts %v, want a|b", neg, got)
		}
	}
}
