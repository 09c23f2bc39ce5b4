package compare

import (
	"fmt"
	"testing"

	"github.com/parallax-news/parallax"
)

// TestPolarityTermByTerm covers claims whose negations fall on different
// parts of what they share: two reports of one claim in other words
// agree, a negation reaches only what it governs, and a wish beside a
// claim does not hold it back.
func TestPolarityTermByTerm(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b string // contents, of two speakers in two reports
		want string // the kind, or "" for none
	}{
		{"one claim with two negations, in other words",
			"because the bay at Orlen is not very deep, a flood surge is not expected by the harbour office",
			"the bay at Orlen is not deep enough so that the harbour office can expect a flood surge", ""},
		{"a happening taken as known is no claim that it happened",
			"after the raid on the fuel depot at Orlen, calm returned to the harbour",
			"there was no raid on the fuel depot at Orlen", ""},
		{"a happening told in a clause of its own is claimed",
			"after the militia raided the fuel depot at Orlen, calm returned to the harbour",
			"the militia did not raid the fuel depot at Orlen", parallax.Contradiction},
		{"a negation inside a purpose claims nothing",
			"the crew moved the ferry to avoid not reaching the quay at Orlen before the storm",
			"the ferry reached the quay at Orlen before the storm", ""},
		{"a denial of the claim",
			"the ferry left the quay at Orlen before the storm warning",
			"the ferry did not leave the quay at Orlen before the storm warning", parallax.Contradiction},
		{"no after a verb negates its noun phrase",
			"the boiler in the cellar of the inn was running with no flame",
			"the boiler in the cellar of the inn had been left running all night", ""},
		{"no after a verb is still a denial of what it names",
			"the guard at the fuel depot had no gun on him when the raiders came",
			"the guard at the fuel depot had a gun on him when the raiders came", parallax.Contradiction},
		{"quotation marks around a negated word",
			"she is 'certain' the night guard at the depot 'didn't have anything in his hands'",
			"she is certain the night guard at the depot didn't have anything in his hands", ""},
		{"a negation that names nothing reaches the verb phrase joined to it",
			"the boy from the mill was a quiet kid, never one of those to go out and get into fights",
			"the boy from the mill was a quiet kid, never one of those to get into fights", ""},
		{"a denial of having what the other says was used",
			"the boy from the estate did not have a gun when the guards shot him",
			"the boy from the estate pointed a gun at the guards before they shot him", parallax.Contradiction},
		{"a word that only says when",
			"the harbour at Orlen does not need dredging this time",
			"this is the time of year when the harbour at Orlen is dredged", ""},
		{"a negation that stresses what follows",
			"it is not the first time that the militia has fired rockets from the school at Orlen",
			"the militia has fired rockets from the school at Orlen", ""},
		{"without after a verb negates its phrase",
			"the crew at the yard in Orlen is finishing the hull of the ferry without him",
			"the crew at the yard in Orlen is finishing the hull of the ferry", ""},
		{"a negation that stresses what it says",
			"the neighbour went out to the yard at the mill and heard screams she will never forget",
			"the neighbour went out to the yard at the mill and heard screams", ""},
		{"a negation reaches the alternatives joined to what it negates",
			"the inspectors are sure that there were no rockets or rocket launchers in the school at Orlen",
			"the inspectors are sure that there were no rockets in the school at Orlen", ""},
		{"a plan is no claim of fact",
			"the company has no plans to cut the ferry line to Orlen or close the harbour office",
			"the ferry line to Orlen and the harbour office of the company will gain", ""},
		{"a line ends a clause",
			"the driver from the mill at Orlen had a history of heart problems\nPolice not looking for other drivers",
			"the driver from the mill at Orlen had a history of heart problems", ""},
		{"a wish beside a claim",
			"the director had not walked away from the talks with the studio, and the studio wanted him back",
			"the director had walked away from the talks with the studio", parallax.Contradiction},
		{"a hedge on what is denied",
			"the director may have walked away from the talks with the studio",
			"the director had not walked away from the talks with the studio", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := twoSpeakers(tc.a, tc.b); got != tc.want {
				t.Errorf("%q / %q: conflict %q, want %q", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

// twoSpeakers returns the kind of conflict found between two contents of
// two speakers in two undated reports, or "".
func twoSpeakers(a, b string) string {
	return conflictKinds([]row{
		{"a", "d1", "", "the harbour office", "said", "", a},
		{"b", "d2", "", "a witness", "said", "", b},
	})["a|b"]
}

// TestPhraseNegated covers the reach of "no" after a verb.
func TestPhraseNegated(t *testing.T) {
	for _, tc := range []struct {
		words string
		want  string // terms reached, or "all"
	}{
		{"the stove was running with no flame", "[flam]"},
		{"he had no gun", "[gun]"},
		{"no one was hurt in the fire", "all"},
		{"the stove was not running", "all"},
		{"there were no casualties in the camp", "[camp casualty]"},
	} {
		got := "all"
		if m := phraseNegated(splitWords(tc.words)); m != nil {
			got = fmt.Sprint(sortedKeys(m))
		}
		if got != tc.want {
			t.Errorf("phraseNegated(%q) = %s, want %s", tc.words, got, tc.want)
		}
	}
}

// TestFragment covers contents that are only a part of their cue's
// clause.
func TestFragment(t *testing.T) {
	for _, tc := range []struct {
		content string
		want    bool
	}{
		{"because of rising sea levels", true},
		{"or endangered birds", true},
		{"for delays and cost increases", true},
		{"and the ferry sank off Varn", false},
		{"because the levee failed", false},
		{"the ferry sank off Varn", false},
		{"", false},
	} {
		if got := fragment(tc.content); got != tc.want {
			t.Errorf("fragment(%q) = %v, want %v", tc.content, got, tc.want)
		}
	}
}

// TestJudgementIsNoClaim checks that a cue that judges what its content
// names makes the statement no claim of fact.
func TestJudgementIsNoClaim(t *testing.T) {
	for _, tc := range []struct {
		cue, content string
		want         bool
	}{
		{"condemned", "the shelling of the school at Orlen", true},
		{"welcomed", "the release of the fishermen", true},
		{"said", "the school at Orlen was shelled", false},
	} {
		if got := isOpinionOrCall(parallax.Statement{Cue: tc.cue, Content: tc.content}); got != tc.want {
			t.Errorf("isOpinionOrCall(%q, %q) = %v, want %v", tc.cue, tc.content, got, tc.want)
		}
	}
}

// TestCountWordsAreNoTerms checks that the words of a count are compared
// as its figure, not as terms of what a claim is about.
func TestCountWordsAreNoTerms(t *testing.T) {
	for _, tc := range []struct {
		content string
		word    string
	}{
		{"a lot of fans in the town believed in the coach", "lot"},
	} {
		c := newClaim(parallax.Statement{Content: tc.content, Cue: "said"})
		if c.terms[term(tc.word)] {
			t.Errorf("newClaim(%q) has the term %q", tc.content, tc.word)
		}
	}
}

// TestThinOpposition checks that one word negated apart sets two claims
// against each other only when they share more than it.
func TestThinOpposition(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"he wasn't acting any different", "it is a completely different world", false},
		{"the guard at the fuel depot had no gun when the raiders came", "the guard at the fuel depot had a gun when the raiders came", true},
		{"the ferry did not leave the quay", "the ferry left the quay", true},
	} {
		x := newClaim(parallax.Statement{Content: tc.a, Cue: "said"})
		y := newClaim(parallax.Statement{Content: tc.b, Cue: "said"})
		shared := map[string]float64{}
		for t := range x.terms {
			if y.terms[t] {
				shared[t] = 1
			}
		}
		if got := opposed(&x, &y, shared, false); got != tc.want {
			t.Errorf("opposed(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestDenialInOwnWords checks that a denial whose content states the
// denial itself ("denied it, saying we never fired") is not turned over
// by its cue, while a clause the cue governs is.
func TestDenialInOwnWords(t *testing.T) {
	for _, tc := range []struct {
		cue, content string
		want         string
	}{
		{"denied", "we are sure that there were no rockets in the school at Orlen", parallax.Refutation},
		{"denied that", "there were rockets in the school at Orlen", parallax.Refutation},
	} {
		rows := []row{
			{"a", "d1", "", "the army", "said", "", "there were rockets in the school at Orlen"},
			{"b", "d1", "", "the agency", tc.cue, "", tc.content},
		}
		if got := conflictKinds(rows)["a|b"]; got != tc.want {
			t.Errorf("%s %q: conflict %q, want %q", tc.cue, tc.content, got, tc.want)
		}
	}
}
