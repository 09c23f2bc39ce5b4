package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"maps"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/entity"
	"github.com/parallax-news/parallax/extract"
	"github.com/parallax-news/parallax/ingest"
	"github.com/parallax-news/parallax/internal/testcorpus"
	"github.com/parallax-news/parallax/story"
	"github.com/parallax-news/parallax/story/storygen"
)

const article = `Kardonia's defence ministry said on Friday that all of its armoured units had left the Lennar Pass. Spokesman Tomas Ferreira told reporters in Delvar that "not a single Kardonian soldier remains in the pass".

Velmorian officials rejected that account. Deputy Foreign Minister Ilse Marquardt said that Kardonian tanks were still in the pass and that the withdrawal had not begun.

The Regional Security Council said in a statement that its monitors would visit the pass on Monday.`

func doc(source, title, body string) parallax.Document {
	return parallax.Document{ID: parallax.DocID(title, body), Source: source, Title: title, Body: body, Published: "2026-03-14"}
}

func TestAddIsIdempotent(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := doc("a.txt", "Claims over the pass", article)
	p.Add(d)
	p.Add(d)
	if n := len(p.Analysis().Documents); n != 1 {
		t.Errorf("the same document added twice gives %d documents, want 1", n)
	}
}

func TestCopiesAreNotCompared(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	original := doc("a.txt", "Claims over the pass", article)
	reprint := doc("b.txt", "Claims over the pass", article+"\n\nSource: Northgate Wire")
	p.Add(original)
	p.Add(reprint)
	a := p.Analysis()
	if len(a.Duplicates) != 1 || a.Duplicates[0].Doc != reprint.ID {
		t.Fatalf("duplicates = %+v, want the reprint %s listed as a copy", a.Duplicates, reprint.ID)
	}
	byID := map[string]parallax.Statement{}
	fromReprint := 0
	for _, s := range a.Statements {
		byID[s.ID] = s
		if s.Doc == reprint.ID {
			fromReprint++
		}
	}
	if fromReprint == 0 {
		t.Error("the reprint's statements were dropped; they must stay listed")
	}
	for _, c := range a.Conflicts {
		if byID[c.A].Doc == reprint.ID || byID[c.B].Doc == reprint.ID {
			t.Errorf("conflict %s–%s involves the reprint", c.A, c.B)
		}
	}
	for _, e := range a.Timeline {
		for _, d := range e.Docs {
			if d == reprint.ID {
				t.Errorf("timeline event %q comes from the reprint", e.Event)
			}
		}
	}
}

func TestEmptyAnalysisHasArrays(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := p.Analysis()
	if a.Documents == nil || a.Entities == nil || a.Statements == nil || a.Conflicts == nil ||
		a.Stories == nil || a.Threads == nil || a.Timeline == nil || a.Questions == nil || a.Duplicates == nil {
		t.Errorf("empty analysis has nil lists: %+v", a)
	}
}

func TestSameTextElsewhereIsACopy(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := doc("a.txt", "Claims over the pass", article)
	again := d
	again.Source = "mirror/a.txt"
	p.Add(d)
	p.Add(again)
	p.Add(again)
	docs := p.Analysis().Documents
	if len(docs) != 1 {
		t.Fatalf("%d documents, want 1", len(docs))
	}
	if got := docs[0].Copies; len(got) != 1 || got[0] != "mirror/a.txt" {
		t.Errorf("copies = %q, want [mirror/a.txt]", got)
	}
}

func TestCopyFillsMissingMetadata(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	bare := doc("a-reprint.txt", "Claims over the pass", article)
	bare.Published = ""
	full := doc("a.txt", "Claims over the pass", article)
	full.Author, full.Outlet = "Mira Kostova", "Northgate Wire"
	full.Comments = []parallax.Comment{{Author: "ArtemK", Text: "Trucks all night."}}
	p.Add(bare)
	p.Add(full)
	got := p.Analysis().Documents[0]
	if got.Source != "a-reprint.txt" || got.Published != full.Published || got.Author != full.Author ||
		got.Outlet != full.Outlet || len(got.Comments) != 1 {
		t.Errorf("merged document = %+v; want the first source with the second's date, byline, outlet and comments", got)
	}
}

