package http

import (
	"cmp"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax"
)

// listPageSize is how many rows a list page shows.
const listPageSize = 100

// listPage is one page of a sortable list: the documents, the entities,
// the questions or the conflicts.
type listPage struct {
	Title   string
	Note    string
	Path    string // the list's address, without its query
	Sort    string // the order shown
	Columns []listColumn
	Rows    [][]listCell
	pager
}

// listColumn heads a column; Sort names the order it sorts by, or is "".
type listColumn struct {
	Label   string
	Sort    string
	Numeric bool
}

// listCell is one cell: its text, a link when Link is set, and a class
// ("n" for a number, "date" for a date).
type listCell struct {
	Text  string
	Link  string
	Class string
}

// pager places a page in a longer list: the positions of its first and
// last rows, how many there are, and the addresses of the pages before and
// after it, or "".
type pager struct {
	First, Last, Total int
	Prev, Next         string
}

// listOrder sorts the items of a list one way.
type listOrder[T any] struct {
	key  string
	less func(a, b T) int
}

// paged sorts items by the order r asks for (the first order by default),
// and returns the page r asks for, with its place in the list.
func paged[T any](r *http.Request, items []T, orders []listOrder[T], size int) ([]T, string, pager, error) {
	v := r.URL.Query()
	key := cmp.Or(v.Get("sort"), orders[0].key)
	i := slices.IndexFunc(orders, func(o listOrder[T]) bool { return o.key == key })
	if i < 0 {
		var keys []string
		for _, o := range orders {
			keys = append(keys, o.key)
		}
		return nil, "", pager{}, parallax.Errorf(parallax.EInvalid, "no order %q: want %s", key, strings.Join(keys, ", "))
	}
	offset := 0
	if text := v.Get("offset"); text != "" {
		n, err := strconv.Atoi(text)
		if err != nil || n < 0 {
			return nil, "", pager{}, parallax.Errorf(parallax.EInvalid, "offset %q is not a count", text)
		}
		offset = n
	}
	items = slices.Clone(items)
	slices.SortStableFunc(items, orders[i].less)
	from := min(offset, len(items))
	page := items[from:min(len(items), from+size)]
	p := pager{First: from + 1, Last: from + len(page), Total: len(items)}
	at := func(offset int) string {
		q := url.Values{"sort": {key}}
		if offset > 0 {
			q.Set("offset", strconv.Itoa(offset))
		}
		return r.URL.Path + "?" + q.Encode()
	}
	if from > 0 {
		p.Prev = at(max(0, from-size))
	}
	if from+size < len(items) {
		p.Next = at(from + size)
	}
	return page, key, p, nil
}

// descending orders by a number, the largest first.
func descending[T any](n func(T) int) func(a, b T) int {
	return func(a, b T) int { return cmp.Compare(n(b), n(a)) }
}

// byText orders by a text, in alphabetical order, case folded.
func byText[T any](s func(T) string) func(a, b T) int {
	return func(a, b T) int { return cmp.Compare(strings.ToLower(s(a)), strings.ToLower(s(b))) }
}

// latest orders by a date, the latest first, undated last.
func latest[T any](s func(T) string) func(a, b T) int {
	return func(a, b T) int { return cmp.Compare(s(b), s(a)) }
}

func (s *Server) documentsPage(w http.ResponseWriter, r *http.Request) {
	snap := s.snapshot()
	docs := make([]string, 0, len(snap.docs))
	for id := range snap.docs {
		docs = append(docs, id)
	}
	slices.Sort(docs) // a stable order under every sort
	view := snap.docView
	stmts := func(id string) int { return len(snap.stmtsOf[id]) }
	page, key, pg, err := paged(r, docs, []listOrder[string]{
		{"published", latest(func(id string) string { return view(id).Published })},
		{"title", byText(func(id string) string { return view(id).Label() })},
		{"outlet", byText(func(id string) string { return view(id).Where })},
		{"statements", descending(stmts)},
	}, listPageSize)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := listPage{Title: "Documents", Path: "/documents", Sort: key, pager: pg,
		Note: "Every stored document, with its outlet, date, language, statements and story.",
		Columns: []listColumn{{Label: "Title", Sort: "title"}, {Label: "Outlet", Sort: "outlet"},
			{Label: "Published", Sort: "published"}, {Label: "Language"}, {Label: "Statements", Sort: "statements", Numeric: true}, {Label: "Story"}}}
	for _, id := range page {
		d := view(id)
		story := listCell{}
		if sv := snap.stories[snap.storyOf[id]]; sv != nil && sv.ID != "" {
			story = listCell{Text: sv.Label, Link: "/stories/" + url.PathEscape(sv.ID)}
		}
		p.Rows = append(p.Rows, []listCell{
			{Text: cmp.Or(d.Title, d.Source), Link: "/documents/" + url.PathEscape(id)}, {Text: d.Where},
			{Text: d.Published, Class: "date"}, {Text: d.Lang}, {Text: strconv.Itoa(stmts(id)), Class: "n"}, story,
		})
	}
	s.render(w, http.StatusOK, "list", p)
}

