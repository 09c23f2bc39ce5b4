package compare

import "testing"

// TestCloseStatementsShareSmallQuestion covers statements that say part of
// what an earlier one says, in other words: the question they make takes
// them while it is small, and one already answered by many does not.
func TestCloseStatementsShareSmallQuestion(t *testing.T) {
	for _, tc := range []struct {
		name        string
		rows        []row
		same, apart [][2]string
	}{{
		name: "a statement close to a lone one joins its question",
		rows: []row{
			{"a", "d1", "", "the port authority", "said", "", "the gale tore the roof off the grain terminal and sank two barges at the north quay"},
			{"b", "d2", "", "a dock worker", "said", "", "the terminal roof was torn away in the night, while the barges stayed afloat"},
		},
		same: [][2]string{{"a", "b"}},
	}, {
		name: "a question of many statements takes no close one",
		rows: []row{
			{"a1", "d1", "", "the port authority", "said", "", "the gale tore the roof off the grain terminal and sank two barges at the north quay"},
			{"a2", "d2", "", "the harbour master", "said", "", "the gale tore the roof off the grain terminal and sank two barges at the north quay"},
			{"a3", "d3", "", "the coast guard", "said", "", "the gale tore the roof off the grain terminal and sank two barges at the north quay"},
			{"a4", "d4", "", "the mayor", "said", "", "the gale tore the roof off the grain terminal and sank two barges at the north quay"},
			{"a5", "d5", "", "the insurer", "said", "", "the gale tore the roof off the grain terminal and sank two barges at the north quay"},
			{"a6", "d6", "", "the union", "said", "", "the gale tore the roof off the grain terminal and sank two barges at the north quay"},
			{"b", "d7", "", "a dock worker", "said", "", "the terminal roof was torn away in the night, while the barges stayed afloat"},
		},
		same:  [][2]string{{"a1", "a6"}},
		apart: [][2]string{{"a1", "b"}},
	}, {
		name: "a statement sharing one word stays apart",
		rows: []row{
			{"a", "d1", "", "the port authority", "said", "", "the gale tore the roof off the grain terminal and sank two barges at the north quay"},
			{"b", "d2", "", "the customs office", "said", "", "grain exports resume on Monday"},
		},
		apart: [][2]string{{"a", "b"}},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			stmts, docs := fixture(tc.rows)
			q := map[string]string{}
			for _, s := range Compare(stmts, docs).Statements {
				q[s.ID] = s.Question
			}
			checkQuestions(t, q, tc.same, tc.apart)
		})
	}
}

// TestTimesInOneReport covers the times of day that the sources of one
// report give: a few statements apart and in other words, they answer
// when something happened.
func TestTimesInOneReport(t *testing.T) {
	for _, tc := range []struct {
		name  string
		body  string
		stmts []reported
		same  bool
	}{{
		name: "two sources' times a statement apart",
		body: "The landlord said the guests left at about 11 p.m. A constable said officers were called to the lane. A neighbour said the music stopped around 1 a.m.",
		stmts: []reported{
			{"a", "the landlord", "the guests left at about 11 p.m"},
			{"b", "a constable", "officers were called to the lane"},
			{"c", "a neighbour", "the music stopped around 1 a.m"},
		},
		same: true,
	}, {
		name: "a time and a length of time",
		body: "The landlord said the fight began at about 11 p.m. A constable said officers were called to the lane. A neighbour said the shouting lasted 20 minutes.",
		stmts: []reported{
			{"a", "the landlord", "the fight began at about 11 p.m"},
			{"b", "a constable", "officers were called to the lane"},
			{"c", "a neighbour", "the shouting lasted 20 minutes"},
		},
		same: false,
	}, {
		name: "one source's two times",
		body: "The landlord said the fight began at about 11 p.m. A constable said officers were called to the lane. The landlord said the bar closed at 1 a.m.",
		stmts: []reported{
			{"a", "the landlord", "the fight began at about 11 p.m"},
			{"b", "a constable", "officers were called to the lane"},
			{"c", "the landlord", "the bar closed at 1 a.m"},
		},
		same: false,
	}} {
		t.Run(tc.name, func(t *testing.T) {
			stmts, docs := inReport(tc.body, tc.stmts)
			r := Compare(stmts, docs)
			if same := r.Statements[0].Question == r.Statements[2].Question; same != tc.same {
				t.Errorf("one question: %v, want %v", same, tc.same)
			}
		})
	}
}
