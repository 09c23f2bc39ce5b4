package story

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/testcorpus"
)

// karabakhItems returns the corpus's documents as Items built from gold,
// keyed to their file names, and the cross-document gold: the hand-checked
// title, body, date, captions and claims stand in for the extraction and
// attribution stages.
func karabakhItems(t *testing.T) ([]Item, map[string]string, testcorpus.KarabakhCorpus) {
	var items []Item
	names := map[string]string{}
	for _, g := range testcorpus.Karabakh(t) {
		d := parallax.Document{Title: g.Title, Body: g.Text(), Published: g.PublishedDate(), Captions: g.Captions, Source: g.Doc}
		d.ID = parallax.DocID(d.Title, d.Body)
		names[d.ID] = g.Doc
		it := Item{Doc: d}
		for _, c := range g.Claims {
			it.Statements = append(it.Statements, parallax.Statement{
				ID: c.ID, Doc: d.ID, Speaker: c.Speaker, SpeakerName: c.Speaker, Cue: c.CueText(), Date: c.DateText(), Content: c.Content,
			})
		}
		items = append(items, it)
	}
	return items, names, testcorpus.KarabakhCross(t)
}

// TestKarabakhTimeline builds the timeline in every order of arrival:
// stories and threads, which lend years to undated pages, depend on it.
func TestKarabakhTimeline(t *testing.T) {
	items, _, corpus := karabakhItems(t)
	orders := permutations(len(items))
	complete := 0
	for n, o := range orders {
		in := make([]Item, len(o))
		for i, k := range o {
			in[i] = items[k]
		}
		c := New()
		for _, it := range in {
			c.Add(it)
		}
		_, stories, threads := c.Result()
		have := map[string]bool{}
		for _, e := range Timeline(in, stories, threads) {
			have[e.Date] = true
			if n == 0 && strings.HasPrefix(e.Basis, "year from the") {
				t.Logf("%s %s: %s", e.Date, e.Basis, e.Event)
			}
		}
		found := 0
		for _, g := range corpus.Timeline {
			if have[g.Date] {
				found++
			} else if n == 0 {
				t.Logf("gold date %s not in the timeline", g.Date)
			}
		}
		if found == len(corpus.Timeline) {
			complete++
		}
		if n == 0 {
			t.Logf("order %v: %d/%d gold dates present (%d dates in all)", o, found, len(corpus.Timeline), len(have))
		}
	}
	t.Logf("every gold date present in %d of %d orders of arrival", complete, len(orders))
	if complete < len(orders) {
		t.Errorf("every gold date present in %d of %d orders of arrival", complete, len(orders))
	}
}

// TestKarabakhStories groups the corpus in file order, as the command
// line reads it, and in every other order of arrival. Five documents give
// term weights little to go on, so the grouping depends on the order; the
// file order's must stay right, and the mean over all orders must not fall.
func TestKarabakhStories(t *testing.T) {
	items, names, corpus := karabakhItems(t)
	gold := map[string]string{}
	for i, s := range corpus.Stories {
		for _, d := range s.Docs {
			gold[d] = string(rune('a' + i))
		}
	}
	group := func(items []Item) scores {
		c := New()
		for _, it := range items {
			c.Add(it)
		}
		_, stories, _ := c.Result()
		pred := map[string]string{}
		for _, s := range stories {
			for _, d := range s.Docs {
				pred[names[d]] = s.ID
			}
		}
		return score(pred, gold)
	}
	sc := group(items)
	var sum float64
	orders := permutations(len(items))
	for _, o := range orders {
		in := make([]Item, len(o))
		for i, k := range o {
			in[i] = items[k]
		}
		sum += group(in).pairF1
	}
	mean := sum / float64(len(orders))
	t.Logf("stories in file order: pairwise F1 %.2f, B-cubed F1 %.2f; mean pairwise F1 over %d orders %.3f", sc.pairF1, sc.bcubedF1, len(orders), mean)
	if sc.pairF1 < 0.99 || mean < 0.55 {
		t.Errorf("stories pairwise F1 %.2f in file order (floor 0.99), mean %.3f over all orders (floor 0.55)", sc.pairF1, mean)
	}
}

// permutations returns every order of 0..n-1.
func permutations(n int) [][]int {
	if n == 0 {
		return [][]int{{}}
	}
	var out [][]int
	for _, p := range permutations(n - 1) {
		for i := 0; i <= len(p); i++ {
			q := append(append(append([]int{}, p[:i]...), n-1), p[i:]...)
			out = append(out, q)
		}
	}
	return out
}
