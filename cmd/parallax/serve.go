package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/entity"
	"github.com/parallax-news/parallax/extract"
	phttp "github.com/parallax-news/parallax/http"
	"github.com/parallax-news/parallax/ingest"
	"github.com/parallax-news/parallax/pipeline"
)

// tokenVariable names the environment variable that holds the token for
// write requests: a flag would show it to anyone who lists processes.
const tokenVariable = "PARALLAX_TOKEN"

// serveCommand serves the store's analysis as a JSON API and web pages.
type serveCommand struct{ env env }

func (c *serveCommand) Run(ctx context.Context, args []string) error {
	fs := newFlagSet(c.env, "serve", "serve [--db FILE] [--create] [--addr HOST:PORT] [--aliases FILE] [--reload DURATION]\n\nWrites (POST /api/documents, POST /api/analyze) need the token in $"+tokenVariable+".")
	db := fs.String("db", "parallax.db", "SQLite database file, or a postgres:// URL")
	create := fs.Bool("create", false, "create the SQLite file when it does not exist (else a missing file is an error)")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on; the default is this machine only")
	aliases := fs.String("aliases", "", "a file of extra entity aliases, for analyses run by the server")
	reload := fs.Duration("reload", 10*time.Second, "how often to look for an analysis stored by another process (analyze --db, work) and serve it; 0 never looks")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return parallax.Errorf(parallax.EInvalid, "serve takes no paths: ingest them first, or upload them")
	}
	st, err := openDB(ctx, *db, !*create)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("serve %s: no such database (mistyped? --create starts an empty one): %w", shown(*db), err)
		}
		return err
	}
	defer st.Close()
	opt := pipeline.Options{Entity: entity.Options{AliasFile: *aliases}}
	logger := slog.New(slog.NewTextHandler(c.env.Stderr, nil))
	warn := func(err error) { logger.Warn("analysis", "err", err) }
	srv := &phttp.Server{
		Store: st,
		Token: os.Getenv(tokenVariable),
		Ingest: func(ctx context.Context, name string, r io.Reader) (phttp.IngestResult, error) {
			return ingestStream(ctx, st, name, r)
		},
		Analyze: func(ctx context.Context) error { _, err := analyzeStore(ctx, st, opt, warn, nil); return err },
		Logger:  logger,
		Reload:  *reload,
	}
	// A large store's analysis takes seconds to read: the server answers
	// meanwhile, the search at once and the pages once it is read.
	srv.LoadInBackground(ctx)
	if !phttp.IsLoopback(*addr) {
		fmt.Fprintf(c.env.Stderr, "parallax serve: listening on %s, reachable from other machines\n", *addr)
	}
	if srv.Token == "" {
		fmt.Fprintf(c.env.Stderr, "parallax serve: read-only; set %s to allow uploads and analyses\n", tokenVariable)
	}
	return srv.ListenAndServe(ctx, *addr, func(a net.Addr) {
		fmt.Fprintf(c.env.Stdout, "serving %s on http://%s/\n", shown(*db), a)
	})
}

// ingestStream extracts and stores the documents of one uploaded stream.
func ingestStream(ctx context.Context, st parallax.Store, name string, r io.Reader) (phttp.IngestResult, error) {
	res := phttp.IngestResult{Added: []string{}, Copies: []string{}, Duplicates: []string{}, Revisions: []string{}, Errors: []string{}}
	onErr := func(err error) { res.Errors = append(res.Errors, err.Error()) }
	err := ingest.Read(ctx, name, r, ingest.Options{}, func(raw parallax.Raw) error {
		d, err := extract.Extract(raw)
		if err != nil {
			onErr(fmt.Errorf("%s: extract: %w", raw.Source, err))
			return nil
		}
		put, err := st.PutDocument(ctx, d)
		if err != nil {
			return fmt.Errorf("store %s: %w", d.Source, err)
		}
		switch put {
		case parallax.Added:
			res.Added = append(res.Added, d.ID)
		case parallax.Revised:
			res.Revisions = append(res.Revisions, d.ID)
		case parallax.Copied:
			res.Copies = append(res.Copies, d.ID)
		default:
			res.Duplicates = append(res.Duplicates, d.ID)
		}
		return nil
	}, onErr)
	return res, err
}
