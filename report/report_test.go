package report

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

func sample() parallax.Analysis {
	return parallax.Analysis{
		Documents: []parallax.Document{
			{ID: "d1", Source: "a.txt", Title: "Pass talks stall", Outlet: "Wire", Published: "2026-03-14"},
			{ID: "d2", Source: "b.txt", Title: "Monitors report tanks", Outlet: "Daily"},
			{ID: "d3", Source: "c.txt", Title: "Weather in Sarn"},
		},
		Statements: []parallax.Statement{
			{ID: "s1", Doc: "d1", SpeakerName: "Tomas Ferreira", Cue: "told reporters", Venue: "reporters",
				Content: "no soldier remains in the pass", Question: "q1", Stance: parallax.Affirms},
			{ID: "s2", Doc: "d2", SpeakerName: "Ana Lindqvist", Cue: "said", Date: "2026-03-16",
				Content: "six tanks were found on the slope", Question: "q1", Stance: parallax.Denies, Direct: true},
		},
		Questions: []parallax.Question{{ID: "q1", Label: "Has Kardonia withdrawn from the pass?", Statements: []string{"s1", "s2"}}},
		Conflicts: []parallax.Conflict{{A: "s1", B: "s2", Kind: parallax.Contradiction, Explain: "opposite stances"}},
		Stories:   []parallax.Story{{ID: "st1", Label: "Lennar Pass withdrawal", Docs: []string{"d1", "d2"}}},
		Timeline:  []parallax.TimelineEvent{{Date: "2026-03-16", Event: "Monitors visit the pass", Docs: []string{"d2"}}},
	}
}

