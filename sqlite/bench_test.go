package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

// benchDocument returns a distinct article of about 5 KB, the size of a
// typical news page's body, at one of a handful of URLs so that some puts
// are revisions.
func benchDocument(i int) parallax.Document {
	title := fmt.Sprintf("Officials meet for round %d of talks", i)
	para := "The delegations met behind closed doors and agreed to meet again, a spokesperson said. "
	body := fmt.Sprintf("Round %d.\n\n", i) + strings.Repeat(para, 55)
	return parallax.Document{
		ID:     parallax.DocID(title, body),
		Source: fmt.Sprintf("pages/%06d.html", i),
		URL:    fmt.Sprintf("https://news.example.org/talks/%d", i%16),
		Title:  title,
		Lang:   "en",
		Body:   body,
		Comments: []parallax.Comment{
			{Author: "reader", Time: "2021-03-04T10:00", Text: "Another round, another promise."},
		},
	}
}

func BenchmarkPutDocument(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	docs := make([]parallax.Document, b.N)
	for i := range docs {
		docs[i] = benchDocument(i)
	}
	b.ResetTimer()
	for i := range b.N {
		if _, err := s.PutDocument(ctx, docs[i]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

func BenchmarkPutDocumentDuplicate(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	d := benchDocument(0)
	if _, err := s.PutDocument(ctx, d); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		if _, err := s.PutDocument(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

func BenchmarkDocuments(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	const n = 1000
	for i := range n {
		if _, err := s.PutDocument(ctx, benchDocument(i)); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for range b.N {
		if err := s.Documents(ctx, func(parallax.Document) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
}
