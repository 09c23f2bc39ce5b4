package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/report"
)

// searchCommand searches the stored documents and prints a page of hits
// with their facets, or the SearchResult as JSON.
type searchCommand struct{ env env }

// facetOrder is the order facets are printed in.
var facetOrder = []string{"outlet", "lang", "month", "story", "speaker"}

func (c *searchCommand) Run(ctx context.Context, args []string) error {
	fs := newFlagSet(c.env, "search", "search [--db FILE] [--outlet X] [--lang X] [--story ID] [--speaker ID] "+
		"[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N] [--offset N] [--json] WORDS...")
	db := fs.String("db", "parallax.db", "SQLite database file, or a postgres:// URL")
	var q parallax.SearchQuery
	fs.StringVar(&q.Outlet, "outlet", "", "only documents from this outlet")
	fs.StringVar(&q.Lang, "lang", "", "only documents in this language (ISO 639-1)")
	fs.StringVar(&q.Story, "story", "", "only documents of the story with this id")
	fs.StringVar(&q.Speaker, "speaker", "", "only documents quoting the speaker with this entity id")
	fs.StringVar(&q.From, "from", "", "only documents published on or after this day")
	fs.StringVar(&q.To, "to", "", "only documents published on or before this day")
	fs.IntVar(&q.Limit, "limit", 20, "hits to show, at most 100")
	fs.IntVar(&q.Offset, "offset", 0, "hits to skip, for the next page")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	q.Text = strings.Join(fs.Args(), " ")
	st, err := openDB(ctx, *db, true)
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := st.Search(ctx, q)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(c.env.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", " ")
		return enc.Encode(res)
	}
	return printSearch(c.env.Stdout, res, q.Offset)
}

// printSearch writes res for a reader: the count, each hit with its
// snippet, matched words in [brackets], then the facets. Stories and
// speakers show their id, which --story and --speaker take.
func printSearch(w io.Writer, res parallax.SearchResult, offset int) error {
	b := bufio.NewWriter(w)
	if res.More {
		fmt.Fprint(b, "more than ")
	}
	fmt.Fprint(b, report.Count(res.Total, "document", "documents"))
	if n := len(res.Hits); n > 0 && n < res.Total {
		fmt.Fprintf(b, ", %d to %d shown", offset+1, offset+n)
	}
	switch {
	case res.More:
		fmt.Fprintf(b, "; the latest %d listed newest first and counted below", res.Ranked)
	case res.Ranked < res.Total:
		fmt.Fprintf(b, "; ranked and counted below among the latest %d", res.Ranked)
	}
	fmt.Fprintln(b)
	for _, h := range res.Hits {
		outlet, date := oneLine(h.Outlet), "undated"
		if outlet == "" {
			outlet = "-"
		}
		if h.Published != "" {
			date = oneLine(h.Published[:min(len(h.Published), len(time.DateOnly))])
		}
		fmt.Fprintf(b, "\n%s\n  %s · %s · %s\n  %s\n", oneLine(h.Title), outlet, date, oneLine(h.ID), marked(h))
	}
	first := true
	for _, name := range facetOrder {
		values := res.Facets[name]
		if len(values) == 0 {
			continue
		}
		if first {
			fmt.Fprintln(b)
			first = false
		}
		parts := make([]string, len(values))
		for i, v := range values {
			label := v.Value
			if v.Label != "" {
				label = v.Label + " (" + v.Value + ")"
			}
			parts[i] = fmt.Sprintf("%s %d", oneLine(label), v.Count)
		}
		fmt.Fprintf(b, "%s: %s\n", name, strings.Join(parts, " · "))
	}
	return b.Flush()
}

// unbracket turns brackets in scraped text into parentheses, so that only
// highlights show as brackets.
var unbracket = strings.NewReplacer("[", "(", "]", ")")

// marked returns a hit's snippet on one line with its highlights in
// brackets.
func marked(h parallax.SearchHit) string {
	runes := []rune(h.Snippet)
	var sb strings.Builder
	at := 0
	text := func(end int) {
		sb.WriteString(unbracket.Replace(terminalText(string(runes[at:end]))))
		at = end
	}
	for _, sp := range h.Highlights {
		start, end := sp.Start-h.Start, sp.End-h.Start
		if start < at || end > len(runes) || start >= end {
			continue // not within the snippet: nothing to mark
		}
		text(start)
		sb.WriteString("[")
		text(end)
		sb.WriteString("]")
	}
	text(len(runes))
	return strings.TrimSpace(sb.String())
}

// terminalText returns scraped text fit for a line of a terminal: each
// run of white space becomes one space, and the characters report.Unsafe
// names are dropped.
func terminalText(s string) string {
	var sb strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case report.Unsafe(r):
			continue
		}
		if space {
			sb.WriteByte(' ')
			space = false
		}
		sb.WriteRune(r)
	}
	if space {
		sb.WriteByte(' ')
	}
	return sb.String()
}

// oneLine returns scraped text as one trimmed line of a terminal.
func oneLine(s string) string { return strings.TrimSpace(terminalText(s)) }
