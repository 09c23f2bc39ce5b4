package claim

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
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
	path := filepath.Join(testcorpus.Dir(b, "bench/article-extraction"), "ground-truth.json")
	raw, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		b.Fatalf("parse %s: %v", path, err)
	}
	keys := make([]string, 0, len(gt))
	for k := range gt {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var docs []parallax.Document
	size := 0
	for _, k := range keys {
		docs = append(docs, parallax.Document{ID: k[:12], Body: gt[k].ArticleBody})
		size += len(gt[k].ArticleBody)
	}
	b.SetBytes(int64(size))
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
