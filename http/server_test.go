package http

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/report"
	"github.com/parallax-news/parallax/sqlite"
)

// Hostile strings planted in every field a page shows.
const (
	script = `<script>alert(1)</script>`
	img    = `<img src=x onerror=alert(1)>`
	svg    = `<svg onload=alert(1)>`
)

// fixture stores two invented reports of one story, full of markup, and an
// analysis of them: a conflict, a timeline, an entity mention.
func fixture(t *testing.T) (*sqlite.Store, parallax.Analysis) {
	t.Helper()
	st := newStore(t)
	docs := []parallax.Document{{
		ID: "d1", Source: "pages/a.html", URL: "javascript:alert(1)", Title: "Valley talks stall " + script,
		Outlet: "Wire " + svg, Published: "2031-03-14", Lang: "en",
		Body:     "Mayor Holt said " + img + " the valley is calm.\n\nEnvoys met in Varne.",
		Comments: []parallax.Comment{{Author: "reader", Text: "<iframe src=//evil.example>", Depth: 1}},
		Copies:   []string{"mirror/a.html " + script},
	}, {
		ID: "d2", Source: "pages/b.html", URL: "https://example.org/b", Title: "Monitors report shelling",
		Outlet: "Daily", Published: "2031-03-15", Lang: "en",
		Body: "Monitors said the valley is not calm.",
	}}
	for _, d := range docs {
		if _, err := st.PutDocument(t.Context(), d); err != nil {
			t.Fatal(err)
		}
	}
	calm := strings.Index(docs[0].Body, "the valley") // ASCII up to here: bytes are runes
	a := parallax.Analysis{
		Entities: []parallax.Entity{{ID: "holt", Type: "PERSON", Name: "Mayor Holt " + svg, Aliases: []string{},
			Mentions: []parallax.Mention{{Doc: "d1", Start: 0, End: 10, Text: "Mayor Holt"}}}},
		Statements: []parallax.Statement{
			{ID: "s1", Doc: "d1", Speaker: "holt", SpeakerName: "Mayor Holt " + svg, Cue: "said " + script,
				Content: "the valley is calm " + img, Start: calm, End: calm + len("the valley is calm"), Question: "q1", Stance: parallax.Affirms},
			{ID: "s2", Doc: "d2", SpeakerName: "Monitors", Cue: "said", Content: "the valley is not calm",
				Start: 14, End: 36, Question: "q1", Stance: parallax.Denies},
		},
		Questions: []parallax.Question{{ID: "q1", Label: "Is the valley calm? " + script, Statements: []string{"s1", "s2"}}},
		Conflicts: []parallax.Conflict{{A: "s1", B: "s2", Kind: parallax.Contradiction, Explain: "opposite stances " + img}},
		Stories:   []parallax.Story{{ID: "st1", Label: "Valley " + script, Docs: []string{"d1", "d2"}}},
		Threads:   []parallax.Thread{},
		Timeline: []parallax.TimelineEvent{{Date: "2031-03-14", Event: "Talks stall " + script, Docs: []string{"d1"},
			Statements: []string{}, Basis: "year from the story's report dated 2031-03-15 " + svg}},
		Duplicates: []parallax.Duplicate{},
	}
	if err := st.PutAnalysis(t.Context(), a); err != nil {
		t.Fatal(err)
	}
	return st, a
}

// newStore opens an empty SQLite store that lives as long as the test.
func newStore(t testing.TB) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func newServer(t *testing.T, st parallax.Store) *Server {
	t.Helper()
	s := &Server{Store: st}
	if err := s.Load(t.Context()); err != nil {
		t.Fatal(err)
	}
	return s
}

// get serves one request and returns the status, headers and body.
func get(t *testing.T, h http.Handler, target string) (int, http.Header, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
	return rec.Code, rec.Header(), rec.Body.String()
}

