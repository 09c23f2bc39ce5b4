// Package watch follows RSS and Atom feeds and web pages over HTTP and
// stores what is new in them, politely and without losing anything across
// restarts.
//
// Each source is polled when due, with the validators of its last answer
// (If-None-Match, If-Modified-Since), so an unchanged one answers 304 and
// costs nothing. A feed's items are recorded in the store as pending, by
// the feed's own id for them, in the same transaction as the poll; each
// pending item's page is then fetched, extracted and stored (storing is
// idempotent), and only then marked done. A watcher stopped anywhere
// therefore resumes with the items it had not finished, and fetches again
// at most the one it was storing, which is stored once. A page that is
// not a feed is itself the document.
//
// Requests to one host take turns, each at least Options.Delay (or the
// host's Crawl-delay) after the last, and go only where the host's
// robots.txt allows parallax. A failed poll or fetch is tried again after
// a delay that doubles with each failure, and never holds up other hosts:
// every request has a timeout. Fetched content is hostile: bodies are read
// within a size limit, feeds within a count of items, and only http and
// https addresses are followed.
package watch

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/extract"
	"github.com/parallax-news/parallax/ingest"
)

// Store is what the watcher needs of a store: documents, and the state of
// the sources it follows.
type Store interface {
	PutDocument(ctx context.Context, d parallax.Document) (parallax.PutResult, error)
	parallax.WatchStore
}

// Clock tells the time and waits; tests replace it so that nothing sleeps.
type Clock interface {
	Now() time.Time
	// Sleep waits for d, or until ctx is done and returns its error.
	Sleep(ctx context.Context, d time.Duration) error
}

// Options tunes a Watcher; a zero field takes its default.
type Options struct {
	Client     *http.Client  // default: the default transport's settings, dialling public addresses only unless Private
	Private    bool          // the default client may fetch from loopback and private addresses (feeds on this machine or network)
	Clock      Clock         // default: the system's
	Agent      string        // the product token robots.txt rules are matched against: "parallax"
	UserAgent  string        // the User-Agent header: Agent, then what it is
	Every      time.Duration // between polls of a source: 15 minutes
	Delay      time.Duration // the least time between two requests to one host: 2 seconds
	Timeout    time.Duration // one request, with its body: 30 seconds
	Backoff    time.Duration // the wait after a first failure, doubled after each next one: 1 minute
	MaxBackoff time.Duration // the longest wait after failures: 6 hours
	Attempts   int           // fetches of an item's page before it is given up: 5
	MaxSize    int64         // the largest body read: ingest.DefaultMaxSize
	MaxItems   int           // the most items read from one answer of a feed: 500
	Hosts      int           // sources' hosts served at once: 4
	// Warn is told of each failed poll or fetch; the watcher goes on.
	Warn func(error)
}

func (o Options) withDefaults() Options {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&o.Every, 15*time.Minute)
	def(&o.Delay, 2*time.Second)
	def(&o.Timeout, 30*time.Second)
	def(&o.Backoff, time.Minute)
	def(&o.MaxBackoff, 6*time.Hour)
	if o.Client == nil {
		o.Client = newClient(o.Private)
	}
	if o.Clock == nil {
		o.Clock = systemClock{}
	}
	if o.Agent == "" {
		o.Agent = "parallax"
	}
	if o.UserAgent == "" {
		o.UserAgent = o.Agent + " (news monitor; follows robots.txt)"
	}
	if o.Attempts <= 0 {
		o.Attempts = 5
	}
	if o.MaxSize <= 0 {
		o.MaxSize = ingest.DefaultMaxSize
	}
	if o.MaxItems <= 0 {
		o.MaxItems = 500
	}
	if o.Hosts <= 0 {
		o.Hosts = 4
	}
	if o.Warn == nil {
		o.Warn = func(error) {}
	}
	return o
}

// systemClock is the time of the system.
type systemClock struct{}

func (systemClock) Now() time.Time { return time.Now() }

func (systemClock) Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Watcher polls the sources a store lists and stores what is new.
type Watcher struct {
	st    Store
	opt   Options
	clock Clock
	hosts hosts
}

// New returns a watcher of the sources st lists.
func New(st Store, opt Options) *Watcher {
	opt = opt.withDefaults()
	return &Watcher{st: st, opt: opt, clock: opt.Clock}
}

