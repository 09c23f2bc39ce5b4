package pipeline

import (
	"cmp"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/internal/testcorpus"
	"github.com/parallax-news/parallax/story/storygen"
)

// TestStorylinesComparedApart compares the statements of the example
// corpus and the Karabakh pages, analysed together, storyline by storyline and wants what one
// run over all of them finds: the same questions, in the same order and
// each named by its least statement, the same stances and the same
// conflicts.
func TestStorylinesComparedApart(t *testing.T) {
	docs := slices.Concat(readDocs(t, filepath.Join("..", "examples", "lennar-pass")),
		readDocs(t, testcorpus.Dir(t, filepath.Join("corpus", "karabakh", "pages"))))
	in := comparisonInput(analyse(t, docs))
	if lines := splitLines(in); len(lines) < 2 {
		t.Fatalf("%d storylines; the test needs several", len(lines))
	}
	whole := namedByLeast(compare.Run(in))
	apart := compareLines(in, func(l storyline) compare.Result { return compare.Run(l.in) })
	if !reflect.DeepEqual(apart.Statements, whole.Statements) {
		t.Error("the statements compared storyline by storyline differ from those compared all at once")
	}
	if !reflect.DeepEqual(apart.Questions, whole.Questions) {
		t.Errorf("questions storyline by storyline:\n%v\nall at once:\n%v", apart.Questions, whole.Questions)
	}
	if a, w := sortedConflicts(apart.Conflicts), sortedConflicts(whole.Conflicts); !slices.Equal(a, w) || len(w) == 0 {
		t.Errorf("conflicts storyline by storyline:\n%v\nall at once:\n%v", a, w)
	}
}

// namedByLeast returns r with each question named as join names it: by
// the least id of its statements.
func namedByLeast(r compare.Result) compare.Result {
	least := map[string]string{}
	for _, s := range r.Statements {
		if id, ok := least[s.Question]; !ok || s.ID < id {
			least[s.Question] = s.ID
		}
	}
	for i, s := range r.Statements {
		if id, ok := least[s.Question]; ok && s.Question != "" {
			r.Statements[i].Question = "q-" + id
		}
	}
	for i, q := range r.Questions {
		r.Questions[i].ID = "q-" + least[q.ID]
	}
	return r
}

// TestQuestionNamesStay analyses generated news, then the same with more
// documents whose sources sort before all of theirs: a question whose
// statements are the same keeps its name, so the rows stored of its
// statements need not change.
func TestQuestionNamesStay(t *testing.T) {
	g := storygen.New(storygen.Options{Seed: 3})
	var first, more []parallax.Document
	for i := range 330 {
		gd := g.Next()
		d := doc("b/"+gd.Name, gd.Title, gd.Body)
		if i%11 == 0 {
			d.Source = "a/" + gd.Name
			more = append(more, d)
			continue
		}
		first = append(first, d)
	}
	before, after := analyse(t, first), analyse(t, slices.Concat(first, more))
	named := map[string]string{} // a question's statements → its name after
	for _, q := range after.Questions {
		named[fmt.Sprint(q.Statements)] = q.ID
	}
	same, kept := 0, 0
	for _, q := range before.Questions {
		id, ok := named[fmt.Sprint(q.Statements)]
		if !ok {
			continue
		}
		same++
		if id == q.ID {
			kept++
		}
	}
	if same < len(before.Questions)/2 || kept != same {
		t.Errorf("%d of %d questions have the same statements after adding documents, %d of them the same name", same, len(before.Questions), kept)
	}
}

// comparisonInput returns what the analysis a compared.
func comparisonInput(a parallax.Analysis) compare.Input {
	copies := map[string]bool{}
	for _, d := range a.Duplicates {
		copies[d.Doc] = true
	}
	in := compare.Input{Docs: map[string]parallax.Document{}, Lines: storylines(a.Stories, a.Threads),
		Stories: storylines(a.Stories, nil), Entities: a.Entities}
	for _, d := range a.Documents {
		in.Docs[d.ID] = d
	}
	for _, s := range a.Statements {
		if !copies[s.Doc] {
			s.Question, s.Stance = "", ""
			in.Statements = append(in.Statements, s)
		}
	}
	return in
}

func sortedConflicts(cs []parallax.Conflict) []parallax.Conflict {
	cs = slices.Clone(cs)
	slices.SortFunc(cs, func(a, b parallax.Conflict) int {
		return cmp.Or(cmp.Compare(a.A, b.A), cmp.Compare(a.B, b.B), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Explain, b.Explain))
	})
	return cs
}

// TestReusedStorylinesEqualAFullAnalysis analyses a set of documents, then
// the set with a document more, reusing what the first analysis found, and
// wants what one analysis of the larger set finds, read in any order; the
// storylines the new document does not touch are reused.
func TestReusedStorylinesEqualAFullAnalysis(t *testing.T) {
	docs := slices.Concat(readDocs(t, filepath.Join("..", "examples", "lennar-pass")),
		readDocs(t, testcorpus.Dir(t, filepath.Join("corpus", "karabakh", "pages"))))
	first, err := New(Options{Reuse: map[string]parallax.DocResult{}, ReuseLines: map[string]parallax.LineResult{}})
	if err != nil {
		t.Fatal(err)
	}
	if errs := first.AddAll(docs[:len(docs)-1]); len(errs) > 0 {
		t.Fatal(errs)
	}
	first.Analysis()
	opt := Options{Reuse: map[string]parallax.DocResult{}, ReuseLines: map[string]parallax.LineResult{}}
	for _, r := range first.Results() {
		opt.Reuse[r.Doc] = r
	}
	for _, r := range first.LineResults() {
		opt.ReuseLines[r.Input] = r
	}
	if len(opt.ReuseLines) < 2 {
		t.Fatalf("%d storylines kept; the test needs several", len(opt.ReuseLines))
	}
	next, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	if errs := next.AddAll(docs); len(errs) > 0 {
		t.Fatal(errs)
	}
	got := next.Analysis()
	if next.ReusedLines() == 0 || next.ReusedLines() == len(next.LineResults()) {
		t.Errorf("%d of %d storylines reused; want those the new document left as they were", next.ReusedLines(), len(next.LineResults()))
	}
	t.Logf("%d of %d storylines reused", next.ReusedLines(), len(next.LineResults()))
	slices.Reverse(docs)
	if want := analyse(t, docs); !reflect.DeepEqual(got, want) {
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		t.Errorf("the analysis reusing storylines differs from a full one (%d and %d bytes of JSON)", len(g), len(w))
	}
}
