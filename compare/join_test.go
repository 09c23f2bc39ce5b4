package compare

import (
	"testing"
)

// alignedRoots aligns the statements of rows, all of one storyline, and
// returns the statement whose question each joins by alignment, by id.
func alignedRoots(rows []row) map[string]string {
	stmts, docs := fixture(rows)
	all := make([]*stmt, len(stmts))
	lines := make([]string, len(stmts))
	for i := range stmts {
		all[i] = newStmt(&stmts[i], i, docs[stmts[i].Doc])
		f := newFrame(stmts[i])
		all[i].f = &f
	}
	al := newAligner(all, lines, nil, nil)
	for i := range all {
		al.candidates(i)
	}
	out := map[string]string{}
	for i, r := range al.root {
		out[stmts[i].ID] = stmts[r].ID
	}
	return out
}

// filler is three statements of the same storyline on other things, so
// that the terms of the rows under test are weighed among others.
var filler = []row{
	{"f1", "d7", "", "a teacher", "said", "", "the school on Cole Street stayed closed all week"},
	{"f2", "d8", "", "the utility", "said", "", "power was restored to most homes by Thursday evening"},
	{"f3", "d9", "", "a shopkeeper", "said", "", "customers returned to the high street on Friday"},
}

// TestAlignedStatementsShareQuestion covers questions formed by alignment
// alone: statements that say the same of one thing answer one question
// whether or not they conflict, and a chain of statements each close to
// the one before does not make one question of all of them.
func TestAlignedStatementsShareQuestion(t *testing.T) {
	for _, tc := range []struct {
		name        string
		rows        []row
		same, apart [][2]string
	}{{
		name: "two reports that agree answer one question",
		rows: []row{
			{"a", "d1", "", "the cooperative", "said", "", "the storm flattened the grain silos of the Harlow cooperative"},
			{"b", "d2", "", "the farmers", "said", "", "the storm is flattening grain silos across Harlow"},
		},
		same: [][2]string{{"a", "b"}},
	}, {
		name: "a chain of neighbours is not one question",
		rows: []row{
			{"a", "d1", "", "the mayor", "said", "", "the flooding river reached the old market square"},
			{"b", "d2", "", "the police", "said", "", "the flooding river reached the old market square and blocked the bridge road"},
			{"c", "d3", "", "the council", "said", "", "floodwater blocked the bridge road"},
		},
		same:  [][2]string{{"a", "b"}},
		apart: [][2]string{{"a", "c"}},
	}, {
		name: "a clause of one long statement says what a clause of another says",
		rows: []row{
			{"a", "d1", "", "the defence", "said", "", "Dalmer was at the corner by the old mill that night and carried a hunting rifle in his coat, but he never fired the fatal shot at the baker"},
			{"b", "d2", "", "the prosecutor", "said", "", "Dalmer fired the fatal shot, and the police found the weapon in a drain behind the bakery two days later"},
		},
		same: [][2]string{{"a", "b"}},
	}, {
		name: "clauses telling of something beside the claims align nothing",
		rows: []row{
			{"a", "d1", "", "the coroner", "said", "", "the climber died of his injuries in the valley hospital on Monday night after he slipped on the ice ridge"},
			{"b", "d2", "", "the guide", "said", "", "a porter broke his leg and was carried down to the road by the rescue team after he slipped on the ice ridge"},
		},
		apart: [][2]string{{"a", "b"}},
	}, {
		name: "forms of one happening join a question",
		rows: []row{
			{"a", "d1", "", "the harbour master", "said", "", "the death of the ferryman followed the storm"},
			{"b", "d2", "", "the coroner", "said", "", "the ferryman died in the storm near the old pier"},
		},
		same: [][2]string{{"a", "b"}},
	}, {
		name: "synonyms with no word in common join a question",
		rows: []row{
			{"a", "d1", "", "the registry", "said", "", "the physician purchased the automobile at an auction"},
			{"b", "d2", "", "the dealer", "said", "", "a doctor bought this car"},
		},
		same: [][2]string{{"a", "b"}},
	}, {
		name: "the figures of a compound word are not what it names",
		rows: []row{
			{"a", "d1", "", "the institute", "said", "", "it was a magnitude-5.9 tremor near Osla"},
			{"b", "d2", "", "the observatory", "said", "", "the tremor near Osla was magnitude-6.1"},
		},
		same: [][2]string{{"a", "b"}},
	}, {
		name: "figures for different measures answer different questions",
		rows: []row{
			{"a", "d1", "", "the police", "said", "", "nine miners were killed in the collapse of the Brackwater shaft"},
			{"b", "d2", "", "the union", "said", "", "fourteen miners were injured in the collapse of the Brackwater shaft"},
		},
		apart: [][2]string{{"a", "b"}},
	}, {
		name: "a thing named again by what it is a kind of",
		rows: []row{
			{"a", "d1", "", "the police", "said", "", "the sedan hit the woman in the crosswalk"},
			{"b", "d2", "", "the driver", "said", "", "the car never touched the woman"},
			{"c", "d3", "", "the prosecutor", "said", "", "the gunman pointed a revolver at the officers"},
			{"d", "d4", "", "the defence", "said", "", "the gunman had a gun when the officers arrived"},
		},
		same: [][2]string{{"a", "b"}, {"c", "d"}},
	}, {
		name: "two kinds of one thing are not one thing",
		rows: []row{
			{"a", "d1", "", "the police", "said", "", "the sedan hit the woman in the crosswalk"},
			{"b", "d2", "", "the driver", "said", "", "the truck never touched the woman"},
		},
		apart: [][2]string{{"a", "b"}},
	}, {
		name: "a toll and a count of the dead, a word's form in common",
		rows: []row{
			{"a", "d1", "", "the coast guard", "said", "", "the death toll rose to 40 on the island"},
			{"b", "d2", "", "the governor", "said", "", "35 people were killed when the dam gave way"},
		},
		same: [][2]string{{"a", "b"}},
	}, {
		name: "two times of one happening, in its forms",
		rows: []row{
			{"a", "d1", "", "the landlord", "said", "", "the shooting happened at 2 am outside the bar"},
			{"b", "d2", "", "a neighbour", "said", "", "shots were fired around 3 am"},
		},
		same: [][2]string{{"a", "b"}},
	}, {
		name: "figures of one kind that share only the words of the figures",
		rows: []row{
			{"a", "d1", "", "the court clerk", "said", "", "the fine came to 300 dollars"},
			{"b", "d2", "", "the ticket office", "said", "", "it cost 50 dollars"},
		},
		apart: [][2]string{{"a", "b"}},
	}, {
		name: "figures of different kinds about one thing",
		rows: []row{
			{"a", "d1", "", "the fire chief", "said", "", "the blaze burned for three hours"},
			{"b", "d2", "", "the mayor", "said", "", "the blaze destroyed 40 homes near the river"},
		},
		apart: [][2]string{{"a", "b"}},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			checkQuestions(t, alignedRoots(append(tc.rows, filler...)), tc.same, tc.apart)
		})
	}
}

