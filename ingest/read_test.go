package ingest

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

func TestRead(t *testing.T) {
	const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Talks resume</title><link>https://example.org/1</link><description>Envoys met in Sarn on Monday.</description></item>
<item><title>Talks stall</title><link>https://example.org/2</link><description>Envoys left Sarn on Tuesday.</description></item>
</channel></rss>`
	for _, tc := range []struct {
		name, in string
		sources  []string // of the documents read
		errs     int      // problems reported
	}{
		{"feed.xml", feed, []string{"feed.xml#1", "feed.xml#2"}, 0},
		{"page.html", "<html><head><title>T</title></head><body><p>Envoys met.</p></body></html>", []string{"page.html"}, 0},
		{"note.txt", "Envoys met in Sarn.", []string{"note.txt"}, 0},
		{"empty.txt", "", nil, 1},
		{"blob.bin", "\x00\x01\x02\x03\x00\x00", nil, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var sources []string
			errs := 0
			err := Read(context.Background(), tc.name, strings.NewReader(tc.in), Options{},
				func(r parallax.Raw) error { sources = append(sources, r.Source); return nil },
				func(error) { errs++ })
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if strings.Join(sources, " ") != strings.Join(tc.sources, " ") || errs != tc.errs {
				t.Errorf("read %q with %d problems, want %q with %d", sources, errs, tc.sources, tc.errs)
			}
		})
	}
}

func TestReadStops(t *testing.T) {
	want := errors.New("store full")
	err := Read(context.Background(), "a.txt", strings.NewReader("Envoys met."), Options{},
		func(parallax.Raw) error { return want }, nil)
	if !errors.Is(err, want) {
		t.Errorf("Read returned %v, want the error fn returned", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Read(ctx, "a.txt", strings.NewReader("Envoys met."), Options{}, func(parallax.Raw) error { return nil }, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("Read on a cancelled context returned %v", err)
	}
}

func TestReadTooLarge(t *testing.T) {
	errs := 0
	err := Read(context.Background(), "big.txt", strings.NewReader(strings.Repeat("word ", 100)), Options{MaxSize: 64},
		func(parallax.Raw) error { t.Error("a document over the size limit was read"); return nil },
		func(error) { errs++ })
	if err != nil || errs != 1 {
		t.Errorf("Read returned %v with %d problems, want nil with 1", err, errs)
	}
}
