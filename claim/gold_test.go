package claim

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/entity"
	"github.com/parallax-news/parallax/internal/testcorpus"
)

type goldClaim struct {
	ID      string  `json:"id"`
	Speaker string  `json:"speaker"`
	Content string  `json:"content"`
	Date    *string `json:"date"`
	Venue   *string `json:"venue"`
}

type goldDoc struct {
	Doc       string  `json:"doc"`
	Title     string  `json:"title"`
	Published *string `json:"published"`
	Body      []string
	Entities  []struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	} `json:"entities"`
	Claims []goldClaim `json:"claims"`
}

func loadGold(t testing.TB) []goldDoc {
	dir := filepath.Join(testcorpus.Dir(t, "corpus/karabakh"), "gold")
	paths, err := filepath.Glob(filepath.Join(dir, "0*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no gold files in %s: %v", dir, err)
	}
	var out []goldDoc
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var g goldDoc
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("parse %s: %v", p, err)
		}
		out = append(out, g)
	}
	return out
}

var wordRE = regexp.MustCompile(`\w+`)

func words(s string) []string { return wordRE.FindAllString(strings.ToLower(s), -1) }

// tokenF1 is the corpus scorer's overlap of two contents.
func tokenF1(a, b string) float64 {
	ca := map[string]int{}
	for _, w := range words(a) {
		ca[w]++
	}
	tp, nb := 0, 0
	for _, w := range words(b) {
		nb++
		if ca[w] > 0 {
			ca[w]--
			tp++
		}
	}
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(nb), float64(tp)/float64(len(words(a)))
	return 2 * p * r / (p + r)
}

// sameName follows the corpus scorer.
func sameName(a, b string) bool {
	a, b = strings.Join(words(a), " "), strings.Join(words(b), " ")
	if a == "" || b == "" {
		return false
	}
	if strings.Contains(a, b) || strings.Contains(b, a) {
		return true
	}
	fa, fb := strings.Fields(a), strings.Fields(b)
	return fa[len(fa)-1] == fb[len(fb)-1]
}

// runGold extracts the statements of the gold documents, built from their
// gold title, body and publication date.
func runGold(t testing.TB, golds []goldDoc) map[string][]parallax.Statement {
	reg, err := entity.NewRegistry(entity.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]parallax.Statement{}
	for _, g := range golds {
		d := parallax.Document{ID: g.Doc[:3], Title: g.Title, Body: strings.Join(g.Body, "\n\n")}
		if g.Published != nil {
			d.Published = *g.Published
		}
		out[g.Doc] = Extract(reg.Resolve(d), reg)
	}
	return out
}

// match pairs gold claims with predicted statements as the corpus scorer
// does: same document, same speaker name, content overlap of at least 0.5.
func match(g goldDoc, pred []parallax.Statement) map[string]int {
	names := map[string]string{}
	for _, e := range g.Entities {
		names[e.ID] = e.Name
	}
	out := map[string]int{}
	for _, c := range g.Claims {
		best, bestF := -1, 0.5
		for i, s := range pred {
			if !sameName(names[c.Speaker], s.SpeakerName) {
				continue
			}
			if f := tokenF1(c.Content, s.Content); f >= bestF {
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
	golds := loadGold(t)
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
			want := ""
			if c.Date != nil {
				want = *c.Date
			}
			datesTotal++
			wantVenue := ""
			if c.Venue != nil {
				wantVenue = *c.Venue
			}
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
