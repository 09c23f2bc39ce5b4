package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const goodPage = "Ceasefire talks resume in Geneva\n\nDelegations from both sides arrived on Monday, officials said.\n\nThe talks are expected to last three days."

// badInput makes one unreadable input in dir and returns its path.
type badInput struct {
	name string
	make func(t *testing.T, dir string) string
}

var badInputs = []badInput{
	{"empty file", func(t *testing.T, dir string) string {
		return writeFile(t, dir, "empty.txt", nil)
	}},
	{"binary file", func(t *testing.T, dir string) string {
		b := make([]byte, 4096)
		for i := range b {
			b[i] = byte(i * 7)
		}
		return writeFile(t, dir, "image.txt", b)
	}},
	{"truncated gzip", func(t *testing.T, dir string) string {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte(strings.Repeat(goodPage+"\n\n", 50)))
		zw.Close()
		return writeFile(t, dir, "cut.txt.gz", buf.Bytes()[:buf.Len()/2])
	}},
	{"huge sparse file", func(t *testing.T, dir string) string {
		p := writeFile(t, dir, "huge.txt", nil)
		if err := os.Truncate(p, 200<<20); err != nil {
			t.Fatal(err)
		}
		return p
	}},
	{"symlink loop", func(t *testing.T, dir string) string {
		p := filepath.Join(dir, "loop.txt")
		if err := os.Symlink("loop.txt", p); err != nil {
			t.Skipf("cannot make a symlink: %v", err)
		}
		return p
	}},
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// checkOneErrorLine checks that stderr holds exactly one line and that it
// names the file at path.
func checkOneErrorLine(t *testing.T, stderr, path string) {
	t.Helper()
	ls := lines(stderr)
	if len(ls) != 1 {
		t.Errorf("stderr has %d lines, want one naming %s:\n%s", len(ls), filepath.Base(path), stderr)
		return
	}
	if !strings.Contains(ls[0], filepath.Base(path)) {
		t.Errorf("stderr line %q does not name %s", ls[0], filepath.Base(path))
	}
}

func TestBadInputBesideGood(t *testing.T) {
	for _, bad := range badInputs {
		t.Run(bad.name, func(t *testing.T) {
			dir := t.TempDir()
			in := filepath.Join(dir, "in")
			if err := os.Mkdir(in, 0o755); err != nil {
				t.Fatal(err)
			}
			writeFile(t, in, "good.txt", []byte(goodPage))
			p := bad.make(t, in)

			r := runWith(t, false, "extract", in)
			if r.code != exitOK {
				t.Errorf("extract: exit %d, want 0", r.code)
			}
			checkOneErrorLine(t, r.stderr, p)
			if n := len(lines(r.stdout)); n != 1 || !strings.Contains(r.stdout, "good.txt") {
				t.Errorf("extract printed %d documents, want the good file's only:\n%s", n, r.stdout)
			}

			r = runWith(t, false, "ingest", "--db", filepath.Join(dir, "p.db"), in)
			if r.code != exitOK {
				t.Errorf("ingest: exit %d, want 0", r.code)
			}
			checkOneErrorLine(t, r.stderr, p)
			if got := parseSummary(t, r.stdout); got != (summary{added: 1, errors: 1}) {
				t.Errorf("ingest: %+v, want 1 new and 1 error", got)
			}

			r = runWith(t, false, "extract", p)
			if r.code == exitOK {
				t.Errorf("extract of the bad input alone: exit 0, want a failure")
			}
			if r.stdout != "" {
				t.Errorf("extract of the bad input alone printed %q", r.stdout)
			}
		})
	}
}

func TestOnlyBadInputs(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, bad := range badInputs {
		paths = append(paths, bad.make(t, dir))
	}
	for _, args := range [][]string{
		{"extract", dir},
		{"ingest", "--db", filepath.Join(t.TempDir(), "p.db"), dir},
		{"analyze", dir},
	} {
		r := runWith(t, false, args...)
		if r.code == exitOK {
			t.Errorf("parallax %s on only bad inputs: exit 0, want a failure", args[0])
		}
		for _, p := range paths {
			if !strings.Contains(r.stderr, filepath.Base(p)) {
				t.Errorf("parallax %s: stderr does not name %s:\n%s", args[0], filepath.Base(p), r.stderr)
			}
		}
	}
}

// TestFolderSymlinkLoop checks that a link back to a folder being read is
// reported once and does not stop the rest.
func TestFolderSymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "good.txt", []byte(goodPage))
	link := filepath.Join(dir, "again")
	if err := os.Symlink(".", link); err != nil {
		t.Skipf("cannot make a symlink: %v", err)
	}
	r := runWith(t, false, "extract", dir)
	if r.code != exitOK {
		t.Errorf("exit %d, want 0", r.code)
	}
	checkOneErrorLine(t, r.stderr, link)
	if n := len(lines(r.stdout)); n != 1 {
		t.Errorf("printed %d documents, want 1", n)
	}
}

func TestProgress(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "good.txt", []byte(goodPage))
	tests := []struct {
		name     string
		terminal bool
		args     []string
		want     bool
	}{
		{"not a terminal", false, []string{"extract", dir}, false},
		{"terminal", true, []string{"extract", dir}, true},
		{"terminal, quiet", true, []string{"extract", "--quiet", dir}, false},
		{"ingest not a terminal", false, []string{"ingest", "--db", filepath.Join(t.TempDir(), "a.db"), dir}, false},
		{"ingest terminal", true, []string{"ingest", "--db", filepath.Join(t.TempDir(), "b.db"), dir}, true},
		{"ingest terminal, quiet", true, []string{"ingest", "--quiet", "--db", filepath.Join(t.TempDir(), "c.db"), dir}, false},
		{"analyze terminal", true, []string{"analyze", dir}, true},
		{"analyze terminal, quiet", true, []string{"analyze", "--quiet", dir}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(t, tt.terminal, tt.args...)
			if r.code != exitOK {
				t.Fatalf("exit %d\nstderr: %s", r.code, r.stderr)
			}
			shown := strings.Contains(r.stderr, "1 document read, 0 errors")
			if shown != tt.want {
				t.Errorf("progress shown = %v, want %v; stderr %q", shown, tt.want, r.stderr)
			}
			if tt.want && tt.args[0] == "analyze" && !strings.Contains(r.stderr, "comparing statements") {
				t.Errorf("analyze shows no progress after reading: %q", r.stderr)
			}
			if !tt.want && r.stderr != "" {
				t.Errorf("stderr %q, want nothing: no errors happened", r.stderr)
			}
		})
	}
}
