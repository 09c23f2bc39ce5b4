package postgres

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/postgres/pgtest"
)

// benchDocument returns a distinct article of about 5 KB, the size of a
// typical news page's body, at one of a handful of URLs so that some puts
// are revisions: the same documents as the SQLite store's benchmarks.
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

func openBench(b *testing.B) *Store {
	b.Helper()
	s, err := Open(context.Background(), pgtest.DSN(b))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

func BenchmarkPutDocument(b *testing.B) {
	ctx := context.Background()
	s := openBench(b)
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
	s := openBench(b)
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
	s := openBench(b)
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

func BenchmarkSearch(b *testing.B) {
	ctx := context.Background()
	s := openBench(b)
	const n = 5000
	for i := range n {
		d := benchDocument(i)
		d.Outlet, d.Published = fmt.Sprintf("Outlet %d", i%30), fmt.Sprintf("2021-%02d-%02d", 1+i%12, 1+i%28)
		if _, err := s.PutDocument(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	// As a store in use would be: hint bits set, statistics gathered.
	if _, err := s.pool.Exec(ctx, `VACUUM ANALYZE documents`); err != nil {
		b.Fatal(err)
	}
	for _, q := range []parallax.SearchQuery{{}, {Text: "delegations spokesperson"}, {Text: "round 17"}} {
		b.Run(fmt.Sprintf("%q", q.Text), func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Search(ctx, q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
