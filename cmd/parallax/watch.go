package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/pipeline"
	"github.com/parallax-news/parallax/report"
	"github.com/parallax-news/parallax/watch"
)

// watchCommand follows feeds and pages, stores what is new in them and
// keeps the stored analysis up to date.
type watchCommand struct{ env env }

func (c *watchCommand) Run(ctx context.Context, args []string) error {
	fs := newFlagSet(c.env, "watch", "watch [--db FILE] [--once] [--every D] [--delay D] [--timeout D] [--analyze D] [--private] [FILE...]\n"+
		"       parallax watch [--db FILE] --add URL... | --remove URL... | --list")
	db := fs.String("db", "parallax.db", "SQLite database file (created when missing), or a postgres:// URL")
	add := fs.Bool("add", false, "follow the URLs named, and exit")
	remove := fs.Bool("remove", false, "stop following the URLs named, forgetting what was known of them, and exit")
	list := fs.Bool("list", false, "list the sources followed, with their state, and exit")
	once := fs.Bool("once", false, "one round: poll the sources due, fetch the items pending, analyze, and exit")
	var opt watch.Options
	fs.DurationVar(&opt.Every, "every", 15*time.Minute, "time between two polls of a source")
	fs.DurationVar(&opt.Delay, "delay", 2*time.Second, "least time between two requests to one host (a longer Crawl-delay is obeyed)")
	fs.DurationVar(&opt.Timeout, "timeout", 30*time.Second, "time allowed one request")
	fs.BoolVar(&opt.Private, "private", false, "fetch from loopback and private network addresses too (refused by default: a feed could point at them)")
	every := fs.Duration("analyze", 10*time.Minute, "bring the stored analysis up to date after new documents, at most this often; 0 never")
	if err := parse(fs, args); err != nil {
		return err
	}
	if n := count(*add, *remove, *list); n > 1 || n == 1 && (*list == (fs.NArg() > 0)) {
		fs.Usage()
		return parallax.Errorf(parallax.EInvalid, "--add and --remove take URLs, --list none; use one at a time")
	}
	if opt.Every <= 0 || opt.Delay < 0 || opt.Timeout <= 0 || *every < 0 {
		fs.Usage()
		return parallax.Errorf(parallax.EInvalid, "--every and --timeout must be positive, --delay and --analyze not negative")
	}
	var urls []string
	var err error
	switch {
	case *add, *remove:
		urls, err = checkURLs("", fs.Args())
	case !*list:
		urls, err = c.readURLs(fs.Args())
	}
	if err != nil {
		return err
	}
	st, err := openDB(ctx, *db, *list || *remove)
	if err != nil {
		return err
	}
	defer st.Close()
	ws, ok := st.(watch.Store)
	if !ok {
		return fmt.Errorf("the store %s cannot keep watched sources", shown(*db))
	}
	switch {
	case *list:
		return c.list(ctx, ws)
	case *remove:
		return c.remove(ctx, ws, urls)
	}
	if err := c.follow(ctx, ws, urls, *add); err != nil || *add {
		return err
	}
	opt.Warn = func(err error) { fmt.Fprintf(c.env.Stderr, "parallax watch: %v\n", err) }
	w := watch.New(ws, opt)
	a := &analyst{env: c.env, st: st, every: *every}
	if *once {
		s, err := w.Round(ctx)
		if err == nil {
			c.report(s)
			a.changed = s.Changed()
			err = a.bringUpToDate(ctx, true)
		}
		return err
	}
	err = w.Run(ctx, func(s watch.Stats) error {
		c.report(s)
		a.changed = a.changed || s.Changed()
		return a.bringUpToDate(ctx, false)
	})
	if errors.Is(err, context.Canceled) {
		// Interrupted: what was done is stored, and the next run resumes.
		return nil
	}
	return err
}

// count returns how many of flags are set.
func count(flags ...bool) int {
	n := 0
	for _, f := range flags {
		if f {
			n++
		}
	}
	return n
}

// readURLs reads the addresses in files, one a line; blank lines and
// lines beginning with # are skipped.
func (c *watchCommand) readURLs(files []string) ([]string, error) {
	var urls []string
	for _, name := range files {
		var r io.Reader = c.env.Stdin
		if name != "-" {
			f, err := os.Open(name)
			if err != nil {
				return nil, err
			}
			defer f.Close()
			r = f
		}
		var lines []string
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		got, err := checkURLs(name, lines)
		if err != nil {
			return nil, err
		}
		urls = append(urls, got...)
	}
	return urls, nil
}

