// Package report arranges an analysis for reading (Build) and renders it
// for people: a plain-text report for the terminal, organised by story,
// each with its timeline, its claim matrix (question × speaker → stance,
// with outlets) and its conflicts.
package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax"
)

// TextOptions narrow the text report.
type TextOptions struct {
	// Story, when set, is the id of the one story to report.
	Story string
	// Top, when above zero, reports only that many stories, the most
	// disputed first (ByDispute), after the summary.
	Top int
}

// digestLength is how many stories, questions and conflicts the summary at
// the head of a report lists.
const digestLength = 10

// Text writes a readable report of a: a summary (the stories most worth
// reading with their ids, the most disputed questions, the newest
// conflicts), then each story, then threads, near-duplicates and entities.
// opt narrows it to one story or the top stories. Scraped text can carry
// terminal control sequences (an escape that retitles the window, clears
// the screen or rewrites what was printed), so every control character but
// newline and tab is shown as U+FFFD.
func Text(w io.Writer, a parallax.Analysis, opt TextOptions) error {
	var sb strings.Builder
	b := bufio.NewWriter(&sb)
	r := Build(a)
	switch {
	case opt.Story != "":
		sv, ok := r.story(opt.Story)
		if !ok {
			return parallax.Errorf(parallax.ENotFound, "no story %q", opt.Story)
		}
		story(b, *sv)
	case opt.Top > 0:
		fmt.Fprintf(b, "%s\n", r.Summary())
		digest(b, r.Digest(digestLength))
		for _, sum := range r.Digest(opt.Top).Stories {
			sv, _ := r.story(sum.ID)
			story(b, *sv)
		}
	default:
		fmt.Fprintf(b, "%s\n", r.Summary())
		digest(b, r.Digest(digestLength))
		for _, s := range r.Stories {
			story(b, s)
		}
		threads(b, r.Threads)
		duplicates(b, r.Duplicates)
		entities(b, r.Entities)
	}
	if err := b.Flush(); err != nil {
		return err
	}
	_, err := io.WriteString(w, withoutControls(sb.String()))
	return err
}

// story returns the story with that id; the documents in no story have no
// id and are not found.
func (r Report) story(id string) (*StoryView, bool) {
	for i := range r.Stories {
		if r.Stories[i].ID == id && id != "" {
			return &r.Stories[i], true
		}
	}
	return nil, false
}

// digest writes the summary at the head of a report.
func digest(w *bufio.Writer, d Digest) {
	if d.Total == 0 {
		return
	}
	heading(w, "Summary", '=')
	fmt.Fprintf(w, "%s (analyze --story ID shows one):\n", d.Title())
	for _, s := range d.Stories {
		fmt.Fprintf(w, "  %-16s %s\n  %16s %s, %s, %s, %s%s\n", s.ID, oneLine(s.Label, 100), "", Count(s.Docs, "document", "documents"),
			Count(s.Statements, "statement", "statements"), Count(s.Conflicts, "conflict", "conflicts"),
			Count(s.Disputed, "disputed question", "disputed questions"), prefixed(", ", s.Dates()))
	}
	if d.Loose > 0 {
		fmt.Fprintf(w, "  (%s in no story)\n", Count(d.Loose, "document", "documents"))
	}
	if len(d.Disputed) > 0 {
		fmt.Fprintln(w, "Most disputed questions:")
		for _, q := range d.Disputed {
			var sides []string
			for _, side := range q.Group.Sides {
				sides = append(sides, side.Stance+": "+strings.Join(side.Speakers, ", "))
			}
			fmt.Fprintf(w, "  %s — %s (story %s)\n    %s\n", oneLine(q.Group.Label, 100), Count(len(q.Group.Pairs), "conflicting pair", "conflicting pairs"),
				q.Story, oneLine(strings.Join(sides, "; "), 150))
		}
	}
	if len(d.Newest) > 0 {
		fmt.Fprintln(w, "Newest conflicts:")
		for _, c := range d.Newest {
			fmt.Fprintf(w, "  %-10s %s: %s against %s on %s (story %s)\n", orDash(c.Date), c.Pair.Kind, orDash(c.Pair.A.SpeakerName),
				orDash(c.Pair.B.SpeakerName), oneLine(c.Question(), 90), c.Story)
		}
	}
}

// prefixed is s after prefix, or "" when s is empty.
func prefixed(prefix, s string) string {
	if s == "" {
		return ""
	}
	return prefix + s
}

// withoutControls replaces the characters Unsafe reports, other than
// newline and tab.
func withoutControls(s string) string {
	return strings.Map(func(r rune) rune {
		if r != '\n' && r != '\t' && Unsafe(r) {
			return '\uFFFD'
		}
		return r
	}, s)
}

// Unsafe reports whether scraped text may not carry r to a terminal: a
// control character, C0 or C1, can move the cursor or rewrite the screen,
// and a bidirectional override or isolate can reorder what a line shows.
func Unsafe(r rune) bool {
	return unicode.IsControl(r) || r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069'
}

