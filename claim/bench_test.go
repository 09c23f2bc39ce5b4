package claim

import (
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/entity"
	"github.com/parallax-news/parallax/internal/testcorpus"
)

// BenchmarkExtract runs entity resolution and statement extraction over the
// ground-truth bodies of the article-extraction benchmark (92 news and blog
// articles) and reports documents, entity mentions and statements per
// second.
func BenchmarkExtract(b *testing.B) {
	docs, size := testcorpus.ArticleDocuments(b)
	benchExtract(b, docs, size)
}

// BenchmarkExtractRussian runs entity resolution and statement extraction
// over the 122 Russian texts of the Russian entity benchmark and reports
// documents, entity mentions and statements per second.
func BenchmarkExtractRussian(b *testing.B) {
	var docs []parallax.Document
	var size int64
	for _, d := range testcorpus.RussianEntities(b) {
		docs = append(docs, parallax.Document{ID: d.Name, Body: d.Text, Lang: "ru"})
		size += int64(len(d.Text))
	}
	benchExtract(b, docs, size)
}

// benchExtract resolves the entities of docs and extracts their
// statements b.N times, reporting documents, mentions and statements per
// second.
func benchExtract(b *testing.B, docs []parallax.Document, size int64) {
	b.SetBytes(size)
	b.ResetTimer()
	mentions, statements := 0, 0
	for range b.N {
		reg, err := entity.NewRegistry(entity.Options{})
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range docs {
			de := reg.Resolve(d)
			mentions += len(de.Mentions)
			statements += len(Extract(de, reg))
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(len(docs)*b.N)/sec, "docs/s")
	b.ReportMetric(float64(mentions)/sec, "mentions/s")
	b.ReportMetric(float64(statements)/sec, "statements/s")
}
