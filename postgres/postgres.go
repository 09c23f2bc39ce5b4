// Package postgres implements parallax.Store on a PostgreSQL database, for
// stores that several processes write at once: parallel ingests into one
// database, read by servers on other machines.
//
// Its schema is created and upgraded by the migrations embedded from
// migrations/, in the schema the connection's search_path names first.
// Writes that must not race take transaction-scoped advisory locks: one
// per schema around migrations, one per URL around numbering revisions or
// giving a document its URL; recording a copy of a document locks its row.
//
// Full-text search agrees with package sqlite's: the words of each
// document are split and folded by package searchtext, as SQLite's index
// splits and folds them, and stored as a tsvector that the server indexes
// but never re-tokenizes, so no server locale, parser or extension changes
// what matches. Where the server limits a tsvector, search finds less than
// SQLite's would: a word over 2047 bytes is not indexed, nor are the new
// words of a document past about 1 MB of distinct words; every word past
// the 16383rd is at place 16383, and a word's places past its 256th are
// dropped, so phrases past those points are not found.
package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/storeutil"
)

// Store is a parallax.Store in a PostgreSQL schema.
type Store struct {
	pool *pgxpool.Pool
}

var _ parallax.Store = (*Store)(nil)

// Open connects to the database that dsn names (a postgres:// URL or
// key=value pairs, as libpq reads them) and applies pending migrations. A
// search_path parameter in dsn chooses the schema; it must exist.
func Open(ctx context.Context, dsn string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		// The parser's error already hides any password.
		return nil, parallax.Errorf(parallax.EInvalid, "open store: %v", err)
	}
	name := describe(cfg.ConnConfig.Config)
	// The store's queries are short: compiling one to machine code takes
	// longer than running it, and the planner's guesses about tables with
	// no statistics yet (a new store's analysis) ask for it. A DSN that
	// sets jit is obeyed.
	if _, set := cfg.ConnConfig.RuntimeParams["jit"]; !set {
		cfg.ConnConfig.RuntimeParams["jit"] = "off"
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	if err := upgrade(ctx, pool, migrations); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	return &Store{pool: pool}, nil
}

// describe names the database of cfg for messages, without its password.
func describe(cfg pgconn.Config) string {
	return fmt.Sprintf("postgres://%s@%s:%d/%s", cfg.User, cfg.Host, cfg.Port, cfg.Database)
}

// Close releases the store's connections.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// querier runs queries: a *pgxpool.Pool, or a pgx.Tx.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

// queries returns a storeutil.QueryFunc that runs queries on q.
func queries(ctx context.Context, q querier) storeutil.QueryFunc {
	return func(query string, args []any, fn func(storeutil.Row) error) error {
		rows, err := q.Query(ctx, query, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		return storeutil.Each(rows, fn)
	}
}
