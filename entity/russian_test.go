package entity

import (
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/testcorpus"
)

// benchType is the Russian benchmark's name of an entity type.
var benchType = map[string]string{parallax.Person: "PER", parallax.Org: "ORG", parallax.GPE: "LOC", parallax.Location: "LOC"}

// TestRussianEntities scores the mentions found in the Russian entity
// benchmark (a development set: the Russian data was tuned on it) and
// holds the typed F1, overall and per type, above floors just below the
// measured figures.
func TestRussianEntities(t *testing.T) {
	docs := testcorpus.RussianEntities(t)
	reg, err := NewRegistry(Options{})
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]*testcorpus.Counts{}
	for _, d := range docs {
		de := reg.Resolve(parallax.Document{ID: d.Name, Body: d.Text, Lang: "ru"})
		var pred []testcorpus.Predicted
		for _, m := range de.Mentions {
			e, _ := reg.Lookup(m.Entity)
			pred = append(pred, testcorpus.Predicted{Text: m.Text, Type: benchType[e.Type]})
		}
		testcorpus.ScoreRussian(d.Mentions, pred, by)
	}
	floors := map[string]float64{"": 0.80, "PER": 0.85, "ORG": 0.63, "LOC": 0.88}
	for _, typ := range []string{"", "PER", "ORG", "LOC"} {
		c := by[typ]
		name := typ
		if name == "" {
			name = "all"
		}
		f1 := c.F1()
		t.Logf("%s: typed F1 %.3f (matched %d, predicted %d, gold %d)", name, f1, c.Matched, c.Predicted, c.Gold)
		if f1 < floors[typ] {
			t.Errorf("%s: typed F1 %.3f, want at least %.2f", name, f1, floors[typ])
		}
	}
}