// Stats counts what a round did.
type Stats struct {
	Polled      int // sources asked
	NotModified int // of which answered 304
	Failed      int // of which failed
	NewItems    int // items the feeds listed for the first time
	Fetched     int // item pages fetched
	Retrying    int // items whose fetch failed, to be tried again
	GaveUp      int // items given up
	// Stored counts the documents stored, by what storing them did.
	Stored map[parallax.PutResult]int
}

// Changed says whether the round changed the stored documents.
func (s Stats) Changed() bool {
	return s.Stored[parallax.Added]+s.Stored[parallax.Revised]+s.Stored[parallax.Copied] > 0
}

func (s *Stats) add(o Stats) {
	s.Polled += o.Polled
	s.NotModified += o.NotModified
	s.Failed += o.Failed
	s.NewItems += o.NewItems
	s.Fetched += o.Fetched
	s.Retrying += o.Retrying
	s.GaveUp += o.GaveUp
	for k, v := range o.Stored {
		if s.Stored == nil {
			s.Stored = map[parallax.PutResult]int{}
		}
		s.Stored[k] += v
	}
}

// job is the work on one source in a round: a poll when it is due, and
// its pending items.
type job struct {
	src   parallax.WatchSource
	poll  bool
	items []parallax.WatchItem
}

// Round polls every source that is due and fetches every pending item
// that is due, the sources of different hosts at once. It returns an
// error only when the store fails or ctx is done; a failed poll or fetch
// is counted, told to Options.Warn and tried again later.
func (w *Watcher) Round(ctx context.Context) (Stats, error) {
	now := w.clock.Now()
	groups, err := w.plan(ctx, now)
	if err != nil {
		return Stats{}, err
	}
	var (
		mu    sync.Mutex
		total Stats
		first error
		wg    sync.WaitGroup
	)
	slots := make(chan struct{}, w.opt.Hosts)
	for _, jobs := range groups {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case slots <- struct{}{}:
				defer func() { <-slots }()
			case <-ctx.Done():
				return
			}
			for _, j := range jobs {
				s, err := w.run(ctx, j)
				mu.Lock()
				total.add(s)
				if err != nil && first == nil {
					first = err
				}
				mu.Unlock()
				if err != nil {
					return
				}
			}
		}()
	}
	wg.Wait()
	if first == nil {
		first = ctx.Err()
	}
	return total, first
}

// plan lists the work due at now, in groups of one host each, in the
// order of the sources' URLs.
func (w *Watcher) plan(ctx context.Context, now time.Time) ([][]job, error) {
	srcs, err := w.st.Sources(ctx)
	if err != nil {
		return nil, err
	}
	due, err := w.st.DueItems(ctx, now)
	if err != nil {
		return nil, err
	}
	pending := map[string][]parallax.WatchItem{}
	for _, it := range due {
		pending[it.Source] = append(pending[it.Source], it)
	}
	var groups [][]job
	index := map[string]int{}
	for _, src := range srcs {
		j := job{src: src, poll: !src.NextPoll.After(now), items: pending[src.URL]}
		if !j.poll && len(j.items) == 0 {
			continue
		}
		h := hostOf(src.URL)
		i, ok := index[h]
		if !ok {
			i = len(groups)
			index[h] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], j)
	}
	return groups, nil
}

// hostOf returns the host (with its port) of a URL, or the URL itself
// when it has none, so that a bad address is a group of its own.
func hostOf(rawURL string) string {
	if u, err := parseURL(rawURL); err == nil {
		return u.Host
	}
	return rawURL
}

// run does one source's work: its poll, then its items, the pending ones
// first. Only a store's failure or ctx's end is returned.
func (w *Watcher) run(ctx context.Context, j job) (Stats, error) {
	var s Stats
	items := j.items
	if j.poll {
		fresh, err := w.poll(ctx, j.src, &s)
		if err != nil {
			return s, err
		}
		items = append(items, fresh...)
	}
	for _, it := range items {
		if err := w.item(ctx, it, &s); err != nil {
			return s, err
		}
	}
	return s, nil
}

