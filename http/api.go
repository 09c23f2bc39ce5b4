package http

import (
	"bufio"
	_ "embed"
	"errors"
	"io"
	"net/http"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/report"
)

// route is one endpoint of the API: a method on a path pattern.
type route struct {
	Method, Pattern string
	handle          func(*Server, http.ResponseWriter, *http.Request)
	// storeOnly says the endpoint asks the store and needs no analysis
	// read: it answers while the server still reads it.
	storeOnly bool
}

// routes lists every API endpoint. The OpenAPI document describes each,
// and a test holds the two to each other.
var routes = []route{
	{"GET", "/api/stories", (*Server).apiStories, true},    // answers while loading: see listing
	{"GET", "/api/stories/{id}", (*Server).apiStory, true}, // answers while loading: see story
	{"GET", "/api/threads", (*Server).apiThreads, false},
	{"POST", "/api/documents", (*Server).apiUpload, true},
	{"GET", "/api/documents/{id}", (*Server).apiDocument, false},
	{"GET", "/api/statements/{id}", (*Server).apiStatement, false},
	{"GET", "/api/questions", (*Server).apiQuestions, false},
	{"GET", "/api/questions/{id}", (*Server).apiQuestion, false},
	{"GET", "/api/entities", (*Server).apiEntities, false},
	{"GET", "/api/entities/{id}", (*Server).apiEntity, false},
	{"GET", "/api/conflicts", (*Server).apiConflicts, false},
	{"GET", "/api/timeline", (*Server).apiTimeline, false},
	{"GET", "/api/search", (*Server).apiSearch, true},
	{"POST", "/api/analyze", (*Server).apiAnalyze, true},
	{"GET", "/api/openapi.json", (*Server).apiOpenAPI, true},
}

// api registers the JSON endpoints. Each path answers its own methods and
// a 405 with Allow for any other, in the API's error shape (the mux's own
// 405 is plain text).
func (s *Server) api(mux *http.ServeMux) {
	methods := map[string]map[string]route{}
	var order []string
	for _, rt := range routes {
		if methods[rt.Pattern] == nil {
			methods[rt.Pattern] = map[string]route{}
			order = append(order, rt.Pattern)
		}
		methods[rt.Pattern][rt.Method] = rt
	}
	for _, pattern := range order {
		byMethod := methods[pattern]
		allow := allowed(byMethod)
		mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
			method := r.Method
			if method == http.MethodHead {
				method = http.MethodGet
			}
			rt, ok := byMethod[method]
			if !ok {
				w.Header().Set("Allow", allow)
				s.fail(w, r, parallax.Errorf(EMethod, "%s takes %s, not %s", r.URL.Path, allow, r.Method))
				return
			}
			h := func(w http.ResponseWriter, r *http.Request) { rt.handle(s, w, r) }
			if !rt.storeOnly {
				h = s.needsAnalysis(h)
			}
			h(w, r)
		})
	}
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, parallax.Errorf(parallax.ENotFound, "no endpoint %s", r.URL.Path))
	})
}

// allowed is the Allow header of a path that takes these methods: GET
// brings HEAD.
func allowed[T any](methods map[string]T) string {
	var list []string
	for m := range methods {
		list = append(list, m)
		if m == http.MethodGet {
			list = append(list, http.MethodHead)
		}
	}
	slices.Sort(list)
	return strings.Join(list, ", ")
}

// storySummary is a story in a listing.
type storySummary = report.StorySummary

// storySummaries lists the stories, without the pseudo-story of documents
// in none.
func (snap *snapshot) storySummaries() []storySummary {
	out := []storySummary{}
	for i := range snap.report.Stories {
		if sv := &snap.report.Stories[i]; sv.ID != "" {
			out = append(out, report.Summarize(sv))
		}
	}
	return out
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	l, err := s.listing(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, l.Stories)
}

func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) {
	page, err := s.story(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, page.Story)
}

func (s *Server) apiThreads(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, orEmpty(s.snapshot().report.Threads))
}

// documentResponse is a document with the facts found in it.
type documentResponse struct {
	Document   parallax.Document     `json:"document"`
	Story      string                `json:"story"` // story id, or ""
	Statements []*parallax.Statement `json:"statements"`
	Mentions   []mentionResponse     `json:"mentions"`
}

// mentionResponse is an entity mention with the entity it names.
type mentionResponse struct {
	parallax.Mention
	Entity string `json:"entity"`
	Name   string `json:"name"`
	Type   string `json:"type"`
}

func (s *Server) apiDocument(w http.ResponseWriter, r *http.Request) {
	d, err := s.Store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	snap := s.snapshot()
	resp := documentResponse{Document: d, Story: snap.storyOf[d.ID], Statements: orEmpty(snap.stmtsOf[d.ID]), Mentions: []mentionResponse{}}
	for _, m := range snap.mentionsOf[d.ID] {
		resp.Mentions = append(resp.Mentions, mentionResponse{Mention: m.Mention, Entity: m.entity.ID, Name: m.entity.Name, Type: m.entity.Type})
	}
	writeJSON(w, http.StatusOK, resp)
}

// statementResponse is a statement with where to check it.
type statementResponse struct {
	*parallax.Statement
	Link string `json:"link"` // the page of its document, at the statement
}

func (s *Server) apiStatement(w http.ResponseWriter, r *http.Request) {
	st, err := s.snapshot().statement(r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, statementResponse{st, statementLink(st)})
}

