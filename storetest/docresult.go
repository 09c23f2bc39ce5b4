package storetest

import (
	"context"
	"reflect"
	"sort"
	"testing"

	"github.com/parallax-news/parallax"
)

// results returns what read (a store's DocResults or LineResults) gives of
// version, ordered by key.
func results[R any](t *testing.T, read func(context.Context, string, func(R) error) error, version string, key func(R) string) []R {
	t.Helper()
	var out []R
	if err := read(context.Background(), version, func(r R) error { out = append(out, r); return nil }); err != nil {
		t.Fatalf("reading results: %v", err)
	}
	sort.Slice(out, func(i, j int) bool { return key(out[i]) < key(out[j]) })
	return out
}

// docResults returns what s holds of version, ordered by document.
func docResults(t *testing.T, s parallax.Store, version string) []parallax.DocResult {
	t.Helper()
	return results(t, s.DocResults, version, func(r parallax.DocResult) string { return r.Doc })
}

func testDocResults(t *testing.T, s parallax.Store) {
	ctx := context.Background()
	if got := docResults(t, s, "v1"); len(got) != 0 {
		t.Fatalf("new store holds results %v", got)
	}
	first := []parallax.DocResult{
		{Doc: "a", Version: "v1", Input: "ia", Data: []byte(`{"n":1}`)},
		{Doc: "b", Version: "v1", Input: "ib", Data: []byte{0, 1, 2, 255}},
	}
	if err := s.PutDocResults(ctx, first); err != nil {
		t.Fatalf("PutDocResults: %v", err)
	}
	if got := docResults(t, s, "v1"); !reflect.DeepEqual(got, first) {
		t.Errorf("results of v1:\n got %v\nwant %v", got, first)
	}
	// A later analysis of b, by other analysers, replaces its result.
	second := []parallax.DocResult{{Doc: "b", Version: "v2", Input: "ib2", Data: []byte("x")}}
	if err := s.PutDocResults(ctx, second); err != nil {
		t.Fatalf("PutDocResults: %v", err)
	}
	if got := docResults(t, s, "v1"); !reflect.DeepEqual(got, first[:1]) {
		t.Errorf("results of v1 after b was analysed again:\n got %v\nwant %v", got, first[:1])
	}
	if got := docResults(t, s, "v2"); !reflect.DeepEqual(got, second) {
		t.Errorf("results of v2:\n got %v\nwant %v", got, second)
	}
	if err := s.PutDocResults(ctx, nil); err != nil {
		t.Errorf("PutDocResults of nothing: %v", err)
	}
}

// lineResults returns what s holds of version, ordered by input.
func lineResults(t *testing.T, s parallax.Store, version string) []parallax.LineResult {
	t.Helper()
	return results(t, s.LineResults, version, func(r parallax.LineResult) string { return r.Input })
}

func testLineResults(t *testing.T, s parallax.Store) {
	ctx := context.Background()
	if got := lineResults(t, s, "v1"); len(got) != 0 {
		t.Fatalf("new store holds results %v", got)
	}
	first := []parallax.LineResult{
		{Version: "v1", Input: "ia", Data: []byte(`{"n":1}`)},
		{Version: "v1", Input: "ib", Data: []byte{0, 1, 2, 255}},
	}
	if err := s.PutLineResults(ctx, first); err != nil {
		t.Fatalf("PutLineResults: %v", err)
	}
	if got := lineResults(t, s, "v1"); !reflect.DeepEqual(got, first) {
		t.Errorf("results of v1:\n got %v\nwant %v", got, first)
	}
	// A later analysis replaces them all: what it did not keep is gone.
	second := []parallax.LineResult{first[1], {Version: "v2", Input: "ic", Data: []byte("x")}, first[1]}
	if err := s.PutLineResults(ctx, second); err != nil {
		t.Fatalf("PutLineResults: %v", err)
	}
	if got := lineResults(t, s, "v1"); !reflect.DeepEqual(got, first[1:]) {
		t.Errorf("results of v1 after another analysis:\n got %v\nwant %v", got, first[1:])
	}
	if got := lineResults(t, s, "v2"); !reflect.DeepEqual(got, second[1:2]) {
		t.Errorf("results of v2:\n got %v\nwant %v", got, second[1:2])
	}
	if err := s.PutLineResults(ctx, nil); err != nil {
		t.Errorf("PutLineResults of nothing: %v", err)
	}
	if got := lineResults(t, s, "v2"); len(got) != 0 {
		t.Errorf("results after an analysis of nothing: %v", got)
	}
}
