package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

// The benchmarks every store runs, on the same documents, so that their
// figures compare. Each opens one store with open and closes it.

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

// openBench opens a store with open and closes it when b ends.
func openBench(b *testing.B, open func(b *testing.B) parallax.Store) parallax.Store {
	b.Helper()
	s := open(b)
	b.Cleanup(func() {
		if err := s.Close(); err != nil {
			b.Errorf("Close: %v", err)
		}
	})
	return s
}

// putBench stores benchDocument(i) for i in [0, n), changed by edit when
// it is not nil.
func putBench(b *testing.B, s parallax.Store, n int, edit func(i int, d *parallax.Document)) {
	b.Helper()
	for i := range n {
		d := benchDocument(i)
		if edit != nil {
			edit(i, &d)
		}
		if _, err := s.PutDocument(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchPutDocument times storing new documents, some of them revisions.
func BenchPutDocument(b *testing.B, open func(b *testing.B) parallax.Store) {
	ctx := context.Background()
	s := openBench(b, open)
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

// BenchPutDocumentDuplicate times storing a document that is stored
// already, as an ingest run again does.
func BenchPutDocumentDuplicate(b *testing.B, open func(b *testing.B) parallax.Store) {
	ctx := context.Background()
	s := openBench(b, open)
	putBench(b, s, 1, nil)
	d := benchDocument(0)
	b.ResetTimer()
	for range b.N {
		if _, err := s.PutDocument(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchDocuments times walking 1,000 stored documents.
func BenchDocuments(b *testing.B, open func(b *testing.B) parallax.Store) {
	const n = 1000
	s := openBench(b, open)
	putBench(b, s, n, nil)
	b.ResetTimer()
	for range b.N {
		if err := s.Documents(context.Background(), func(parallax.Document) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchSearch times three searches over 5,000 stored documents from 30
// outlets: no words (newest first), two words every document holds, and
// two words of which one is rare. settle, when not nil, runs between storing and timing, to bring
// the store to the state of one in use.
func BenchSearch(b *testing.B, open func(b *testing.B) parallax.Store, settle func(parallax.Store) error) {
	ctx := context.Background()
	s := openBench(b, open)
	putBench(b, s, 5000, func(i int, d *parallax.Document) {
		d.Outlet, d.Published = fmt.Sprintf("Outlet %d", i%30), fmt.Sprintf("2021-%02d-%02d", 1+i%12, 1+i%28)
	})
	if settle != nil {
		if err := settle(s); err != nil {
			b.Fatal(err)
		}
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
