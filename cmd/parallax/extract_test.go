package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/testcorpus"
)

// contractFields are the keys every object extract prints must carry.
var contractFields = []string{"id", "source", "url", "title", "outlet", "author", "published", "published_basis", "lang", "body", "comments"}

func checkExtract(t *testing.T, dir string) {
	t.Helper()
	want := expect(t, dir)
	out := runOK(t, "extract", "--json", dir).stdout
	dec := json.NewDecoder(bytes.NewReader([]byte(out)))
	n := 0
	for _, line := range lines(out) {
		n++
		var fields map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &fields); err != nil {
			t.Fatalf("line %d is not one JSON object: %v\n%s", n, err, line)
		}
		for _, f := range contractFields {
			if _, ok := fields[f]; !ok {
				t.Errorf("line %d lacks %q", n, f)
			}
		}
		var d parallax.Document
		if err := dec.Decode(&d); err != nil {
			t.Fatalf("line %d: %v", n, err)
		}
		if d.Comments == nil {
			t.Errorf("line %d (%s): comments is null, want an array", n, d.Source)
		}
		if d.ID != parallax.DocID(d.Title, d.Body) {
			t.Errorf("line %d (%s): id %s is not the hash of its title and body", n, d.Source, d.ID)
		}
		if d.Source == "" {
			t.Errorf("line %d: empty source", n)
		}
	}
	if n != want.docs {
		t.Errorf("extract %s printed %d documents, want %d", dir, n, want.docs)
	}
}

func TestExtractCorpus(t *testing.T) {
	checkExtract(t, filepath.Join(testcorpus.Dir(t, "corpus/karabakh"), "pages"))
}

func TestExtractMixed(t *testing.T) {
	checkExtract(t, mixedDir(t))
}
