package storetest

import (
	"context"
	"reflect"
	"sort"
	"testing"

	"github.com/parallax-news/parallax"
)

// docResults returns what s holds of version, ordered by document.
func docResults(t *testing.T, s parallax.Store, version string) []parallax.DocResult {
	t.Helper()
	var out []parallax.DocResult
	err := s.DocResults(context.Background(), version, func(r parallax.DocResult) error {
		out = append(out, r)
		return nil
	})
	if err != nil {
		t.Fatalf("DocResults: %v", err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Doc < out[j].Doc })
	return out
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
