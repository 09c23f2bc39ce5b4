package report

import (
	"bufio"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/parallax-news/parallax"
)

// Markdown writes the report of a as Markdown, to paste into a memo or a
// wiki: a summary (the stories most disputed first, the most disputed
// questions, the newest conflicts), then per story a heading, its documents, a timeline table, the claim
// matrix as a table, who said what and the conflicts; then threads,
// near-duplicates and entities.
//
// Every scraped text is written through md, so a page cannot make the
// report show a link, an image, a heading or raw HTML, nor break a table
// row. A document's title links to its URL only when that is an http or
// https URL.
func Markdown(w io.Writer, a parallax.Analysis) error {
	b := bufio.NewWriter(w)
	r := Build(a)
	fmt.Fprintf(b, "# %s\n", r.Summary())
	mdDigest(b, r.Digest(digestLength))
	for _, s := range r.Stories {
		mdStory(b, s)
	}
	mdThreads(b, r.Threads)
	mdDuplicates(b, r.Duplicates)
	mdEntities(b, r.Entities)
	return b.Flush() // bufio keeps the first write error
}

// mdDigest writes the summary at the head of the report.
func mdDigest(w *bufio.Writer, d Digest) {
	if d.Total == 0 {
		return
	}
	fmt.Fprintf(w, "\n## Summary\n\n### %s\n\n| story | id | documents | statements | conflicts | disputed questions | dates |\n|---|---|---|---|---|---|---|\n", d.Title())
	for _, s := range d.Stories {
		fmt.Fprintf(w, "| %s | %s | %d | %d | %d | %d | %s |\n", md(s.Label), md(s.ID), s.Docs, s.Statements, s.Conflicts, s.Disputed, md(s.Dates()))
	}
	if len(d.Disputed) > 0 {
		fmt.Fprint(w, "\n### Most disputed questions\n\n")
		for _, q := range d.Disputed {
			var sides []string
			for _, side := range q.Group.Sides {
				sides = append(sides, md(side.Stance)+": "+md(strings.Join(side.Speakers, ", ")))
			}
			fmt.Fprintf(w, "- %s — %s (story %s); %s\n", md(q.Group.Label), Count(len(q.Group.Pairs), "conflicting pair", "conflicting pairs"),
				md(q.Story), strings.Join(sides, "; "))
		}
	}
	if len(d.Newest) > 0 {
		fmt.Fprint(w, "\n### Newest conflicts\n\n")
		for _, c := range d.Newest {
			fmt.Fprintf(w, "- %s — %s: %s against %s on %s (story %s)\n", md(orDash(c.Date)), md(c.Pair.Kind), md(orDash(c.Pair.A.SpeakerName)),
				md(orDash(c.Pair.B.SpeakerName)), md(c.Question()), md(c.Story))
		}
	}
}

// mdSpecial is the ASCII punctuation that can start Markdown syntax. Beyond
// what builds emphasis, links, images, HTML, headings, lists and table
// cells, it holds & (an entity would show another character), and : and @
// (a bare URL or address becomes a link in renderers that linkify).
const mdSpecial = "\\`*_{}[]()#+-.!|<>~&:@"

