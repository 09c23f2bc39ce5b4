package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/parallax-news/parallax"
)

func put(t *testing.T, s parallax.Store, d parallax.Document, want parallax.PutResult) {
	t.Helper()
	got, err := s.PutDocument(context.Background(), d)
	if err != nil {
		t.Fatalf("PutDocument(%s from %s): %v", d.ID, d.Source, err)
	}
	if got != want {
		t.Fatalf("PutDocument(%s from %s) = %v, want %v", d.ID, d.Source, got, want)
	}
}

func get(t *testing.T, s parallax.Store, id string) parallax.Document {
	t.Helper()
	d, err := s.Document(context.Background(), id)
	if err != nil {
		t.Fatalf("Document(%s): %v", id, err)
	}
	return d
}

func count(t *testing.T, s parallax.Store) int {
	t.Helper()
	n, err := s.CountDocuments(context.Background())
	if err != nil {
		t.Fatalf("CountDocuments: %v", err)
	}
	return n
}

// all returns the stored documents in the order Documents yields them.
func all(t *testing.T, s parallax.Store) []parallax.Document {
	t.Helper()
	var docs []parallax.Document
	if err := s.Documents(context.Background(), func(d parallax.Document) error {
		docs = append(docs, d)
		return nil
	}); err != nil {
		t.Fatalf("Documents: %v", err)
	}
	return docs
}

func sameDocument(t *testing.T, got, want parallax.Document) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stored document differs\n got %+v\nwant %+v", got, want)
	}
}

func testRoundTrip(t *testing.T, s parallax.Store) {
	d := fullDocument()
	// The store numbers revisions itself.
	claimed := d
	claimed.Revision, claimed.Previous = 7, "0000000000000000"
	put(t, s, claimed, parallax.Added)
	sameDocument(t, get(t, s, d.ID), stored(d))
	docs := all(t, s)
	if len(docs) != 1 {
		t.Fatalf("Documents yielded %d documents, want 1", len(docs))
	}
	sameDocument(t, docs[0], stored(d))
}

func testEmptyLists(t *testing.T, s parallax.Store) {
	for i, d := range []parallax.Document{document(1, ""), document(2, "")} {
		if i == 1 {
			d.Comments, d.Captions, d.Furniture, d.Foreign = []parallax.Comment{}, []string{}, []string{}, []parallax.LangSpan{}
		}
		put(t, s, d, parallax.Added)
		got := get(t, s, d.ID)
		if len(got.Comments)+len(got.Captions)+len(got.Furniture)+len(got.Foreign) != 0 {
			t.Errorf("document %d: empty lists came back as %+v", i, got)
		}
		got.Comments, got.Captions, got.Furniture, got.Foreign = d.Comments, d.Captions, d.Furniture, d.Foreign
		sameDocument(t, got, stored(d))
	}
}

func testDuplicate(t *testing.T, s parallax.Store) {
	d := fullDocument()
	put(t, s, d, parallax.Added)
	put(t, s, d, parallax.Unchanged)
	// The same text from a source it was found at already writes nothing,
	// whatever else that page says.
	again := d
	again.Source, again.URL, again.Outlet = d.Copies[0], "https://mirror.example.net/copy", "Mirror"
	put(t, s, again, parallax.Unchanged)
	if n := count(t, s); n != 1 {
		t.Errorf("CountDocuments = %d after a duplicate, want 1", n)
	}
	sameDocument(t, get(t, s, d.ID), stored(d))
}

func testRevisions(t *testing.T, s parallax.Store) {
	const url = "https://news.example.org/live/ceasefire"
	v1, v2, v3 := document(1, url), document(2, url), document(3, url)
	other := document(4, "https://news.example.org/other")
	put(t, s, v1, parallax.Added)
	put(t, s, other, parallax.Added)
	put(t, s, v2, parallax.Revised)
	put(t, s, v3, parallax.Revised)
	// An earlier version seen again is a duplicate, not a fourth revision.
	put(t, s, v1, parallax.Unchanged)
	tests := []struct {
		d        parallax.Document
		revision int
		previous string
	}{
		{v1, 1, ""},
		{v2, 2, v1.ID},
		{v3, 3, v2.ID},
		{other, 1, ""},
	}
	for _, tt := range tests {
		want := tt.d
		want.Revision, want.Previous = tt.revision, tt.previous
		sameDocument(t, get(t, s, tt.d.ID), want)
	}
	if n := count(t, s); n != 4 {
		t.Errorf("CountDocuments = %d, want 4", n)
	}
}

func testNoURL(t *testing.T, s parallax.Store) {
	a, b := document(1, ""), document(2, "")
	put(t, s, a, parallax.Added)
	put(t, s, b, parallax.Added)
	for _, d := range []parallax.Document{a, b} {
		sameDocument(t, get(t, s, d.ID), stored(d))
	}
}

