package main

import (
	"context"
	"fmt"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/ingest"
	"github.com/parallax-news/parallax/queue"
	"github.com/parallax-news/parallax/report"
)

// ingestCommand stores documents and prints a one-line summary, or queues
// them for `parallax work`.
type ingestCommand struct{ env env }

func (c *ingestCommand) Run(ctx context.Context, args []string) error {
	fs := newFlagSet(c.env, "ingest", "ingest [--db FILE] [--quiet] PATH... | ingest --db postgres://... --queue PATH...")
	db := fs.String("db", "parallax.db", "SQLite database file (created when missing), or a postgres:// URL")
	toQueue := fs.Bool("queue", false, "queue the documents for `parallax work` rather than store them (PostgreSQL only)")
	quiet := fs.Bool("quiet", false, "no progress on the terminal")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := needInputs(fs); err != nil {
		return err
	}
	if *toQueue {
		if !isPostgres(*db) {
			fs.Usage()
			return parallax.Errorf(parallax.EInvalid, "--queue needs a postgres:// --db")
		}
		return c.enqueue(ctx, *db, fs.Args())
	}
	st, err := openDB(ctx, *db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	counts := map[parallax.PutResult]int{}
	m := newMeter(c.env, *quiet)
	defer m.Done()
	r := newReader(c.env, m)
	err = r.each(ctx, fs.Args(), func(d parallax.Document) error {
		res, err := st.PutDocument(ctx, d)
		if err != nil {
			return fmt.Errorf("store %s: %w", d.Source, err)
		}
		counts[res]++
		return nil
	})
	fmt.Fprintln(c.env.Stdout, putSummary(counts, r.bad))
	return err
}

// putSummary is the closing line of a run that stored documents.
func putSummary(counts map[parallax.PutResult]int, bad int) string {
	return fmt.Sprintf("%d new, %s, %s, %s, %s", counts[parallax.Added], report.Count(counts[parallax.Copied], "copy", "copies"),
		report.Count(counts[parallax.Unchanged], "duplicate", "duplicates"), report.Count(counts[parallax.Revised], "revision", "revisions"),
		report.Count(bad, "error", "errors"))
}

// enqueueBatch is how many documents one transaction queues: each batch
// counted as queued is committed.
const enqueueBatch = 500

// enqueue reads the documents under paths and queues one ingest job for
// each in the queue of the database at dsn, printing how many it queued.
func (c *ingestCommand) enqueue(ctx context.Context, dsn string, paths []string) error {
	// The store's tables are made now, as the queue's are, so that the
	// database is ready for readers before the first job is worked.
	st, err := openDB(ctx, dsn, false)
	if err != nil {
		return err
	}
	st.Close()
	q, err := queue.Open(ctx, dsn)
	if err != nil {
		return err
	}
	defer q.Close()
	var batch []parallax.Raw
	queued, known, bad := 0, 0, 0
	flush := func() error {
		added, err := q.Enqueue(ctx, batch)
		if err != nil {
			return err
		}
		queued += added
		known += len(batch) - added
		batch = batch[:0]
		return nil
	}
	err = ingest.Walk(ctx, paths, ingest.Options{}, func(raw parallax.Raw) error {
		if batch = append(batch, raw); len(batch) == enqueueBatch {
			return flush()
		}
		return nil
	}, func(err error) {
		bad++
		fmt.Fprintf(c.env.Stderr, "parallax: %v\n", err)
	})
	if err == nil {
		err = flush()
	}
	fmt.Fprintf(c.env.Stdout, "%d queued, %d already queued, %s\n", queued, known, report.Count(bad, "error", "errors"))
	if err == nil && queued+known == 0 && bad > 0 {
		err = fmt.Errorf("no document could be read: %s failed", report.Count(bad, "input", "inputs"))
	}
	return err
}
