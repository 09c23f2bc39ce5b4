// Package report renders an analysis for people: a plain-text report for the
// terminal, organised by story, each with its timeline, its claim matrix
// (question × speaker → stance, with outlets) and its conflicts.
package report

import (
	"bufio"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax"
)

// Text writes a readable report of a. Scraped text can carry terminal
// control sequences (an escape that retitles the window, clears the screen
// or rewrites what was printed), so every control character but newline
// and tab is shown as U+FFFD.
func Text(w io.Writer, a parallax.Analysis) error {
	var sb strings.Builder
	b := bufio.NewWriter(&sb)
	r := newIndex(a)
	fmt.Fprintf(b, "parallax report: %s, %s, %s, %s\n", count(len(a.Documents), "document", "documents"),
		count(len(a.Stories), "story", "stories"), count(len(a.Statements), "statement", "statements"),
		count(len(a.Conflicts), "conflict", "conflicts"))
	for _, s := range r.storiesOrLoose() {
		r.story(b, s)
	}
	r.threads(b)
	r.duplicates(b)
	r.entities(b)
	if err := b.Flush(); err != nil {
		return err
	}
	_, err := io.WriteString(w, withoutControls(sb.String()))
	return err
}

// withoutControls replaces control characters other than newline and tab,
// C0 and C1 alike.
func withoutControls(s string) string {
	return strings.Map(func(r rune) rune {
		if r != '\n' && r != '\t' && unicode.IsControl(r) {
			return '\uFFFD'
		}
		return r
	}, s)
}

// index looks facts up by id.
type index struct {
	a         parallax.Analysis
	docs      map[string]parallax.Document
	stmts     map[string]parallax.Statement
	questions map[string]parallax.Question
	stories   map[string]parallax.Story
}

func newIndex(a parallax.Analysis) *index {
	r := &index{a: a, docs: map[string]parallax.Document{}, stmts: map[string]parallax.Statement{},
		questions: map[string]parallax.Question{}, stories: map[string]parallax.Story{}}
	for _, d := range a.Documents {
		r.docs[d.ID] = d
	}
	for _, s := range a.Statements {
		r.stmts[s.ID] = s
	}
	for _, q := range a.Questions {
		r.questions[q.ID] = q
	}
	for _, s := range a.Stories {
		r.stories[s.ID] = s
	}
	return r
}

// storiesOrLoose returns the stories, plus one pseudo-story holding the
// documents no story claims (all of them when clustering has not run).
func (r *index) storiesOrLoose() []parallax.Story {
	inStory := map[string]bool{}
	for _, s := range r.a.Stories {
		for _, d := range s.Docs {
			inStory[d] = true
		}
	}
	var loose []string
	for _, d := range r.a.Documents {
		if !inStory[d.ID] {
			loose = append(loose, d.ID)
		}
	}
	out := append([]parallax.Story(nil), r.a.Stories...)
	if len(loose) > 0 {
		out = append(out, parallax.Story{ID: "", Label: "Documents in no story", Docs: loose})
	}
	return out
}

func heading(w *bufio.Writer, title string, underline byte) {
	fmt.Fprintf(w, "\n%s\n%s\n", title, strings.Repeat(string(underline), len([]rune(title))))
}

func (r *index) docLabel(id string) string {
	d, ok := r.docs[id]
	if !ok {
		return id
	}
	label := d.Title
	if label == "" {
		label = d.Source
	}
	var meta []string
	if d.Outlet != "" {
		meta = append(meta, d.Outlet)
	}
	if d.Published != "" {
		meta = append(meta, d.Published[:min(10, len(d.Published))])
	}
	if len(meta) > 0 {
		label += " (" + strings.Join(meta, ", ") + ")"
	}
	return label
}

func (r *index) story(w *bufio.Writer, s parallax.Story) {
	heading(w, "Story: "+s.Label, '=')
	inStory := map[string]bool{}
	for _, id := range s.Docs {
		inStory[id] = true
		d := r.docs[id]
		fmt.Fprintf(w, "- %s\n  %s · %s · %d words · %d comments\n", r.docLabel(id), d.Source, orDash(d.Lang),
			len(strings.Fields(d.Body)), len(d.Comments))
	}
	r.timeline(w, inStory)
	r.matrix(w, inStory)
	r.statements(w, s.Docs)
	r.conflicts(w, inStory)
}

