package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
)

func TestParseJSONL(t *testing.T) {
	type rec struct {
		line                  int
		kind                  parallax.Kind
		url, title, published string
		data                  string
		err                   string
	}
	input := "\xef\xbb\xbf" + `{"url":"https://a.example/1","title":"Talks","published":"Tue, 14 Oct 2025 09:30:00 +0200","text":"Talks resume."}` + "\n" +
		"\n" +
		`{"url":"https://a.example/2","html":"<p>Convoy arrives.</p>","text":"ignored"}` + "\r\n" +
		`{"url": 5, "text": "wrong type"}` + "\n" +
		`{"title":"no body"}` + "\n" +
		`[1,2]` + "\n" +
		"{\"text\":\"bad bytes \xff here\",\"published\":\"soon\"}" // no final newline
	want := []rec{
		{1, parallax.KindText, "https://a.example/1", "Talks", "2025-10-14T09:30:00+02:00", "Talks resume.", ""},
		{3, parallax.KindHTML, "https://a.example/2", "", "", "<p>Convoy arrives.</p>", ""},
		{4, "", "", "", "", "", "bad JSON record"},
		{5, "", "", "", "", "", `no "text" or "html"`},
		{6, "", "", "", "", "", "bad JSON record"},
		{7, parallax.KindText, "", "", "", "bad bytes \uFFFD here", ""},
	}
	var got []rec
	err := parseJSONL(bufio.NewReader(strings.NewReader(input)), func(line int, raw parallax.Raw, err error) error {
		r := rec{line, raw.Kind, raw.URL, raw.Title, raw.Published, raw.Data, ""}
		if err != nil {
			r.err = err.Error()
		}
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("got %d records, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if w.err != "" {
			if !strings.Contains(g.err, w.err) || g.line != w.line {
				t.Errorf("record %d: line %d error %q, want line %d error containing %q", i, g.line, g.err, w.line, w.err)
			}
			continue
		}
		if g != w {
			t.Errorf("record %d = %+v, want %+v", i, g, w)
		}
	}
}

func TestParseJSONLReadError(t *testing.T) {
	damage := errors.New("truncated gzip: unexpected EOF")
	r := failAfter(`{"text":"whole line"}`+"\n"+`{"text":"cut sh`, damage)
	var lines []int
	err := parseJSONL(r, func(line int, _ parallax.Raw, err error) error {
		if err != nil {
			t.Errorf("line %d reported %v; a line cut by a read error must not be parsed", line, err)
		}
		lines = append(lines, line)
		return nil
	})
	if !errors.Is(err, damage) || len(lines) != 1 {
		t.Errorf("got %v after lines %v, want %v after line 1", err, lines, damage)
	}
}

// failAfter returns a reader of s that then fails with err.
func failAfter(s string, err error) *bufio.Reader {
	return bufio.NewReader(&readThenFail{r: strings.NewReader(s), err: err})
}

type readThenFail struct {
	r   *strings.Reader
	err error
}

func (f *readThenFail) Read(p []byte) (int, error) {
	if f.r.Len() == 0 {
		return 0, f.err
	}
	return f.r.Read(p)
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"url":"https://a.example/","title":"t","published":"2025-10-20","text":"x"}` + "\n" + `{"html":"<p>y</p>"}`))
	f.Add([]byte("{\"text\":\"\\ud800\"}\n{bad"))
	f.Fuzz(func(t *testing.T, data []byte) {
		parseJSONL(bufio.NewReader(bytes.NewReader(data)), func(line int, raw parallax.Raw, err error) error {
			for _, s := range []string{raw.Data, raw.Title, raw.URL, raw.Published} {
				if !utf8.ValidString(s) {
					t.Fatalf("line %d: %q is not valid UTF-8", line, s)
				}
			}
			return nil
		})
	})
}

// A JSON document laid over many lines is one bad input, not one per line;
// a JSON Lines file with a broken line still yields its other records.
func TestWalkJSONDocumentIsNotJSONLines(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "labels.json")
	if err := os.WriteFile(doc, []byte("{\n \"a.txt\": {\"story\": \"s1\"},\n \"b.txt\": {\"story\": \"s2\"}\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lines := filepath.Join(dir, "records.jsonl")
	if err := os.WriteFile(lines, []byte("{bad}\n{\"url\":\"https://x.example/1\",\"text\":\"Monitors reached the pass on Monday.\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, errs := walkAll(t, []string{doc, lines}, Options{})
	if len(errs) != 2 {
		t.Fatalf("errors %v, want one for the JSON document and one for the bad line", errs)
	}
	if !strings.HasPrefix(errs[0].Error(), doc+": not JSON Lines") {
		t.Errorf("error %q, want it to name %s as not JSON Lines", errs[0], doc)
	}
	if len(docs) != 1 || docs[0].URL != "https://x.example/1" {
		t.Errorf("documents %+v, want the one good record", docs)
	}
}
