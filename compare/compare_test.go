package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

func TestStance(t *testing.T) {
	for _, tc := range []struct {
		cue, content, want string
	}{
		{"said", "the bridge will reopen to traffic on Monday", parallax.Affirms},
		{"said", "the bridge will not reopen to traffic this month", parallax.Denies},
		{"told reporters", "there would be no foreign observers at the crossing", parallax.Denies},
		{"said", "the plan does not provide for a second crossing", parallax.Denies},
		{"denied", "that the bridge had been mined", parallax.Denies},
		{"rejected the reports", "the bridge is intact and open", parallax.Affirms},
		{"refuted his statements", "the deal does not provide for any foreign troops", parallax.Denies},
		{"said", "the talks could resume next week", parallax.Neutral},
		{"declined to confirm", "the talks will resume", parallax.Neutral},
		{"said", "it is not true that the convoy was not attacked", parallax.Affirms},
		{"said", "no-one was hurt when the roof fell in", parallax.Denies},
		{"said", "no one was hurt when the roof fell in", parallax.Denies},
	} {
		s := parallax.Statement{Cue: tc.cue, Content: tc.content}
		f := newFrame(s)
		if got := stance(s, &f); got != tc.want {
			t.Errorf("stance(cue %q, %q) = %s, want %s", tc.cue, tc.content, got, tc.want)
		}
	}
}

// fixture builds statements and their documents from compact rows.
type row struct {
	id, doc, published, speaker, cue, date, content string
}

func fixture(rows []row) ([]parallax.Statement, map[string]parallax.Document) {
	docs := map[string]parallax.Document{}
	var stmts []parallax.Statement
	for _, r := range rows {
		docs[r.doc] = parallax.Document{ID: r.doc, Title: "Report " + r.doc, Outlet: "The Valley Courier", Published: r.published}
		stmts = append(stmts, parallax.Statement{ID: r.id, Doc: r.doc, Speaker: strings.ToLower(r.speaker), SpeakerName: r.speaker, Cue: r.cue, Date: r.date, Content: r.content})
	}
	return stmts, docs
}

// conflictKinds compares the statements of rows and returns the kind of
// each conflict found, by pair.
func conflictKinds(rows []row) map[string]string {
	stmts, docs := fixture(rows)
	got := map[string]string{}
	for _, c := range Compare(stmts, docs).Conflicts {
		got[pairKey(c.A, c.B)] = c.Kind
	}
	return got
}

// wantKinds checks that the rows give exactly the conflicts want names,
// pair key to kind.
func wantKinds(t *testing.T, rows []row, want map[string]string) {
	t.Helper()
	if got := conflictKinds(rows); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("conflicts %v, want %v", got, want)
	}
}