// TestCopyDatesStatementsInAnyOrder adds an undated copy and a dated copy
// of one text in both orders: a statement made "on Friday" is dated
// against the publication date either way, as when the store merged the
// copies before the analysis.
func TestCopyDatesStatementsInAnyOrder(t *testing.T) {
	bare := doc("a-reprint.txt", "Claims over the pass", article)
	bare.Published = ""
	full := doc("a.txt", "Claims over the pass", article)
	dates := func(first, second parallax.Document) map[string]string {
		p, err := New(Options{})
		if err != nil {
			t.Fatal(err)
		}
		p.Add(first)
		p.Add(second)
		out := map[string]string{}
		for _, s := range p.Analysis().Statements {
			out[s.ID] = s.Date
		}
		return out
	}
	undatedFirst, datedFirst := dates(bare, full), dates(full, bare)
	if !maps.Equal(undatedFirst, datedFirst) {
		t.Errorf("statement dates with the undated copy first %v, with the dated copy first %v", undatedFirst, datedFirst)
	}
	if !slices.Contains(slices.Collect(maps.Values(datedFirst)), "2026-03-13") {
		t.Errorf("no statement dated on the Friday before 2026-03-14: %v", datedFirst)
	}
}

func TestStorylines(t *testing.T) {
	stories := []parallax.Story{{ID: "s1", Docs: []string{"a", "b"}}, {ID: "s2", Docs: []string{"c"}}, {ID: "s3", Docs: []string{"d"}}}
	threads := []parallax.Thread{{ID: "t1", Stories: []string{"s1", "s2"}}}
	got := storylines(stories, threads)
	want := map[string]string{"a": "t1", "b": "t1", "c": "t1", "d": "s3"}
	if !maps.Equal(got, want) {
		t.Errorf("storylines = %v, want %v", got, want)
	}
}

// TestStageFailureStaysWithItsDocument makes each per-document stage panic
// on one document and checks that Add names the document and the stage,
// and that the documents before and after it are analysed in full.
func TestStageFailureStaysWithItsDocument(t *testing.T) {
	bad := doc("bad.txt", "A text the stage cannot read", "Ilse Marquardt said the pass was closed.")
	for _, stage := range []string{"entities", "statements", "stories"} {
		t.Run(stage, func(t *testing.T) {
			p, err := New(Options{})
			if err != nil {
				t.Fatal(err)
			}
			failOn(p, stage, bad.ID)
			before := doc("a.txt", "Claims over the pass", article)
			after := doc("b.txt", "More claims over the pass", strings.ReplaceAll(article, "Friday", "Saturday"))
			if err := p.Add(before); err != nil {
				t.Fatalf("Add(a.txt) = %v", err)
			}
			err = p.Add(bad)
			var se *StageError
			if !errors.As(err, &se) || se.Doc != "bad.txt" || se.Stage != stage {
				t.Fatalf("Add(bad.txt) = %v, want a StageError naming bad.txt and stage %s", err, stage)
			}
			if !strings.Contains(err.Error(), "bad.txt") || !strings.Contains(err.Error(), stage) {
				t.Errorf("error %q does not name the document and the stage", err)
			}
			if err := p.Add(after); err != nil {
				t.Fatalf("Add(b.txt) = %v", err)
			}
			a := p.Analysis()
			if len(a.Documents) != 3 {
				t.Errorf("%d documents, want 3: the failed one keeps its place", len(a.Documents))
			}
			per := map[string]int{}
			for _, s := range a.Statements {
				per[s.Doc]++
			}
			if per[before.ID] == 0 || per[after.ID] == 0 {
				t.Errorf("statements per document = %v: the documents around the failed one lost theirs", per)
			}
			if stage != "stories" && per[bad.ID] != 0 {
				t.Errorf("the failed document kept %d statements from a failed stage", per[bad.ID])
			}
		})
	}
}

// failOn replaces one stage of p by one that panics on the document id.
func failOn(p *Pipeline, stage, id string) {
	switch resolve, extract, clusters := p.resolve, p.extract, p.clusters; stage {
	case "entities":
		p.resolve = func(d parallax.Document) entity.DocEntities {
			if d.ID == id {
				panic("index out of range")
			}
			return resolve(d)
		}
	case "statements":
		p.extract = func(de entity.DocEntities) []parallax.Statement {
			if de.Doc.ID == id {
				var speakers []string
				_ = speakers[0]
			}
			return extract(de)
		}
	case "stories":
		p.clusters = func(it story.Item) {
			if it.Doc.ID == id {
				panic("nil map")
			}
			clusters(it)
		}
	}
}

