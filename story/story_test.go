package story

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/story/storygen"
)

func item(title, body, published string) Item {
	d := parallax.Document{Title: title, Body: body, Published: published}
	d.ID = parallax.DocID(title, body)
	return Item{Doc: d}
}

// Two bridge collapses reported with the same words: what tells them apart
// is the names, places and figures.
var bridgeStories = [][]Item{{
	item("Harbor bridge collapses in Norrvik", "A section of the Harbor Bridge in Norrvik collapsed on Tuesday, injuring twelve people. Mayor Ingrid Salo said rescue teams pulled four drivers from the water. Engineers from Norrvik Transit had inspected the span in March.", "2024-05-07"),
	item("Norrvik mayor orders inspection after bridge collapse", "Mayor Ingrid Salo ordered an inspection of every bridge in Norrvik after the Harbor Bridge collapse injured twelve people. Norrvik Transit said the span had passed its March inspection.", "2024-05-08"),
	item("Divers search Norrvik harbor after collapse", "Divers searched the harbor below the Harbor Bridge in Norrvik for a missing cyclist. Ingrid Salo said the twelve injured were in stable condition, and Norrvik Transit closed the ferry route.", "2024-05-08"),
}, {
	item("Viaduct collapses on Castelmar motorway", "A viaduct on the Castelmar motorway collapsed on Friday, injuring thirty people. Governor Paolo Venn said rescue teams worked through the night. The Castelmar Roads Authority had inspected the viaduct last year.", "2024-05-10"),
	item("Castelmar governor blames contractor for viaduct collapse", "Governor Paolo Venn blamed the contractor Arcadia Build for the Castelmar viaduct collapse that injured thirty people, and the Castelmar Roads Authority suspended its permits.", "2024-05-11"),
	item("Arcadia Build denies fault in Castelmar collapse", "Arcadia Build denied any fault in the collapse of the Castelmar viaduct. Paolo Venn said thirty people were injured, and the Castelmar Roads Authority began a new inspection.", "2024-05-12"),
}}

func TestStoriesShareVocabulary(t *testing.T) {
	c := New()
	gold := map[string]int{}
	for i := range bridgeStories[0] {
		for s := range bridgeStories {
			it := bridgeStories[s][i]
			c.Add(it)
			gold[it.Doc.ID] = s
		}
	}
	_, stories, threads := c.Result()
	if len(stories) != 2 {
		for _, s := range stories {
			t.Logf("story %q: %d docs", s.Label, len(s.Docs))
		}
		t.Fatalf("got %d stories, want 2", len(stories))
	}
	for _, s := range stories {
		for _, d := range s.Docs[1:] {
			if gold[d] != gold[s.Docs[0]] {
				t.Errorf("story %q mixes the two collapses", s.Label)
			}
		}
		if s.Label == "" {
			t.Errorf("story %s has no label", s.ID)
		}
	}
	n := 0
	for _, th := range threads {
		n += len(th.Stories)
	}
	if n != len(stories) {
		t.Errorf("threads hold %d stories, want %d", n, len(stories))
	}
}

func TestDaysWeighSimilarity(t *testing.T) {
	const report = "Foreign ministers Anja Korhonen and Rafael Duarte met in Velmora %s to discuss fishing quotas in the disputed waters."
	sim := func(first, second string) float64 {
		c := New()
		c.Add(item("", fmt.Sprintf(report, first), ""))
		c.Add(item("", "Unrelated filler about a harvest festival in Ostrava.", ""))
		c.Add(item("", fmt.Sprintf(report, second), ""))
		a, b := c.newNode(0, nil), c.newNode(2, nil)
		return c.nodeSimilarity(&a, &b)
	}
	same, near, far := sim("on March 3", "on March 3"), sim("on March 3", "on March 5"), sim("on March 3", "on October 20")
	if !(same > near && near > far) {
		t.Errorf("similarity of a report naming the same day %.3f, a day two days later %.3f, a day months later %.3f; want them decreasing", same, near, far)
	}
}

