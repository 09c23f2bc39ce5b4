package compare

import (
	"testing"

	"github.com/parallax-news/parallax"
)

// TestTurnsDown covers a refutation's cue that turns down what was put
// to its speaker (an offer, a lawsuit, an appeal): it answers no claim.
// One that rejects a claim of the same thing still refutes it.
func TestTurnsDown(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows []row
		want map[string]string
	}{{
		name: "an offer turned down",
		rows: []row{
			{"a", "d1", "", "the club", "said", "", "it offered Tesk a new contract worth $5m a year"},
			{"b", "d2", "", "Tesk", "rejected", "", "the club's offer of a new contract"},
		},
		want: map[string]string{},
	}, {
		name: "a lawsuit dismissed",
		rows: []row{
			{"a", "d1", "", "the lawsuit", "claims", "", "the firm copied the design of the phone"},
			{"b", "d2", "", "a judge", "dismissed", "", "the lawsuit over the design of the phone"},
		},
		want: map[string]string{},
	}, {
		name: "reports of an offer rejected",
		rows: []row{
			{"a", "d1", "", "the Courier", "reported", "", "the club offered Tesk a new contract worth $5m a year"},
			{"b", "d2", "", "the club", "rejected", "", "reports that it offered Tesk a new contract"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		// A cue ending in "that" opens a clause: what follows is no object
		// turned down, whatever its verb ("ordered").
		name: "a clause denied whose verb asks",
		rows: []row{
			{"a", "d1", "", "a former aide", "said", "", "the governor ordered the search of the harbour offices"},
			{"b", "d2", "", "the governor", "denied that", "", "the governor ordered the search of the harbour offices"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "an intention denied",
		rows: []row{
			{"a", "d1", "", "the dockers' union", "said", "", "the ferry company plans to sell the old dock at Orlen"},
			{"b", "d2", "", "the ferry company", "denied that", "", "the ferry company planned to sell the old dock at Orlen"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "claims rejected that say what a claim says",
		rows: []row{
			{"a", "d1", "", "the opposition", "said", "", "the count in the northern districts was rigged"},
			{"b", "d2", "", "the election board", "rejected claims that", "", "the count in the northern districts was rigged"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "reports dismissed that say what a report says",
		rows: []row{
			{"a", "d1", "", "the Courier", "reported", "", "the goalkeeper failed a drug test"},
			{"b", "d2", "", "the club", "dismissed reports that", "", "the goalkeeper failed a drug test"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}} {
		t.Run(tc.name, func(t *testing.T) { wantKinds(t, tc.rows, tc.want) })
	}
}

// TestTalliesNone covers a statement that denies only by counting none
// of those a harm befell: it answers a count, not an allegation of who
// did the harm, which a denial of the deed answers.
func TestTalliesNone(t *testing.T) {
	accused := row{"a", "d1", "", "the governor", "accused", "", "the army of carrying out the attack"}
	for _, tc := range []struct {
		name string
		b    row
		want map[string]string
	}{
		{"no one killed, against who attacked", row{"b", "d2", "", "aid workers", "said", "", "no one was killed or injured in the attack"}, map[string]string{}},
		{"the deed denied", row{"b", "d2", "", "the army", "said", "", "it had not attacked anywhere in the valley"}, map[string]string{"a|b": parallax.Contradiction}},
	} {
		t.Run(tc.name, func(t *testing.T) { wantKinds(t, []row{accused, tc.b}, tc.want) })
	}
	// A count of none still contradicts a count of some.
	rows := []row{
		{"a", "d1", "", "the governor", "said", "", "12 people were killed in the attack"},
		{"b", "d2", "", "aid workers", "said", "", "no one was killed or injured in the attack"},
	}
	if got := conflictKinds(rows); got["a|b"] != parallax.Contradiction {
		t.Errorf("conflicts %v, want a contradiction of the counts", got)
	}
}

// TestDeniedClause covers a denial of a clause: it answers a claim that
// names what the clause says of its subject, not one that only names the
// subject ("the merger was rushed" against "the merger will cut jobs").
func TestDeniedClause(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b row
		want map[string]string
	}{{
		"another thing said of the subject",
		row{"a", "d1", "", "analysts", "said", "", "the merger will cut jobs at the plant"},
		row{"b", "d2", "", "the firm", "rejected", "", "claims that the merger was rushed"},
		map[string]string{},
	}, {
		"the same thing said of it",
		row{"a", "d1", "", "analysts", "said", "", "the merger will cut jobs at the plant"},
		row{"b", "d2", "", "the firm", "rejected", "", "claims that the merger would cut jobs"},
		map[string]string{"a|b": parallax.Refutation},
	}, {
		"a detail denied",
		row{"a", "d1", "", "the paper", "reported", "", "Varn will host the awards show next year"},
		row{"b", "d2", "", "Varn", "denied", "", "reports that he had been paid $2m to host the show"},
		map[string]string{},
	}, {
		"the happening denied",
		row{"a", "d1", "", "the governor", "said", "", "the raid on the camp killed four people"},
		row{"b", "d2", "", "the army", "denied", "", "that the raid on the camp occurred"},
		map[string]string{"a|b": parallax.Refutation},
	}, {
		"no truth in reports of the clause they open",
		row{"a", "d1", "", "the paper", "reported", "", "the coach Ivo Mard will be sacked by the club"},
		row{"b", "d2", "", "the club", "said", "", "there is no truth in reports that Ivo Mard will be sacked"},
		map[string]string{"a|b": parallax.Refutation},
	}, {
		"no truth in reports of another deed",
		row{"a", "d1", "", "the paper", "reported", "", "the coach was fined by the club"},
		row{"b", "d2", "", "the club", "said", "", "there is no truth in reports that the coach will be sacked"},
		map[string]string{},
	}, {
		"no truth in reports of another thing",
		row{"a", "d1", "", "the paper", "reported", "", "the coach Ivo Mard will be sacked by the club"},
		row{"b", "d2", "", "the club", "said", "", "there is no truth in reports that Ivo Mard was paid a bonus"},
		map[string]string{},
	}} {
		t.Run(tc.name, func(t *testing.T) { wantKinds(t, []row{tc.a, tc.b}, tc.want) })
	}
}

// TestNamesDeed checks which claims name the deed a denial denies: a
// word of what its clause says of its subject, past a light verb, whose
// object names the deed ("would cause a tsunami").
func TestNamesDeed(t *testing.T) {
	for _, tc := range []struct {
		denial, claim string
		want          bool
	}{
		{"fears that the quake would cause a tsunami", "the quake caused damage put at $5 million", false},
		{"fears that the quake would cause a tsunami", "the quake caused a tsunami", true},
		{"claims that the merger was rushed", "the merger will cut jobs at the plant", false},
		{"claims that the merger was rushed", "the board rushed the merger through", true},
		{"striking the border town", "an air strike hit the border town", true},
		{"the allegations", "the army shelled the town", true},
	} {
		t.Run(tc.denial+" / "+tc.claim, func(t *testing.T) {
			stmts, docs := fixture([]row{
				{"a", "d1", "", "the governor", "said", "", tc.claim},
				{"b", "d2", "", "the institute", "denied", "", tc.denial},
			})
			all := []*stmt{newStmt(&stmts[0], 0, docs["d1"]), newStmt(&stmts[1], 1, docs["d2"])}
			al := newAligner(all, make([]string, len(all)), nil, nil)
			if got := al.namesDeed(0, 1); got != tc.want {
				t.Errorf("namesDeed = %v, want %v", got, tc.want)
			}
		})
	}
}
