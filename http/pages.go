package http

import (
	"bytes"
	"cmp"
	"embed"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/report"
)

//go:embed templates/*.html
var templateFiles embed.FS

//go:embed static
var staticFiles embed.FS

// templates holds one template set per page, each with the shared layout.
var templates = func() map[string]*template.Template {
	funcs := template.FuncMap{
		"statementLink": statementLink,
		"count":         report.Count,
		"inferred":      report.Inferred,
		"join":          strings.Join,
		"webURL":        webURL,
	}
	out := map[string]*template.Template{}
	for _, page := range []string{"index", "story", "document", "search", "entity", "question", "timeline", "list", "error"} {
		out[page] = template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFiles, "templates/layout.html", "templates/"+page+".html"))
	}
	return out
}()

// pages registers the web pages and their style sheet.
func (s *Server) pages(mux *http.ServeMux) {
	mux.Handle("GET /static/", http.FileServerFS(staticFiles))
	mux.HandleFunc("GET /{$}", s.indexPage)          // answers while loading: see listing
	mux.HandleFunc("GET /stories/{id}", s.storyPage) // answers while loading: see story
	mux.HandleFunc("GET /documents/{id}", s.needsAnalysis(s.documentPage))
	mux.HandleFunc("GET /search", s.searchPage)
	mux.HandleFunc("GET /entities/{id}", s.needsAnalysis(s.entityPage))
	mux.HandleFunc("GET /questions/{id}", s.needsAnalysis(s.questionPage))
	mux.HandleFunc("GET /timeline", s.needsAnalysis(s.timelinePage))
	mux.HandleFunc("GET /documents", s.needsAnalysis(s.documentsPage))
	mux.HandleFunc("GET /entities", s.needsAnalysis(s.entitiesPage))
	mux.HandleFunc("GET /questions", s.needsAnalysis(s.questionsPage))
	mux.HandleFunc("GET /conflicts", s.needsAnalysis(s.conflictsPage))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, parallax.Errorf(parallax.ENotFound, "no page %s", r.URL.Path))
	})
}