// poll asks a source for what is new. A feed's new items are recorded,
// pending, and returned; a page is stored at once.
func (w *Watcher) poll(ctx context.Context, src parallax.WatchSource, s *Stats) ([]parallax.WatchItem, error) {
	s.Polled++
	resp, err := w.fetch(ctx, src.URL, src.ETag, src.LastModified)
	var items []parallax.WatchItem
	if err == nil && resp.code == http.StatusOK {
		items, err = w.read(ctx, src, resp, s)
	}
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	now := w.clock.Now()
	src.LastPoll = now
	if err != nil {
		var ferr *fatal
		if errors.As(err, &ferr) {
			return nil, ferr.err
		}
		s.Failed++
		src.Failures++
		src.LastError = err.Error()
		src.NextPoll = now.Add(w.backoff(src.Failures, err))
		w.opt.Warn(fmt.Errorf("%s: %w", src.URL, err))
		_, err := w.st.RecordPoll(ctx, src, nil)
		return nil, err
	}
	if resp.code == http.StatusNotModified {
		s.NotModified++
	} else {
		src.ETag, src.LastModified = resp.etag, resp.lastModified
	}
	src.Failures, src.LastError, src.NextPoll = 0, "", now.Add(w.opt.Every)
	fresh, err := w.st.RecordPoll(ctx, src, items)
	s.NewItems += len(fresh)
	return fresh, err
}

// fatal wraps a store's error, which ends the round, among the errors of
// fetching and reading, which only fail a source or an item.
type fatal struct{ err error }

func (f *fatal) Error() string { return f.err.Error() }

// read turns a 200 answer into the items of a feed, or stores it as a page.
func (w *Watcher) read(ctx context.Context, src parallax.WatchSource, resp *response, s *Stats) ([]parallax.WatchItem, error) {
	feed, isFeed, err := ingest.FeedItems(resp.body, resp.contentType)
	if !isFeed {
		return nil, w.store(ctx, parallax.Raw{URL: resp.url}, resp, s)
	}
	if err != nil && len(feed) == 0 {
		return nil, err
	}
	now := w.clock.Now()
	var items []parallax.WatchItem
	for _, f := range feed[:min(len(feed), w.opt.MaxItems)] {
		items = append(items, parallax.WatchItem{
			ID: f.ID, URL: pageURL(resp.url, f.Raw.URL), Title: f.Raw.Title, Outlet: f.Raw.Outlet,
			Published: f.Raw.Published, Kind: f.Raw.Kind, Data: f.Raw.Data,
			State: parallax.ItemPending, NextTry: now, Seen: now,
		})
	}
	return items, nil
}

