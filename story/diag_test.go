package story

import (
	"fmt"
	"os"
	"sort"
	"testing"
)

func TestDiag(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	set := loadStoriesBench(t)
	c := New()
	gold := map[string]string{}
	for _, l := range set {
		c.Add(l.item)
		gold[l.item.Doc.ID] = l.story
	}
	_, st, _ := c.Result()
	var lines []string
	for _, s := range st {
		cnt := map[string]int{}
		for _, d := range s.Docs {
			cnt[gold[d]]++
		}
		lines = append(lines, fmt.Sprint(cnt))
	}
	sort.Strings(lines)
	for _, l := range lines {
		t.Log(l)
	}
}

func TestKMatrix(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	items, names, _ := karabakhItems(t)
	c := New()
	for _, it := range items {
		c.Add(it)
	}
	for i, a := range c.docs {
		line := names[a.id][:3]
		for _, b := range c.docs {
			cl := newCluster()
			cl.add(0, b)
			line += fmt.Sprintf(" %.3f", cl.similarity(c.vocab.weigh(a.counts), &c.vocab))
		}
		_ = i
		t.Log(line)
	}
}

func TestKDates(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	items, names, _ := karabakhItems(t)
	for _, it := range items {
		var ds []string
		for _, m := range findDates(it.Doc.Body) {
			ds = append(ds, fmt.Sprintf("%d-%02d-%02d", m.Year, m.Month, m.Day))
		}
		t.Log(names[it.Doc.ID][:3], it.Doc.Published, ds, it.Doc.Captions)
	}
}

func TestDaySweep(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	set := loadStoriesBench(t)
	for _, x := range []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5} {
		dayShare = x
		a, _ := clusterBench(set, Options{}, tuneHalf)
		b, _ := clusterBench(set, Options{}, heldOut)
		c, _ := clusterBench(set, Options{}, all)
		t.Logf("day %.2f: tuning B3 %.4f | held-out %.4f | all %.4f", x, a.bcubedF1, b.bcubedF1, c.bcubedF1)
	}
}
