package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/extract"
	"github.com/parallax-news/parallax/ingest"
	"github.com/parallax-news/parallax/internal/testcorpus"
	"github.com/parallax-news/parallax/report"
	"github.com/parallax-news/parallax/sqlite"
)

// summaryLine reads the line ingest prints, singular or plural.
var summaryLine = regexp.MustCompile(`^(\d+) new, (\d+) cop(?:y|ies), (\d+) duplicates?, (\d+) revisions?, (\d+) errors?\n$`)

// summary is the line ingest prints.
type summary struct{ added, copies, duplicates, revisions, errors int }

func parseSummary(t *testing.T, out string) summary {
	t.Helper()
	m := summaryLine.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("ingest summary %q does not read as counts", out)
	}
	var n [5]int
	for i := range n {
		n[i], _ = strconv.Atoi(m[i+1])
	}
	for i, noun := range [][2]string{{"copy", "copies"}, {"duplicate", "duplicates"}, {"revision", "revisions"}, {"error", "errors"}} {
		if want := report.Count(n[i+1], noun[0], noun[1]); !strings.Contains(out, want) {
			t.Errorf("ingest summary %q: want %q", out, want)
		}
	}
	return summary{n[0], n[1], n[2], n[3], n[4]}
}

// expectation is what reading paths yields, worked out from the ingest and
// extract packages directly.
type expectation struct {
	docs     int // documents extracted
	distinct int // distinct document ids among them
	copies   int // documents whose id came before, from another source
	errors   int // inputs and documents that failed
}

func expect(t *testing.T, paths ...string) expectation {
	t.Helper()
	var e expectation
	sources := map[string][]string{} // document id → the sources it was found at
	err := ingest.Walk(context.Background(), paths, ingest.Options{}, func(raw parallax.Raw) error {
		d, err := extract.Extract(raw)
		if err != nil {
			e.errors++
			return nil
		}
		e.docs++
		seen, ok := sources[d.ID]
		if ok && !slices.Contains(seen, d.Source) {
			e.copies++
		}
		if !slices.Contains(seen, d.Source) {
			sources[d.ID] = append(seen, d.Source)
		}
		return nil
	}, func(error) { e.errors++ })
	if err != nil {
		t.Fatalf("walk %v: %v", paths, err)
	}
	e.distinct = len(sources)
	return e
}

func openStore(t *testing.T, db string) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func storedCount(t *testing.T, db string) int {
	t.Helper()
	st, err := openDB(context.Background(), db, true)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	n, err := st.CountDocuments(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// ingestTwice ingests dir twice into db, a SQLite file or a PostgreSQL URL
// naming an empty database, and checks that the second run stores nothing
// new.
func ingestTwice(t *testing.T, db, dir string, want expectation) {
	t.Helper()
	if want.docs == 0 {
		t.Fatalf("%s yields no documents", dir)
	}
	first := parseSummary(t, runOK(t, "ingest", "--db", db, dir).stdout)
	if first.added+first.revisions != want.distinct || first.copies != want.copies ||
		first.duplicates != want.docs-want.distinct-want.copies || first.errors != want.errors {
		t.Errorf("first ingest of %s: %+v; want %d new or revised, %d copies, %d duplicates, %d errors",
			dir, first, want.distinct, want.copies, want.docs-want.distinct-want.copies, want.errors)
	}
	second := parseSummary(t, runOK(t, "ingest", "--db", db, dir).stdout)
	if want := (summary{duplicates: want.docs, errors: want.errors}); second != want {
		t.Errorf("second ingest of %s: %+v, want %+v", dir, second, want)
	}
	if n := storedCount(t, db); n != want.distinct {
		t.Errorf("%d documents stored, want %d", n, want.distinct)
	}
}

func TestIngestCorpusTwice(t *testing.T) {
	pages := filepath.Join(testcorpus.Dir(t, "corpus/karabakh"), "pages")
	want := expect(t, pages)
	if want.docs != 5 || want.distinct != 5 || want.errors != 0 {
		t.Errorf("the five corpus pages read as %+v, want 5 distinct documents and no errors", want)
	}
	ingestTwice(t, filepath.Join(t.TempDir(), "p.db"), pages, want)
}

// mixedDir returns the fixture folder with one input of every form.
func mixedDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "testdata", "mixed")
	if _, err := os.Stat(dir); os.IsNotExist(err) {
		t.Skipf("fixture folder %s does not exist yet", dir)
	}
	return dir
}

