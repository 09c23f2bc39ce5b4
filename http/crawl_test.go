package http

import (
	"cmp"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/pipeline"
	"github.com/parallax-news/parallax/sqlite"
	"github.com/parallax-news/parallax/story/storygen"
)

// generatedStore is the analysed store of n documents of the synthetic
// news stream that `parallax gen` writes.
func generatedStore(t testing.TB, n int) *sqlite.Store {
	t.Helper()
	st := newStore(t)
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	g := storygen.New(storygen.Options{Seed: 1})
	for range n {
		gd := g.Next()
		d := parallax.Document{Source: gd.Name, Title: gd.Title, Body: gd.Body, Published: gd.Published, Lang: "en"}
		d.ID = parallax.DocID(d.Title, d.Body)
		if err := p.Add(d); err != nil {
			t.Fatal(err)
		}
		if _, err := st.PutDocument(t.Context(), d); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.PutAnalysis(t.Context(), p.Analysis()); err != nil {
		t.Fatal(err)
	}
	return st
}

// view is a way of looking at a page: a window size and a colour scheme.
type view struct {
	name          string
	width, height int64
	mobile        bool
	scheme        string
}

var views = []view{
	{"desktop-light", 1400, 900, false, "light"},
	{"desktop-dark", 1400, 900, false, "dark"},
	{"phone-light", 390, 844, true, "light"},
	{"phone-dark", 390, 844, true, "dark"},
}

// pageKinds returns an address of every kind of page the server has for
// the analysis it serves: the largest story, document, entity and question,
// every list in a second order and at its second page, the timeline and a
// search.
func pageKinds(snap *snapshot) []string {
	out := []string{"/", "/?sort=disputed&offset=" + fmt.Sprint(storiesPageSize), "/timeline", "/documents", "/documents?sort=title&offset=100",
		"/entities", "/entities?sort=name", "/questions", "/questions?sort=label", "/conflicts", "/conflicts?sort=kind"}
	largest := func(ids []string, size func(string) int) string {
		slices.Sort(ids)
		best := ""
		for _, id := range ids {
			if best == "" || size(id) > size(best) {
				best = id
			}
		}
		return best
	}
	var stories, docs, ents, qs []string
	for id := range snap.stories {
		if id != "" {
			stories = append(stories, id)
		}
	}
	for id := range snap.docs {
		docs = append(docs, id)
	}
	for id := range snap.entities {
		ents = append(ents, id)
	}
	for id := range snap.questions {
		qs = append(qs, id)
	}
	if id := largest(stories, func(id string) int { return len(snap.stories[id].Statements) + len(snap.stories[id].Docs) }); id != "" {
		out = append(out, "/stories/"+url.PathEscape(id), "/stories/"+url.PathEscape(id)+"#matrix")
	}
	if id := largest(docs, func(id string) int { return len(snap.stmtsOf[id]) + len(snap.mentionsOf[id]) }); id != "" {
		out = append(out, "/documents/"+url.PathEscape(id))
		if title := strings.Fields(snap.docs[id].Title); len(title) > 0 {
			out = append(out, "/search?q="+url.QueryEscape(title[0]))
		}
	}
	if id := largest(ents, func(id string) int { return len(snap.entities[id].Mentions) }); id != "" {
		out = append(out, "/entities/"+url.PathEscape(id))
	}
	if id := largest(qs, func(id string) int { return len(snap.questions[id].Statements) }); id != "" {
		out = append(out, "/questions/"+url.PathEscape(id))
	}
	return out
}

// pageState is what the browser reports of a page as shown.
type pageState struct {
	Overflow   int      `json:"overflow"` // how far the page is wider than the window, in CSS pixels
	Background string   `json:"background"`
	Links      []string `json:"links"`
	IDs        []string `json:"ids"`
}

const pageStateJS = `(() => {
	const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
	if (target) target.scrollIntoView(); // again, as the window changed
	return {
		overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
		background: getComputedStyle(document.body).backgroundColor,
		links: [...document.querySelectorAll("a[href]")].map(a => a.getAttribute("href")),
		ids: [...document.querySelectorAll("[id]")].map(e => e.id),
	};
})()`

// linkChecker answers each internal address once, from the handler.
type linkChecker struct {
	h     http.Handler
	pages map[string]map[string]bool // path and query → the ids on the page, or nil when it did not answer 200
}

// check returns why the internal link href, found on page from, does not
// land, or "".
func (c *linkChecker) check(from string, ids map[string]bool, href string) string {
	u, err := url.Parse(href)
	if err != nil {
		return fmt.Sprintf("%s links to %q, which is no address", from, href)
	}
	if u.Scheme != "" || u.Host != "" {
		return "" // not ours
	}
	target := ids
	if u.Path != "" {
		key := u.Path
		if u.RawQuery != "" {
			key += "?" + u.RawQuery
		}
		have, seen := c.pages[key]
		if !seen {
			rec := httptest.NewRecorder()
			c.h.ServeHTTP(rec, httptest.NewRequest("GET", key, nil))
			if rec.Code == http.StatusOK {
				have = map[string]bool{}
				for _, m := range idAttr.FindAllStringSubmatch(rec.Body.String(), -1) {
					have[m[1]] = true
				}
			}
			c.pages[key] = have
		}
		if have == nil {
			return fmt.Sprintf("%s links to %s, which does not answer 200", from, key)
		}
		target = have
	}
	if u.Fragment != "" && !target[u.Fragment] {
		return fmt.Sprintf("%s links to %s, which has no anchor #%s", from, href, u.Fragment)
	}
	return ""
}

// TestBrowserEveryPage opens every kind of page in headless Chromium, on
// the Karabakh store and on a 5,000-document generated one, at desktop and
// phone widths, light and dark: no page is wider than its window, the dark
// scheme is applied, and every internal link answers 200 and lands on an
// anchor that exists. With $PARALLAX_ARTEFACTS set, a screenshot of each
// page in each view is saved there.
func TestBrowserEveryPage(t *testing.T) {
	ctx := browser(t)
	artefacts := os.Getenv("PARALLAX_ARTEFACTS")
	for _, corpus := range []struct {
		name  string
		store func(testing.TB) *sqlite.Store
	}{
		{"karabakh", karabakhStore},
		{"generated", func(t testing.TB) *sqlite.Store { return generatedStore(t, 5000) }},
	} {
		t.Run(corpus.name, func(t *testing.T) {
			s := newServer(t, corpus.store(t))
			h := s.Handler()
			srv := httptest.NewServer(h)
			defer srv.Close()
			links := &linkChecker{h: h, pages: map[string]map[string]bool{}}
			checked := 0
			for _, path := range pageKinds(s.snapshot()) {
				if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+path)); err != nil {
					t.Fatalf("open %s: %v", path, err)
				}
				backgrounds := map[string]string{}
				var state pageState
				for _, v := range views {
					var err error
					state, err = look(ctx, v)
					if err != nil {
						t.Fatalf("%s, %s: %v", path, v.name, err)
					}
					if state.Overflow > 0 {
						t.Errorf("%s, %s: the page is %d px wider than the window", path, v.name, state.Overflow)
					}
					backgrounds[v.scheme] = state.Background
					if artefacts != "" {
						shot(t, ctx, filepath.Join(artefacts, "browser", corpus.name), path, v)
					}
				}
				if backgrounds["light"] == backgrounds["dark"] {
					t.Errorf("%s: the same background %s in the light and the dark scheme", path, backgrounds["light"])
				}
				ids := map[string]bool{}
				for _, id := range state.IDs {
					ids[id] = true
				}
				for _, href := range state.Links {
					checked++
					if why := links.check(path, ids, href); why != "" {
						t.Error(why)
					}
				}
			}
			t.Logf("%d links checked on %d pages, %d distinct addresses answered", checked, len(pageKinds(s.snapshot())), len(links.pages))
		})
	}
}

// look shows the current page in view v and reports its state.
func look(ctx context.Context, v view) (pageState, error) {
	opts := []chromedp.EmulateViewportOption{}
	if v.mobile {
		opts = append(opts, chromedp.EmulateMobile)
	}
	err := chromedp.Do(ctx, chromedp.EmulateViewport(v.width, v.height, opts...),
		chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: v.scheme}}})
			return err
		}))
	if err != nil {
		return pageState{}, err
	}
	return chromedp.Run(ctx, chromedp.Evaluate[pageState](pageStateJS))
}

// unsafeName is what a page's address may hold that a file name may not.
var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// shot saves a screenshot of what the window shows.
func shot(t *testing.T, ctx context.Context, dir, path string, v view) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot of %s: %v", path, err)
	}
	name := strings.Trim(unsafeName.ReplaceAllString(path, "_"), "_")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, cmp.Or(name, "index")+"-"+v.name+".png")
	if err := os.WriteFile(file, png, 0o644); err != nil {
		t.Fatal(err)
	}
}
