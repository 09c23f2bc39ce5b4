package claim

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/entity"
)

func FuzzExtract(f *testing.F) {
	f.Add("“We stay,” Lavrov said. He specified that talks go on. Drones watch.", "2020-11-12")
	f.Add("According to Reuters, the convoy left, the Kremlin said on Wednesday.", "")
	// Cues coordinated after a statement whose subject names no one: the
	// second cue must not borrow a speaker the first never had.
	f.Add("It was too narrow, said, and the county would not pay and insisted that it never would.", "")
	f.Add("WASHINGTON (AFP) — They called him a liar and insisted that the vote was rigged, saying: 'No.'", "2016-10-02")
	f.Add("“‘Yes,’ he said, ”and then“ — said.” According to, said. Told: «» „“ ``''", "")
	// Whole articles in the styles of real news, as the fuzzer's starting points.
	paths, _ := filepath.Glob(filepath.Join("testdata", "news", "*.txt"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b), "2026-03-14")
	}
	fuzzExtract(f, "")
}

// fuzzExtract fuzzes Extract on documents in language lang from the
// corpus f was seeded with, checking each result with checkFuzzed.
func fuzzExtract(f *testing.F, lang string) {
	reg, err := entity.NewRegistry(entity.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body, published string) {
		if !utf8.ValidString(body) {
			body = strings.ToValidUTF8(body, "\uFFFD")
		}
		d := parallax.Document{ID: "f", Body: body, Published: published, Lang: lang}
		checkFuzzed(t, body, Extract(reg.Resolve(d), reg))
	})
}

// checkFuzzed fails when a statement's offsets leave the body or do not
// hold its content, or it has no speaker.
func checkFuzzed(t *testing.T, body string, stmts []parallax.Statement) {
	n := len([]rune(body))
	for _, s := range stmts {
		if s.Start < 0 || s.End > n || s.Start > s.End {
			t.Fatalf("statement %s has offsets %d..%d in %d runes", s.ID, s.Start, s.End, n)
		}
		if string([]rune(body)[s.Start:s.End]) != s.Content {
			t.Fatalf("statement %s content does not match its offsets", s.ID)
		}
		if s.Speaker == "" || s.SpeakerName == "" {
			t.Fatalf("statement %s has no speaker", s.ID)
		}
	}
}

// TestCueInsideLearnedName reads a quotation whose cue is the last word of
// a name learned from an earlier document ("Tomas Said"): the run goes on
// and the quotation is attributed.
func TestCueInsideLearnedName(t *testing.T) {
	reg, err := entity.NewRegistry(entity.Options{})
	if err != nil {
		t.Fatal(err)
	}
	reg.Resolve(parallax.Document{ID: "a", Body: "Tomas Said, the envoy, arrived in Arlow on Monday."})
	body := "“We will go,” Tomas said."
	stmts := Extract(reg.Resolve(parallax.Document{ID: "b", Body: body}), reg)
	checkFuzzed(t, body, stmts)
	if len(stmts) != 1 || stmts[0].Content != "We will go" {
		t.Errorf("statements %+v, want the quotation", stmts)
	}
}
