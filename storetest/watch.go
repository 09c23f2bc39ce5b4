package storetest

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

// WatchStore is a store that keeps what `parallax watch` follows.
type WatchStore interface {
	parallax.Store
	parallax.WatchStore
}

// RunWatch runs the conformance suite of parallax.WatchStore. open must
// return a new, empty store each time it is called; RunWatch closes every
// store it opens.
//
// Beyond the doc comments of parallax.WatchStore, it holds every backend
// to these choices: times keep millisecond precision, in UTC; a poll that
// lists an item already stored leaves that item as it was (a done item is
// never pending again); items whose source is removed are gone; and
// an item is forgotten only by a poll that lists others.
func RunWatch(t *testing.T, open func(t *testing.T) WatchStore) {
	tests := []test[WatchStore]{
		{"Sources", testWatchSources},
		{"PollAddsNewItemsOnly", testWatchPoll},
		{"DueItems", testWatchDue},
		{"UpdateItem", testWatchUpdate},
		{"ForgetsOldItems", testWatchForget},
		{"Remove", testWatchRemove},
		{"Unknown", testWatchUnknown},
	}
	runEach(t, open, tests)
}

// watchEpoch is a time with more than millisecond precision, in another
// zone than UTC, to show what a store keeps of it.
var watchEpoch = time.Date(2026, 3, 14, 9, 26, 53, 589793238, time.FixedZone("UTC+4", 4*3600))

func watchSource(url string) parallax.WatchSource {
	return parallax.WatchSource{URL: url, Added: watchEpoch, NextPoll: watchEpoch}
}

func watchItem(id string, seen time.Time) parallax.WatchItem {
	return parallax.WatchItem{
		ID: id, URL: "https://news.example.org/" + id, Title: "Talks “stall” — " + id, Outlet: "Example News",
		Published: "2026-03-14T08:00:00+04:00", Kind: parallax.KindHTML, Data: "<p>Officials said «нет».</p>",
		State: parallax.ItemPending, NextTry: seen, Seen: seen,
	}
}

func addSource(t *testing.T, s WatchStore, src parallax.WatchSource) {
	t.Helper()
	if ok, err := s.AddSource(context.Background(), src); err != nil || !ok {
		t.Fatalf("AddSource(%s) = %v, %v; want true", src.URL, ok, err)
	}
}

func testWatchSources(t *testing.T, s WatchStore) {
	ctx := context.Background()
	b, a := watchSource("https://b.example.org/feed"), watchSource("https://a.example.org/rss?x=1&y=2")
	addSource(t, s, b)
	addSource(t, s, a)
	again := a
	again.ETag = "changed"
	if ok, err := s.AddSource(ctx, again); err != nil || ok {
		t.Errorf("AddSource of a stored URL = %v, %v; want false, nil", ok, err)
	}
	polled := a
	polled.ETag, polled.LastModified = `W/"abc"`, "Sat, 14 Mar 2026 05:26:53 GMT"
	polled.LastPoll, polled.NextPoll = watchEpoch.Add(time.Minute), watchEpoch.Add(16*time.Minute)
	polled.Failures, polled.LastError = 3, "503 Service Unavailable"
	polled.Added = watchEpoch.Add(time.Hour) // not recorded by a poll
	if _, err := s.RecordPoll(ctx, polled, nil); err != nil {
		t.Fatal(err)
	}
	got, err := s.Sources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	polled.Added = a.Added
	want := []parallax.WatchSource{ms(polled), ms(b)}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Sources =\n%+v\nwant\n%+v", got, want)
	}
}

// ms returns src with its times as a store keeps them.
func ms(src parallax.WatchSource) parallax.WatchSource {
	src.Added, src.LastPoll, src.NextPoll = msTime(src.Added), msTime(src.LastPoll), msTime(src.NextPoll)
	return src
}

func msTime(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return t.Truncate(time.Millisecond).UTC()
}

