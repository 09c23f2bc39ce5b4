package http

import (
	"path/filepath"
	"regexp"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/extract"
	"github.com/parallax-news/parallax/ingest"
	"github.com/parallax-news/parallax/internal/testcorpus"
	"github.com/parallax-news/parallax/pipeline"
	"github.com/parallax-news/parallax/sqlite"
)

// analysedStore reads the inputs under paths as the ingest command does,
// stores their documents and stores the pipeline's analysis of them.
func analysedStore(t testing.TB, paths ...string) *sqlite.Store {
	t.Helper()
	st := newStore(t)
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = ingest.Walk(t.Context(), paths, ingest.Options{}, func(raw parallax.Raw) error {
		d, err := extract.Extract(raw)
		if err != nil {
			return err
		}
		if _, err := st.PutDocument(t.Context(), d); err != nil {
			return err
		}
		p.Add(d)
		return nil
	}, func(err error) { t.Errorf("read: %v", err) })
	if err != nil {
		t.Fatal(err)
	}
	if err := st.PutAnalysis(t.Context(), p.Analysis()); err != nil {
		t.Fatal(err)
	}
	return st
}

// karabakhStore is the analysed store of the Karabakh corpus's pages.
func karabakhStore(t testing.TB) *sqlite.Store {
	return analysedStore(t, filepath.Join(testcorpus.Dir(t, "corpus/karabakh"), "pages"))
}

var idAttr = regexp.MustCompile(` id="([^"]+)"`)

// TestEveryFactHasItsAnchor opens the page of every document of the
// Karabakh store and checks that each statement and each entity mention
// found in it has its anchor there, once: every link to a fact lands on
// its words, whatever overlaps them.
func TestEveryFactHasItsAnchor(t *testing.T) {
	st := karabakhStore(t)
	a, err := st.Analysis(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{} // document → anchors
	for _, s := range a.Statements {
		want[s.Doc] = append(want[s.Doc], "st-"+s.ID)
	}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			want[m.Doc] = append(want[m.Doc], mentionAnchor(e.ID, m.Start))
		}
	}
	h := newServer(t, st).Handler()
	facts, landed := 0, 0
	for doc, anchors := range want {
		code, _, body := get(t, h, "/documents/"+doc)
		if code != 200 {
			t.Fatalf("/documents/%s: status %d", doc, code)
		}
		ids := map[string]int{}
		for _, m := range idAttr.FindAllStringSubmatch(body, -1) {
			ids[m[1]]++
		}
		for _, id := range anchors {
			facts++
			switch ids[id] {
			case 1:
				landed++
			case 0:
				t.Errorf("/documents/%s has no anchor #%s", doc, id)
			default:
				t.Errorf("/documents/%s has the anchor #%s %d times", doc, id, ids[id])
			}
		}
	}
	t.Logf("%d of %d facts (statements and mentions) have their anchor", landed, facts)
	if facts == 0 {
		t.Error("the Karabakh analysis found no facts")
	}
}
