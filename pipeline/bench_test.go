//go:build unix

package pipeline

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/compare"
	"github.com/parallax-news/parallax/story/storygen"
)

// BenchmarkCompareShare analyses generated streams of growing size and
// reports the comparison stage's CPU time per compared statement, which
// stays flat while the stage grows linearly with the statements, and its
// share of the CPU time of the whole analysis (reading the documents,
// placing them in stories, comparing). CPU time is the process's, which
// stays meaningful on a machine shared with other work. Run with
// -benchtime=1x:
//
//	go test -run '^$' -bench CompareShare -benchtime=1x ./pipeline/
func BenchmarkCompareShare(b *testing.B) {
	for _, n := range []int{10_000, 20_000, 40_000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			for range b.N {
				compareShare(b, n)
			}
		})
	}
}

func compareShare(b *testing.B, n int) {
	b.StopTimer()
	g := storygen.New(storygen.Options{Seed: 1})
	docs := make([]parallax.Document, n)
	for k := range docs {
		gd := g.Next()
		d := parallax.Document{Source: gd.Name, Title: gd.Title, Body: gd.Body, Published: gd.Published}
		d.ID = parallax.DocID(d.Title, d.Body)
		docs[k] = d
	}
	b.StartTimer()
	start := cpuTime()
	p, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	if errs := p.AddAll(docs); len(errs) > 0 {
		b.Fatal(errs[0])
	}
	a := p.Analysis()
	whole := cpuTime() - start
	b.StopTimer()
	// The comparison again, alone, on what Analysis gave it.
	copies := map[string]bool{}
	for _, d := range a.Duplicates {
		copies[d.Doc] = true
	}
	byID := make(map[string]parallax.Document, len(p.items))
	var compared []parallax.Statement
	for _, it := range p.items {
		byID[it.Doc.ID] = it.Doc
		if !copies[it.Doc.ID] {
			compared = append(compared, it.Statements...)
		}
	}
	in := compare.Input{Statements: compared, Docs: byID, Lines: storylines(a.Stories, a.Threads),
		Stories: storylines(a.Stories, nil), Entities: a.Entities}
	start = cpuTime()
	compareLines(in, func(l storyline) compare.Result { return compare.Run(l.in) })
	spent := cpuTime() - start
	b.ReportMetric(float64(spent.Nanoseconds())/float64(max(1, len(compared))), "compare-cpu-ns/statement")
	b.ReportMetric(float64(spent)/float64(whole), "compare-share")
	b.ReportMetric(float64(whole.Nanoseconds())/float64(n), "cpu-ns/doc")
	b.ReportMetric(float64(len(compared)), "statements")
}

// cpuTime is the CPU time the process has used so far, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
