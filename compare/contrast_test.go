package compare

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
)

// reported is a statement found in the text of its report.
type reported struct {
	id, speaker, content string
}

// inReport places each statement at its content's first place in body,
// after the statement before it, all in one document.
func inReport(body string, ss []reported) ([]parallax.Statement, map[string]parallax.Document) {
	doc := parallax.Document{ID: "d1", Title: "Report", Outlet: "The Valley Courier", Body: body}
	var out []parallax.Statement
	from := 0
	for _, s := range ss {
		k := from + strings.Index(body[from:], s.content)
		start := utf8.RuneCountInString(body[:k])
		out = append(out, parallax.Statement{ID: s.id, Doc: "d1", Speaker: strings.ToLower(s.speaker), SpeakerName: s.speaker,
			Cue: "said", Content: s.content, Start: start, End: start + utf8.RuneCountInString(s.content)})
		from = k + len(s.content)
	}
	return out, map[string]parallax.Document{"d1": doc}
}

// TestContrastedStatements covers statements a report sets against each
// other ("…, but …"): they answer one question when they share anything of
// what they say, and their figures for one kind of measure conflict.
func TestContrastedStatements(t *testing.T) {
	for _, tc := range []struct {
		name      string
		body      string
		stmts     []reported
		same      bool
		conflicts int
	}{{
		name: "figures set against each other conflict",
		body: "The observatory said the tremor registered magnitude 5.2, but the coastal institute said it was magnitude 4.6.",
		stmts: []reported{
			{"a", "the observatory", "the tremor registered magnitude 5.2"},
			{"b", "the coastal institute", "it was magnitude 4.6"},
		},
		same: true, conflicts: 1,
	}, {
		name: "statements set against each other that share nothing stay apart",
		body: "The ferry company said the crossing resumed on schedule. However, passengers said the vessels stayed moored at the quay until dusk.",
		stmts: []reported{
			{"a", "the ferry company", "the crossing resumed on schedule"},
			{"b", "passengers", "the vessels stayed moored at the quay until dusk"},
		},
		same: false,
	}, {
		name: "statements set side by side that share a word",
		body: "The mayor said the harbour wall was repaired last spring, but residents said the harbour flooded twice since.",
		stmts: []reported{
			{"a", "the mayor", "the harbour wall was repaired last spring"},
			{"b", "residents", "the harbour flooded twice since"},
		},
		same: true,
	}, {
		name: "statements that follow each other without a contrast",
		body: "The mayor said the harbour wall was repaired last spring. Residents said the harbour flooded twice since.",
		stmts: []reported{
			{"a", "the mayor", "the harbour wall was repaired last spring"},
			{"b", "residents", "the harbour flooded twice since"},
		},
		same: false,
	}} {
		t.Run(tc.name, func(t *testing.T) {
			stmts, docs := inReport(tc.body, tc.stmts)
			r := Compare(stmts, docs)
			if same := r.Statements[0].Question == r.Statements[1].Question; same != tc.same {
				t.Errorf("one question: %v, want %v", same, tc.same)
			}
			if len(r.Conflicts) != tc.conflicts {
				t.Errorf("%d conflicts, want %d: %+v", len(r.Conflicts), tc.conflicts, r.Conflicts)
			}
		})
	}
}
