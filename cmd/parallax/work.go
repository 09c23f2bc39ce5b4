package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/queue"
)

// workCommand runs the jobs that `ingest --queue` queued, beside any other
// process that works the same queue.
type workCommand struct{ env env }

func (c *workCommand) Run(ctx context.Context, args []string) error {
	fs := newFlagSet(c.env, "work", "work --db postgres://... [--workers N] [--job-timeout D] [--drain]")
	db := fs.String("db", "", "the PostgreSQL database whose queue to work, a postgres:// URL")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "jobs run at once")
	timeout := fs.Duration("job-timeout", time.Minute, "how long a job may run; a job whose worker died is run again after twice that")
	drain := fs.Bool("drain", false, "stop once no job is left, rather than at an interrupt")
	if err := parse(fs, args); err != nil {
		return err
	}
	if !isPostgres(*db) || fs.NArg() > 0 || *workers < 1 || *timeout <= 0 {
		fs.Usage()
		return parallax.Errorf(parallax.EInvalid, "work takes a postgres:// --db, a positive --workers and --job-timeout, and no PATH")
	}
	st, err := openDB(ctx, *db, true)
	if err != nil {
		return err
	}
	defer st.Close()
	q, err := queue.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer q.Close()
	var mu sync.Mutex
	counts := map[parallax.PutResult]int{}
	bad := 0
	err = q.Work(ctx, st, queue.Options{Workers: *workers, JobTimeout: *timeout, Drain: *drain,
		Done: func(res parallax.PutResult, err error) {
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				bad++
				fmt.Fprintf(c.env.Stderr, "parallax: %v\n", err)
				return
			}
			counts[res]++
		}})
	mu.Lock()
	defer mu.Unlock()
	fmt.Fprintln(c.env.Stdout, putSummary(counts, bad))
	return err
}
