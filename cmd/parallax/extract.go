package main

import (
	"context"
	"encoding/json"

	"github.com/parallax-news/parallax"
)

// extractCommand prints one JSON object per extracted document.
type extractCommand struct{ env env }

func (c *extractCommand) Run(ctx context.Context, args []string) error {
	fs := newFlagSet(c.env, "extract", "extract [--json] [--quiet] PATH...")
	fs.Bool("json", true, "print JSON Lines (the only format; accepted for clarity)")
	quiet := fs.Bool("quiet", false, "no progress on the terminal")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := needInputs(fs); err != nil {
		return err
	}
	enc := json.NewEncoder(c.env.Stdout)
	enc.SetEscapeHTML(false)
	m := newMeter(c.env, *quiet)
	defer m.Done()
	r := newReader(c.env, m)
	return r.each(ctx, fs.Args(), func(d parallax.Document) error {
		if d.Comments == nil {
			d.Comments = []parallax.Comment{}
		}
		return enc.Encode(d)
	})
}
