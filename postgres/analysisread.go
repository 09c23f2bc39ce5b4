package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax"
)

// Analysis returns the derived facts last stored by PutAnalysis, each list
// in the order it was stored, read in one snapshot. Documents is left empty:
// Documents streams them. Lists with nothing stored are empty, not nil.
func (s *Store) Analysis(ctx context.Context) (parallax.Analysis, error) {
	a := parallax.Analysis{
		Documents: []parallax.Document{}, Entities: []parallax.Entity{}, Statements: []parallax.Statement{},
		Questions: []parallax.Question{}, Conflicts: []parallax.Conflict{}, Duplicates: []parallax.Duplicate{},
		Stories: []parallax.Story{}, Threads: []parallax.Thread{}, Timeline: []parallax.TimelineEvent{},
	}
	snapshot := pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}
	err := pgx.BeginTxFunc(ctx, s.pool, snapshot, func(tx pgx.Tx) error {
		for _, get := range []func(context.Context, pgx.Tx, *parallax.Analysis) error{
			getEntities, getStatements, getQuestions, getConflicts, getDuplicates, getStories, getThreads, getTimeline,
		} {
			if err := get(ctx, tx, &a); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return parallax.Analysis{}, fmt.Errorf("get analysis: %w", err)
	}
	return a, nil
}

// queryEach runs query and calls scan for each row.
func queryEach(ctx context.Context, tx pgx.Tx, what, query string, scan func(pgx.Rows) error) error {
	rows, err := tx.Query(ctx, query)
	if err != nil {
		return fmt.Errorf("read %s: %w", what, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return fmt.Errorf("read %s: %w", what, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read %s: %w", what, err)
	}
	return nil
}

func getEntities(ctx context.Context, tx pgx.Tx, a *parallax.Analysis) error {
	index := map[string]int{}
	err := queryEach(ctx, tx, "entities", `SELECT id, type, name, aliases FROM entities ORDER BY pos`, func(r pgx.Rows) error {
		var e parallax.Entity
		if err := r.Scan(&e.ID, &e.Type, &e.Name, &e.Aliases); err != nil {
			return err
		}
		index[e.ID] = len(a.Entities)
		a.Entities = append(a.Entities, e)
		return nil
	})
	if err != nil {
		return err
	}
	return queryEach(ctx, tx, "mentions", `SELECT m.entity, m.doc, m.rune_start, m.rune_end, m.text
		FROM mentions m JOIN entities e ON e.id = m.entity ORDER BY e.pos, m.pos`, func(r pgx.Rows) error {
		var id string
		var m parallax.Mention
		if err := r.Scan(&id, &m.Doc, &m.Start, &m.End, &m.Text); err != nil {
			return err
		}
		e := &a.Entities[index[id]]
		e.Mentions = append(e.Mentions, m)
		return nil
	})
}

func getStatements(ctx context.Context, tx pgx.Tx, a *parallax.Analysis) error {
	return queryEach(ctx, tx, "statements", `SELECT id, doc, speaker, speaker_name, speaker_for, speaker_mention,
		cue, date, venue, direct, content, rune_start, rune_end, question, stance FROM statements ORDER BY pos`,
		func(r pgx.Rows) error {
			var s parallax.Statement
			err := r.Scan(&s.ID, &s.Doc, &s.Speaker, &s.SpeakerName, &s.SpeakerFor, &s.SpeakerMention,
				&s.Cue, &s.Date, &s.Venue, &s.Direct, &s.Content, &s.Start, &s.End, &s.Question, &s.Stance)
			a.Statements = append(a.Statements, s)
			return err
		})
}

func getQuestions(ctx context.Context, tx pgx.Tx, a *parallax.Analysis) error {
	return queryEach(ctx, tx, "questions", `SELECT id, label, statements FROM questions ORDER BY pos`, func(r pgx.Rows) error {
		var q parallax.Question
		err := r.Scan(&q.ID, &q.Label, &q.Statements)
		a.Questions = append(a.Questions, q)
		return err
	})
}

func getConflicts(ctx context.Context, tx pgx.Tx, a *parallax.Analysis) error {
	return queryEach(ctx, tx, "conflicts", `SELECT a, b, kind, explanation FROM conflicts ORDER BY pos`, func(r pgx.Rows) error {
		var c parallax.Conflict
		err := r.Scan(&c.A, &c.B, &c.Kind, &c.Explain)
		a.Conflicts = append(a.Conflicts, c)
		return err
	})
}

func getDuplicates(ctx context.Context, tx pgx.Tx, a *parallax.Analysis) error {
	return queryEach(ctx, tx, "duplicates", `SELECT doc, representative FROM duplicates ORDER BY pos`, func(r pgx.Rows) error {
		var d parallax.Duplicate
		err := r.Scan(&d.Doc, &d.Representative)
		a.Duplicates = append(a.Duplicates, d)
		return err
	})
}

func getStories(ctx context.Context, tx pgx.Tx, a *parallax.Analysis) error {
	return queryEach(ctx, tx, "stories", `SELECT id, label, docs FROM stories ORDER BY pos`, func(r pgx.Rows) error {
		var s parallax.Story
		err := r.Scan(&s.ID, &s.Label, &s.Docs)
		a.Stories = append(a.Stories, s)
		return err
	})
}

func getThreads(ctx context.Context, tx pgx.Tx, a *parallax.Analysis) error {
	return queryEach(ctx, tx, "threads", `SELECT id, label, stories FROM threads ORDER BY pos`, func(r pgx.Rows) error {
		var t parallax.Thread
		err := r.Scan(&t.ID, &t.Label, &t.Stories)
		a.Threads = append(a.Threads, t)
		return err
	})
}

func getTimeline(ctx context.Context, tx pgx.Tx, a *parallax.Analysis) error {
	return queryEach(ctx, tx, "timeline", `SELECT date, event, basis, docs, statements FROM timeline ORDER BY pos`, func(r pgx.Rows) error {
		var e parallax.TimelineEvent
		err := r.Scan(&e.Date, &e.Event, &e.Basis, &e.Docs, &e.Statements)
		a.Timeline = append(a.Timeline, e)
		return err
	})
}
