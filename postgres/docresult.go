package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax"
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
	rows, err := s.pool.Query(ctx, `SELECT doc, input, data FROM doc_results WHERE version = $1`, version)
	if err != nil {
		return fmt.Errorf("get document results: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		r := parallax.DocResult{Version: version}
		if err := rows.Scan(&r.Doc, &r.Input, &r.Data); err != nil {
			return fmt.Errorf("get document results: %w", err)
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("get document results: %w", err)
	}
	return nil
}