func testEmptyID(t *testing.T, s parallax.Store) {
	d := document(1, "")
	d.ID = ""
	if _, err := s.PutDocument(context.Background(), d); parallax.ErrorCode(err) != parallax.EInvalid {
		t.Errorf("PutDocument with an empty id: error %v, want code %s", err, parallax.EInvalid)
	}
	if n := count(t, s); n != 0 {
		t.Errorf("CountDocuments = %d after a rejected put, want 0", n)
	}
}

func testNotFound(t *testing.T, s parallax.Store) {
	for _, id := range []string{"0123456789abcdef", ""} {
		_, err := s.Document(context.Background(), id)
		if parallax.ErrorCode(err) != parallax.ENotFound {
			t.Errorf("Document(%q) on an empty store: error %v, want code %s", id, err, parallax.ENotFound)
		}
	}
	put(t, s, document(1, ""), parallax.Added)
	if _, err := s.Document(context.Background(), document(2, "").ID); parallax.ErrorCode(err) != parallax.ENotFound {
		t.Errorf("Document of a missing id: error %v, want code %s", err, parallax.ENotFound)
	}
}

// orderSize is larger than any sensible page a store reads at a time, so
// the order is checked across page boundaries.
const orderSize = 250

func testOrder(t *testing.T, s parallax.Store) {
	var want []string
	for i := range orderSize {
		// Ids are hashes, so insertion order is not id order.
		d := document(i, fmt.Sprintf("https://news.example.org/%d", i%7))
		want = append(want, d.ID)
		res := parallax.Added
		if i >= 7 {
			res = parallax.Revised
		}
		put(t, s, d, res)
	}
	if n := count(t, s); n != orderSize {
		t.Errorf("CountDocuments = %d, want %d", n, orderSize)
	}
	var got []string
	for _, d := range all(t, s) {
		got = append(got, d.ID)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Documents yielded %d ids not in insertion order:\n got %v\nwant %v", len(got), got, want)
	}
}

func testDocumentsStops(t *testing.T, s parallax.Store) {
	for i := range 5 {
		put(t, s, document(i, ""), parallax.Added)
	}
	stop := errors.New("enough")
	calls := 0
	err := s.Documents(context.Background(), func(parallax.Document) error {
		calls++
		if calls == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Errorf("Documents returned %v, want the error fn returned", err)
	}
	if calls != 3 {
		t.Errorf("fn was called %d times after failing on the 3rd", calls)
	}
}

func testDocumentsAllowsWrites(t *testing.T, s parallax.Store) {
	const n = 120
	for i := range n {
		put(t, s, document(i, ""), parallax.Added)
	}
	ctx := context.Background()
	// Documents written during the walk may or may not be visited; the
	// suffix keeps a visited copy from being copied again.
	const suffix = " (updated)"
	err := s.Documents(ctx, func(d parallax.Document) error {
		if strings.HasSuffix(d.Title, suffix) {
			return nil
		}
		next := d
		next.Title += suffix
		next.ID = parallax.DocID(next.Title, next.Body)
		if _, err := s.PutDocument(ctx, next); err != nil {
			return err
		}
		return s.PutAnalysis(ctx, parallax.Analysis{})
	})
	if err != nil {
		t.Fatalf("Documents with writes in fn: %v", err)
	}
	if got := count(t, s); got != 2*n {
		t.Errorf("CountDocuments = %d after writing from fn, want %d", got, 2*n)
	}
}

func testCancelled(t *testing.T, s parallax.Store) {
	put(t, s, document(1, ""), parallax.Added)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.PutDocument(ctx, document(2, "")); err == nil {
		t.Error("PutDocument with a cancelled context succeeded")
	}
	err := s.Documents(ctx, func(parallax.Document) error { return nil })
	if err == nil {
		t.Error("Documents with a cancelled context succeeded")
	}
	if n := count(t, s); n != 1 {
		t.Errorf("CountDocuments = %d, want 1: a cancelled put wrote", n)
	}
}

func testConcurrent(t *testing.T, s parallax.Store) {
	const writers, each = 4, 20
	shared := document(-1, "https://news.example.org/shared")
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		added int
	)
	errs := make(chan error, writers*(each+1))
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				if _, err := s.PutDocument(context.Background(), document(w*each+i, "")); err != nil {
					errs <- err
				}
			}
			res, err := s.PutDocument(context.Background(), shared)
			if err != nil {
				errs <- err
				return
			}
			if res == parallax.Added {
				mu.Lock()
				added++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent PutDocument: %v", err)
	}
	if added != 1 {
		t.Errorf("the same document put by %d writers was added %d times, want once", writers, added)
	}
	if n := count(t, s); n != writers*each+1 {
		t.Errorf("CountDocuments = %d, want %d", n, writers*each+1)
	}
}
