package http

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/parallax-news/parallax"
)

// request is one call of the API and what must come back.
type request struct {
	method, target, token, body string
	status                      int
}

// do serves one request and returns the recorded response.
func do(h http.Handler, rq request) *httptest.ResponseRecorder {
	req := httptest.NewRequest(rq.method, rq.target, strings.NewReader(rq.body))
	if rq.token != "" {
		req.Header.Set("Authorization", "Bearer "+rq.token)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// writableServer is a server over the fixture that takes uploads and
// analyses with the token "k3y".
func writableServer(t *testing.T) *Server {
	t.Helper()
	st, a := fixture(t)
	s := newServer(t, st)
	s.Token = "k3y"
	s.Ingest = func(ctx context.Context, name string, r io.Reader) (IngestResult, error) {
		b, err := io.ReadAll(r)
		if err != nil {
			return IngestResult{}, err
		}
		if strings.HasPrefix(string(b), "\x00") {
			return IngestResult{Errors: []string{name + ": binary content"}}, nil
		}
		return IngestResult{Added: []string{"d3"}}, nil
	}
	s.Analyze = func(ctx context.Context) error { return st.PutAnalysis(ctx, a) }
	return s
}

// checkError checks that a failed response has the one error shape and
// nothing else.
func checkError(t *testing.T, rec *httptest.ResponseRecorder, wantCode string) {
	t.Helper()
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q", ct)
	}
	dec := json.NewDecoder(bytes.NewReader(rec.Body.Bytes()))
	dec.DisallowUnknownFields()
	var e apiError
	if err := dec.Decode(&e); err != nil {
		t.Fatalf("error body %q: %v", rec.Body, err)
	}
	if e.Error.Code != wantCode || e.Error.Message == "" {
		t.Errorf("error %+v, want code %q and a message", e.Error, wantCode)
	}
}

func TestAPIErrors(t *testing.T) {
	h := writableServer(t).Handler()
	for _, tc := range []struct {
		name  string
		rq    request
		code  string
		allow string
	}{
		{"unknown story", request{"GET", "/api/stories/nope", "", "", 404}, parallax.ENotFound, ""},
		{"unknown document", request{"GET", "/api/documents/nope", "", "", 404}, parallax.ENotFound, ""},
		{"unknown statement", request{"GET", "/api/statements/nope", "", "", 404}, parallax.ENotFound, ""},
		{"unknown question", request{"GET", "/api/questions/nope", "", "", 404}, parallax.ENotFound, ""},
		{"unknown entity", request{"GET", "/api/entities/nope", "", "", 404}, parallax.ENotFound, ""},
		{"timeline of an unknown story", request{"GET", "/api/timeline?story=nope", "", "", 404}, parallax.ENotFound, ""},
		{"unknown endpoint", request{"GET", "/api/nothing", "", "", 404}, parallax.ENotFound, ""},
		{"bad count", request{"GET", "/api/search?limit=many", "", "", 400}, parallax.EInvalid, ""},
		{"GET on analyze", request{"GET", "/api/analyze", "", "", 405}, EMethod, "POST"},
		{"GET on upload", request{"GET", "/api/documents", "", "", 405}, EMethod, "POST"},
		{"DELETE a story", request{"DELETE", "/api/stories/st1", "k3y", "", 405}, EMethod, "GET, HEAD"},
		{"POST to stories", request{"POST", "/api/stories", "k3y", "x", 405}, EMethod, "GET, HEAD"},
		{"upload without token", request{"POST", "/api/documents", "", "Envoys met.", 401}, parallax.EUnauthorized, ""},
		{"upload with a wrong token", request{"POST", "/api/documents", "k3z", "Envoys met.", 401}, parallax.EUnauthorized, ""},
		{"analyze without token", request{"POST", "/api/analyze", "", "", 401}, parallax.EUnauthorized, ""},
		{"empty upload", request{"POST", "/api/documents?name=a.txt", "k3y", "", 400}, parallax.EInvalid, ""},
		{"unreadable upload", request{"POST", "/api/documents?name=a.bin", "k3y", "\x00\x01", 400}, parallax.EInvalid, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := do(h, tc.rq)
			if rec.Code != tc.rq.status {
				t.Fatalf("%s %s: status %d, want %d: %s", tc.rq.method, tc.rq.target, rec.Code, tc.rq.status, rec.Body)
			}
			checkError(t, rec, tc.code)
			if got := rec.Header().Get("Allow"); got != tc.allow {
				t.Errorf("Allow %q, want %q", got, tc.allow)
			}
		})
	}
}

