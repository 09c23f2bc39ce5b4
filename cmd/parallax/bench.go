package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/extract"
)

// benchCommand measures extraction on a folder of saved pages: speed, and
// accuracy against a truth file in the article-extraction benchmark format.
type benchCommand struct {
	env env
	// phase runs one command of bench scale; nil runs it as a child
	// process.
	phase func(ctx context.Context, args []string) (phaseUsage, error)
	// command returns the command that runs this program with args in a
	// process of its own, for bench crash; nil runs this executable.
	command func(args ...string) *exec.Cmd
}

// benchPage is one page held in memory, named by its file name without
// extensions.
type benchPage struct {
	id  string
	raw parallax.Raw
}

func (c *benchCommand) Run(ctx context.Context, args []string) error {
	const synopsis = "bench extract [--form html|text] [--truth FILE] [--passes N] DIR\n       parallax bench scale [--sizes N,N...] [--dir DIR] [--csv FILE]\n       parallax bench crash [--docs N] [--kills N] [--db FILE|postgres://...]"
	if len(args) > 0 && isHelp(args[0]) {
		fmt.Fprintf(c.env.Stdout, "Usage: parallax %s\n", synopsis)
		return flag.ErrHelp
	}
	if len(args) > 0 && args[0] == "scale" {
		return c.scale(ctx, args[1:])
	}
	if len(args) > 0 && args[0] == "crash" {
		return c.crash(ctx, args[1:])
	}
	if len(args) == 0 || args[0] != "extract" {
		return parallax.Errorf(parallax.EInvalid, "usage: parallax %s", synopsis)
	}
	fs := newFlagSet(c.env, "bench extract", synopsis)
	form := fs.String("form", "html", "what the pages are: html (*.html, *.html.gz) or text (*.txt, *.txt.gz)")
	truthFile := fs.String("truth", "", `a JSON file {id: {"articleBody": "..."}}; prints F1, precision and recall`)
	passes := fs.Int("passes", 3, "timed passes after one warm-up pass; the median is printed")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	kind := parallax.Kind(*form)
	if fs.NArg() != 1 || (kind != parallax.KindHTML && kind != parallax.KindText) || *passes < 1 {
		fs.Usage()
		return parallax.Errorf(parallax.EInvalid, "name one folder, --form html or text, and --passes of at least 1")
	}
	pages, err := loadBenchPages(fs.Arg(0), kind)
	if err != nil {
		return err
	}
	bodies := make(map[string]string, len(pages))
	if err := extractAll(ctx, pages, bodies); err != nil { // warm-up
		return err
	}
	var rates []float64
	for range *passes {
		start := time.Now()
		if err := extractAll(ctx, pages, bodies); err != nil {
			return err
		}
		rates = append(rates, float64(len(pages))/time.Since(start).Seconds())
	}
	sort.Float64s(rates)
	fmt.Fprintf(c.env.Stdout, "pages     %d\npages/s   %.1f (median of %d passes)\n", len(pages), rates[len(rates)/2], *passes)
	if *truthFile == "" {
		return nil
	}
	acc, missing, err := scoreBodies(*truthFile, bodies)
	if err != nil {
		return err
	}
	if missing > 0 {
		fmt.Fprintf(c.env.Stderr, "parallax bench: %d pages of the truth are not in %s; counted as empty\n", missing, fs.Arg(0))
	}
	fmt.Fprintf(c.env.Stdout, "F1        %.4f\nprecision %.4f\nrecall    %.4f\n", acc.F1(), acc.Precision(), acc.Recall())
	return nil
}

// loadBenchPages reads every page of the given form in dir into memory.
func loadBenchPages(dir string, kind parallax.Kind) ([]benchPage, error) {
	ext := ".txt"
	if kind == parallax.KindHTML {
		ext = ".html"
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, parallax.Errorf(parallax.EInvalid, "read bench folder: %v", err)
	}
	var pages []benchPage
	for _, e := range entries {
		name := e.Name()
		id, gz := strings.CutSuffix(name, ".gz")
		id, ok := strings.CutSuffix(id, ext)
		if e.IsDir() || !ok {
			continue
		}
		data, err := readPage(filepath.Join(dir, name), gz)
		if err != nil {
			return nil, err
		}
		pages = append(pages, benchPage{id: id, raw: parallax.Raw{Source: name, Kind: kind, Data: strings.ToValidUTF8(string(data), "\uFFFD")}})
	}
	if len(pages) == 0 {
		return nil, parallax.Errorf(parallax.EInvalid, "no %s or %s.gz pages in %s", ext, ext, dir)
	}
	return pages, nil
}

func readPage(path string, gz bool) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil || !gz {
		return data, err
	}
	z, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	data, err = io.ReadAll(z)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return data, nil
}

// extractAll extracts every page, one after the other, keeping the bodies.
// A page that fails counts as an empty body.
func extractAll(ctx context.Context, pages []benchPage, bodies map[string]string) error {
	for _, p := range pages {
		if err := ctx.Err(); err != nil {
			return err
		}
		d, err := extract.Extract(p.raw)
		if err != nil {
			d.Body = ""
		}
		bodies[p.id] = d.Body
	}
	return nil
}

// scoreBodies compares the bodies with a truth file; pages of the truth
// without a body count as empty, as the benchmark's scorer counts them.
func scoreBodies(path string, bodies map[string]string) (acc extract.Accuracy, missing int, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return acc, 0, parallax.Errorf(parallax.EInvalid, "read truth: %v", err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(data, &truth); err != nil {
		return acc, 0, parallax.Errorf(parallax.EInvalid, "read truth %s: %v", path, err)
	}
	for id, t := range truth {
		body, ok := bodies[id]
		if !ok {
			missing++
		}
		acc.Add(extract.Compare(body, t.ArticleBody))
	}
	return acc, missing, nil
}
