package storetest

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/parallax-news/parallax"
)

// testCopies checks what a store does with a document whose id it holds,
// put from another source: the source is recorded once among its Copies,
// never its own source, and the metadata it lacks is filled from the copy,
// except a URL another document is stored at.
func testCopies(t *testing.T, s parallax.Store) {
	t.Run("RecordedOnce", func(t *testing.T) { copiesRecordedOnce(t, s) })
	t.Run("FillOnlyEmpty", func(t *testing.T) { copiesFillOnlyEmpty(t, s) })
	t.Run("URLTaken", func(t *testing.T) { copiesURLTaken(t, s) })
	t.Run("OwnSourceNeverACopy", func(t *testing.T) { copiesOwnSource(t, s) })
	t.Run("Concurrent", func(t *testing.T) { copiesConcurrent(t, s) })
}

func copiesRecordedOnce(t *testing.T, s parallax.Store) {
	d := document(1, "https://news.example.org/1")
	put(t, s, d, parallax.Added)
	mirror, archive := d, d
	mirror.Source = "mirror/report-1.txt"
	archive.Source, archive.URL = "archive/2021/report-1.html", "https://archive.example.net/report-1"
	put(t, s, mirror, parallax.Copied)
	put(t, s, mirror, parallax.Unchanged)
	put(t, s, d, parallax.Unchanged)
	put(t, s, archive, parallax.Copied)
	put(t, s, archive, parallax.Unchanged)
	// A copy brings sources, not a document: nothing else changes.
	want := stored(d)
	want.Copies = []string{mirror.Source, archive.Source}
	sameDocument(t, get(t, s, d.ID), want)
	docs := all(t, s)
	if len(docs) != 1 {
		t.Fatalf("Documents yielded %d documents after copies of one, want 1", len(docs))
	}
	sameDocument(t, docs[0], want)
}

func copiesFillOnlyEmpty(t *testing.T, s parallax.Store) {
	bare := document(2, "")
	bare.Author, bare.PublishedBasis = "Lena Ford", "no date on the page"
	full := bare
	full.Source, full.URL, full.Outlet, full.Author = "wire/2.html", "https://wire.example.org/2", "Wire", "Someone Else"
	full.Published, full.PublishedBasis = "2024-03-01", "the page's meta date"
	full.Comments = []parallax.Comment{{Author: "kora", DisplayName: "Kora", Time: "2024-03-01T10:15", Text: "Finally some news."}}
	later := full
	later.Source, later.URL, later.Outlet, later.Published = "later/2.html", "https://later.example.com/2", "Later", "2024-04-09"
	later.Comments = []parallax.Comment{{Author: "late", Text: "Old news."}}

	put(t, s, bare, parallax.Added)
	put(t, s, full, parallax.Copied)
	put(t, s, later, parallax.Copied)
	want := stored(bare)
	want.URL, want.Outlet, want.Comments = full.URL, full.Outlet, full.Comments
	want.Published, want.PublishedBasis = full.Published, full.PublishedBasis
	want.Copies = []string{full.Source, later.Source}
	sameDocument(t, get(t, s, bare.ID), want)

	// The filled URL is the document's own: a new version there is its
	// second revision.
	next := document(20, full.URL)
	put(t, s, next, parallax.Revised)
	if got := get(t, s, next.ID); got.Revision != 2 || got.Previous != bare.ID {
		t.Errorf("a new version at the filled URL is revision %d after %q, want 2 after %q", got.Revision, got.Previous, bare.ID)
	}
}

