package report

import (
	"reflect"
	"testing"

	"github.com/parallax-news/parallax"
)

func TestPagesReadBack(t *testing.T) {
	a := sample()
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
	if want := []string{"st1", "st2"}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("pages of stories %v, want %v", ids, want)
	}
	wantThreads := map[string]int{"st1": 1, "st2": 0}
	for i, p := range pages {
		got, err := ReadPage(p)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Story, r.Stories[i]) {
			t.Errorf("page of %s reads back as\n%+v\nwant\n%+v", p.Story, got.Story, r.Stories[i])
		}
		if len(got.Threads) != wantThreads[p.Story] {
			t.Errorf("page of %s holds %d threads, want %d", p.Story, len(got.Threads), wantThreads[p.Story])
		}
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
