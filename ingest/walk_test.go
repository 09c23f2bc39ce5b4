package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/testcorpus"
)

const mixedDir = "../testdata/mixed"

// walkAll runs Walk and collects what it yields and reports.
func walkAll(t *testing.T, paths []string, opt Options) ([]parallax.Raw, []error) {
	t.Helper()
	var docs []parallax.Raw
	var errs []error
	err := Walk(context.Background(), paths, opt, func(r parallax.Raw) error {
		docs = append(docs, r)
		return nil
	}, func(err error) { errs = append(errs, err) })
	if err != nil {
		t.Fatalf("Walk(%v) = %v", paths, err)
	}
	for _, d := range docs {
		if !utf8.ValidString(d.Data) || !utf8.ValidString(d.Title) || !utf8.ValidString(d.URL) {
			t.Errorf("%s: output is not valid UTF-8", d.Source)
		}
	}
	return docs, errs
}

func TestWalkMixed(t *testing.T) {
	src := func(name string) string { return filepath.Join(mixedDir, name) }
	want := []struct {
		source, kind, charset string
		url, title, published string
		fetched               string
		contains              string
	}{
		{src("border-monitor.rss#1"), "html", "utf-8", "https://border-monitor.example/2025/10/14/marenia-recalls-ambassador", "Marenia recalls ambassador after Sarn Valley shelling", "2025-10-14T09:30:00+02:00", "", "recalled its ambassador"},
		{src("border-monitor.rss#2"), "html", "utf-8", "https://border-monitor.example/2025/10/15/tolvakia-exercises", "Tolvakia calls troop movements near Brelik routine", "2025-10-15T16:05:00Z", "", "<p>KESTRA"},
		{src("briefing.html"), "html", "utf-8", "", "", "", "", "René Aebischer"},
		{src("courier.warc#3"), "html", "utf-8", "https://northern-courier.example/world/sarn-valley-villagers-flee", "", "", "2025-10-18T10:00:02Z", "Villagers flee"},
		{src("courier.warc#5"), "html", "utf-8", "https://kestra-daily.example/politics/monitors-rejected", "", "", "2025-10-18T10:00:04Z", "unjust border"},
		{src("crawl.warc.gz#2"), "html", "utf-8", "https://lorvan-review.example/analysis/why-sarn-matters", "", "", "2025-10-19T08:30:01Z", "holds the harvest"},
		{src("crawl.warc.gz#5"), "html", "windows-1251", "https://novosti-regiona.example/2025/10/obmen", "", "", "2025-10-19T08:31:00Z", "обменялись пленными"},
		{src("dispatch.txt"), "text", "utf-8", "", "", "", "", "Red Cross convoy"},
		{src("opinion.html.gz"), "html", "utf-8", "", "", "", "", "last exit before war"},
		{src("records.jsonl#1"), "text", "utf-8", "https://lorvan-times.example/politics/border-police-budget", "Parliament doubles border police budget", "2025-10-20", "", "open wound"},
		{src("records.jsonl#2"), "text", "utf-8", "https://kestra-markets.example/grain/wheat-prices", "Wheat prices climb as Sarn farmers hold harvest", "2025-10-21T11:20:00+03:00", "", "Jonas Reil"},
		{src("records.jsonl#3"), "html", "utf-8", "https://un-news.example/envoy-restraint", "", "", "", "Amara Diallo"},
		{src("ru-cp1251.html"), "html", "windows-1251", "", "", "", "", "жители покидают сёла"},
		{src("ru-koi8-declared.htm"), "html", "koi8-r", "", "", "", "", "Переговоры в Женеве"},
		{src("ru-koi8.txt"), "text", "koi8-r", "", "", "", "", "пограничном переходе"},
		{src("statement.txt.gz"), "text", "utf-8", "", "", "", "", "joint investigation"},
		{src("wire.atom#1"), "html", "utf-8", "https://alpinewire.example/2025/10/16/geneva-talks", "Marenia and Tolvakia agree to Geneva talks", "2025-10-16T07:45:00+02:00", "", "without preconditions"},
	}
	docs, errs := walkAll(t, []string{mixedDir}, Options{})
	if len(errs) > 0 {
		t.Errorf("errors: %v", errs)
	}
	if len(docs) != len(want) {
		t.Fatalf("got %d documents, want %d", len(docs), len(want))
	}
	seen := map[string]bool{}
	for i, w := range want {
		d := docs[i]
		if d.Source != w.source || string(d.Kind) != w.kind || d.Charset != w.charset {
			t.Errorf("doc %d = %s %s %s, want %s %s %s", i, d.Source, d.Kind, d.Charset, w.source, w.kind, w.charset)
		}
		if d.URL != w.url || d.Title != w.title || d.Published != w.published {
			t.Errorf("%s: url, title, published = %q, %q, %q; want %q, %q, %q", d.Source, d.URL, d.Title, d.Published, w.url, w.title, w.published)
		}
		if got := fetched(d); got != w.fetched {
			t.Errorf("%s: fetched %q, want %q", d.Source, got, w.fetched)
		}
		if !strings.Contains(d.Data, w.contains) {
			t.Errorf("%s: data lacks %q", d.Source, w.contains)
		}
		if seen[d.Data] {
			t.Errorf("%s: same data as another document", d.Source)
		}
		seen[d.Data] = true
	}
}