func TestPagesEscapeScrapedContent(t *testing.T) {
	st, _ := fixture(t)
	h := newServer(t, st).Handler()
	for _, tc := range []struct {
		path string
		want []string // escaped or structural text the page must hold
	}{
		{"/", []string{`href="/stories/st1"`, "Valley &lt;script&gt;"}},
		{"/stories/st1", []string{
			`href="/documents/d1#st-s1"`, `href="/documents/d2#st-s2"`, "Is the valley calm? &lt;script&gt;",
			`class="matrix"`, "contradiction", "year from the story&#39;s report dated 2031-03-15 &lt;svg",
			`href="https://example.org/b"`,
		}},
		{"/documents/d1", []string{
			`<mark class="stmt affirms" id="st-s1"`, "</span> said &lt;img src=x onerror=alert(1)&gt; <mark",
			`<span class="ent" id="m-holt-0" title="Mayor Holt &lt;svg onload=alert(1)&gt; · PERSON">Mayor Holt</span>`,
			"&lt;iframe src=//evil.example&gt;", `href="/stories/st1"`, "also found at: mirror/a.html &lt;script&gt;",
		}},
		{"/search?q=valley", []string{`<b class="hit">valley</b>`, `href="/documents/d2"`, `href="/search?q=valley&amp;story=st1"`, `href="/search?from=2031-03-01&amp;q=valley&amp;to=2031-03-31"`}},
		{"/entities/holt", []string{"Mayor Holt &lt;svg", `href="/documents/d1#st-s1"`, `href="/questions/q1"`, "1 mention<"}},
		{"/questions/q1", []string{"Is the valley calm? &lt;script&gt;", `href="/entities/holt"`, `href="/documents/d2#st-s2"`, "contradiction"}},
		{"/timeline", []string{"Talks stall &lt;script&gt;", `href="/stories/st1"`}},
	} {
		t.Run(tc.path, func(t *testing.T) {
			code, hdr, body := get(t, h, tc.path)
			if code != http.StatusOK {
				t.Fatalf("status %d:\n%s", code, body)
			}
			if csp := hdr.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "script-src") {
				t.Errorf("Content-Security-Policy %q lets script run", csp)
			}
			for _, bad := range []string{"<script", "<img", "<svg onload", "<iframe", "javascript:"} { // the pages draw SVG of their own
				if strings.Contains(body, bad) {
					t.Errorf("page holds %q unescaped", bad)
				}
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %s", w)
				}
			}
		})
	}
}

// TestDocumentPageMarksStatementAtItsOffsets checks the one-click promise:
// the anchor a statement links to wraps exactly the statement's text.
func TestDocumentPageMarksStatementAtItsOffsets(t *testing.T) {
	st, a := fixture(t)
	_, _, body := get(t, newServer(t, st).Handler(), "/documents/d1")
	open := `id="st-s1"`
	i := strings.Index(body, open)
	if i < 0 {
		t.Fatalf("no anchor st-s1 in the page")
	}
	rest := body[i:]
	rest = rest[strings.Index(rest, ">")+1:]
	marked := rest[:strings.Index(rest, "</mark>")]
	s := a.Statements[0]
	doc, err := st.Document(t.Context(), "d1")
	if err != nil {
		t.Fatal(err)
	}
	if want := string([]rune(doc.Body)[s.Start:s.End]); marked != want {
		t.Errorf("anchor wraps %q, the statement's offsets hold %q", marked, want)
	}
}

