// Package report renders an analysis for people: a plain-text report for the
// terminal.
package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/parallax-news/parallax"
)

// Text writes a readable report of a: documents, stories with their
// timelines and claim matrices, who said what, and the conflicts.
func Text(w io.Writer, a parallax.Analysis) error {
	b := bufio.NewWriter(w)
	r := textReport{w: b, a: a, docs: map[string]parallax.Document{}, stmts: map[string]parallax.Statement{}}
	for _, d := range a.Documents {
		r.docs[d.ID] = d
	}
	for _, s := range a.Statements {
		r.stmts[s.ID] = s
	}
	r.documents()
	r.stories()
	r.timeline()
	r.statements()
	r.conflicts()
	return b.Flush()
}

type textReport struct {
	w     *bufio.Writer
	a     parallax.Analysis
	docs  map[string]parallax.Document
	stmts map[string]parallax.Statement
}

func (r *textReport) heading(title string, n int) {
	fmt.Fprintf(r.w, "\n%s (%d)\n%s\n", title, n, strings.Repeat("=", len(title)+len(fmt.Sprint(n))+3))
}

func (r *textReport) docLabel(id string) string {
	d, ok := r.docs[id]
	if !ok {
		return id
	}
	label := d.Title
	if label == "" {
		label = d.Source
	}
	if d.Outlet != "" {
		label += " — " + d.Outlet
	}
	if d.Published != "" {
		label += " (" + d.Published + ")"
	}
	return label
}

func (r *textReport) documents() {
	r.heading("Documents", len(r.a.Documents))
	for _, d := range r.a.Documents {
		fmt.Fprintf(r.w, "- %s\n  %s · %s · %d words · %d comments\n", r.docLabel(d.ID), d.Source, orDash(d.Lang),
			len(strings.Fields(d.Body)), len(d.Comments))
	}
}

func (r *textReport) stories() {
	r.heading("Stories", len(r.a.Stories))
	for _, s := range r.a.Stories {
		fmt.Fprintf(r.w, "- %s\n", s.Label)
		for _, id := range s.Docs {
			fmt.Fprintf(r.w, "    %s\n", r.docLabel(id))
		}
	}
	if len(r.a.Threads) > 0 {
		r.heading("Threads", len(r.a.Threads))
		for _, t := range r.a.Threads {
			fmt.Fprintf(r.w, "- %s: %d stories\n", t.Label, len(t.Stories))
		}
	}
}

func (r *textReport) timeline() {
	r.heading("Timeline", len(r.a.Timeline))
	for _, e := range r.a.Timeline {
		fmt.Fprintf(r.w, "%-10s  %s\n", e.Date, e.Event)
	}
}

func (r *textReport) statements() {
	r.heading("Who said what", len(r.a.Statements))
	for _, s := range r.a.Statements {
		fmt.Fprintf(r.w, "- %s", s.SpeakerName)
		if s.Cue != "" {
			fmt.Fprintf(r.w, " (%s)", s.Cue)
		}
		if s.Date != "" {
			fmt.Fprintf(r.w, " on %s", s.Date)
		}
		if s.Venue != "" {
			fmt.Fprintf(r.w, " to %s", s.Venue)
		}
		q := ""
		if s.Direct {
			q = "“"
		}
		fmt.Fprintf(r.w, ": %s%s%s\n", q, s.Content, strings.ReplaceAll(q, "“", "”"))
		if s.Stance != "" {
			fmt.Fprintf(r.w, "    [%s] %s\n", s.Stance, r.docLabel(s.Doc))
		}
	}
}

func (r *textReport) conflicts() {
	r.heading("Conflicts", len(r.a.Conflicts))
	for _, c := range r.a.Conflicts {
		a, b := r.stmts[c.A], r.stmts[c.B]
		fmt.Fprintf(r.w, "- %s: %s\n    %s: %s\n    %s: %s\n", c.Kind, c.Explain,
			a.SpeakerName, a.Content, b.SpeakerName, b.Content)
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
