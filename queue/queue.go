// Package queue runs ingestion as jobs of a queue on PostgreSQL, so that
// several `parallax work` processes, on one machine or several, share it.
// The queue is river's (github.com/riverqueue/river), in the same schema
// as the store: a job is one document as read (a parallax.Raw), and working
// it extracts the document and stores it.
//
// What a job promises: once Enqueue returns, its jobs are committed and are
// not lost; a job whose worker dies or is cancelled mid-way is run again
// (river rescues a job that has been running longer than it may), and
// running it twice stores nothing twice, since storing a document is
// idempotent (parallax.Store.PutDocument).
package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/extract"
)

// Queue is the job queue in one PostgreSQL schema.
type Queue struct {
	pool   *pgxpool.Pool
	client *river.Client[pgx.Tx] // for inserting; workers have clients of their own
}

// migrationLock is the advisory lock held while river's tables are brought
// up to date, so that processes starting together migrate one at a time.
const migrationLock = 0x7061726171756575 // "paraqueu"

// Open connects to the database that dsn names (a postgres:// URL; its
// search_path chooses the schema) and brings river's tables there up to
// date with river's own migrations.
func Open(ctx context.Context, dsn string) (*Queue, error) {
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		return nil, parallax.Errorf(parallax.EInvalid, "open queue: %v", err)
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open queue: %w", err)
	}
	client, err := river.NewClient(riverpgxv5.New(pool), &river.Config{Logger: quiet()})
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("open queue: %w", err)
	}
	return &Queue{pool: pool, client: client}, nil
}

// migrate applies river's pending migrations, each in a transaction of
// its own (a later one uses what an earlier one added to an enum, which
// must be committed first), under a lock held for all of them.
func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	m, err := rivermigrate.New(riverpgxv5.New(pool), &rivermigrate.Config{Logger: quiet()})
	if err != nil {
		return err
	}
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, int64(migrationLock)); err != nil {
		return err
	}
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, int64(migrationLock))
	_, err = m.Migrate(ctx, rivermigrate.DirectionUp, nil)
	return err
}

// quiet is river's logger: its errors only, on stderr. What a job did is
// reported by the worker.
func quiet() *slog.Logger {
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
}

// Close releases the queue's connections.
func (q *Queue) Close() { q.pool.Close() }

// ingestArgs is an ingest job: one document as read.
type ingestArgs struct {
	Raw parallax.Raw `json:"raw"`
}

func (ingestArgs) Kind() string { return "ingest" }

// maxAttempts bounds how often a job is tried: a document that a store
// refuses that often is left for an operator to look at (river keeps it,
// discarded, with its errors).
const maxAttempts = 8

// Enqueue adds one ingest job per document of raws, in one transaction,
// and returns how many it added. A job is keyed by its document as read
// (river's unique jobs, by arguments): a document whose job is queued,
// running or done is not queued again, so queueing the same files twice,
// or again after an ingest killed mid-way, adds only what is missing.
func (q *Queue) Enqueue(ctx context.Context, raws []parallax.Raw) (int, error) {
	opts := &river.InsertOpts{MaxAttempts: maxAttempts, UniqueOpts: river.UniqueOpts{ByArgs: true}}
	var params []river.InsertManyParams
	seen := map[parallax.Raw]bool{}
	for _, r := range raws {
		// One statement may not insert a key twice: a document named
		// twice in one batch is queued once.
		if !seen[r] {
			seen[r] = true
			params = append(params, river.InsertManyParams{Args: ingestArgs{Raw: r}, InsertOpts: opts})
		}
	}
	if len(params) == 0 {
		return 0, nil // river refuses to insert no jobs
	}
	added := 0
	err := pgx.BeginFunc(ctx, q.pool, func(tx pgx.Tx) error {
		res, err := q.client.InsertManyTx(ctx, tx, params)
		for _, r := range res {
			if !r.UniqueSkippedAsDuplicate {
				added++
			}
		}
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("enqueue: %w", err)
	}
	return added, nil
}

// Pending returns how many jobs are not yet finished: waiting, running, or
// waiting to be tried again.
func (q *Queue) Pending(ctx context.Context) (int, error) {
	var n int
	err := q.pool.QueryRow(ctx, `SELECT count(*) FROM river_job
		WHERE state IN ('available', 'pending', 'scheduled', 'retryable', 'running')`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count pending jobs: %w", err)
	}
	return n, nil
}

// Options tunes Work.
type Options struct {
	Workers int // jobs run at once; 0 means 1
	// JobTimeout is how long one job may run before it is cancelled and
	// tried again; a job whose worker died is tried again once it has been
	// running twice as long. 0 means a minute.
	JobTimeout time.Duration
	// Drain stops Work once no job is pending, rather than when ctx ends.
	Drain bool
	// Done, when set, is called after each job that stored a document or
	// failed, with what PutDocument said or the error; it may be called
	// from several goroutines at once.
	Done func(parallax.PutResult, error)
}

// Work runs ingest jobs into st until ctx ends, or, with Drain, until no
// job is pending. A document that cannot be extracted is not tried again:
// its job is cancelled and the error passed to Done.
func (q *Queue) Work(ctx context.Context, st parallax.Store, opt Options) error {
	timeout := opt.JobTimeout
	if timeout <= 0 {
		timeout = time.Minute
	}
	done := opt.Done
	if done == nil {
		done = func(parallax.PutResult, error) {}
	}
	workers := river.NewWorkers()
	river.AddWorker(workers, river.WorkFunc(func(ctx context.Context, job *river.Job[ingestArgs]) error {
		d, err := extract.Extract(job.Args.Raw)
		if err != nil {
			err = fmt.Errorf("%s: extract: %w", job.Args.Raw.Source, err)
			done(0, err)
			return river.JobCancel(err)
		}
		res, err := st.PutDocument(ctx, d)
		if err != nil {
			return fmt.Errorf("store %s: %w", d.Source, err)
		}
		done(res, nil)
		return nil
	}))
	client, err := river.NewClient(riverpgxv5.New(q.pool), &river.Config{
		Logger:               quiet(),
		Queues:               map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: max(1, opt.Workers)}},
		Workers:              workers,
		JobTimeout:           timeout,
		RescueStuckJobsAfter: 2 * timeout,
		FetchPollInterval:    100 * time.Millisecond,
		// A job takes a few milliseconds: a longer pause between fetches
		// would set a worker's pace (10 ms held one at 94 documents/s).
		FetchCooldown: time.Millisecond,
	})
	if err != nil {
		return fmt.Errorf("work: %w", err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	if err := client.Start(runCtx); err != nil {
		return fmt.Errorf("work: %w", err)
	}
	err = q.wait(runCtx, opt.Drain)
	// Let the jobs under way finish and record that they did.
	stopCtx, stopped := context.WithTimeout(context.WithoutCancel(ctx), timeout)
	defer stopped()
	if serr := client.Stop(stopCtx); serr != nil && err == nil {
		err = fmt.Errorf("work: stop: %w", serr)
	}
	if errors.Is(err, context.Canceled) && ctx.Err() != nil {
		return nil // asked to stop
	}
	return err
}

// drainPoll is how often a draining Work looks whether jobs are left.
const drainPoll = 200 * time.Millisecond

// wait returns when ctx ends, or, with drain, when no job is pending.
func (q *Queue) wait(ctx context.Context, drain bool) error {
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(drainPoll):
		}
		if !drain {
			continue
		}
		n, err := q.Pending(ctx)
		if err != nil || n == 0 {
			return err
		}
	}
}
