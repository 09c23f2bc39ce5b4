package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/entity"
	"github.com/parallax-news/parallax/pipeline"
	"github.com/parallax-news/parallax/report"
)

// analyzeCommand runs the whole pipeline on files, or on the store, and
// prints a readable report or the JSON contract.
type analyzeCommand struct{ env env }

func (c *analyzeCommand) Run(ctx context.Context, args []string) error {
	fs := newFlagSet(c.env, "analyze", "analyze [--json] [--story ID] [--top N] [--quiet] PATH... | analyze --db FILE [--json] [--story ID] [--top N] [--quiet]")
	asJSON := fs.Bool("json", false, "print the analysis as JSON")
	db := fs.String("db", "", "analyze everything stored in this database, a SQLite file or a postgres:// URL (with no PATH)")
	aliases := fs.String("aliases", "", "a file of extra entity aliases")
	quiet := fs.Bool("quiet", false, "no progress on the terminal; with --db and without --json, no report either: the analysis is stored")
	var opt report.TextOptions
	fs.StringVar(&opt.Story, "story", "", "report only the story with this id (the summary lists the ids)")
	fs.IntVar(&opt.Top, "top", 0, "report only the N most disputed stories, after the summary")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the run to this file, for go tool pprof")
	memprofile := fs.String("memprofile", "", "write a heap profile to this file once the analysis is made, before the report, for go tool pprof")
	if err := parse(fs, args); err != nil {
		return err
	}
	if (fs.NArg() == 0) == (*db == "") {
		fs.Usage()
		return parallax.Errorf(parallax.EInvalid, "name either input paths or --db, not both or neither")
	}
	if opt.Top < 0 || *asJSON && (opt.Story != "" || opt.Top > 0) {
		fs.Usage()
		return parallax.Errorf(parallax.EInvalid, "--top takes a count; --story and --top narrow the text report, not --json (export --story narrows JSON)")
	}
	if *cpuprofile != "" {
		stop, err := startCPUProfile(*cpuprofile)
		if err != nil {
			return err
		}
		defer stop()
	}
	limitMemory()
	popt := pipeline.Options{Entity: entity.Options{AliasFile: *aliases}}
	m := newMeter(c.env, *quiet)
	defer m.Done()
	var a parallax.Analysis
	if *db != "" {
		st, err := openDB(ctx, *db, true)
		if err != nil {
			return err
		}
		defer st.Close()
		warn := func(err error) { m.Clear(); fmt.Fprintf(c.env.Stderr, "parallax: %v\n", err) }
		if a, err = analyzeStore(ctx, st, popt, warn, m); err != nil {
			return fmt.Errorf("analyze %s: %w", shown(*db), err)
		}
	} else {
		p, err := pipeline.New(popt)
		if err != nil {
			return err
		}
		r := newReader(c.env, m)
		// The stages take the documents once all are read, in an order of
		// their own, so that the analysis does not depend on the order of
		// the files.
		var docs []parallax.Document
		if err := r.each(ctx, fs.Args(), func(d parallax.Document) error { docs = append(docs, d); return nil }); err != nil {
			return err
		}
		m.Stage("finding entities, statements and stories")
		for _, err := range p.AddAll(docs) {
			r.fail(err)
		}
		a = conclude(p, r.read, m)
	}
	if *memprofile != "" {
		if err := writeHeapProfile(*memprofile); err != nil {
			return err
		}
	}
	if *db != "" && *quiet && !*asJSON || discards(c.env.Stdout) {
		return nil // building a report nobody reads costs as much as a stage
	}
	m.Stage("writing the report")
	if *asJSON {
		return writeAnalysisJSON(c.env.Stdout, a)
	}
	return report.Text(c.env.Stdout, a, opt)
}

