package testcorpus

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// RussianDoc is one text of the Russian entity benchmark with its gold.
type RussianDoc struct {
	Name     string // file name less .txt
	Text     string
	Mentions []RussianMention
}

// RussianMention is a gold mention of the Russian entity benchmark.
type RussianMention struct {
	Type     string   `json:"type"`
	Types    []string `json:"types"`
	Text     string   `json:"text"`
	Name     string   `json:"name"`
	Optional bool     `json:"optional"`
}

// RussianEntities reads the texts and gold of bench/russian-entities, in
// file-name order. It skips or fails the test as Dir does.
func RussianEntities(t testing.TB) []RussianDoc {
	t.Helper()
	dir := Dir(t, "bench/russian-entities")
	var gold struct {
		Docs map[string]struct {
			Mentions []RussianMention `json:"mentions"`
		} `json:"docs"`
	}
	readJSON(t, filepath.Join(dir, "gold.json"), &gold)
	paths, err := filepath.Glob(filepath.Join(dir, "docs", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no texts in %s: %v", dir, err)
	}
	sort.Strings(paths)
	out := make([]RussianDoc, 0, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		out = append(out, RussianDoc{Name: name, Text: string(b), Mentions: gold.Docs[name].Mentions})
	}
	return out
}

// Predicted is a predicted mention: its text and its type as the benchmark
// names types (PER, ORG, LOC).
type Predicted struct{ Text, Type string }

// Counts are the matched, predicted and gold mentions of one type or all.
type Counts struct{ Matched, Predicted, Gold int }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	if c.Matched == 0 {
		return 0
	}
	p, r := float64(c.Matched)/float64(c.Predicted), float64(c.Matched)/float64(c.Gold)
	return 2 * p * r / (p + r)
}

// ScoreRussian scores one document's predictions as the benchmark's scorer
// does, typed, except that its one-to-one matching is greedy where the
// scorer takes the largest set of pairs: texts normalised, exact matches
// (on the gold text or name) first, then matches sharing the first or last
// words; a prediction matched to optional gold counts neither way. Counts
// are added to by type under "" for all.
func ScoreRussian(gold []RussianMention, pred []Predicted, by map[string]*Counts) {
	count := func(typ string, f func(*Counts)) {
		for _, k := range []string{"", typ} {
			if by[k] == nil {
				by[k] = &Counts{}
			}
			f(by[k])
		}
	}
	for _, g := range gold {
		if !g.Optional {
			count(g.Type, func(c *Counts) { c.Gold++ })
		}
	}
	usedG := make([]bool, len(gold))
	usedP := make([]bool, len(pred))
	for _, exact := range []bool{true, false} {
		for _, optional := range []bool{false, true} {
			for i, p := range pred {
				if usedP[i] {
					continue
				}
				for j, g := range gold {
					if usedG[j] || g.Optional != optional || !typeOK(g, p.Type) || !textMatch(g, p.Text, exact) {
						continue
					}
					usedG[j], usedP[i] = true, true
					if optional {
						usedP[i] = true
					} else {
						count(p.Type, func(c *Counts) { c.Matched++ })
					}
					pred[i].Type = map[bool]string{true: "optional", false: p.Type}[optional]
					break
				}
			}
		}
	}
	for _, p := range pred {
		if p.Type != "optional" {
			count(p.Type, func(c *Counts) { c.Predicted++ })
		}
	}
}

func typeOK(g RussianMention, typ string) bool {
	for _, t := range g.Types {
		if t == typ {
			return true
		}
	}
	return g.Type == typ
}

func textMatch(g RussianMention, pred string, exact bool) bool {
	p := normRU(pred)
	for _, gt := range []string{normRU(g.Text), normRU(g.Name)} {
		if gt == "" {
			continue
		}
		if gt == p {
			return true
		}
		if !exact && (strings.HasPrefix(gt, p+" ") || strings.HasSuffix(gt, " "+p) || strings.HasPrefix(p, gt+" ") || strings.HasSuffix(p, " "+gt)) {
			return true
		}
	}
	return false
}

func normRU(s string) string {
	return strings.Join(Words(strings.ReplaceAll(strings.ReplaceAll(s, "ё", "е"), "Ё", "Е")), " ")
}
