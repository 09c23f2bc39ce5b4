package compare

import (
	"cmp"
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

func TestAgent(t *testing.T) {
	for _, tc := range []struct{ content, want string }{
		{"Oskarian artillery shelled the village", "oskar"},
		{"the village was shelled by Oskarian guns", "oskar"},
		{"the withdrawal of Oskarian forces from the valley is complete", "oskar"},
		{"the agreement does not provide for Turkey's participation in the mission", "turkey"},
		{"there will be no Turkish units in the valley", "turkey"},
		{"Velmorian forces shelled the Oskarian border posts", "velmor"},
		{"the United States will send troops to the valley", "united-states"},
		// A country after an active verb is what it acts on.
		{"to clarify the role of Turkey in the region", ""},
		// A noun predicate is not said of the subject of another verb.
		{"the Russians invited the envoys to Moscow for more clarity", ""},
		// Nor is it the subject of a verb whose object it is.
		{"if our partners (USA and France) need clarification, it will be given", ""},
		// Without a predicate, a country that opens the statement.
		{"Oskarian delegations will meet in the capital", "oskar"},
		{"a joint Russian-Turkish centre will open in the capital", ""},
		// Any state of the gazetteer, by its name, its capital, the body
		// that speaks for it or its demonym; a short alias only as written.
		{"Egyptian troops will deploy to the border", "egypt"},
		{"Cairo will deploy troops to the border", "egypt"},
		{"the Pentagon will withdraw its troops from the base", "united-states"},
		{"the Greeks will withdraw their troops from the island", "greece"},
		{"US troops will withdraw from the base", "united-states"},
		{"let us withdraw our troops from the base", ""},
		// A state, or its capital standing for its government.
		{"Khartoum will deploy troops to the border", "sudan"},
		{"Sudan's troops will withdraw from the border", "sudan"},
		{"Atlanta will deploy troops to the border", ""},
		{"", ""},
	} {
		if got := newFrame(parallax.Statement{Content: tc.content}).agent; got != tc.want {
			t.Errorf("agent of %q = %q, want %q", tc.content, got, tc.want)
		}
	}
}

// Statements grouped together, or kept apart, by the frames they normalise
// to: synonyms, the country a predicate is said of, words that only date.
func TestSameQuestion(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b string
		same bool
		// speakers of a and b; Norland and Sudmark when empty
		speakerA, speakerB string
	}{
		{"passive and active, one agent", "Oskarian artillery shelled Marren", "Marren was shelled by Oskarian guns", true, "", ""},
		{"same predicate, other agent", "Oskarian artillery shelled Marren", "Velmorian forces shelled the Oskarian posts near Marren", false, "", ""},
		{"synonyms of a truce", "the truce along the river has held since Friday", "the ceasefire along the river is being respected", true, "", ""},
		{"civilians and their return", "displaced families will be able to return to Marren", "refugees cannot go back to their homes in Marren", true, "", ""},
		{"same town, other proposition", "refugees cannot go back to their homes in Marren", "the roads around Marren have been cleared of mines", false, "", ""},
		{"a date in common is not a question", "the bridge at Sarn will reopen next week", "the talks in Sarn will resume next week", false, "", ""},
		{"a country and one concept are not a question", "Oskarian soldiers were exhausted after the long march", "the Oskarian army bought new rifles abroad", false, "", ""},
		{"one predicate from one country to another", "Oskaria had not shelled any village in Velmoria's territory", "the Oskarian government of shelling the Velmorian town of Dorn, killing four people", true, "", ""},
		{"other countries than the agent's", "Turkish troops will leave the valley", "Armenia for the fighting, leaving soldiers dead", false, "", ""},
		// "It" in what a country says is that country.
		{"a pronoun for the speaking country", "it had withdrawn all of its armoured units", "Turkish troops will be deployed in the valley", false, "Oskaria", ""},
		{"a pronoun for the same country", "it has withdrawn its armoured units from the valley", "Oskarian troops have left the valley", true, "Oskaria", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			speakerA, speakerB := cmp.Or(tc.speakerA, "Norland"), cmp.Or(tc.speakerB, "Sudmark")
			stmts, docs := fixture([]row{
				{"a", "d1", "", speakerA, "said", "", tc.a},
				{"b", "d1", "", speakerB, "said", "", tc.b},
			})
			r := Compare(stmts, docs)
			if same := r.Statements[0].Question == r.Statements[1].Question; same != tc.same {
				t.Errorf("%q and %q: same question %v, want %v", tc.a, tc.b, same, tc.same)
			}
		})
	}
}

