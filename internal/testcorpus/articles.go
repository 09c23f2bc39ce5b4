package testcorpus

import (
	"path/filepath"
	"sort"
	"testing"

	"github.com/parallax-news/parallax"
)

// Article is one page of the article-extraction benchmark's ground truth.
type Article struct {
	ID   string
	Body string // the article text a person marked, paragraphs separated by blank lines
	URL  string
}

// Articles reads the ground truth of the article-extraction benchmark, in
// id order. It skips or fails the test as Dir does when it is absent.
func Articles(t testing.TB) []Article {
	t.Helper()
	dir := Dir(t, "bench/article-extraction")
	var truth map[string]struct {
		Body string `json:"articleBody"`
		URL  string `json:"url"`
	}
	readJSON(t, filepath.Join(dir, "ground-truth.json"), &truth)
	out := make([]Article, 0, len(truth))
	for id, a := range truth {
		out = append(out, Article{ID: id, Body: a.Body, URL: a.URL})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// ArticleDocuments returns the ground-truth bodies of the article-extraction
// benchmark as documents, for benchmarks of the stages after extraction,
// and their total size in bytes.
func ArticleDocuments(tb testing.TB) ([]parallax.Document, int64) {
	tb.Helper()
	var docs []parallax.Document
	var size int64
	for _, a := range Articles(tb) {
		docs = append(docs, parallax.Document{ID: a.ID[:12], Body: a.Body})
		size += int64(len(a.Body))
	}
	return docs, size
}
