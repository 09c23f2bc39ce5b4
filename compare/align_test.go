package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

// TestAlignedConflicts covers conflicts found by aligning what statements
// name, without the predicate lexicon and without dates.
func TestAlignedConflicts(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows []row
		want map[string]string
	}{{
		name: "undated reports of one story contradict",
		rows: []row{
			{"a", "d1", "", "the prosecutor", "said", "", "Marlow fired the shot that hit the clerk"},
			{"b", "d2", "", "the defence lawyer", "said", "", "Marlow was in the shop but isn't the one who fired the shot that hit the clerk"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "a rejection that names nothing answers the claim before it",
		rows: []row{
			{"a", "d1", "", "the ministry", "said", "", "the new rules strengthen the protection of the wetlands"},
			{"b", "d1", "", "Ada Brenner", "said", "", "That's completely wrong, and they're just making that up"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "not knowing denies nothing",
		rows: []row{
			{"a", "d1", "", "the harbour master", "said", "", "the ferry left the quay before the storm warning"},
			{"b", "d1", "", "the captain", "said", "", "he did not know why the ferry left the quay before the storm warning"},
		},
		want: map[string]string{},
	}, {
		name: "a condition is not a claim",
		rows: []row{
			{"a", "d1", "", "the club", "said", "", "the club placed Ortega on the injured list"},
			{"b", "d1", "", "the coach", "said", "", "the club would not have placed Ortega on the injured list if the season were still open"},
		},
		want: map[string]string{},
	}, {
		name: "a term named in a negated clause and in one that is not takes no side",
		rows: []row{
			{"a", "d1", "", "the sheriff", "said", "", "a bomb at the bank killed a guard and a police technician, and police did not have a suspect"},
			{"b", "d2", "", "the state police", "said", "", "a bomb at the bank killed a guard and a police technician on Friday"},
		},
		want: map[string]string{},
	}, {
		name: "a negation in a concession is not the claim's",
		rows: []row{
			{"a", "d1", "", "the brewery", "announced", "", "the sale of its Harwick plant would close in the first quarter"},
			{"b", "d2", "", "the brewery", "said", "", "although no terms of the sale of the Harwick plant were disclosed, it would close in the first quarter"},
			{"c", "d3", "", "the buyer", "said", "", "the sale of the Harwick plant would close in the first quarter"},
		},
		want: map[string]string{},
	}, {
		name: "typographic apostrophes negate",
		rows: []row{
			{"a", "d1", "", "the operator", "said", "", "the pumping station flooded the lower meadows"},
			{"b", "d2", "", "the farmers", "said", "", "the pumping station didn’t flood the lower meadows"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "a bare number answers the figure before it",
		rows: []row{
			{"a", "d1", "", "the police", "put", "", "the rally at about 4,000 people"},
			{"b", "d1", "", "the organisers", "said", "", "there were more than 10,000"},
			{"c", "d1", "", "a steward", "said", "", "there were nearly 4,200"},
		},
		// The steward answers the organisers, and the two disagree; his
		// figure agrees with the police's.
		want: map[string]string{"a|b": parallax.Contradiction, "b|c": parallax.Contradiction},
	}, {
		name: "figures given alone measure one thing",
		rows: []row{
			{"a", "d1", "", "the institute", "said", "", "it had a magnitude of 5.2"},
			{"b", "d2", "", "the survey", "said", "", "it had a magnitude of 4.6"},
			{"c", "d3", "", "the mayor", "said", "", "a 3.1-magnitude aftershock shook the valley town"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "a bare number with no figure before it measures nothing",
		rows: []row{
			{"a", "d1", "", "the police", "said", "", "the rally passed off peacefully"},
			{"b", "d1", "", "the organisers", "said", "", "there were more than 10,000"},
			{"c", "d1", "", "a steward", "said", "", "there were 300"},
		},
		want: map[string]string{},
	}, {
		name: "what one of them did leaves the others",
		rows: []row{
			{"a", "d1", "", "the villagers", "said", "", "Six shells from the gunners hit the village school, of which five exploded"},
			{"b", "d2", "", "the mayor", "said", "", "One of the shells from the gunners hit the village school, but the shell did not explode"},
		},
		want: map[string]string{},
	}, {
		name: "the one a negation speaks of may be one a count leaves out",
		rows: []row{
			{"a", "d1", "", "the medic", "said", "", "the shell did not explode"},
			{"b", "d2", "", "the villagers", "said", "", "three of the shells exploded"},
		},
		want: map[string]string{},
	}, {
		name: "one thing said of twice is one thing",
		rows: []row{
			{"a", "d1", "", "the medic", "said", "", "the shell did not explode"},
			{"b", "d2", "", "the villagers", "said", "", "the shell exploded"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "a plural that is its own singular is all of those counted",
		rows: []row{
			{"a", "d1", "", "the medic", "said", "", "the people in the ferry were not hurt"},
			{"b", "d2", "", "the villagers", "said", "", "five people in the ferry were hurt"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "what has not happened yet may happen later",
		rows: []row{
			{"a", "d1", "", "the mayor", "said", "", "the council has not yet decided on the harbour tender"},
			{"b", "d2", "", "the clerk", "said", "", "the council will decide on the harbour tender next month"},
		},
		want: map[string]string{},
	}, {
		name: "what has not happened yet against what did",
		rows: []row{
			{"a", "d1", "", "the mayor", "said", "", "the ferry has not yet sailed from the quay"},
			{"b", "d2", "", "the clerk", "said", "", "the ferry sailed from the quay at dawn"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "two named persons each fall their own distance",
		rows: []row{
			{"a", "d1", "", "the inspector", "said", "", "Corran Vale slipped and fell 60 metres from a ridge near the glacier"},
			{"b", "d2", "", "the ranger", "said", "", "Ansel Brock slipped and fell 600 metres from a ridge near the glacier"},
		},
		want: map[string]string{},
	}, {
		name: "two persons told apart by their ages each fall their own distance",
		rows: []row{
			{"a", "d1", "", "the inspector", "said", "", "the 36-year-old slipped and fell 60 metres from a ridge near the glacier"},
			{"b", "d2", "", "the ranger", "said", "", "the 32-year-old slipped and fell 600 metres from a ridge near the glacier"},
		},
		want: map[string]string{},
	}, {
		name: "one named person falls one distance",
		rows: []row{
			{"a", "d1", "", "the inspector", "said", "", "Corran Vale slipped and fell 60 metres from a ridge near the glacier"},
			{"b", "d2", "", "the ranger", "said", "", "Vale slipped and fell 600 metres from a ridge near the glacier"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "two persons told apart by their ages are each equipped their own way",
		rows: []row{
			{"a", "d1", "", "the inspector", "said", "", "the 36-year-old climber was not wearing crampons on the ridge"},
			{"b", "d2", "", "the ranger", "said", "", "the 32-year-old climber was wearing crampons on the ridge"},
		},
		want: map[string]string{},
	}, {
		name: "one person of one age is equipped one way",
		rows: []row{
			{"a", "d1", "", "the inspector", "said", "", "the 36-year-old climber was not wearing crampons on the ridge"},
			{"b", "d2", "", "the ranger", "said", "", "the 36-year-old climber was wearing crampons on the ridge"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "what none of them did answers what some did",
		rows: []row{
			{"a", "d1", "", "the villagers", "said", "", "Six shells from the gunners hit the village school, of which five exploded"},
			{"b", "d2", "", "the garrison", "said", "", "The shells from the gunners that hit the village school did not explode"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "two speakers who each say we speak of themselves",
		rows: []row{
			{"a", "d1", "", "Vera Olsen", "said", "", "We are not competing with our suppliers in the harbour trade"},
			{"b", "d2", "", "Tomas Berg", "said", "", "We will keep competing with our suppliers in the harbour trade"},
		},
		want: map[string]string{},
	}, {
		name: "we against a third person's account",
		rows: []row{
			{"a", "d1", "", "Vera Olsen", "said", "", "We did not close the harbour gates before the storm"},
			{"b", "d2", "", "Tomas Berg", "said", "", "the company closed the harbour gates before the storm"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "a feeling is not a claim of what it is about",
		rows: []row{
			{"a", "d1", "", "the reporter", "says", "", "The villagers are, however, furious with the water board over the poisoning of the river near the mill"},
			{"b", "d2", "", "the water board", "said", "", "the water board did not poison the river near the mill"},
		},
		want: map[string]string{},
	}, {
		name: "figures reported months apart speak of different moments",
		rows: []row{
			{"a", "d1", "2024-01-10", "the county", "said", "", "the flood killed 40 people in the valley"},
			{"b", "d2", "2024-06-10", "the relief agency", "said", "", "the flood killed 12 people in the valley"},
		},
		want: map[string]string{},
	}, {
		name: "one source's figures in two reports of one day contradict",
		rows: []row{
			{"a", "d1", "2024-01-10", "the county", "said", "", "the flood killed 40 people in the valley"},
			{"b", "d2", "2024-01-10", "the county", "said", "", "the flood killed 12 people in the valley"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "one source's figure a day later updates its own",
		rows: []row{
			{"a", "d1", "2024-01-10", "the county", "said", "", "the flood killed 40 people in the valley"},
			{"b", "d2", "2024-01-11", "the county", "said", "", "the flood killed 12 people in the valley"},
		},
		want: map[string]string{},
	}, {
		name: "figures reported days apart contradict",
		rows: []row{
			{"a", "d1", "2024-01-10", "the county", "said", "", "the flood killed 40 people in the valley"},
			{"b", "d2", "2024-01-12", "the relief agency", "said", "", "the flood killed 12 people in the valley"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "figures tied to verbs alike in the lexicon measure one thing",
		rows: []row{
			{"a", "d1", "", "the police", "said", "", "nine miners were killed in the collapse of the Brackwater shaft"},
			{"b", "d2", "", "the union", "said", "", "fourteen miners died in the collapse of the Brackwater shaft"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "a count of happenings measures what a count of those it happened to does",
		rows: []row{
			{"a", "d1", "", "the police", "said", "", "nine miners were killed in the collapse of the Brackwater shaft"},
			{"b", "d2", "", "the union", "said", "", "the collapse of the Brackwater shaft caused fourteen deaths among the miners"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "a verb is not alike the more general verb it is a way of",
		rows: []row{
			{"a", "d1", "", "the police", "said", "", "two protesters were killed at the gate of the Harlow barracks"},
			{"b", "d2", "", "the organisers", "said", "", "five protesters were shot at the gate of the Harlow barracks"},
		},
		want: map[string]string{},
	}} {
		t.Run(tc.name, func(t *testing.T) { wantKinds(t, tc.rows, tc.want) })
	}
}

// TestDenialAnswersTheClosestClaims checks that one denial is not set
// against every claim of its story that it aligns with.
func TestDenialAnswersTheClosestClaims(t *testing.T) {
	rows := []row{{"deny", "d0", "", "the water board", "said", "", "the water board had not poisoned the river near the mill"}}
	for i := range 8 {
		rows = append(rows, row{fmt.Sprint("c", i), fmt.Sprint("d", i+1), "", fmt.Sprint("Witness ", strings.Repeat("I", i+1)), "said", "",
			"the water board poisoned the river near the mill"})
	}
	stmts, docs := fixture(rows)
	n := 0
	for _, c := range Compare(stmts, docs).Conflicts {
		if c.A == "deny" || c.B == "deny" {
			n++
		}
	}
	if n == 0 || n > maxAnswers {
		t.Errorf("the denial is in %d conflicts, want 1 to %d", n, maxAnswers)
	}
}

// TestDenyCueOfALanguage checks that a denying cue of a language with
// data in package lang turns its content over.
func TestDenyCueOfALanguage(t *testing.T) {
	if got := kindInRussian("опроверг", "the convoy crossed the bridge at Sarn"); got != parallax.Refutation {
		t.Errorf("kind %q, want a refutation", got)
	}
	if denyCue("said", "ru") || denyCue("опроверг", "") || !denyCue("Опроверг", "ru") {
		t.Error("denyCue reads a cue wrongly")
	}
}

// TestRejectionInALanguage checks that a content of a language with
// data in package lang that calls a kind of claim false rejects what
// that claim says.
func TestRejectionInALanguage(t *testing.T) {
	for _, content := range []string{
		"сообщения о том, что колонна пересекла мост у Сарна, безосновательны",
		"сообщения о том, что колонна пересекла мост у Сарна, необоснованные",
	} {
		if got := kindInRussian("заявило", content); got != parallax.Refutation {
			t.Errorf("%q: kind %q, want a refutation", content, got)
		}
	}
}

// kindInRussian returns the kind of the conflict found between an
// English claim that a convoy crossed a bridge and the army's statement
// in a Russian report by cue and content, or "".
func kindInRussian(cue, content string) string {
	stmts, docs := fixture([]row{
		{"a", "d1", "", "the ministry", "said", "", "the convoy crossed the bridge at Sarn"},
		{"b", "d2", "", "the army", cue, "", content},
	})
	d := docs["d2"]
	d.Lang = "ru"
	docs["d2"] = d
	got := ""
	for _, c := range Compare(stmts, docs).Conflicts {
		got = c.Kind
	}
	return got
}

// TestRejectionAnswers checks that a rejection is linked to the claims it
// answers by what it names, however briefly it names it, and to nothing
// that merely shares a name with it or agrees with it.
func TestRejectionAnswers(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows []row
		want map[string]string
	}{{
		name: "a denial of a connection answers the claim it names",
		rows: []row{
			{"a", "d1", "", "the aid agency", "said", "", "aircraft of the Tarvian air force bombed the Meru refugee camp on Thursday"},
			{"b", "d1", "", "Tarvia", "denies", "", "any connection to the bombing"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "rejected accusations answer the accusation",
		rows: []row{
			{"a", "d1", "", "Osland", "accused", "", "Vetra of arming the rebels in the border provinces"},
			{"b", "d2", "", "the Vetran president", "rejected", "", "accusations that his country was arming the rebels as baseless"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "contrary to what has been reported",
		rows: []row{
			{"a", "d1", "", "the Courier", "reported", "", "the negotiations between the studio and its director are tense"},
			{"b", "d2", "", "the director", "said", "", "contrary to what has been reported, the negotiations have not been difficult"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "what is ruled out answers the claim it names",
		rows: []row{
			{"a", "d1", "", "residents", "said", "", "the fire at the grain warehouse was arson"},
			{"b", "d2", "", "the police", "have ruled out", "", "arson as the cause of the fire at the grain warehouse"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "no truth to the claims",
		rows: []row{
			{"a", "d1", "", "anglers", "said", "", "the paper mill had dumped waste into the Orne river"},
			{"b", "d2", "", "the mill", "said", "", "there was no truth to claims that it had dumped waste into the Orne river"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "a plea of not guilty answers the deed it is charged with",
		rows: []row{
			{"a", "d1", "", "the police", "said", "", "Corwin Pell set the fire that destroyed the Dunmore school"},
			{"b", "d2", "", "Corwin Pell", "pleaded", "", "not guilty to setting the fire at the Dunmore school"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "allegations called baseless are denied",
		rows: []row{
			{"a", "d1", "", "the union", "accused", "", "the water board of poisoning the Orne river"},
			{"b", "d2", "", "the water board", "said", "", "allegations that it poisoned the river were baseless"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "a story called a lie is denied",
		rows: []row{
			{"a", "d1", "", "the Gazette", "reported", "", "coach Halvard Brenn would resign at the end of the season"},
			{"b", "d2", "", "Pieter Vonk", "said", "", "the story that Brenn would resign is a lie"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "the allegations called baseless in another report",
		rows: []row{
			{"a", "d1", "", "the union", "accused", "", "the water board of poisoning the Orne river"},
			{"b", "d2", "", "the water board", "said", "", "the allegations were baseless"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "rebutted claims",
		rows: []row{
			{"a", "d1", "", "the ministry", "said", "", "the convoy crossed the bridge at Sarn"},
			{"b", "d2", "", "the rebels", "rebutted", "", "claims that the convoy crossed the bridge at Sarn"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "a claim of one's own after allegations called baseless",
		rows: []row{
			{"a", "d1", "", "the governor", "said", "", "the army intends an invasion of the south"},
			{"b", "d2", "", "the governor", "said", "", "whatever allegations the army makes are baseless, but it intends an invasion of the south"},
		},
		want: map[string]string{},
	}, {
		name: "a denial answers what is alleged",
		rows: []row{
			{"a", "d1", "", "the police", "said", "", "Corwin Pell allegedly set the fire that destroyed the Dunmore school"},
			{"b", "d2", "", "Corwin Pell", "denied", "", "setting the fire at the Dunmore school"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "a denial does not answer a guess",
		rows: []row{
			{"a", "d1", "", "the police", "said", "", "Corwin Pell may have set the fire that destroyed the Dunmore school"},
			{"b", "d2", "", "Corwin Pell", "denied", "", "setting the fire at the Dunmore school"},
		},
		want: map[string]string{},
	}, {
		name: "a plea answers a charge made months before",
		rows: []row{
			{"a", "d1", "2024-01-10", "the police", "said", "", "Corwin Pell set the fire that destroyed the Dunmore school"},
			{"b", "d2", "2024-04-12", "Corwin Pell", "pleaded", "", "not guilty to setting the fire at the Dunmore school"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "a denial does not answer a claim made months after it",
		rows: []row{
			{"a", "d1", "2024-04-12", "the police", "said", "", "Corwin Pell set the fire that destroyed the Dunmore school"},
			{"b", "d2", "2024-01-10", "Corwin Pell", "denied", "", "setting the fire at the Dunmore school"},
		},
		want: map[string]string{},
	}, {
		name: "the allegations denied in another report answer what is told as an accusation",
		rows: []row{
			{"a", "d1", "", "the police", "said", "", "Corwin Pell is accused of setting the fire that destroyed the Dunmore school"},
			{"b", "d2", "", "Corwin Pell", "denied", "", "the allegations"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "the charges denied in another report answer what is told as a charge",
		rows: []row{
			{"a", "d1", "", "the police", "said", "", "Corwin Pell was charged with arson over the fire that destroyed the Dunmore school"},
			{"b", "d2", "", "Corwin Pell", "has denied", "", "the charges"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "the allegations denied do not answer what is only said of their speaker",
		rows: []row{
			{"a", "d1", "", "the police", "said", "", "Corwin Pell teaches at the Dunmore school"},
			{"b", "d2", "", "Corwin Pell", "denied", "", "the allegations"},
		},
		want: map[string]string{},
	}, {
		name: "a protest of innocence answers the accusation of its speaker",
		rows: []row{
			{"a", "d1", "", "the police", "said", "", "Corwin Pell is suspected of setting the fire that destroyed the Dunmore school"},
			{"b", "d2", "", "Corwin Pell", "said", "", "I am innocent and I will prove it in court"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "innocence maintained answers the accusation of its speaker",
		rows: []row{
			{"a", "d1", "", "the police", "said", "", "Corwin Pell is suspected of setting the fire that destroyed the Dunmore school"},
			{"b", "d2", "", "Corwin Pell", "has maintained", "", "his innocence"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "innocent victims protest nothing",
		rows: []row{
			{"a", "d1", "", "the ministry", "accused", "", "the army of shelling the Dunmore school"},
			{"b", "d2", "", "the army", "said", "", "innocent civilians were not targeted"},
		},
		want: map[string]string{},
	}, {
		name: "a rejection that asserts answers a denial",
		rows: []row{
			{"a", "d1", "", "the army", "said", "", "its aircraft had not bombed the Meru camp"},
			{"b", "d2", "", "the ambassador", "said", "", "the army lied about the bombing of the Meru camp"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "a denial does not answer a claim that agrees with it",
		rows: []row{
			{"a", "d1", "", "the monitors", "said", "", "no aircraft bombed the Meru camp"},
			{"b", "d1", "", "Tarvia", "denies", "", "any connection to the bombing of the Meru camp"},
		},
		want: map[string]string{},
	}, {
		name: "a denial does not answer what only shares a name with it",
		rows: []row{
			{"a", "d1", "", "the aid agency", "said", "", "Tarvia opened two new crossings for food convoys"},
			{"b", "d1", "", "Tarvia", "denies", "", "any connection to the bombing"},
		},
		want: map[string]string{},
	}, {
		name: "dismissing a call refutes nothing",
		rows: []row{
			{"a", "d1", "", "the opposition", "said", "", "the prime minister must quit over the riots"},
			{"b", "d1", "", "the prime minister", "dismissed", "", "calls to quit over the riots"},
		},
		want: map[string]string{},
	}} {
		t.Run(tc.name, func(t *testing.T) { wantKinds(t, tc.rows, tc.want) })
	}
}

// TestRejectionLedByADenial checks that a rejection that names briefly
// what the same speaker denied just before it answers the claim that
// denial answers, ahead of claims that share only its few words.
func TestRejectionLedByADenial(t *testing.T) {
	rows := []row{
		{"in1", "d1", "", "the Gazette", "reported", "", "the director is in talks with the studio to return for the sequel"},
		{"in2", "d2", "", "the Herald", "reported", "", "the director is still in talks with the studio about the sequel"},
		{"tense", "d3", "", "the Courier", "reported", "", "the director and the studio are locked in tense talks that hit a snag over his fee"},
		{"deny", "d4", "", "the director", "denied", "", "reports that his talks with the studio hit a snag over his fee"},
		{"quote", "d4", "", "the director", "said", "", "contrary to what has been reported, the talks have not been problematic"},
	}
	got := conflictKinds(rows)
	t.Log(got)
	if got[pairKey("tense", "quote")] != parallax.Refutation {
		t.Errorf("conflicts %v, want the quotation to refute the report of tense talks", got)
	}
	if k, ok := got[pairKey("tense", "deny")]; ok {
		t.Errorf("the denial and the quotation after it both refute the report of tense talks (%s)", k)
	}
}

// TestAnaphoricRejection checks that a rejection that names only the kind
// of claim it rejects ("denied the allegations") answers the claim before
// it in its report that is of that kind or names its speaker, and no claim
// of its own speaker.
func TestAnaphoricRejection(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows []row
		want map[string]string
	}{{
		name: "denied the allegations answers the accusation",
		rows: []row{
			{"a", "d1", "", "the farmers' union", "accused", "", "the water board of poisoning the river near the mill"},
			{"b", "d1", "", "the mayor", "said", "", "the council would review the permits of the mill next month"},
			{"c", "d1", "", "the water board", "denied", "", "the allegations"},
		},
		want: map[string]string{"a|c": parallax.Refutation},
	}, {
		name: "rejected as baseless answers the claim naming the speaker",
		rows: []row{
			{"a", "d1", "", "the auditors", "said", "", "the port authority overstated its revenue for three years"},
			{"b", "d1", "", "a dock worker", "said", "", "the cranes stood idle for most of the winter"},
			{"c", "d1", "", "the port authority", "rejected", "", "the claims as baseless"},
		},
		want: map[string]string{"a|c": parallax.Refutation},
	}, {
		name: "what follows the allegations is the answer to them",
		rows: []row{
			{"a", "d1", "", "the farmers' union", "accused", "", "the water board of poisoning the river near the mill"},
			{"b", "d1", "", "the mayor", "said", "", "the council would review the permits of the mill next month"},
			{"c", "d1", "", "the water board", "denied", "", "the allegations, saying its engineers test the water every week"},
		},
		want: map[string]string{"a|c": parallax.Refutation},
	}, {
		name: "no claim of its own speaker",
		rows: []row{
			{"a", "d1", "", "the water board", "said", "", "the river near the mill is clean"},
			{"b", "d1", "", "the water board", "denied", "", "the allegations"},
		},
		want: map[string]string{},
	}, {
		name: "an admission rejects no one's claim",
		rows: []row{
			{"a", "d1", "", "the prosecutor", "said", "", "the witness told the jury that the defendant fired the shot"},
			{"b", "d1", "", "the witness", "admitted", "", "he lied to the jury"},
		},
		want: map[string]string{},
	}, {
		name: "words going on from a denial answer nothing before it",
		rows: []row{
			{"a", "d1", "", "the governor", "said", "", "the air force has a lot to answer for"},
			{"b", "d1", "", "the army spokesman", "denied", "", "any links to the raid on the camp"},
			{"c", "d1", "", "Colonel Brandt", "said", "", "this information is completely false"},
		},
		want: map[string]string{},
	}, {
		name: "an accusation in another report of the story",
		rows: []row{
			{"a", "d1", "", "the farmers' union", "accused", "", "the water board of poisoning the river near the mill"},
			{"b", "d2", "", "the water board", "denied", "", "the allegations"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "in another report, only a claim of the kind named",
		rows: []row{
			{"a", "d1", "", "the farmers' union", "said", "", "the water board poisoned the river near the mill"},
			{"b", "d2", "", "the water board", "denied", "", "the allegations"},
		},
		want: map[string]string{},
	}} {
		t.Run(tc.name, func(t *testing.T) { wantKinds(t, tc.rows, tc.want) })
	}
}

// TestRejectionNamesWhoseClaim checks what a rejection that names a
// claimant ("the Tarvian government lied about the shelling") answers:
// what it says the claimant lied about, less how it says so and whose
// claim it was; first the claims that name the claimant.
func TestRejectionNamesWhoseClaim(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows []row
		want map[string]string
	}{{
		name: "an adverb and the claimant's title name nothing rejected",
		rows: []row{
			{"a", "d1", "", "the army spokesman", "said", "", "its gunners had not shelled anywhere across the border"},
			{"b", "d2", "", "the ambassador", "said", "", "the Tarvian government blatantly lied about the shelling"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "the claims that name the claimant first",
		rows: []row{
			{"a", "d1", "", "a trader", "said", "", "no shells fell on the school during the night"},
			{"b", "d2", "", "a farmer", "said", "", "no shells fell on the farms during the night"},
			{"c", "d3", "", "the army spokesman", "said", "", "Tarvian gunners had not shelled the villages during the night"},
			{"d", "d4", "", "the ambassador", "said", "", "the Tarvian government lied about the shelling"},
		},
		want: map[string]string{"a|d": parallax.Refutation, "c|d": parallax.Refutation},
	}, {
		name: "a claim reprinted is one claim answered",
		rows: []row{
			{"a1", "d1", "2025-02-03", "the army spokesman", "said", "", "Tarvian gunners had not shelled the villages"},
			{"a2", "d2", "2025-02-04", "the army spokesman", "said", "", "Tarvian gunners had not shelled the villages"},
			{"a3", "d3", "2025-02-04", "the army spokesman", "said", "", "Tarvian gunners had not shelled the villages"},
			{"b", "d4", "2025-02-05", "the defence minister", "said", "", "no Tarvian gun had shelled the villages"},
			{"c", "d5", "2025-02-06", "the ambassador", "said", "", "the Tarvian government lied about the shelling of the villages"},
		},
		want: map[string]string{"a1|c": parallax.Refutation, "b|c": parallax.Refutation},
	}} {
		t.Run(tc.name, func(t *testing.T) { wantKinds(t, tc.rows, tc.want) })
	}
}

// TestNegationReachesRelativesOnly checks that a negated clause naming
// next to nothing negates the relative clauses after it, not a clause of
// its own: "did not explode, another bomb hit the market" says a bomb hit
// the market.
func TestNegationReachesRelativesOnly(t *testing.T) {
	got := conflictKinds([]row{
		{"a", "d1", "", "the medic", "said", "", "one bomb hit the school but did not explode, another bomb hit the market"},
		{"b", "d2", "", "the mayor", "said", "", "another bomb hit the market near the school"},
	})
	if len(got) != 0 {
		t.Errorf("conflicts %v, want none", got)
	}
}
