package report

import (
	"fmt"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/compare"
)

// Report is an analysis arranged for reading: per story, its documents,
// timeline, claim matrix, statements and conflicts. It is built once by
// Build; each renderer (the plain-text report, Markdown, the web pages)
// only lays it out. Texts in it are as scraped: every renderer escapes
// them for its medium.
type Report struct {
	// How many documents, statements and conflicts the analysis holds.
	Documents  int               `json:"documents"`
	Statements int               `json:"statements"`
	Conflicts  int               `json:"conflicts"`
	Stories    []StoryView       `json:"stories"`
	Threads    []ThreadView      `json:"threads"`
	Duplicates []DuplicateView   `json:"duplicates"`
	Entities   []parallax.Entity `json:"entities"` // most mentioned first
}

// Summary is the report's title line: "parallax report: " and how many
// documents, stories, statements and conflicts it holds.
func (r Report) Summary() string {
	stories := 0
	for _, s := range r.Stories {
		if s.ID != "" { // not the documents in no story
			stories++
		}
	}
	return fmt.Sprintf("parallax report: %s, %s, %s, %s", Count(r.Documents, "document", "documents"),
		Count(stories, "story", "stories"), Count(r.Statements, "statement", "statements"),
		Count(r.Conflicts, "conflict", "conflicts"))
}

// StoryView is a story and everything the analysis says about it.
type StoryView struct {
	ID         string                   `json:"id"` // "" for the documents no story holds
	Label      string                   `json:"label"`
	Docs       []DocView                `json:"docs"`
	Timeline   []parallax.TimelineEvent `json:"timeline"`
	Matrix     []MatrixRow              `json:"matrix"`
	Statements []StatementView          `json:"statements"` // in the order of Docs, then of the analysis
	Conflicts  []ConflictGroup          `json:"conflicts"`
}