// item fetches a pending item's page and stores it, or, when the feed
// gave no page, stores what the feed gave. A page that cannot be had
// (robots.txt refuses it, or every attempt failed) is replaced by the
// feed's text of it where there is one.
func (w *Watcher) item(ctx context.Context, it parallax.WatchItem, s *Stats) error {
	feedText := parallax.Raw{Source: it.Source + "#" + it.ID, URL: it.URL, Title: it.Title, Outlet: it.Outlet,
		Published: it.Published, Kind: it.Kind, Data: it.Data, Fetched: w.clock.Now()}
	var err error
	retry := false
	if it.URL == "" {
		err = w.storeRaw(ctx, feedText, s)
	} else if resp, ferr := w.fetch(ctx, it.URL, "", ""); ferr != nil {
		err, retry = ferr, transient(ferr)
	} else {
		s.Fetched++
		err = w.store(ctx, feedText, resp, s)
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var ferr *fatal
	if errors.As(err, &ferr) {
		return ferr.err
	}
	it.State, it.LastError = parallax.ItemDone, ""
	if err != nil {
		if err = w.failed(ctx, &it, feedText, err, retry, s); err != nil {
			return err
		}
	}
	return w.st.UpdateItem(ctx, it)
}

// failed records a failed fetch of it: to be tried again after a backoff
// when retry says it may succeed and attempts are left, else replaced by
// the feed's text of it, or given up.
func (w *Watcher) failed(ctx context.Context, it *parallax.WatchItem, feedText parallax.Raw, err error, retry bool, s *Stats) error {
	it.Attempts++
	it.LastError = err.Error()
	w.opt.Warn(fmt.Errorf("%s: %w", cmp.Or(it.URL, feedText.Source), err))
	if retry && it.Attempts < w.opt.Attempts {
		s.Retrying++
		it.State, it.NextTry = parallax.ItemPending, w.clock.Now().Add(w.backoff(it.Attempts, err))
		return nil
	}
	if it.Data != "" && it.URL != "" {
		err = w.storeRaw(ctx, feedText, s)
		var ferr *fatal
		if errors.As(err, &ferr) {
			return ferr.err
		}
		if err == nil {
			return nil
		}
	}
	s.GaveUp++
	it.State = parallax.ItemFailed
	return nil
}

// transient says whether a failed fetch may succeed when tried again: not
// when robots.txt or the address refuses it, the answer is too large, or
// the server answered 4xx other than 408 (timeout) or 429 (too many
// requests).
func transient(err error) bool {
	var se *statusError
	if errors.As(err, &se) {
		return se.code >= 500 || se.code == http.StatusRequestTimeout || se.code == http.StatusTooManyRequests
	}
	return !errors.Is(err, errDisallowed) && !errors.Is(err, errTooLarge) && !errors.Is(err, errNotPublic)
}

// store reads the documents of a fetched body (a page, or whatever else
// ingest recognises in it) and stores each, completed by base's metadata
// where the body lacks it.
func (w *Watcher) store(ctx context.Context, base parallax.Raw, resp *response, s *Stats) error {
	var raws []parallax.Raw
	var bad error
	opt := ingest.Options{MaxSize: w.opt.MaxSize, ContentType: resp.contentType}
	err := ingest.Read(ctx, resp.url, bytes.NewReader(resp.body), opt,
		func(r parallax.Raw) error { raws = append(raws, r); return nil },
		func(err error) { bad = err })
	if err != nil {
		return err
	}
	if len(raws) == 0 {
		if bad == nil {
			bad = errors.New("no document in the answer")
		}
		return bad
	}
	for _, r := range raws {
		r.Fetched = w.clock.Now()
		r.URL = cmp.Or(r.URL, resp.url)
		r.Title, r.Outlet, r.Published = cmp.Or(r.Title, base.Title), cmp.Or(r.Outlet, base.Outlet), cmp.Or(r.Published, base.Published)
		if err := w.storeRaw(ctx, r, s); err != nil {
			return err
		}
	}
	return nil
}

// storeRaw extracts a document and stores it. A document the store
// refuses fails only itself; any other failure of the store is fatal.
func (w *Watcher) storeRaw(ctx context.Context, raw parallax.Raw, s *Stats) error {
	d, err := extract.Extract(raw)
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	res, err := w.st.PutDocument(ctx, d)
	if err != nil {
		if parallax.ErrorCode(err) == parallax.EInvalid {
			return err
		}
		return &fatal{err}
	}
	if s.Stored == nil {
		s.Stored = map[parallax.PutResult]int{}
	}
	s.Stored[res]++
	return nil
}

// backoff is the wait after the nth failure in a row: Backoff doubled
// with each, up to MaxBackoff, and no shorter than a Retry-After asked.
func (w *Watcher) backoff(n int, err error) time.Duration {
	d := w.opt.Backoff << min(n-1, 30)
	if d <= 0 || d > w.opt.MaxBackoff {
		d = w.opt.MaxBackoff
	}
	var se *statusError
	if errors.As(err, &se) && se.retryAfter > d {
		d = min(se.retryAfter, w.opt.MaxBackoff)
	}
	return d
}

// Run runs rounds until ctx is done, calling after with what each did;
// between rounds it sleeps until a source or an item is next due, or for
// Every at most, so that sources added meanwhile are soon polled. It
// returns ctx's error, or the first error of the store or of after.
func (w *Watcher) Run(ctx context.Context, after func(Stats) error) error {
	for {
		s, err := w.Round(ctx)
		if err != nil {
			return err
		}
		if err := after(s); err != nil {
			return err
		}
		next, err := w.Next(ctx)
		if err != nil {
			return err
		}
		now := w.clock.Now()
		if err := w.clock.Sleep(ctx, min(max(next.Sub(now), time.Second), w.opt.Every)); err != nil {
			return err
		}
	}
}

// Next returns when a source is next due to be polled or a pending item
// to be fetched: the zero time when nothing is stored.
func (w *Watcher) Next(ctx context.Context) (time.Time, error) {
	srcs, err := w.st.Sources(ctx)
	if err != nil {
		return time.Time{}, err
	}
	var next time.Time
	earliest := func(t time.Time) {
		if next.IsZero() || t.Before(next) {
			next = t
		}
	}
	for _, src := range srcs {
		earliest(src.NextPoll)
	}
	items, err := w.st.DueItems(ctx, w.clock.Now().Add(100*365*24*time.Hour))
	if err != nil {
		return time.Time{}, err
	}
	for _, it := range items {
		earliest(it.NextTry)
	}
	return next, nil
}

// pageURL resolves an item's link against the feed's address; a link
// that is not http or https is none.
func pageURL(feed, link string) string {
	if link == "" {
		return ""
	}
	base, err := url.Parse(feed)
	if err != nil {
		return ""
	}
	u, err := base.Parse(link)
	if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	u.Fragment = ""
	return u.String()
}
