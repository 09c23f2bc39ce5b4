package claim

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/entity"
	"github.com/parallax-news/parallax/internal/testcorpus"
)

// devClaim is one statement of testdata/dev.tsv: where its content lies in
// a document body, and who made it. The document is a benchmark article,
// named by its id prefix, or an invented article, named by its path under
// testdata ("invented/quotes" for testdata/invented/quotes.txt).
type devClaim struct {
	doc        string
	start, end int
	speaker    string
}

// invented reports whether a dev.tsv document is an invented article.
func invented(doc string) bool { return strings.HasPrefix(doc, "invented/") }

func loadDev(t *testing.T) []devClaim { return loadClaims(t, "dev.tsv") }

// loadClaims reads a file of testdata in the layout of dev.tsv.
func loadClaims(t *testing.T, name string) []devClaim {
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []devClaim
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) != 4 {
			t.Fatalf("%s line %d: want 4 fields, have %d", name, n, len(fs))
		}
		a, err1 := strconv.Atoi(fs[1])
		b, err2 := strconv.Atoi(fs[2])
		if err1 != nil || err2 != nil || a >= b {
			t.Fatalf("%s line %d: bad offsets %q %q", name, n, fs[1], fs[2])
		}
		out = append(out, devClaim{doc: fs[0], start: a, end: b, speaker: fs[3]})
	}
	return out
}

// devBodies reads the article bodies of the benchmark whose ids start with
// the given prefixes.
func devBodies(t *testing.T, prefixes map[string]bool) map[string]string {
	out := map[string]string{}
	for _, a := range testcorpus.Articles(t) {
		if len(a.ID) >= 8 && prefixes[a.ID[:8]] {
			out[a.ID[:8]] = a.Body
		}
	}
	return out
}

// devScore is what scoreDev counts.
type devScore struct {
	gold, found, predicted, matched int
	// misses counts the gold statements missed and the statements matching
	// none, by class.
	misses testcorpus.Breakdown
}

// scoreDev extracts the statements of every document of gold from its body
// and matches them: a statement matches a gold one with the same speaker
// name and a content overlap (token F1) of at least 0.5. It logs the gold
// statements missed and the statements that match none, with their class.
func scoreDev(t *testing.T, gold []devClaim, bodies map[string]string) devScore {
	reg, err := entity.NewRegistry(entity.Options{})
	if err != nil {
		t.Fatal(err)
	}
	byDoc := map[string][]devClaim{}
	for _, g := range gold {
		byDoc[g.doc] = append(byDoc[g.doc], g)
	}
	docs := make([]string, 0, len(byDoc))
	for p := range byDoc {
		docs = append(docs, p)
	}
	sort.Strings(docs)
	n := devScore{gold: len(gold), misses: testcorpus.Breakdown{}}
	for _, p := range docs {
		body, ok := bodies[p]
		if !ok {
			t.Fatalf("no body for dev document %s", p)
		}
		rs := []rune(body)
		pred := Extract(reg.Resolve(parallax.Document{ID: p, Body: body, Lang: devLang(p)}), reg)
		used := make([]bool, len(pred))
		spans := make([]testcorpus.Span, len(byDoc[p]))
		for i, g := range byDoc[p] {
			spans[i] = testcorpus.Span{Speaker: g.speaker, Start: g.start, End: g.end}
		}
		for _, g := range byDoc[p] {
			if g.end > len(rs) {
				t.Fatalf("%s: offsets %d..%d past the body", p, g.start, g.end)
			}
			want := string(rs[g.start:g.end])
			best, bestF := -1, 0.5
			for i, s := range pred {
				if f := testcorpus.TokenF1(want, s.Content); sameSpeaker(g.speaker, s.SpeakerName) && f >= bestF {
					best, bestF = i, f
				}
			}
			if best < 0 {
				class := testcorpus.ClassifyMiss(rs, testcorpus.Span{Speaker: g.speaker, Start: g.start, End: g.end}, pred)
				n.misses[class]++
				t.Logf("missed (%s) %s %s: %.70q", class, p, g.speaker, want)
				continue
			}
			n.found++
			used[best] = true
		}
		for i, s := range pred {
			n.predicted++
			if used[i] {
				n.matched++
			} else {
				class := testcorpus.ClassifyExtra(rs, spans, s)
				n.misses[class]++
				t.Logf("unmatched (%s) %s %s: %.70q", class, p, s.SpeakerName, s.Content)
			}
		}
	}
	return n
}

// check logs the score of the named dev set and fails the test when recall
// or precision falls below its floors.
func (n devScore) check(t *testing.T, set string, recallFloor int, precisionFloor float64) {
	t.Helper()
	prec := float64(n.matched) / float64(max(n.predicted, 1))
	t.Logf("%s dev statements: recall %d/%d (%.2f), precision %.2f (%d/%d); %v",
		set, n.found, n.gold, float64(n.found)/float64(n.gold), prec, n.matched, n.predicted, n.misses)
	if n.found < recallFloor || prec < precisionFloor {
		t.Errorf("recall %d/%d, precision %.2f: below the floors %d and %.2f", n.found, n.gold, prec, recallFloor, precisionFloor)
	}
}