// DocView is what a listing shows of a document.
type DocView struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`    // as the page gives it, or ""
	Where     string `json:"where"`     // the outlet, else the URL's site, else the URL, else the file name
	Published string `json:"published"` // YYYY-MM-DD or ""
	Lang      string `json:"lang"`
	Words     int    `json:"words"`
	Comments  int    `json:"comments"`
}

// Label is the title, or the source when there is none, with outlet and
// date when known.
func (d DocView) Label() string {
	label := d.Title
	if label == "" {
		label = d.Source
	}
	var meta []string
	if d.Outlet != "" {
		meta = append(meta, d.Outlet)
	}
	if d.Published != "" {
		meta = append(meta, d.Published)
	}
	if len(meta) > 0 {
		label += " (" + strings.Join(meta, ", ") + ")"
	}
	return label
}

// StatementView is a statement with the outlet that reports it.
type StatementView struct {
	parallax.Statement
	Outlet string `json:"outlet"`
	// Value is the figure the statement gives for a question of value
	// ("at least 12"), in a claim matrix; "" elsewhere.
	Value string `json:"value,omitempty"`
}

// MatrixRow is one question of a story's claim matrix.
type MatrixRow struct {
	Question string       `json:"question"` // question id
	Label    string       `json:"label"`
	Disputed bool         `json:"disputed"` // two of its statements conflict
	Cells    []MatrixCell `json:"cells"`
}

// MatrixCell is one speaker's stances on a question, the outlets that
// report them and the statements behind them.
type MatrixCell struct {
	Speaker string   `json:"speaker"`
	Stances []string `json:"stances"` // sorted; "-" for a statement without a stance
	// Values are the figures the speaker gives, sorted, when the question
	// asks for one ("How many people were killed?").
	Values     []string        `json:"values,omitempty"`
	Outlets    []string        `json:"outlets"` // sorted
	Statements []StatementView `json:"statements"`
}

// Asserts is what the cell shows a speaker asserting: the figures given
// for a question of value, else the stances.
func (c MatrixCell) Asserts() []string {
	if len(c.Values) > 0 {
		return c.Values
	}
	return c.Stances
}

// ConflictGroup is the conflicts of a story on one question: who stands on
// each side, then each pair with its evidence.
type ConflictGroup struct {
	Question string         `json:"question"` // question id, "" when the pair shares none
	Label    string         `json:"label"`
	Sides    []Side         `json:"sides"`
	Pairs    []ConflictPair `json:"pairs"`
}

// Side is the speakers who take one stance in a conflict group.
type Side struct {
	Stance   string   `json:"stance"`
	Speakers []string `json:"speakers"`
}

// ConflictPair is one conflict with both statements.
type ConflictPair struct {
	Kind    string        `json:"kind"`
	Explain string        `json:"explain"`
	A       StatementView `json:"a"`
	B       StatementView `json:"b"`
}

// ThreadView is a thread with the labels of its stories: all of them, or
// on a story's page those next to it, with how many were left out on
// either side.
type ThreadView struct {
	ID      string     `json:"id"`
	Label   string     `json:"label"`
	Stories []StoryRef `json:"stories"`
	Earlier int        `json:"earlier,omitempty"` // stories before the first listed
	Later   int        `json:"later,omitempty"`   // stories after the last listed
}

// StoryRef names a story.
type StoryRef struct {
	ID    string `json:"id"`
	Label string `json:"label"`
}

// DuplicateView is a near-duplicate and the document it copies.
type DuplicateView struct {
	Copy     DocView `json:"copy"`
	Original DocView `json:"original"`
}

// Build arranges a for reading.
func Build(a parallax.Analysis) Report {
	return BuildFrom(a, views(a.Documents))
}

// views returns the view of each document.
func views(docs []parallax.Document) []DocView {
	out := make([]DocView, len(docs))
	for i, d := range docs {
		out[i] = ViewOf(d)
	}
	return out
}

// BuildFrom arranges a for reading with docs standing for its documents,
// which it does not read: a caller can stream the documents, keep the view
// of each and let its body go.
func BuildFrom(a parallax.Analysis, docs []DocView) Report {
	x := newIndex(a, docs)
	r := Report{Documents: len(docs), Statements: len(a.Statements), Conflicts: len(a.Conflicts)}
	for _, s := range x.storiesOrLoose() {
		r.Stories = append(r.Stories, x.storyView(s))
	}
	for _, t := range a.Threads {
		tv := ThreadView{ID: t.ID, Label: t.Label}
		for _, id := range t.Stories {
			tv.Stories = append(tv.Stories, StoryRef{ID: id, Label: x.stories[id].Label})
		}
		r.Threads = append(r.Threads, tv)
	}
	for _, d := range a.Duplicates {
		r.Duplicates = append(r.Duplicates, DuplicateView{Copy: x.docView(d.Doc), Original: x.docView(d.Representative)})
	}
	r.Entities = append([]parallax.Entity(nil), a.Entities...)
	sort.SliceStable(r.Entities, func(i, j int) bool { return len(r.Entities[i].Mentions) > len(r.Entities[j].Mentions) })
	return r
}

// index looks facts up by id.
type index struct {
	a         parallax.Analysis
	order     []DocView // the documents, in the analysis's order
	docs      map[string]DocView
	stmts     map[string]parallax.Statement
	byDoc     map[string][]parallax.Statement
	questions map[string]parallax.Question
	stories   map[string]parallax.Story
	// Positions in a's lists of the timeline events, questions and
	// conflicts that involve each document, so that a story gathers its
	// own without reading every list once per story.
	eventsOf, conflictsOf map[string][]int
	// Where each statement stands among the questions: the question's
	// position in a's list and the statement's in the question's, so that a
	// story's claim matrix is built from the story's own statements rather
	// than from every statement of the questions it touches.
	placeOf map[string]place
}

// place is a statement's position: its question's in the analysis and its
// own in that question.
type place struct{ question, pos int }

func newIndex(a parallax.Analysis, docs []DocView) *index {
	x := &index{a: a, order: docs, docs: make(map[string]DocView, len(docs)), stmts: map[string]parallax.Statement{},
		byDoc: map[string][]parallax.Statement{}, questions: map[string]parallax.Question{}, stories: map[string]parallax.Story{}}
	for _, d := range docs {
		x.docs[d.ID] = d
	}
	for _, s := range a.Statements {
		x.stmts[s.ID] = s
		x.byDoc[s.Doc] = append(x.byDoc[s.Doc], s)
	}
	for _, q := range a.Questions {
		x.questions[q.ID] = q
	}
	for _, s := range a.Stories {
		x.stories[s.ID] = s
	}
	x.eventsOf, x.conflictsOf, x.placeOf = map[string][]int{}, map[string][]int{}, map[string]place{}
	for i, e := range a.Timeline {
		for _, d := range e.Docs {
			x.eventsOf[d] = append(x.eventsOf[d], i)
		}
	}
	for i, q := range a.Questions {
		for j, id := range q.Statements {
			if _, ok := x.stmts[id]; ok {
				x.placeOf[id] = place{i, j}
			}
		}
	}
	for i, c := range a.Conflicts {
		x.conflictsOf[x.stmts[c.A].Doc] = append(x.conflictsOf[x.stmts[c.A].Doc], i)
		x.conflictsOf[x.stmts[c.B].Doc] = append(x.conflictsOf[x.stmts[c.B].Doc], i)
	}
	return x
}

// positions returns, in order and once each, the positions that of lists
// for any of docs.
func positions(docs []string, of map[string][]int) []int {
	var out []int
	for _, d := range docs {
		out = append(out, of[d]...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// looseLabel is the label of the pseudo-story of the documents in no story.
const looseLabel = "Documents in no story"

// storiesOrLoose returns the stories, plus one pseudo-story holding the
// documents no story claims (all of them when clustering has not run).
func (x *index) storiesOrLoose() []parallax.Story {
	inStory := map[string]bool{}
	for _, s := range x.a.Stories {
		for _, d := range s.Docs {
			inStory[d] = true
		}
	}
	var loose []string
	for _, d := range x.order {
		if !inStory[d.ID] {
			loose = append(loose, d.ID)
		}
	}
	out := append([]parallax.Story(nil), x.a.Stories...)
	if len(loose) > 0 {
		out = append(out, parallax.Story{ID: "", Label: looseLabel, Docs: loose})
	}
	return out
}

func (x *index) storyView(s parallax.Story) StoryView {
	v := StoryView{ID: s.ID, Label: s.Label}
	for _, id := range s.Docs {
		v.Docs = append(v.Docs, x.docView(id))
		for _, st := range x.byDoc[id] {
			v.Statements = append(v.Statements, x.statementView(st))
		}
	}
	for _, i := range positions(s.Docs, x.eventsOf) {
		v.Timeline = append(v.Timeline, x.a.Timeline[i])
	}
	v.Matrix = x.matrix(s.Docs)
	v.Conflicts = x.conflicts(positions(s.Docs, x.conflictsOf))
	return v
}

func (x *index) docView(id string) DocView {
	if d, ok := x.docs[id]; ok {
		return d
	}
	return DocView{ID: id, Title: id, Where: id}
}

func (x *index) statementView(s parallax.Statement) StatementView {
	return StatementView{Statement: s, Outlet: x.docView(s.Doc).Where}
}

// ViewOf returns what a listing shows of d.
func ViewOf(d parallax.Document) DocView {
	return DocView{ID: d.ID, Title: d.Title, Source: d.Source, URL: d.URL, Outlet: d.Outlet, Where: where(d),
		Published: d.Published[:min(10, len(d.Published))], Lang: d.Lang,
		Words: len(strings.Fields(d.Body)), Comments: len(d.Comments)}
}

// where names where a document was found: its outlet, else its URL's site,
// else its URL, else its file name. The file name is enough to find the page again; the
// folders only make the line long.
func where(d parallax.Document) string {
	switch {
	case d.Outlet != "":
		return d.Outlet
	case parallax.SiteOf(d.URL) != "":
		return parallax.SiteOf(d.URL)
	case d.URL != "":
		return d.URL
	}
	return path.Base(filepath.ToSlash(d.Source))
}

// matrix returns, per question, each speaker's stance and the outlets that
// report it, from the statements of docs. Disputed questions come first,
// then those more speakers answer: that is where the sources can be
// compared.
func (x *index) matrix(docs []string) []MatrixRow {
	var placed []parallax.Statement
	for _, d := range docs {
		for _, s := range x.byDoc[d] {
			if _, ok := x.placeOf[s.ID]; ok {
				placed = append(placed, s)
			}
		}
	}
	// In the analysis's order of questions, and of statements within each.
	sort.Slice(placed, func(i, j int) bool {
		a, b := x.placeOf[placed[i].ID], x.placeOf[placed[j].ID]
		if a.question != b.question {
			return a.question < b.question
		}
		return a.pos < b.pos
	})
	var rows []MatrixRow
	for start := 0; start < len(placed); {
		q := x.placeOf[placed[start].ID].question
		end := start + 1
		for end < len(placed) && x.placeOf[placed[end].ID].question == q {
			end++
		}
		rows = append(rows, x.matrixRow(x.a.Questions[q], placed[start:end]))
		start = end
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].Disputed != rows[j].Disputed {
			return rows[i].Disputed
		}
		return len(rows[i].Cells) > len(rows[j].Cells)
	})
	return rows
}

// matrixRow gathers the statements of q made in a story: stmts, in q's order.
func (x *index) matrixRow(q parallax.Question, stmts []parallax.Statement) MatrixRow {
	row := MatrixRow{Question: q.ID, Label: q.Label}
	cell := map[string]int{}
	in := make(map[string]bool, len(stmts))
	for _, s := range stmts {
		in[s.ID] = true
	}
	contents := make([]string, len(stmts))
	for k, s := range stmts {
		contents[k] = s.Content
	}
	values := compare.Values(contents)
	for k, s := range stmts {
		i, ok := cell[s.SpeakerName]
		if !ok {
			i = len(row.Cells)
			cell[s.SpeakerName] = i
			row.Cells = append(row.Cells, MatrixCell{Speaker: s.SpeakerName})
		}
		c := &row.Cells[i]
		c.Stances = addSorted(c.Stances, orDash(s.Stance))
		c.Outlets = addSorted(c.Outlets, x.docView(s.Doc).Where)
		v := x.statementView(s)
		if v.Value = values[k]; v.Value != "" {
			c.Values = addSorted(c.Values, v.Value)
		}
		c.Statements = append(c.Statements, v)
		for _, k := range x.conflictsOf[s.Doc] {
			if c := x.a.Conflicts[k]; c.A == s.ID && in[c.B] || c.B == s.ID && in[c.A] {
				row.Disputed = true
			}
		}
	}
	return row
}

// conflicts groups the conflicts at the given positions of the analysis
// by the question they disagree on, in the order each question first
// appears.
func (x *index) conflicts(conflicts []int) []ConflictGroup {
	var out []ConflictGroup
	at := map[string]int{}
	for _, k := range conflicts {
		c := x.a.Conflicts[k]
		a, b := x.stmts[c.A], x.stmts[c.B]
		i, ok := at[a.Question]
		if !ok {
			i = len(out)
			at[a.Question] = i
			out = append(out, ConflictGroup{Question: a.Question, Label: x.questions[a.Question].Label})
		}
		out[i].Pairs = append(out[i].Pairs, ConflictPair{Kind: c.Kind, Explain: c.Explain, A: x.statementView(a), B: x.statementView(b)})
	}
	for i := range out {
		out[i].Sides = sides(out[i].Pairs)
	}
	return out
}

// sides lists, for the statements of pairs, the speakers of each stance.
func sides(pairs []ConflictPair) []Side {
	at := map[string]int{}
	seen := map[string]bool{}
	var out []Side
	add := func(s StatementView) {
		st := orDash(s.Stance)
		i, ok := at[st]
		if !ok {
			i = len(out)
			at[st] = i
			out = append(out, Side{Stance: st})
		}
		if key := st + "\x00" + s.SpeakerName; !seen[key] {
			seen[key] = true
			out[i].Speakers = append(out[i].Speakers, s.SpeakerName)
		}
	}
	for _, p := range pairs {
		add(p.A)
		add(p.B)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Stance < out[j].Stance })
	return out
}

// addSorted inserts s into the sorted list unless it is there.
func addSorted(list []string, s string) []string {
	i := sort.SearchStrings(list, s)
	if i < len(list) && list[i] == s {
		return list
	}
	return append(list[:i], append([]string{s}, list[i:]...)...)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