func TestLabel(t *testing.T) {
	for _, tc := range []struct {
		name     string
		contents []string
		want     string
	}{
		{"an auxiliary moves to the front", []string{
			"all Oskarian units have pulled out of the Tarn Valley",
			"Oskarian soldiers are still dug in on the slope above the Tarn Valley",
		}, "Have all Oskarian units pulled out of the Tarn Valley?"},
		{"a modal verb", []string{"Moscow will cooperate with Ankara on the border"}, "Will Moscow cooperate with Ankara on the border?"},
		{"a verb in the past takes did", []string{"the truce along the river held over the weekend"}, "Did the truce along the river hold over the weekend?"},
		{"a regular verb in the past", []string{"the militia bombed the depot at Varn"}, "Did the militia bomb the depot at Varn?"},
		{"the affirmative statement is asked, without negation", []string{
			"the bridge at Sarn will not reopen this month",
			"the bridge at Sarn will reopen on Monday",
		}, "Will the bridge at Sarn reopen on Monday?"},
		{"a negated statement alone is asked without its negation", []string{"the depot wasn't bombed"}, "Was the depot bombed?"},
		{"have as a verb", []string{"the militia had a hundred rifles in the depot"}, "Did the militia have a hundred rifles in the depot?"},
		{"figures from two sources ask how many", []string{
			"four people were killed in the blast at the depot",
			"only one person was killed in the blast",
		}, "How many people were killed in the blast at the depot?"},
		{"a figure inside the clause", []string{
			"the militia fired twelve rockets at the depot",
			"the militia fired three rockets at the depot",
		}, "How many rockets did the militia fire at the depot?"},
		{"a reporting verb without its subject", []string{"indicated he grabbed the clerk by the arm"}, "Did he grab the clerk by the arm?"},
		{"an auxiliary without its subject", []string{"was caused by a fault on the cable near the coast"}, "Was it caused by a fault on the cable near the coast?"},
		{"a plural auxiliary without its subject", []string{"were engaged in a dispute over the harbour land"}, "Were they engaged in a dispute over the harbour land?"},
		{"a condition before the claim", []string{"if the rains come early, the dam at Varn will not hold"}, "Will the dam at Varn hold?"},
		{"a contrast ends the clause", []string{"the climber wore crampons but was inexperienced"}, "Did the climber wear crampons?"},
		{"and with a subject of its own ends the clause", []string{"a gas stove had been left on and a heater was running"}, "Had a gas stove been left on?"},
		{"two subjects joined by and stay", []string{"the mayor and the council have backed the plan"}, "Have the mayor and the council backed the plan?"},
		{"two words joined by but stay", []string{"the mood at the talks is tense but calm"}, "Is the mood at the talks tense but calm?"},
		{"a verb joined by and takes its base form too", []string{"the driver gunned the engine and crashed into the gate"}, "Did the driver gun the engine and crash into the gate?"},
		{"a count of some of a group", []string{
			"one of his sons was injured in the blast",
			"three of his sons were injured in the blast",
		}, "How many of his sons were injured in the blast?"},
		{"a measure of a thing named alone", []string{"a .32-caliber revolver", "a .45-caliber revolver"}, "What calibre was the revolver?"},
		{"a verb that can be an adjective before its object", []string{"Marlow shot Anders because he wanted the money"}, "Did Marlow shoot Anders because he wanted the money?"},
		{"an adjective before its noun is no verb", []string{"the wounded soldiers fled the camp at dawn"}, "Did the wounded soldiers flee the camp at dawn?"},
		{"a verb in -ed joined by and", []string{"aircraft from Norland crossed the border at Varn and dropped leaflets on the town"}, "Did aircraft from Norland cross the border at Varn and drop leaflets on the town?"},
		{"a plural noun joined by and stays", []string{"the guards saw women and men waiting at the gate"}, "Did the guards see women and men waiting at the gate?"},
		{"a noun that is an irregular past joined by and stays", []string{"the cooks bought bread and ground coffee"}, "Did the cooks buy bread and ground coffee?"},
		{"participles joined by and stay", []string{"it appeared the crew was poorly equipped and experienced for the crossing"}, "Did it appear the crew was poorly equipped and experienced for the crossing?"},
		{"one line of two", []string{"the ferry reached Tolvik on time.\nEveryone on the quay cheered"}, "Did the ferry reach Tolvik on time?"},
		{"one sentence of two, not one abbreviation", []string{"the ferry reached Tolvik by Dec. 14. Everyone on the quay cheered"}, "Did the ferry reach Tolvik by Dec. 14?"},
		{"a colon inside a time ends no clause", []string{"the guard left the gate between 10:15 and 11:40, when the van came"}, "Did the guard leave the gate between 10:15 and 11:40?"},
		{"have before an auxiliary is inside the subject", []string{"the only thing she ever had was a boat at Merrow"}, "Was the only thing she ever had a boat at Merrow?"},
		{"her before a noun is no subject", []string{"her team would protest the fine at the hearing"}, "Would her team protest the fine at the hearing?"},
		{"a reporting verb that ends the clause", []string{"the keeper walked over to the boy and said, 'Stay where you are'"}, "Did the keeper walk over to the boy?"},
		{"a quote cut open is left out", []string{"the mayor called the plan \"a reckless gamble\""}, "Did the mayor call the plan a reckless gamble?"},
		{"a comma inside a closing quote ends the clause", []string{"the hull is “sound,” meaning it can sail in spring"}, "Is the hull sound?"},
		{"a verb joined by and after a plain verb", []string{"he hit the guard and kicked the door"}, "Did he hit the guard and kick the door?"},
		{"a figure after words with no subject is asked alone", []string{
			"rallying in four separate marches through Tolvik",
			"rallying in two separate marches through Tolvik",
		}, "How many separate marches through Tolvik?"},
		{"nothing to invert asks what was said of it", []string{"peace in our time"}, "What was said about peace in our time?"},
		{"a relative clause between commas is left out", []string{"the ferryman, who has not been named, sent his son across the river"}, "Did the ferryman send his son across the river?"},
		{"an auxiliary is no subject", []string{"was was moored at the mouth of the river"}, "What was said about the mouth of the river?"},
		{"a phrase between commas before the verb is left out", []string{"Ada Brenner, the harbour master and a pilot, will close the quay at dusk"}, "Will Ada Brenner close the quay at dusk?"},
		{"an adverb between a pronoun and its plain verb", []string{"we fully support the harbour master's decision"}, "Does Norland fully support the harbour master's decision?"},
		{"a verb in -s that is a noun too after a pronoun", []string{"he fears the ferry captain intends to sail at noon"}, "Does he fear the ferry captain intends to sail at noon?"},
		{"a verb in -s that is a noun too after an adverb", []string{"the levy effectively doubles the fare for drovers"}, "Does the levy effectively double the fare for drovers?"},
		{"a verb with its object is no subject", []string{"adjusted his belt and continued to stare at the guards"}, "What was said about his belt?"},
		{"a relative clause left in the subject is not asked", []string{"the ferryman, who has not been named"}, "What was said about the ferryman?"},
		{"a clause opening on a subordinator is not inverted", []string{"as long as somebody from Tolvik carried the flag across the line"}, "What was said about somebody from Tolvik?"},
		{"a known thing after a pronoun and an adverb is asked", []string{"I already know he's ill"}, "Is he ill?"},
		{"a subordinate clause of a pronoun asks what its speaker said", []string{"as long as we carry the flag across the line"}, "What did Norland say?"},
		{"a verb that is a noun too ends the topic", []string{"The larger barge costs $4,150 and comes with two cranes"}, "What was said about the larger barge?"},
		{"a fragment asks what was said of it", []string{"pending annexation of the delta"}, "What was said about pending annexation of the delta?"},
		{"no words at all", []string{""}, "(no words)?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var rows []row
			for i, c := range tc.contents {
				rows = append(rows, row{string(rune('a' + i)), "d1", "", "Norland", "said", "", c})
			}
			stmts, docs := fixture(rows)
			var claims []claim
			var asked []*stmt
			for i, s := range stmts {
				claims = append(claims, newClaim(s))
				asked = append(asked, newStmt(&stmts[i], i, docs[s.Doc]))
			}
			if got := questionLabel(asked, claims); got != tc.want {
				t.Errorf("label %q, want %q", got, tc.want)
			}
		})
	}
}