// TestFeedEqualsAdd runs one stream through Add and through a Feed, with
// copies, reprints, undated documents a later copy dates and a document a
// stage fails on among generated news:
// the analyses and the errors must be the same.
func TestFeedEqualsAdd(t *testing.T) {
	g := storygen.New(storygen.Options{Seed: 5})
	var docs []parallax.Document
	for i := range 400 {
		gd := g.Next()
		docs = append(docs, doc(gd.Name, gd.Title, gd.Body))
		if i%50 == 7 {
			again := docs[i-3]
			again.Source = "mirror/" + again.Source
			docs = append(docs, again, doc("reprint-"+gd.Name, gd.Title, gd.Body+"\n\nSource: Northgate Wire"))
		}
	}
	// Undated documents, dated later by a copy from another source.
	for i := 10; i < len(docs); i += 40 {
		dated := docs[i]
		docs[i].Published = ""
		dated.Source = "dated/" + dated.Source
		docs = append(docs, dated)
	}
	bad := docs[123].ID
	for _, stage := range []string{"entities", "stories"} {
		serial, err := New(Options{})
		if err != nil {
			t.Fatal(err)
		}
		failOn(serial, stage, bad)
		var serialErrs []string
		for _, d := range docs {
			if err := serial.Add(d); err != nil {
				serialErrs = append(serialErrs, err.Error())
			}
		}
		fed, err := New(Options{})
		if err != nil {
			t.Fatal(err)
		}
		failOn(fed, stage, bad)
		f := fed.Feed()
		var fedErrs []string
		note := func(errs []error) {
			for _, err := range errs {
				fedErrs = append(fedErrs, err.Error())
			}
		}
		for _, d := range docs {
			note(f.Add(d))
		}
		note(f.Close())
		if !slices.Equal(fedErrs, serialErrs) || len(fedErrs) != 1 {
			t.Errorf("%s: errors through a Feed %q, through Add %q; want the same one", stage, fedErrs, serialErrs)
		}
		if !reflect.DeepEqual(fed.Analysis(), serial.Analysis()) {
			t.Errorf("%s: the analysis through a Feed differs from the one through Add", stage)
		}
	}
}

// TestOrderIndependent analyses the example corpus and the Karabakh pages
// with their documents read in one order and in the reverse order, and
// wants the same analysis.
func TestOrderIndependent(t *testing.T) {
	for name, dir := range map[string]func(*testing.T) string{
		"examples": func(*testing.T) string { return filepath.Join("..", "examples", "lennar-pass") },
		"karabakh": func(t *testing.T) string { return testcorpus.Dir(t, filepath.Join("corpus", "karabakh", "pages")) },
	} {
		t.Run(name, func(t *testing.T) {
			docs := readDocs(t, dir(t))
			forward := analyse(t, docs)
			slices.Reverse(docs)
			if backward := analyse(t, docs); !reflect.DeepEqual(forward, backward) {
				f, _ := json.Marshal(forward)
				b, _ := json.Marshal(backward)
				t.Errorf("the analysis depends on the order the documents were read in (%d and %d bytes of JSON)", len(f), len(b))
			}
		})
	}
}

func readDocs(t *testing.T, dir string) []parallax.Document {
	var docs []parallax.Document
	err := ingest.Walk(context.Background(), []string{dir}, ingest.Options{}, func(raw parallax.Raw) error {
		d, err := extract.Extract(raw)
		if err == nil {
			docs = append(docs, d)
		}
		return nil
	}, func(err error) { t.Error(err) })
	if err != nil || len(docs) < 2 {
		t.Fatalf("read %s: %d documents, %v", dir, len(docs), err)
	}
	return docs
}

func analyse(t *testing.T, docs []parallax.Document) parallax.Analysis {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if errs := p.AddAll(docs); len(errs) > 0 {
		t.Fatal(errs)
	}
	return p.Analysis()
}

// An editor's bracket inside a word ("(B)oth", "[t]he") leaves no entity
// named from the part of the word after it.
func TestNoEntityFromAWordCutAtABracket(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	body := `Foreign ministers of Velmoria and Kardonia met in Varne on Friday. (B)oth ministers said the talks were useful. "[T]he border is calm," Ilse Marquardt said.`
	p.Add(doc("a.txt", "Talks in Varne", body))
	for _, e := range p.Analysis().Entities {
		for _, m := range e.Mentions {
			if m.Start > 0 && strings.ContainsAny(body[m.Start-1:m.Start], ")]") {
				t.Errorf("entity %q named from %q, cut at a bracket", e.Name, m.Text)
			}
		}
	}
}
