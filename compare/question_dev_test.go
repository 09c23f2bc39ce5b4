package compare

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

// devStatements reads testdata/questions.tsv: one statement a line as
// question, speaker, stance, content; # starts a comment. It returns the
// statements and, apart, the question and stance each is labelled with.
func devStatements(t *testing.T, name string) ([]parallax.Statement, answers) {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var stmts []parallax.Statement
	ans := answers{about: map[string]string{}, stance: map[string]string{}}
	for n, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			t.Fatalf("%s:%d: %d columns, want 4", name, n+1, len(cols))
		}
		id := "s" + strconv.Itoa(len(stmts)+1)
		stmts = append(stmts, parallax.Statement{ID: id, Doc: "d", Speaker: strings.ToLower(cols[1]), SpeakerName: cols[1], Cue: "said", Content: cols[3]})
		ans.about[id], ans.stance[id] = cols[0], cols[2]
	}
	return stmts, ans
}

// pairwise scores questions against labelled ones: of the pairs of
// statements put in one question, the share labelled alike (precision),
// and of the pairs labelled alike, the share put in one question (recall).
func pairwise(stmts []parallax.Statement, about map[string]string) (p, r float64) {
	var both, grouped, labelled int
	for i, a := range stmts {
		for _, b := range stmts[i+1:] {
			sq, sl := a.Question == b.Question, about[a.ID] == about[b.ID]
			if sq {
				grouped++
			}
			if sl {
				labelled++
			}
			if sq && sl {
				both++
			}
		}
	}
	return float64(both) / float64(max(grouped, 1)), float64(both) / float64(max(labelled, 1))
}

// TestQuestionsDev groups statements written to vary the way news words one
// proposition (synonyms, negation, passive voice, another first actor),
// beside look-alikes that share its places and actors but assert something
// else, and scores the questions against their labels.
func TestQuestionsDev(t *testing.T) {
	for _, tc := range []struct {
		file                string
		minP, minR, minSide float64 // floors a little below the measured figures
	}{
		// Measured when set: P 1.00, R 0.85, stance 51/56 (before the
		// agent, synonym and predicate work: P 0.88, R 0.66, 50/56).
		{"testdata/questions.tsv", 0.95, 0.8, 0.85},
	} {
		stmts, ans := devStatements(t, tc.file)
		r := Compare(stmts, nil)
		p, rc := pairwise(r.Statements, ans.about)
		right := 0
		for _, s := range r.Statements {
			if s.Stance == ans.stance[s.ID] {
				right++
			}
		}
		side := float64(right) / float64(len(stmts))
		t.Logf("%s: %d statements, %d questions (labelled %d), pairwise P %.2f R %.2f; stance %d/%d as labelled",
			tc.file, len(stmts), len(r.Questions), countValues(ans.about), p, rc, right, len(stmts))
		byID := map[string]parallax.Statement{}
		for _, s := range r.Statements {
			byID[s.ID] = s
		}
		for _, q := range r.Questions {
			var keys []string
			for _, id := range q.Statements {
				keys = append(keys, id+"="+ans.about[id])
			}
			t.Logf("  %s %q %v", q.ID, q.Label, keys)
		}
		if p < tc.minP || rc < tc.minR || side < tc.minSide {
			t.Errorf("%s: pairwise P %.2f R %.2f, stance %.2f; want at least %.2f, %.2f, %.2f", tc.file, p, rc, side, tc.minP, tc.minR, tc.minSide)
		}
	}
}
