package entity

import (
	"testing"

	"github.com/parallax-news/parallax/internal/testcorpus"
)

// BenchmarkResolve resolves the entity mentions of the ground-truth bodies
// of the article-extraction benchmark (92 news and blog articles) with a
// fresh registry per pass, and reports documents and mentions per second.
func BenchmarkResolve(b *testing.B) {
	docs, size := testcorpus.ArticleDocuments(b)
	b.SetBytes(size)
	b.ResetTimer()
	mentions := 0
	for range b.N {
		reg, err := NewRegistry(Options{})
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range docs {
			mentions += len(reg.Resolve(d).Mentions)
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(len(docs)*b.N)/sec, "docs/s")
	b.ReportMetric(float64(mentions)/sec, "mentions/s")
}
