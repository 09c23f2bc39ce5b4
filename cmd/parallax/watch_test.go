package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax/sqlite"
)

// newsSite serves a feed of two items at /feed.xml and their pages, on
// the loopback interface.
func newsSite(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Lennar Courier</title>
<item><title>Ministers meet at the pass</title><link>/news/meet</link><guid>meet</guid></item>
<item><title>Border post reopens</title><link>/news/post</link><guid>post</guid></item>
</channel></rss>`)
	})
	mux.HandleFunc("/news/", func(w http.ResponseWriter, r *http.Request) {
		slug := strings.TrimPrefix(r.URL.Path, "/news/")
		fmt.Fprintf(w, `<!doctype html><html><head><title>%[1]s</title></head><body><article><h1>%[1]s</h1>
<p>The interior minister of Kardonia said on Monday that the border post at the pass would reopen on Friday, after talks about %[1]s.</p>
<p>The governor of the province denied that any agreement had been reached and told reporters that the post stays closed.</p>
</article></body></html>`, slug)
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestWatchFollowsAFileOfFeeds(t *testing.T) {
	srv := newsSite(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	list := filepath.Join(dir, "feeds.txt")
	if err := os.WriteFile(list, []byte("# the courier\n\n"+srv.URL+"/feed.xml\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	fast := []string{"--private", "--delay", "1ms", "--timeout", "5s", "--every", "1ns"}
	r := runOK(t, append([]string{"watch", "--db", db, "--once"}, append(fast, list)...)...)
	if !strings.Contains(r.stdout, "1 source polled (0 unchanged, 0 failed), 2 new items, 2 pages fetched; stored 2 new") ||
		!strings.Contains(r.stdout, "analysed: ") {
		t.Errorf("first round printed %q", r.stdout)
	}
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if n, _ := st.CountDocuments(context.Background()); n != 2 {
		t.Errorf("%d documents stored; want 2", n)
	}
	a, err := st.Analysis(context.Background())
	if err != nil || len(a.Stories) == 0 || len(a.Statements) == 0 {
		t.Errorf("stored analysis: %d stories, %d statements, %v; want some of each", len(a.Stories), len(a.Statements), err)
	}
	// The source is in the store's list now: polled again without the
	// file, when due, it is unchanged.
	r = runOK(t, append([]string{"watch", "--db", db, "--once"}, fast...)...)
	if !strings.Contains(r.stdout, "1 source polled (1 unchanged, 0 failed)") || strings.Contains(r.stdout, "analysed") {
		t.Errorf("a round over the store's list printed %q; want the source unchanged and no analysis", r.stdout)
	}
}

func TestWatchAddListRemove(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	feed := "https://news.example.org/feed.xml"
	if r := runOK(t, "watch", "--db", db, "--add", feed, feed); r.stdout != feed+": added\n"+feed+": already followed\n" {
		t.Errorf("--add printed %q", r.stdout)
	}
	if r := runOK(t, "watch", "--db", db, "--list"); !strings.HasPrefix(r.stdout, feed+"\tpolled never, next ") {
		t.Errorf("--list printed %q", r.stdout)
	}
	if r := runOK(t, "watch", "--db", db, "--remove", feed); r.stdout != feed+": removed\n" {
		t.Errorf("--remove printed %q", r.stdout)
	}
	if r := runOK(t, "watch", "--db", db, "--list"); r.stdout != "" {
		t.Errorf("--list after removing printed %q", r.stdout)
	}
	for _, args := range [][]string{
		{"--add", "ftp://news.example.org/feed"},
		{"--add", "news.example.org/feed"},
		{"--add", feed, "--list"},
		{"--list", feed},
		{"--remove"},
		{"--every", "0"},
	} {
		if r := runWith(t, false, append([]string{"watch", "--db", db}, args...)...); r.code != exitUsage {
			t.Errorf("watch %v: exit %d; want %d (usage)", args, r.code, exitUsage)
		}
	}
}

// syncBuffer is a buffer that one goroutine writes while another reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

func TestWatchRunsUntilInterrupted(t *testing.T) {
	srv := newsSite(t)
	db := filepath.Join(t.TempDir(), "p.db")
	runOK(t, "watch", "--db", db, "--add", srv.URL+"/feed.xml")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr syncBuffer
	e := env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr}
	code := make(chan int)
	go func() { code <- run(ctx, e, []string{"watch", "--db", db, "--private", "--delay", "1ms"}) }()
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(stdout.String(), "analysed: ") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if c := <-code; c != exitOK || !strings.Contains(stdout.String(), "stored 2 new") {
		t.Errorf("watch until interrupted: exit %d; printed %q, %q; want the items stored and analysed, and exit 0", c, stdout.String(), stderr.String())
	}
}