func (r *index) timeline(w *bufio.Writer, inStory map[string]bool) {
	var lines []string
	for _, e := range r.a.Timeline {
		if !anyIn(e.Docs, inStory) {
			continue
		}
		line := fmt.Sprintf("  %-10s  %s", e.Date, oneLine(e.Event, 110))
		// A year the text did not give is the part of a date a reader
		// may want to check, so its source is shown.
		if strings.HasPrefix(e.Basis, "year from") {
			line += " (" + oneLine(e.Basis, 80) + ")"
		}
		lines = append(lines, line)
	}
	if len(lines) == 0 {
		return
	}
	heading(w, "Timeline", '-')
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
}

// matrixRow is one question of the claim matrix: each speaker's stances and
// the outlets that report them.
type matrixRow struct {
	label    string
	speakers []string
	cells    map[string]*matrixCell
	stances  map[string]bool // every stance taken on the question
}

type matrixCell struct {
	stances map[string]bool
	outlets map[string]bool
}

// matrix prints, per question, each speaker's stance and the outlets that
// report it. Disputed questions come first, then those more speakers
// answer: that is where the sources can be compared.
func (r *index) matrix(w *bufio.Writer, inStory map[string]bool) {
	var rows []matrixRow
	for _, q := range r.a.Questions {
		if row := r.matrixRow(q, inStory); len(row.speakers) > 0 {
			rows = append(rows, row)
		}
	}
	if len(rows) == 0 {
		return
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if di, dj := rows[i].disputed(), rows[j].disputed(); di != dj {
			return di
		}
		return len(rows[i].speakers) > len(rows[j].speakers)
	})
	heading(w, "Claim matrix (question × speaker → stance, outlets)", '-')
	for _, row := range rows {
		fmt.Fprintf(w, "  %s\n", row.label)
		for _, sp := range row.speakers {
			c := row.cells[sp]
			fmt.Fprintf(w, "    %-28s %-16s %s\n", sp, strings.Join(keys(c.stances), "/"), strings.Join(keys(c.outlets), ", "))
		}
	}
}

// matrixRow gathers the statements of q made in the story's documents.
func (r *index) matrixRow(q parallax.Question, inStory map[string]bool) matrixRow {
	row := matrixRow{label: q.Label, cells: map[string]*matrixCell{}, stances: map[string]bool{}}
	for _, id := range q.Statements {
		s, ok := r.stmts[id]
		if !ok || !inStory[s.Doc] {
			continue
		}
		c := row.cells[s.SpeakerName]
		if c == nil {
			c = &matrixCell{stances: map[string]bool{}, outlets: map[string]bool{}}
			row.cells[s.SpeakerName] = c
			row.speakers = append(row.speakers, s.SpeakerName)
		}
		c.stances[orDash(s.Stance)] = true
		c.outlets[r.outlet(s.Doc)] = true
		row.stances[s.Stance] = true
	}
	return row
}

// disputed says whether one speaker affirms what another denies.
func (row matrixRow) disputed() bool {
	return row.stances[parallax.Affirms] && row.stances[parallax.Denies]
}

func (r *index) outlet(doc string) string {
	d := r.docs[doc]
	switch {
	case d.Outlet != "":
		return d.Outlet
	case d.URL != "":
		return d.URL
	}
	// The file name is enough to find the page again; the folders only
	// make the line long.
	return path.Base(filepath.ToSlash(d.Source))
}

func (r *index) statements(w *bufio.Writer, docs []string) {
	var n int
	for _, id := range docs {
		for _, s := range r.a.Statements {
			if s.Doc != id {
				continue
			}
			if n == 0 {
				heading(w, "Who said what", '-')
			}
			n++
			fmt.Fprintf(w, "  %s", orDash(s.SpeakerName))
			if s.Cue != "" {
				fmt.Fprintf(w, " (%s", s.Cue)
				if s.Venue != "" {
					fmt.Fprintf(w, ", %s", s.Venue)
				}
				fmt.Fprint(w, ")")
			}
			if s.Date != "" {
				fmt.Fprintf(w, " on %s", s.Date)
			}
			content := oneLine(s.Content, 160)
			if s.Direct {
				content = "“" + content + "”"
			}
			fmt.Fprintf(w, ": %s", content)
			if s.Stance != "" {
				fmt.Fprintf(w, " [%s]", s.Stance)
			}
			fmt.Fprintln(w)
		}
	}
}

