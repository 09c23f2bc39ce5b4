package postgres

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax"
)

// analysisTables are the tables PutAnalysis replaces, children first so the
// deletes respect the foreign keys.
var analysisTables = []string{"mentions", "entities", "statements", "questions", "conflicts", "duplicates", "stories", "threads", "timeline"}

// PutAnalysis replaces the stored derived facts with a, in one transaction:
// a reader sees the old analysis or the new one, never a mixture. Rows are
// written with COPY, one round trip a table. The documents in a are not
// written; PutDocument stores documents.
func (s *Store) PutAnalysis(ctx context.Context, a parallax.Analysis) error {
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		// DELETE rather than TRUNCATE: TRUNCATE would lock readers out
		// until the commit, where DELETE lets them read the old analysis.
		for _, t := range analysisTables {
			if _, err := tx.Exec(ctx, `DELETE FROM `+t); err != nil {
				return fmt.Errorf("clear %s: %w", t, err)
			}
		}
		for _, t := range analysisRows(a) {
			if len(t.rows) == 0 {
				continue
			}
			if _, err := tx.CopyFrom(ctx, pgx.Identifier{t.table}, t.columns, pgx.CopyFromRows(t.rows)); err != nil {
				return fmt.Errorf("write %s: %w", t.table, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("put analysis: %w", err)
	}
	return nil
}

// tableRows is what PutAnalysis copies into one table.
type tableRows struct {
	table   string
	columns []string
	rows    [][]any
}

// analysisRows lays a out as the rows of each table, parents before
// children.
func analysisRows(a parallax.Analysis) []tableRows {
	entities := tableRows{table: "entities", columns: []string{"id", "pos", "type", "name", "aliases"}}
	mentions := tableRows{table: "mentions", columns: []string{"entity", "pos", "doc", "rune_start", "rune_end", "text"}}
	for i, e := range a.Entities {
		entities.rows = append(entities.rows, []any{e.ID, i, e.Type, e.Name, jsonValue(e.Aliases)})
		for j, m := range e.Mentions {
			mentions.rows = append(mentions.rows, []any{e.ID, j, m.Doc, m.Start, m.End, m.Text})
		}
	}
	statements := tableRows{table: "statements", columns: []string{"id", "pos", "doc", "speaker", "speaker_name", "speaker_for",
		"speaker_mention", "cue", "date", "venue", "direct", "content", "rune_start", "rune_end", "question", "stance"}}
	for i, s := range a.Statements {
		statements.rows = append(statements.rows, []any{s.ID, i, s.Doc, s.Speaker, s.SpeakerName, s.SpeakerFor,
			s.SpeakerMention, s.Cue, s.Date, s.Venue, s.Direct, s.Content, s.Start, s.End, s.Question, s.Stance})
	}
	questions := tableRows{table: "questions", columns: []string{"id", "pos", "label", "statements"}}
	for i, q := range a.Questions {
		questions.rows = append(questions.rows, []any{q.ID, i, q.Label, jsonValue(q.Statements)})
	}
	conflicts := tableRows{table: "conflicts", columns: []string{"pos", "a", "b", "kind", "explanation"}}
	for i, c := range a.Conflicts {
		conflicts.rows = append(conflicts.rows, []any{i, c.A, c.B, c.Kind, c.Explain})
	}
	duplicates := tableRows{table: "duplicates", columns: []string{"pos", "doc", "representative"}}
	for i, d := range a.Duplicates {
		duplicates.rows = append(duplicates.rows, []any{i, d.Doc, d.Representative})
	}
	stories := tableRows{table: "stories", columns: []string{"id", "pos", "label", "docs"}}
	for i, s := range a.Stories {
		stories.rows = append(stories.rows, []any{s.ID, i, s.Label, jsonValue(s.Docs)})
	}
	threads := tableRows{table: "threads", columns: []string{"id", "pos", "label", "stories"}}
	for i, t := range a.Threads {
		threads.rows = append(threads.rows, []any{t.ID, i, t.Label, jsonValue(t.Stories)})
	}
	timeline := tableRows{table: "timeline", columns: []string{"pos", "date", "event", "basis", "docs", "statements"}}
	for i, e := range a.Timeline {
		timeline.rows = append(timeline.rows, []any{i, e.Date, e.Event, e.Basis, jsonValue(e.Docs), jsonValue(e.Statements)})
	}
	return []tableRows{entities, mentions, statements, questions, conflicts, duplicates, stories, threads, timeline}
}

// jsonValue encodes a list of strings for a jsonb column: a nil list as
// JSON null, so that it reads back nil. Encoding a []string cannot fail.
func jsonValue(list []string) json.RawMessage {
	b, _ := json.Marshal(list)
	return b
}
