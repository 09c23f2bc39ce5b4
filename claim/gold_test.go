package claim

import (
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/entity"
	"github.com/parallax-news/parallax/internal/testcorpus"
)

// runGold extracts the statements of the gold documents, built from their
// gold title, body and publication date.
func runGold(t testing.TB, golds []testcorpus.KarabakhDoc) map[string][]parallax.Statement {
	reg, err := entity.NewRegistry(entity.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]parallax.Statement{}
	for _, g := range golds {
		d := parallax.Document{ID: g.Doc[:3], Title: g.Title, Body: g.Text(), Published: g.PublishedDate()}
		out[g.Doc] = Extract(reg.Resolve(d), reg)
	}
	return out
}

// match pairs gold claims with predicted statements as the corpus scorer
// does: same document, same speaker name, content overlap of at least 0.5.
func match(g testcorpus.KarabakhDoc, pred []parallax.Statement) map[string]int {
	names := g.EntityNames()
	out := map[string]int{}
	for _, c := range g.Claims {
		best, bestF := -1, 0.5
		for i, s := range pred {
			if !testcorpus.SameName(names[c.Speaker], s.SpeakerName) {
				continue
			}
			if f := testcorpus.TokenF1(c.Content, s.Content); f >= bestF {
				best, bestF = i, f
			}
		}
		if best >= 0 {
			out[c.ID] = best
		}
	}
	return out
}

// TestGoldStatements measures statement recall and precision on the gold
// bodies of the Karabakh corpus, and checks the dates of matched statements
// against the gold claim dates.
func TestGoldStatements(t *testing.T) {
	golds := testcorpus.Karabakh(t)
	preds := runGold(t, golds)
	nGold, nPred, nMatched := 0, 0, 0
	datesRight, datesTotal, venuesRight := 0, 0, 0
	for _, g := range golds {
		pred := preds[g.Doc]
		m := match(g, pred)
		nGold += len(g.Claims)
		nPred += len(pred)
		used := map[int]bool{}
		for _, c := range g.Claims {
			i, ok := m[c.ID]
			if !ok {
				t.Logf("missed %s: %.70q", c.ID, c.Content)
				continue
			}
			used[i] = true
			want := c.DateText()
			datesTotal++
			wantVenue := c.VenueText()
			if pred[i].Venue == wantVenue {
				venuesRight++
			} else {
				t.Logf("venue of %s: got %q, want %q", c.ID, pred[i].Venue, wantVenue)
			}
			if pred[i].Date == want {
				datesRight++
			} else {
				t.Logf("date of %s: got %q, want %q", c.ID, pred[i].Date, want)
			}
		}
		nMatched += len(used)
		for i, s := range pred {
			if !used[i] {
				t.Logf("unmatched %s %s: %.70q", s.ID, s.SpeakerName, s.Content)
			}
		}
	}
	recall := 0
	for _, g := range golds {
		recall += len(match(g, preds[g.Doc]))
	}
	prec := float64(nMatched) / float64(max(nPred, 1))
	t.Logf("statements: recall %d/%d, precision %.2f (%d/%d); dates right %d/%d; venues right %d/%d", recall, nGold, prec, nMatched, nPred, datesRight, datesTotal, venuesRight, datesTotal)
	if recall < nGold*8/10 {
		t.Errorf("recall %d/%d below floor", recall, nGold)
	}
	if prec < 0.8 {
		t.Errorf("precision %.2f below floor", prec)
	}
	if datesRight != datesTotal {
		t.Errorf("dates right %d/%d", datesRight, datesTotal)
	}
	if venuesRight*10 < datesTotal*9 {
		t.Errorf("venues right %d/%d below floor", venuesRight, datesTotal)
	}
}