func testWatchPoll(t *testing.T, s WatchStore) {
	ctx := context.Background()
	src := watchSource("https://a.example.org/feed")
	addSource(t, s, src)
	first := []parallax.WatchItem{watchItem("one", watchEpoch), watchItem("two", watchEpoch)}
	if added, err := s.RecordPoll(ctx, src, first); err != nil || len(added) != 2 || added[0].Source != src.URL {
		t.Fatalf("first RecordPoll = %+v, %v; want both items, with their source", added, err)
	}
	done := first[0]
	done.Source, done.State = src.URL, parallax.ItemDone
	if err := s.UpdateItem(ctx, done); err != nil {
		t.Fatal(err)
	}
	later := watchEpoch.Add(time.Hour)
	second := []parallax.WatchItem{watchItem("three", later), watchItem("one", later), watchItem("two", later)}
	if added, err := s.RecordPoll(ctx, src, second); err != nil || len(added) != 1 || added[0].ID != "three" {
		t.Fatalf("second RecordPoll = %+v, %v; want three alone, the only new item", added, err)
	}
	due, err := s.DueItems(ctx, later)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, it := range due {
		ids = append(ids, it.ID)
		if it.ID == "two" && !it.Seen.Equal(msTime(watchEpoch)) {
			t.Errorf("item two, listed again, has Seen %v; want the first %v", it.Seen, msTime(watchEpoch))
		}
	}
	if want := []string{"two", "three"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("due after the second poll: %v; want %v (one is done; in order of arrival)", ids, want)
	}
}

func testWatchDue(t *testing.T, s WatchStore) {
	ctx := context.Background()
	a, b := watchSource("https://a.example.org/feed"), watchSource("https://b.example.org/feed")
	addSource(t, s, b)
	addSource(t, s, a)
	soon := watchItem("soon", watchEpoch)
	soon.NextTry = watchEpoch.Add(time.Minute)
	failed := watchItem("failed", watchEpoch)
	failed.State = parallax.ItemFailed
	if _, err := s.RecordPoll(ctx, b, []parallax.WatchItem{watchItem("b2", watchEpoch), soon, watchItem("b1", watchEpoch)}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.RecordPoll(ctx, a, []parallax.WatchItem{failed, watchItem("a1", watchEpoch)}); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		now  time.Time
		want []string
	}{
		{watchEpoch.Add(-time.Second), nil},
		{watchEpoch, []string{"a1", "b2", "b1"}},
		{watchEpoch.Add(time.Minute), []string{"a1", "b2", "soon", "b1"}},
	} {
		due, err := s.DueItems(ctx, tt.now)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, it := range due {
			ids = append(ids, it.ID)
		}
		if !reflect.DeepEqual(ids, tt.want) {
			t.Errorf("DueItems(%v) = %v; want %v", tt.now, ids, tt.want)
		}
	}
	due, err := s.DueItems(ctx, watchEpoch)
	if err != nil || len(due) == 0 {
		t.Fatalf("DueItems = %v, %v", due, err)
	}
	want := watchItem("a1", watchEpoch)
	want.Source, want.NextTry, want.Seen = a.URL, msTime(want.NextTry), msTime(want.Seen)
	if !reflect.DeepEqual(due[0], want) {
		t.Errorf("item read back as\n%+v\nwant\n%+v", due[0], want)
	}
}

