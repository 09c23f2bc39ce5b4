package storeutil

import (
	"encoding/json"
	"fmt"

	"github.com/parallax-news/parallax"
)

// ReadAnalysis reads back the analysis a store wrote as Tables lays it out,
// each list in the order it was written, running its queries with query,
// which a store runs in one snapshot. Documents is left empty: a store
// streams them. Lists with nothing stored are empty, not nil.
func ReadAnalysis(query QueryFunc) (parallax.Analysis, error) {
	a := parallax.Analysis{
		Documents: []parallax.Document{}, Entities: []parallax.Entity{}, Statements: []parallax.Statement{},
		Questions: []parallax.Question{}, Conflicts: []parallax.Conflict{}, Duplicates: []parallax.Duplicate{},
		Stories: []parallax.Story{}, Threads: []parallax.Thread{}, Timeline: []parallax.TimelineEvent{},
	}
	var index map[string]int // entity id → its place in a.Entities, once they are read
	mention := func(r Row) error {
		if index == nil {
			index = make(map[string]int, len(a.Entities))
			for i, e := range a.Entities {
				index[e.ID] = i
			}
		}
		var id string
		var m parallax.Mention
		if err := r.Scan(&id, &m.Doc, &m.Start, &m.End, &m.Text); err != nil {
			return err
		}
		e := &a.Entities[index[id]]
		e.Mentions = append(e.Mentions, m)
		return nil
	}
	for _, t := range []struct {
		what, query string
		scan        func(Row) error
	}{
		{"entities", `SELECT id, type, name, aliases FROM entities ORDER BY pos`, into(&a.Entities, func(e *parallax.Entity) []any {
			return []any{&e.ID, &e.Type, &e.Name, jsonList{&e.Aliases}}
		})},
		{"mentions", `SELECT m.entity, m.doc, m.rune_start, m.rune_end, m.text
			FROM mentions m JOIN entities e ON e.id = m.entity ORDER BY e.pos, m.pos`, mention},
		{"statements", `SELECT s.id, s.doc, s.speaker, s.speaker_name, s.speaker_for, s.speaker_mention, s.cue,
			s.date, s.venue, s.direct, s.kind, s.content, s.rune_start, s.rune_end, s.question, s.stance
			FROM statement_runs r JOIN statements s ON s.doc = r.doc AND s.pos >= r.first AND s.pos < r.first + r.n
			ORDER BY r.pos, s.pos`,
			into(&a.Statements, func(s *parallax.Statement) []any {
				return []any{&s.ID, &s.Doc, &s.Speaker, &s.SpeakerName, &s.SpeakerFor, &s.SpeakerMention,
					&s.Cue, &s.Date, &s.Venue, &s.Direct, &s.Kind, &s.Content, &s.Start, &s.End, &s.Question, &s.Stance}
			})},
		{"questions", `SELECT id, label, statements FROM questions ORDER BY pos`, into(&a.Questions, func(q *parallax.Question) []any {
			return []any{&q.ID, &q.Label, jsonList{&q.Statements}}
		})},
		{"conflicts", `SELECT a, b, kind, explanation FROM conflicts ORDER BY pos`, into(&a.Conflicts, func(c *parallax.Conflict) []any {
			return []any{&c.A, &c.B, &c.Kind, &c.Explain}
		})},
		{"duplicates", `SELECT doc, representative FROM duplicates ORDER BY pos`, into(&a.Duplicates, func(d *parallax.Duplicate) []any {
			return []any{&d.Doc, &d.Representative}
		})},
		{"stories", `SELECT id, label, docs FROM stories ORDER BY pos`, into(&a.Stories, func(s *parallax.Story) []any {
			return []any{&s.ID, &s.Label, jsonList{&s.Docs}}
		})},
		{"threads", `SELECT id, label, stories FROM threads ORDER BY pos`, into(&a.Threads, func(t *parallax.Thread) []any {
			return []any{&t.ID, &t.Label, jsonList{&t.Stories}}
		})},
		{"timeline", `SELECT date, event, basis, docs, statements FROM timeline ORDER BY pos`, into(&a.Timeline, func(e *parallax.TimelineEvent) []any {
			return []any{&e.Date, &e.Event, &e.Basis, jsonList{&e.Docs}, jsonList{&e.Statements}}
		})},
	} {
		if err := query(t.query, nil, t.scan); err != nil {
			return parallax.Analysis{}, fmt.Errorf("read %s: %w", t.what, err)
		}
	}
	return a, nil
}

// into returns a function that scans a row into a new item of *list, into
// the destinations fields gives for the item, and appends the item.
func into[T any](list *[]T, fields func(*T) []any) func(Row) error {
	return func(r Row) error {
		var v T
		if err := r.Scan(fields(&v)...); err != nil {
			return err
		}
		*list = append(*list, v)
		return nil
	}
}

// jsonList is a scan destination that decodes a list of ids from a JSON
// column. Both drivers hand such a column over as its text: database/sql
// as a string, pgx as bytes.
type jsonList struct{ v *[]string }

// Scan implements sql.Scanner, which both drivers call.
func (l jsonList) Scan(src any) error {
	var text []byte
	switch src := src.(type) {
	case string:
		text = []byte(src)
	case []byte:
		text = src
	default:
		return fmt.Errorf("decode a list of ids from %T, not JSON text", src)
	}
	if err := json.Unmarshal(text, l.v); err != nil {
		return fmt.Errorf("decode %.40q: %w", text, err)
	}
	return nil
}