func TestAPI(t *testing.T) {
	st, _ := fixture(t)
	h := newServer(t, st).Handler()
	decode := func(t *testing.T, path string, want int, v any) {
		t.Helper()
		code, hdr, body := get(t, h, path)
		if code != want {
			t.Fatalf("GET %s: status %d, want %d:\n%s", path, code, want, body)
		}
		if ct := hdr.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("GET %s: Content-Type %q", path, ct)
		}
		if strings.Contains(body, "<script") {
			t.Errorf("GET %s: JSON holds raw markup", path)
		}
		if err := json.Unmarshal([]byte(body), v); err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
	}
	var stories []storySummary
	decode(t, "/api/stories", 200, &stories)
	if len(stories) != 1 || stories[0].Docs != 2 || stories[0].Conflicts != 1 || stories[0].Disputed != 1 || stories[0].First != "2031-03-14" {
		t.Errorf("stories = %+v", stories)
	}
	var story struct {
		ID       string `json:"id"`
		Timeline []parallax.TimelineEvent
		Matrix   []struct{ Disputed bool }
	}
	decode(t, "/api/stories/st1", 200, &story)
	if story.ID != "st1" || len(story.Timeline) != 1 || len(story.Matrix) != 1 || !story.Matrix[0].Disputed {
		t.Errorf("story = %+v", story)
	}
	var doc documentResponse
	decode(t, "/api/documents/d1", 200, &doc)
	if doc.Story != "st1" || len(doc.Statements) != 1 || doc.Statements[0].ID != "s1" || len(doc.Mentions) != 1 || doc.Mentions[0].Entity != "holt" {
		t.Errorf("document = %+v", doc)
	}
	var stmt struct{ Link string }
	decode(t, "/api/statements/s2", 200, &stmt)
	if stmt.Link != "/documents/d2#st-s2" {
		t.Errorf("statement link %q", stmt.Link)
	}
	var res parallax.SearchResult
	decode(t, "/api/search?q=monitors", 200, &res)
	if res.Total != 1 || len(res.Hits) != 1 || res.Hits[0].ID != "d2" {
		t.Errorf("search = %+v", res)
	}
	var question questionResponse
	decode(t, "/api/questions/q1", 200, &question)
	if len(question.Answers) != 2 || len(question.Conflicts) != 1 {
		t.Errorf("question = %+v", question)
	}
	var entity struct{ Statements []parallax.Statement }
	decode(t, "/api/entities/holt", 200, &entity)
	if len(entity.Statements) != 1 || entity.Statements[0].ID != "s1" {
		t.Errorf("entity statements = %+v", entity.Statements)
	}
	var events []parallax.TimelineEvent
	decode(t, "/api/timeline?story=st1", 200, &events)
	if len(events) != 1 {
		t.Errorf("timeline = %+v", events)
	}
}

func TestWritesNeedTheToken(t *testing.T) {
	st, a := fixture(t)
	var uploaded []string
	s := newServer(t, st)
	s.Ingest = func(ctx context.Context, name string, r io.Reader) (IngestResult, error) {
		b, _ := io.ReadAll(r)
		uploaded = append(uploaded, name+":"+string(b))
		return IngestResult{Added: []string{"d3"}}, nil
	}
	s.Analyze = func(ctx context.Context) error {
		b := a
		b.Stories = append(b.Stories, parallax.Story{ID: "st2", Label: "Another", Docs: []string{}})
		return st.PutAnalysis(ctx, b)
	}
	post := func(token, auth, path string) int {
		s.Token = token
		req := httptest.NewRequest("POST", path, strings.NewReader("Envoys met."))
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		rec := httptest.NewRecorder()
		s.Handler().ServeHTTP(rec, req)
		return rec.Code
	}
	for _, tc := range []struct {
		name, token, auth string
		want              int
	}{
		{"no token configured", "", "Bearer ", 401},
		{"no header", "k3y", "", 401},
		{"wrong token", "k3y", "Bearer k3z", 401},
		{"not a bearer", "k3y", "Basic k3y", 401},
		{"right token", "k3y", "Bearer k3y", 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			uploaded = nil
			if got := post(tc.token, tc.auth, "/api/documents?name=note.txt"); got != tc.want {
				t.Errorf("upload: status %d, want %d", got, tc.want)
			}
			if (len(uploaded) == 1) != (tc.want == 200) {
				t.Errorf("upload ran %d times", len(uploaded))
			}
			if got := post(tc.token, tc.auth, "/api/analyze"); got != tc.want {
				t.Errorf("analyze: status %d, want %d", got, tc.want)
			}
		})
	}
	// The accepted analysis is served at once.
	var stories []storySummary
	_, _, body := get(t, s.Handler(), "/api/stories")
	json.Unmarshal([]byte(body), &stories)
	if len(stories) != 2 {
		t.Errorf("after analyze, %d stories served, want 2", len(stories))
	}
}

func TestUnknownPage(t *testing.T) {
	st, _ := fixture(t)
	h := newServer(t, st).Handler()
	for _, path := range []string{"/nothing", "/stories/nope", "/documents/nope", "/entities/nope", "/questions/nope"} {
		if code, hdr, _ := get(t, h, path); code != 404 || !strings.HasPrefix(hdr.Get("Content-Type"), "text/html") {
			t.Errorf("GET %s: status %d, %s", path, code, hdr.Get("Content-Type"))
		}
	}
}