func copiesURLTaken(t *testing.T, s parallax.Store) {
	const url = "https://news.example.org/taken"
	first := document(3, url)
	bare := document(4, "")
	put(t, s, first, parallax.Added)
	put(t, s, bare, parallax.Added)
	// The copy is saved under the URL of another text: filling it would
	// make bare a second first revision there.
	copied := bare
	copied.Source, copied.URL, copied.Outlet = "saved/taken.html", url, "News"
	put(t, s, copied, parallax.Copied)
	want := stored(bare)
	want.Outlet, want.Copies = "News", []string{copied.Source}
	sameDocument(t, get(t, s, bare.ID), want)

	next := document(5, url)
	put(t, s, next, parallax.Revised)
	if got := get(t, s, next.ID); got.Revision != 2 || got.Previous != first.ID {
		t.Errorf("a new version at %s is revision %d after %q, want 2 after %q", url, got.Revision, got.Previous, first.ID)
	}
	sameDocument(t, get(t, s, first.ID), stored(first))
}

func copiesOwnSource(t *testing.T, s parallax.Store) {
	// The copies a caller passes are kept, each once, without the
	// document's own source.
	d := document(6, "")
	d.Copies = []string{d.Source, "mirror/6.txt", "mirror/6.txt", ""}
	put(t, s, d, parallax.Added)
	want := stored(d)
	want.Copies = []string{"mirror/6.txt"}
	sameDocument(t, get(t, s, d.ID), want)

	// A copy that lists the stored document's source among its own
	// sources adds only the others.
	c := d
	c.Source, c.Copies = "mirror/6.txt", []string{d.Source, "archive/6.html"}
	put(t, s, c, parallax.Copied)
	want.Copies = []string{"mirror/6.txt", "archive/6.html"}
	sameDocument(t, get(t, s, d.ID), want)
	c.Source, c.Copies = "archive/6.html", []string{d.Source}
	put(t, s, c, parallax.Unchanged)
	sameDocument(t, get(t, s, d.ID), want)
}

func copiesConcurrent(t *testing.T, s parallax.Store) {
	const writers = 8
	d := document(7, "")
	sources := make([]string, writers)
	results := make([]parallax.PutResult, writers)
	errs := make([]error, writers)
	var wg sync.WaitGroup
	for w := range writers {
		sources[w] = fmt.Sprintf("outlet-%d/report-7.html", w)
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := d
			c.Source = sources[w]
			results[w], errs[w] = s.PutDocument(context.Background(), c)
		}()
	}
	wg.Wait()
	counts := map[parallax.PutResult]int{}
	for w, err := range errs {
		if err != nil {
			t.Fatalf("concurrent PutDocument from %s: %v", sources[w], err)
		}
		counts[results[w]]++
	}
	if want := map[parallax.PutResult]int{parallax.Added: 1, parallax.Copied: writers - 1}; !reflect.DeepEqual(counts, want) {
		t.Errorf("%d writers putting one text from their own sources: %v, want %v", writers, counts, want)
	}
	got := get(t, s, d.ID)
	found := append([]string{got.Source}, got.Copies...)
	slices.Sort(found)
	want := slices.Sorted(slices.Values(sources))
	if !reflect.DeepEqual(found, want) {
		t.Errorf("stored source and copies %q, want each of %q once", found, want)
	}
}

// OldDocument is the document a test of the upgrade to copies writes into
// a database made before copies were kept, with the backend's own SQL.
var OldDocument = parallax.Document{ID: "d1", Source: "a.txt", Title: "Old title", Lang: "en", Body: "Old body.", Revision: 1}

// UpgradedToCopies checks a store opened, and so upgraded, on a database
// holding OldDocument from before copies were kept: the document reads
// back unchanged, and a copy of it from another source is recorded.
func UpgradedToCopies(t *testing.T, s parallax.Store) {
	t.Helper()
	ctx := context.Background()
	if got, err := s.Document(ctx, OldDocument.ID); err != nil || !reflect.DeepEqual(got, OldDocument) {
		t.Errorf("after the upgrade: %+v, %v; want %+v", got, err, OldDocument)
	}
	c := OldDocument
	c.Source = "b.txt"
	if res, err := s.PutDocument(ctx, c); err != nil || res != parallax.Copied {
		t.Errorf("PutDocument of a copy after the upgrade = %v, %v; want %v", res, err, parallax.Copied)
	}
}