func TestJoinPhrases(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"the United States will send blue helmets", "the|United States|will|send|blue helmets"},
		{"United we stand", "United|we|stand"},
		{"aid reached the United States' allies and South Korea's ports", "aid|reached|the|United States|allies|and|South Korea's|ports"},
		{"", ""},
	} {
		if got := strings.Join(joinPhrases(splitWords(tc.in)), "|"); got != tc.want {
			t.Errorf("joinPhrases(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestStorylinesKeepQuestionsApart checks that statements answer one
// question only within a storyline: reports placed in two storylines
// neither group nor conflict, however alike their words.
func TestStorylinesKeepQuestionsApart(t *testing.T) {
	stmts, docs := fixture([]row{
		{"a", "d1", "2025-06-03", "Colonel Vasik", "told reporters", "", "not a single Oskarian soldier remains in the Tarn Valley"},
		{"b", "d2", "2025-06-04", "Minister Korhonen", "said", "", "Oskarian tanks were still dug in above the Tarn Valley"},
	})
	for _, tc := range []struct {
		name  string
		lines map[string]string
		same  bool
	}{
		{"one storyline", map[string]string{"d1": "t1", "d2": "t1"}, true},
		{"no storylines given", nil, true},
		{"two storylines", map[string]string{"d1": "t1", "d2": "t2"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := InStorylines(stmts, docs, tc.lines)
			if same := r.Statements[0].Question == r.Statements[1].Question; same != tc.same {
				t.Errorf("same question %v, want %v", same, tc.same)
			}
			if conflicted := len(r.Conflicts) > 0; conflicted != tc.same {
				t.Errorf("%d conflicts; want them only within one storyline", len(r.Conflicts))
			}
		})
	}
}

// TestStoriesKeepWordBucketsApart checks that statements whose frames
// have no predicate of the lexicon, grouped by the words they share, are
// grouped only within one story: two stories of one storyline (two
// acquisitions one company made) use the same words of different events.
func TestStoriesKeepWordBucketsApart(t *testing.T) {
	stmts, docs := fixture([]row{
		{"a", "d1", "", "the port authority", "said", "", "the new harbour crane lifted forty containers on the eastern quay"},
		{"b", "d2", "", "the dock workers", "said", "", "the new harbour crane lifted sixty containers off the eastern quay"},
	})
	lines := map[string]string{"d1": "t1", "d2": "t1"}
	for _, tc := range []struct {
		name    string
		stories map[string]string
		same    bool
	}{
		{"one story", map[string]string{"d1": "s1", "d2": "s1"}, true},
		{"no stories given", nil, true},
		{"two stories of one storyline", map[string]string{"d1": "s1", "d2": "s2"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Run(Input{Statements: stmts, Docs: docs, Lines: lines, Stories: tc.stories})
			if same := r.Statements[0].Question == r.Statements[1].Question; same != tc.same {
				t.Errorf("same question %v, want %v", same, tc.same)
			}
		})
	}
}

// TestValues checks that each statement of a question of value is read by
// the figure it gives for what the question asks.
func TestValues(t *testing.T) {
	got := Values([]string{
		"at least four people were killed in the blast at the depot",
		"only one person was killed in the blast, and 30 were hurt",
		"the blast was heard across the valley",
	})
	want := []string{"at least four", "only one", ""}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("values %q, want %q", got, want)
	}
	if got := Values([]string{"twelve trucks crossed the bridge"}); got[0] != "" {
		t.Errorf("a figure no other statement answers is a value %q", got[0])
	}
}

// TestLabelAsked covers labels that need more than the content: the cue
// that governs an infinitive, the object between the cue and the content
// in the text, and the speaker who says "I".
func TestLabelAsked(t *testing.T) {
	for _, tc := range []struct {
		name, speaker, cue, body string
		contents                 []string // the first is in body; others are said alike
		want                     string
	}{
		{"a promise is asked of its speaker", "the Harbour Board", "promised",
			"The Harbour Board promised to dredge the channel by June.",
			[]string{"to dredge the channel by June"}, "Will the Harbour Board dredge the channel by June?"},
		{"a call is asked of whom it calls on", "the mayor", "urged",
			"The mayor urged the ferry operator to cancel the night crossings.",
			[]string{"to cancel the night crossings"}, "Should the ferry operator cancel the night crossings?"},
		{"an object pronoun becomes the subject", "the council", "asked",
			"The council asked them to leave the quay before dark.",
			[]string{"to leave the quay before dark"}, "Should they leave the quay before dark?"},
		{"a phrase of time after the object is left out", "the mayor", "urged",
			"The mayor urged Norland on Thursday to reopen the border crossing.",
			[]string{"to reopen the border crossing"}, "Should Norland reopen the border crossing?"},
		{"a passive cue does not make the speaker the subject", "the governor", "expected",
			"The governor said the toll was not expected to rise further.",
			[]string{"to rise further"}, "What was expected to rise further?"},
		{"an admission of doing", "Orlov", "admitted",
			"Orlov admitted to forging the permits for the warehouse.",
			[]string{"to forging the permits for the warehouse"}, "Did Orlov forge the permits for the warehouse?"},
		{"an admission of being", "Orlov", "confessed",
			"Orlov confessed to being the driver of the van.",
			[]string{"to being the driver of the van"}, "Was Orlov the driver of the van?"},
		{"a call for something named", "the union", "called for",
			"The union called for an inquiry into the collapse of the pier.",
			[]string{"an inquiry into the collapse of the pier"}, "Should there be an inquiry into the collapse of the pier?"},
		{"I is the speaker", "Ada Brenner", "said", "",
			[]string{"I am worried about the dam at Varn"}, "Is Ada Brenner worried about the dam at Varn?"},
		{"a plain verb after a pronoun takes do", "the ministry", "said", "",
			[]string{"we respect the ruling of the court in full"}, "Does the ministry respect the ruling of the court in full?"},
		{"a quote before I", "Ada Brenner", "said", "",
			[]string{"\"I saw the lorry hit the wall by the school"}, "Did Ada Brenner see the lorry hit the wall by the school?"},
		{"we are the speaker", "the Harbour Board", "said", "",
			[]string{"we are ready for a long winter at the mill"}, "Is the Harbour Board ready for a long winter at the mill?"},
		{"our opening the subject is the speaker's", "Tessa Morrow", "said", "",
			[]string{"our priority now is to rebuild the pier"}, "Is Tessa Morrow's priority now to rebuild the pier?"},
		{"we are speakers described in the plural", "fishermen", "said", "",
			[]string{"we were at the quay when the wall fell"}, "Were the fishermen at the quay when the wall fell?"},
		{"the first person after a named subject is the third", "the Harbour Board", "said", "",
			[]string{"we can rebuild our harbour this year"}, "Can the Harbour Board rebuild their harbour this year?"},
		{"a common word opening a sentence is not a name", "the mayor", "said",
			"Residents of Tolvik felt the tremor at dawn, the mayor said. Few residents slept.",
			[]string{"Residents of Tolvik felt the tremor at dawn"}, "Did residents of Tolvik feel the tremor at dawn?"},
		{"a plain verb after he is in the past", "the clerk", "said", "",
			[]string{"he hit the guard with a bottle"}, "Did he hit the guard with a bottle?"},
		{"an opening phrase up to its comma is left out", "the engineer", "said", "",
			[]string{"In the end, the dam at Varn held"}, "Did the dam at Varn hold?"},
		{"words before there open the clause", "the coastguard", "said", "",
			[]string{"Right now there is a risk of flooding in the lower town"}, "Is there a risk of flooding in the lower town?"},
		{"a noun before an auxiliary ends the subject", "the fire service", "said", "",
			[]string{"a gas stove had been left on in the cabin"}, "Had a gas stove been left on in the cabin?"},
		{"no before the subject asks any", "the police", "said", "",
			[]string{"no shots were fired at the checkpoint"}, "Were any shots fired at the checkpoint?"},
		{"a sum after its verb moves to the front", "the broker", "said", "",
			[]string{"he paid $4,000 for the boat", "he paid $6,000 for the boat"}, "How much did he pay for the boat?"},
		{"a count after an auxiliary and participle", "the coastguard", "said", "",
			[]string{"the crew had rescued 12 fishermen", "the crew had rescued nine fishermen"}, "How many fishermen had the crew rescued?"},
		{"a count with a word before its noun", "the army", "said", "",
			[]string{"the dead included 12 regular soldiers", "the dead included three regular soldiers"}, "How many regular soldiers did the dead include?"},
		{"a measure of things named alone", "the catalogue", "said", "",
			[]string{"the .22-caliber rifles", "the .38-caliber rifles"}, "What calibre were the rifles?"},
		{"a clause without its subject is asked of it", "the rescuers", "said", "",
			[]string{"has fallen 200 metres to his death", "has fallen 600 metres to his death"}, "Has it fallen 200 metres to his death?"},
		{"a title's stop after a count does not end its clause", "the coroner", "said", "",
			[]string{"four bullets hit Mr. Vane in the chest", "two bullets hit Mr. Vane in the chest"}, "How many bullets hit Mr. Vane in the chest?"},
		{"the stop of an abbreviation the lexicon knows as a word ends no sentence", "the historian", "said", "",
			[]string{"the late Sen. Ada Vane built the canal. Others paid for it"}, "Did the late Sen. Ada Vane build the canal?"},
		{"a measure after a copula", "the institute", "said", "",
			[]string{"it was magnitude 5.2", "it was magnitude 4.8"}, "What magnitude was it?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stmts []parallax.Statement
			for i, c := range tc.contents {
				s := parallax.Statement{ID: string(rune('a' + i)), Doc: "d1", Speaker: strings.ToLower(tc.speaker), SpeakerName: tc.speaker, Cue: tc.cue, Content: c}
				if i == 0 && tc.body != "" {
					s.Start = len([]rune(tc.body[:strings.Index(tc.body, c)]))
				}
				stmts = append(stmts, s)
			}
			doc := parallax.Document{ID: "d1", Body: tc.body}
			var claims []claim
			var asked []*stmt
			for i := range stmts {
				claims = append(claims, newClaim(stmts[i]))
				asked = append(asked, newStmt(&stmts[i], i, doc))
			}
			if got := questionLabel(asked, claims); got != tc.want {
				t.Errorf("label %q, want %q", got, tc.want)
			}
		})
	}
}