func TestConflicts(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows []row
		want map[string]string // pair key → kind; nothing else may be flagged
	}{{
		name: "refutation of an earlier statement",
		rows: []row{
			{"a", "d1", "2024-05-02", "Minister Halvorsen", "announced that", "2024-05-01", "foreign troops will be stationed in the Arden valley"},
			{"b", "d1", "2024-05-02", "the Defence Ministry", "rejected the claim", "2024-05-02", "no foreign soldiers will be deployed in the Arden valley"},
		},
		want: map[string]string{"a|b": parallax.Refutation},
	}, {
		name: "contradiction between two speakers the same week",
		rows: []row{
			{"a", "d1", "2024-05-02", "Governor Ilves", "said", "", "the Arden bridge will reopen to traffic on Monday"},
			{"b", "d2", "2024-05-04", "the Transport Agency", "said", "", "the Arden bridge will not reopen to traffic before autumn"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "reversal by one speaker",
		rows: []row{
			{"a", "d1", "2024-03-01", "Governor Ilves", "said", "2024-03-01", "the Arden bridge will reopen to traffic in spring"},
			{"b", "d2", "2024-04-20", "Governor Ilves", "told reporters", "2024-04-20", "the Arden bridge will not reopen to traffic in spring"},
		},
		want: map[string]string{"a|b": parallax.Reversal},
	}, {
		// "I" in what a person says is that person.
		name: "a resignation denied in the first person",
		rows: []row{
			{"a", "d1", "2024-05-02", "the mayor's office", "said", "", "Councillor Brandt has resigned"},
			{"b", "d2", "2024-05-02", "Councillor Brandt", "said", "", "I am not resigning"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "another councillor not resigning",
		rows: []row{
			{"a", "d1", "2024-05-02", "the mayor's office", "said", "", "Councillor Brandt has resigned"},
			{"b", "d2", "2024-05-02", "Councillor Lind", "said", "", "I am not resigning"},
		},
		want: map[string]string{},
	}, {
		name: "different periods are not a conflict",
		rows: []row{
			{"a", "d1", "2023-02-10", "the mediators", "said", "", "the truce along the river is holding"},
			{"b", "d2", "2024-06-01", "the army", "said", "", "the truce along the river is not holding"},
		},
		want: map[string]string{},
	}, {
		name: "an opinion does not contradict a fact",
		rows: []row{
			{"a", "d1", "2024-05-02", "the Foreign Ministry", "said", "", "the mediation format has produced a lasting truce"},
			{"b", "d1", "2024-05-02", "President Ardal", "has made clear he sees", "", "the mediation format as no lasting truce at all"},
		},
		want: map[string]string{},
	}, {
		name: "mutual accusation",
		rows: []row{
			{"a", "d1", "2024-05-02", "Norland", "accused", "", "the other of shelling the border villages first"},
			{"b", "d1", "2024-05-02", "Sudmark", "accused", "", "the other of shelling the border villages first"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "agreement is not a conflict",
		rows: []row{
			{"a", "d1", "2024-05-02", "Norland", "said", "", "no foreign troops will be deployed in the valley"},
			{"b", "d1", "2024-05-02", "Sudmark", "said", "", "there will be no foreign troops in the valley"},
		},
		want: map[string]string{},
	}, {
		name: "converse predicates contradict",
		rows: []row{
			{"a", "d1", "2025-06-03", "Colonel Vasik", "told reporters", "", "the last convoy crossed the river at dawn, and not a single Oskarian soldier remains in the Tarn Valley"},
			{"b", "d2", "2025-06-04", "Minister Korhonen", "said", "", "Oskarian tanks were still dug in on the northern slope and the withdrawal has not even begun"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "a disputed label contradicts the claim",
		rows: []row{
			{"a", "d1", "2025-06-03", "Colonel Vasik", "said", "", "all Oskarian armoured units have left the Tarn Valley"},
			{"b", "d2", "2025-06-04", "Foreign Minister Brunn", "said", "", "Oskaria had moved its tanks fifty metres and called it a withdrawal"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "wrecks left behind against forces in position",
		rows: []row{
			{"a", "d1", "2025-06-06", "the chief monitor", "told journalists", "", "the vehicles appeared to have been in position for several weeks"},
			{"b", "d1", "2025-06-06", "Colonel Vasik", "said", "", "the tanks were abandoned wrecks from the winter fighting"},
		},
		want: map[string]string{"a|b": parallax.Contradiction},
	}, {
		name: "same place, different predicate",
		rows: []row{
			{"a", "d1", "2025-06-03", "the Regional Council", "said in a statement", "", "its monitors would visit the Tarn Valley on Monday"},
			{"b", "d1", "2025-06-03", "Colonel Vasik", "said", "", "not a single Oskarian soldier remains in the Tarn Valley"},
			{"c", "d1", "2025-06-03", "Minister Korhonen", "said", "", "Oskarian tanks are still dug in above the Tarn Valley"},
			{"d", "d2", "2025-06-04", "the Regional Council", "said", "", "its monitors would reach the valley on Monday"},
		},
		want: map[string]string{"b|c": parallax.Contradiction},
	}, {
		name: "a call is not a reversal of a claim",
		rows: []row{
			{"a", "d1", "2025-06-03", "Minister Korhonen", "said", "", "the withdrawal of Oskarian troops from the valley has not even begun"},
			{"b", "d2", "2025-06-09", "Minister Korhonen", "called on", "", "the council to extend the mission of its Oskarian observers by a month"},
			{"c", "d2", "2025-06-09", "Minister Korhonen", "called on", "", "to extend its mission by a month"},
		},
		want: map[string]string{},
	}, {
		name: "reversal across dates with converse predicates",
		rows: []row{
			{"a", "d1", "2025-06-02", "Colonel Vasik", "said", "2025-06-02", "all Oskarian units have withdrawn from the Tarn Valley"},
			{"b", "d2", "2025-06-20", "Colonel Vasik", "conceded", "2025-06-20", "two Oskarian companies remain in the Tarn Valley"},
		},
		want: map[string]string{"a|b": parallax.Reversal},
	}, {
		name: "one speaker repeating a claim in other words is no reversal",
		rows: []row{
			{"a", "d1", "2025-06-02", "Colonel Vasik", "said", "2025-06-02", "all Oskarian units have withdrawn from the Tarn Valley"},
			{"b", "d2", "2025-06-20", "Colonel Vasik", "said", "2025-06-20", "no Oskarian soldier remains in the Tarn Valley"},
		},
		want: map[string]string{},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			stmts, docs := fixture(tc.rows)
			r := Compare(stmts, docs)
			got := map[string]string{}
			for _, c := range r.Conflicts {
				got[pairKey(c.A, c.B)] = c.Kind
				for _, s := range stmts {
					if (s.ID == c.A || s.ID == c.B) && !strings.Contains(c.Explain, s.SpeakerName) {
						t.Errorf("explanation %q does not name %s", c.Explain, s.SpeakerName)
					}
				}
			}
			if len(got) != len(tc.want) {
				t.Errorf("conflicts %v, want %v", got, tc.want)
			}
			for k, kind := range tc.want {
				if got[k] != kind {
					t.Errorf("pair %s: kind %q, want %q (all: %v)", k, got[k], kind, got)
				}
			}
		})
	}
}

func TestExplain(t *testing.T) {
	stmts, docs := fixture([]row{
		{"a", "d1", "2025-06-03", "Colonel Vasik", "told reporters", "", "not a single Oskarian soldier remains in the Tarn Valley"},
		{"b", "d2", "2025-06-04", "Minister Korhonen", "said", "", "Oskarian tanks were still dug in above the Tarn Valley"},
	})
	stmts[0].SpeakerFor = "oskarian-defence-ministry"
	delete(docs, "d2")
	docs["d2"] = parallax.Document{ID: "d2", Title: "Tanks seen above the valley", Published: "2025-06-04"}
	r := Compare(stmts, docs)
	if len(r.Conflicts) != 1 {
		t.Fatalf("conflicts %+v, want one", r.Conflicts)
	}
	for _, part := range []string{
		"Colonel Vasik (Oskarian Defence Ministry, 3 June 2025, The Valley Courier) says “not a single",
		"Minister Korhonen (4 June 2025, in “Tanks seen above the valley”) says “Oskarian tanks",
	} {
		if !strings.Contains(r.Conflicts[0].Explain, part) {
			t.Errorf("explanation %q lacks %q", r.Conflicts[0].Explain, part)
		}
	}
}

func TestRefutationInTheSentenceBefore(t *testing.T) {
	body := "On Monday the governor said foreign troops will be stationed in the valley.\n\nThe ministry flatly rejected his statements. It pointed out that no foreign soldiers will be deployed in the valley."
	a := "foreign troops will be stationed in the valley"
	b := "no foreign soldiers will be deployed in the valley"
	doc := parallax.Document{ID: "d", Body: body}
	stmts := []parallax.Statement{
		{ID: "a", Doc: "d", Speaker: "gov", Cue: "said", Content: a, Start: strings.Index(body, a)},
		{ID: "b", Doc: "d", Speaker: "min", Cue: "pointed out", Content: b, Start: strings.Index(body, b)},
	}
	r := Compare(stmts, map[string]parallax.Document{"d": doc})
	if len(r.Conflicts) != 1 || r.Conflicts[0].Kind != parallax.Refutation {
		t.Errorf("conflicts %+v, want one refutation", r.Conflicts)
	}
	for _, tc := range []struct {
		start int
		want  string
	}{
		{0, ""},
		{len([]rune(body)) + 5, ""},
		{strings.Index(body, "It pointed"), "The ministry flatly rejected his statements. "},
	} {
		if got := leadIn(body, tc.start); got != tc.want {
			t.Errorf("leadIn(%d) = %q, want %q", tc.start, got, tc.want)
		}
	}
}

func TestQuestionsGroupSynonyms(t *testing.T) {
	stmts, docs := fixture([]row{
		{"a", "d1", "", "Norland", "said", "", "the Turkish blue helmets will join the observers at the border"},
		{"b", "d1", "", "Sudmark", "said", "", "there will be no Turkish peacekeeping units at the border"},
		{"c", "d1", "", "Sudmark", "said", "", "grain exports resumed through the northern port"},
	})
	r := Compare(stmts, docs)
	q := map[string]string{}
	for _, s := range r.Statements {
		q[s.ID] = s.Question
		if s.Question == "" || s.Stance == "" {
			t.Errorf("statement %s: question %q, stance %q", s.ID, s.Question, s.Stance)
		}
	}
	if q["a"] != q["b"] {
		t.Errorf("blue helmets and peacekeeping units are in questions %s and %s", q["a"], q["b"])
	}
	if q["c"] == q["a"] {
		t.Errorf("grain exports grouped with troops in %s", q["c"])
	}
	for _, qu := range r.Questions {
		if qu.Label == "" || qu.ID == "" || len(qu.Statements) == 0 {
			t.Errorf("question %+v lacks an id, label or statements", qu)
		}
	}
}

func TestCompareEmpty(t *testing.T) {
	r := Compare(nil, nil)
	if len(r.Statements)+len(r.Questions)+len(r.Conflicts) != 0 {
		t.Errorf("Compare(nil) = %+v", r)
	}
}

func FuzzCompare(f *testing.F) {
	f.Add("refuted his statements", "there would be no foreign troops", "said", "troops will deploy soon", "2024-01-02")
	f.Add("", "", "accused", "the other of attacking first", "")
	f.Add("\xff\xfe", "\x00 no no no", "denied that", "not", "9999-99-99")
	f.Add("calling", "the union accused the board, which denied those claims in a statement, calling them", "calling", "lies", "")
	f.Add("said", "the fire was started by rioters behind the bank", "said", "it was the work of agents", "")
	f.Fuzz(func(t *testing.T, cueA, contentA, cueB, contentB, date string) {
		stmts := []parallax.Statement{
			{ID: "a", Doc: "d", Speaker: "x", Cue: cueA, Content: contentA, Date: date},
			{ID: "b", Doc: "d", Speaker: "y", Cue: cueB, Content: contentB, Start: len([]rune(contentA)) + 2},
			{ID: "c", Doc: "e", Speaker: "x", Cue: cueB, Content: contentA, Date: date},
		}
		// The body holds both statements, so that what comes before one
		// in its sentence is read too.
		r := Compare(stmts, map[string]parallax.Document{"d": {Published: date, Body: contentA + ". " + contentB}})
		if len(r.Statements) != len(stmts) {
			t.Fatalf("%d statements out of %d", len(r.Statements), len(stmts))
		}
		for _, s := range r.Statements {
			switch s.Stance {
			case parallax.Affirms, parallax.Denies, parallax.Neutral:
			default:
				t.Errorf("statement %s: stance %q", s.ID, s.Stance)
			}
		}
	})
}

func TestCompareBadInput(t *testing.T) {
	huge := strings.Repeat("not a single soldier remains in the valley, and ", 20000)
	for _, content := range []string{"", "\x00\x01\x02", "\xff\xfe\xfd remains", huge, strings.Repeat(",", 10000), "called it a"} {
		stmts := []parallax.Statement{
			{ID: "a", Doc: "d", Speaker: "x", Cue: "said", Content: content},
			{ID: "b", Doc: "d", Speaker: "y", Cue: "denied", Content: content},
		}
		r := Compare(stmts, map[string]parallax.Document{"d": {ID: "d", Body: content}})
		for _, s := range r.Statements {
			if s.Question == "" || s.Stance == "" {
				t.Errorf("content of %d bytes: statement %s has question %q, stance %q", len(content), s.ID, s.Question, s.Stance)
			}
		}
	}
}

// TestExplainOneReport checks that two statements of one report name its
// date and outlet once.
func TestExplainOneReport(t *testing.T) {
	stmts, docs := fixture([]row{
		{"a", "d1", "2025-06-03", "Colonel Vasik", "said", "", "the convoy crossed the bridge at Sarn"},
		{"b", "d1", "2025-06-03", "Minister Korhonen", "said", "", "the convoy did not cross the bridge at Sarn"},
	})
	r := Compare(stmts, docs)
	if len(r.Conflicts) != 1 {
		t.Fatalf("conflicts %+v, want one", r.Conflicts)
	}
	e := r.Conflicts[0].Explain
	if !strings.HasPrefix(e, "On 3 June 2025, in The Valley Courier: Colonel Vasik says “") || strings.Count(e, "The Valley Courier") != 1 {
		t.Errorf("explanation %q: want the report named once, first", e)
	}
}

// TestReversalNeedsTwoFirmPositions checks that one speaker reverses only
// between two positions stated as fact: a guess, a belief or a report of
// what is believed is no position to turn from, while a conclusion ("it
// appears as if") is one.
func TestReversalNeedsTwoFirmPositions(t *testing.T) {
	firm := row{"a", "d1", "", "Inspector Harlan", "said", "", "the climbers were properly equipped for the north ridge"}
	for _, tc := range []struct {
		name  string
		later row
		want  string
	}{
		{"a firm denial later", row{"b", "d2", "", "Inspector Harlan", "told reporters", "", "the climbers were not properly equipped for the north ridge"}, parallax.Reversal},
		{"an adverb that negates", row{"b", "d2", "", "Inspector Harlan", "said", "", "the climbers were insufficiently equipped for the north ridge"}, parallax.Reversal},
		{"a conclusion is a position", row{"b", "d2", "", "Inspector Harlan", "said", "", "it appears as if the climbers were not properly equipped for the north ridge"}, parallax.Reversal},
		{"a modal guess", row{"b", "d2", "", "Inspector Harlan", "said", "", "the climbers may not have been properly equipped for the north ridge"}, ""},
		{"a hedging adverb", row{"b", "d2", "", "Inspector Harlan", "said", "", "the climbers were probably not properly equipped for the north ridge"}, ""},
		{"what is believed", row{"b", "d2", "", "Inspector Harlan", "said", "", "the climbers are believed not to have been properly equipped for the north ridge"}, ""},
		{"a belief", row{"b", "d2", "", "Inspector Harlan", "thinks", "", "the climbers were not properly equipped for the north ridge"}, ""},
		{"a condition", row{"b", "d2", "", "Inspector Harlan", "said", "", "the climbers would not have been properly equipped for the north ridge if the shop had closed"}, ""},
		{"another speaker contradicts", row{"b", "d2", "", "the guide", "said", "", "the climbers were not properly equipped for the north ridge"}, parallax.Contradiction},
	} {
		t.Run(tc.name, func(t *testing.T) {
			stmts, docs := fixture([]row{firm, tc.later})
			got := ""
			for _, c := range Compare(stmts, docs).Conflicts {
				got = c.Kind
			}
			if got != tc.want {
				t.Errorf("kind %q, want %q", got, tc.want)
			}
		})
	}
}

// TestReversalByCue checks that a speaker whose cue takes the position
// (a plea, a denial, an admission) and who later takes the other one
// reverses, and that the explanation gives both cues.
func TestReversalByCue(t *testing.T) {
	for _, tc := range []struct {
		name          string
		first, second row
		want          string
		explain       []string
	}{{
		name:    "a plea changed",
		first:   row{"a", "d1", "2024-03-04", "Tom Ferrand", "pleaded", "", "not guilty to robbing the savings bank in Elm Street"},
		second:  row{"b", "d2", "2024-06-11", "Tom Ferrand", "pleaded", "", "guilty to robbing the savings bank in Elm Street"},
		want:    parallax.Reversal,
		explain: []string{"pleaded “not guilty", "later pleaded “guilty"},
	}, {
		name:    "a denial, then an admission",
		first:   row{"a", "d1", "2024-03-04", "Tom Ferrand", "denied", "", "hitting the cyclist on the ring road"},
		second:  row{"b", "d2", "2024-06-11", "Tom Ferrand", "admitted", "", "hitting the cyclist on the ring road"},
		want:    parallax.Reversal,
		explain: []string{"denied “hitting", "later admitted “hitting"},
	}, {
		name:   "a decision not to run, then to run",
		first:  row{"a", "d1", "2023-05-02", "Anna Voss", "said", "", "she would not run for a second term as mayor of Ellsworth"},
		second: row{"b", "d2", "2023-08-09", "Anna Voss", "announced", "", "she will run for a second term as mayor of Ellsworth"},
		want:   parallax.Reversal,
	}, {
		name:   "two defendants' pleas",
		first:  row{"a", "d1", "2024-03-04", "Tom Ferrand", "pleaded", "", "not guilty to robbing the savings bank in Elm Street"},
		second: row{"b", "d1", "2024-03-04", "Lea Ferrand", "pleaded", "", "guilty to robbing the savings bank in Elm Street"},
	}, {
		name:   "one admits his deed, another denies hers",
		first:  row{"a", "d1", "2024-03-04", "Tom Ferrand", "admitted", "", "taking part in the robbery of the savings bank"},
		second: row{"b", "d1", "2024-03-04", "Lea Ferrand", "denied", "", "taking part in the robbery of the savings bank"},
	}, {
		name:   "the same plea twice",
		first:  row{"a", "d1", "2024-03-04", "Tom Ferrand", "pleaded", "", "not guilty to robbing the savings bank in Elm Street"},
		second: row{"b", "d2", "2024-06-11", "Tom Ferrand", "pleaded", "", "not guilty to robbing the savings bank in Elm Street"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			stmts, docs := fixture([]row{tc.first, tc.second})
			got, explain := "", ""
			for _, c := range Compare(stmts, docs).Conflicts {
				got, explain = c.Kind, c.Explain
			}
			if got != tc.want {
				t.Fatalf("kind %q, want %q", got, tc.want)
			}
			for _, w := range tc.explain {
				if !strings.Contains(explain, w) {
					t.Errorf("explanation %q lacks %q", explain, w)
				}
			}
		})
	}
}

// TestExplainDenialByCue checks that a refutation whose cue denies its
// content is explained by that cue: what it quotes is what is denied.
func TestExplainDenialByCue(t *testing.T) {
	stmts, docs := fixture([]row{
		{"a", "d1", "", "residents", "said", "", "the fire at the grain warehouse was arson"},
		{"b", "d2", "", "the police", "have ruled out", "", "arson as the cause of the fire at the grain warehouse"},
	})
	cs := Compare(stmts, docs).Conflicts
	if len(cs) != 1 || !strings.Contains(cs[0].Explain, "the police (The Valley Courier) ruled out “arson") {
		t.Errorf("conflicts %v, want one explained by the cue that rules it out", cs)
	}
}

// TestGuesses checks which clauses a modal hedges: "may" and "might"
// whether negated or not, "could" only when not negated, and never the
// month of May.
func TestGuesses(t *testing.T) {
	for _, tc := range []struct {
		clause string
		want   bool
	}{
		{"the ferry may have left early", true},
		{"the ferry may not have left early", true},
		{"the crew might not have seen the rocks", true},
		{"the ferry could have left early", true},
		{"the ferry could not have left early", false},
		{"the ferry did not leave on may 29", false},
		{"the ferry left in may", false},
		{"the ferry has not sailed since may", false},
		{"it appears as if the ferry left early", false},
		{"the ferry would have left if the storm had passed", true},
	} {
		words := strings.Fields(tc.clause)
		if got := guesses(words, negations(words)%2 == 1) || hedges(words); got != tc.want {
			t.Errorf("%q hedged %v, want %v", tc.clause, got, tc.want)
		}
	}
}

// TestRejectsByKind checks which words before a statement reject
// something named only by a pronoun or its kind.
func TestRejectsByKind(t *testing.T) {
	for _, tc := range []struct {
		lead string
		want bool
	}{
		{"The mayor denied those claims in a statement on Friday, calling them ", true},
		{"The mayor rejected it, saying ", true},
		{"The mayor denied the allegations, adding ", true},
		{"The mayor denied that ", false},
		{"The mayor denied reports that ", false},
		{"The mayor denied any role in the fire, saying ", false},
		{"The mayor said ", false},
	} {
		if got := rejectsByKind(tc.lead); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.lead, got, tc.want)
		}
	}
}

// TestRejectionNamedByKindBefore checks that a statement whose own
// sentence rejects, before it, something named only by its kind ("denied
// those claims …, calling them “…”") answers the claim reported before
// it, however little it shares with it.
func TestRejectionNamedByKindBefore(t *testing.T) {
	a := "the mill of dumping dye into the Aller"
	b := "a smear put about by rival dyers"
	for _, tc := range []struct {
		second string
		want   int
	}{
		{"The mill denied those claims in a statement on Friday, calling them \"" + b + "\".", 1},
		{"The mill denied any role in the floods on Friday, calling them \"" + b + "\".", 0},
	} {
		body := "Last week the river council accused " + a + ".\n" + tc.second
		doc := parallax.Document{ID: "d", Body: body}
		stmts := []parallax.Statement{
			{ID: "a", Doc: "d", Speaker: "council", Cue: "accused", Content: a, Start: strings.Index(body, a)},
			{ID: "b", Doc: "d", Speaker: "mill", Cue: "calling", Content: b, Start: strings.Index(body, b)},
		}
		r := Compare(stmts, map[string]parallax.Document{"d": doc})
		if len(r.Conflicts) != tc.want || tc.want > 0 && r.Conflicts[0].Kind != parallax.Refutation {
			t.Errorf("%q: conflicts %+v, want %d refutation", tc.second, r.Conflicts, tc.want)
		}
	}
}

// TestExplainReversalOrder checks that a reversal is told in time order
// only when the order is known: by dates, or within one report.
func TestExplainReversalOrder(t *testing.T) {
	for _, tc := range []struct {
		name         string
		dayA, docB   string
		dayB, phrase string
	}{
		{"dated reports", "2025-03-01", "d2", "2025-04-20", "later says"},
		{"one report", "", "d1", "", "later says"},
		{"undated reports", "", "d2", "", "elsewhere says"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			stmts, docs := fixture([]row{
				{"a", "d1", tc.dayA, "Inspector Harlan", "said", "", "the climbers were properly equipped for the north ridge"},
				{"b", tc.docB, tc.dayB, "Inspector Harlan", "said", "", "the climbers were not properly equipped for the north ridge"},
			})
			r := Compare(stmts, docs)
			if len(r.Conflicts) != 1 || r.Conflicts[0].Kind != parallax.Reversal {
				t.Fatalf("conflicts %+v, want one reversal", r.Conflicts)
			}
			if !strings.Contains(r.Conflicts[0].Explain, tc.phrase) {
				t.Errorf("explanation %q lacks %q", r.Conflicts[0].Explain, tc.phrase)
			}
		})
	}
}

// TestExplainUnnamedReport checks that a report with no outlet, title or
// date is not named by its id, in the explanation or among the reports
// that repeat a dispute.
func TestExplainUnnamedReport(t *testing.T) {
	stmts := []parallax.Statement{
		{ID: "a", Doc: "x1f3a", Speaker: "colonel vasik", SpeakerName: "Colonel Vasik", Cue: "said", Content: "the convoy crossed the bridge at Sarn"},
		{ID: "b", Doc: "x1f3a", Speaker: "minister korhonen", SpeakerName: "Minister Korhonen", Cue: "said", Content: "the convoy did not cross the bridge at Sarn"},
		{ID: "c", Doc: "x9e7b", Speaker: "colonel vasik", SpeakerName: "Colonel Vasik", Cue: "said", Content: "the convoy crossed the bridge at Sarn on Monday"},
		{ID: "d", Doc: "x9e7b", Speaker: "minister korhonen", SpeakerName: "Minister Korhonen", Cue: "said", Content: "the convoy did not cross the bridge at Sarn"},
	}
	docs := map[string]parallax.Document{"x1f3a": {ID: "x1f3a"}, "x9e7b": {ID: "x9e7b"}}
	r := Compare(stmts, docs)
	if len(r.Conflicts) != 1 {
		t.Fatalf("conflicts %+v, want one", r.Conflicts)
	}
	e := r.Conflicts[0].Explain
	if strings.Contains(e, "x1f3a") || strings.Contains(e, "x9e7b") || !strings.HasPrefix(e, "Colonel Vasik says “") || !strings.HasSuffix(e, "Also reported in another report.") {
		t.Errorf("explanation %q: want no document id, the speakers first, and the other report", e)
	}
}