func TestNearDuplicates(t *testing.T) {
	orig := bridgeStories[0][0]
	copyText := strings.Replace(orig.Doc.Body, "on Tuesday", "on Tuesday afternoon", 1)
	later := item(orig.Doc.Title, copyText, "2024-05-09")
	earlier := item(orig.Doc.Title, copyText+" Updated.", "2024-05-06")
	c := New()
	c.Add(orig)
	c.Add(bridgeStories[1][0])
	c.Add(later)
	c.Add(earlier)
	dups, stories, _ := c.Result()
	if len(dups) != 2 {
		t.Fatalf("duplicates %+v, want 2", dups)
	}
	for _, d := range dups {
		if d.Representative != earlier.Doc.ID {
			t.Errorf("duplicate %s represented by %s, want the earliest published %s", d.Doc, d.Representative, earlier.Doc.ID)
		}
	}
	storyOf := map[string]string{}
	for _, s := range stories {
		for _, d := range s.Docs {
			storyOf[d] = s.ID
		}
	}
	if storyOf[orig.Doc.ID] != storyOf[later.Doc.ID] || storyOf[orig.Doc.ID] != storyOf[earlier.Doc.ID] {
		t.Errorf("near-duplicates in different stories: %v", storyOf)
	}
	if storyOf[orig.Doc.ID] == storyOf[bridgeStories[1][0].Doc.ID] {
		t.Errorf("unrelated document joined the duplicates' story")
	}
}

func TestTimeline(t *testing.T) {
	a := item("Talks resume", "On March 3 the delegations met again. The first round had ended on 28 February. On March 3 Envoy Rask said the talks would go on. Rask said the talks will go on.", "2024-03-05")
	a.Statements = []parallax.Statement{
		{ID: "s1", Doc: a.Doc.ID, SpeakerName: "Envoy Rask", Date: "2024-03-04", Content: "the talks will go on", Start: strings.Index(a.Doc.Body, "the talks will")},
		{ID: "s2", Doc: a.Doc.ID, SpeakerName: "Envoy Rask", Date: "2024-03-03", Content: "the talks would go on", Start: strings.Index(a.Doc.Body, "the talks would")},
	}
	b := item("Undated note", "The ceasefire of 12 June held.", "")
	events := Timeline([]Item{a, b}, nil, nil)
	var dates []string
	for _, e := range events {
		dates = append(dates, e.Date)
		if len(e.Docs) == 0 || e.Event == "" {
			t.Errorf("event %+v has no document or text", e)
		}
	}
	want := []string{"2024-02-28", "2024-03-03", "2024-03-03", "2024-03-04", "2024-03-05"}
	if strings.Join(dates, " ") != strings.Join(want, " ") {
		t.Errorf("timeline dates %v, want %v", dates, want)
	}
	linked := map[string]string{}
	for _, e := range events {
		for _, s := range e.Statements {
			linked[s] = e.Date + " " + e.Event
		}
	}
	if !strings.HasPrefix(linked["s1"], "2024-03-04 Envoy Rask:") {
		t.Errorf("s1 linked to %q, want its own event on 2024-03-04", linked["s1"])
	}
	if linked["s2"] != "2024-03-03 On March 3 Envoy Rask said the talks would go on." {
		t.Errorf("s2 linked to %q, want the dated sentence it is in", linked["s2"])
	}
}

func TestEmptyAndOddInput(t *testing.T) {
	c := New()
	dups, stories, threads := c.Result()
	if len(dups)+len(stories)+len(threads) != 0 {
		t.Errorf("empty clusterer gave %v %v %v", dups, stories, threads)
	}
	for _, body := range []string{"", "\xff\xfe\x00", strings.Repeat("x", 1<<16), strings.Repeat("word ", 20000)} {
		c.Add(item("", body, "not a date"))
	}
	_, stories, _ = c.Result()
	n := 0
	for _, s := range stories {
		n += len(s.Docs)
	}
	if n != 4 {
		t.Errorf("%d documents in stories, want 4", n)
	}
	if got := Timeline(nil, nil, nil); len(got) != 0 {
		t.Errorf("Timeline(nil, nil, nil) = %v", got)
	}
}

