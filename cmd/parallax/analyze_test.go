package main

import (
	"encoding/json"
	"path/filepath"
	"sort"
	"testing"

	"github.com/parallax-news/parallax"
)

func TestAnalyzeStore(t *testing.T) {
	dir := mixedDir(t)
	db := filepath.Join(t.TempDir(), "p.db")
	runOK(t, "ingest", "--db", db, dir)
	var stored []string
	st := openStore(t, db)
	if err := st.Documents(t.Context(), func(d parallax.Document) error {
		stored = append(stored, d.ID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	var a parallax.Analysis
	out := runOK(t, "analyze", "--db", db, "--json").stdout
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("analyze --json printed no Analysis: %v", err)
	}
	var got []string
	for _, d := range a.Documents {
		got = append(got, d.ID)
	}
	sort.Strings(got)
	sort.Strings(stored)
	if len(got) != len(stored) || len(got) == 0 {
		t.Fatalf("analyze reported %d documents, %d are stored", len(got), len(stored))
	}
	for i := range got {
		if got[i] != stored[i] {
			t.Errorf("analyze reported documents %v, stored are %v", got, stored)
			break
		}
	}

	if r := runOK(t, "analyze", "--db", db); len(lines(r.stdout)) == 0 {
		t.Error("analyze --db printed no report")
	}
}

func TestAnalyzeEmptyStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	var a parallax.Analysis
	out := runOK(t, "analyze", "--db", db, "--json").stdout
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("analyze --json printed no Analysis: %v", err)
	}
	if a.Documents == nil || len(a.Documents) != 0 {
		t.Errorf("analyze of an empty store: documents %v, want []", a.Documents)
	}
}
