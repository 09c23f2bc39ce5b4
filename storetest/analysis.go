package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/parallax-news/parallax"
)

func putAnalysis(t *testing.T, s parallax.Store, a parallax.Analysis) {
	t.Helper()
	if err := s.PutAnalysis(context.Background(), a); err != nil {
		t.Fatalf("PutAnalysis: %v", err)
	}
}

// checkAnalysis compares what s holds with want.
func checkAnalysis(t *testing.T, s parallax.Store, want parallax.Analysis) {
	t.Helper()
	got, err := s.Analysis(context.Background())
	if err != nil {
		t.Fatalf("Analysis: %v", err)
	}
	got.Documents, want.Documents = nil, nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stored analysis differs\n got %+v\nwant %+v", got, want)
	}
}

func testAnalysisReplace(t *testing.T, s parallax.Store) {
	d := document(1, "")
	put(t, s, d, parallax.Added)
	first := fullAnalysis("a")
	// Documents in an analysis are not stored by PutAnalysis.
	first.Documents = []parallax.Document{document(2, "")}
	putAnalysis(t, s, first)
	checkAnalysis(t, s, first)

	second := fullAnalysis("b")
	second.Entities = second.Entities[:1]
	second.Timeline = second.Timeline[1:]
	putAnalysis(t, s, second)
	checkAnalysis(t, s, second)

	empty := parallax.Analysis{
		Entities: []parallax.Entity{}, Statements: []parallax.Statement{}, Questions: []parallax.Question{},
		Conflicts: []parallax.Conflict{}, Duplicates: []parallax.Duplicate{}, Stories: []parallax.Story{},
		Threads: []parallax.Thread{}, Timeline: []parallax.TimelineEvent{},
	}
	putAnalysis(t, s, parallax.Analysis{})
	checkAnalysis(t, s, empty)

	if n := count(t, s); n != 1 {
		t.Errorf("CountDocuments = %d after PutAnalysis, want 1", n)
	}
	sameDocument(t, get(t, s, d.ID), stored(d))
}

// testAnalysisFailureKeepsPrevious checks that a PutAnalysis that fails
// halfway leaves the previous analysis whole.
func testAnalysisFailureKeepsPrevious(t *testing.T, s parallax.Store) {
	ctx := context.Background()
	good := parallax.Analysis{Stories: []parallax.Story{{ID: "T1", Label: "first", Docs: []string{"d1"}}}}
	putAnalysis(t, s, good)
	bad := parallax.Analysis{
		Stories:  []parallax.Story{{ID: "T2", Label: "second"}},
		Entities: []parallax.Entity{{ID: "E1", Name: "A"}, {ID: "E1", Name: "B"}},
	}
	if err := s.PutAnalysis(ctx, bad); err == nil {
		t.Fatal("PutAnalysis accepted two entities with one id")
	}
	a, err := s.Analysis(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Stories) != 1 || a.Stories[0].ID != "T1" || len(a.Entities) != 0 {
		t.Errorf("after a failed PutAnalysis the store holds %+v, want the previous analysis", a)
	}
}

