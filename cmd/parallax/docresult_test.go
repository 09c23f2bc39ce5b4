package main

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/testcorpus"
	"github.com/parallax-news/parallax/report"
)

// derived returns the analysis that analyze --json printed, less its
// documents: a store numbers their revisions, files do not.
func derived(t *testing.T, out string) parallax.Analysis {
	t.Helper()
	var a parallax.Analysis
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("analyze --json printed no Analysis: %v", err)
	}
	a.Documents = nil
	return a
}

// sameAnalysis fails the test unless got and want are equal, naming the
// first list that differs.
func sameAnalysis(t *testing.T, what string, got, want parallax.Analysis) {
	t.Helper()
	g, w := reflect.ValueOf(got), reflect.ValueOf(want)
	for i := range g.NumField() {
		if !reflect.DeepEqual(g.Field(i).Interface(), w.Field(i).Interface()) {
			t.Errorf("%s: %s differ from those of analyze DIR", what, g.Type().Field(i).Name)
		}
	}
}

// TestStoredResultsAgree analyses corpora from their files, and from a
// store twice: once reading every document, once reusing what the first
// analysis kept of each. All three analyses are the same.
func TestStoredResultsAgree(t *testing.T) {
	corpora := map[string]func(t *testing.T) string{
		"examples":  func(t *testing.T) string { return filepath.Join("..", "..", "examples", "lennar-pass") },
		"karabakh":  func(t *testing.T) string { return testcorpus.Dir(t, "corpus/karabakh") },
		"generated": func(t *testing.T) string { return generated(t, 200, 1) },
	}
	for name, dir := range corpora {
		t.Run(name, func(t *testing.T) {
			dir := dir(t)
			files := derived(t, runWith(t, false, "analyze", "--json", dir).stdout)
			db := filepath.Join(t.TempDir(), "p.db")
			runWith(t, false, "ingest", "--db", db, dir)
			sameAnalysis(t, "first analysis of the store", derived(t, runOK(t, "analyze", "--json", "--db", db).stdout), files)
			if n := len(keptResults(t, db)); n == 0 {
				t.Fatal("the first analysis kept no document results")
			}
			sameAnalysis(t, "second analysis of the store", derived(t, runOK(t, "analyze", "--json", "--db", db).stdout), files)
		})
	}
}

// generated writes n documents of a generated stream and returns their
// folder.
func generated(t *testing.T, n, seed int) string {
	t.Helper()
	dir := t.TempDir()
	runOK(t, "gen", "--docs", strconv.Itoa(n), "--seed", strconv.Itoa(seed), dir)
	return filepath.Join(dir, "docs")
}

// TestStoredResultsAfterAdding adds documents to an analysed store, whose
// next analysis reuses what still holds of the documents before them and
// reads the others: it is the analysis of all the files.
func TestStoredResultsAfterAdding(t *testing.T) {
	first, more := generated(t, 200, 1), generated(t, 20, 2)
	db := filepath.Join(t.TempDir(), "p.db")
	runOK(t, "ingest", "--db", db, first)
	runOK(t, "analyze", "--json", "--db", db)
	kept := keptResults(t, db)
	runOK(t, "ingest", "--db", db, more)
	got := derived(t, runOK(t, "analyze", "--json", "--db", db).stdout)
	sameAnalysis(t, "analysis after adding", got, derived(t, runOK(t, "analyze", "--json", first, more).stdout))
	after := keptResults(t, db)
	same := 0
	for id, r := range kept {
		if after[id].Input == r.Input {
			same++
		}
	}
	if len(after) <= len(kept) || same == 0 {
		t.Errorf("%d results kept before adding, %d after, %d of them unchanged", len(kept), len(after), same)
	}
	whole := filepath.Join(t.TempDir(), "whole.db")
	runOK(t, "ingest", "--db", whole, first, more)
	runOK(t, "analyze", "--quiet", "--db", whole)
	if got, want := storedPages(t, db), storedPages(t, whole); len(got) == 0 || !reflect.DeepEqual(got, want) {
		t.Errorf("the story pages stored after adding (%d) are not those of one analysis of all the documents (%d)", len(got), len(want))
	}
	if got, want := runOK(t, "export", "--db", db).stdout, runOK(t, "export", "--db", whole).stdout; got != want {
		t.Error("the analysis stored after adding is not that of one analysis of all the documents")
	}
}

// storedPages returns the story pages stored in the database db, by story.
func storedPages(t *testing.T, db string) map[string]report.Page {
	t.Helper()
	st := openStore(t, db)
	defer st.Close()
	var ids []string
	if err := st.StorySummaries(t.Context(), func(p parallax.StoryPage) error {
		ids = append(ids, p.Story)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	out := map[string]report.Page{}
	for _, id := range ids {
		stored, err := st.StoryPage(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		if out[id], err = report.ReadPage(stored); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// TestStoredResultsReused alters what a store keeps of its documents'
// statements: the next analysis shows the alteration, since it reuses
// them, unless what the statements were read from has changed.
func TestStoredResultsReused(t *testing.T) {
	dir := filepath.Join("..", "..", "examples", "lennar-pass")
	db := filepath.Join(t.TempDir(), "p.db")
	runOK(t, "ingest", "--db", db, dir)
	runOK(t, "analyze", "--json", "--db", db)
	var altered []parallax.DocResult
	for _, r := range keptResults(t, db) {
		var k map[string][]map[string]any
		if err := json.Unmarshal(r.Data, &k); err != nil {
			t.Fatal(err)
		}
		for _, s := range k["statements"] {
			s["content"] = "altered"
		}
		r.Data, _ = json.Marshal(k)
		altered = append(altered, r)
	}
	st := openStore(t, db)
	if err := st.PutDocResults(t.Context(), altered); err != nil {
		t.Fatal(err)
	}
	st.Close()
	contents := func() map[string]int {
		out := map[string]int{}
		for _, s := range derived(t, runOK(t, "analyze", "--json", "--db", db).stdout).Statements {
			out[s.Content]++
		}
		return out
	}
	if got := contents(); len(got) != 1 || got["altered"] == 0 {
		t.Errorf("statements read again rather than reused: %v", got)
	}
	for i := range altered {
		altered[i].Input = "changed"
	}
	st = openStore(t, db)
	if err := st.PutDocResults(t.Context(), altered); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if got := contents(); got["altered"] > 0 {
		t.Errorf("statements of changed input reused: %v", got)
	}
}

// keptResults returns the document results db holds for this build.
func keptResults(t *testing.T, db string) map[string]parallax.DocResult {
	t.Helper()
	st := openStore(t, db)
	defer st.Close()
	out, err := stored(t.Context(), st.DocResults, func(r parallax.DocResult) string { return r.Doc })
	if err != nil {
		t.Fatal(err)
	}
	return out
}
