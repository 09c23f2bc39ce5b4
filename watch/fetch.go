package watch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// robotsMaxSize is the most of a robots.txt that is read, as Google
// reads it; rules past it are ignored.
const robotsMaxSize = 500 << 10

// robotsTTL is how long a host's robots.txt is trusted before it is asked
// for again.
const robotsTTL = 24 * time.Hour

// maxCrawlDelay bounds the delay a robots.txt may ask for between
// requests, so that a hostile one cannot stall a host's queue for days.
const maxCrawlDelay = 5 * time.Minute

// errDisallowed marks a page that the site's robots.txt keeps parallax from.
var errDisallowed = errors.New("robots.txt disallows it")

// errTooLarge marks an answer past the size limit.
var errTooLarge = errors.New("larger than the size limit")

// statusError is an answer other than 200, 304 or a redirect.
type statusError struct {
	status     string
	code       int
	retryAfter time.Duration // what a Retry-After header asked for, or 0
}

func (e *statusError) Error() string { return "HTTP " + e.status }

// response is a fetched body, read whole within the size limit, or a
// redirect.
type response struct {
	code         int // 200, 304 or a redirect's
	body         []byte
	contentType  string
	etag         string
	lastModified string
	url          string // the address answered
	location     string // where a redirect sends the request, or ""
}

// host is what the watcher knows of one host (with its port): requests to
// it take turns, each at least the delay after the last one ended, and
// its robots.txt is kept for a day.
type host struct {
	turn   chan struct{} // holds a token while a request is in flight
	last   time.Time     // when the last request ended
	robots *robotstxt.RobotsData
	delay  time.Duration // the Crawl-delay robots.txt asks of parallax
	asked  time.Time     // when robots.txt was fetched
}

// hosts hands out the host of each address, made on first use.
type hosts struct {
	mu sync.Mutex
	m  map[string]*host
}

func (hs *hosts) get(name string) *host {
	hs.mu.Lock()
	defer hs.mu.Unlock()
	if hs.m == nil {
		hs.m = map[string]*host{}
	}
	h := hs.m[name]
	if h == nil {
		h = &host{turn: make(chan struct{}, 1)}
		hs.m[name] = h
	}
	return h
}

// maxRedirects bounds the redirects followed from one address.
const maxRedirects = 5

// fetch GETs rawURL politely: one request at a time to its host, each at
// least the delay after the previous one, only where the host's robots.txt
// allows, with the validators of a previous answer (etag, lastModified),
// within the request timeout and the size limit. Redirects are followed
// the same way, each to a host in its turn and where its robots.txt allows.
func (w *Watcher) fetch(ctx context.Context, rawURL, etag, lastModified string) (*response, error) {
	for hop := 0; ; hop++ {
		resp, err := w.fetchOne(ctx, rawURL, etag, lastModified)
		if err != nil && hop > 0 {
			err = fmt.Errorf("redirected to %s: %w", rawURL, err)
		}
		if err != nil || resp.location == "" {
			return resp, err
		}
		if hop == maxRedirects {
			return nil, fmt.Errorf("more than %d redirects", maxRedirects)
		}
		u, err := url.Parse(rawURL)
		if err != nil {
			return nil, err
		}
		next, err := u.Parse(resp.location)
		if err != nil {
			return nil, fmt.Errorf("redirect: %w", err)
		}
		rawURL = next.String()
	}
}

// fetchOne GETs rawURL as fetch does, without following a redirect.
func (w *Watcher) fetchOne(ctx context.Context, rawURL, etag, lastModified string) (*response, error) {
	u, err := parseURL(rawURL)
	if err != nil {
		return nil, err
	}
	h := w.hosts.get(u.Host)
	select {
	case h.turn <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-h.turn }()
	if w.clock.Now().Sub(h.asked) >= robotsTTL || h.robots == nil {
		if err := w.askRobots(ctx, h, u); err != nil {
			return nil, fmt.Errorf("robots.txt: %w", err)
		}
	}
	if !h.robots.TestAgent(u.RequestURI(), w.opt.Agent) {
		return nil, errDisallowed
	}
	req, err := w.request(ctx, u.String())
	if err != nil {
		return nil, err
	}
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	return w.do(h, req, w.opt.MaxSize, false)
}

// askRobots fetches the robots.txt of u's host into h. An answer of 4xx
// allows everything, as Google reads it; 5xx is an error, so that what
// needed it is tried again later; a robots.txt that cannot be parsed
// allows everything.
func (w *Watcher) askRobots(ctx context.Context, h *host, u *url.URL) error {
	req, err := w.request(ctx, u.Scheme+"://"+u.Host+"/robots.txt")
	if err != nil {
		return err
	}
	code := http.StatusOK
	resp, err := w.do(h, req, robotsMaxSize, true)
	var se *statusError
	switch {
	case errors.As(err, &se) && se.code < 500:
		code = se.code
	case err != nil:
		return err
	}
	data, err := robotstxt.FromStatusAndBytes(code, resp.body)
	if err != nil {
		data, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
	}
	h.robots, h.asked = data, w.clock.Now()
	h.delay = min(data.FindGroup(w.opt.Agent).CrawlDelay, maxCrawlDelay)
	return nil
}

// request makes a GET request that names parallax.
func (w *Watcher) request(ctx context.Context, rawURL string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", w.opt.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5")
	return req, nil
}

// do waits for h's delay, sends req within the request timeout and reads
// the answer's body: at most limit bytes, past which the body is an
// error. A redirect is returned for fetch to follow, except for a
// robots.txt, whose redirects are followed here and whose first limit
// bytes are read, as Google reads them. An answer other than 200, 304 or
// a redirect is a *statusError, with the response and its body.
func (w *Watcher) do(h *host, req *http.Request, limit int64, robots bool) (*response, error) {
	if err := w.clock.Sleep(req.Context(), h.last.Add(max(w.opt.Delay, h.delay)).Sub(w.clock.Now())); err != nil {
		return nil, err
	}
	defer func() { h.last = w.clock.Now() }()
	ctx, cancel := context.WithTimeout(req.Context(), w.opt.Timeout)
	defer cancel()
	// Redirects come back to fetch, which takes each to its host in turn.
	client := *w.opt.Client
	if !robots {
		client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	}
	resp, err := client.Do(req.WithContext(ctx))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) > limit {
		if !robots {
			return nil, fmt.Errorf("%w of %d bytes", errTooLarge, limit)
		}
		body = body[:limit]
	}
	r := &response{code: resp.StatusCode, body: body, contentType: resp.Header.Get("Content-Type"),
		etag: resp.Header.Get("ETag"), lastModified: resp.Header.Get("Last-Modified"), url: resp.Request.URL.String()}
	if loc := resp.Header.Get("Location"); loc != "" && isRedirect(resp.StatusCode) {
		r.location = loc
		return r, nil
	}
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusNotModified {
		return r, &statusError{status: resp.Status, code: resp.StatusCode, retryAfter: retryAfter(resp.Header.Get("Retry-After"), w.clock.Now())}
	}
	return r, nil
}

// isRedirect says whether an answer's code sends the request elsewhere.
func isRedirect(code int) bool {
	switch code {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther, http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

// retryAfter reads a Retry-After header: seconds, or an HTTP date.
func retryAfter(v string, now time.Time) time.Duration {
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s > 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// parseURL accepts only absolute http and https addresses with a host.
func parseURL(rawURL string) (*url.URL, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil, fmt.Errorf("%q is not an http or https address", rawURL)
	}
	return u, nil
}