func testWatchUpdate(t *testing.T, s WatchStore) {
	ctx := context.Background()
	src := watchSource("https://a.example.org/feed")
	addSource(t, s, src)
	if _, err := s.RecordPoll(ctx, src, []parallax.WatchItem{watchItem("x", watchEpoch), watchItem("y", watchEpoch)}); err != nil {
		t.Fatal(err)
	}
	retry := watchItem("x", watchEpoch)
	retry.Source, retry.Attempts, retry.NextTry, retry.LastError = src.URL, 2, watchEpoch.Add(time.Hour), "500 Internal Server Error"
	if err := s.UpdateItem(ctx, retry); err != nil {
		t.Fatal(err)
	}
	gone := watchItem("y", watchEpoch)
	gone.Source, gone.State = src.URL, parallax.ItemFailed
	if err := s.UpdateItem(ctx, gone); err != nil {
		t.Fatal(err)
	}
	due, err := s.DueItems(ctx, watchEpoch.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if len(due) != 1 || due[0].ID != "x" || due[0].Attempts != 2 || due[0].LastError != retry.LastError || due[0].Data != retry.Data {
		t.Errorf("after a failed fetch, due = %+v; want x with 2 attempts, its error and its data", due)
	}
	if due, _ := s.DueItems(ctx, watchEpoch); len(due) != 0 {
		t.Errorf("an item retried in an hour is due now: %+v", due)
	}
	// A failed item is never due, and listing it again does not revive it.
	if added, err := s.RecordPoll(ctx, src, []parallax.WatchItem{watchItem("y", watchEpoch)}); err != nil || len(added) != 0 {
		t.Errorf("RecordPoll of a failed item = %+v, %v; want none new", added, err)
	}
}

func testWatchRemove(t *testing.T, s WatchStore) {
	ctx := context.Background()
	a, b := watchSource("https://a.example.org/feed"), watchSource("https://b.example.org/feed")
	addSource(t, s, a)
	addSource(t, s, b)
	if _, err := s.RecordPoll(ctx, a, []parallax.WatchItem{watchItem("x", watchEpoch)}); err != nil {
		t.Fatal(err)
	}
	if ok, err := s.RemoveSource(ctx, a.URL); err != nil || !ok {
		t.Fatalf("RemoveSource = %v, %v; want true", ok, err)
	}
	if ok, err := s.RemoveSource(ctx, a.URL); err != nil || ok {
		t.Errorf("RemoveSource again = %v, %v; want false", ok, err)
	}
	if due, err := s.DueItems(ctx, watchEpoch); err != nil || len(due) != 0 {
		t.Errorf("after removing its source, due items = %+v, %v", due, err)
	}
	// Added again, it starts afresh: its old items are new again.
	addSource(t, s, a)
	if added, err := s.RecordPoll(ctx, a, []parallax.WatchItem{watchItem("x", watchEpoch)}); err != nil || len(added) != 1 {
		t.Errorf("RecordPoll after re-adding = %+v, %v; want x new again", added, err)
	}
	srcs, err := s.Sources(ctx)
	if err != nil || len(srcs) != 2 {
		t.Errorf("Sources = %+v, %v; want both", srcs, err)
	}
}

func testWatchUnknown(t *testing.T, s WatchStore) {
	ctx := context.Background()
	if _, err := s.RecordPoll(ctx, watchSource("https://nowhere.example.org/"), nil); parallax.ErrorCode(err) != parallax.ENotFound {
		t.Errorf("RecordPoll of an unknown source: %v; want code %s", err, parallax.ENotFound)
	}
	it := watchItem("x", watchEpoch)
	it.Source = "https://nowhere.example.org/"
	if err := s.UpdateItem(ctx, it); parallax.ErrorCode(err) != parallax.ENotFound {
		t.Errorf("UpdateItem of an unknown item: %v; want code %s", err, parallax.ENotFound)
	}
	if srcs, err := s.Sources(ctx); err != nil || len(srcs) != 0 {
		t.Errorf("Sources of an empty store = %+v, %v", srcs, err)
	}
}

func testWatchForget(t *testing.T, s WatchStore) {
	ctx := context.Background()
	src := watchSource("https://a.example.org/feed")
	addSource(t, s, src)
	if _, err := s.RecordPoll(ctx, src, []parallax.WatchItem{watchItem("old", watchEpoch), watchItem("kept", watchEpoch),
		watchItem("waiting", watchEpoch), watchItem("recent", watchEpoch.Add(parallax.WatchKeep))}); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"old", "kept", "recent"} {
		it := watchItem(id, watchEpoch)
		it.Source, it.State = src.URL, parallax.ItemDone
		if err := s.UpdateItem(ctx, it); err != nil {
			t.Fatal(err)
		}
	}
	later := src
	later.LastPoll = watchEpoch.Add(parallax.WatchKeep + time.Hour)
	// A poll that lists nothing (an answer of 304, a failure) forgets nothing.
	if _, err := s.RecordPoll(ctx, later, nil); err != nil {
		t.Fatal(err)
	}
	// Listing kept and new, it forgets old: done, unlisted and seen long
	// before; not kept (listed), waiting (pending) nor recent.
	if _, err := s.RecordPoll(ctx, later, []parallax.WatchItem{watchItem("kept", later.LastPoll), watchItem("new", later.LastPoll)}); err != nil {
		t.Fatal(err)
	}
	all := []parallax.WatchItem{watchItem("old", later.LastPoll), watchItem("kept", later.LastPoll),
		watchItem("waiting", later.LastPoll), watchItem("recent", later.LastPoll)}
	added, err := s.RecordPoll(ctx, later, all)
	if err != nil {
		t.Fatal(err)
	}
	if len(added) != 1 || added[0].ID != "old" {
		t.Errorf("listing every item again added %+v; want old alone, which was forgotten", added)
	}
}
