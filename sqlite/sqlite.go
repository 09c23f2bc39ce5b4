// Package sqlite implements parallax.Store on an embedded SQLite database
// (the pure-Go modernc.org/sqlite driver, so the binary needs no C library).
//
// The database runs in WAL mode, so readers never wait for the writer, with
// a busy timeout, so concurrent writers queue instead of failing, and with
// foreign keys enforced. Its schema is created and upgraded by the migrations
// embedded from migrations/.
package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/internal/storeutil"
)

// busyTimeout is how long a statement waits for another connection's lock
// before failing with "database is locked".
const busyTimeout = 10 * time.Second

// Store is a parallax.Store in one SQLite file.
type Store struct {
	db  *sql.DB
	now func() time.Time // stamps ingested_at
}

var _ parallax.Store = (*Store)(nil)

// Open opens or creates the database at path and applies pending migrations.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, parallax.Errorf(parallax.EInvalid, "open store: empty database path")
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := upgrade(ctx, db, migrations); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return &Store{db: db, now: time.Now}, nil
}

// dsn returns the driver's data source name for the file at path: a file:
// URI, so that a path holding '?' or '#' still names a file, with the
// connection settings every pooled connection applies when it opens.
// Write transactions begin IMMEDIATE so that two writers queue on the busy
// timeout instead of deadlocking when both upgrade a read lock.
func dsn(path string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	return fmt.Sprintf("file:%s?_busy_timeout=%d&_journal_mode=WAL&_synchronous=NORMAL&_foreign_keys=1&_txlock=immediate",
		esc, busyTimeout.Milliseconds())
}

// Close releases the store.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close store: %w", err)
	}
	return nil
}

// querier runs queries: a *sql.DB, or a *sql.Tx.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// queries returns a storeutil.QueryFunc that runs queries on q.
func queries(ctx context.Context, q querier) storeutil.QueryFunc {
	return func(query string, args []any, fn func(storeutil.Row) error) error {
		rows, err := q.QueryContext(ctx, query, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		return storeutil.Each(rows, fn)
	}
}