// statementLink is the address of the document page, at the statement.
func statementLink(st *parallax.Statement) string {
	return path.Join("/documents", st.Doc) + "#st-" + st.ID
}

func (s *Server) apiQuestions(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, s.snapshot().a.Questions)
}

// questionResponse is a question with its statements and conflicts.
type questionResponse struct {
	parallax.Question
	Answers   []report.StatementView `json:"answers"`
	Conflicts []report.ConflictPair  `json:"conflicts"`
}

func (s *Server) apiQuestion(w http.ResponseWriter, r *http.Request) {
	snap := s.snapshot()
	q, err := snap.question(r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	resp := questionResponse{Question: q, Answers: []report.StatementView{}, Conflicts: orEmpty(snap.conflictsOn(q.ID))}
	for _, id := range q.Statements {
		if st, ok := snap.stmts[id]; ok {
			resp.Answers = append(resp.Answers, snap.statementView(st))
		}
	}
	writeJSON(w, http.StatusOK, resp)
}

// entityResponse is an entity with the statements it made.
type entityResponse struct {
	*parallax.Entity
	Statements []report.StatementView `json:"statements"`
}

func (s *Server) apiEntity(w http.ResponseWriter, r *http.Request) {
	snap := s.snapshot()
	e, err := snap.entity(r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, entityResponse{e, orEmpty(snap.statementsBy(e.ID))})
}

func (s *Server) apiConflicts(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, s.snapshot().a.Conflicts)
}

// apiTimeline returns the whole timeline, or with ?story=ID one story's.
func (s *Server) apiTimeline(w http.ResponseWriter, r *http.Request) {
	snap := s.snapshot()
	id := r.URL.Query().Get("story")
	if id == "" {
		writeJSON(w, http.StatusOK, snap.a.Timeline)
		return
	}
	sv, err := snap.story(id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, orEmpty(sv.Timeline))
}

func (s *Server) apiEntities(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, s.snapshot().report.Entities)
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q, err := searchQuery(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	res, err := s.Store.Search(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// searchQuery reads a search from the query string: q, outlet, lang,
// story, speaker, from, to, limit, offset.
func searchQuery(r *http.Request) (parallax.SearchQuery, error) {
	v := r.URL.Query()
	q := parallax.SearchQuery{Text: v.Get("q"), Outlet: v.Get("outlet"), Lang: v.Get("lang"), Story: v.Get("story"),
		Speaker: v.Get("speaker"), From: v.Get("from"), To: v.Get("to")}
	for _, n := range []struct {
		name string
		to   *int
	}{{"limit", &q.Limit}, {"offset", &q.Offset}} {
		if text := v.Get(n.name); text != "" {
			i, err := strconv.Atoi(text)
			if err != nil || i < 0 {
				return q, parallax.Errorf(parallax.EInvalid, "%s %q is not a count", n.name, text)
			}
			*n.to = i
		}
	}
	return q, nil
}

// apiUpload stores the documents of the request body, named by ?name=
// (the file name its format is recognised by, with its content). A body
// declared larger than the limit is refused before any of it is read; one
// that turns out larger is cut off at the limit.
func (s *Server) apiUpload(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(w, r) {
		return
	}
	if s.Ingest == nil {
		s.fail(w, r, parallax.Errorf(parallax.EInvalid, "this server does not take uploads"))
		return
	}
	limit := s.maxUpload()
	if r.ContentLength > limit {
		s.fail(w, r, parallax.Errorf(ETooLarge, "%s", tooLarge(limit)))
		return
	}
	capped := &cappedBody{r: http.MaxBytesReader(w, r.Body, limit)}
	body := bufio.NewReader(capped)
	if _, err := body.Peek(1); err != nil {
		if err == io.EOF {
			err = parallax.Errorf(parallax.EInvalid, "empty request body: send the documents to store")
		}
		s.fail(w, r, err)
		return
	}
	name := r.URL.Query().Get("name")
	if name == "" {
		name = "upload"
	}
	s.writing.Lock()
	defer s.writing.Unlock()
	res, err := s.Ingest(r.Context(), name, body)
	if capped.over != nil {
		// Ingest may have reported the cut as a bad input: it is the
		// client's body that was too large.
		err = capped.over
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if res.stored() == 0 && len(res.Errors) > 0 {
		s.fail(w, r, parallax.Errorf(parallax.EInvalid, "no document could be read: %s", strings.Join(res.Errors, "; ")))
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// cappedBody remembers whether the body went over its limit, however the
// reader of it reported that.
type cappedBody struct {
	r    io.Reader
	over *http.MaxBytesError
}

func (c *cappedBody) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		c.over = tooBig
	}
	return n, err
}

// apiAnalyze runs the pipeline over the store, stores the analysis and
// serves it from then on.
func (s *Server) apiAnalyze(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(w, r) {
		return
	}
	if s.Analyze == nil {
		s.fail(w, r, parallax.Errorf(parallax.EInvalid, "this server does not run analyses"))
		return
	}
	s.writing.Lock()
	defer s.writing.Unlock()
	if err := s.Analyze(r.Context()); err != nil {
		s.fail(w, r, err)
		return
	}
	if err := s.Load(r.Context()); err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, s.snapshot().storySummaries())
}

// orEmpty makes a nil list an empty one, so JSON has [] and not null.
func orEmpty[T any](list []T) []T {
	if list == nil {
		return []T{}
	}
	return list
}

// openAPI is the OpenAPI 3.1 document of the API; a test checks it against
// the routes and every response.
//
//go:embed openapi.json
var openAPI []byte

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openAPI)
}