// countingReader is an endless body that counts what was read of it.
type countingReader struct{ n int64 }

func (c *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	c.n += int64(len(p))
	return len(p), nil
}

func TestOversizedUploadIsRefused(t *testing.T) {
	s := writableServer(t)
	s.MaxUpload = 1 << 20
	ingested := false
	s.Ingest = func(ctx context.Context, name string, r io.Reader) (IngestResult, error) {
		// As ingest does, a read error is reported as a bad input.
		ingested = true
		if _, err := io.Copy(io.Discard, r); err != nil {
			return IngestResult{Errors: []string{name + ": " + err.Error()}}, nil
		}
		return IngestResult{Added: []string{"d3"}}, nil
	}
	h := s.Handler()
	t.Run("declared", func(t *testing.T) {
		// A declared length over the limit is refused before a byte is read.
		body := &countingReader{}
		req := httptest.NewRequest("POST", "/api/documents", io.LimitReader(body, 100<<20))
		req.ContentLength = 100 << 20
		req.Header.Set("Authorization", "Bearer k3y")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusRequestEntityTooLarge {
			t.Fatalf("status %d, want 413", rec.Code)
		}
		checkError(t, rec, ETooLarge)
		if body.n != 0 || ingested {
			t.Errorf("read %d bytes of the body (ingest ran: %v), want none", body.n, ingested)
		}
	})
	t.Run("streamed", func(t *testing.T) {
		// A body of unknown length is cut off at the limit.
		body := &countingReader{}
		req := httptest.NewRequest("POST", "/api/documents", io.LimitReader(body, 100<<20))
		req.ContentLength = -1
		req.Header.Set("Authorization", "Bearer k3y")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusRequestEntityTooLarge {
			t.Fatalf("status %d, want 413", rec.Code)
		}
		checkError(t, rec, ETooLarge)
		if body.n > 2*s.MaxUpload {
			t.Errorf("read %d bytes of the body, want at most about the limit %d", body.n, s.MaxUpload)
		}
	})
	t.Run("over the network", func(t *testing.T) {
		// A real client sending a declared 100 MB body gets the 413, not a
		// broken connection.
		srv := httptest.NewServer(h)
		defer srv.Close()
		req, _ := http.NewRequest("POST", srv.URL+"/api/documents", io.LimitReader(&countingReader{}, 100<<20))
		req.ContentLength = 100 << 20
		req.Header.Set("Authorization", "Bearer k3y")
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusRequestEntityTooLarge {
			t.Errorf("status %d, want 413", resp.StatusCode)
		}
	})
}

// getRoutes are a GET of every API route with an id that exists.
func getRoutes(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, rt := range routes {
		if rt.Method != "GET" {
			continue
		}
		target := strings.NewReplacer("/stories/{id}", "/stories/st1", "/documents/{id}", "/documents/d1", "/statements/{id}", "/statements/s1",
			"/questions/{id}", "/questions/q1", "/entities/{id}", "/entities/holt").Replace(rt.Pattern)
		if strings.Contains(target, "{") {
			t.Fatalf("no example id for %s", rt.Pattern)
		}
		out = append(out, target)
	}
	return append(out, "/api/timeline?story=st1", "/api/search?q=valley", "/api/search?q=nothing+matches")
}

// nulls lists the paths of the null values in a decoded JSON value.
func nulls(v any, at string) []string {
	switch v := v.(type) {
	case nil:
		return []string{at}
	case map[string]any:
		var out []string
		for k, x := range v {
			out = append(out, nulls(x, at+"."+k)...)
		}
		return out
	case []any:
		var out []string
		for _, x := range v {
			out = append(out, nulls(x, at+"[]")...)
		}
		return out
	}
	return nil
}

