package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/story/storygen"
)

// genCommand writes a synthetic corpus with known story labels, for
// benchmarking story clustering: one text file per document and a
// labels.json in the format of the story benchmarks.
type genCommand struct{ env env }

func (c *genCommand) Run(ctx context.Context, args []string) error {
	fs := newFlagSet(c.env, "gen", "gen [--docs N] [--seed N] [--sentences DIR] OUTDIR")
	docs := fs.Int("docs", 10000, "number of documents to write")
	seed := fs.Uint64("seed", 1, "random seed; the same seed gives the same corpus")
	sentences := fs.String("sentences", "", "a folder of your own text files to take sentences from (default: the built-in sentences)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 || *docs <= 0 {
		fs.Usage()
		return parallax.Errorf(parallax.EInvalid, "name one output folder and a positive --docs")
	}
	opt := storygen.Options{Seed: *seed}
	if *sentences != "" {
		pools, err := storygen.PoolsFromDir(*sentences)
		if err != nil {
			return parallax.Errorf(parallax.EInvalid, "%v", err)
		}
		opt.Pools = pools
	}
	return writeCorpus(ctx, fs.Arg(0), *docs, storygen.New(opt))
}

// writeCorpus writes n documents of g into dir/docs, and their labels to
// dir/labels.json as it goes, so memory stays bounded whatever n is. The
// layout is the story benchmark's: `analyze dir/docs` reads the documents
// alone.
func writeCorpus(ctx context.Context, dir string, n int, g *storygen.Generator) error {
	docs := filepath.Join(dir, "docs")
	if err := os.MkdirAll(docs, 0o755); err != nil {
		return fmt.Errorf("create output folder %s: %w", docs, err)
	}
	lf, err := os.Create(filepath.Join(dir, "labels.json"))
	if err != nil {
		return fmt.Errorf("create labels: %w", err)
	}
	defer lf.Close()
	labels := bufio.NewWriter(lf)
	labels.WriteString("{\n")
	for i := range n {
		if err := ctx.Err(); err != nil {
			return err
		}
		d := g.Next()
		if err := os.WriteFile(filepath.Join(docs, d.Name), []byte(docText(d)), 0o644); err != nil {
			return fmt.Errorf("write document: %w", err)
		}
		name, _ := json.Marshal(d.Name)
		label, _ := json.Marshal(map[string]string{"story": d.Story, "thread": d.Thread})
		sep := ",\n"
		if i == n-1 {
			sep = "\n"
		}
		fmt.Fprintf(labels, " %s: %s%s", name, label, sep)
	}
	labels.WriteString("}\n")
	if err := labels.Flush(); err != nil {
		return fmt.Errorf("write labels: %w", err)
	}
	return lf.Close()
}

// docText lays a document out as a saved page: headline, date line, body.
func docText(d storygen.Doc) string {
	date := d.Published
	if t, err := time.Parse("2006-01-02", d.Published); err == nil {
		date = t.Format("January 2, 2006")
	}
	return d.Title + "\n\n" + date + "\n\n" + d.Body + "\n"
}