func TestIngestMixedTwice(t *testing.T) {
	dir := mixedDir(t)
	want := expect(t, dir)
	t.Logf("%s yields %d documents, %d distinct, %d errors", dir, want.docs, want.distinct, want.errors)
	ingestTwice(t, filepath.Join(t.TempDir(), "p.db"), dir, want)
}

// writeJSONL writes records, one JSON object a line, to a new file in dir.
func writeJSONL(t *testing.T, dir, name string, records ...map[string]string) string {
	t.Helper()
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for _, r := range records {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	return f.Name()
}

func TestIngestRevision(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	const url = "https://news.example.org/2021/04/border-talks"
	v1 := writeJSONL(t, dir, "v1.jsonl", map[string]string{
		"url": url, "title": "Border talks resume",
		"text": "Border talks resume\n\nNegotiators met on Monday in the border town and agreed to meet again.",
	})
	v2 := writeJSONL(t, dir, "v2.jsonl", map[string]string{
		"url": url, "title": "Border talks resume",
		"text": "Border talks resume\n\nNegotiators met on Monday in the border town but failed to agree on a date.",
	})
	steps := []ingestStep{
		{v1, summary{added: 1}},
		{v2, summary{revisions: 1}},
		{v1, summary{duplicates: 1}},
	}
	docs := ingestSteps(t, db, steps)
	if len(docs) != 2 {
		t.Fatalf("%d documents stored, want 2", len(docs))
	}
	if docs[1].Revision != 2 || docs[1].Previous != docs[0].ID || docs[1].URL != url {
		t.Errorf("second version stored as revision %d of %q at %q; want revision 2 of %q at %q",
			docs[1].Revision, docs[1].Previous, docs[1].URL, docs[0].ID, url)
	}
}

func TestIngestCopy(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	const (
		url  = "https://wire.example.org/2021/04/river-crossing"
		text = "River crossing reopens\n\nThe crossing reopened on Tuesday after a week of talks between the two councils."
	)
	bare := writeJSONL(t, dir, "bare.jsonl", map[string]string{"title": "River crossing reopens", "text": text})
	wire := writeJSONL(t, dir, "wire.jsonl", map[string]string{
		"url": url, "title": "River crossing reopens", "published": "2021-04-13", "text": text,
	})
	steps := []ingestStep{
		{bare, summary{added: 1}},
		{wire, summary{copies: 1}},
		{wire, summary{duplicates: 1}},
	}
	docs := ingestSteps(t, db, steps)
	if len(docs) != 1 {
		t.Fatalf("%d documents stored, want 1", len(docs))
	}
	d := docs[0]
	if len(d.Copies) != 1 || !strings.Contains(d.Copies[0], "wire.jsonl") || strings.Contains(d.Source, "wire.jsonl") {
		t.Errorf("stored from %q with copies %q; want the bare page with the wire's copy", d.Source, d.Copies)
	}
	if d.URL != url || d.Published != "2021-04-13" {
		t.Errorf("stored at %q, published %q; want the wire's URL and date filled in", d.URL, d.Published)
	}
}

func TestIngestUnwritableDatabase(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(good, []byte("A headline\n\nA paragraph of text about the talks."), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runWith(t, false, "ingest", "--db", filepath.Join(dir, "missing", "p.db"), good)
	if r.code != exitFailure {
		t.Errorf("ingest into a missing folder: exit %d, want %d", r.code, exitFailure)
	}
	if len(lines(r.stderr)) != 1 {
		t.Errorf("ingest into a missing folder: stderr %q, want one line", r.stderr)
	}
}

// ingestStep is one run of ingest on a file and the summary it must print.
type ingestStep struct {
	file string
	want summary
}

// ingestSteps runs the steps in order on the database db and returns the
// documents it holds then.
func ingestSteps(t *testing.T, db string, steps []ingestStep) []parallax.Document {
	t.Helper()
	for _, step := range steps {
		if got := parseSummary(t, runOK(t, "ingest", "--db", db, step.file).stdout); got != step.want {
			t.Errorf("ingest %s: %+v, want %+v", filepath.Base(step.file), got, step.want)
		}
	}
	st := openStore(t, db)
	defer st.Close()
	var docs []parallax.Document
	if err := st.Documents(context.Background(), func(d parallax.Document) error {
		docs = append(docs, d)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return docs
}
