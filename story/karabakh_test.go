package story

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/testcorpus"
)

// goldDoc is the part of a Karabakh per-document gold file these tests
// read: the hand-checked title, body, date, captions and claims stand in
// for the extraction and attribution stages.
type goldDoc struct {
	Doc       string   `json:"doc"`
	Title     string   `json:"title"`
	Published string   `json:"published"`
	Body      []string `json:"body"`
	Captions  []string `json:"captions"`
	Claims    []struct {
		ID      string `json:"id"`
		Speaker string `json:"speaker"`
		Cue     string `json:"cue"`
		Date    string `json:"date"`
		Content string `json:"content"`
	} `json:"claims"`
}

type goldCorpus struct {
	Stories []struct {
		Docs []string `json:"docs"`
	} `json:"stories"`
	Timeline []struct {
		Date string `json:"date"`
	} `json:"timeline"`
}

// karabakhItems returns the corpus's documents as Items built from gold,
// keyed to their file names, and the cross-document gold.
func karabakhItems(t *testing.T) ([]Item, map[string]string, goldCorpus) {
	dir := filepath.Join(testcorpus.Dir(t, "corpus/karabakh"), "gold")
	files, err := filepath.Glob(filepath.Join(dir, "0*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold files in %s: %v", dir, err)
	}
	sort.Strings(files)
	var items []Item
	names := map[string]string{}
	for _, f := range files {
		var g goldDoc
		readJSON(t, f, &g)
		body := strings.Join(g.Body, "\n\n")
		d := parallax.Document{Title: g.Title, Body: body, Published: g.Published, Captions: g.Captions, Source: g.Doc}
		d.ID = parallax.DocID(d.Title, d.Body)
		names[d.ID] = g.Doc
		it := Item{Doc: d}
		for _, c := range g.Claims {
			it.Statements = append(it.Statements, parallax.Statement{
				ID: c.ID, Doc: d.ID, Speaker: c.Speaker, SpeakerName: c.Speaker, Cue: c.Cue, Date: c.Date, Content: c.Content,
			})
		}
		items = append(items, it)
	}
	var corpus goldCorpus
	readJSON(t, filepath.Join(dir, "corpus.json"), &corpus)
	return items, names, corpus
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
}

func TestKarabakhTimeline(t *testing.T) {
	items, _, corpus := karabakhItems(t)
	have := map[string]bool{}
	for _, e := range Timeline(items) {
		have[e.Date] = true
	}
	found := 0
	for _, g := range corpus.Timeline {
		if have[g.Date] {
			found++
		} else {
			t.Logf("gold date %s not in the timeline", g.Date)
		}
	}
	t.Logf("timeline: %d/%d gold dates present (%d dates in all)", found, len(corpus.Timeline), len(have))
	if found < len(corpus.Timeline)-1 {
		t.Errorf("timeline has %d of %d gold dates; want at least %d", found, len(corpus.Timeline), len(corpus.Timeline)-1)
	}
}

func TestKarabakhStories(t *testing.T) {
	items, names, corpus := karabakhItems(t)
	c := New()
	for _, it := range items {
		c.Add(it)
	}
	_, stories, threads := c.Result()
	pred, gold := map[string]string{}, map[string]string{}
	for _, s := range stories {
		var n []string
		for _, d := range s.Docs {
			pred[names[d]] = s.ID
			n = append(n, names[d])
		}
		t.Logf("story %q: %v", s.Label, n)
	}
	for i, s := range corpus.Stories {
		for _, d := range s.Docs {
			gold[d] = string(rune('a' + i))
		}
	}
	sc := score(pred, gold)
	t.Logf("stories: pairwise F1 %.2f, B-cubed F1 %.2f; %d threads", sc.pairF1, sc.bcubedF1, len(threads))
	// Five documents give term weights little to go on: the floor is a
	// little under the measured B-cubed F1, to catch a regression.
	if sc.bcubedF1 < 0.55 {
		t.Errorf("stories B-cubed F1 %.2f, floor 0.55", sc.bcubedF1)
	}
}
