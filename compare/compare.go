// Package compare groups statements that answer the same question, gives
// each a stance, and flags contradictions, reversals and refutations.
//
// Each statement is normalised into a frame: the countries it is about,
// first one first (from a lexicon in data/, or the shape of a name such as
// "Kardonian"); its main predicate, the event or state it asserts, as a
// class of data/predicates.txt with the sign it takes towards its group's
// proposition once negation is counted in its clause ("no soldier
// remains" and "all units have left" both deny that forces are present),
// and the country that predicate is said of ("Kardonian artillery
// shelled", "shelled by Kardonian guns", "Turkey's participation"); the
// concepts it names, through a synonym lexicon; its other content words,
// less those that only say when. A question is a proposition: statements
// answer one question when their predicates are of one group, said of one
// country, and their frames overlap enough in what happens, so statements
// that merely share a place and an actor stay apart. A
// statement's stance is its sign towards the proposition. Within a
// question, opposite stances of different speakers at one time contradict
// each other, or refute when the later one's cue, or the sentence before
// it, rejects; opposite stances of one speaker at different dates are a
// reversal. Opinions and calls never conflict with facts.
package compare

import (
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
	return InStorylines(stmts, docs, nil)
}

// InStorylines is Compare with the documents' storylines: lines gives a
// key per document id (its thread, or its story when it is in no thread),
// and two statements answer one question only when their documents share
// a storyline. A ceasefire that holds in one conflict says nothing of a
// ceasefire in another. A document lines does not name is in a storyline
// of the empty key, shared by all such documents.
func InStorylines(stmts []parallax.Statement, docs map[string]parallax.Document, lines map[string]string) Result {
	return Run(Input{Statements: stmts, Docs: docs, Lines: lines})
}

// Input is what Run compares.
type Input struct {
	Statements []parallax.Statement
	Docs       map[string]parallax.Document // by id, for dates and outlets
	// Lines keys each document id by its storyline, as for InStorylines.
	Lines map[string]string
	// Stories keys each document id by its story; figures are compared
	// only within a story.
	Stories map[string]string
	// Entities, with their mentions, let statements that name one entity
	// in different words ("Sudan", "the Sudanese government") align.
	Entities []parallax.Entity
}

// Run groups the statements by question and finds the conflicts among
// them, within storylines.
func Run(in Input) Result {
	stmts, docs, lines := in.Statements, in.Docs, in.Lines
	out := Result{Statements: append([]parallax.Statement(nil), stmts...)}
	g := grouper{postings: map[string][]int{}}
	all := make([]*stmt, len(out.Statements))
	for i := range out.Statements {
		s := &out.Statements[i]
		f := newFrame(*s)
		g.frames = append(g.frames, f)
		all[i] = newStmt(s, i, docs[s.Doc])
		g.add(i, f, lines[s.Doc])
	}
	lineOf := make([]string, len(all))
	for i := range all {
		all[i].f = &g.frames[i]
		lineOf[i] = lines[out.Statements[i].Doc]
	}
	var cands []candidate
	for _, members := range g.questions {
		group := make([]*stmt, len(members))
		for k, m := range members {
			out.Statements[m].Stance = stance(out.Statements[m], &g.frames[m])
			group[k] = all[m]
		}
		cands = append(cands, conflicts(group)...)
	}
	al := newAligner(all, lineOf, mentionsByDoc(in.Entities), in.Stories)
	for i := range all {
		cands = append(cands, al.candidates(i)...)
	}
	for k, c := range cands {
		if all[c.a].s.Doc == all[c.b].s.Doc {
			cands[k].score += sameDocBonus
		}
	}
	kept := choose(cands)
	for _, c := range kept {
		out.Conflicts = append(out.Conflicts, c.c)
	}
	out.Questions = questions(out.Statements, g.questions, kept, al.claims)
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
