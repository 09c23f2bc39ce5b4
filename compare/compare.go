// Package compare groups statements that answer the same question, gives
// each a stance, and flags contradictions, reversals and refutations.
//
// Each statement is normalised into a frame (the countries it is about,
// first one first; the concepts of what happens, through a synonym lexicon
// in data/; its other content words). Statements whose frames overlap
// enough answer one question. Within a question, opposite stances of
// different speakers at one time contradict each other, or refute when the
// later one's cue rejects; opposite stances of one speaker at different
// dates are a reversal. Opinions and calls never conflict with facts.
package compare

import (
	"strconv"
	"time"

	"github.com/parallax-news/parallax"
)

// Result is what Compare derives.
type Result struct {
	Statements []parallax.Statement // the input, with Question and Stance set
	Questions  []parallax.Question
	Conflicts  []parallax.Conflict
}

// Compare groups stmts by question and finds the conflicts among them. docs
// gives each statement's document (for dates and outlets) by id.
func Compare(stmts []parallax.Statement, docs map[string]parallax.Document) Result {
	out := Result{Statements: append([]parallax.Statement(nil), stmts...)}
	g := grouper{postings: map[string][]int{}}
	all := make([]*stmt, len(out.Statements))
	for i := range out.Statements {
		s := &out.Statements[i]
		f := newFrame(*s)
		g.frames = append(g.frames, f)
		all[i] = &stmt{s: s, pos: i, doc: docs[s.Doc], factual: !isOpinionOrCall(*s)}
		all[i].day = day(s.Date, all[i].doc.Published)
		g.add(i, f)
	}
	for i := range all {
		all[i].f = &g.frames[i]
	}
	for q, members := range g.questions {
		id := "q" + strconv.Itoa(q+1)
		orient, verb := orientation(g.frames, members)
		question := parallax.Question{ID: id, Label: label(g.frames, members, verb)}
		group := make([]*stmt, len(members))
		for k, m := range members {
			out.Statements[m].Stance = stance(out.Statements[m], &g.frames[m], orient)
			out.Statements[m].Question = id
			question.Statements = append(question.Statements, out.Statements[m].ID)
			group[k] = all[m]
		}
		out.Questions = append(out.Questions, question)
		out.Conflicts = append(out.Conflicts, conflicts(group)...)
	}
	return out
}

// day returns the statement's date, else its document's, else zero.
func day(stmtDate, published string) time.Time {
	for _, s := range []string{stmtDate, published} {
		if len(s) >= 10 {
			if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
				return t
			}
		}
	}
	return time.Time{}
}