// render executes a page into a buffer first, so that a failing template
// sends an error and not half a page.
func (s *Server) render(w http.ResponseWriter, code int, page string, data any) {
	var buf bytes.Buffer
	if err := templates[page].Execute(&buf, data); err != nil {
		if s.Logger != nil {
			s.Logger.Error("render page", "page", page, "err", err)
		}
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	w.Write(buf.Bytes())
}

type errorPage struct {
	Status  int
	Message string
}

type indexPage struct {
	Analysed  bool
	Documents int
	Stories   []storySummary // one page of them
	Sort      string         // the order: "recent", "disputed" or "size"
	pager
	Threads []report.ThreadView
	Loose   []report.DocView
}

// storiesPageSize is how many stories a page of the index lists.
const storiesPageSize = 50

// storyOrders are the orders of the index; the first is the default.
var storyOrders = []listOrder[storySummary]{
	// The latest dated report first; undated stories last.
	{"recent", latest(func(s storySummary) string { return s.Last })},
	// Most disputed questions first, then most conflicts.
	{"disputed", func(a, b storySummary) int {
		return cmp.Or(cmp.Compare(b.Disputed, a.Disputed), cmp.Compare(b.Conflicts, a.Conflicts))
	}},
	// Most documents first.
	{"size", descending(func(s storySummary) int { return s.Docs })},
}

func (s *Server) indexPage(w http.ResponseWriter, r *http.Request) {
	l, err := s.listing(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	page, order, pg, err := paged(r, l.Stories, storyOrders, storiesPageSize)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := indexPage{Analysed: l.Analysed, Documents: l.Documents, Sort: order, pager: pg,
		Stories: page, Threads: l.Threads, Loose: l.Loose}
	s.render(w, http.StatusOK, "index", p)
}

// storyPage shows a story: its documents, timeline, claim matrix,
// conflicts and who said what.
type storyPage struct {
	Story     *report.StoryView
	DocLabels map[string]string // document id → where it was found, for the timeline's sources
	Speakers  []string          // the claim matrix's columns
	Rows      []matrixLine      // its rows
	Threads   []report.ThreadView
	Chart     *chart // the timeline drawn, or nil
}

// matrixLine is a question of the claim matrix with one cell per speaker
// column (nil where the speaker did not answer it).
type matrixLine struct {
	report.MatrixRow
	Cells []*report.MatrixCell
}

func (s *Server) storyPage(w http.ResponseWriter, r *http.Request) {
	page, err := s.story(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	sv := &page.Story
	p := storyPage{Story: sv, Threads: page.Threads, DocLabels: map[string]string{}}
	for _, d := range sv.Docs {
		p.DocLabels[d.ID] = d.Where
	}
	p.Speakers, p.Rows = matrixGrid(sv.Matrix)
	p.Chart = drawTimeline(sv.Timeline, eventAnchor)
	s.render(w, http.StatusOK, "story", p)
}

// matrixGrid lays the claim matrix out as speaker columns, the speakers
// who answer most questions first, and question rows.
func matrixGrid(rows []report.MatrixRow) ([]string, []matrixLine) {
	answered := map[string]int{}
	var speakers []string
	for _, row := range rows {
		for _, c := range row.Cells {
			if answered[c.Speaker] == 0 {
				speakers = append(speakers, c.Speaker)
			}
			answered[c.Speaker]++
		}
	}
	sort.SliceStable(speakers, func(i, j int) bool { return answered[speakers[i]] > answered[speakers[j]] })
	col := map[string]int{}
	for i, sp := range speakers {
		col[sp] = i
	}
	lines := make([]matrixLine, len(rows))
	for i, row := range rows {
		lines[i] = matrixLine{MatrixRow: row, Cells: make([]*report.MatrixCell, len(speakers))}
		for j := range row.Cells {
			lines[i].Cells[col[row.Cells[j].Speaker]] = &row.Cells[j]
		}
	}
	return speakers, lines
}

// documentPage shows an article with every fact found in it highlighted
// at its place, the statements beside it, and its reader comments.
type documentPage struct {
	Doc        parallax.Document
	Story      *report.StoryView
	Original   *report.DocView  // the document this one nearly duplicates, or nil
	NearCopies []report.DocView // the documents that nearly duplicate this one
	Title      []piece          // the title with its mentions marked
	Body       []piece
	Statements []*parallax.Statement
	Entities   []*parallax.Entity
}

func (s *Server) documentPage(w http.ResponseWriter, r *http.Request) {
	d, err := s.Store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	snap := s.snapshot()
	p := documentPage{Doc: d, Statements: snap.stmtsOf[d.ID]}
	if id, ok := snap.storyOf[d.ID]; ok && id != "" {
		p.Story = snap.stories[id]
	}
	if id, ok := snap.original[d.ID]; ok {
		o := snap.docView(id)
		p.Original = &o
	}
	for _, id := range snap.nearCopies[d.ID] {
		p.NearCopies = append(p.NearCopies, snap.docView(id))
	}
	mentions := snap.mentionsOf[d.ID]
	p.Title = highlight(d.Title, titleMarks(d.Title, mentions))
	p.Body = highlight(d.Body, docMarks(p.Statements, mentions))
	seen := map[*parallax.Entity]bool{}
	for _, m := range mentions {
		if !seen[m.entity] {
			seen[m.entity] = true
			p.Entities = append(p.Entities, m.entity)
		}
	}
	s.render(w, http.StatusOK, "document", p)
}

// searchPage shows a search form, the hits with the matched words marked
// and the facets as links that narrow the search.
type searchPage struct {
	Query  parallax.SearchQuery
	Values url.Values
	Result parallax.SearchResult
	Hits   []searchHit
	Facets []facet
	Next   string // the address of the next page of hits, or ""
}

type searchHit struct {
	parallax.SearchHit
	Snippet []piece
}

// facet is one facet of a search's result, each value with the address
// of the search narrowed to it.
type facet struct {
	Name   string
	Values []facetValue
}

type facetValue struct {
	Label string
	Count int
	Link  string
}

// facetOrder is the order facets are shown in.
var facetOrder = []string{"story", "speaker", "outlet", "lang", "month"}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	q, err := searchQuery(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := searchPage{Query: q, Values: r.URL.Query()}
	if p.Result, err = s.Store.Search(r.Context(), q); err != nil {
		s.fail(w, r, err)
		return
	}
	for _, h := range p.Result.Hits {
		marks := make([]mark, 0, len(h.Highlights))
		for _, sp := range h.Highlights {
			marks = append(marks, mark{start: sp.Start - h.Start, end: sp.End - h.Start, match: true})
		}
		p.Hits = append(p.Hits, searchHit{h, highlight(h.Snippet, marks)})
	}
	for _, name := range facetOrder {
		f := facet{Name: name}
		for _, c := range p.Result.Facets[name] {
			f.Values = append(f.Values, facetValue{Label: cmp.Or(c.Label, c.Value), Count: c.Count, Link: narrowed(p.Values, name, c.Value)})
		}
		if len(f.Values) > 0 {
			p.Facets = append(p.Facets, f)
		}
	}
	if shown := q.Offset + len(p.Result.Hits); shown < p.Result.Total && len(p.Result.Hits) > 0 {
		v := cloneValues(p.Values)
		v.Set("offset", strconv.Itoa(shown))
		p.Next = "/search?" + v.Encode()
	}
	s.render(w, http.StatusOK, "search", p)
}

// narrowed is the address of the search v narrowed to one value of a
// facet, from the first page: a month becomes the dates from its first
// day to its last.
func narrowed(v url.Values, facet, value string) string {
	v = cloneValues(v)
	v.Del("offset")
	if facet != "month" {
		v.Set(facet, value)
		return "/search?" + v.Encode()
	}
	if first, err := time.Parse("2006-01", value); err == nil {
		v.Set("from", first.Format(time.DateOnly))
		v.Set("to", first.AddDate(0, 1, -1).Format(time.DateOnly))
	}
	return "/search?" + v.Encode()
}

func cloneValues(v url.Values) url.Values {
	out := url.Values{}
	for k, vs := range v {
		out[k] = append([]string(nil), vs...)
	}
	return out
}

// webURL returns u when it is an http or https address a reader may
// follow, else "": a scraped javascript: or data: address is never a link.
func webURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

// entityPage shows what parallax knows of one entity: its names, where it
// is mentioned, and every statement it made, across stories.
type entityPage struct {
	Entity     *parallax.Entity
	Docs       []entityDoc
	Statements []report.StatementView
}

// entityDoc is a document that mentions the entity, how often, and the
// anchor of the first mention.
type entityDoc struct {
	report.DocView
	Mentions int
	Anchor   string
}

func (s *Server) entityPage(w http.ResponseWriter, r *http.Request) {
	snap := s.snapshot()
	e, err := snap.entity(r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := entityPage{Entity: e, Statements: snap.statementsBy(e.ID)}
	at := map[string]int{}
	for _, m := range e.Mentions {
		i, ok := at[m.Doc]
		if !ok {
			i = len(p.Docs)
			at[m.Doc] = i
			p.Docs = append(p.Docs, entityDoc{DocView: snap.docView(m.Doc), Anchor: mentionAnchor(e.ID, m.Start)})
		}
		p.Docs[i].Mentions++
	}
	s.render(w, http.StatusOK, "entity", p)
}

// questionPage shows every statement on one question, across stories,
// by stance, with the conflicts between them.
type questionPage struct {
	Question  parallax.Question
	Stances   []stanceGroup
	Conflicts []report.ConflictPair
}

// stanceGroup is the statements taking one stance on a question.
type stanceGroup struct {
	Stance     string
	Statements []report.StatementView
}

func (s *Server) questionPage(w http.ResponseWriter, r *http.Request) {
	snap := s.snapshot()
	q, err := snap.question(r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := questionPage{Question: q, Conflicts: snap.conflictsOn(q.ID)}
	at := map[string]int{}
	for _, id := range q.Statements {
		st, ok := snap.stmts[id]
		if !ok {
			continue
		}
		stance := st.Stance
		if stance == "" {
			stance = "no stance"
		}
		i, ok := at[stance]
		if !ok {
			i = len(p.Stances)
			at[stance] = i
			p.Stances = append(p.Stances, stanceGroup{Stance: stance})
		}
		p.Stances[i].Statements = append(p.Stances[i].Statements, snap.statementView(st))
	}
	sort.SliceStable(p.Stances, func(i, j int) bool { return p.Stances[i].Stance < p.Stances[j].Stance })
	s.render(w, http.StatusOK, "question", p)
}

// eventAnchor is the id of the i-th row of a timeline's table.
func eventAnchor(i int) string { return fmt.Sprintf("ev-%d", i) }

// timelinePage is a page of the whole timeline, each event with its story.
type timelinePage struct {
	Events             []timelineEvent
	First, Last, Total int    // the positions of the first and last events shown, and how many there are
	Prev, Next         string // the addresses of the pages before and after, or ""
	Chart              *chart // the page's events drawn, or nil
}

// timelinePageSize is how many events a page of the timeline shows.
const timelinePageSize = 500

type timelineEvent struct {
	parallax.TimelineEvent
	Story *report.StoryView // nil when its documents are in no story
}

func (s *Server) timelinePage(w http.ResponseWriter, r *http.Request) {
	snap := s.snapshot()
	q, err := searchQuery(r) // for its offset
	if err != nil {
		s.fail(w, r, err)
		return
	}
	all := snap.a.Timeline
	from := min(q.Offset, len(all))
	page := all[from:min(len(all), from+timelinePageSize)]
	p := timelinePage{First: from + 1, Last: from + len(page), Total: len(all)}
	if from > 0 {
		p.Prev = "/timeline?offset=" + strconv.Itoa(max(0, from-timelinePageSize))
	}
	if to := from + timelinePageSize; to < len(all) {
		p.Next = "/timeline?offset=" + strconv.Itoa(to)
	}
	for _, e := range page {
		te := timelineEvent{TimelineEvent: e}
		for _, d := range e.Docs {
			if id := snap.storyOf[d]; id != "" {
				te.Story = snap.stories[id]
				break
			}
		}
		p.Events = append(p.Events, te)
	}
	p.Chart = drawTimeline(page, eventAnchor)
	s.render(w, http.StatusOK, "timeline", p)
}
