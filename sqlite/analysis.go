package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/parallax-news/parallax"
)

// analysisTables are the tables PutAnalysis replaces, children first so the
// deletes respect the foreign keys.
var analysisTables = []string{"mentions", "entities", "statements", "questions", "conflicts", "duplicates", "stories", "threads", "timeline"}

// PutAnalysis replaces the stored derived facts with a, in one transaction:
// a reader sees the old analysis or the new one, never a mixture. The
// documents in a are not written; PutDocument stores documents.
func (s *Store) PutAnalysis(ctx context.Context, a parallax.Analysis) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("put analysis: %w", err)
	}
	defer tx.Rollback()
	for _, t := range analysisTables {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t); err != nil {
			return fmt.Errorf("put analysis: clear %s: %w", t, err)
		}
	}
	for _, put := range []func(context.Context, *sql.Tx, parallax.Analysis) error{
		putEntities, putStatements, putQuestions, putConflicts, putDuplicates, putStories, putThreads, putTimeline,
	} {
		if err := put(ctx, tx, a); err != nil {
			return fmt.Errorf("put analysis: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("put analysis: %w", err)
	}
	return nil
}

// insertAll prepares query once and runs it with args(i) for i in [0, n).
func insertAll(ctx context.Context, tx *sql.Tx, what, query string, n int, args func(i int) ([]any, error)) error {
	if n == 0 {
		return nil
	}
	st, err := tx.PrepareContext(ctx, query)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	defer st.Close()
	for i := range n {
		a, err := args(i)
		if err != nil {
			return fmt.Errorf("%s #%d: %w", what, i, err)
		}
		if _, err := st.ExecContext(ctx, a...); err != nil {
			return fmt.Errorf("%s #%d: %w", what, i, err)
		}
	}
	return nil
}

// jsonText encodes a list for a JSON column.
func jsonText(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}

func putEntities(ctx context.Context, tx *sql.Tx, a parallax.Analysis) error {
	err := insertAll(ctx, tx, "entity", `INSERT INTO entities (id, pos, type, name, aliases) VALUES (?, ?, ?, ?, ?)`,
		len(a.Entities), func(i int) ([]any, error) {
			e := a.Entities[i]
			aliases, err := jsonText(e.Aliases)
			return []any{e.ID, i, e.Type, e.Name, aliases}, err
		})
	if err != nil {
		return err
	}
	type ref struct {
		entity string
		pos    int
		m      parallax.Mention
	}
	var ms []ref
	for _, e := range a.Entities {
		for j, m := range e.Mentions {
			ms = append(ms, ref{e.ID, j, m})
		}
	}
	return insertAll(ctx, tx, "mention", `INSERT INTO mentions (entity, pos, doc, rune_start, rune_end, text) VALUES (?, ?, ?, ?, ?, ?)`,
		len(ms), func(i int) ([]any, error) {
			r := ms[i]
			return []any{r.entity, r.pos, r.m.Doc, r.m.Start, r.m.End, r.m.Text}, nil
		})
}

func putStatements(ctx context.Context, tx *sql.Tx, a parallax.Analysis) error {
	return insertAll(ctx, tx, "statement", `INSERT INTO statements (id, pos, doc, speaker, speaker_name, speaker_for,
		speaker_mention, cue, date, venue, direct, content, rune_start, rune_end, question, stance)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		len(a.Statements), func(i int) ([]any, error) {
			s := a.Statements[i]
			return []any{s.ID, i, s.Doc, s.Speaker, s.SpeakerName, s.SpeakerFor, s.SpeakerMention, s.Cue,
				s.Date, s.Venue, s.Direct, s.Content, s.Start, s.End, s.Question, s.Stance}, nil
		})
}

func putQuestions(ctx context.Context, tx *sql.Tx, a parallax.Analysis) error {
	return insertAll(ctx, tx, "question", `INSERT INTO questions (id, pos, label, statements) VALUES (?, ?, ?, ?)`,
		len(a.Questions), func(i int) ([]any, error) {
			q := a.Questions[i]
			stmts, err := jsonText(q.Statements)
			return []any{q.ID, i, q.Label, stmts}, err
		})
}

func putConflicts(ctx context.Context, tx *sql.Tx, a parallax.Analysis) error {
	return insertAll(ctx, tx, "conflict", `INSERT INTO conflicts (pos, a, b, kind, explanation) VALUES (?, ?, ?, ?, ?)`,
		len(a.Conflicts), func(i int) ([]any, error) {
			c := a.Conflicts[i]
			return []any{i, c.A, c.B, c.Kind, c.Explain}, nil
		})
}

func putDuplicates(ctx context.Context, tx *sql.Tx, a parallax.Analysis) error {
	return insertAll(ctx, tx, "duplicate", `INSERT INTO duplicates (pos, doc, representative) VALUES (?, ?, ?)`,
		len(a.Duplicates), func(i int) ([]any, error) {
			d := a.Duplicates[i]
			return []any{i, d.Doc, d.Representative}, nil
		})
}

func putStories(ctx context.Context, tx *sql.Tx, a parallax.Analysis) error {
	return insertAll(ctx, tx, "story", `INSERT INTO stories (id, pos, label, docs) VALUES (?, ?, ?, ?)`,
		len(a.Stories), func(i int) ([]any, error) {
			s := a.Stories[i]
			docs, err := jsonText(s.Docs)
			return []any{s.ID, i, s.Label, docs}, err
		})
}

func putThreads(ctx context.Context, tx *sql.Tx, a parallax.Analysis) error {
	return insertAll(ctx, tx, "thread", `INSERT INTO threads (id, pos, label, stories) VALUES (?, ?, ?, ?)`,
		len(a.Threads), func(i int) ([]any, error) {
			t := a.Threads[i]
			stories, err := jsonText(t.Stories)
			return []any{t.ID, i, t.Label, stories}, err
		})
}

func putTimeline(ctx context.Context, tx *sql.Tx, a parallax.Analysis) error {
	return insertAll(ctx, tx, "timeline event", `INSERT INTO timeline (pos, date, event, basis, docs, statements) VALUES (?, ?, ?, ?, ?, ?)`,
		len(a.Timeline), func(i int) ([]any, error) {
			e := a.Timeline[i]
			docs, err := jsonText(e.Docs)
			if err != nil {
				return nil, err
			}
			stmts, err := jsonText(e.Statements)
			return []any{i, e.Date, e.Event, e.Basis, docs, stmts}, err
		})
}