// checkQuestions reports the pairs of same whose statements are not in one
// question by of (statement → question), and the pairs of apart that are.
func checkQuestions(t *testing.T, of map[string]string, same, apart [][2]string) {
	t.Helper()
	for _, p := range same {
		if of[p[0]] != of[p[1]] {
			t.Errorf("%s and %s are in %s and %s, want one question", p[0], p[1], of[p[0]], of[p[1]])
		}
	}
	for _, p := range apart {
		if of[p[0]] == of[p[1]] {
			t.Errorf("%s and %s are both in %s, want different questions", p[0], p[1], of[p[0]])
		}
	}
}

// TestRestatementJoinsQuestionCloseToItsFirst covers a statement that
// says again what a question's later statement says: it joins that
// question while it is close to the question's first statement, though it
// shares too little with it to align with it alone.
func TestRestatementJoinsQuestionCloseToItsFirst(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows []row
	}{{
		name: "a ferry held in port",
		rows: []row{
			{"a", "d1", "", "the ferry company", "said", "", "the gale kept the ferry in port at the quay"},
			{"b", "d2", "", "the harbour master", "said", "", "the gale kept the ferry in port and the sailing to Dunmore was cancelled"},
			{"c", "d3", "", "a passenger", "said", "", "the ferry stayed in port at the quay and the sailing to Dunmore was cancelled"},
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			roots := alignedRoots(append(tc.rows, filler...))
			if roots["c"] != "a" {
				t.Errorf("c joins the question of %s, want that of a", roots["c"])
			}
		})
	}
}