func heading(w *bufio.Writer, title string, underline byte) {
	fmt.Fprintf(w, "\n%s\n%s\n", title, strings.Repeat(string(underline), len([]rune(title))))
}

func story(w *bufio.Writer, s StoryView) {
	title := "Story: " + s.Label
	if s.ID != "" {
		title += " [" + s.ID + "]"
	}
	heading(w, title, '=')
	for _, d := range s.Docs {
		fmt.Fprintf(w, "- %s\n  %s · %s · %s · %s\n", d.Label(), d.Source, orDash(d.Lang), Count(d.Words, "word", "words"), Count(d.Comments, "comment", "comments"))
	}
	timeline(w, s.Timeline)
	matrix(w, s.Matrix)
	statements(w, s.Statements)
	conflicts(w, s.Conflicts)
}

func timeline(w *bufio.Writer, events []parallax.TimelineEvent) {
	if len(events) == 0 {
		return
	}
	heading(w, "Timeline", '-')
	for _, e := range events {
		line := fmt.Sprintf("  %-10s  %s", e.Date, oneLine(e.Event, 110))
		if Inferred(e) {
			line += " (" + oneLine(e.Basis, 80) + ")"
		}
		fmt.Fprintln(w, line)
	}
}

// Inferred reports whether e's date has a year the text did not give: the
// part of a date a reader may want to check, so its basis is shown.
func Inferred(e parallax.TimelineEvent) bool {
	return strings.HasPrefix(e.Basis, "year from")
}

func matrix(w *bufio.Writer, rows []MatrixRow) {
	if len(rows) == 0 {
		return
	}
	heading(w, "Claim matrix (question × speaker → stance or value, outlets)", '-')
	for _, row := range rows {
		fmt.Fprintf(w, "  %s\n", row.Label)
		for _, c := range row.Cells {
			fmt.Fprintf(w, "    %-28s %-16s %s\n", c.Speaker, strings.Join(c.Asserts(), "/"), strings.Join(c.Outlets, ", "))
		}
	}
}

func statements(w *bufio.Writer, stmts []StatementView) {
	if len(stmts) == 0 {
		return
	}
	heading(w, "Who said what", '-')
	for _, s := range stmts {
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
		if s.Kind == parallax.Belief {
			fmt.Fprint(w, " (belief)")
		}
		if s.Stance != "" {
			fmt.Fprintf(w, " [%s]", s.Stance)
		}
		fmt.Fprintln(w)
	}
}

// conflicts prints a story's conflicts grouped by the question they
// disagree on: first who stands on each side, then each pair with its
// evidence, so many pairs on one question read as one disagreement.
func conflicts(w *bufio.Writer, groups []ConflictGroup) {
	if len(groups) == 0 {
		return
	}
	heading(w, "Conflicts", '-')
	for _, g := range groups {
		label := g.Label
		if label == "" {
			label = "(no common question)"
		}
		fmt.Fprintf(w, "  %s — %s\n", label, Count(len(g.Pairs), "conflicting pair", "conflicting pairs"))
		for _, side := range g.Sides {
			fmt.Fprintf(w, "    %s: %s\n", side.Stance, strings.Join(side.Speakers, ", "))
		}
		for _, p := range g.Pairs {
			fmt.Fprintf(w, "    - %s\n", strings.ToUpper(p.Kind))
			fmt.Fprintf(w, "      %s\n", evidence(p.A))
			fmt.Fprintf(w, "      %s\n", evidence(p.B))
		}
	}
}

// evidence is one side of a conflict on a line: who, when, where it was
// reported, and what was said.
func evidence(s StatementView) string {
	where := s.Outlet
	if s.Date != "" {
		where = s.Date + ", " + where
	}
	return fmt.Sprintf("%s (%s): %s", orDash(s.SpeakerName), where, oneLine(s.Content, 140))
}

func threads(w *bufio.Writer, ts []ThreadView) {
	if len(ts) == 0 {
		return
	}
	heading(w, "Threads", '=')
	for _, t := range ts {
		var labels []string
		for _, s := range t.Stories {
			labels = append(labels, s.Label)
		}
		fmt.Fprintf(w, "- %s: %s\n", t.Label, strings.Join(labels, " → "))
	}
}

func duplicates(w *bufio.Writer, ds []DuplicateView) {
	if len(ds) == 0 {
		return
	}
	heading(w, "Near-duplicates", '=')
	for _, d := range ds {
		fmt.Fprintf(w, "- %s\n    copy of %s\n", d.Copy.Source, d.Original.Source)
	}
}

func entities(w *bufio.Writer, ents []parallax.Entity) {
	if len(ents) == 0 {
		return
	}
	heading(w, "Entities", '=')
	for _, e := range ents {
		line := fmt.Sprintf("- %s [%s] %s", e.Name, e.Type, Count(len(e.Mentions), "mention", "mentions"))
		if len(e.Aliases) > 0 {
			line += "; also: " + strings.Join(e.Aliases, ", ")
		}
		fmt.Fprintln(w, oneLine(line, 160))
	}
}

// oneLine folds white space and cuts s to at most n runes.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// Count writes n with the singular or plural noun.
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
