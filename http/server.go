// Package http serves what a parallax.Store holds: a JSON API under /api/
// and web pages for reading it (stories, timelines, the claim matrix, each
// article with every extracted fact highlighted at its place, search).
//
// Scraped content is hostile. Pages are rendered with html/template, which
// escapes every value for its context, and are sent with a Content
// Security Policy that allows no script at all. Writes (uploading
// documents, running the analysis) need the server's token.
package http

import (
	"bytes"
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	jsonv1 "github.com/go-json-experiment/json/v1"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/report"
)

// IngestResult counts what one upload stored.
type IngestResult struct {
	Added      []string `json:"added"`      // ids of new documents
	Copies     []string `json:"copies"`     // ids of stored documents found at a new source
	Duplicates []string `json:"duplicates"` // ids of documents already stored from the same source
	Revisions  []string `json:"revisions"`  // ids of new revisions of stored URLs
	Errors     []string `json:"errors"`     // inputs that could not be read
}

// Server serves a store. Set its fields, call Load (or LoadInBackground),
// then serve Handler.
type Server struct {
	Store parallax.Store
	// Token authorises the write endpoints, sent as "Authorization:
	// Bearer TOKEN". Empty disables them.
	Token string
	// Ingest stores the documents of one uploaded stream, named name.
	Ingest func(ctx context.Context, name string, r io.Reader) (IngestResult, error)
	// Analyze runs the pipeline over the store and stores the analysis.
	Analyze func(ctx context.Context) error
	// Logger logs failed requests; nil logs nothing.
	Logger *slog.Logger
	// MaxUpload bounds the body of an upload, in bytes; 0 means
	// DefaultMaxUpload.
	MaxUpload int64
	// Reload is how often ListenAndServe looks for an analysis stored by
	// another process (parallax analyze, parallax work) and serves it;
	// 0 never looks.
	Reload time.Duration

	// reading is held while an analysis is read, so that a refresh does
	// not read a second copy beside one being read.
	reading sync.Mutex
	mu      sync.RWMutex
	snap    *snapshot
	loaded  time.Time // when snap was read
	stamp   int64     // the store's analysis stamp when snap was read
	// loading is set while LoadInBackground reads the first analysis:
	// until then what needs it answers 503.
	loading bool

	metricsOnce sync.Once
	metrics     *metrics
	// writing serialises the write endpoints: two analyses at once would
	// do the work twice.
	writing sync.Mutex
}

// DefaultMaxUpload bounds the body of an upload unless the server says
// otherwise.
const DefaultMaxUpload = 64 << 20

func (s *Server) maxUpload() int64 {
	if s.MaxUpload > 0 {
		return s.MaxUpload
	}
	return DefaultMaxUpload
}

// stored counts the documents an upload stored or found stored.
func (res IngestResult) stored() int {
	return len(res.Added) + len(res.Copies) + len(res.Duplicates) + len(res.Revisions)
}

// Load reads the stored analysis; the pages and the API serve it until the
// next Load.
func (s *Server) Load(ctx context.Context) error {
	s.reading.Lock()
	defer s.reading.Unlock()
	return s.readAnalysis(ctx)
}

// readAnalysis is Load with reading held.
func (s *Server) readAnalysis(ctx context.Context) error {
	// The stamp is read first: an analysis stored while this one is read
	// leaves a newer stamp, and the next Refresh reads that one too.
	stamp, err := s.Store.AnalysisStamp(ctx)
	if err != nil {
		return err
	}
	snap, err := load(ctx, s.Store)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.snap, s.loaded, s.stamp, s.loading = snap, time.Now(), stamp, false
	s.mu.Unlock()
	return nil
}

// LoadInBackground reads the stored analysis as Load does, without
// waiting for it: a large store takes seconds to read, and the search and
// the health check need none of it. Until it is read, the pages and
// endpoints that show the analysis answer 503 with Retry-After. A failed
// read is logged; Refresh (every Reload) tries again.
func (s *Server) LoadInBackground(ctx context.Context) {
	s.mu.Lock()
	s.loading = s.snap == nil
	s.mu.Unlock()
	go func() {
		if err := s.Load(ctx); err != nil && ctx.Err() == nil && s.Logger != nil {
			s.Logger.Error("load analysis", "err", err)
		}
	}()
}

// pending reports whether the first analysis is still being read.
func (s *Server) pending() bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.loading
}

// errLoading is the answer of what needs the analysis while the first is
// being read.
var errLoading = parallax.Errorf(ELoading, "the analysis is still being read; try again in a moment")

// needsAnalysis answers 503 while the first analysis is being read, and
// serves h after.
func (s *Server) needsAnalysis(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.pending() {
			s.fail(w, r, errLoading)
			return
		}
		h(w, r)
	}
}

// listing is what the list of stories shows.
type listing struct {
	Analysed  bool // whether an analysis is stored
	Documents int  // stored
	Stories   []storySummary
	Threads   []report.ThreadView
	Loose     []report.DocView // the documents in no story
}