func FuzzClusterer(f *testing.F) {
	f.Add("Bridge collapse", "A bridge collapsed on May 3, 2024 in Norrvik.", "2024-05-04")
	f.Add("", "\xff\xfe\x00", "")
	f.Fuzz(func(t *testing.T, title, body, published string) {
		c := New()
		c.Add(item(title, body, published))
		c.Add(item(title, body+" again", published))
		c.Add(item("", title, ""))
		_, stories, _ := c.Result()
		n := 0
		for _, s := range stories {
			n += len(s.Docs)
		}
		if n != 3 {
			t.Fatalf("%d documents in stories, want 3", n)
		}
		Timeline([]Item{item(title, body, published)}, nil, nil)
	})
}

// TestEveryDocumentInOneStory streams generated documents, with some sent
// twice under another id so that near-duplicates occur, through enough
// arrivals to cross the young-corpus regroupings and to take stories apart
// and regroup them many times, and checks the bookkeeping: every document
// is in exactly one story, and each near-duplicate is in its
// representative's.
func TestEveryDocumentInOneStory(t *testing.T) {
	g := storygen.New(storygen.Options{Seed: 7})
	c := New()
	var ids []string
	for i := range 3000 {
		gd := g.Next()
		d := parallax.Document{Title: gd.Title, Body: gd.Body, Published: gd.Published}
		d.ID = parallax.DocID(d.Title, d.Body)
		c.Add(Item{Doc: d})
		ids = append(ids, d.ID)
		if i%10 == 0 {
			d.ID += "-copy"
			c.Add(Item{Doc: d})
			ids = append(ids, d.ID)
		}
	}
	dups, stories, threads := c.Result()
	in := map[string]string{}
	for _, s := range stories {
		for _, d := range s.Docs {
			if prev, ok := in[d]; ok {
				t.Fatalf("document %s is in stories %s and %s", d, prev, s.ID)
			}
			in[d] = s.ID
		}
	}
	for _, id := range ids {
		if in[id] == "" {
			t.Fatalf("document %s is in no story", id)
		}
	}
	if len(dups) < 300 {
		t.Errorf("%d near-duplicates found, want the 300 copies at least", len(dups))
	}
	for _, d := range dups {
		if in[d.Doc] != in[d.Representative] {
			t.Errorf("copy %s is in story %s, its representative %s in %s", d.Doc, in[d.Doc], d.Representative, in[d.Representative])
		}
	}
	threaded := 0
	for _, th := range threads {
		threaded += len(th.Stories)
	}
	if threaded != len(stories) {
		t.Errorf("threads hold %d stories, want all %d", threaded, len(stories))
	}
}

// A story and its thread keep their ids whichever of their documents came
// first, so a document that joins a story later, but sorts before the
// others, does not rename it.
func TestIDsDoNotDependOnOrder(t *testing.T) {
	orders := [][]int{{0, 1, 2}, {2, 0, 1}, {1, 2, 0}}
	var want []string
	for _, order := range orders {
		c := New()
		for _, i := range order {
			for s := range bridgeStories {
				c.Add(bridgeStories[s][i])
			}
		}
		_, stories, threads := c.Result()
		var got []string
		for _, s := range stories {
			got = append(got, s.ID)
		}
		for _, th := range threads {
			got = append(got, th.ID)
		}
		slices.Sort(got)
		if want == nil {
			want = got
		} else if !slices.Equal(got, want) {
			t.Errorf("documents added in the order %v: ids %v, want %v as in the order %v", order, got, want, orders[0])
		}
	}
}
