package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

// TestCulprits covers contradictions between speakers who name different
// culprits or causes of one event, and the pairs that must not be flagged.
func TestCulprits(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows []row
		want map[string]string
	}{{
		name: "two culprits of one fire",
		rows: []row{
			{"a", "d1", "", "the fire brigade", "said", "", "the blaze at the Orlov warehouse was started by striking dockers"},
			{"b", "d2", "", "the dockers' union", "said", "", "the blaze at the warehouse was the work of hired arsonists"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		// "gas" and "bomb" meet in the lexicon; what a culprit is, is its
		// head.
		name: "a leak and a bomb",
		rows: []row{
			{"a", "d1", "", "the gas board", "said", "", "the blast at the Orlov depot was caused by a gas leak"},
			{"b", "d2", "", "the police", "said", "", "the blast at the Orlov depot was caused by a bomb"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "a culprit in the active against one in the passive",
		rows: []row{
			{"a", "d1", "", "the gas board", "said", "", "a gas leak caused the blast at the Orlov depot"},
			{"b", "d2", "", "the police", "said", "", "the blast at the Orlov depot was caused by a bomb"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "one culprit in the active and in the passive",
		rows: []row{
			{"a", "d1", "", "the fire brigade", "said", "", "striking dockers started the blaze at the Orlov warehouse"},
			{"b", "d2", "", "the police", "said", "", "the blaze at the Orlov warehouse was started by dockers"},
		},
		want: map[string]string{},
	}, {
		name: "a verb with no object names no culprit",
		rows: []row{
			{"a", "d1", "", "the fire brigade", "said", "", "the blaze started in the kitchen of the Orlov warehouse"},
			{"b", "d2", "", "the police", "said", "", "the blaze at the Orlov warehouse was started by an electrical fault"},
		},
		want: map[string]string{},
	}, {
		name: "two groups of different names",
		rows: []row{
			{"a", "d1", "", "the police", "said", "", "the bombing of the Orlov depot was carried out by the Red Hand group"},
			{"b", "d2", "", "the army", "said", "", "the bombing of the Orlov depot was carried out by the Black Star group"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "one group named twice",
		rows: []row{
			{"a", "d1", "", "the police", "said", "", "the bombing of the Orlov depot was carried out by the Red Hand group"},
			{"b", "d2", "", "the army", "said", "", "the bombing of the Orlov depot was carried out by Red Hand militants"},
		},
		want: map[string]string{},
	}, {
		name: "one culprit, a kind of it",
		rows: []row{
			{"a", "d1", "", "the gas board", "said", "", "the blast at the Orlov depot was caused by an explosive device"},
			{"b", "d2", "", "the police", "said", "", "the blast at the Orlov depot was caused by a bomb"},
		},
		want: map[string]string{},
	}, {
		name: "a pronoun stands for the event of the statement before it",
		rows: []row{
			{"a", "d1", "", "the police", "said", "", "the explosion on the ferry was caused by a gas leak in the galley"},
			{"b", "d1", "", "the ferry company", "said", "", "passengers were evacuated in under ten minutes"},
			{"c", "d1", "", "the crew's union", "said", "", "it was a result of sabotage"},
		},
		want: map[string]string{"a|c": parallax.Contradiction},
	}, {
		name: "with no cause before it, a pronoun stands for the statement before it",
		rows: []row{
			{"c", "d2", "", "the weather service", "said", "", "the fire at the fuel depot was started by lightning"},
			{"a", "d1", "", "the police", "said", "", "the fire at the fuel depot killed two guards"},
			{"b", "d1", "", "the depot's owner", "said", "", "it was the work of saboteurs"},
		},
		want: map[string]string{"b|c": parallax.Contradiction},
	}, {
		name: "a culprit before the event",
		rows: []row{
			{"a", "d1", "", "the army", "said", "", "the ambush near the ford was carried out by bandits"},
			{"b", "d2", "", "the governor", "said", "", "border guards were behind the ambush near the ford"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "one culprit in other words agrees",
		rows: []row{
			{"a", "d1", "", "the fire brigade", "said", "", "the blaze at the warehouse was started by arsonists"},
			{"b", "d2", "", "the owner", "said", "", "the blaze was the work of an arsonist who broke in at night"},
		},
		want: map[string]string{},
	}, {
		name: "culprits of different events",
		rows: []row{
			{"a", "d1", "", "the fire brigade", "said", "", "the blaze at the warehouse was started by arsonists"},
			{"b", "d2", "", "the engineers", "said", "", "the flooding of the tunnel was caused by a burst main"},
		},
		want: map[string]string{},
	}, {
		name: "a negated cause names no culprit",
		rows: []row{
			{"a", "d1", "", "the fire brigade", "said", "", "the blaze at the warehouse was started by arsonists"},
			{"b", "d2", "", "the owner", "said", "", "the blaze at the warehouse was not caused by faulty wiring"},
		},
		want: map[string]string{},
	}, {
		name: "one speaker naming two causes is not contradicted",
		rows: []row{
			{"a", "d1", "", "the inspector", "said", "", "the collapse of the stand was caused by rusted bolts"},
			{"b", "d2", "", "the inspector", "said", "", "the collapse of the stand was a result of overcrowding"},
		},
		want: map[string]string{},
	}, {
		name: "one speaker: shot by others, then by himself",
		rows: []row{
			{"a", "d1", "", "the witness", "said", "", "his cousin was shot in the leg by a rival gang last spring"},
			{"b", "d1", "", "the witness", "later testified", "", "his cousin had actually shot himself in the leg"},
		},
		want: map[string]string{"a|b": parallax.Reversal},
	}, {
		name: "two speakers: killed by the guards, or by himself",
		rows: []row{
			{"a", "d1", "", "the family", "said", "", "the prisoner was killed in his cell by the guards"},
			{"b", "d2", "", "the prison service", "said", "", "the prisoner killed himself in his cell"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "two doers named in other words",
		rows: []row{
			{"a", "d1", "", "the police", "said", "", "the cyclist was struck by a car outside the store"},
			{"b", "d2", "", "the police", "said", "", "the cyclist was struck by a grey saloon outside the store"},
		},
		want: map[string]string{},
	}, {
		name: "two culprits blamed for one attack",
		rows: []row{
			{"a", "d1", "", "the police", "blamed", "", "the rebels for the attack on the Harwell market"},
			{"b", "d2", "", "the army", "blamed", "", "a criminal gang for the attack on the Harwell market"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "one culprit blamed by two speakers",
		rows: []row{
			{"a", "d1", "", "the police", "blamed", "", "the rebels for the attack on the Harwell market"},
			{"b", "d2", "", "the army", "blamed", "", "the rebel fighters for the attack on the Harwell market"},
		},
		want: map[string]string{},
	}, {
		name: "blamed for what harms no one",
		rows: []row{
			{"a", "d1", "", "the mayor", "blamed", "", "the council for the delays at the Harwell market"},
			{"b", "d2", "", "the union", "blamed", "", "the contractors for the delays at the Harwell market"},
		},
		want: map[string]string{},
	}, {
		name: "two accused of one attack",
		rows: []row{
			{"a", "d1", "", "the police", "accused", "", "the rebels of the attack on the Harwell market"},
			{"b", "d2", "", "the army", "accused", "", "a criminal gang of the attack on the Harwell market"},
		},
		want: map[string]string{},
	}, {
		name: "a reflexive of no harm",
		rows: []row{
			{"a", "d1", "", "the coach", "said", "", "the captain was praised in the dressing room by the owner"},
			{"b", "d2", "", "the coach", "said", "", "the captain praised himself in the dressing room"},
		},
		want: map[string]string{},
	}, {
		name: "as a result of puts the event after it",
		rows: []row{
			{"a", "d1", "", "the airline", "said", "", "the delays at the airport were caused by a strike of baggage handlers"},
			{"b", "d2", "", "the airport", "said", "", "as a result of the fog, the delays at the airport grew"},
		},
		want: map[string]string{},
	}} {
		t.Run(tc.name, func(t *testing.T) { wantKinds(t, tc.rows, tc.want) })
	}
}

// TestCulpritOfAPronoun checks that a pronoun for a person, in what a
// person says, stands for the speaker as the one an act was done to.
func TestCulpritOfAPronoun(t *testing.T) {
	rows := []row{
		{"a", "d1", "", "Dan Ruel", "said", "", "he was shot by a rival gang"},
		{"b", "d2", "", "the police", "said", "", "Dan Ruel had shot himself"},
	}
	for _, tc := range []struct {
		name     string
		entities []parallax.Entity
		want     string
	}{
		{"the speaker is a person", []parallax.Entity{{ID: "dan ruel", Name: "Dan Ruel", Type: parallax.Person}}, "a|b"},
		{"the speaker is not known to be a person", nil, ""},
	} {
		stmts, docs := fixture(rows)
		got := ""
		for _, c := range Run(Input{Statements: stmts, Docs: docs, Entities: tc.entities}).Conflicts {
			got = pairKey(c.A, c.B)
		}
		if got != tc.want {
			t.Errorf("%s: conflict %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestCauseOf checks what is read as an event and its culprit.
func TestCauseOf(t *testing.T) {
	for _, tc := range []struct {
		content, event, culprit string
		anaphoric               bool
	}{
		{"the fire was started by protesters in the square", "[fire]", "[protesters]", false},
		{"it was the work of fascist groups", "[]", "[fascist groups]", true},
		{"smugglers were responsible for the shooting", "[shooting]", "[smugglers]", false},
		{"the bridge was built by a local firm", "", "", false},
		{"the road behind the school was closed", "", "", false},
	} {
		c, ok := causeOf(tc.content)
		got := ""
		if ok {
			got = fmt.Sprintf("%v %v %v", c.event, c.culprit, c.anaphoric)
		}
		want := ""
		if tc.culprit != "" {
			want = fmt.Sprintf("%v %v %v", tc.event, tc.culprit, tc.anaphoric)
		}
		if got != want {
			t.Errorf("causeOf(%q) = %q, want %q", tc.content, got, want)
		}
	}
}

// TestCulpritsLongContent checks that run-on contents naming causes in
// every clause are compared in bounded time.
func TestCulpritsLongContent(t *testing.T) {
	a := strings.Repeat("the blaze at the depot and the flood in the mine were started by arsonists from the hills ", 3000)
	b := strings.Repeat("the blaze at the depot and the flood in the mine were the work of striking miners ", 3000)
	got := conflictKinds([]row{{"a", "d1", "", "the police", "said", "", a}, {"b", "d2", "", "the union", "said", "", b}})
	if got["a|b"] != parallax.Contradiction {
		t.Errorf("conflicts %v, want a|b", got)
	}
}