// checkURLs returns the addresses among lines, each an absolute http or
// https URL; blank lines and # comments are skipped. A line that is not
// such an address is a usage error naming it (and file, when given).
func checkURLs(file string, lines []string) ([]string, error) {
	var urls []string
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		u, err := url.Parse(l)
		if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
			where := ""
			if file != "" {
				where = fmt.Sprintf("%s:%d: ", file, i+1)
			}
			return nil, parallax.Errorf(parallax.EInvalid, "%s%q is not an http or https address", where, l)
		}
		urls = append(urls, u.String())
	}
	return urls, nil
}

// follow adds urls to the sources st follows, due at once, and says which
// were added when told to.
func (c *watchCommand) follow(ctx context.Context, st watch.Store, urls []string, tell bool) error {
	now := time.Now()
	for _, u := range urls {
		added, err := st.AddSource(ctx, parallax.WatchSource{URL: u, Added: now, NextPoll: now})
		if err != nil {
			return err
		}
		if tell {
			fmt.Fprintf(c.env.Stdout, "%s: %s\n", u, map[bool]string{true: "added", false: "already followed"}[added])
		}
	}
	return nil
}

func (c *watchCommand) remove(ctx context.Context, st watch.Store, urls []string) error {
	for _, u := range urls {
		removed, err := st.RemoveSource(ctx, u)
		if err != nil {
			return err
		}
		fmt.Fprintf(c.env.Stdout, "%s: %s\n", u, map[bool]string{true: "removed", false: "not followed"}[removed])
	}
	return nil
}

// list prints each source with when it was polled, when it is due, and
// its failures.
func (c *watchCommand) list(ctx context.Context, st watch.Store) error {
	srcs, err := st.Sources(ctx)
	if err != nil {
		return err
	}
	stamp := func(t time.Time) string {
		if t.IsZero() {
			return "never"
		}
		return t.Local().Format("2006-01-02 15:04:05")
	}
	for _, s := range srcs {
		fmt.Fprintf(c.env.Stdout, "%s\tpolled %s, next %s", s.URL, stamp(s.LastPoll), stamp(s.NextPoll))
		if s.Failures > 0 {
			fmt.Fprintf(c.env.Stdout, ", %s: %s", report.Count(s.Failures, "failure", "failures"), s.LastError)
		}
		fmt.Fprintln(c.env.Stdout)
	}
	return nil
}

// report prints one line for a round that did something.
func (c *watchCommand) report(s watch.Stats) {
	if s.Polled == 0 && s.Fetched == 0 && len(s.Stored) == 0 && s.Retrying == 0 && s.GaveUp == 0 {
		return
	}
	fmt.Fprintf(c.env.Stdout, "%s %s polled (%d unchanged, %d failed), %s, %s fetched; stored %d new, %s, %s; %d to retry, %d given up\n",
		time.Now().Format("15:04:05"), report.Count(s.Polled, "source", "sources"), s.NotModified, s.Failed,
		report.Count(s.NewItems, "new item", "new items"), report.Count(s.Fetched, "page", "pages"), s.Stored[parallax.Added],
		report.Count(s.Stored[parallax.Revised], "revision", "revisions"), report.Count(s.Stored[parallax.Copied], "copy", "copies"),
		s.Retrying, s.GaveUp)
}

// analyst brings the stored analysis up to date after documents are
// stored, at most once each period.
type analyst struct {
	env     env
	st      parallax.Store
	every   time.Duration
	changed bool      // documents stored since the last analysis
	last    time.Time // when the analysis was last brought up to date
}

// bringUpToDate analyses the store when documents changed and the period
// has passed since the last analysis, or now is set.
func (a *analyst) bringUpToDate(ctx context.Context, now bool) error {
	if !a.changed || a.every == 0 || !now && time.Since(a.last) < a.every {
		return nil
	}
	warn := func(err error) { fmt.Fprintf(a.env.Stderr, "parallax watch: %v\n", err) }
	an, err := analyzeStore(ctx, a.st, pipeline.Options{}, warn, nil)
	if err != nil {
		return fmt.Errorf("analyze: %w", err)
	}
	a.changed, a.last = false, time.Now()
	fmt.Fprintf(a.env.Stdout, "%s analysed: %s, %s, %s\n", a.last.Format("15:04:05"),
		report.Count(len(an.Stories), "story", "stories"), report.Count(len(an.Statements), "statement", "statements"),
		report.Count(len(an.Conflicts), "conflict", "conflicts"))
	return nil
}
