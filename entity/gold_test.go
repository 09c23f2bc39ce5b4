package entity

import (
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/testcorpus"
)

// TestGoldMentions resolves the gold title and body of each Karabakh
// document and counts the gold mentions found under an entity of the right
// name.
func TestGoldMentions(t *testing.T) {
	golds := testcorpus.Karabakh(t)
	reg, err := NewRegistry(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range golds {
		reg.Resolve(parallax.Document{ID: g.Doc, Title: g.Title, Body: g.Text()})
	}
	ents := reg.Entities()
	ok, total := 0, 0
	for _, g := range golds {
		for _, e := range g.Entities {
			for _, m := range e.Mentions {
				total++
				hit := false
				for _, pe := range ents {
					if !testcorpus.SameName(e.Name, pe.Name) {
						continue
					}
					for _, pm := range pe.Mentions {
						if pm.Doc == g.Doc && pm.Text == m {
							hit = true
						}
					}
				}
				if hit {
					ok++
				} else {
					t.Logf("unresolved %s: %q -> %s", g.Doc[:3], m, e.Name)
				}
			}
		}
	}
	t.Logf("gold mentions resolved: %d/%d", ok, total)
	detected, distinct, distinctGold := detection(golds, ents)
	t.Logf("gold mention surfaces detected (any entity): %d/%d; distinct mention strings that are gold mentions: %d/%d (%.2f)",
		detected, total, distinctGold, distinct, float64(distinctGold)/float64(max(distinct, 1)))
	if float64(ok) < 0.9*float64(total) {
		t.Errorf("resolved %d/%d gold mentions, want at least 90%%", ok, total)
	}
}

// detection measures mention finding alone, as the comparison with a
// general NER tagger needs: gold surfaces found under any entity, and the
// share of distinct predicted mention strings per document that are gold
// mentions.
func detection(golds []testcorpus.KarabakhDoc, ents []parallax.Entity) (detected, distinct, distinctGold int) {
	pred := map[string]map[string]bool{}
	for _, e := range ents {
		for _, m := range e.Mentions {
			if pred[m.Doc] == nil {
				pred[m.Doc] = map[string]bool{}
			}
			pred[m.Doc][m.Text] = true
		}
	}
	for _, g := range golds {
		gold := map[string]bool{}
		for _, e := range g.Entities {
			for _, m := range e.Mentions {
				gold[m] = true
				if pred[g.Doc][m] {
					detected++
				}
			}
		}
		for m := range pred[g.Doc] {
			distinct++
			if gold[m] {
				distinctGold++
			}
		}
	}
	return detected, distinct, distinctGold
}
