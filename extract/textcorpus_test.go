package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/testcorpus"
)

// textPage is one page of a shared text corpus.
type textPage struct {
	id  string // file name without .txt
	raw parallax.Raw
}

// readTextPages reads every .txt file of dir as a plain-text page.
func readTextPages(t testing.TB, dir string) []textPage {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no .txt pages in %s: %v", dir, err)
	}
	sort.Strings(names)
	var pages []textPage
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(n), ".txt")
		pages = append(pages, textPage{id: id, raw: parallax.Raw{Source: n, Kind: parallax.KindText, Data: string(b)}})
	}
	return pages
}

// wordRE splits text into words as the benchmark scorers do (Python's \w+).
var wordRE = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// shingles returns the multiset of 4-word shingles of text; a text of fewer
// than four words is one shingle.
func shingleSet(text string, lower bool) map[string]int {
	if lower {
		text = strings.ToLower(text)
	}
	w := wordRE.FindAllString(text, -1)
	m := map[string]int{}
	if len(w) == 0 {
		return m
	}
	if len(w) < 4 {
		m[strings.Join(w, " ")]++
		return m
	}
	for i := 0; i+4 <= len(w); i++ {
		m[strings.Join(w[i:i+4], " ")]++
	}
	return m
}

// overlap returns true positives, false positives and false negatives of
// pred's shingles against truth's.
func overlap(truth, pred string, lower bool) (tp, fp, fn int) {
	t, p := shingleSet(truth, lower), shingleSet(pred, lower)
	for k, n := range p {
		tp += min(n, t[k])
		fp += n - min(n, t[k])
	}
	for k, n := range t {
		fn += n - min(n, p[k])
	}
	return tp, fp, fn
}

// benchScore is the article-extraction benchmark's metric: per-page
// precision and recall averaged over pages, F1 of the two means.
type benchScore struct {
	f1, precision, recall float64
	pages                 int
}

func scorePages(truth, pred map[string]string, ids []string) benchScore {
	var ps, rs float64
	var np, nr int
	for _, id := range ids {
		tp, fp, fn := overlap(truth[id], pred[id], false)
		if tp+fp > 0 {
			ps += float64(tp) / float64(tp+fp)
			np++
		}
		if tp+fn > 0 {
			rs += float64(tp) / float64(tp+fn)
			nr++
		}
	}
	s := benchScore{pages: len(ids)}
	if np > 0 {
		s.precision = ps / float64(np)
	}
	if nr > 0 {
		s.recall = rs / float64(nr)
	}
	if s.precision+s.recall > 0 {
		s.f1 = 2 * s.precision * s.recall / (s.precision + s.recall)
	}
	return s
}