// listing returns what the list of stories shows: from the analysis
// served, or, while the first is still being read, from the story pages
// stored with it. Without stored pages, or without a story, it waits for
// the analysis, as the other pages do.
func (s *Server) listing(ctx context.Context) (listing, error) {
	if !s.pending() {
		snap := s.snapshot()
		l := listing{Analysed: snap.analysed(), Documents: snap.report.Documents, Stories: snap.storySummaries(), Threads: snap.report.Threads}
		if loose, ok := snap.stories[""]; ok {
			l.Loose = loose.Docs
		}
		return l, nil
	}
	l := listing{Analysed: true, Stories: []storySummary{}}
	err := s.Store.StorySummaries(ctx, func(p parallax.StoryPage) error {
		if p.Story == "" {
			return nil
		}
		sum, err := report.ReadSummary(p)
		l.Stories = append(l.Stories, sum)
		return err
	})
	if err != nil {
		return listing{}, err
	}
	if len(l.Stories) == 0 {
		return listing{}, errLoading
	}
	// The page of the documents in no story holds them and the threads.
	rest, err := s.storedPage(ctx, "")
	if err != nil {
		return listing{}, err
	}
	l.Threads, l.Loose = rest.Threads, rest.Story.Docs
	if l.Documents, err = s.Store.CountDocuments(ctx); err != nil {
		return listing{}, err
	}
	return l, nil
}

// story returns what the page of the story id shows: from the analysis
// served, or, while the first is still being read, from the page stored
// with it, so that a story is shown at once however large the store. A
// story whose page was not stored waits for the analysis, as the other
// pages do.
func (s *Server) story(ctx context.Context, id string) (report.Page, error) {
	if !s.pending() {
		snap := s.snapshot()
		sv, err := snap.story(id)
		if err != nil {
			return report.Page{}, err
		}
		return report.Page{Story: *sv, Threads: snap.threadsOf[id]}, nil
	}
	return s.storedPage(ctx, id)
}

// storedPage returns the page of the story id stored with the analysis,
// or errLoading when none is.
func (s *Server) storedPage(ctx context.Context, id string) (report.Page, error) {
	stored, err := s.Store.StoryPage(ctx, id)
	if parallax.ErrorCode(err) == parallax.ENotFound {
		return report.Page{}, errLoading
	}
	if err != nil {
		return report.Page{}, err
	}
	return report.ReadPage(stored)
}

// Refresh loads the stored analysis when it is newer than the one served,
// and says whether it did. The old analysis is served until the new one
// is read.
func (s *Server) Refresh(ctx context.Context) (bool, error) {
	if !s.reading.TryLock() {
		return false, nil // the analysis being read is as new as any
	}
	defer s.reading.Unlock()
	stamp, err := s.Store.AnalysisStamp(ctx)
	if err != nil {
		return false, err
	}
	s.mu.RLock()
	current := s.snap != nil && stamp == s.stamp
	s.mu.RUnlock()
	if current {
		return false, nil
	}
	if err := s.readAnalysis(ctx); err != nil {
		return false, err
	}
	return true, nil
}

// refreshEvery calls Refresh every d until ctx is done, logging failures:
// a store that does not answer for a while leaves the served analysis as
// it is.
func (s *Server) refreshEvery(ctx context.Context, d time.Duration) {
	tick := time.NewTicker(d)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			if _, err := s.Refresh(ctx); err != nil && ctx.Err() == nil && s.Logger != nil {
				s.Logger.Warn("reload analysis", "err", err)
			}
		}
	}
}

// loadedAt is when the served analysis was read, or zero before Load.
func (s *Server) loadedAt() time.Time {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.loaded
}

// snapshot returns what Load read, or an empty analysis before it.
func (s *Server) snapshot() *snapshot {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.snap == nil {
		empty := &snapshot{}
		empty.index()
		return empty
	}
	return s.snap
}

// Handler returns the server's routes: the API, the pages, the health
// check and the metrics.
func (s *Server) Handler() http.Handler {
	s.metricsOnce.Do(func() { s.metrics = newMetrics(s) })
	mux := http.NewServeMux()
	s.api(mux)
	s.pages(mux)
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.Handle("GET /metrics", s.metrics.handler())
	return secure(s.metrics.instrument(mux))
}

// health is the body of /healthz.
type health struct {
	Status   string `json:"status"`   // "ok", or "unavailable" when the store does not answer
	Analysed bool   `json:"analysed"` // whether an analysis is stored and served
	Loading  bool   `json:"loading"`  // whether the stored analysis is still being read
}

