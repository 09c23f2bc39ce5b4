package watch_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/postgres"
	"github.com/parallax-news/parallax/postgres/pgtest"
	"github.com/parallax-news/parallax/sqlite"
	"github.com/parallax-news/parallax/watch"
)

// clock is a clock whose sleeps pass at once: they only move its time on.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func newClock() *clock { return &clock{now: time.Date(2026, 5, 1, 8, 0, 0, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) Sleep(ctx context.Context, d time.Duration) error {
	c.Advance(d)
	return ctx.Err()
}

func (c *clock) Advance(d time.Duration) {
	if d <= 0 {
		return
	}
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// site is a news site on the loopback interface: a feed at /feed.xml
// listing its items, a page for each item, and a robots.txt. It counts
// what it is asked and when, and how many requests it serves at once.
type site struct {
	t     *testing.T
	srv   *httptest.Server
	clock *clock

	mu         sync.Mutex
	name       string
	items      []string          // item slugs, newest first as feeds list them
	robots     string            // robots.txt; "" answers 404
	fail       map[string]int    // path → status it answers instead
	moved      map[string]string // path → the path it redirects to
	retryAfter string            // the Retry-After of failures
	slow       bool              // answer nothing until the request is given up
	held       chan struct{}     // when not nil, answer nothing until it is closed
	hits       map[string]int
	times      []time.Time // when each request came, by the test's clock
	inflight   int
	most       int // requests served at once, at most
	cond       []string
}

func newSite(t *testing.T, c *clock, name string, items ...string) *site {
	s := &site{t: t, clock: c, name: name, items: items, fail: map[string]int{}, hits: map[string]int{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *site) feedURL() string { return s.srv.URL + "/feed.xml" }

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	s.times = append(s.times, s.clock.Now())
	s.inflight++
	s.most = max(s.most, s.inflight)
	if c := r.Header.Get("If-None-Match"); c != "" {
		s.cond = append(s.cond, c)
	}
	slow, held, status, moved, retry := s.slow, s.held, s.fail[r.URL.Path], s.moved[r.URL.Path], s.retryAfter
	body, etag := s.body(r.URL.Path)
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.inflight--
		s.mu.Unlock()
	}()
	if !strings.Contains(r.Header.Get("User-Agent"), "parallax") {
		s.t.Errorf("%s asked with User-Agent %q", r.URL.Path, r.Header.Get("User-Agent"))
	}
	if held != nil {
		select {
		case <-held:
		case <-r.Context().Done():
			return
		}
	}
	switch {
	case slow:
		<-r.Context().Done()
		return
	case moved != "":
		http.Redirect(w, r, moved, http.StatusMovedPermanently)
		return
	case status != 0:
		if retry != "" {
			w.Header().Set("Retry-After", retry)
		}
		http.Error(w, "failing", status)
		return
	case body == "":
		http.NotFound(w, r)
		return
	}
	if etag != "" {
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	fmt.Fprint(w, body)
}

// body returns what a path holds, and its ETag.
func (s *site) body(path string) (string, string) {
	switch {
	case path == "/robots.txt":
		return s.robots, ""
	case path == "/feed.xml":
		return s.feed(), fmt.Sprintf(`"%d"`, len(s.items))
	case strings.HasPrefix(path, "/news/"), strings.HasPrefix(path, "/private/"):
		slug := path[strings.LastIndexByte(path, '/')+1:]
		return page(s.name, slug), ""
	}
	return "", ""
}

func (s *site) feed() string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title>`, s.name)
	for _, slug := range s.items {
		fmt.Fprintf(&b, `<item><title>%s</title><link>%s</link><guid isPermaLink="false">%s-%s</guid>
			<pubDate>Fri, 01 May 2026 07:00:00 GMT</pubDate><description>The feed's summary of %s: officials met in %s.</description></item>`,
			title(s.name, slug), itemPath(slug), s.name, slug, slug, s.name)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

// itemPath is an item's page: the slug when it is an address, else under
// /private/ when the slug says so, or /news/; relative, as feeds often give
// it.
func itemPath(slug string) string {
	if strings.HasPrefix(slug, "http") {
		return slug
	}
	if strings.HasPrefix(slug, "private") {
		return "/private/" + slug
	}
	return "/news/" + slug
}

func title(site, slug string) string { return fmt.Sprintf("%s reports on %s", site, slug) }

func page(site, slug string) string {
	return fmt.Sprintf(`<!doctype html><html><head><title>%[3]s</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>%[3]s</h1>
<p>Officials in %[1]s said on Thursday that the talks about %[2]s had made progress, and that a further round would follow next week in the capital.</p>
<p>The minister told reporters that the %[2]s agreement was close, while the opposition said nothing had been settled and that it would wait for the text.</p>
<p>Observers noted that the previous round on %[2]s had ended without a statement, and that both sides had since exchanged letters.</p>
</article><footer>Copyright %[1]s</footer></body></html>`, site, slug, title(site, slug))
}

func (s *site) set(fn func(s *site)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	fn(s)
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// openStore opens the SQLite store at path.
func openStore(t *testing.T, path string) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func tempStore(t *testing.T) *sqlite.Store {
	return openStore(t, filepath.Join(t.TempDir(), "watch.db"))
}

// follow adds the sources to st, due now.
func follow(t *testing.T, st parallax.WatchStore, c *clock, urls ...string) {
	t.Helper()
	for _, u := range urls {
		if _, err := st.AddSource(context.Background(), parallax.WatchSource{URL: u, Added: c.Now(), NextPoll: c.Now()}); err != nil {
			t.Fatal(err)
		}
	}
}

func options(c *clock, warn func(error)) watch.Options {
	return watch.Options{Clock: c, Private: true, Every: 15 * time.Minute, Delay: 2 * time.Second, Backoff: time.Minute,
		MaxBackoff: time.Hour, Timeout: 5 * time.Second, Attempts: 3, Warn: warn}
}

func round(t *testing.T, w *watch.Watcher) watch.Stats {
	t.Helper()
	s, err := w.Round(context.Background())
	if err != nil {
		t.Fatalf("Round: %v", err)
	}
	return s
}

// documents returns the stored documents' titles by URL.
func documents(t *testing.T, st parallax.Store) map[string]parallax.Document {
	t.Helper()
	docs := map[string]parallax.Document{}
	err := st.Documents(context.Background(), func(d parallax.Document) error {
		if _, dup := docs[d.URL]; dup {
			t.Errorf("two documents at %s", d.URL)
		}
		docs[d.URL] = d
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func source(t *testing.T, st parallax.WatchStore, url string) parallax.WatchSource {
	t.Helper()
	srcs, err := st.Sources(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range srcs {
		if s.URL == url {
			return s
		}
	}
	t.Fatalf("no source %s", url)
	return parallax.WatchSource{}
}

func TestNewItemsAreStored(t *testing.T) {
	c := newClock()
	a := newSite(t, c, "Eastport Herald", "ceasefire", "border")
	st := tempStore(t)
	follow(t, st, c, a.feedURL())
	w := watch.New(st, options(c, func(err error) { t.Error(err) }))
	s := round(t, w)
	if s.Polled != 1 || s.NewItems != 2 || s.Fetched != 2 || s.Stored[parallax.Added] != 2 {
		t.Errorf("first round: %+v; want 1 poll, 2 new items fetched and stored", s)
	}
	docs := documents(t, st)
	for _, slug := range []string{"ceasefire", "border"} {
		d, ok := docs[a.srv.URL+"/news/"+slug]
		switch {
		case !ok:
			t.Errorf("%s not stored; stored %v", slug, docs)
		case d.Title != title("Eastport Herald", slug) || d.Outlet != "Eastport Herald" || !strings.Contains(d.Body, "agreement was close"):
			t.Errorf("%s stored as %q by %q: %q", slug, d.Title, d.Outlet, d.Body)
		case strings.Contains(d.Body, "Copyright") || strings.Contains(d.Body, "feed's summary"):
			t.Errorf("%s: the page's furniture or the feed's summary in the body: %q", slug, d.Body)
		}
	}
	// A new item is fetched alone.
	a.set(func(s *site) { s.items = append([]string{"aid"}, s.items...) })
	c.Advance(15 * time.Minute)
	s = round(t, w)
	if s.NewItems != 1 || s.Fetched != 1 || s.Stored[parallax.Added] != 1 || a.count("/news/ceasefire") != 1 {
		t.Errorf("after one more item: %+v, ceasefire asked %d times; want the new item alone", s, a.count("/news/ceasefire"))
	}
	if n, _ := st.CountDocuments(context.Background()); n != 3 {
		t.Errorf("%d documents stored; want 3", n)
	}
}

func TestUnchangedFeedIsNotFetchedAgain(t *testing.T) {
	c := newClock()
	a := newSite(t, c, "Eastport Herald", "ceasefire")
	st := tempStore(t)
	follow(t, st, c, a.feedURL())
	w := watch.New(st, options(c, func(err error) { t.Error(err) }))
	round(t, w)
	if s := round(t, w); s.Polled != 0 {
		t.Errorf("a source polled again before it is due: %+v", s)
	}
	c.Advance(15 * time.Minute)
	s := round(t, w)
	if s.Polled != 1 || s.NotModified != 1 || s.Fetched != 0 || len(s.Stored) != 0 {
		t.Errorf("second poll: %+v; want one poll answered 304 and nothing fetched", s)
	}
	a.set(func(s *site) {
		if len(s.cond) != 1 || s.cond[0] != `"1"` {
			t.Errorf("conditional requests: %q; want one with the feed's ETag", s.cond)
		}
	})
	if got := source(t, st, a.feedURL()); !got.NextPoll.Equal(c.Now().Add(15*time.Minute)) || got.ETag != `"1"` {
		t.Errorf("after a 304: %+v; want the ETag kept and the next poll in 15 minutes", got)
	}
	if a.count("/news/ceasefire") != 1 || a.count("/feed.xml") != 2 {
		t.Errorf("page asked %d times, feed %d; want 1 and 2", a.count("/news/ceasefire"), a.count("/feed.xml"))
	}
}

func TestFailingFeedBacksOffAndOthersGoOn(t *testing.T) {
	c := newClock()
	good := newSite(t, c, "Eastport Herald", "ceasefire")
	bad := newSite(t, c, "Westport Times", "border")
	bad.set(func(s *site) { s.fail["/feed.xml"] = http.StatusInternalServerError })
	st := tempStore(t)
	follow(t, st, c, good.feedURL(), bad.feedURL())
	var warned []error
	w := watch.New(st, options(c, func(err error) { warned = append(warned, err) }))
	start := c.Now()
	s := round(t, w)
	if s.Failed != 1 || s.Stored[parallax.Added] != 1 || len(warned) != 1 {
		t.Fatalf("first round: %+v, warnings %v; want the good feed stored and the bad one failed once", s, warned)
	}
	// Polls at 1, then 1+2, then 1+2+4 minutes: the wait doubles.
	for i, wait := range []time.Duration{time.Minute, 2 * time.Minute, 4 * time.Minute} {
		src := source(t, st, bad.feedURL())
		if src.Failures != i+1 || !strings.Contains(src.LastError, "500") || src.NextPoll.Sub(src.LastPoll) != wait {
			t.Errorf("after failure %d: %d failures, error %q, next poll %v after the last; want %v", i+1, src.Failures, src.LastError,
				src.NextPoll.Sub(src.LastPoll), wait)
		}
		c.Advance(src.NextPoll.Sub(c.Now()) - time.Second)
		if s := round(t, w); s.Polled != 0 {
			t.Errorf("polled a second before its backoff ended: %+v", s)
		}
		c.Advance(time.Second)
		if s := round(t, w); s.Polled != 1 || s.Failed != 1 {
			t.Errorf("round at %v: %+v; want the bad feed polled and failed", c.Now().Sub(start), s)
		}
	}
	bad.set(func(s *site) { delete(s.fail, "/feed.xml") })
	c.Advance(time.Hour)
	s = round(t, w)
	if s.Stored[parallax.Added] != 1 || source(t, st, bad.feedURL()).Failures != 0 {
		t.Errorf("after the feed mended: %+v, %d failures; want its item stored and no failures", s, source(t, st, bad.feedURL()).Failures)
	}
}

func TestFailingPageIsRetriedThenTakenFromTheFeed(t *testing.T) {
	c := newClock()
	a := newSite(t, c, "Eastport Herald", "ceasefire", "border")
	a.set(func(s *site) { s.fail["/news/border"] = http.StatusServiceUnavailable })
	st := tempStore(t)
	follow(t, st, c, a.feedURL())
	w := watch.New(st, options(c, func(error) {}))
	s := round(t, w)
	if s.Stored[parallax.Added] != 1 || s.Retrying != 1 {
		t.Fatalf("first round: %+v; want one stored and one to retry", s)
	}
	c.Advance(time.Minute)
	if s := round(t, w); s.Retrying != 1 || s.Polled != 0 {
		t.Errorf("second round: %+v; want the page retried alone", s)
	}
	c.Advance(time.Minute)
	if s := round(t, w); s.Retrying != 0 {
		t.Errorf("a retry came before its doubled wait: %+v", s)
	}
	c.Advance(time.Minute)
	s = round(t, w)
	if s.Stored[parallax.Added] != 1 || a.count("/news/border") != 3 {
		t.Errorf("last attempt: %+v, page asked %d times; want 3 attempts, then the feed's text stored", s, a.count("/news/border"))
	}
	d, ok := documents(t, st)[a.srv.URL+"/news/border"]
	if !ok || !strings.Contains(d.Body, "feed's summary of border") {
		t.Errorf("the feed's text of the failing page not stored: %+v", d)
	}
	if items, _ := st.DueItems(context.Background(), c.Now().Add(24*time.Hour)); len(items) != 0 {
		t.Errorf("items still pending: %+v", items)
	}
}

// TestSlowHostDoesNotHoldUpOthers holds one host's answers until the
// other host's items are stored, so it asserts the order of events
// whatever the load of the machine, with no timeout in play.
func TestSlowHostDoesNotHoldUpOthers(t *testing.T) {
	c := newClock()
	slow := newSite(t, c, "Slow Gazette", "quake")
	held := make(chan struct{})
	release := sync.OnceFunc(func() { close(held) })
	t.Cleanup(release)
	slow.set(func(s *site) { s.held = held })
	fast := newSite(t, c, "Eastport Herald", "ceasefire", "border")
	st := tempStore(t)
	follow(t, st, c, slow.feedURL(), fast.feedURL())
	opt := options(c, func(error) {})
	opt.Timeout = 10 * time.Minute
	w := watch.New(st, opt)
	type result struct {
		s   watch.Stats
		err error
	}
	done := make(chan result, 1)
	go func() {
		s, err := w.Round(context.Background())
		done <- result{s, err}
	}()
	// A watcher that waited for the held host would never store the fast
	// site's items; the bound only keeps such a failure from hanging.
	giveUp := time.After(2 * time.Minute)
	for {
		n, err := st.CountDocuments(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if n == 2 {
			break
		}
		select {
		case r := <-done:
			t.Fatalf("the round ended (%+v, %v) before the fast site's items were stored", r.s, r.err)
		case <-giveUp:
			t.Fatal("the fast site's items were not stored while the other host held its answers")
		case <-time.After(5 * time.Millisecond):
		}
	}
	slow.mu.Lock()
	hanging := slow.inflight
	slow.mu.Unlock()
	if hanging != 1 {
		t.Errorf("%d requests to the held host in flight once the fast site's items were stored; want 1", hanging)
	}
	release()
	r := <-done
	if r.err != nil {
		t.Fatal(r.err)
	}
	if r.s.Stored[parallax.Added] != 3 || r.s.Failed != 0 {
		t.Errorf("round: %+v; want the three items stored once the held host answers", r.s)
	}
}

// TestSlowHostTimesOut checks that a host that never answers fails the
// round's request to it with a timeout rather than holding the round.
func TestSlowHostTimesOut(t *testing.T) {
	c := newClock()
	slow := newSite(t, c, "Slow Gazette", "quake")
	slow.set(func(s *site) { s.slow = true })
	st := tempStore(t)
	follow(t, st, c, slow.feedURL())
	opt := options(c, func(error) {})
	opt.Timeout = 200 * time.Millisecond
	s := round(t, watch.New(st, opt))
	if s.Stored[parallax.Added] != 0 || s.Failed != 1 {
		t.Errorf("round: %+v; want nothing stored and the slow host failed", s)
	}
	if src := source(t, st, slow.feedURL()); !strings.Contains(src.LastError, "deadline") && !strings.Contains(src.LastError, "Timeout") {
		t.Errorf("the slow host's error: %q; want a timeout", src.LastError)
	}
}

// store is what the tests use of a store: the watcher's, and the
// documents to read back.
type store interface {
	parallax.Store
	parallax.WatchStore
}

// backends are the stores the restart test runs on: each makes a place
// for a store and returns how to open it there, again and again.
var backends = []struct {
	name  string
	place func(t *testing.T) func(t *testing.T) store
}{
	{"sqlite", func(t *testing.T) func(t *testing.T) store {
		path := filepath.Join(t.TempDir(), "watch.db")
		return func(t *testing.T) store { return openStore(t, path) }
	}},
	{"postgres", func(t *testing.T) func(t *testing.T) store {
		dsn := pgtest.DSN(t)
		return func(t *testing.T) store {
			st, err := postgres.Open(context.Background(), dsn)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			return st
		}
	}},
}

// cancelAfter is a store that ends the watcher's context after n
// documents are stored: a process killed in the middle of a round.
type cancelAfter struct {
	store
	n      int
	cancel context.CancelFunc
}

func (s *cancelAfter) PutDocument(ctx context.Context, d parallax.Document) (parallax.PutResult, error) {
	res, err := s.store.PutDocument(ctx, d)
	if s.n--; s.n == 0 {
		s.cancel()
	}
	return res, err
}

func TestRestartLosesNothingAndDuplicatesNothing(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) { testRestart(t, b.place(t)) })
	}
}

func testRestart(t *testing.T, open func(t *testing.T) store) {
	c := newClock()
	slugs := []string{"one", "two", "three", "four", "five"}
	a := newSite(t, c, "Eastport Herald", slugs...)
	st := open(t)
	follow(t, st, c, a.feedURL())
	ctx, cancel := context.WithCancel(context.Background())
	w := watch.New(&cancelAfter{store: st, n: 2, cancel: cancel}, options(c, func(error) {}))
	if _, err := w.Round(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted round: %v; want it cancelled", err)
	}
	if n, _ := st.CountDocuments(context.Background()); n != 2 {
		t.Fatalf("%d documents stored before the interruption; want 2", n)
	}
	st.Close()
	st = open(t)
	c.Advance(time.Second)
	s := round(t, watch.New(st, options(c, func(err error) { t.Error(err) })))
	if s.Polled != 0 {
		t.Errorf("the feed was asked again after the restart: %+v", s)
	}
	// The item being stored when the process stopped is fetched again and
	// found stored; the others are fetched once.
	if s.Stored[parallax.Added] != 3 || s.Stored[parallax.Unchanged] != 1 {
		t.Errorf("after the restart: %+v; want 3 new and 1 already stored", s)
	}
	if docs := documents(t, st); len(docs) != len(slugs) {
		t.Errorf("%d documents stored; want %d", len(docs), len(slugs))
	}
	fetched := 0
	for _, slug := range slugs {
		fetched += a.count("/news/" + slug)
	}
	if a.count("/feed.xml") != 1 || fetched != len(slugs)+1 {
		t.Errorf("feed asked %d times, pages %d; want 1 and %d", a.count("/feed.xml"), fetched, len(slugs)+1)
	}
}

func TestRobotsTxtIsObeyed(t *testing.T) {
	c := newClock()
	a := newSite(t, c, "Eastport Herald", "ceasefire", "private-talks")
	a.set(func(s *site) {
		s.robots = "User-agent: *\nDisallow: /\n\nUser-agent: parallax\nDisallow: /private/\nCrawl-delay: 10\n"
	})
	closed := newSite(t, c, "Westport Times", "border")
	closed.set(func(s *site) { s.robots = "User-agent: *\nDisallow: /\n" })
	st := tempStore(t)
	follow(t, st, c, a.feedURL(), closed.feedURL())
	w := watch.New(st, options(c, func(error) {}))
	s := round(t, w)
	if a.count("/private/private-talks") != 0 || closed.count("/feed.xml") != 0 {
		t.Errorf("asked for what robots.txt disallows: %d private pages, %d closed feeds", a.count("/private/private-talks"), closed.count("/feed.xml"))
	}
	if s.Failed != 1 || !strings.Contains(source(t, st, closed.feedURL()).LastError, "robots.txt") {
		t.Errorf("round: %+v; the disallowed feed's error: %q", s, source(t, st, closed.feedURL()).LastError)
	}
	// The disallowed page is not retried: the feed's own text stands for it.
	d, ok := documents(t, st)[a.srv.URL+"/private/private-talks"]
	if !ok || !strings.Contains(d.Body, "feed's summary") || s.Retrying != 0 {
		t.Errorf("the disallowed item: %+v, %+v; want the feed's text stored at once", d, s)
	}
	a.set(func(s *site) {
		for i := 1; i < len(s.times); i++ {
			if gap := s.times[i].Sub(s.times[i-1]); gap < 10*time.Second {
				t.Errorf("requests %d and %d %v apart; robots.txt asks for 10s", i-1, i, gap)
			}
		}
		if s.hits["/robots.txt"] != 1 {
			t.Errorf("robots.txt asked %d times", s.hits["/robots.txt"])
		}
	})
}

func TestOneRequestAtATimePerHost(t *testing.T) {
	c := newClock()
	// Two feeds on one host, and a third elsewhere whose pages are on it.
	shared := newSite(t, c, "Eastport Herald", "a1", "a2", "a3")
	other := newSite(t, c, "Westport Times")
	other.set(func(s *site) { s.items = []string{shared.srv.URL + "/news/b1", shared.srv.URL + "/news/b2"} })
	st := tempStore(t)
	follow(t, st, c, shared.feedURL(), shared.srv.URL+"/feed.xml?second", other.feedURL())
	opt := options(c, func(err error) { t.Error(err) })
	w := watch.New(st, opt)
	round(t, w)
	shared.set(func(s *site) {
		if s.most != 1 {
			t.Errorf("%d requests at once to one host", s.most)
		}
		for i := 1; i < len(s.times); i++ {
			if gap := s.times[i].Sub(s.times[i-1]); gap < opt.Delay {
				t.Errorf("requests %d and %d %v apart; want %v at least", i-1, i, gap, opt.Delay)
			}
		}
	})
	if n, _ := st.CountDocuments(context.Background()); n != 5 {
		t.Errorf("%d documents stored; want 5", n)
	}
}

func TestPrivateAddressesNeedLeave(t *testing.T) {
	c := newClock()
	a := newSite(t, c, "Eastport Herald", "ceasefire")
	st := tempStore(t)
	follow(t, st, c, a.feedURL())
	opt := options(c, func(error) {})
	opt.Private = false
	s := round(t, watch.New(st, opt))
	if s.Failed != 1 || a.count("/robots.txt")+a.count("/feed.xml") != 0 {
		t.Errorf("round: %+v, %d requests; want the loopback source refused unasked", s, a.count("/robots.txt")+a.count("/feed.xml"))
	}
	if src := source(t, st, a.feedURL()); !strings.Contains(src.LastError, "not a public address") {
		t.Errorf("the refused source's error: %q", src.LastError)
	}
}

func TestHostileFeed(t *testing.T) {
	c := newClock()
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	var mu sync.Mutex
	asked := map[string]int{}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		asked[r.URL.Path]++
		mu.Unlock()
		switch r.URL.Path {
		case "/feed.xml":
			fmt.Fprint(w, `<rss><channel><title>Odd Times</title>`+
				`<item><title>Script</title><link>javascript:alert(1)</link><guid>s</guid><description>Officials met on Monday in the capital.</description></item>`+
				`<item><title>Gone</title><link>/gone</link><guid>g</guid><description>The minister said on Monday that talks went on.</description></item>`+
				`<item><title>Huge</title><link>/huge</link><guid>h</guid></item>`+
				`</channel></rss>`)
		case "/huge":
			fmt.Fprint(w, strings.Repeat("<p>padding</p>", 10_000))
		case "/big.xml":
			fmt.Fprint(w, `<rss><channel>`+strings.Repeat("<item><title>x</title></item>", 10_000)+`</channel></rss>`)
		default:
			http.NotFound(w, r)
		}
	})
	st := tempStore(t)
	follow(t, st, c, srv.URL+"/feed.xml", srv.URL+"/big.xml")
	opt := options(c, func(error) {})
	opt.MaxSize = 64 << 10
	s := round(t, watch.New(st, opt))
	// The script link is never followed and the missing page never asked
	// again: both stand on the feed's text; the huge page is given up.
	if s.Stored[parallax.Added] != 2 || s.GaveUp != 1 || s.Retrying != 0 || asked["/gone"] != 1 {
		t.Errorf("round: %+v, /gone asked %d times; want 2 stored from the feed, 1 given up, no retry", s, asked["/gone"])
	}
	if src := source(t, st, srv.URL+"/big.xml"); !strings.Contains(src.LastError, "size limit") {
		t.Errorf("a feed past the size limit: %+v", src)
	}
	for _, d := range documents(t, st) {
		if strings.HasPrefix(d.URL, "javascript") {
			t.Errorf("stored %+v", d)
		}
	}
}

func TestRunSleepsUntilDue(t *testing.T) {
	c := newClock()
	a := newSite(t, c, "Eastport Herald", "ceasefire")
	st := tempStore(t)
	follow(t, st, c, a.feedURL())
	w := watch.New(st, options(c, func(err error) { t.Error(err) }))
	start := c.Now()
	var polls []time.Duration
	errEnough := errors.New("enough")
	err := w.Run(context.Background(), func(s watch.Stats) error {
		if s.Polled > 0 {
			polls = append(polls, c.Now().Sub(start).Truncate(time.Minute))
		}
		if len(polls) == 3 {
			return errEnough
		}
		return nil
	})
	if !errors.Is(err, errEnough) {
		t.Fatalf("Run = %v; want the error of after", err)
	}
	// Each round ends a few seconds of polite delays after it began.
	if want := []time.Duration{0, 15 * time.Minute, 30 * time.Minute}; !slices.Equal(polls, want) {
		t.Errorf("polled at %v; want %v", polls, want)
	}
	if a.count("/news/ceasefire") != 1 || a.count("/feed.xml") != 3 {
		t.Errorf("page asked %d times, feed %d; want 1 and 3", a.count("/news/ceasefire"), a.count("/feed.xml"))
	}
}

func TestRedirectsAreFollowedPolitely(t *testing.T) {
	c := newClock()
	a := newSite(t, c, "Eastport Herald", "ceasefire")
	a.set(func(s *site) {
		s.robots = "User-agent: parallax\nDisallow: /private/\n"
		s.moved = map[string]string{"/old.xml": "/feed.xml", "/news/ceasefire": "/news/ceasefire-2", "/sneaky.xml": "/private/feed.xml"}
	})
	st := tempStore(t)
	follow(t, st, c, a.srv.URL+"/old.xml", a.srv.URL+"/sneaky.xml")
	s := round(t, watch.New(st, options(c, func(error) {})))
	if s.Stored[parallax.Added] != 1 || s.Failed != 1 {
		t.Errorf("round: %+v; want the moved feed's item stored and the redirect into /private/ refused", s)
	}
	if _, ok := documents(t, st)[a.srv.URL+"/news/ceasefire-2"]; !ok {
		t.Errorf("the item is not stored at the address it moved to: %v", documents(t, st))
	}
	if a.count("/private/feed.xml") != 0 || !strings.Contains(source(t, st, a.srv.URL+"/sneaky.xml").LastError, "robots.txt") {
		t.Errorf("a redirect into what robots.txt disallows was followed")
	}
	a.set(func(s *site) {
		if s.most != 1 {
			t.Errorf("%d requests at once", s.most)
		}
	})
}

func TestServerTroubleIsWaitedOut(t *testing.T) {
	c := newClock()
	a := newSite(t, c, "Eastport Herald", "ceasefire")
	a.set(func(s *site) { s.fail["/robots.txt"] = http.StatusServiceUnavailable })
	b := newSite(t, c, "Westport Times", "border")
	b.set(func(s *site) { s.fail["/feed.xml"] = http.StatusTooManyRequests; s.retryAfter = "600" })
	st := tempStore(t)
	follow(t, st, c, a.feedURL(), b.feedURL())
	w := watch.New(st, options(c, func(error) {}))
	if s := round(t, w); s.Failed != 2 || a.count("/feed.xml") != 0 {
		t.Fatalf("round: %+v; want both failed, and no feed asked where robots.txt could not be read", s)
	}
	// A robots.txt that fails is asked again at the next try; a Retry-After
	// longer than the backoff is obeyed.
	if src := source(t, st, a.feedURL()); src.NextPoll.Sub(src.LastPoll) != time.Minute || !strings.Contains(src.LastError, "503") {
		t.Errorf("after robots.txt failed: %+v; want a retry in a minute", src)
	}
	if src := source(t, st, b.feedURL()); src.NextPoll.Sub(src.LastPoll) != 10*time.Minute {
		t.Errorf("after 429 with Retry-After: 600: next poll %v after the last; want 10m", src.NextPoll.Sub(src.LastPoll))
	}
	a.set(func(s *site) { delete(s.fail, "/robots.txt") })
	c.Advance(time.Minute)
	if s := round(t, w); s.Stored[parallax.Added] != 1 || s.Polled != 1 {
		t.Errorf("once robots.txt answers: %+v; want the feed's item stored", s)
	}
}
