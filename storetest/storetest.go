// Package storetest is the conformance suite every parallax.Store
// implementation runs, so that all backends keep the same promises:
// idempotent puts, revisions by URL, copies from other sources, not-found
// errors, insertion order, replace-all analyses, per-document results
// and full-text search with facets.
//
// Beside the suite (Run) are the checks and benchmarks every SQL store
// runs on what lies behind the interface: its schema migrations
// (Migrations), the agreement of its full-text index with package
// searchtext (WordsAsIndexed), and the speed of its writes, walks and
// searches (BenchPutDocument and the other Bench functions).
package storetest

import (
	"testing"

	"github.com/parallax-news/parallax"
)

// Run runs the suite. open must return a new, empty store each time it is
// called; Run closes every store it opens.
//
// Beyond the doc comments of parallax.Store, the suite holds every backend
// to these choices: the first stored version of any document, with or
// without a URL, has Revision 1 and no Previous; the Revision and Previous a
// caller passes are not trusted; the Copies it passes are kept, each once
// and never its own Source; a document whose id is stored, put from a new
// source, is recorded as a copy (parallax.Copied) and fills the stored
// document's empty metadata as parallax.Document.FillMissing does, but
// never with a URL another document is stored at; a document with an
// empty ID is refused with code EInvalid; Documents lets fn write to the
// store; and PutAnalysis does not store the documents an analysis lists.
// Search matches whole words in any case, ranks a word in the title above
// one in the body, lists documents of one date newest stored first, leaves
// empty values out of facets and breaks their ties by value, highlights
// every occurrence of a searched word in a snippet, and refuses a negative
// limit or a from date after the to date with code EInvalid.
func Run(t *testing.T, open func(t *testing.T) parallax.Store) {
	tests := []test[parallax.Store]{
		{"RoundTrip", testRoundTrip},
		{"EmptyLists", testEmptyLists},
		{"Duplicate", testDuplicate},
		{"Copies", testCopies},
		{"Revisions", testRevisions},
		{"NoURLNeverLinks", testNoURL},
		{"EmptyID", testEmptyID},
		{"NotFound", testNotFound},
		{"Order", testOrder},
		{"DocumentsStops", testDocumentsStops},
		{"DocumentsAllowsWrites", testDocumentsAllowsWrites},
		{"Cancelled", testCancelled},
		{"Concurrent", testConcurrent},
		{"AnalysisReplace", testAnalysisReplace},
		{"AnalysisEntitiesMove", testAnalysisEntitiesMove},
		{"AnalysisFailureKeepsPrevious", testAnalysisFailureKeepsPrevious},
		{"AnalysisStamp", testAnalysisStamp},
		{"StoryPages", testStoryPages},
		{"DocResults", testDocResults},
		{"LineResults", testLineResults},
		{"Search", testSearch},
		{"SearchCaps", testSearchCaps},
		{"SearchRankLimit", testSearchRankLimit},
	}
	runEach(t, open, tests)
}

// test is one test of a suite, run on a store of type S.
type test[S any] struct {
	name string
	fn   func(t *testing.T, s S)
}

// runEach runs each test as a subtest on a new store from open, closed
// after it.
func runEach[S interface{ Close() error }](t *testing.T, open func(t *testing.T) S, tests []test[S]) {
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			}()
			tt.fn(t, s)
		})
	}
}
