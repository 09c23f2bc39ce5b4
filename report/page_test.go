package report

import (
	"reflect"
	"testing"

	"github.com/parallax-news/parallax"
)

func TestPagesReadBack(t *testing.T) {
	a := sample()
	a.Documents = append(a.Documents, parallax.Document{ID: "d4", Source: "d.txt", Title: "Roadworks in Tell"})
	a.Stories = append(a.Stories, parallax.Story{ID: "st2", Label: "Weather in Sarn", Docs: []string{"d3"}})
	a.Threads = []parallax.Thread{{ID: "t1", Label: "The pass", Stories: []string{"st1", "st1"}}}
	r := Build(a)
	pages, err := r.Pages()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range pages {
		ids = append(ids, p.Story)
	}
	if want := []string{"st1", "st2", ""}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("pages of stories %q, want %q", ids, want)
	}
	wantThreads := map[string]int{"st1": 1, "st2": 0, "": 1}
	for i, p := range pages {
		got, err := ReadPage(p)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Story, r.Stories[i]) {
			t.Errorf("page of %q reads back as\n%+v\nwant\n%+v", p.Story, got.Story, r.Stories[i])
		}
		if len(got.Threads) != wantThreads[p.Story] {
			t.Errorf("page of %q holds %d threads, want %d", p.Story, len(got.Threads), wantThreads[p.Story])
		}
		if p.Story == "" {
			if p.Summary != nil {
				t.Errorf("the page of the documents in no story has a summary: %s", p.Summary)
			}
			continue
		}
		sum, err := ReadSummary(p)
		if err != nil {
			t.Fatal(err)
		}
		if want := Summarize(&r.Stories[i]); sum != want {
			t.Errorf("summary of %s reads back as %+v, want %+v", p.Story, sum, want)
		}
	}
}

func TestPagesWithEveryDocumentInAStory(t *testing.T) {
	a := sample()
	a.Stories[0].Docs = append(a.Stories[0].Docs, "d3")
	pages, err := Build(a).Pages()
	if err != nil {
		t.Fatal(err)
	}
	last := pages[len(pages)-1]
	got, err := ReadPage(last)
	if err != nil {
		t.Fatal(err)
	}
	if last.Story != "" || got.Story.ID != "" || len(got.Story.Docs) != 0 || got.Story.Label == "" {
		t.Errorf("the last page is %q with %d documents and label %q, want the documents in no story: none, labelled",
			last.Story, len(got.Story.Docs), got.Story.Label)
	}
}

func TestReadPageRefusesDamage(t *testing.T) {
	pages, err := Build(sample()).Pages()
	if err != nil {
		t.Fatal(err)
	}
	whole := pages[0].Page
	for _, data := range [][]byte{nil, []byte("{}"), whole[:len(whole)/2], append(append([]byte{}, whole[:len(whole)-1]...), whole[len(whole)-1]^1)} {
		if _, err := ReadPage(parallax.StoryPage{Story: "st1", Page: data}); err == nil {
			t.Errorf("ReadPage of %d damaged bytes gave no error", len(data))
		}
	}
}

// A story's page lists of its thread only the stories next to it, so that
// its size does not grow with the thread.
func TestThreadOnAStoryPageIsItsNeighbours(t *testing.T) {
	var refs []StoryRef
	for _, id := range []string{"ferry", "quay", "storm", "dredge", "levy", "toll", "strike", "vote", "pier"} {
		refs = append(refs, StoryRef{ID: id, Label: "The " + id + " at Varnholm"})
	}
	r := Report{Threads: []ThreadView{{ID: "t-harbour", Label: "Varnholm harbour", Stories: refs}}}
	byStory := r.ThreadsByStory()
	tests := []struct {
		story          string
		want           []string
		earlier, later int
	}{
		{"ferry", []string{"ferry", "quay", "storm", "dredge"}, 0, 5},
		{"storm", []string{"ferry", "quay", "storm", "dredge", "levy", "toll"}, 0, 3},
		{"levy", []string{"quay", "storm", "dredge", "levy", "toll", "strike", "vote"}, 1, 1},
		{"vote", []string{"levy", "toll", "strike", "vote", "pier"}, 4, 0},
		{"pier", []string{"toll", "strike", "vote", "pier"}, 5, 0},
	}
	for _, tt := range tests {
		held := byStory[tt.story]
		if len(held) != 1 {
			t.Fatalf("%s: held by %d threads, want 1", tt.story, len(held))
		}
		var got []string
		for _, s := range held[0].Stories {
			got = append(got, s.ID)
		}
		if !reflect.DeepEqual(got, tt.want) || held[0].Earlier != tt.earlier || held[0].Later != tt.later {
			t.Errorf("%s: lists %q with %d earlier and %d later, want %q, %d, %d",
				tt.story, got, held[0].Earlier, held[0].Later, tt.want, tt.earlier, tt.later)
		}
	}
	if len(r.Threads[0].Stories) != len(refs) || r.Threads[0].Earlier+r.Threads[0].Later != 0 {
		t.Errorf("the thread itself was cut: %+v", r.Threads[0])
	}
}