func TestListsAreNeverNull(t *testing.T) {
	empty := newStore(t)
	st, _ := fixture(t)
	// An analysis with nothing but one story: every list in it is nil.
	sparse := newStore(t)
	if err := sparse.PutAnalysis(t.Context(), parallax.Analysis{Stories: []parallax.Story{{ID: "st1"}}}); err != nil {
		t.Fatal(err)
	}
	for name, store := range map[string]parallax.Store{"empty": empty, "sparse": sparse, "full": st} {
		h := newServer(t, store).Handler()
		for _, target := range getRoutes(t) {
			rec := do(h, request{method: "GET", target: target})
			if rec.Code != http.StatusOK && rec.Code != http.StatusNotFound {
				t.Errorf("%s store: GET %s: status %d", name, target, rec.Code)
				continue
			}
			var v any
			if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
				t.Fatalf("%s store: GET %s: %v", name, target, err)
			}
			if n := nulls(v, "$"); len(n) > 0 {
				t.Errorf("%s store: GET %s: null at %v", name, target, n)
			}
		}
	}
}

// openAPIDocument compiles the served OpenAPI document's schemas.
type openAPIDocument struct {
	doc      map[string]any
	compiler *jsonschema.Compiler
}

const openAPIURL = "http://parallax.test/openapi.json"

func loadOpenAPI(t *testing.T) *openAPIDocument {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(openAPI))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(openAPIURL, doc); err != nil {
		t.Fatal(err)
	}
	return &openAPIDocument{doc: doc.(map[string]any), compiler: c}
}

// operation returns the description of a method on a path pattern.
func (o *openAPIDocument) operation(method, pattern string) (map[string]any, bool) {
	item, ok := o.doc["paths"].(map[string]any)[pattern].(map[string]any)
	if !ok {
		return nil, false
	}
	op, ok := item[strings.ToLower(method)].(map[string]any)
	return op, ok
}

