package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	phttp "github.com/parallax-news/parallax/http"
)

// lockedBuffer is a buffer a server goroutine writes while the test reads.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestServe runs the command on a store of the example corpus: it serves
// the stored analysis, takes an upload and an analysis with the token,
// refuses them without, and stops when its context ends.
func TestServe(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	runOK(t, "ingest", "--db", db, filepath.Join("..", "..", "examples", "lennar-pass"))
	runOK(t, "analyze", "--db", db)
	t.Setenv(tokenVariable, "s3cret")

	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr lockedBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr}, []string{"serve", "--db", db, "--addr", "127.0.0.1:0"})
	}()
	base := ""
	for deadline := time.Now().Add(10 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if m := regexp.MustCompile(`http://127\.0\.0\.1:\d+`).FindString(stdout.String()); m != "" {
			base = m
		}
	}
	if base == "" {
		cancel()
		t.Fatalf("serve printed no address; stderr: %s", stderr.String())
	}

	stories := func() []map[string]any {
		resp, err := http.Get(base + "/api/stories")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out []map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			t.Fatal(err)
		}
		return out
	}
	before := len(stories())
	if before == 0 {
		t.Fatal("no story served from the analysed store")
	}
	post := func(path, token, body string) (int, string) {
		req, _ := http.NewRequest("POST", base+path, strings.NewReader(body))
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	const page = "Harvest festival opens in Orlen\n\nThe harvest festival of Orlen opened on Saturday with a parade of tractors. Mayor Ida Brenn said the fair would run for a week."
	if code, _ := post("/api/documents?name=festival.txt", "wrong", page); code != http.StatusUnauthorized {
		t.Errorf("upload with a wrong token: status %d", code)
	}
	code, body := post("/api/documents?name=festival.txt", "s3cret", page)
	var up struct{ Added []string }
	if json.Unmarshal([]byte(body), &up); code != http.StatusOK || len(up.Added) != 1 {
		t.Fatalf("upload: status %d, %s", code, body)
	}
	if code, body := post("/api/analyze", "s3cret", ""); code != http.StatusOK {
		t.Fatalf("analyze: status %d, %s", code, body)
	}
	if after := len(stories()); after != before+1 {
		t.Errorf("%d stories after uploading an unrelated page and analysing, want %d", after, before+1)
	}

	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("serve exited %d after its context ended; stderr: %s", code, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop when its context ended")
	}
}

// TestIngestStream checks what an upload reports: the same page uploaded
// under a second name is a copy, and again under that name a duplicate.
func TestIngestStream(t *testing.T) {
	st := openStore(t, filepath.Join(t.TempDir(), "p.db"))
	defer st.Close()
	const page = "Ferry line resumes\n\nThe ferry between the two harbours sailed again on Monday, the port authority said."
	tests := []struct {
		name string
		want func(phttp.IngestResult) []string // the list the page's id belongs in
	}{
		{"ferry.txt", func(r phttp.IngestResult) []string { return r.Added }},
		{"mirror/ferry.txt", func(r phttp.IngestResult) []string { return r.Copies }},
		{"mirror/ferry.txt", func(r phttp.IngestResult) []string { return r.Duplicates }},
	}
	for i, tt := range tests {
		res, err := ingestStream(t.Context(), st, tt.name, strings.NewReader(page))
		if err != nil {
			t.Fatalf("upload #%d of %s: %v", i+1, tt.name, err)
		}
		n := len(res.Added) + len(res.Copies) + len(res.Duplicates) + len(res.Revisions) + len(res.Errors)
		if got := tt.want(res); n != 1 || len(got) != 1 {
			t.Errorf("upload #%d of %s: %+v, want the page's id in one list", i+1, tt.name, res)
		}
	}
}
