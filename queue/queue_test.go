package queue

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/postgres"
	"github.com/parallax-news/parallax/postgres/pgtest"
)

// raws returns n distinct news texts.
func raws(n int) []parallax.Raw {
	var out []parallax.Raw
	for i := range n {
		text := fmt.Sprintf("Report number %d\n\nThe council of town %d met on Monday. \"We will rebuild the bridge,\" the mayor said. "+
			"Residents said the river rose %d metres overnight.", i, i, i%7+1)
		out = append(out, parallax.Raw{Source: fmt.Sprintf("doc-%03d.txt", i), Kind: parallax.KindText, Data: text})
	}
	return out
}

// open returns a queue and a store on a new schema.
func open(t *testing.T, dsn string) (*Queue, *postgres.Store) {
	t.Helper()
	q, err := Open(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(q.Close)
	st, err := postgres.Open(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return q, st
}

// stored returns the documents st holds, by id, without what depends on
// the moment they were stored.
func stored(t *testing.T, st parallax.Store) []parallax.Document {
	t.Helper()
	var out []parallax.Document
	if err := st.Documents(t.Context(), func(d parallax.Document) error {
		out = append(out, d)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// work drains q into st with the given number of processes, each with two
// workers, and returns the counts of what they stored.
func work(t *testing.T, dsn string, processes int) map[parallax.PutResult]int {
	t.Helper()
	var mu sync.Mutex
	counts := map[parallax.PutResult]int{}
	var wg sync.WaitGroup
	for range processes {
		q, st := open(t, dsn)
		wg.Go(func() {
			err := q.Work(t.Context(), st, Options{Workers: 2, Drain: true, Done: func(res parallax.PutResult, err error) {
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					t.Errorf("job failed: %v", err)
				}
				counts[res]++
			}})
			if err != nil {
				t.Errorf("Work: %v", err)
			}
		})
	}
	wg.Wait()
	return counts
}

// enqueue queues raws and fails t unless want of them were added.
func enqueue(t *testing.T, q *Queue, raws []parallax.Raw, want int) {
	t.Helper()
	added, err := q.Enqueue(t.Context(), raws)
	if err != nil {
		t.Fatal(err)
	}
	if added != want {
		t.Errorf("Enqueue of %d documents added %d jobs, want %d", len(raws), added, want)
	}
}

// TestEnqueueOnce queues documents again, while their jobs wait and after
// they are done, and twice in one batch: each document is queued once.
func TestEnqueueOnce(t *testing.T) {
	dsn := pgtest.DSN(t)
	q, st := open(t, dsn)
	docs := raws(6)
	enqueue(t, q, docs[:4], 4)
	enqueue(t, q, docs, 2)                                      // two new, four waiting
	enqueue(t, q, []parallax.Raw{docs[0], docs[0], docs[1]}, 0) // named twice, and waiting
	changed := docs[2]
	changed.Data += " The bridge reopened."
	enqueue(t, q, []parallax.Raw{changed, changed}, 1) // a new text at a known source is new
	counts := work(t, dsn, 1)
	if counts[parallax.Added] != len(docs)+1 || len(stored(t, st)) != len(docs)+1 {
		t.Errorf("stored %v from %d documents queued once each", counts, len(docs)+1)
	}
	enqueue(t, q, docs, 0) // done
	if n, err := q.Pending(t.Context()); err != nil || n != 0 {
		t.Errorf("%d jobs pending after queueing done documents again (%v)", n, err)
	}
}

// TestWorkersShare queues the same documents in two schemas, drains one
// with one process and the other with two: every document is stored once,
// and both stores hold the same documents.
func TestWorkersShare(t *testing.T) {
	docs := raws(60)
	var results [][]parallax.Document
	for _, processes := range []int{1, 2} {
		dsn := pgtest.DSN(t)
		q, st := open(t, dsn)
		enqueue(t, q, docs[:30], 30)
		enqueue(t, q, docs[30:], 30)
		enqueue(t, q, nil, 0)
		counts := work(t, dsn, processes)
		if counts[parallax.Added] != len(docs) || len(counts) != 1 {
			t.Errorf("%d processes stored %v; want %d new", processes, counts, len(docs))
		}
		if n, err := q.Pending(t.Context()); err != nil || n != 0 {
			t.Errorf("%d jobs pending after draining (%v)", n, err)
		}
		results = append(results, stored(t, st))
	}
	if len(results[0]) != len(docs) || !reflect.DeepEqual(results[0], results[1]) {
		t.Errorf("one process stored %d documents, two stored %d, or they differ", len(results[0]), len(results[1]))
	}
}

// blocking is a store whose PutDocument waits for its context to end the
// first time it is called: a worker caught mid-job.
type blocking struct {
	parallax.Store
	once    sync.Once
	blocked chan struct{}
}

func (b *blocking) PutDocument(ctx context.Context, d parallax.Document) (parallax.PutResult, error) {
	first := false
	b.once.Do(func() { first = true })
	if first {
		close(b.blocked)
		<-ctx.Done()
		return 0, ctx.Err()
	}
	return b.Store.PutDocument(ctx, d)
}

// TestCancelledJobRetried stops a worker while a job is under way: the job
// is run again by the next worker, and every document is stored once.
func TestCancelledJobRetried(t *testing.T) {
	dsn := pgtest.DSN(t)
	q, st := open(t, dsn)
	docs := raws(5)
	enqueue(t, q, docs, len(docs))
	b := &blocking{Store: st, blocked: make(chan struct{})}
	ctx, cancel := context.WithCancel(t.Context())
	stopped := make(chan error)
	go func() { stopped <- q.Work(ctx, b, Options{Workers: 1, JobTimeout: time.Second}) }()
	select {
	case <-b.blocked:
	case <-time.After(30 * time.Second):
		t.Fatal("no job started")
	}
	cancel()
	if err := <-stopped; err != nil {
		t.Fatalf("Work after cancel: %v", err)
	}
	if n, err := q.Pending(t.Context()); err != nil || n == 0 {
		t.Fatalf("%d jobs pending after the worker stopped mid-job (%v); want the unfinished one", n, err)
	}
	counts := work(t, dsn, 1)
	if got := len(stored(t, st)); got != len(docs) {
		t.Errorf("%d documents stored, want %d (counts %v)", got, len(docs), counts)
	}
	var retried int
	if err := q.pool.QueryRow(t.Context(), `SELECT count(*) FROM river_job WHERE state = 'completed' AND attempt > 1`).Scan(&retried); err != nil {
		t.Fatal(err)
	}
	if retried != 1 {
		t.Errorf("%d jobs completed on a second attempt, want 1", retried)
	}
}
