package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
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

	// The analysis is stored back: what the store holds is what was printed.
	st = openStore(t, db)
	defer st.Close()
	kept, err := st.Analysis(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(kept.Statements) != len(a.Statements) || len(kept.Stories) != len(a.Stories) || len(kept.Entities) != len(a.Entities) {
		t.Errorf("stored analysis has %d statements, %d stories, %d entities; printed %d, %d, %d",
			len(kept.Statements), len(kept.Stories), len(kept.Entities), len(a.Statements), len(a.Stories), len(a.Entities))
	}
	if len(a.Statements) == 0 {
		t.Error("the mixed fixtures gave no statements to store")
	}
}

func TestAnalyzeEmptyStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	openStore(t, db).Close()
	var a parallax.Analysis
	out := runOK(t, "analyze", "--db", db, "--json").stdout
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("analyze --json printed no Analysis: %v", err)
	}
	if a.Documents == nil || len(a.Documents) != 0 {
		t.Errorf("analyze of an empty store: documents %v, want []", a.Documents)
	}
}

func TestAnalyzeMissingStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "typo.db")
	r := runWith(t, false, "analyze", "--db", db)
	if r.code != exitFailure {
		t.Errorf("analyze of a missing database: exit %d, want %d", r.code, exitFailure)
	}
	if ls := lines(r.stderr); len(ls) != 1 || !strings.Contains(ls[0], "typo.db") {
		t.Errorf("stderr %q, want one line naming typo.db", r.stderr)
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("analyze created the missing database")
	}
}

func TestAnalyzeWritesCPUProfile(t *testing.T) {
	prof := filepath.Join(t.TempDir(), "cpu.prof")
	runOK(t, "analyze", "--cpuprofile", prof, mixedDir(t))
	if fi, err := os.Stat(prof); err != nil || fi.Size() == 0 {
		t.Errorf("analyze --cpuprofile left no profile: %v", err)
	}
}

func TestAnalyzeWritesHeapProfile(t *testing.T) {
	prof := filepath.Join(t.TempDir(), "heap.prof")
	runOK(t, "analyze", "--memprofile", prof, mixedDir(t))
	if fi, err := os.Stat(prof); err != nil || fi.Size() == 0 {
		t.Errorf("analyze --memprofile left no profile: %v", err)
	}
}

func TestAnalyzeNarrowed(t *testing.T) {
	corpus := filepath.Join("..", "..", "examples", "lennar-pass")
	whole := runOK(t, "analyze", corpus)
	id := regexp.MustCompile(`Story: .* \[(\S+)\]`).FindStringSubmatch(whole.stdout)
	if id == nil || !strings.Contains(whole.stdout, "\nSummary\n") {
		t.Fatalf("the report has no summary or no story id:\n%s", whole.stdout)
	}
	one := runOK(t, "analyze", "--story", id[1], corpus)
	if !strings.Contains(one.stdout, "["+id[1]+"]") || strings.Contains(one.stdout, "Summary") {
		t.Errorf("analyze --story %s:\n%s", id[1], one.stdout)
	}
	top := runOK(t, "analyze", "--top", "1", corpus)
	if strings.Count(top.stdout, "\nStory: ") != 1 {
		t.Errorf("analyze --top 1 printed %d stories", strings.Count(top.stdout, "\nStory: "))
	}
	for _, tc := range []struct {
		args []string
		want int
	}{
		{[]string{"analyze", "--story", "nope", corpus}, exitFailure},
		{[]string{"analyze", "--top", "-1", corpus}, exitUsage},
		{[]string{"analyze", "--json", "--top", "1", corpus}, exitUsage},
	} {
		if r := runWith(t, false, tc.args...); r.code != tc.want {
			t.Errorf("parallax %v: exit %d, want %d: %s", tc.args, r.code, tc.want, r.stderr)
		}
	}
}

// TestAnalyzeRoutesAgree analyses the example corpus from its files and
// from a store it was ingested into: the statements' dates and the
// timeline are the same by either route, whichever copy of a text came
// first.
func TestAnalyzeRoutesAgree(t *testing.T) {
	dir := filepath.Join("..", "..", "examples", "lennar-pass")
	db := filepath.Join(t.TempDir(), "p.db")
	runOK(t, "ingest", "--db", db, dir)
	decode := func(out string) parallax.Analysis {
		var a parallax.Analysis
		if err := json.Unmarshal([]byte(out), &a); err != nil {
			t.Fatalf("analyze --json printed no Analysis: %v", err)
		}
		return a
	}
	files := decode(runOK(t, "analyze", "--json", dir).stdout)
	stored := decode(runOK(t, "analyze", "--json", "--db", db).stdout)
	dates := func(a parallax.Analysis) []string {
		var out []string
		for _, s := range a.Statements {
			out = append(out, s.ID+" "+s.Date)
		}
		for _, e := range a.Timeline {
			out = append(out, e.Date+" "+e.Event)
		}
		sort.Strings(out)
		return out
	}
	if got, want := strings.Join(dates(files), "\n"), strings.Join(dates(stored), "\n"); got != want {
		t.Errorf("dates from the files:\n%s\n\nfrom the store:\n%s", got, want)
	}
}

func TestAnalyzeStoreQuietPrintsNothing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	runOK(t, "ingest", "--db", db, mixedDir(t))
	if r := runOK(t, "analyze", "--db", db, "--quiet"); r.stdout != "" {
		t.Errorf("analyze --db --quiet printed %d bytes, want none", len(r.stdout))
	}
	st := openStore(t, db)
	defer st.Close()
	a, err := st.Analysis(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Statements) == 0 {
		t.Error("analyze --db --quiet stored no analysis")
	}
	if r := runOK(t, "analyze", "--db", db, "--quiet", "--json"); !json.Valid([]byte(r.stdout)) {
		t.Error("analyze --db --quiet --json printed no JSON")
	}
}

func TestDiscards(t *testing.T) {
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	file, err := os.Create(filepath.Join(t.TempDir(), "report.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	tests := []struct {
		name string
		w    io.Writer
		want bool
	}{
		{"null device", null, true},
		{"file", file, false},
		{"buffer", &strings.Builder{}, false},
	}
	for _, tt := range tests {
		if got := discards(tt.w); got != tt.want {
			t.Errorf("discards(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