// healthz answers 200 while the store answers, 503 when it does not.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	h := health{Status: "ok", Analysed: s.snapshot().analysed(), Loading: s.pending()}
	code := http.StatusOK
	// Looking up a document that cannot exist asks the store one indexed
	// question: a not-found answer means it answers.
	if _, err := s.Store.Document(ctx, ""); err != nil && parallax.ErrorCode(err) != parallax.ENotFound {
		if s.Logger != nil {
			s.Logger.Error("health check", "err", err)
		}
		h.Status, code = "unavailable", http.StatusServiceUnavailable
	}
	writeJSON(w, code, h)
}

// ListenAndServe serves Handler on addr until ctx is done, then shuts down
// gracefully. ready, when not nil, is called with the address actually
// bound (useful with port 0).
func (s *Server) ListenAndServe(ctx context.Context, addr string, ready func(net.Addr)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second, IdleTimeout: time.Minute}
	if ready != nil {
		ready(ln.Addr())
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	if s.Reload > 0 {
		go s.refreshEvery(ctx, s.Reload)
	}
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return srv.Shutdown(shut)
	}
}

// IsLoopback reports whether addr ("host:port") binds to the loopback
// interface only.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// secure adds the headers every response carries. No page runs script:
// the policy forbids it, so injected markup that escaped escaping still
// could not act.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		h.ServeHTTP(w, r)
	})
}

// authorized checks the bearer token of a write request, answering it when
// it fails.
func (s *Server) authorized(w http.ResponseWriter, r *http.Request) bool {
	if s.Token == "" {
		s.fail(w, r, parallax.Errorf(parallax.EUnauthorized, "writes are disabled: the server was started without a token"))
		return false
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(s.Token)) != 1 {
		w.Header().Set("WWW-Authenticate", `Bearer realm="parallax"`)
		s.fail(w, r, parallax.Errorf(parallax.EUnauthorized, "missing or wrong bearer token"))
		return false
	}
	return true
}

// statuses maps application error codes to HTTP statuses.
var statuses = map[string]int{
	parallax.EInvalid:      http.StatusBadRequest,
	parallax.ENotFound:     http.StatusNotFound,
	parallax.EConflict:     http.StatusConflict,
	parallax.EUnauthorized: http.StatusUnauthorized,
	ETooLarge:              http.StatusRequestEntityTooLarge,
	EMethod:                http.StatusMethodNotAllowed,
	ELoading:               http.StatusServiceUnavailable,
}

// Error codes of the HTTP layer, beside the application's.
const (
	ETooLarge = "too_large"          // a request body over the limit
	EMethod   = "method_not_allowed" // a method the path does not take
	ELoading  = "loading"            // the analysis asked for is still being read
)

// apiError is the body of every failed API request:
// {"error": {"code": "not_found", "message": "no story \"x\""}}.
type apiError struct {
	Error errorBody `json:"error"`
}

type errorBody struct {
	Code    string `json:"code"`    // one of the application's error codes
	Message string `json:"message"` // for people; never internal detail
}

// status returns the HTTP status of err, its code, and the message a
// client may see: an internal error's text can name files and queries, so
// it is logged and not sent.
func status(err error) (int, errorBody) {
	var e *parallax.Error
	if errors.As(err, &e) {
		if code, ok := statuses[e.Code]; ok {
			return code, errorBody{e.Code, e.Message}
		}
	}
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return http.StatusRequestEntityTooLarge, errorBody{ETooLarge, tooLarge(tooBig.Limit)}
	}
	return http.StatusInternalServerError, errorBody{parallax.EInternal, "internal error"}
}

// tooLarge is the message of a body over limit bytes.
func tooLarge(limit int64) string {
	return fmt.Sprintf("request body larger than %d MiB", limit>>20)
}

// fail answers a request that failed: JSON under /api/, a page elsewhere.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	code, body := status(err)
	if body.Code == ELoading {
		w.Header().Set("Retry-After", "1")
	}
	if code == http.StatusInternalServerError && s.Logger != nil {
		s.Logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	if strings.HasPrefix(r.URL.Path, "/api/") {
		writeJSON(w, code, apiError{body})
		return
	}
	s.render(w, code, "error", errorPage{Status: code, Message: body.Message})
}

// jsonOptions encode as encoding/json does, except that a nil slice or map
// is written [] or {}: a client iterates a list without a null check.
var jsonOptions = json.JoinOptions(jsonv1.DefaultOptionsV1(), json.FormatNilSliceAsNull(false), json.FormatNilMapAsNull(false),
	jsontext.WithIndent(" "))

// writeJSON writes v as the response body.
func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	var buf bytes.Buffer
	if err := json.MarshalWrite(&buf, v, jsonOptions); err != nil {
		code, v = http.StatusInternalServerError, apiError{errorBody{parallax.EInternal, "internal error"}}
		buf.Reset()
		json.MarshalWrite(&buf, v, jsonOptions) // a fixed value: cannot fail
	}
	buf.WriteByte('\n')
	w.WriteHeader(code)
	w.Write(buf.Bytes()) // the status is sent; a failed write has no one left to tell
}
