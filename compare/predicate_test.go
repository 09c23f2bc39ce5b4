package compare

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

func TestMainPredicate(t *testing.T) {
	for _, tc := range []struct {
		content  string
		group    string // "" when no predicate is expected
		class    string
		polarity int
	}{
		{"the last convoy left the Tarn Valley at dawn", "presence", "withdraw", -1},
		{"the last convoy crossed the river at dawn, and not one Oskarian soldier remains in the valley", "presence", "remain", -1},
		{"Oskarian tanks are still dug in above the valley and the withdrawal has not even begun", "presence", "remain", 1},
		{"the withdrawal of Oskarian troops has not even begun", "presence", "withdraw", 1},
		{"Oskaria moved its tanks fifty metres and called it a withdrawal", "presence", "withdraw", 1},
		{"there will be no Oskarian units in the valley", "presence", "remain", -1},
		{"the vehicles appeared to have been in position for weeks", "presence", "remain", 1},
		{"abandoned wrecks from the winter fighting", "presence", "withdraw", -1},
		{"Oskarian troops will join the patrols at the border", "presence", "deploy", 1},
		{"Oskarian tanks are no longer on the slope", "presence", "remain", -1},
		{"Oskarian tanks are still there", "presence", "remain", 1},
		{"the tanks are gone", "presence", "withdraw", -1},
		{"the soldiers were exhausted", "", "", 0},
		{"the observers will visit the valley on Tuesday", "inspect", "inspect", 1},
		// Presence is said of forces: monitors, doubts and commitments are not.
		{"its monitors will reach the valley on Tuesday", "", "", 0},
		{"there is no doubt that the talks will resume", "", "", 0},
		{"we remain committed to the mediation", "", "", 0},
		// A clause that only frames the statement is not its assertion.
		{"there will be no talks with Oskaria while the shelling goes on", "", "", 0},
		// A truce holds; talks are merely held.
		{"the truce along the river has held since Friday", "comply", "comply", 1},
		{"the talks were held in the capital", "", "", 0},
		// Civilians return; a government returning to talks does not.
		{"displaced families returned to the valley on Saturday", "return", "return", 1},
		{"refugees cannot go back to their homes in the valley", "return", "return", -1},
		{"Oskaria is ready to return to the negotiating table", "", "", 0},
		{"Oskaria has massed soldiers along the border", "presence", "deploy", 1},
		// An embedded report is someone else's claim.
		{"they found six tanks on the slope, three days after Oskaria said it had withdrawn its armour", "", "", 0},
		{"", "", "", 0},
	} {
		f := newFrame(parallax.Statement{Content: tc.content})
		if !f.hasPred {
			if tc.group != "" {
				t.Errorf("%q: no predicate, want %s/%s", tc.content, tc.group, tc.class)
			}
			continue
		}
		p := f.pred
		if p.group != tc.group || p.name != tc.class || p.polarity != tc.polarity {
			t.Errorf("%q: predicate %s/%s polarity %d, want %s/%s %d", tc.content, p.group, p.name, p.polarity, tc.group, tc.class, tc.polarity)
		}
	}
}

func TestClauses(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"the column left at dawn, and not a soldier remains", "the column left at dawn, | and not a soldier remains"},
		{"tanks are dug in and the withdrawal has not begun", "tanks are dug in | and the withdrawal has not begun"},
		{"no comma here", "no comma here"},
		{"", ""},
		{" , ; ", ", | ;"},
	} {
		if got := strings.Join(clauses(tc.in), " | "); got != tc.want {
			t.Errorf("clauses(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDemonym(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Oskaria", "oskar"},
		{"Oskarian", "oskar"},
		{"Oskaria's", "oskar"},
		{"Oskarians", "oskar"},
		{"oskarian", ""},
		{"Maria", ""},
		{"Nagorno-Karabakh", ""},
		{"Lindqvist", ""},
	} {
		if got := demonym(tc.in); got != tc.want {
			t.Errorf("demonym(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// The statements of one question take their stances towards its
// proposition, whichever of its converse predicates they use.
func TestStanceAcrossConverses(t *testing.T) {
	stmts, docs := fixture([]row{
		{"left", "d1", "2025-06-03", "Colonel Vasik", "said", "", "all Oskarian armoured units have left the Tarn Valley"},
		{"none", "d1", "2025-06-03", "Colonel Vasik", "said", "", "not a single Oskarian soldier remains in the valley"},
		{"dug", "d1", "2025-06-03", "Minister Korhonen", "said", "", "Oskarian tanks are still dug in on the northern slope of the valley"},
		{"begun", "d1", "2025-06-03", "Minister Korhonen", "said", "", "the withdrawal of Oskarian tanks from the valley has not even begun"},
	})
	r := Compare(stmts, docs)
	got := map[string]parallax.Statement{}
	for _, s := range r.Statements {
		got[s.ID] = s
	}
	q := got["left"].Question
	for _, id := range []string{"none", "dug", "begun"} {
		if got[id].Question != q {
			t.Errorf("%s is in question %s, %q in %s", id, got[id].Question, "left", q)
		}
	}
	if got["left"].Stance != got["none"].Stance {
		t.Errorf("“have left” %s and “none remains” %s: want the same stance", got["left"].Stance, got["none"].Stance)
	}
	if got["dug"].Stance != got["begun"].Stance {
		t.Errorf("“dug in” %s and “has not begun” %s: want the same stance", got["dug"].Stance, got["begun"].Stance)
	}
	if !opposite(got["left"].Stance, got["dug"].Stance) {
		t.Errorf("“have left” %s and “dug in” %s: want opposite stances", got["left"].Stance, got["dug"].Stance)
	}
	for _, qu := range r.Questions {
		if qu.ID == q && (!strings.Contains(qu.Label, "Oskarian") || !strings.HasSuffix(qu.Label, "?")) {
			t.Errorf("label %q does not ask about the actor", qu.Label)
		}
	}
}
