package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/pipeline"
)

// TestAnalysisJSON checks that the analysis written a list element at a
// time is, byte for byte, what the JSON encoder writes of it whole: on the
// analysis of an example corpus, with its empty and missing lists, and on
// text an HTML-minded encoder would escape.
func TestAnalysisJSON(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var docs []parallax.Document
	e := env{Stdout: io.Discard, Stderr: io.Discard}
	err = newReader(e, newMeter(e, true)).each(context.Background(), []string{filepath.Join("..", "..", "examples", "lennar-pass")},
		func(d parallax.Document) error { docs = append(docs, d); return nil })
	if err != nil || len(docs) == 0 {
		t.Fatalf("read the example corpus: %d documents, %v", len(docs), err)
	}
	docs = append(docs, parallax.Document{ID: "x", Title: "<b>A & B</b>", Body: "“Tom & Jerry <3,” she said."})
	p.AddAll(docs)
	a := p.Analysis()
	a.Threads = nil
	a.Duplicates = []parallax.Duplicate{}
	var want, got bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(a); err != nil {
		t.Fatal(err)
	}
	if err := writeAnalysisJSON(&got, a); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Errorf("the analysis written a list element at a time differs from the encoder's:\n%.2000s\nwant\n%.2000s", got.String(), want.String())
	}
}