func fetched(r parallax.Raw) string {
	if r.Fetched.IsZero() {
		return ""
	}
	return r.Fetched.UTC().Format("2006-01-02T15:04:05Z")
}

func TestWalkDeterministic(t *testing.T) {
	sources := func() []string {
		docs, _ := walkAll(t, []string{mixedDir}, Options{})
		var s []string
		for _, d := range docs {
			s = append(s, d.Source)
		}
		return s
	}
	a, b := sources(), sources()
	if !slices.Equal(a, b) {
		t.Fatalf("two walks differ:\n%v\n%v", a, b)
	}
	files := make([]string, 0, len(a))
	for _, s := range a {
		f, _, _ := strings.Cut(s, "#")
		files = append(files, f)
	}
	if !slices.IsSorted(files) {
		t.Errorf("files not read in sorted order: %v", files)
	}
}

func TestWalkBadInputs(t *testing.T) {
	tests := []struct {
		file string
		want string // in the error
		docs int    // documents still delivered from the file
		errs int
	}{
		{"empty.txt", "empty file", 0, 1},
		{"whitespace.txt", "white space only", 0, 1},
		{"binary.dat", "binary file", 0, 1},
		{"control-bytes.html", "binary file", 0, 1},
		{"truncated.txt.gz", "truncated gzip: unexpected EOF", 0, 1},
		{"truncated.warc", "truncated WARC: record 4", 1, 1},
		{"truncated.warc.gz", "truncated gzip: unexpected EOF", 1, 1},
		{"not-a-warc.warc", "expected a WARC version line", 0, 1},
		{"empty-feed.rss", "feed has no items", 0, 1},
		{"bad-lines.jsonl", "bad-lines.jsonl:2: bad JSON record", 1, 2},
		{"missing.txt", "no such file", 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			bad := filepath.Join("testdata", "bad", tt.file)
			good := filepath.Join(mixedDir, "dispatch.txt")
			docs, errs := walkAll(t, []string{bad, good}, Options{})
			if len(errs) != tt.errs {
				t.Fatalf("got %d errors, want %d: %v", len(errs), tt.errs, errs)
			}
			if msg := errs[0].Error(); !strings.HasPrefix(msg, bad) || !strings.Contains(msg, tt.want) {
				t.Errorf("error %q: want it to start with %q and contain %q", msg, bad, tt.want)
			}
			if len(docs) != tt.docs+1 || docs[len(docs)-1].Source != good {
				t.Errorf("got %d documents, want %d from the bad file and then %s", len(docs), tt.docs, good)
			}
		})
	}
}

