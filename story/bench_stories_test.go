package story

import (
	"encoding/json"
	"github.com/parallax-news/parallax/story/storygen"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/testcorpus"
)

// labelled is one text of the public story-clustering set with its gold.
type labelled struct {
	item          Item
	story, thread string
}

// loadStoriesBench reads the public story set: texts in file-name order
// (names are opaque ids and are never given to the Clusterer).
func loadStoriesBench(t testing.TB) []labelled {
	dir := testcorpus.Dir(t, "bench/stories")
	raw, err := os.ReadFile(filepath.Join(dir, "labels.json"))
	if err != nil {
		t.Fatal(err)
	}
	var labels map[string]struct{ Story, Thread string }
	if err := json.Unmarshal(raw, &labels); err != nil {
		t.Fatalf("parse labels.json: %v", err)
	}
	names := make([]string, 0, len(labels))
	for n := range labels {
		names = append(names, n)
	}
	sort.Strings(names)
	var out []labelled
	for _, n := range names {
		body, err := os.ReadFile(filepath.Join(dir, "docs", n))
		if err != nil {
			t.Fatal(err)
		}
		d := parallax.Document{Body: string(body)}
		d.ID = parallax.DocID("", d.Body)
		out = append(out, labelled{item: Item{Doc: d}, story: labels[n].Story, thread: labels[n].Thread})
	}
	return out
}

// scores are pairwise and B-cubed F1 of a predicted partition against gold.
type scores struct{ pairF1, bcubedF1, bp, br float64 }

// score compares pred and gold, both maps from item to cluster key.
func score(pred, gold map[string]string) scores {
	s := storygen.Score(pred, gold)
	return scores{s.PairF1, s.BCubedF1, s.BCubedP, s.BCubedR}
}

// clusterBench clusters the texts whose thread passes keep and scores
// stories and threads.
func clusterBench(set []labelled, opt Options, keep func(thread string) bool) (stories, threads scores) {
	c := NewWithOptions(opt)
	goldS, goldT := map[string]string{}, map[string]string{}
	for _, l := range set {
		if !keep(l.thread) {
			continue
		}
		c.Add(l.item)
		goldS[l.item.Doc.ID] = l.story
		goldT[l.item.Doc.ID] = l.thread
	}
	_, st, th := c.Result()
	predS, predT := map[string]string{}, map[string]string{}
	storyThread := map[string]string{}
	for _, t := range th {
		for _, s := range t.Stories {
			storyThread[s] = t.ID
		}
	}
	for _, s := range st {
		for _, d := range s.Docs {
			predS[d] = s.ID
			predT[d] = storyThread[s.ID]
		}
	}
	return score(predS, goldS), score(predT, goldT)
}

// Topic halves: tuning used the first, the second is held out.
func tuneHalf(thread string) bool { return topicNumber(thread)%2 == 1 }
func heldOut(thread string) bool  { return !tuneHalf(thread) }
func all(string) bool             { return true }

func topicNumber(thread string) int {
	n := 0
	for _, r := range strings.TrimSpace(thread) {
		if r < '0' || r > '9' {
			break
		}
		n = n*10 + int(r-'0')
	}
	return n
}

func TestStoriesBench(t *testing.T) {
	set := loadStoriesBench(t)
	for _, tc := range []struct {
		name           string
		keep           func(string) bool
		floor, floorTh float64 // a little under the measured B-cubed F1s
	}{{"tuning half", tuneHalf, 0.95, 0.89}, {"held-out half", heldOut, 0.88, 0.89}, {"all", all, 0.92, 0.86}} {
		s, th := clusterBench(set, Options{}, tc.keep)
		t.Logf("%s: stories pairwise F1 %.4f, B-cubed F1 %.4f (P %.3f, R %.3f); threads pairwise F1 %.4f, B-cubed F1 %.4f",
			tc.name, s.pairF1, s.bcubedF1, s.bp, s.br, th.pairF1, th.bcubedF1)
		if s.bcubedF1 < tc.floor || th.bcubedF1 < tc.floorTh {
			t.Errorf("%s: stories B-cubed F1 %.4f (floor %.2f), threads %.4f (floor %.2f)", tc.name, s.bcubedF1, tc.floor, th.bcubedF1, tc.floorTh)
		}
	}
}

// shuffled returns set in an order drawn from seed.
func shuffled(set []labelled, seed uint64) []labelled {
	out := append([]labelled(nil), set...)
	r := rand.New(rand.NewPCG(seed, 1))
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// TestStoriesBenchOrders measures the stories over several arrival orders:
// online grouping depends on the order, and on this set one order's
// B-cubed F1 can differ from another's by a few hundredths, more than most
// changes worth measuring.
func TestStoriesBenchOrders(t *testing.T) {
	set := loadStoriesBench(t)
	const orders = 8
	for _, tc := range []struct {
		name  string
		keep  func(string) bool
		floor float64 // a little under the measured mean B-cubed F1
	}{{"tuning half", tuneHalf, 0.94}, {"held-out half", heldOut, 0.87}, {"all", all, 0.91}} {
		var sum, sumTh float64
		lo, hi := 1.0, 0.0
		for seed := range uint64(orders) {
			s, th := clusterBench(shuffled(set, seed), Options{}, tc.keep)
			sum += s.bcubedF1
			sumTh += th.bcubedF1
			lo, hi = min(lo, s.bcubedF1), max(hi, s.bcubedF1)
		}
		mean := sum / orders
		t.Logf("%s: stories B-cubed F1 mean %.4f over %d orders (min %.4f, max %.4f); threads mean %.4f", tc.name, mean, orders, lo, hi, sumTh/orders)
		if mean < tc.floor {
			t.Errorf("%s: mean stories B-cubed F1 %.4f, floor %.2f", tc.name, mean, tc.floor)
		}
	}
}

func TestStoriesSweep(t *testing.T) {
	if os.Getenv("PARALLAX_SWEEP") == "" {
		t.Skip("set PARALLAX_SWEEP=1 to sweep the thresholds")
	}
	set := loadStoriesBench(t)
	for cut := 0.14; cut < 0.40; cut += 0.02 {
		a, _ := clusterBench(set, Options{Cut: cut}, tuneHalf)
		b, _ := clusterBench(set, Options{Cut: cut}, heldOut)
		t.Logf("cut %.2f: tuning B-cubed F1 %.4f (P %.3f R %.3f) | held-out B-cubed F1 %.4f (P %.3f R %.3f)", cut, a.bcubedF1, a.bp, a.br, b.bcubedF1, b.bp, b.br)
	}
	for l := 0.04; l < 0.30; l += 0.02 {
		_, a := clusterBench(set, Options{Link: l}, tuneHalf)
		_, b := clusterBench(set, Options{Link: l}, heldOut)
		t.Logf("link %.2f: threads tuning pairwise F1 %.4f B-cubed F1 %.4f | held-out pairwise F1 %.4f B-cubed F1 %.4f", l, a.pairF1, a.bcubedF1, b.pairF1, b.bcubedF1)
	}
}