// section returns the text of the report from the line starting with
// start up to the next top-level heading.
func section(report, start string) string {
	i := strings.Index(report, start)
	if i < 0 {
		return ""
	}
	rest := report[i+len(start):]
	if j := strings.Index(rest, "\nStory: "); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

func TestTextGroupsByStory(t *testing.T) {
	var buf bytes.Buffer
	if err := Text(&buf, sample(), TextOptions{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	story := section(out, "Story: Lennar Pass withdrawal")
	loose := section(out, "Story: Documents in no story")
	tests := []struct {
		name, in, want string
	}{
		{"story lists its documents", story, "Pass talks stall (Wire, 2026-03-14)"},
		{"timeline inside its story", story, "2026-03-16  Monitors visit the pass"},
		{"claim matrix row with stance and outlet", story, "Tomas Ferreira"},
		{"matrix outlet", story, "affirms"},
		{"direct quote marked", story, "“six tanks were found on the slope”"},
		{"cue and venue", story, "(told reporters, reporters)"},
		{"conflict grouped under its question", story, "Has Kardonia withdrawn from the pass? — 1 conflicting pair\n"},
		{"conflict sides", story, "affirms: Tomas Ferreira\n    denies: Ana Lindqvist"},
		{"conflict evidence", story, "Ana Lindqvist (2026-03-16, Daily): six tanks were found on the slope"},
		{"undated conflict evidence", story, "Tomas Ferreira (Wire): no soldier remains in the pass"},
		{"unclustered document kept", loose, "Weather in Sarn"},
	}
	for _, tt := range tests {
		if !strings.Contains(tt.in, tt.want) {
			t.Errorf("%s: %q not found in section:\n%s", tt.name, tt.want, tt.in)
		}
	}
	if strings.Contains(loose, "Pass talks stall") {
		t.Errorf("a clustered document is also listed as loose:\n%s", loose)
	}
}

func TestTextEmptyAnalysis(t *testing.T) {
	var buf bytes.Buffer
	if err := Text(&buf, parallax.Analysis{}, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "parallax report: 0 documents") {
		t.Errorf("unexpected report for nothing: %q", buf.String())
	}
}

func TestOneLine(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"a  b\n c", 10, "a b c"},
		{"абвгдеж", 4, "абв…"},
		{"", 3, ""},
	}
	for _, tt := range tests {
		if got := oneLine(tt.in, tt.n); got != tt.want {
			t.Errorf("oneLine(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestConflictsGroupedByQuestion(t *testing.T) {
	a := sample()
	a.Statements = append(a.Statements, parallax.Statement{ID: "s3", Doc: "d2", SpeakerName: "Oskar Brandt",
		Content: "the tanks never left", Question: "q1", Stance: parallax.Denies})
	a.Conflicts = append(a.Conflicts, parallax.Conflict{A: "s1", B: "s3", Kind: parallax.Contradiction})
	var buf bytes.Buffer
	if err := Text(&buf, a, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if n := strings.Count(section(out, "Story: Lennar Pass withdrawal"), "Has Kardonia withdrawn from the pass? — "); n != 1 {
		t.Errorf("conflict heading for the question printed %d times, want 1:\n%s", n, out)
	}
	for _, want := range []string{"2 conflicting pairs\n", "denies: Ana Lindqvist, Oskar Brandt"} {
		if !strings.Contains(out, want) {
			t.Errorf("%q not in report:\n%s", want, out)
		}
	}
}

func TestTextNeutralisesControlCharacters(t *testing.T) {
	a := sample()
	a.Documents[0].Title = "Pass talks\x1b]0;pwned\x07 stall\x1b[2J"
	a.Statements[0].Content = "no soldier\u009b31m remains"
	a.Statements[1].Content = "six tanks \u202efo\u2066und"
	var buf bytes.Buffer
	if err := Text(&buf, a, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"\x1b", "\x07", "\u009b", "\u202e", "\u2066"} {
		if strings.Contains(out, bad) {
			t.Errorf("report passes control character %q through", bad)
		}
	}
	if !strings.Contains(out, "Pass talks\uFFFD]0;pwned\uFFFD stall") {
		t.Errorf("title not kept with its control characters replaced:\n%s", out)
	}
}

func TestTimelineBasis(t *testing.T) {
	tests := []struct {
		name, basis string
		want        string // the event's line in the report
	}{
		{"year lent by the story is shown", "year from the story's report dated 2026-03-18",
			"  2026-03-16  Monitors visit the pass (year from the story's report dated 2026-03-18)\n"},
		{"a date the text gave has no note", "date in the text", "  2026-03-16  Monitors visit the pass\n"},
		{"no basis, no note", "", "  2026-03-16  Monitors visit the pass\n"},
		{"a stored basis cannot break the line or the terminal", "year from\nthe\x1b[2J story",
			"  2026-03-16  Monitors visit the pass (year from the\uFFFD[2J story)\n"},
	}
	for _, tt := range tests {
		a := sample()
		a.Timeline[0].Basis = tt.basis
		var buf bytes.Buffer
		if err := Text(&buf, a, TextOptions{}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), tt.want) {
			t.Errorf("%s: %q not in report:\n%s", tt.name, tt.want, buf.String())
		}
	}
}

func TestMatrixPutsDisputedQuestionsFirst(t *testing.T) {
	a := sample()
	// q2 has one speaker, q3 two who agree; q1 is disputed.
	a.Statements = append(a.Statements,
		parallax.Statement{ID: "s3", Doc: "d1", SpeakerName: "Tomas Ferreira", Content: "the road will reopen", Question: "q2", Stance: parallax.Affirms},
		parallax.Statement{ID: "s4", Doc: "d1", SpeakerName: "Tomas Ferreira", Content: "talks resume Monday", Question: "q3", Stance: parallax.Affirms},
		parallax.Statement{ID: "s5", Doc: "d2", SpeakerName: "Ana Lindqvist", Content: "talks resume Monday", Question: "q3", Stance: parallax.Affirms},
	)
	a.Questions = []parallax.Question{
		{ID: "q2", Label: "Will the road reopen?", Statements: []string{"s3"}},
		{ID: "q3", Label: "Will talks resume?", Statements: []string{"s4", "s5"}},
		{ID: "q1", Label: "Has Kardonia withdrawn from the pass?", Statements: []string{"s1", "s2"}},
	}
	var buf bytes.Buffer
	if err := Text(&buf, a, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	m := section(buf.String(), "Claim matrix")
	var order []int
	for _, label := range []string{"Has Kardonia withdrawn", "Will talks resume?", "Will the road reopen?"} {
		order = append(order, strings.Index(m, label))
	}
	if order[0] < 0 || !(order[0] < order[1] && order[1] < order[2]) {
		t.Errorf("claim matrix order: positions %v of the disputed, the shared and the single-speaker question; want increasing:\n%s", order, m)
	}
}

func TestCount(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{{0, "0 stories"}, {1, "1 story"}, {2, "2 stories"}} {
		if got := Count(tc.n, "story", "stories"); got != tc.want {
			t.Errorf("Count(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

func TestMatrixKeepsToItsStory(t *testing.T) {
	a := sample()
	a.Statements = append(a.Statements,
		parallax.Statement{ID: "s3", Doc: "d3", SpeakerName: "Weather Office", Content: "no soldier is left", Question: "q1", Stance: parallax.Affirms})
	a.Questions[0].Statements = []string{"s3", "s2", "s1"}
	a.Stories = append(a.Stories, parallax.Story{ID: "st2", Label: "Sarn", Docs: []string{"d3"}})
	r := Build(a)
	for _, s := range r.Stories {
		var speakers []string
		for _, row := range s.Matrix {
			for _, c := range row.Cells {
				speakers = append(speakers, c.Speaker)
			}
		}
		want := map[string]string{"st1": "Ana Lindqvist,Tomas Ferreira", "st2": "Weather Office"}[s.ID]
		if got := strings.Join(speakers, ","); got != want {
			t.Errorf("story %s: matrix speakers %q, want %q (in the question's order, this story's only)", s.ID, got, want)
		}
	}
}

// TestMatrixShowsValues checks that a question of value shows the figure
// each speaker gives, not "affirms".
func TestMatrixShowsValues(t *testing.T) {
	a := sample()
	a.Statements = append(a.Statements,
		parallax.Statement{ID: "s3", Doc: "d1", SpeakerName: "Tomas Ferreira", Content: "at least four people were killed in the shelling of Marren", Question: "q2", Stance: parallax.Affirms},
		parallax.Statement{ID: "s4", Doc: "d2", SpeakerName: "Ana Lindqvist", Content: "only one person was killed in the shelling", Question: "q2", Stance: parallax.Affirms},
	)
	a.Questions = append(a.Questions, parallax.Question{ID: "q2", Label: "How many people were killed in the shelling of Marren?", Statements: []string{"s3", "s4"}})
	values := map[string]string{}
	for _, s := range Build(a).Stories {
		for _, row := range s.Matrix {
			for _, c := range row.Cells {
				if row.Question == "q2" {
					values[c.Speaker] = strings.Join(c.Asserts(), "/")
				}
			}
		}
	}
	want := map[string]string{"Tomas Ferreira": "at least four", "Ana Lindqvist": "only one"}
	if fmt.Sprint(values) != fmt.Sprint(want) {
		t.Errorf("matrix cells %v, want %v", values, want)
	}
}
