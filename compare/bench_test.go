package compare

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/parallax-news/parallax"
)

// benchStatements builds n statements on a few hundred recurring questions,
// with random speakers, stances and dates.
func benchStatements(n int) ([]parallax.Statement, map[string]parallax.Document) {
	rng := rand.New(rand.NewPCG(1, 2))
	places := []string{"valley", "harbour", "border", "capital", "airport", "corridor"}
	actors := []string{"Turkish", "Russian", "French", "Iranian", "Chinese", "Armenian"}
	shapes := []string{
		"%s troops will be deployed at the %s %d",
		"there will be no %s troops at the %s %d",
		"the %s ceasefire at the %s %d is holding",
		"the %s monitoring centre near the %s %d will not open",
	}
	docs := map[string]parallax.Document{}
	stmts := make([]parallax.Statement, n)
	for i := range stmts {
		doc := fmt.Sprintf("d%d", i/8)
		day := 1 + (i/8)%28
		docs[doc] = parallax.Document{ID: doc, Published: fmt.Sprintf("2024-03-%02d", day)}
		content := fmt.Sprintf(shapes[rng.IntN(len(shapes))], actors[rng.IntN(len(actors))], places[rng.IntN(len(places))], rng.IntN(50))
		stmts[i] = parallax.Statement{ID: fmt.Sprint("s", i), Doc: doc, Speaker: fmt.Sprint("p", rng.IntN(40)), Cue: "said", Content: content}
	}
	return stmts, docs
}

func BenchmarkCompare(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		stmts, docs := benchStatements(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for range b.N {
				Compare(stmts, docs)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/statement")
		})
	}
}
