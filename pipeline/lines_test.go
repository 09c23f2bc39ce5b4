package pipeline

import (
	"cmp"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/internal/testcorpus"
)

// TestStorylinesComparedApart compares the statements of the example
// corpus and the Karabakh pages, analysed together, storyline by storyline and wants what one
// run over all of them finds: the same questions, numbered the same, the
// same stances and the same conflicts.
func TestStorylinesComparedApart(t *testing.T) {
	docs := slices.Concat(readDocs(t, filepath.Join("..", "examples", "lennar-pass")),
		readDocs(t, testcorpus.Dir(t, filepath.Join("corpus", "karabakh", "pages"))))
	in := comparisonInput(analyse(t, docs))
	if lines := splitLines(in); len(lines) < 2 {
		t.Fatalf("%d storylines; the test needs several", len(lines))
	}
	whole := compare.Run(in)
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