func TestWalkTooLarge(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: 200 MB long, nothing written, so refusing it must not
	// depend on reading it.
	if err := f.Truncate(200 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()

	var text bytes.Buffer
	for text.Len() < 2<<20 {
		text.WriteString("The border crossing at Brelik stayed closed for a third day. ")
	}
	bomb := filepath.Join(dir, "bomb.txt.gz")
	writeFile(t, bomb, gzipBytes(t, text.Bytes()))
	small := filepath.Join(dir, "small.txt")
	writeFile(t, small, []byte("Convoys resumed on Sunday."))

	tests := []struct {
		path string
		opt  Options
		want string
	}{
		{huge, Options{}, "larger than the 67108864-byte limit"},
		{bomb, Options{MaxSize: 1 << 20}, "decompressed data is larger than the size limit"},
	}
	for _, tt := range tests {
		docs, errs := walkAll(t, []string{tt.path, small}, tt.opt)
		if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), tt.path) || !strings.Contains(errs[0].Error(), tt.want) {
			t.Errorf("%s: errors %v, want one naming the file and saying %q", tt.path, errs, tt.want)
		}
		if len(docs) != 1 || docs[0].Source != small {
			t.Errorf("%s: got %d documents, want only %s", tt.path, len(docs), small)
		}
	}
}

func TestWalkSymlinks(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(sub, "a.txt"), []byte("Talks resume in Geneva."))
	for _, l := range []struct{ target, link string }{
		{dir, filepath.Join(sub, "loop")},               // back to an ancestor
		{"self", filepath.Join(dir, "self")},            // to itself
		{"missing.txt", filepath.Join(dir, "dangling")}, // to nothing
		{filepath.Join(sub, "a.txt"), filepath.Join(dir, "b.txt")},
	} {
		if err := os.Symlink(l.target, l.link); err != nil {
			t.Skipf("symlinks unavailable: %v", err)
		}
	}
	docs, errs := walkAll(t, []string{dir}, Options{})
	var got []string
	for _, d := range docs {
		got = append(got, d.Source)
	}
	want := []string{filepath.Join(dir, "b.txt"), filepath.Join(sub, "a.txt")}
	if !slices.Equal(got, want) {
		t.Errorf("documents %v, want %v", got, want)
	}
	wantErrs := []string{
		filepath.Join(dir, "dangling") + ": no such file",
		filepath.Join(dir, "self") + ": too many levels of symbolic links",
		filepath.Join(sub, "loop") + ": symlink loop",
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors %v, want %d", errs, len(wantErrs))
	}
	for i, w := range wantErrs {
		if !strings.HasPrefix(errs[i].Error(), w) {
			t.Errorf("error %q, want it to start with %q", errs[i], w)
		}
	}
}

func TestWalkUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("permissions do not stop root")
	}
	p := filepath.Join(t.TempDir(), "locked.txt")
	writeFile(t, p, []byte("Nobody may read this."))
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	_, errs := walkAll(t, []string{p}, Options{})
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), p+": permission denied") {
		t.Errorf("errors %v, want one saying %s cannot be read", errs, p)
	}
}

func TestWalkStdin(t *testing.T) {
	feed, err := os.ReadFile(filepath.Join(mixedDir, "border-monitor.rss"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		input   []byte
		sources []string
		kind    parallax.Kind
	}{
		{"text", []byte("Shelling resumed near Holm overnight."), []string{"-"}, parallax.KindText},
		{"gzip html", gzipBytes(t, []byte("<html><body><p>Shelling resumed.</p></body></html>")), []string{"-"}, parallax.KindHTML},
		{"feed", feed, []string{"-#1", "-#2"}, parallax.KindHTML},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "stdin")
			writeFile(t, p, tt.input)
			f, err := os.Open(p)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			old := os.Stdin
			os.Stdin = f
			defer func() { os.Stdin = old }()
			docs, errs := walkAll(t, []string{"-"}, Options{})
			if len(errs) > 0 {
				t.Fatalf("errors: %v", errs)
			}
			var got []string
			for _, d := range docs {
				got = append(got, d.Source)
				if d.Kind != tt.kind {
					t.Errorf("%s: kind %s, want %s", d.Source, d.Kind, tt.kind)
				}
			}
			if !slices.Equal(got, tt.sources) {
				t.Errorf("sources %v, want %v", got, tt.sources)
			}
		})
	}
}

