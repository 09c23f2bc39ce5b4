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
	gold, goldThread := make(map[string]string, n), make(map[string]string, n)
	var spent, cpu time.Duration
	for range n {
		gd := g.Next()
		d := parallax.Document{Title: gd.Title, Body: gd.Body, Published: gd.Published}
		d.ID = parallax.DocID(d.Title, d.Body)
		gold[d.ID], goldThread[d.ID] = gd.Story, gd.Thread
		start, startCPU := time.Now(), cpuTime()
		c.Add(Item{Doc: d})
		spent += time.Since(start)
		cpu += cpuTime() - startCPU
	}
	start, startCPU := time.Now(), cpuTime()
	_, stories, threads := c.Result()
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
	th := score(threadOf(stories, threads), goldThread)
	b.ReportMetric(float64(spent.Nanoseconds())/float64(n), "ns/doc")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(n), "cpu-ns/doc")
	b.ReportMetric(float64(result.Milliseconds()), "result-ms")
	b.ReportMetric(float64(resultCPU.Milliseconds()), "result-cpu-ms")
	b.ReportMetric(float64(mem.HeapInuse)/(1<<20), "heap-MiB")
	b.ReportMetric(sc.pairF1, "pairF1")
	b.ReportMetric(sc.bcubedF1, "bcubedF1")
	b.ReportMetric(float64(len(stories)), "stories")
	b.ReportMetric(th.pairF1, "thread-pairF1")
	b.ReportMetric(largestShare(threadOf(stories, threads)), "largest-thread-share")
	b.ReportMetric(largestShare(goldThread), "largest-gold-thread-share")
}

// threadOf maps each document to its thread.
func threadOf(stories []parallax.Story, threads []parallax.Thread) map[string]string {
	docs := map[string][]string{}
	for _, s := range stories {
		docs[s.ID] = s.Docs
	}
	out := map[string]string{}
	for _, t := range threads {
		for _, s := range t.Stories {
			for _, d := range docs[s] {
				out[d] = t.ID
			}
		}
	}
	return out
}

// largestShare is the share of the documents that the largest group holds.
func largestShare(group map[string]string) float64 {
	size, most := map[string]int{}, 0
	for _, g := range group {
		size[g]++
		most = max(most, size[g])
	}
	return float64(most) / float64(max(1, len(group)))
}

// cpuTime returns the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestGeneratedThreads checks threads against the generator's labels (the
// kind of event): a thread compares each story with the thread as a whole,
// so threads neither split a kind nor snowball into one that holds more
// than a kind's share.
//
// Chaining shows only past a few thousand documents, hence the size.
func TestGeneratedThreads(t *testing.T) {
	if testing.Short() {
		t.Skip("10,000 generated documents; not in -short")
	}
	g := storygen.New(storygen.Options{Seed: 3})
	c := New()
	gold := map[string]string{}
	for range 10000 {
		gd := g.Next()
		d := parallax.Document{Title: gd.Title, Body: gd.Body, Published: gd.Published}
		d.ID = parallax.DocID(d.Title, d.Body)
		gold[d.ID] = gd.Thread
		c.Add(Item{Doc: d})
	}
	_, stories, threads := c.Result()
	pred := threadOf(stories, threads)
	sc := score(pred, gold)
	t.Logf("threads: pairwise F1 %.3f, largest share %.3f (labelled %.3f)", sc.pairF1, largestShare(pred), largestShare(gold))
	if sc.pairF1 < 0.95 {
		t.Errorf("thread pairwise F1 %.3f, want at least 0.95", sc.pairF1)
	}
	if largestShare(pred) > largestShare(gold)+0.02 {
		t.Errorf("the largest thread holds %.3f of the documents; the largest labelled one %.3f", largestShare(pred), largestShare(gold))
	}
}