// md makes scraped text inert Markdown on one line: white space, newlines
// included, is folded to single spaces, control characters are replaced,
// and every character of mdSpecial is backslash-escaped.
func md(s string) string {
	s = withoutControls(strings.Join(strings.Fields(s), " "))
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 && strings.ContainsRune(mdSpecial, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// linkTarget returns raw as a Markdown link destination, or "" when it is
// not an absolute http or https URL: javascript:, data: and the like never
// become links. Characters that would end the destination or break the
// line are percent-encoded.
func linkTarget(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" || (!strings.EqualFold(u.Scheme, "http") && !strings.EqualFold(u.Scheme, "https")) {
		return ""
	}
	var b strings.Builder
	for _, c := range []byte(u.String()) {
		if c <= ' ' || c >= 0x7f || strings.IndexByte("()<>\\", c) >= 0 {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// mdDoc is a document as a list item: its title, linked when it has a web
// address, then outlet, date, source, language and size.
func mdDoc(d DocView) string {
	title := d.Title
	if title == "" {
		title = d.Source
	}
	item := md(title)
	if target := linkTarget(d.URL); target != "" {
		item = "[" + item + "](" + target + ")"
	}
	var meta []string
	for _, m := range []string{d.Outlet, d.Published} {
		if m != "" {
			meta = append(meta, md(m))
		}
	}
	if len(meta) > 0 {
		item += " (" + strings.Join(meta, ", ") + ")"
	}
	return fmt.Sprintf("%s · %s · %s · %s · %s", item, md(d.Source), md(orDash(d.Lang)), Count(d.Words, "word", "words"), Count(d.Comments, "comment", "comments"))
}

func mdStory(w *bufio.Writer, s StoryView) {
	fmt.Fprintf(w, "\n## Story: %s\n\n", md(s.Label))
	for _, d := range s.Docs {
		fmt.Fprintf(w, "- %s\n", mdDoc(d))
	}
	where := map[string]string{}
	for _, d := range s.Docs {
		where[d.ID] = d.Where
	}
	mdTimeline(w, s.Timeline, where)
	mdMatrix(w, s.Matrix)
	mdStatements(w, s.Statements)
	mdConflicts(w, s.Conflicts)
}

// mdRow writes one table row of cells already made safe by md.
func mdRow(w *bufio.Writer, cells ...string) {
	fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | "))
}

// mdTable writes a table's heading and delimiter rows.
func mdTable(w *bufio.Writer, title string, columns ...string) {
	fmt.Fprintf(w, "\n### %s\n\n", title)
	mdRow(w, columns...)
	rule := make([]string, len(columns))
	for i := range rule {
		rule[i] = "---"
	}
	mdRow(w, rule...)
}

// mdTimeline writes a story's events with the outlets that report them;
// where names a story's documents by outlet.
func mdTimeline(w *bufio.Writer, events []parallax.TimelineEvent, where map[string]string) {
	if len(events) == 0 {
		return
	}
	mdTable(w, "Timeline", "date", "event", "sources")
	for _, e := range events {
		event := md(e.Event)
		if Inferred(e) {
			event += " (" + md(e.Basis) + ")"
		}
		var sources []string
		for _, id := range e.Docs {
			if name, ok := where[id]; ok {
				sources = append(sources, md(name))
			}
		}
		mdRow(w, md(e.Date), event, strings.Join(sources, ", "))
	}
}

// mdMatrix writes the claim matrix, the question named on its first row
// only so each question reads as one block.
func mdMatrix(w *bufio.Writer, rows []MatrixRow) {
	if len(rows) == 0 {
		return
	}
	mdTable(w, "Claim matrix", "question", "speaker", "stance or value", "outlets")
	for _, row := range rows {
		for i, c := range row.Cells {
			question := ""
			if i == 0 {
				question = md(row.Label)
				if row.Disputed {
					question += " (disputed)"
				}
			}
			mdRow(w, question, md(orDash(c.Speaker)), mdJoin(c.Asserts(), "/"), mdJoin(c.Outlets, ", "))
		}
	}
}

// mdJoin escapes each of list and joins them with sep.
func mdJoin(list []string, sep string) string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = md(s)
	}
	return strings.Join(out, sep)
}

func mdStatements(w *bufio.Writer, stmts []StatementView) {
	if len(stmts) == 0 {
		return
	}
	fmt.Fprint(w, "\n### Who said what\n\n")
	for _, s := range stmts {
		fmt.Fprintf(w, "- **%s**", md(orDash(s.SpeakerName)))
		if s.Cue != "" {
			fmt.Fprintf(w, " (%s", md(s.Cue))
			if s.Venue != "" {
				fmt.Fprintf(w, ", %s", md(s.Venue))
			}
			fmt.Fprint(w, ")")
		}
		if s.Date != "" {
			fmt.Fprintf(w, " on %s", md(s.Date))
		}
		content := md(s.Content)
		if s.Direct {
			content = "“" + content + "”"
		}
		fmt.Fprintf(w, ": %s", content)
		if s.Kind == parallax.Belief {
			fmt.Fprint(w, " (belief)")
		}
		if s.Stance != "" {
			fmt.Fprintf(w, " (%s)", md(s.Stance))
		}
		fmt.Fprintln(w)
	}
}

// mdConflicts writes a story's conflicts grouped by question: who stands
// on each side, then each pair with its evidence.
func mdConflicts(w *bufio.Writer, groups []ConflictGroup) {
	if len(groups) == 0 {
		return
	}
	fmt.Fprint(w, "\n### Conflicts\n")
	for _, g := range groups {
		label := "(no common question)"
		if g.Label != "" {
			label = md(g.Label)
		}
		fmt.Fprintf(w, "\n#### %s — %s\n\n", label, Count(len(g.Pairs), "conflicting pair", "conflicting pairs"))
		for _, side := range g.Sides {
			fmt.Fprintf(w, "- %s: %s\n", md(side.Stance), mdJoin(side.Speakers, ", "))
		}
		fmt.Fprintln(w)
		for _, p := range g.Pairs {
			fmt.Fprintf(w, "- **%s**", md(p.Kind))
			if p.Explain != "" {
				fmt.Fprintf(w, ": %s", md(p.Explain))
			}
			fmt.Fprintf(w, "\n  - %s\n  - %s\n", mdEvidence(p.A), mdEvidence(p.B))
		}
	}
}

// mdEvidence is one side of a conflict: who, when, where it was reported,
// and what was said.
func mdEvidence(s StatementView) string {
	where := md(s.Outlet)
	if s.Date != "" {
		where = md(s.Date) + ", " + where
	}
	return fmt.Sprintf("**%s** (%s): %s", md(orDash(s.SpeakerName)), where, md(s.Content))
}

func mdThreads(w *bufio.Writer, ts []ThreadView) {
	if len(ts) == 0 {
		return
	}
	fmt.Fprint(w, "\n## Threads\n\n")
	for _, t := range ts {
		var labels []string
		for _, s := range t.Stories {
			labels = append(labels, md(s.Label))
		}
		fmt.Fprintf(w, "- %s: %s\n", md(t.Label), strings.Join(labels, " → "))
	}
}

func mdDuplicates(w *bufio.Writer, ds []DuplicateView) {
	if len(ds) == 0 {
		return
	}
	fmt.Fprint(w, "\n## Near-duplicates\n\n")
	for _, d := range ds {
		fmt.Fprintf(w, "- %s, copy of %s\n", md(d.Copy.Source), md(d.Original.Source))
	}
}

func mdEntities(w *bufio.Writer, ents []parallax.Entity) {
	if len(ents) == 0 {
		return
	}
	fmt.Fprint(w, "\n## Entities\n\n")
	for _, e := range ents {
		fmt.Fprintf(w, "- %s (%s), %s", md(e.Name), md(e.Type), Count(len(e.Mentions), "mention", "mentions"))
		if len(e.Aliases) > 0 {
			fmt.Fprintf(w, "; also: %s", mdJoin(e.Aliases, ", "))
		}
		fmt.Fprintln(w)
	}
}
