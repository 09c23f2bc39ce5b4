package sqlite

import (
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/storetest"
)

func openBench(b *testing.B) parallax.Store { return openTemp(b) }

func BenchmarkPutDocument(b *testing.B)          { storetest.BenchPutDocument(b, openBench) }
func BenchmarkPutDocumentDuplicate(b *testing.B) { storetest.BenchPutDocumentDuplicate(b, openBench) }
func BenchmarkDocuments(b *testing.B)            { storetest.BenchDocuments(b, openBench) }
func BenchmarkSearch(b *testing.B)               { storetest.BenchSearch(b, openBench, nil) }