// TestTextArticleBenchmark scores fromText on the plain-text pages of the
// article-extraction benchmark. Rules were tuned on the pages whose id
// starts with 0-7; the pages starting with 8-f are held out. Set
// PARALLAX_TEXT_PREDICTIONS to a file name to write the predictions for the
// benchmark's own scorer.
func TestTextArticleBenchmark(t *testing.T) {
	dir := testcorpus.Dir(t, "bench/article-extraction")
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		t.Fatalf("read ground truth: %v", err)
	}
	truth, pred := map[string]string{}, map[string]string{}
	out := map[string]map[string]string{}
	var all, tune, held []string
	for _, pg := range readTextPages(t, filepath.Join(dir, "text")) {
		d, err := fromText(pg.raw)
		if err != nil {
			t.Fatalf("%s: %v", pg.id, err)
		}
		truth[pg.id], pred[pg.id] = gt[pg.id].ArticleBody, d.Body
		out[pg.id] = map[string]string{"articleBody": d.Body}
		all = append(all, pg.id)
		if pg.id[0] <= '7' {
			tune = append(tune, pg.id)
		} else {
			held = append(held, pg.id)
		}
	}
	for _, c := range []struct {
		name  string
		ids   []string
		floor float64
	}{
		{"tuning half (0-7)", tune, 0.97},
		{"held-out half (8-f)", held, 0.88},
		{"all pages", all, 0.925},
	} {
		s := scorePages(truth, pred, c.ids)
		t.Logf("%-20s F1 %.4f  precision %.4f  recall %.4f  pages %d", c.name, s.f1, s.precision, s.recall, s.pages)
		if s.f1 < c.floor {
			t.Errorf("%s: F1 %.4f below the floor %.2f", c.name, s.f1, c.floor)
		}
	}
	if name := os.Getenv("PARALLAX_TEXT_PREDICTIONS"); name != "" {
		b, _ := json.Marshal(out)
		if err := os.WriteFile(name, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// karabakhGold is the part of the Karabakh gold that extraction answers.
type karabakhGold struct {
	Doc      string   `json:"doc"`
	Title    string   `json:"title"`
	Outlet   *string  `json:"outlet"`
	Author   *string  `json:"author"`
	Body     []string `json:"body"`
	Captions []string `json:"captions"`
	Chrome   []string `json:"chrome"`
	Comments []struct {
		Author      *string `json:"author"`
		DisplayName *string `json:"display_name"`
		Time        *string `json:"time"`
		Depth       int     `json:"depth"`
		Text        string  `json:"text"`
	} `json:"comments"`
	Published *string `json:"published"`
	Language  string  `json:"language"`
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// TestTextKarabakh checks extraction against the hand-made gold of the
// Karabakh corpus: body shingle F1 per document, exact titles, author,
// outlet, date, language, captions, furniture, and every comment's author,
// display name, time, depth and text. Set
// PARALLAX_KARABAKH_ANALYSIS to a file name to write the documents in the
// shape `parallax analyze --json` prints, for the corpus's own scorer.
func TestTextKarabakh(t *testing.T) {
	dir := testcorpus.Dir(t, "corpus/karabakh")
	var docs []parallax.Document
	for _, pg := range readTextPages(t, filepath.Join(dir, "pages")) {
		var g karabakhGold
		b, err := os.ReadFile(filepath.Join(dir, "gold", pg.id+".json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("read gold %s: %v", pg.id, err)
		}
		d, err := Extract(pg.raw)
		if err != nil {
			t.Fatalf("%s: %v", pg.id, err)
		}
		docs = append(docs, d)
		tp, fp, fn := overlap(strings.Join(g.Body, "\n\n"), d.Body, true)
		f1 := 2 * float64(tp) / float64(2*tp+fp+fn)
		t.Logf("%s: body F1 %.3f, title %q, comments %d/%d, published %q (%s), lang %q, foreign %v",
			pg.id, f1, d.Title, len(d.Comments), len(g.Comments), d.Published, d.PublishedBasis, d.Lang, d.Foreign)
		if f1 < 0.98 {
			t.Errorf("%s: body F1 %.3f < 0.98", pg.id, f1)
		}
		if d.Title != g.Title {
			t.Errorf("%s: title %q, want %q", pg.id, d.Title, g.Title)
		}
		if d.Author != deref(g.Author) || d.Outlet != deref(g.Outlet) {
			t.Errorf("%s: author %q outlet %q, want %q and %q", pg.id, d.Author, d.Outlet, deref(g.Author), deref(g.Outlet))
		}
		if d.Published != deref(g.Published) || d.Lang != g.Language {
			t.Errorf("%s: published %q lang %q, want %q and %q", pg.id, d.Published, d.Lang, deref(g.Published), g.Language)
		}
		if strings.Join(d.Captions, "\n") != strings.Join(g.Captions, "\n") {
			t.Errorf("%s: captions %q, want %q", pg.id, d.Captions, g.Captions)
		}
		if strings.Join(d.Furniture, "\n") != strings.Join(g.Chrome, "\n") {
			t.Errorf("%s: furniture %q, want %q", pg.id, d.Furniture, g.Chrome)
		}
		if len(d.Comments) != len(g.Comments) {
			t.Errorf("%s: %d comments, want %d", pg.id, len(d.Comments), len(g.Comments))
		}
		for i := range min(len(d.Comments), len(g.Comments)) {
			c, w := d.Comments[i], g.Comments[i]
			want := parallax.Comment{Author: deref(w.Author), DisplayName: deref(w.DisplayName), Time: deref(w.Time), Depth: w.Depth, Text: w.Text}
			if c != want {
				t.Errorf("%s comment %d:\n got %+v\nwant %+v", pg.id, i, c, want)
			}
		}
	}
	if name := os.Getenv("PARALLAX_KARABAKH_ANALYSIS"); name != "" {
		b, _ := json.Marshal(parallax.Analysis{Documents: docs})
		if err := os.WriteFile(name, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// BenchmarkFromTextPages extracts every plain-text page of the
// article-extraction benchmark once per iteration. It reports pages per
// wall-clock second and, since the machine may be shared, pages per second
// of CPU time used by the process (garbage collection included).
func BenchmarkFromTextPages(b *testing.B) {
	pages := readTextPages(b, filepath.Join(testcorpus.Dir(b, "bench/article-extraction"), "text"))
	size := 0
	for _, pg := range pages {
		size += len(pg.raw.Data)
	}
	b.SetBytes(int64(size))
	cpu := cpuTime()
	for b.Loop() {
		for _, pg := range pages {
			if _, err := fromText(pg.raw); err != nil {
				b.Fatal(err)
			}
		}
	}
	n := float64(b.N * len(pages))
	b.ReportMetric(n/b.Elapsed().Seconds(), "pages/s")
	if used := cpuTime() - cpu; used > 0 {
		b.ReportMetric(n/used.Seconds(), "pages/cpu-s")
	}
}