func TestTimelinePages(t *testing.T) {
	st, _ := fixture(t)
	h := newServer(t, st).Handler()
	for _, tc := range []struct {
		path       string
		code       int
		has, lacks string
	}{
		{"/timeline", 200, "Events 1–1 of 1", "Earlier events"},
		{"/timeline?offset=7", 200, `href="/timeline?offset=0"`, "Talks stall"},
		{"/timeline?offset=-1", 400, "offset", "Talks stall"},
	} {
		code, _, body := get(t, h, tc.path)
		if code != tc.code || !strings.Contains(body, tc.has) || strings.Contains(body, tc.lacks) {
			t.Errorf("GET %s: status %d (want %d), has %q: %v, lacks %q: %v", tc.path, code, tc.code,
				tc.has, strings.Contains(body, tc.has), tc.lacks, !strings.Contains(body, tc.lacks))
		}
	}
}

func TestNarrowed(t *testing.T) {
	v := url.Values{"q": {"valley"}, "offset": {"20"}}
	for _, tc := range []struct{ facet, value, want string }{
		{"outlet", "Daily", "/search?outlet=Daily&q=valley"},
		{"month", "2031-02", "/search?from=2031-02-01&q=valley&to=2031-02-28"},
		{"month", "2032-02", "/search?from=2032-02-01&q=valley&to=2032-02-29"},
	} {
		if got := narrowed(v, tc.facet, tc.value); got != tc.want {
			t.Errorf("narrowed(%s=%s) = %s, want %s", tc.facet, tc.value, got, tc.want)
		}
	}
}

