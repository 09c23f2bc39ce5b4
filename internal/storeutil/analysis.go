package storeutil

import (
	"encoding/json"

	"github.com/parallax-news/parallax"
)

// Table is what a store writes into one table of an analysis: Len rows,
// the i-th with the values Row(i) for Columns. Lists are JSON text.
type Table struct {
	Name    string
	Columns []string
	Len     int
	Row     func(i int) []any
	// Group, when set, is the column whose value groups the rows: each
	// group's rows are the same wherever the rest of the analysis moves,
	// so a store may keep the stored rows of a group that is unchanged
	// and rewrite only the others.
	Group string
}

// Tables lays a and the story pages made from it out as the rows of each
// table, parents before children, so that a store writes them in this
// order and clears them in the reverse. The documents in a are not among
// them: a store writes documents one by one as they come. pos numbers each
// list's rows in order, to read it back so.
func Tables(a parallax.Analysis, pages []parallax.StoryPage) []Table {
	type mention struct {
		entity string
		pos    int
		m      parallax.Mention
	}
	type member struct{ story, doc string }
	var members []member
	seen := map[member]bool{}
	for _, st := range a.Stories {
		for _, d := range st.Docs {
			if m := (member{st.ID, d}); !seen[m] {
				seen[m] = true
				members = append(members, m)
			}
		}
	}
	inDoc, runs := statementRuns(a.Statements)
	var mentions []mention
	for _, e := range a.Entities {
		for j, m := range e.Mentions {
			mentions = append(mentions, mention{e.ID, j, m})
		}
	}
	return []Table{
		{"entities", []string{"id", "pos", "type", "name", "aliases"}, len(a.Entities), func(i int) []any {
			e := a.Entities[i]
			return []any{e.ID, i, e.Type, e.Name, encodeList(e.Aliases)}
		}, ""},
		// An entity's mentions are numbered within it, so those of the
		// many entities no new document names stay as they were.
		{"mentions", []string{"entity", "pos", "doc", "rune_start", "rune_end", "text"}, len(mentions), func(i int) []any {
			r := mentions[i]
			return []any{r.entity, r.pos, r.m.Doc, r.m.Start, r.m.End, r.m.Text}
		}, "entity"},
		// A document's statements are numbered within it, and their order
		// across documents is kept apart, in statement_runs, so that the
		// statements of a document whose questions and stances are as they
		// were stay as they were.
		{"statements", []string{"id", "pos", "doc", "speaker", "speaker_name", "speaker_for", "speaker_mention", "cue", "date",
			"venue", "direct", "kind", "content", "rune_start", "rune_end", "question", "stance"}, len(a.Statements), func(i int) []any {
			s := a.Statements[i]
			return []any{s.ID, inDoc[i], s.Doc, s.Speaker, s.SpeakerName, s.SpeakerFor, s.SpeakerMention, s.Cue, s.Date,
				s.Venue, s.Direct, s.Kind, s.Content, s.Start, s.End, s.Question, s.Stance}
		}, "doc"},
		{"statement_runs", []string{"pos", "doc", "first", "n"}, len(runs), func(i int) []any {
			r := runs[i]
			return []any{i, r.doc, r.first, r.n}
		}, ""},
		{"questions", []string{"id", "pos", "label", "statements"}, len(a.Questions), func(i int) []any {
			q := a.Questions[i]
			return []any{q.ID, i, q.Label, encodeList(q.Statements)}
		}, ""},
		{"conflicts", []string{"pos", "a", "b", "kind", "explanation"}, len(a.Conflicts), func(i int) []any {
			c := a.Conflicts[i]
			return []any{i, c.A, c.B, c.Kind, c.Explain}
		}, ""},
		{"duplicates", []string{"pos", "doc", "representative"}, len(a.Duplicates), func(i int) []any {
			d := a.Duplicates[i]
			return []any{i, d.Doc, d.Representative}
		}, ""},
		{"stories", []string{"id", "pos", "label", "docs"}, len(a.Stories), func(i int) []any {
			s := a.Stories[i]
			return []any{s.ID, i, s.Label, encodeList(s.Docs)}
		}, ""},
		// Each story's documents again, a row each, for lookups by document.
		{"story_docs", []string{"story", "doc"}, len(members), func(i int) []any {
			return []any{members[i].story, members[i].doc}
		}, ""},
		{"threads", []string{"id", "pos", "label", "stories"}, len(a.Threads), func(i int) []any {
			t := a.Threads[i]
			return []any{t.ID, i, t.Label, encodeList(t.Stories)}
		}, ""},
		{"timeline", []string{"pos", "date", "event", "basis", "docs", "statements"}, len(a.Timeline), func(i int) []any {
			e := a.Timeline[i]
			return []any{i, e.Date, e.Event, e.Basis, encodeList(e.Docs), encodeList(e.Statements)}
		}, ""},
		{"story_pages", []string{"story", "pos", "summary", "page"}, len(pages), func(i int) []any {
			return []any{pages[i].Story, i, orEmpty(pages[i].Summary), pages[i].Page}
		}, ""},
	}
}

// run is a stretch of consecutive statements of one document: its
// statements numbered first to first+n-1 within the document.
type run struct {
	doc      string
	first, n int
}

// statementRuns numbers each statement within its document, in order,
// and returns the numbers and the runs of consecutive statements of one
// document, in order: what puts the statements back in order.
func statementRuns(stmts []parallax.Statement) (inDoc []int, runs []run) {
	inDoc = make([]int, len(stmts))
	count := map[string]int{} // document → its statements so far
	for i, s := range stmts {
		inDoc[i] = count[s.Doc]
		count[s.Doc]++
		if len(runs) > 0 && runs[len(runs)-1].doc == s.Doc {
			runs[len(runs)-1].n++
			continue
		}
		runs = append(runs, run{s.Doc, inDoc[i], 1})
	}
	return inDoc, runs
}

// encodeList encodes a list of ids as JSON text: a nil list as null, so that
// it reads back nil. Encoding a []string cannot fail.
func encodeList(list []string) string {
	b, _ := json.Marshal(list)
	return string(b)
}

// orEmpty returns b, or an empty slice for nil, which a driver would write
// as NULL.
func orEmpty(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}