// conflicts prints a story's conflicts grouped by the question they
// disagree on: first who stands on each side, then each pair with its
// evidence, so many pairs on one question read as one disagreement.
func (r *index) conflicts(w *bufio.Writer, inStory map[string]bool) {
	byQuestion := map[string][]parallax.Conflict{}
	var order []string
	for _, c := range r.a.Conflicts {
		a, b := r.stmts[c.A], r.stmts[c.B]
		if !inStory[a.Doc] && !inStory[b.Doc] {
			continue
		}
		if _, ok := byQuestion[a.Question]; !ok {
			order = append(order, a.Question)
		}
		byQuestion[a.Question] = append(byQuestion[a.Question], c)
	}
	if len(order) == 0 {
		return
	}
	heading(w, "Conflicts", '-')
	for _, q := range order {
		cs := byQuestion[q]
		label := r.questions[q].Label
		if label == "" {
			label = "(no common question)"
		}
		fmt.Fprintf(w, "  %s — %d conflicting pair(s)\n", label, len(cs))
		for _, side := range r.sides(cs) {
			fmt.Fprintf(w, "    %s: %s\n", side.stance, strings.Join(side.speakers, ", "))
		}
		for _, c := range cs {
			a, b := r.stmts[c.A], r.stmts[c.B]
			fmt.Fprintf(w, "    - %s\n", strings.ToUpper(c.Kind))
			fmt.Fprintf(w, "      %s\n", r.evidence(a))
			fmt.Fprintf(w, "      %s\n", r.evidence(b))
		}
	}
}

// evidence is one side of a conflict on a line: who, when, where it was
// reported, and what was said.
func (r *index) evidence(s parallax.Statement) string {
	where := r.outlet(s.Doc)
	if s.Date != "" {
		where = s.Date + ", " + where
	}
	return fmt.Sprintf("%s (%s): %s", orDash(s.SpeakerName), where, oneLine(s.Content, 140))
}

type side struct {
	stance   string
	speakers []string
}

// sides lists, for the statements in cs, the speakers of each stance.
func (r *index) sides(cs []parallax.Conflict) []side {
	seen := map[string]map[string]bool{}
	var out []side
	add := func(s parallax.Statement) {
		st := orDash(s.Stance)
		if seen[st] == nil {
			seen[st] = map[string]bool{}
			out = append(out, side{stance: st})
		}
		if seen[st][s.SpeakerName] {
			return
		}
		seen[st][s.SpeakerName] = true
		for i := range out {
			if out[i].stance == st {
				out[i].speakers = append(out[i].speakers, s.SpeakerName)
			}
		}
	}
	for _, c := range cs {
		add(r.stmts[c.A])
		add(r.stmts[c.B])
	}
	sort.Slice(out, func(i, j int) bool { return out[i].stance < out[j].stance })
	return out
}

func (r *index) threads(w *bufio.Writer) {
	if len(r.a.Threads) == 0 {
		return
	}
	heading(w, "Threads", '=')
	for _, t := range r.a.Threads {
		var labels []string
		for _, id := range t.Stories {
			labels = append(labels, r.stories[id].Label)
		}
		fmt.Fprintf(w, "- %s: %s\n", t.Label, strings.Join(labels, " → "))
	}
}

func (r *index) duplicates(w *bufio.Writer) {
	if len(r.a.Duplicates) == 0 {
		return
	}
	heading(w, "Near-duplicates", '=')
	for _, d := range r.a.Duplicates {
		fmt.Fprintf(w, "- %s\n    copy of %s\n", r.docs[d.Doc].Source, r.docs[d.Representative].Source)
	}
}

func (r *index) entities(w *bufio.Writer) {
	if len(r.a.Entities) == 0 {
		return
	}
	ents := append([]parallax.Entity(nil), r.a.Entities...)
	sort.SliceStable(ents, func(i, j int) bool { return len(ents[i].Mentions) > len(ents[j].Mentions) })
	heading(w, "Entities", '=')
	for _, e := range ents {
		line := fmt.Sprintf("- %s [%s] %d mentions", e.Name, e.Type, len(e.Mentions))
		if len(e.Aliases) > 0 {
			line += "; also: " + strings.Join(e.Aliases, ", ")
		}
		fmt.Fprintln(w, oneLine(line, 160))
	}
}

func anyIn(ids []string, set map[string]bool) bool {
	for _, id := range ids {
		if set[id] {
			return true
		}
	}
	return false
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// oneLine folds white space and cuts s to at most n runes.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// count writes n with the singular or plural noun.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
