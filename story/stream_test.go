//go:build unix

package story

import (
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/story/storygen"
)

// BenchmarkStream places a generated stream of documents one at a time and
// reports the time per document spent in Add (generation is not counted),
// both as wall time and as the process's CPU time, which stays meaningful
// on a machine shared with other work; the heap in use at the end; and the
// pairwise and B-cubed F1 of the stories against the generator's labels.
// Run with -benchtime=1x:
//
//	go test -run '^$' -bench Stream -benchtime=1x ./story/
func BenchmarkStream(b *testing.B) {
	for _, n := range []struct {
		name string
		docs int
	}{{"10k", 10_000}, {"30k", 30_000}, {"100k", 100_000}} {
		b.Run(n.name, func(b *testing.B) {
			for range b.N {
				streamOnce(b, n.docs)
			}
		})
	}
}

func streamOnce(b *testing.B, n int) {
	b.StopTimer()
	g := storygen.New(storygen.Options{Seed: 1})
	c := New()
	gold := make(map[string]string, n)
	var spent, cpu time.Duration
	for range n {
		gd := g.Next()
		d := parallax.Document{Title: gd.Title, Body: gd.Body, Published: gd.Published}
		d.ID = parallax.DocID(d.Title, d.Body)
		gold[d.ID] = gd.Story
		start, startCPU := time.Now(), cpuTime()
		c.Add(Item{Doc: d})
		spent += time.Since(start)
		cpu += cpuTime() - startCPU
	}
	start, startCPU := time.Now(), cpuTime()
	_, stories, _ := c.Result()
	result, resultCPU := time.Since(start), cpuTime()-startCPU
	var mem runtime.MemStats
	runtime.ReadMemStats(&mem)
	pred := make(map[string]string, n)
	for _, s := range stories {
		for _, d := range s.Docs {
			pred[d] = s.ID
		}
	}
	sc := score(pred, gold)
	b.ReportMetric(float64(spent.Nanoseconds())/float64(n), "ns/doc")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(n), "cpu-ns/doc")
	b.ReportMetric(float64(result.Milliseconds()), "result-ms")
	b.ReportMetric(float64(resultCPU.Milliseconds()), "result-cpu-ms")
	b.ReportMetric(float64(mem.HeapInuse)/(1<<20), "heap-MiB")
	b.ReportMetric(sc.pairF1, "pairF1")
	b.ReportMetric(sc.bcubedF1, "bcubedF1")
	b.ReportMetric(float64(len(stories)), "stories")
}

// cpuTime returns the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