// testAnalysisStamp checks that the stamp moves with each stored analysis,
// and only then: a failed PutAnalysis leaves it.
func testAnalysisStamp(t *testing.T, s parallax.Store) {
	ctx := context.Background()
	stamp := func() int64 {
		t.Helper()
		n, err := s.AnalysisStamp(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := stamp()
	if again := stamp(); again != before {
		t.Fatalf("the stamp moved from %d to %d with nothing stored", before, again)
	}
	putAnalysis(t, s, parallax.Analysis{Stories: []parallax.Story{{ID: "T1", Label: "first"}}})
	first := stamp()
	if first == before {
		t.Fatalf("the stamp stayed %d after an analysis was stored", first)
	}
	bad := parallax.Analysis{Entities: []parallax.Entity{{ID: "E1", Name: "A"}, {ID: "E1", Name: "B"}}}
	if err := s.PutAnalysis(ctx, bad); err == nil {
		t.Fatal("PutAnalysis accepted two entities with one id")
	}
	if n := stamp(); n != first {
		t.Errorf("a failed PutAnalysis moved the stamp from %d to %d", first, n)
	}
	putAnalysis(t, s, parallax.Analysis{})
	if n := stamp(); n == first {
		t.Errorf("the stamp stayed %d after a second analysis was stored", n)
	}
}

// testStoryPages checks that the story pages and their summaries are
// stored with the analysis and replaced with it, a failed PutAnalysis
// leaving the previous ones.
func testStoryPages(t *testing.T, s parallax.Store) {
	ctx := context.Background()
	page := func(id string) (string, string) {
		t.Helper()
		p, err := s.StoryPage(ctx, id)
		if parallax.ErrorCode(err) == parallax.ENotFound {
			return "", "not found"
		}
		if err != nil {
			t.Fatalf("StoryPage(%q): %v", id, err)
		}
		return p.Story, string(p.Page)
	}
	check := func(when, id, wantPage string) {
		t.Helper()
		story, got := page(id)
		if got != wantPage || wantPage != "not found" && story != id {
			t.Errorf("%s: StoryPage(%q) = %q, %q; want %q, %q", when, id, story, got, id, wantPage)
		}
	}
	a := parallax.Analysis{Stories: []parallax.Story{{ID: "T1", Label: "first"}, {ID: "T2", Label: "second"}}}
	check("before any analysis", "T1", "not found")
	if err := s.PutAnalysis(ctx, a, parallax.StoryPage{Story: "T2", Summary: []byte("sum two"), Page: []byte{0x1f, 0x8b, 0, 0xff}},
		parallax.StoryPage{Story: "T1", Page: []byte("page one")}); err != nil {
		t.Fatal(err)
	}
	check("stored", "T1", "page one")
	check("stored", "T2", string([]byte{0x1f, 0x8b, 0, 0xff}))
	check("stored", "T3", "not found")
	var summaries []string
	if err := s.StorySummaries(ctx, func(p parallax.StoryPage) error {
		if p.Page != nil {
			t.Errorf("StorySummaries gave the page of %s", p.Story)
		}
		summaries = append(summaries, p.Story+": "+string(p.Summary))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if want := []string{"T2: sum two", "T1: "}; !reflect.DeepEqual(summaries, want) {
		t.Errorf("StorySummaries gave %q, want %q: in the order stored", summaries, want)
	}

	bad := parallax.Analysis{Entities: []parallax.Entity{{ID: "E1", Name: "A"}, {ID: "E1", Name: "B"}}}
	if err := s.PutAnalysis(ctx, bad, parallax.StoryPage{Story: "T1", Page: []byte("page of a failed analysis")}); err == nil {
		t.Fatal("PutAnalysis accepted two entities with one id")
	}
	check("after a failed analysis", "T1", "page one")

	putAnalysis(t, s, a)
	check("after an analysis stored without pages", "T1", "not found")
}

// testAnalysisEntitiesMove checks that analyses stored one after another
// each read back whole when some entities keep their mentions, some gain,
// lose or change them, some go and some come, and their order moves.
func testAnalysisEntitiesMove(t *testing.T, s parallax.Store) {
	mention := func(doc string, start int, text string) parallax.Mention {
		return parallax.Mention{Doc: doc, Start: start, End: start + len(text), Text: text}
	}
	kept := parallax.Entity{ID: "e-kept", Type: parallax.Person, Name: "Mara Quist",
		Mentions: []parallax.Mention{mention("d1", 0, "Mara Quist"), mention("d2", 4, "Quist")}}
	grown := parallax.Entity{ID: "e-grown", Type: parallax.GPE, Name: "Velmora",
		Mentions: []parallax.Mention{mention("d1", 20, "Velmora")}}
	gone := parallax.Entity{ID: "e-gone", Type: parallax.Org, Name: "Harbour Board",
		Mentions: []parallax.Mention{mention("d2", 30, "the Harbour Board")}}
	first := parallax.Analysis{Entities: []parallax.Entity{kept, grown, gone}}

	grown.Mentions = []parallax.Mention{mention("d0", 3, "Velmora"), mention("d1", 20, "Velmora")}
	renamed := kept
	renamed.Mentions = []parallax.Mention{mention("d1", 0, "Mara Quist"), mention("d2", 4, "Ms Quist")}
	come := parallax.Entity{ID: "e-come", Type: parallax.Person, Name: "Oren Dale",
		Mentions: []parallax.Mention{mention("d0", 10, "Oren Dale")}}
	second := parallax.Analysis{Entities: []parallax.Entity{come, grown, kept}}
	third := parallax.Analysis{Entities: []parallax.Entity{renamed, gone}}

	for _, a := range []parallax.Analysis{first, second, first, third, second} {
		putAnalysis(t, s, a)
		want := normalized(a)
		checkAnalysis(t, s, want)
	}
}

// normalized returns a as a store reads it back: every list empty rather
// than nil.
func normalized(a parallax.Analysis) parallax.Analysis {
	a.Statements, a.Questions, a.Conflicts = []parallax.Statement{}, []parallax.Question{}, []parallax.Conflict{}
	a.Duplicates, a.Stories, a.Threads, a.Timeline = []parallax.Duplicate{}, []parallax.Story{}, []parallax.Thread{}, []parallax.TimelineEvent{}
	return a
}
