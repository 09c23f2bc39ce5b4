package pipeline

import (
	"cmp"
	"crypto/md5"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/internal/testcorpus"
)

// conflictGold is the shared conflict set: pairs of statements quoted
// from the story benchmark's texts, as contradiction, refutation or
// reversal, and look-alike pairs that are not conflicts.
type conflictGold struct {
	Conflicts  []goldPair `json:"conflicts"`
	NearMisses []goldPair `json:"near_misses"`
}

type goldPair struct {
	Story string   `json:"story"`
	A     goldSide `json:"a"`
	B     goldSide `json:"b"`
}

type goldSide struct {
	Doc     string `json:"doc"`
	Content string `json:"content"`
}

// half puts a story of the conflict set in one of two halves by the
// parity of the MD5 of its name, decided before any tuning: "dev", tuned
// on, and "held", only reported. A story's pairs stay together, since most
// pairs join two texts of one story.
func half(story string) string {
	if md5.Sum([]byte(story))[md5.Size-1]%2 == 0 {
		return "dev"
	}
	return "held"
}

// conflictScore is what the shared scorer counts on one half.
type conflictScore struct {
	gold, found, predicted, correct, nearGold, nearFlagged int
	// The stages a gold conflict passes before it is found: both its sides
	// are extracted, and two such sides answer one question. Counted on
	// the held half too, as figures only, to show which stage loses what.
	// alone counts the pairs whose two sides, compared by themselves as
	// one story, are found to conflict: what the decision finds when
	// alignment is given.
	bothSides, oneQuestion, alone int
}

// TestConflictSet analyses the story benchmark's texts and scores the
// conflicts found against the shared conflict set, as its scorer does: a
// gold pair is found when a conflict joins two statements of its files
// whose contents overlap the gold ones with token F1 ≥ 0.5. Figures are
// given per half; the floors sit a little below those measured.
func TestConflictSet(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses 533 texts")
	}
	dir := testcorpus.Dir(t, "bench/conflicts")
	b, err := os.ReadFile(filepath.Join(dir, "dev.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold conflictGold
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatalf("%s: %v", dir, err)
	}
	a := analyse(t, readDocs(t, testcorpus.Dir(t, "bench/stories/docs")))
	files := map[string][]string{} // document id → file names, its copies' too
	docs := map[string]parallax.Document{}
	for _, d := range a.Documents {
		docs[d.ID] = d
		for _, src := range append([]string{d.Source}, d.Copies...) {
			files[d.ID] = append(files[d.ID], filepath.Base(src))
		}
	}
	stmts := map[string]parallax.Statement{}
	for _, s := range a.Statements {
		stmts[s.ID] = s
	}
	side := func(s parallax.Statement, g goldSide) bool {
		return slices.Contains(files[s.Doc], g.Doc) && testcorpus.TokenF1(g.Content, s.Content) >= 0.5
	}
	onto := func(c parallax.Conflict, g goldPair) bool {
		x, y := stmts[c.A], stmts[c.B]
		return side(x, g.A) && side(y, g.B) || side(y, g.A) && side(x, g.B)
	}
	var labels map[string]struct{ Story string }
	b, err = os.ReadFile(filepath.Join(testcorpus.Dir(t, "bench/stories"), "labels.json"))
	if err == nil {
		err = json.Unmarshal(b, &labels)
	}
	if err != nil {
		t.Fatalf("story labels: %v", err)
	}
	scores := map[string]*conflictScore{"dev": {}, "held": {}}
	found := map[int]bool{}
	for _, c := range a.Conflicts {
		story := ""
		for _, f := range files[stmts[c.A].Doc] {
			story = cmp.Or(story, labels[f].Story)
		}
		hit := false
		for k, g := range gold.Conflicts {
			if onto(c, g) {
				found[k], hit = true, true
			}
		}
		if story == "" {
			continue // a text outside the benchmark, as the scorer leaves out
		}
		s := scores[half(story)]
		s.predicted++
		if hit {
			s.correct++
		}
	}
	for k, g := range gold.Conflicts {
		s := scores[half(g.Story)]
		s.gold++
		if found[k] {
			s.found++
		}
		as, bs := sides(a.Statements, g.A, side), sides(a.Statements, g.B, side)
		if len(as) > 0 && len(bs) > 0 {
			s.bothSides++
			if shareQuestion(as, bs) {
				s.oneQuestion++
			}
			if conflictAlone(as, bs, docs, a.Entities) {
				s.alone++
			}
		}
	}
	for _, g := range gold.NearMisses {
		s := scores[half(g.Story)]
		s.nearGold++
		for _, c := range a.Conflicts {
			if onto(c, g) {
				s.nearFlagged++
				break
			}
		}
	}
	for _, name := range []string{"dev", "held"} {
		s := scores[name]
		t.Logf("conflict set, %s half: recall %d/%d = %.3f, precision %d/%d = %.3f, near misses flagged %d/%d",
			name, s.found, s.gold, ratio(s.found, s.gold), s.correct, s.predicted, ratio(s.correct, s.predicted), s.nearFlagged, s.nearGold)
		t.Logf("conflict set, %s half: of %d gold conflicts, both sides extracted %d, both in one question %d, found %d; found when the two sides are compared alone %d",
			name, s.gold, s.bothSides, s.oneQuestion, s.found, s.alone)
	}
	dev := scores["dev"]
	if r, p := ratio(dev.found, dev.gold), ratio(dev.correct, dev.predicted); r < 0.50 || p < 0.37 || dev.nearFlagged > 2 {
		t.Errorf("conflict set, dev half: recall %.3f, precision %.3f, %d near misses flagged; want at least 0.50, 0.37 and at most 2", r, p, dev.nearFlagged)
	}
	if dev.oneQuestion < 22 {
		t.Errorf("conflict set, dev half: %d gold conflicts with both sides in one question; want at least 22", dev.oneQuestion)
	}
}

// sides returns the statements that match one side of a gold pair.
func sides(all []parallax.Statement, g goldSide, match func(parallax.Statement, goldSide) bool) []parallax.Statement {
	var out []parallax.Statement
	for _, s := range all {
		if match(s, g) {
			out = append(out, s)
		}
	}
	return out
}

// conflictAlone reports whether a statement of as and one of bs conflict
// when they are all that is compared, as one story.
func conflictAlone(as, bs []parallax.Statement, docs map[string]parallax.Document, entities []parallax.Entity) bool {
	for _, a := range as {
		for _, b := range bs {
			one := map[string]string{a.Doc: "", b.Doc: ""}
			r := compare.Run(compare.Input{Statements: []parallax.Statement{a, b}, Docs: docs, Lines: one, Stories: one, Entities: entities})
			if len(r.Conflicts) > 0 {
				return true
			}
		}
	}
	return false
}

// shareQuestion reports whether a statement of as and one of bs answer the
// same question.
func shareQuestion(as, bs []parallax.Statement) bool {
	for _, a := range as {
		for _, b := range bs {
			if a.Question != "" && a.Question == b.Question {
				return true
			}
		}
	}
	return false
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
