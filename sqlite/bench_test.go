package sqlite

import (
	"context"
	"fmt"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/storetest"
)

func openBench(b *testing.B) parallax.Store { return openTemp(b) }

func BenchmarkPutDocument(b *testing.B)          { storetest.BenchPutDocument(b, openBench) }
func BenchmarkPutDocumentDuplicate(b *testing.B) { storetest.BenchPutDocumentDuplicate(b, openBench) }
func BenchmarkDocuments(b *testing.B)            { storetest.BenchDocuments(b, openBench) }
func BenchmarkSearch(b *testing.B)               { storetest.BenchSearch(b, openBench, nil) }

// BenchmarkSearchCommonWord times searches over 200,000 short documents:
// for a word in nine of ten of them, one in one of ten, and one in ten
// documents.
func BenchmarkSearchCommonWord(b *testing.B) {
	s := openTemp(b)
	defer s.Close()
	said := "the minister said the talks would go on"
	fill(b, s, "early", 100000, said, said, said, said, said, said, said, said, said, "two were injured at the crossing")
	fill(b, s, "rare", 10, "a quarry near the border")
	fill(b, s, "late", 100000, said, said, said, said, said, said, said, said, said, "two were injured at the crossing")
	for _, text := range []string{"said", "injured", "quarry"} {
		b.Run(fmt.Sprintf("%q", text), func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Search(context.Background(), parallax.SearchQuery{Text: text}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