func TestWalkStops(t *testing.T) {
	halt := errors.New("halt")
	n := 0
	err := Walk(context.Background(), []string{mixedDir}, Options{}, func(parallax.Raw) error {
		n++
		if n == 3 {
			return halt
		}
		return nil
	}, nil)
	if !errors.Is(err, halt) || n != 3 {
		t.Errorf("Walk = %v after %d documents, want %v after 3", err, n, halt)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	n = 0
	err = Walk(ctx, []string{mixedDir}, Options{}, func(parallax.Raw) error { n++; return nil }, nil)
	if !errors.Is(err, context.Canceled) || n != 0 {
		t.Errorf("cancelled Walk = %v after %d documents, want %v after 0", err, n, context.Canceled)
	}
}

func writeFile(t *testing.T, p string, b []byte) {
	t.Helper()
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func gzipBytes(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWalkFnPanicPassesOn(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("a panic in fn was swallowed")
		}
	}()
	Walk(context.Background(), []string{mixedDir}, Options{}, func(parallax.Raw) error { panic("fn") }, nil)
}

func FuzzRead(f *testing.F) {
	f.Add([]byte("Talks resume in Geneva."), "a.txt")
	f.Add(gzipBytes(f, []byte(`{"text":"x"}`)), "a.jsonl.gz")
	f.Add([]byte("WARC/1.0\r\nContent-Length: 0\r\n\r\n\r\n\r\n"), "noext")
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		var docs []parallax.Raw
		var errs []error
		w := collect(&docs, &errs)
		w.opt.MaxSize = 1 << 20
		w.read("f", name, bytes.NewReader(data), 0)
		for _, d := range docs {
			if !utf8.ValidString(d.Data) || !utf8.ValidString(d.Title) || !utf8.ValidString(d.URL) {
				t.Fatalf("%s: not valid UTF-8", d.Source)
			}
			if d.Kind != parallax.KindHTML && d.Kind != parallax.KindText {
				t.Fatalf("%s: kind %q", d.Source, d.Kind)
			}
		}
	})
}

// TestWalkSharedPagesVerbatim reads the shared corpus, plain UTF-8 pages
// whose gold quotes their exact bytes: ingest must hand them on unchanged.
func TestWalkSharedPagesVerbatim(t *testing.T) {
	dir := filepath.Join(testcorpus.Dir(t, "corpus/karabakh"), "pages")
	docs, errs := walkAll(t, []string{dir}, Options{})
	if len(errs) > 0 {
		t.Errorf("errors: %v", errs)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != len(entries) {
		t.Fatalf("got %d documents from %d files", len(docs), len(entries))
	}
	for i, e := range entries {
		want, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		d := docs[i]
		if d.Source != filepath.Join(dir, e.Name()) || d.Kind != parallax.KindText || d.Charset != "utf-8" || d.Data != string(want) {
			t.Errorf("%s: got %s %s %s, data equal: %v; want the file's bytes as utf-8 text", e.Name(), d.Source, d.Kind, d.Charset, d.Data == string(want))
		}
	}
}

func BenchmarkWalkMixed(b *testing.B) {
	var n int64
	for b.Loop() {
		Walk(context.Background(), []string{mixedDir}, Options{}, func(r parallax.Raw) error {
			n += int64(len(r.Data))
			return nil
		}, func(err error) { b.Fatal(err) })
	}
}

func TestWalkPipes(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := mkfifo(fifo); err != nil {
		t.Skipf("named pipes unavailable: %v", err)
	}
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.Write([]byte("Shelling resumed near Holm overnight."))
		f.Close()
	}()
	docs, errs := walkAll(t, []string{fifo}, Options{})
	if len(errs) != 0 || len(docs) != 1 || docs[0].Source != fifo {
		t.Errorf("named pipe argument: %d documents, errors %v; want its one document", len(docs), errs)
	}
	// Inside a folder, a pipe is not opened: nobody may ever write to it.
	docs, errs = walkAll(t, []string{dir}, Options{})
	if len(docs) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "not a regular file") {
		t.Errorf("pipe in a folder: %d documents, errors %v; want one error", len(docs), errs)
	}
}
