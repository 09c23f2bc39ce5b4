package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"time"

	"github.com/parallax-news/parallax/internal/migrate"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrations holds the schema changes, one file each, named
// NNN_what_it_does.sql; they are applied in the order of NNN. (fs.Sub fails
// only on a malformed directory name, which this one is not.)
var migrations, _ = fs.Sub(migrationFiles, "migrations")

// upgrade applies, in version order, every migration in fsys that the
// database has not recorded in schema_migrations. Each runs in its own
// transaction with its record, so a failed migration leaves no trace and a
// process that opens the database at the same time skips what the other
// has just applied.
func upgrade(ctx context.Context, db *sql.DB, fsys fs.FS) error {
	ms, err := migrate.Read(fsys)
	if err != nil {
		return err
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	for _, m := range ms {
		if err := apply(ctx, db, m); err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
	}
	return nil
}

// apply runs m unless it is already recorded.
func apply(ctx context.Context, db *sql.DB, m migrate.Migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	err = tx.QueryRowContext(ctx, `SELECT 1 FROM schema_migrations WHERE version = ?`, m.Version).Scan(&n)
	if err == nil {
		return nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
		m.Version, m.Name, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	return tx.Commit()
}
