// Package compare groups statements that answer the same question, gives
// each a stance, and flags contradictions, reversals and refutations.
package compare

import "github.com/parallax-news/parallax"

// Result is what Compare derives.
type Result struct {
	Statements []parallax.Statement // the input, with Question and Stance set
	Questions  []parallax.Question
	Conflicts  []parallax.Conflict
}

// Compare groups stmts by question and finds the conflicts among them. docs
// gives each statement's document (for dates and outlets) by id.
func Compare(stmts []parallax.Statement, docs map[string]parallax.Document) Result {
	return Result{Statements: stmts}
}
