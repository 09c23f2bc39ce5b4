package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	var out, errb bytes.Buffer
	e := env{Stdout: &out, Stderr: &errb}
	if code := run(context.Background(), e, []string{"gen", "--docs", "50", "--seed", "3", dir}); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	raw, err := os.ReadFile(filepath.Join(dir, "labels.json"))
	if err != nil {
		t.Fatal(err)
	}
	var labels map[string]struct{ Story, Thread string }
	if err := json.Unmarshal(raw, &labels); err != nil {
		t.Fatalf("labels.json: %v\n%s", err, raw)
	}
	if len(labels) != 50 {
		t.Fatalf("%d labels, want 50", len(labels))
	}
	for name, l := range labels {
		b, err := os.ReadFile(filepath.Join(dir, "docs", name))
		if err != nil {
			t.Fatal(err)
		}
		if l.Story == "" || l.Thread == "" || strings.Count(string(b), "\n") < 4 {
			t.Errorf("%s: label %+v, text %q", name, l, b)
		}
	}
}

func TestGenUsage(t *testing.T) {
	for _, args := range [][]string{
		{"gen"},
		{"gen", "--docs", "0", t.TempDir()},
		{"gen", "--sentences", filepath.Join(t.TempDir(), "missing"), t.TempDir()},
	} {
		var out, errb bytes.Buffer
		if code := run(context.Background(), env{Stdout: &out, Stderr: &errb}, args); code != exitUsage {
			t.Errorf("%v: exit %d, want %d (%s)", args, code, exitUsage, errb.String())
		}
	}
}
