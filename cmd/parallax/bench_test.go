package main

import (
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// benchFixture writes a folder with one plain and one gzipped HTML page and
// a truth file holding the article text of the first only.
func benchFixture(t *testing.T) (dir, truth string) {
	t.Helper()
	dir = t.TempDir()
	page, err := os.ReadFile(filepath.Join("..", "..", "extract", "testdata", "html", "article.html"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ferry.html"), page, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join(dir, "ferry-copy.html.gz"))
	if err != nil {
		t.Fatal(err)
	}
	z := gzip.NewWriter(f)
	z.Write(page)
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	body := "The ferry linking the mainland with the island of Lindholm carried its first passengers in three weeks on Thursday morning, after engineers finished repairing the pier that February's storm had torn apart.\n\n" +
		"About two hundred islanders depend on the crossing for work, school and hospital visits. During the closure a small fishing boat ran an emergency service twice a day, weather permitting, and the harbour master said it had made more than sixty trips.\n\n" +
		"\"We owe the repair crews a great deal,\" said Henrik Dal, who chairs the island council. \"They worked through nights of sleet so that the children could get back to their classrooms before the exams.\"\n\n" +
		"The operator said the timetable would return to six daily sailings from Monday, and that tickets bought for cancelled crossings would be refunded without a fee until the end of April.\n\n" +
		"Engineers will inspect the pier again in May, when the county expects to decide whether the old timber piles should be replaced with steel ones before next winter."
	data, _ := json.Marshal(map[string]map[string]string{"ferry": {"articleBody": body}, "absent": {"articleBody": "a page not in the folder"}})
	truth = filepath.Join(dir, "truth.json")
	if err := os.WriteFile(truth, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, truth
}

// figure returns the number printed after label in bench output.
func figure(t *testing.T, out, label string) float64 {
	t.Helper()
	for _, l := range lines(out) {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == label {
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil {
				t.Fatalf("%s: %v", label, err)
			}
			return v
		}
	}
	t.Fatalf("no %q in output:\n%s", label, out)
	return 0
}

func TestBenchExtract(t *testing.T) {
	dir, truth := benchFixture(t)
	r := runOK(t, "bench", "extract", "--passes", "1", "--truth", truth, dir)
	if n := figure(t, r.stdout, "pages"); n != 2 {
		t.Errorf("pages %v, want 2 (plain and gzipped)", n)
	}
	if figure(t, r.stdout, "pages/s") <= 0 {
		t.Error("no speed measured")
	}
	// Two truth pages: the extracted one scores near 1, the absent one 0.
	if r := figure(t, r.stdout, "recall"); r < 0.45 || r > 0.5 {
		t.Errorf("recall %v, want about 0.5", r)
	}
	if p := figure(t, r.stdout, "precision"); p < 0.9 {
		t.Errorf("precision %v, want at least 0.9", p)
	}
	if !strings.Contains(r.stderr, "1 pages of the truth") {
		t.Errorf("no warning about the missing page: %q", r.stderr)
	}
}

func TestBenchExtractErrors(t *testing.T) {
	dir, _ := benchFixture(t)
	for _, args := range [][]string{
		{"bench"},
		{"bench", "parse", dir},
		{"bench", "extract"},
		{"bench", "extract", "--form", "pdf", dir},
		{"bench", "extract", "--passes", "0", dir},
		{"bench", "extract", filepath.Join(dir, "missing")},
		{"bench", "extract", "--form", "text", dir},
		{"bench", "extract", "--truth", filepath.Join(dir, "ferry.html"), dir},
	} {
		if r := runWith(t, false, args...); r.code != exitUsage {
			t.Errorf("parallax %s: exit %d, want %d; stderr %q", strings.Join(args, " "), r.code, exitUsage, r.stderr)
		}
	}
}

func TestBenchScale(t *testing.T) {
	dir := t.TempDir()
	var ran []string
	var stdout strings.Builder
	e := env{Stdout: &stdout, Stderr: io.Discard}
	c := &benchCommand{env: e, phase: func(ctx context.Context, args []string) (phaseUsage, error) {
		ran = append(ran, args[0])
		start := time.Now()
		if code := run(ctx, e, args); code != exitOK {
			return phaseUsage{}, fmt.Errorf("parallax %s: exit %d", args[0], code)
		}
		return phaseUsage{wall: time.Since(start)}, nil
	}}
	csvPath := filepath.Join(dir, "scale.csv")
	if err := c.Run(t.Context(), []string{"scale", "--sizes", "60,120", "--add", "10", "--dir", dir, "--csv", csvPath}); err != nil {
		t.Fatal(err)
	}
	// Per size: ingest and analyze, then ingest what is added and analyze again.
	if want := slices.Repeat([]string{"ingest", "analyze"}, 4); !slices.Equal(ran, want) {
		t.Errorf("phases run %v, want %v", ran, want)
	}
	f, err := os.Open(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || rows[1][0] != "60" || rows[2][0] != "120" {
		t.Fatalf("CSV rows %v, want a header and the sizes 60 and 120", rows)
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	for _, r := range rows[1:] {
		for _, name := range []string{"ingest_docs_per_s", "story_pair_f1", "story_page_p95_ms", "search_rare_p95_ms", "search_common_p95_ms", "store_mb"} {
			if v, err := strconv.ParseFloat(r[col[name]], 64); err != nil || v < 0 || name != "store_mb" && v == 0 {
				t.Errorf("%s docs: %s = %q, want a positive figure", r[0], name, r[col[name]])
			}
		}
	}
	for _, r := range rows[1:] {
		if r[col["added_docs"]] != "10" {
			t.Errorf("%s docs: added_docs = %q, want 10", r[0], r[col["added_docs"]])
		}
		if v, err := strconv.ParseFloat(r[col["update_s"]], 64); err != nil || v < 0 {
			t.Errorf("%s docs: update_s = %q, want a time", r[0], r[col["update_s"]])
		}
	}
	if !strings.Contains(stdout.String(), "story_pair_f1") || len(lines(stdout.String())) < 3 {
		t.Errorf("table:\n%s", stdout.String())
	}
}

func TestBenchScaleRejectsBadSizes(t *testing.T) {
	for _, sizes := range []string{"0", "ten", "10,-1"} {
		if r := runWith(t, false, "bench", "scale", "--sizes", sizes); r.code != exitUsage {
			t.Errorf("--sizes %s: exit %d, want %d", sizes, r.code, exitUsage)
		}
	}
}
