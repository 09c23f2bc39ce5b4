package http

import (
	"context"
	"fmt"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/report"
)

// snapshot is the stored analysis, read once and arranged for the pages
// and the API; it is replaced whole when a new analysis is stored. Bodies
// are not kept: a document page reads its document from the store.
type snapshot struct {
	a          parallax.Analysis // without its documents: see docs
	report     report.Report
	stories    map[string]*report.StoryView
	threadsOf  map[string][]report.ThreadView // by story id
	docs       map[string]report.DocView
	storyOf    map[string]string // document id → story id
	stmts      map[string]*parallax.Statement
	stmtsOf    map[string][]*parallax.Statement // by document
	stmtsBy    map[string][]*parallax.Statement // by speaker entity id
	conflictOn map[string][]parallax.Conflict   // by the question of their first statement
	mentionsOf map[string][]entityMention       // by document
	entities   map[string]*parallax.Entity
	original   map[string]string   // near-duplicate → the document it copies
	nearCopies map[string][]string // document → its near-duplicates
	questions  map[string]parallax.Question
}

// load reads the stored analysis and a view of each document: documents
// are streamed and their bodies let go, so memory grows with the analysis,
// not with the text.
func load(ctx context.Context, st parallax.Store) (*snapshot, error) {
	a, err := st.Analysis(ctx)
	if err != nil {
		return nil, fmt.Errorf("load analysis: %w", err)
	}
	var docs []report.DocView
	err = st.Documents(ctx, func(d parallax.Document) error {
		docs = append(docs, report.ViewOf(d))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load documents: %w", err)
	}
	s := &snapshot{a: a, report: report.BuildFrom(a, docs)}
	s.index()
	return s, nil
}

func (s *snapshot) index() {
	s.stories = map[string]*report.StoryView{}
	s.threadsOf = s.report.ThreadsByStory()
	s.docs = map[string]report.DocView{}
	s.storyOf = map[string]string{}
	for i := range s.report.Stories {
		sv := &s.report.Stories[i]
		s.stories[sv.ID] = sv
		for _, d := range sv.Docs {
			s.docs[d.ID] = d
			s.storyOf[d.ID] = sv.ID
		}
	}
	s.stmts = map[string]*parallax.Statement{}
	s.stmtsOf = map[string][]*parallax.Statement{}
	s.stmtsBy = map[string][]*parallax.Statement{}
	for i := range s.a.Statements {
		st := &s.a.Statements[i]
		s.stmts[st.ID] = st
		s.stmtsOf[st.Doc] = append(s.stmtsOf[st.Doc], st)
		if st.Speaker != "" {
			s.stmtsBy[st.Speaker] = append(s.stmtsBy[st.Speaker], st)
		}
	}
	s.conflictOn = map[string][]parallax.Conflict{}
	for _, c := range s.a.Conflicts {
		if a := s.stmts[c.A]; a != nil && s.stmts[c.B] != nil {
			s.conflictOn[a.Question] = append(s.conflictOn[a.Question], c)
		}
	}
	s.entities = map[string]*parallax.Entity{}
	s.mentionsOf = map[string][]entityMention{}
	for i := range s.a.Entities {
		e := &s.a.Entities[i]
		s.entities[e.ID] = e
		for _, m := range e.Mentions {
			s.mentionsOf[m.Doc] = append(s.mentionsOf[m.Doc], entityMention{m, e})
		}
	}
	s.original, s.nearCopies = map[string]string{}, map[string][]string{}
	for _, d := range s.a.Duplicates {
		s.original[d.Doc] = d.Representative
		s.nearCopies[d.Representative] = append(s.nearCopies[d.Representative], d.Doc)
	}
	s.questions = map[string]parallax.Question{}
	for _, q := range s.a.Questions {
		s.questions[q.ID] = q
	}
}

// analysed reports whether an analysis has been stored at all.
func (s *snapshot) analysed() bool {
	return len(s.a.Stories) > 0 || len(s.a.Statements) > 0 || len(s.a.Entities) > 0
}

// docView returns the listing of a document, or one naming its id when the
// analysis does not know it.
func (s *snapshot) docView(id string) report.DocView {
	if d, ok := s.docs[id]; ok {
		return d
	}
	return report.DocView{ID: id, Title: id, Where: id}
}

// statementView returns a statement with the outlet that reports it.
func (s *snapshot) statementView(st *parallax.Statement) report.StatementView {
	return report.StatementView{Statement: *st, Outlet: s.docView(st.Doc).Where}
}

// statementsBy returns the statements whose speaker is the entity id, in
// the analysis's order.
func (s *snapshot) statementsBy(id string) []report.StatementView {
	var out []report.StatementView
	for _, st := range s.stmtsBy[id] {
		out = append(out, s.statementView(st))
	}
	return out
}

// conflictsOn returns the conflicts whose first statement answers question.
func (s *snapshot) conflictsOn(question string) []report.ConflictPair {
	var out []report.ConflictPair
	for _, c := range s.conflictOn[question] {
		out = append(out, report.ConflictPair{Kind: c.Kind, Explain: c.Explain, A: s.statementView(s.stmts[c.A]), B: s.statementView(s.stmts[c.B])})
	}
	return out
}

// story returns the story with that id, or an ENotFound error. The
// pseudo-story of the documents in none has no id and is not found.
func (s *snapshot) story(id string) (*report.StoryView, error) {
	if sv, ok := s.stories[id]; ok && id != "" {
		return sv, nil
	}
	return nil, parallax.Errorf(parallax.ENotFound, "no story %q", id)
}

// statement returns the statement with that id, or an ENotFound error.
func (s *snapshot) statement(id string) (*parallax.Statement, error) {
	if st, ok := s.stmts[id]; ok {
		return st, nil
	}
	return nil, parallax.Errorf(parallax.ENotFound, "no statement %q", id)
}

// question returns the question with that id, or an ENotFound error.
func (s *snapshot) question(id string) (parallax.Question, error) {
	if q, ok := s.questions[id]; ok {
		return q, nil
	}
	return parallax.Question{}, parallax.Errorf(parallax.ENotFound, "no question %q", id)
}

// entity returns the entity with that id, or an ENotFound error.
func (s *snapshot) entity(id string) (*parallax.Entity, error) {
	if e, ok := s.entities[id]; ok {
		return e, nil
	}
	return nil, parallax.Errorf(parallax.ENotFound, "no entity %q", id)
}
