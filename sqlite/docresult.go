package sqlite

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/storeutil"
)

// PutDocResults stores rs in one transaction, each replacing what was
// stored for its document.
func (s *Store) PutDocResults(ctx context.Context, rs []parallax.DocResult) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("put document results: %w", err)
	}
	defer tx.Rollback()
	st, err := tx.PrepareContext(ctx, `INSERT INTO doc_results (doc, version, input, data) VALUES (?, ?, ?, ?)
		ON CONFLICT (doc) DO UPDATE SET version = excluded.version, input = excluded.input, data = excluded.data`)
	if err != nil {
		return fmt.Errorf("put document results: %w", err)
	}
	defer st.Close()
	for _, r := range rs {
		if _, err := st.ExecContext(ctx, r.Doc, r.Version, r.Input, r.Data); err != nil {
			return fmt.Errorf("put document results: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("put document results: %w", err)
	}
	return nil
}

// DocResults calls fn for every stored result of that version.
func (s *Store) DocResults(ctx context.Context, version string, fn func(parallax.DocResult) error) error {
	return storeutil.DocResults(queries(ctx, s.db), `SELECT doc, input, data FROM doc_results WHERE version = ?`, version, fn)
}

// PutLineResults replaces the stored storyline results with rs in one
// transaction, writing only those not stored already.
func (s *Store) PutLineResults(ctx context.Context, rs []parallax.LineResult) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("put storyline results: %w", err)
	}
	defer tx.Rollback()
	inputs := make([]string, len(rs))
	for i, r := range rs {
		inputs[i] = r.Input
	}
	list, err := json.Marshal(inputs)
	if err != nil {
		return fmt.Errorf("put storyline results: %w", err)
	}
	// What is still valid stays as stored; only the rest is written.
	if _, err := tx.ExecContext(ctx, `DELETE FROM line_results WHERE input NOT IN (SELECT value FROM json_each(?))`, string(list)); err != nil {
		return fmt.Errorf("put storyline results: %w", err)
	}
	st, err := tx.PrepareContext(ctx, `INSERT INTO line_results (input, version, data) VALUES (?, ?, ?) ON CONFLICT (input) DO NOTHING`)
	if err != nil {
		return fmt.Errorf("put storyline results: %w", err)
	}
	defer st.Close()
	for _, r := range rs {
		if _, err := st.ExecContext(ctx, r.Input, r.Version, r.Data); err != nil {
			return fmt.Errorf("put storyline results: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("put storyline results: %w", err)
	}
	return nil
}

// LineResults calls fn for every stored storyline result of that version.
func (s *Store) LineResults(ctx context.Context, version string, fn func(parallax.LineResult) error) error {
	return storeutil.LineResults(queries(ctx, s.db), `SELECT input, data FROM line_results WHERE version = ?`, version, fn)
}