func (s *Server) entitiesPage(w http.ResponseWriter, r *http.Request) {
	snap := s.snapshot()
	ents := make([]*parallax.Entity, 0, len(snap.a.Entities))
	for i := range snap.a.Entities {
		ents = append(ents, &snap.a.Entities[i])
	}
	docs := func(e *parallax.Entity) int {
		seen := map[string]bool{}
		for _, m := range e.Mentions {
			seen[m.Doc] = true
		}
		return len(seen)
	}
	mentions := func(e *parallax.Entity) int { return len(e.Mentions) }
	said := func(e *parallax.Entity) int { return len(snap.stmtsBy[e.ID]) }
	page, key, pg, err := paged(r, ents, []listOrder[*parallax.Entity]{
		{"mentions", descending(mentions)},
		{"name", byText(func(e *parallax.Entity) string { return e.Name })},
		{"type", byText(func(e *parallax.Entity) string { return e.Type })},
		{"documents", descending(docs)},
		{"statements", descending(said)},
	}, listPageSize)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := listPage{Title: "Entities", Path: "/entities", Sort: key, pager: pg,
		Note: "The people, organisations and places named, with how often and how much they said.",
		Columns: []listColumn{{Label: "Name", Sort: "name"}, {Label: "Type", Sort: "type"}, {Label: "Mentions", Sort: "mentions", Numeric: true},
			{Label: "Documents", Sort: "documents", Numeric: true}, {Label: "Statements", Sort: "statements", Numeric: true}}}
	for _, e := range page {
		p.Rows = append(p.Rows, []listCell{
			{Text: e.Name, Link: "/entities/" + url.PathEscape(e.ID)}, {Text: e.Type},
			{Text: strconv.Itoa(mentions(e)), Class: "n"}, {Text: strconv.Itoa(docs(e)), Class: "n"}, {Text: strconv.Itoa(said(e)), Class: "n"},
		})
	}
	s.render(w, http.StatusOK, "list", p)
}

func (s *Server) questionsPage(w http.ResponseWriter, r *http.Request) {
	snap := s.snapshot()
	qs := snap.a.Questions
	answers := func(q parallax.Question) int { return len(q.Statements) }
	conflicts := func(q parallax.Question) int { return len(snap.conflictOn[q.ID]) }
	speakers := func(q parallax.Question) int {
		seen := map[string]bool{}
		for _, id := range q.Statements {
			if st := snap.stmts[id]; st != nil {
				seen[cmp.Or(st.Speaker, st.SpeakerName)] = true
			}
		}
		return len(seen)
	}
	page, key, pg, err := paged(r, qs, []listOrder[parallax.Question]{
		{"conflicts", func(a, b parallax.Question) int {
			return cmp.Or(descending(conflicts)(a, b), descending(answers)(a, b))
		}},
		{"statements", descending(answers)},
		{"speakers", descending(speakers)},
		{"label", byText(func(q parallax.Question) string { return q.Label })},
	}, listPageSize)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := listPage{Title: "Questions", Path: "/questions", Sort: key, pager: pg,
		Note: "The questions statements answer, the most contested first.",
		Columns: []listColumn{{Label: "Question", Sort: "label"}, {Label: "Statements", Sort: "statements", Numeric: true},
			{Label: "Speakers", Sort: "speakers", Numeric: true}, {Label: "Conflicts", Sort: "conflicts", Numeric: true}}}
	for _, q := range page {
		p.Rows = append(p.Rows, []listCell{
			{Text: q.Label, Link: "/questions/" + url.PathEscape(q.ID)}, {Text: strconv.Itoa(answers(q)), Class: "n"},
			{Text: strconv.Itoa(speakers(q)), Class: "n"}, {Text: strconv.Itoa(conflicts(q)), Class: "n"},
		})
	}
	s.render(w, http.StatusOK, "list", p)
}

func (s *Server) conflictsPage(w http.ResponseWriter, r *http.Request) {
	snap := s.snapshot()
	var cs []parallax.Conflict
	for _, c := range snap.a.Conflicts {
		if snap.stmts[c.A] != nil && snap.stmts[c.B] != nil {
			cs = append(cs, c)
		}
	}
	date := func(c parallax.Conflict) string { return max(snap.stmts[c.A].Date, snap.stmts[c.B].Date) }
	label := func(c parallax.Conflict) string { return snap.questions[snap.stmts[c.A].Question].Label }
	page, key, pg, err := paged(r, cs, []listOrder[parallax.Conflict]{
		{"date", latest(date)},
		{"kind", byText(func(c parallax.Conflict) string { return c.Kind })},
		{"question", byText(label)},
	}, listPageSize)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := listPage{Title: "Conflicts", Path: "/conflicts", Sort: key, pager: pg,
		Note: "Statements that cannot both stand, the newest first; each side links to its words in its document.",
		Columns: []listColumn{{Label: "Date", Sort: "date"}, {Label: "Kind", Sort: "kind"}, {Label: "Question", Sort: "question"},
			{Label: "One side"}, {Label: "The other"}}}
	side := func(st *parallax.Statement) listCell {
		return listCell{Text: cmp.Or(st.SpeakerName, "unknown speaker") + ": " + cmp.Or(st.Stance, "no stance"), Link: statementLink(st)}
	}
	for _, c := range page {
		a := snap.stmts[c.A]
		q := listCell{Text: label(c)}
		if q.Text != "" {
			q.Link = "/questions/" + url.PathEscape(a.Question)
		}
		p.Rows = append(p.Rows, []listCell{{Text: date(c), Class: "date"}, {Text: c.Kind}, q, side(a), side(snap.stmts[c.B])})
	}
	s.render(w, http.StatusOK, "list", p)
}