// sameSpeaker is testcorpus.SameName across scripts: a gold speaker named
// in Cyrillic is the entity parallax names in Latin letters when their
// transliterated keys are the same name ("Сергей Лавров", "Sergei Lavrov").
func sameSpeaker(gold, pred string) bool {
	return testcorpus.SameName(gold, pred) || testcorpus.SameName(entity.Key(gold), entity.Key(pred))
}

// devLang is the language of a dev document: Russian under ru/, else
// English.
func devLang(doc string) string {
	if strings.HasPrefix(doc, "ru/") {
		return "ru"
	}
	return "en"
}

// TestDevStatements measures statement recall and precision on the news
// articles of the benchmark annotated in testdata/dev.tsv, outside the
// Karabakh corpus.
func TestDevStatements(t *testing.T) {
	var gold []devClaim
	prefixes := map[string]bool{}
	for _, g := range loadDev(t) {
		if !invented(g.doc) {
			gold = append(gold, g)
			prefixes[g.doc] = true
		}
	}
	n := scoreDev(t, gold, devBodies(t, prefixes))
	prec := float64(n.matched) / float64(max(n.predicted, 1))
	t.Logf("dev statements: recall %d/%d, precision %.2f (%d/%d); %v", n.found, n.gold, prec, n.matched, n.predicted, n.misses)
	// Floors a little below the measured 155/168 and 0.88.
	if n.found < 150 {
		t.Errorf("recall %d/%d below floor", n.found, n.gold)
	}
	if prec < 0.85 {
		t.Errorf("precision %.2f below floor", prec)
	}
}

// TestDevInvented checks the invented articles of testdata/dev.tsv, each
// written to hold the forms of attribution one rule reads: every statement
// annotated is found, and nothing else is.
func TestDevInvented(t *testing.T) {
	var gold []devClaim
	for _, g := range loadDev(t) {
		if invented(g.doc) {
			gold = append(gold, g)
		}
	}
	bodies := localBodies(t, gold)
	n := scoreDev(t, gold, bodies)
	t.Logf("invented dev statements: recall %d/%d, precision %d/%d", n.found, n.gold, n.matched, n.predicted)
	if n.found != n.gold || n.matched != n.predicted {
		t.Errorf("recall %d/%d, precision %d/%d: want all", n.found, n.gold, n.matched, n.predicted)
	}
}

// localBodies reads the bodies of gold's documents from testdata, where a
// document "news/x" is the file testdata/news/x.txt.
func localBodies(t *testing.T, gold []devClaim) map[string]string {
	bodies := map[string]string{}
	for _, g := range gold {
		if _, ok := bodies[g.doc]; ok {
			continue
		}
		b, err := os.ReadFile(filepath.Join("testdata", filepath.FromSlash(g.doc)+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		bodies[g.doc] = string(b)
	}
	return bodies
}

// TestDevNews measures statement recall and precision on the short news
// articles of testdata/news, written for parallax in the styles of wire
// copy across politics, courts, disasters, business and sport, and
// annotated in testdata/news.tsv. They were written and annotated before
// the extractor was tuned on them, so the first figures logged were
// blind; later ones are development figures.
func TestDevNews(t *testing.T) {
	gold := loadClaims(t, "news.tsv")
	n := scoreDev(t, gold, localBodies(t, gold))
	n.check(t, "news", newsRecallFloor, newsPrecisionFloor)
}

// Floors a little below the figures measured on testdata/news.
const (
	newsRecallFloor    = 156
	newsPrecisionFloor = 0.89
)

// TestDevBench measures statement recall and precision on the second set of
// benchmark articles, annotated in testdata/bench.tsv before the extractor
// was run on them.
func TestDevBench(t *testing.T) {
	gold := loadClaims(t, "bench.tsv")
	prefixes := map[string]bool{}
	for _, g := range gold {
		prefixes[g.doc] = true
	}
	n := scoreDev(t, gold, devBodies(t, prefixes))
	n.check(t, "bench", benchRecallFloor, benchPrecisionFloor)
}

// TestDevStories measures statement recall and precision on ten news texts
// of the story-clustering benchmark, annotated in testdata/stories.tsv
// after the extractor had been run on the benchmark but before its output
// on them was read: the first figures, recall 118/153 and precision 0.82
// (115/140), were nearly blind.
func TestDevStories(t *testing.T) {
	gold := loadClaims(t, "stories.tsv")
	dir := testcorpus.Dir(t, "bench/stories/docs")
	bodies := map[string]string{}
	for _, g := range gold {
		if _, ok := bodies[g.doc]; !ok {
			b, err := os.ReadFile(filepath.Join(dir, strings.TrimPrefix(g.doc, "stories/")+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			bodies[g.doc] = string(b)
		}
	}
	n := scoreDev(t, gold, bodies)
	n.check(t, "stories", storiesRecallFloor, storiesPrecisionFloor)
}

// Floors a little below the figures measured on testdata/stories.tsv.
const (
	storiesRecallFloor    = 127
	storiesPrecisionFloor = 0.86
)

// Floors a little below the figures measured on testdata/bench.tsv. The
// first, blind figures were recall 104/150 and precision 0.72 (103/143) on
// its first twelve articles; the next two, annotated blind as well, were
// added after the first changes it led to and were found whole (12/12).
// The ten articles of other genres of its second part, when first
// measured, gave recall 25/55 and precision 0.52 (25/48).
const (
	benchRecallFloor    = 177
	benchPrecisionFloor = 0.77
)