func TestIndexOrders(t *testing.T) {
	st, a := fixture(t)
	// Two more stories: one larger and undated, one later with no dispute.
	a.Stories = append(a.Stories,
		parallax.Story{ID: "big", Label: "Big story", Docs: []string{"d1", "d2", "d3"}},
		parallax.Story{ID: "late", Label: "Late story", Docs: []string{"d4"}})
	for _, d := range []parallax.Document{
		{ID: "d3", Source: "c.txt", Title: "Third", Body: "Third report."},
		{ID: "d4", Source: "d.txt", Title: "Fourth", Body: "Fourth report.", Published: "2031-05-01"},
	} {
		if _, err := st.PutDocument(t.Context(), d); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.PutAnalysis(t.Context(), a); err != nil {
		t.Fatal(err)
	}
	h := newServer(t, st).Handler()
	for _, tc := range []struct {
		sort  string
		first string // the story listed first
	}{
		{"", "late"}, {"recent", "late"}, {"disputed", "st1"}, {"size", "big"},
	} {
		code, _, body := get(t, h, "/?sort="+tc.sort)
		i := strings.Index(body, `href="/stories/`)
		if code != 200 || i < 0 || !strings.HasPrefix(body[i+len(`href="/stories/`):], tc.first+`"`) {
			t.Errorf("sort %q: status %d, first story not %s", tc.sort, code, tc.first)
		}
	}
	if code, _, _ := get(t, h, "/?sort=alphabet"); code != http.StatusBadRequest {
		t.Errorf("an unknown order: status %d, want 400", code)
	}
}

func TestDocumentPageLinksNearDuplicates(t *testing.T) {
	st, a := fixture(t)
	a.Duplicates = []parallax.Duplicate{{Doc: "d2", Representative: "d1"}}
	if err := st.PutAnalysis(t.Context(), a); err != nil {
		t.Fatal(err)
	}
	h := newServer(t, st).Handler()
	for path, want := range map[string]string{
		"/documents/d2": `A near-duplicate of <a href="/documents/d1">`,
		"/documents/d1": `Near-duplicates: <a href="/documents/d2">`,
	} {
		if _, _, body := get(t, h, path); !strings.Contains(body, want) {
			t.Errorf("%s lacks %s", path, want)
		}
	}
}

// TestPagesCountInTheSingular checks that a page counting one thing names it
// in the singular: the fixture's entity is mentioned in one document, and a
// search for a word of one document finds one.
func TestPagesCountInTheSingular(t *testing.T) {
	st, _ := fixture(t)
	h := newServer(t, st).Handler()
	for _, tc := range []struct{ path, want string }{
		{"/entities/holt", "Mentioned in 1 document<"},
		{"/search?q=shelling", "1 document"},
	} {
		code, _, body := get(t, h, tc.path)
		if code != 200 || !strings.Contains(body, tc.want) || strings.Contains(body, "1 documents") {
			t.Errorf("GET %s: status %d, want %q and never \"1 documents\"", tc.path, code, tc.want)
		}
	}
}

// TestRefreshServesAnAnalysisStoredElsewhere stores a new analysis behind
// the server's back, as parallax analyze in another process does, and
// checks that Refresh serves it, and only when there is one.
func TestRefreshServesAnAnalysisStoredElsewhere(t *testing.T) {
	st, a := fixture(t)
	s := newServer(t, st)
	h := s.Handler()
	if did, err := s.Refresh(t.Context()); err != nil || did {
		t.Fatalf("Refresh with nothing new stored = %v, %v; want false, nil", did, err)
	}
	a.Stories = append(a.Stories, parallax.Story{ID: "st9", Label: "Harbour reopens", Docs: []string{"d2"}})
	if err := st.PutAnalysis(t.Context(), a); err != nil {
		t.Fatal(err)
	}
	if _, _, body := get(t, h, "/api/stories"); strings.Contains(body, "Harbour reopens") {
		t.Fatal("the new analysis is served before Refresh")
	}
	if did, err := s.Refresh(t.Context()); err != nil || !did {
		t.Fatalf("Refresh after an analysis was stored = %v, %v; want true, nil", did, err)
	}
	if _, _, body := get(t, h, "/api/stories"); !strings.Contains(body, "Harbour reopens") {
		t.Errorf("after Refresh, /api/stories does not serve the new analysis: %s", body)
	}
	if did, err := s.Refresh(t.Context()); err != nil || did {
		t.Errorf("a second Refresh = %v, %v; want false, nil", did, err)
	}
}

// TestListenAndServeReloads checks that a server given a Reload interval
// serves an analysis stored behind its back without being asked. It waits
// until shortly before the test's deadline, not for a set time.
func TestListenAndServeReloads(t *testing.T) {
	st, a := fixture(t)
	s := newServer(t, st)
	s.Reload = 10 * time.Millisecond
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	addr := make(chan net.Addr, 1)
	go s.ListenAndServe(ctx, "127.0.0.1:0", func(a net.Addr) { addr <- a })
	base := "http://" + (<-addr).String()
	a.Stories = append(a.Stories, parallax.Story{ID: "st9", Label: "Harbour reopens", Docs: []string{"d2"}})
	if err := st.PutAnalysis(t.Context(), a); err != nil {
		t.Fatal(err)
	}
	giveUp := time.Now().Add(time.Minute)
	if dl, ok := t.Deadline(); ok {
		giveUp = dl.Add(-5 * time.Second)
	}
	for {
		resp, err := http.Get(base + "/api/stories")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if strings.Contains(string(body), "Harbour reopens") {
			return
		}
		if time.Now().After(giveUp) {
			t.Fatal("the server never served the analysis stored behind its back")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// slowStore holds back the analysis until release is closed, as a large
// store does while it is read.
type slowStore struct {
	parallax.Store
	release chan struct{}
}

func (s slowStore) Analysis(ctx context.Context) (parallax.Analysis, error) {
	select {
	case <-s.release:
	case <-ctx.Done():
		return parallax.Analysis{}, ctx.Err()
	}
	return s.Store.Analysis(ctx)
}

// loading returns a server of st that has started to read the analysis,
// and its handler: the read waits until release is called.
func loading(t *testing.T, st parallax.Store) (s *Server, h http.Handler, release func()) {
	slow := slowStore{Store: st, release: make(chan struct{})}
	s = &Server{Store: slow}
	h = s.Handler()
	s.LoadInBackground(t.Context())
	return s, h, sync.OnceFunc(func() { close(slow.release) })
}

// TestAnswersWhileLoading holds that a server answers before its analysis
// is read: the search and the health check at once, the pages that show
// the analysis with 503 and Retry-After until it is read, and the same
// pages as a server loaded first after.
func TestAnswersWhileLoading(t *testing.T) {
	st, _ := fixture(t)
	s, h, release := loading(t, st)
	for _, tc := range []struct {
		path string
		code int
	}{
		{"/api/search?q=valley", 200},
		{"/search?q=valley", 200},
		{"/healthz", 200},
		{"/api/openapi.json", 200},
		{"/stories/st1", 503},
		{"/api/stories", 503},
		{"/documents/d1", 503},
		{"/", 503},
	} {
		code, hd, body := get(t, h, tc.path)
		if code != tc.code {
			t.Errorf("GET %s while loading: %d, want %d: %.200s", tc.path, code, tc.code, body)
		}
		if code == 503 && hd.Get("Retry-After") == "" {
			t.Errorf("GET %s while loading: 503 without Retry-After", tc.path)
		}
	}
	o := loadOpenAPI(t)
	for _, c := range []struct{ path, pattern string }{{"/healthz", "/healthz"}, {"/api/stories/st1", "/api/stories/{id}"}} {
		code, _, body := get(t, h, c.path)
		if err := o.validate("GET", c.pattern, code, []byte(body)); err != nil {
			t.Errorf("GET %s while loading → %d: does not match the OpenAPI document: %v", c.path, code, err)
		}
	}
	if _, _, body := get(t, h, "/healthz"); !strings.Contains(body, `"loading": true`) {
		t.Errorf("/healthz while loading: %s", body)
	}
	release()
	deadline := time.Now().Add(10 * time.Second)
	for s.pending() && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	loaded := newServer(t, st).Handler()
	for _, path := range []string{"/stories/st1", "/api/stories", "/documents/d1", "/"} {
		code, _, body := get(t, h, path)
		_, _, want := get(t, loaded, path)
		if code != 200 || body != want {
			t.Errorf("GET %s once loaded: %d, and the page differs from a server loaded first: %v", path, code, body != want)
		}
	}
}

// TestStoryWhileLoading holds that a story whose page is stored with the
// analysis, and the list of stories, are shown while the analysis is still
// read, as they are once read, and that a story without a stored page
// waits as the other pages do.
func TestStoryWhileLoading(t *testing.T) {
	st, a := fixture(t)
	loose := parallax.Document{ID: "d3", Source: "pages/c.html", Title: "Roadworks in Tell", Body: "The road is closed."}
	if _, err := st.PutDocument(t.Context(), loose); err != nil {
		t.Fatal(err)
	}
	docs, err := documents(t.Context(), st)
	if err != nil {
		t.Fatal(err)
	}
	a.Documents = docs
	pages, err := report.Build(a).Pages()
	if err != nil {
		t.Fatal(err)
	}
	if err := st.PutAnalysis(t.Context(), a, pages...); err != nil {
		t.Fatal(err)
	}
	loaded := newServer(t, st).Handler()
	s, h, release := loading(t, st)
	defer release()
	for _, tc := range []struct {
		path string
		code int
	}{
		{"/stories/st1", 200},
		{"/api/stories/st1", 200},
		{"/stories/st2", 503},
		{"/api/stories/st2", 503},
		{"/api/stories", 200},
		{"/", 200},
		{"/?sort=disputed", 200},
		{"/documents/d1", 503},
	} {
		code, _, body := get(t, h, tc.path)
		if code != tc.code {
			t.Errorf("GET %s while loading: %d, want %d: %.200s", tc.path, code, tc.code, body)
			continue
		}
		if _, _, want := get(t, loaded, tc.path); code == 200 && body != want {
			t.Errorf("GET %s while loading differs from the page once loaded:\n%s\nwant\n%s", tc.path, body, want)
		}
	}
	if _, _, body := get(t, h, "/"); !strings.Contains(body, "Roadworks in Tell") {
		t.Error("the list of stories while loading does not show the document in no story")
	}
	if !s.pending() {
		t.Fatal("the analysis was read before the stories were asked for")
	}
}

// documents returns the documents st holds.
func documents(ctx context.Context, st parallax.Store) ([]parallax.Document, error) {
	var out []parallax.Document
	err := st.Documents(ctx, func(d parallax.Document) error {
		out = append(out, d)
		return nil
	})
	return out, err
}
