package main

import (
	"context"
	"fmt"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/report"
)

// ingestCommand stores documents and prints a one-line summary.
type ingestCommand struct{ env env }

func (c *ingestCommand) Run(ctx context.Context, args []string) error {
	fs := newFlagSet(c.env, "ingest", "ingest [--db FILE] [--quiet] PATH...")
	db := fs.String("db", "parallax.db", "SQLite database file (created when missing), or a postgres:// URL")
	quiet := fs.Bool("quiet", false, "no progress on the terminal")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := needInputs(fs); err != nil {
		return err
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
	fmt.Fprintf(c.env.Stdout, "%d new, %s, %s, %s, %s\n", counts[parallax.Added], report.Count(counts[parallax.Copied], "copy", "copies"),
		report.Count(counts[parallax.Unchanged], "duplicate", "duplicates"), report.Count(counts[parallax.Revised], "revision", "revisions"),
		report.Count(r.bad, "error", "errors"))
	return err
}
