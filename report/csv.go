package report

import (
	"encoding/csv"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax"
)

// csvTables are the tables CSV writes: the header and a function that
// returns the rows.
var csvTables = map[string]struct {
	header []string
	rows   func(*index) [][]string
}{
	"statements": {[]string{"id", "doc", "doc_title", "outlet", "published", "speaker", "speaker_name", "cue", "date",
		"venue", "direct", "kind", "stance", "question", "question_label", "content", "start", "end", "story"}, statementRows},
	"conflicts": {[]string{"kind", "question", "question_label",
		"a", "a_speaker_name", "a_date", "a_outlet", "a_doc", "a_content",
		"b", "b_speaker_name", "b_date", "b_outlet", "b_doc", "b_content", "explain"}, conflictRows},
	"timeline":  {[]string{"date", "event", "basis", "docs", "statements"}, timelineRows},
	"documents": {[]string{"id", "source", "url", "title", "outlet", "author", "published", "lang", "words", "comments", "story"}, documentRows},
	"stories":   {[]string{"id", "label", "docs", "first_published", "last_published", "doc_ids"}, storyRows},
}

// CSVTables returns the names of the tables CSV writes, sorted.
func CSVTables() []string {
	names := make([]string, 0, len(csvTables))
	for name := range csvTables {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// CSV writes one table of a as CSV with a header row: "statements",
// "conflicts", "timeline", "documents" or "stories" (see CSVTables). Lists
// of ids in a cell are separated by spaces; offsets are rune offsets into
// the document's body, as in the JSON contract. A story's first and last
// dates are the earliest and latest publication dates of its documents.
//
// A spreadsheet runs a cell that begins with =, +, -, @, tab or carriage
// return as a formula, and a scraped page can put one there; such a cell
// is written with a leading apostrophe, which spreadsheets read as "this
// is text", as OWASP advises against CSV injection.
func CSV(w io.Writer, a parallax.Analysis, table string) error {
	t, ok := csvTables[table]
	if !ok {
		return parallax.Errorf(parallax.EInvalid, "unknown table %q: want one of %s", table, strings.Join(CSVTables(), ", "))
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(t.header); err != nil {
		return err
	}
	for _, row := range t.rows(newIndex(a, views(a.Documents))) {
		for i, cell := range row {
			row[i] = inert(cell)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// inert prefixes a cell a spreadsheet would run as a formula with an
// apostrophe.
func inert(cell string) string {
	if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
		return "'" + cell
	}
	return cell
}

// storyOf maps each document id to the id of the story that holds it.
func (x *index) storyOf() map[string]string {
	of := map[string]string{}
	for _, s := range x.a.Stories {
		for _, d := range s.Docs {
			if _, ok := of[d]; !ok {
				of[d] = s.ID
			}
		}
	}
	return of
}

func statementRows(x *index) [][]string {
	story := x.storyOf()
	var rows [][]string
	for _, s := range x.a.Statements {
		d := x.docs[s.Doc]
		rows = append(rows, []string{s.ID, s.Doc, d.Title, d.Outlet, d.Published, s.Speaker, s.SpeakerName, s.Cue, s.Date,
			s.Venue, strconv.FormatBool(s.Direct), s.Kind, s.Stance, s.Question, x.questions[s.Question].Label, s.Content,
			strconv.Itoa(s.Start), strconv.Itoa(s.End), story[s.Doc]})
	}
	return rows
}

func conflictRows(x *index) [][]string {
	var rows [][]string
	for _, c := range x.a.Conflicts {
		q := x.stmts[c.A].Question
		row := []string{c.Kind, q, x.questions[q].Label}
		// The ids come from the conflict, so a statement missing from the
		// analysis is still named.
		for _, id := range []string{c.A, c.B} {
			s := x.stmts[id]
			row = append(row, id, s.SpeakerName, s.Date, x.docs[s.Doc].Outlet, s.Doc, s.Content)
		}
		rows = append(rows, append(row, c.Explain))
	}
	return rows
}

func timelineRows(x *index) [][]string {
	var rows [][]string
	for _, e := range x.a.Timeline {
		rows = append(rows, []string{e.Date, e.Event, e.Basis, strings.Join(e.Docs, " "), strings.Join(e.Statements, " ")})
	}
	return rows
}

func documentRows(x *index) [][]string {
	story := x.storyOf()
	var rows [][]string
	for _, d := range x.a.Documents {
		rows = append(rows, []string{d.ID, d.Source, d.URL, d.Title, d.Outlet, d.Author, d.Published, d.Lang,
			strconv.Itoa(len(strings.Fields(d.Body))), strconv.Itoa(len(d.Comments)), story[d.ID]})
	}
	return rows
}

func storyRows(x *index) [][]string {
	var rows [][]string
	for _, s := range x.a.Stories {
		var first, last string
		for _, id := range s.Docs {
			p := x.docs[id].Published
			if p == "" {
				continue
			}
			if first == "" || p < first {
				first = p
			}
			if p > last {
				last = p
			}
		}
		rows = append(rows, []string{s.ID, s.Label, strconv.Itoa(len(s.Docs)), first, last, strings.Join(s.Docs, " ")})
	}
	return rows
}
