package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestMeterEstimatesTimeLeft(t *testing.T) {
	var out strings.Builder
	m := newMeter(env{Stderr: &out, Terminal: true}, false)
	m.Stage("reading")
	m.mu.Lock()
	m.started = time.Now().Add(-30 * time.Second) // a third done in 30 s
	m.mu.Unlock()
	m.Count("10 documents read", 1.0/3)
	m.Done()
	line := out.String()
	for _, want := range []string{"reading: 10 documents read · 30s · 33% · about 1m0s left", "\r\033[K"} {
		if !strings.Contains(line, want) {
			t.Errorf("%q not in %q", want, line)
		}
	}
	if !strings.HasSuffix(line, "\r\033[K") {
		t.Errorf("the line is not cleared at the end: %q", line)
	}
}

func TestMeterSilent(t *testing.T) {
	for _, m := range []*meter{nil, newMeter(env{Stderr: os.Stderr, Terminal: false}, false), newMeter(env{Stderr: os.Stderr, Terminal: true}, true)} {
		m.Stage("reading") // draws nothing, and does not fail
		m.Count("1 document read", 0.5)
		m.Clear()
		m.Done()
	}
}

func TestInputBytes(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"sub", ".hidden"} {
		if err := os.Mkdir(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	writeFile(t, dir, "a.txt", make([]byte, 100))
	writeFile(t, dir, "sub/b.html", make([]byte, 50))
	writeFile(t, dir, ".hidden/c.txt", make([]byte, 1000))
	if got := inputBytes([]string{dir}); got != 150 {
		t.Errorf("inputBytes = %d, want 150 (hidden folders skipped)", got)
	}
	if got := inputBytes([]string{filepath.Join(dir, "a.txt"), "-"}); got != 0 {
		t.Errorf("inputBytes with standard input = %d, want 0 (unknown)", got)
	}
}