// analyzeStore runs the pipeline over every document st holds and stores
// the analysis back: it is what later readers of the store see. A document
// a stage fails on is passed to warn and the analysis goes on. m, when not
// nil, shows each stage.
func analyzeStore(ctx context.Context, st parallax.Store, opt pipeline.Options, warn func(error), m *meter) (a parallax.Analysis, err error) {
	if opt.Reuse, err = stored(ctx, st.DocResults, func(r parallax.DocResult) string { return r.Doc }); err != nil {
		return parallax.Analysis{}, fmt.Errorf("read document results: %w", err)
	}
	if opt.ReuseLines, err = stored(ctx, st.LineResults, func(r parallax.LineResult) string { return r.Input }); err != nil {
		return parallax.Analysis{}, fmt.Errorf("read storyline results: %w", err)
	}
	p, err := pipeline.New(opt)
	if err != nil {
		return parallax.Analysis{}, err
	}
	total := 0
	if !m.off() {
		// Only for the estimate: an empty search counts every document.
		if res, err := st.Search(ctx, parallax.SearchQuery{Limit: 1}); err == nil {
			total = res.Total
		}
	}
	m.Stage("reading the store")
	n := 0
	var docs []parallax.Document
	err = st.Documents(ctx, func(d parallax.Document) error {
		docs = append(docs, d)
		n++
		m.Count(fmt.Sprintf("%s of %d read", report.Count(n, "document", "documents"), total), float64(n)/float64(max(total, 1)))
		return nil
	})
	if err != nil {
		return parallax.Analysis{}, fmt.Errorf("read store: %w", err)
	}
	m.Stage("finding entities, statements and stories")
	for _, err := range p.AddAll(docs) {
		warn(err)
	}
	a = conclude(p, n, m)
	m.Stage("storing the analysis")
	m.Count(fmt.Sprintf("%s, %s", report.Count(len(a.Statements), "statement", "statements"), report.Count(len(a.Conflicts), "conflict", "conflicts")), -1)
	// Each story's page is stored with the analysis, so that serve shows
	// a story by reading it alone.
	pages, err := report.Build(a).Pages()
	if err != nil {
		return parallax.Analysis{}, err
	}
	if err := st.PutAnalysis(ctx, a, pages...); err != nil {
		return parallax.Analysis{}, fmt.Errorf("store analysis: %w", err)
	}
	if err := st.PutDocResults(ctx, p.Results()); err != nil {
		return parallax.Analysis{}, fmt.Errorf("store document results: %w", err)
	}
	if err := st.PutLineResults(ctx, p.LineResults()); err != nil {
		return parallax.Analysis{}, fmt.Errorf("store storyline results: %w", err)
	}
	return a, nil
}

// stored returns what st keeps of this build's analysers through read
// (st.DocResults, st.LineResults), by key; nil, so that nothing is kept,
// when the analysers' version cannot be known.
func stored[R any](ctx context.Context, read func(context.Context, string, func(R) error) error, key func(R) string) (map[string]R, error) {
	version := pipeline.Version()
	if version == "" {
		return nil, nil
	}
	out := map[string]R{}
	err := read(ctx, version, func(r R) error {
		out[key(r)] = r
		return nil
	})
	return out, err
}

// conclude compares the statements and dates the timeline of the n
// documents added to p: the step after reading that takes longest.
func conclude(p *pipeline.Pipeline, n int, m *meter) parallax.Analysis {
	m.Stage("comparing statements and dating the timeline")
	m.Count(fmt.Sprintf("%s read", report.Count(n, "document", "documents")), -1)
	return p.Analysis()
}

// analyzeMemoryLimit is the soft limit analyze gives the Go runtime's
// memory. By default the collector lets the heap grow to twice what is
// live before it runs, which at 100,000 generated documents, with about
// 1.2 GB live, puts the peak well over 2 GB; under the limit it runs sooner
// instead, spending more time only while the heap is near it.
const analyzeMemoryLimit = 1536 << 20

// limitMemory sets analyzeMemoryLimit, unless GOMEMLIMIT sets a limit of
// its own.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(analyzeMemoryLimit)
	}
}

// writeHeapProfile writes what the heap holds now, after a collection, and
// what the run allocated so far.
func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create heap profile: %w", err)
	}
	runtime.GC()
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("write heap profile %s: %w", path, err)
	}
	return f.Close()
}

// startCPUProfile profiles the process into the file named path until the
// returned function is called.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("create CPU profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("start CPU profile %s: %w", path, err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}
