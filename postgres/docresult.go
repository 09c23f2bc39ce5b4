package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/storeutil"
)

// PutDocResults stores rs in one transaction, each replacing what was
// stored for its document, in one round trip.
func (s *Store) PutDocResults(ctx context.Context, rs []parallax.DocResult) error {
	var b pgx.Batch
	for _, r := range rs {
		b.Queue(`INSERT INTO doc_results (doc, version, input, data) VALUES ($1, $2, $3, $4)
			ON CONFLICT (doc) DO UPDATE SET version = excluded.version, input = excluded.input, data = excluded.data`,
			r.Doc, r.Version, r.Input, r.Data)
	}
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error { return tx.SendBatch(ctx, &b).Close() })
	if err != nil {
		return fmt.Errorf("put document results: %w", err)
	}
	return nil
}

// DocResults calls fn for every stored result of that version.
func (s *Store) DocResults(ctx context.Context, version string, fn func(parallax.DocResult) error) error {
	return storeutil.DocResults(queries(ctx, s.pool), `SELECT doc, input, data FROM doc_results WHERE version = $1`, version, fn)
}

// PutLineResults replaces the stored storyline results with rs in one
// transaction and one round trip, writing only those not stored already.
func (s *Store) PutLineResults(ctx context.Context, rs []parallax.LineResult) error {
	inputs := make([]string, len(rs))
	for i, r := range rs {
		inputs[i] = r.Input
	}
	var b pgx.Batch
	// What is still valid stays as stored; only the rest is written.
	b.Queue(`DELETE FROM line_results WHERE NOT (input = ANY($1))`, inputs)
	for _, r := range rs {
		b.Queue(`INSERT INTO line_results (input, version, data) VALUES ($1, $2, $3) ON CONFLICT (input) DO NOTHING`,
			r.Input, r.Version, r.Data)
	}
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error { return tx.SendBatch(ctx, &b).Close() })
	if err != nil {
		return fmt.Errorf("put storyline results: %w", err)
	}
	return nil
}

// LineResults calls fn for every stored storyline result of that version.
func (s *Store) LineResults(ctx context.Context, version string, fn func(parallax.LineResult) error) error {
	return storeutil.LineResults(queries(ctx, s.pool), `SELECT input, data FROM line_results WHERE version = $1`, version, fn)
}