// validate checks a response against what the document says the operation
// answers with that status.
func (o *openAPIDocument) validate(method, pattern string, status int, body []byte) error {
	op, ok := o.operation(method, pattern)
	if !ok {
		return errors.New("operation not in the document")
	}
	code := strconv.Itoa(status)
	if _, ok := op["responses"].(map[string]any)[code]; !ok {
		return errors.New("status " + code + " not in the document")
	}
	ptr := "#/paths/" + escapePointer(pattern) + "/" + strings.ToLower(method) + "/responses/" + code + "/content/application~1json/schema"
	sch, err := o.compiler.Compile(openAPIURL + ptr)
	if err != nil {
		return err
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
	if err != nil {
		return err
	}
	return sch.Validate(v)
}

func escapePointer(s string) string {
	return url.PathEscape(strings.NewReplacer("~", "~0", "/", "~1").Replace(s))
}

// TestOpenAPI holds the document to the routes, both ways, and checks every
// response of every route, success and failure, against it.
func TestOpenAPI(t *testing.T) {
	o := loadOpenAPI(t)
	if v, _ := o.doc["openapi"].(string); !strings.HasPrefix(v, "3.1") {
		t.Errorf("openapi %q, want 3.1", v)
	}
	described := map[string]bool{}
	for pattern, item := range o.doc["paths"].(map[string]any) {
		for method := range item.(map[string]any) {
			described[strings.ToUpper(method)+" "+pattern] = true
		}
	}
	for _, rt := range routes {
		if !described[rt.Method+" "+rt.Pattern] {
			t.Errorf("%s %s is served but not in the OpenAPI document", rt.Method, rt.Pattern)
		}
		delete(described, rt.Method+" "+rt.Pattern)
	}
	delete(described, "GET /healthz")
	delete(described, "GET /metrics")
	for op := range described {
		t.Errorf("%s is in the OpenAPI document but not served", op)
	}

	s := writableServer(t)
	h := s.Handler()
	calls := []struct {
		pattern string
		rq      request
	}{
		{"/api/documents", request{"POST", "/api/documents?name=a.txt", "k3y", "Envoys met.", 200}},
		{"/api/documents", request{"POST", "/api/documents?name=a.txt", "k3y", "", 400}},
		{"/api/documents", request{"POST", "/api/documents?name=a.txt", "", "Envoys met.", 401}},
		{"/api/documents", request{"GET", "/api/documents", "", "", 405}},
		{"/api/analyze", request{"POST", "/api/analyze", "k3y", "", 200}},
		{"/api/analyze", request{"POST", "/api/analyze", "", "", 401}},
		{"/api/search", request{"GET", "/api/search?limit=-1", "", "", 400}},
		{"/api/stories/{id}", request{"GET", "/api/stories/nope", "", "", 404}},
		{"/api/documents/{id}", request{"GET", "/api/documents/nope", "", "", 404}},
		{"/api/statements/{id}", request{"GET", "/api/statements/nope", "", "", 404}},
		{"/api/questions/{id}", request{"GET", "/api/questions/nope", "", "", 404}},
		{"/api/entities/{id}", request{"GET", "/api/entities/nope", "", "", 404}},
		{"/api/timeline", request{"GET", "/api/timeline?story=nope", "", "", 404}},
		{"/api/stories", request{"PUT", "/api/stories", "", "", 405}},
		{"/healthz", request{"GET", "/healthz", "", "", 200}},
	}
	for _, target := range getRoutes(t) {
		u, _ := url.Parse(target)
		pattern := u.Path
		for _, rt := range routes {
			if rt.Method == "GET" && strings.Count(rt.Pattern, "/") == strings.Count(u.Path, "/") && strings.HasPrefix(u.Path, strings.TrimSuffix(rt.Pattern, "{id}")) {
				pattern = rt.Pattern
			}
		}
		calls = append(calls, struct {
			pattern string
			rq      request
		}{pattern, request{"GET", target, "", "", 200}})
	}
	tested := map[string]bool{}
	for _, c := range calls {
		rec := do(h, c.rq)
		if rec.Code != c.rq.status {
			t.Errorf("%s %s: status %d, want %d: %s", c.rq.method, c.rq.target, rec.Code, c.rq.status, rec.Body)
			continue
		}
		method := c.rq.method
		if _, ok := o.operation(method, c.pattern); !ok {
			method = "GET" // a 405 is described under the operation the path takes
			if _, ok := o.operation("POST", c.pattern); ok {
				method = "POST"
			}
		}
		if err := o.validate(method, c.pattern, rec.Code, rec.Body.Bytes()); err != nil {
			t.Errorf("%s %s → %d: does not match the OpenAPI document: %v", c.rq.method, c.rq.target, rec.Code, err)
		}
		tested[method+" "+c.pattern] = true
	}
	for _, rt := range routes {
		if !tested[rt.Method+" "+rt.Pattern] {
			t.Errorf("%s %s: no response checked", rt.Method, rt.Pattern)
		}
	}
}

func TestOpenAPIServed(t *testing.T) {
	h := writableServer(t).Handler()
	rec := do(h, request{method: "GET", target: "/api/openapi.json"})
	var doc map[string]any
	if rec.Code != 200 || json.Unmarshal(rec.Body.Bytes(), &doc) != nil || doc["openapi"] == nil {
		t.Errorf("GET /api/openapi.json: status %d, %.80s", rec.Code, rec.Body)
	}
}

func TestHealthAndMetrics(t *testing.T) {
	s := writableServer(t)
	h := s.Handler()
	rec := do(h, request{method: "GET", target: "/healthz"})
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `"ok"`) {
		t.Errorf("GET /healthz: %d %s", rec.Code, rec.Body)
	}
	do(h, request{method: "GET", target: "/api/stories/nope"})
	do(h, request{method: "GET", target: "/api/stories/nope"})
	rec = do(h, request{method: "GET", target: "/metrics"})
	body := rec.Body.String()
	for _, want := range []string{
		`parallax_http_requests_total{code="404",method="GET",route="/api/stories/{id}"} 2`,
		`parallax_http_requests_total{code="200",method="GET",route="GET /healthz"} 1`,
		`parallax_http_request_duration_seconds_bucket{route="/api/stories/{id}",le="+Inf"} 2`,
		"parallax_documents 2",
		"parallax_statements 2",
		"parallax_analysis_age_seconds ",
		"go_goroutines ",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	// A store that no longer answers makes the server unhealthy.
	s.Store.Close()
	if rec := do(h, request{method: "GET", target: "/healthz"}); rec.Code != http.StatusServiceUnavailable {
		t.Errorf("GET /healthz with the store closed: %d %s", rec.Code, rec.Body)
	}
}
