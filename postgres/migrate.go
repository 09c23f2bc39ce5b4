package postgres

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"slices"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/parallax-news/parallax/internal/migrate"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrations holds the schema changes, one file each, named
// NNN_what_it_does.sql; they are applied in the order of NNN. (fs.Sub fails
// only on a malformed directory name, which this one is not.)
var migrations, _ = fs.Sub(migrationFiles, "migrations")

// upgrade applies, in version order, every migration in fsys that the
// schema has not recorded in schema_migrations, all in one transaction
// with their records: a failed migration leaves no trace. When there is
// something to apply, the transaction takes an advisory lock on the schema
// first, so processes that open the store at the same time migrate one
// after the other, and the later ones find nothing left to do. When there
// is nothing, it writes nothing, so a role that may only read can open an
// up-to-date store.
func upgrade(ctx context.Context, pool *pgxpool.Pool, fsys fs.FS) error {
	ms, err := migrate.Read(fsys)
	if err != nil {
		return err
	}
	return pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		var (
			schema   *string
			encoding string
		)
		if err := tx.QueryRow(ctx, `SELECT current_schema(), current_setting('server_encoding')`).Scan(&schema, &encoding); err != nil {
			return fmt.Errorf("read the schema and encoding: %w", err)
		}
		if schema == nil {
			return fmt.Errorf("no schema to create tables in: the search_path names none that exists")
		}
		// Any other encoding would refuse some text, or store bytes that
		// jsonb and the full text cannot read as characters.
		if encoding != "UTF8" {
			return fmt.Errorf("the database's encoding is %s: parallax needs UTF8", encoding)
		}
		pending, err := pendingMigrations(ctx, tx, ms)
		if err != nil || len(pending) == 0 {
			return err
		}
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('parallax migrations'), hashtext($1))`, *schema); err != nil {
			return fmt.Errorf("lock schema %s: %w", *schema, err)
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version    integer PRIMARY KEY,
			name       text NOT NULL,
			applied_at timestamptz NOT NULL DEFAULT now()
		)`); err != nil {
			return fmt.Errorf("create schema_migrations: %w", err)
		}
		// Another process may have migrated while this one waited.
		if pending, err = pendingMigrations(ctx, tx, ms); err != nil {
			return err
		}
		for _, m := range pending {
			if _, err := tx.Exec(ctx, m.SQL); err != nil {
				return fmt.Errorf("migration %s: %w", m.Name, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, m.Version, m.Name); err != nil {
				return fmt.Errorf("migration %s: record: %w", m.Name, err)
			}
		}
		return nil
	})
}

// pendingMigrations returns the migrations of ms that schema_migrations
// does not record: all of them when there is no such table.
func pendingMigrations(ctx context.Context, tx pgx.Tx, ms []migrate.Migration) ([]migrate.Migration, error) {
	var exists bool
	err := tx.QueryRow(ctx, `SELECT to_regclass(format('%I.schema_migrations', current_schema())) IS NOT NULL`).Scan(&exists)
	if err != nil {
		return nil, fmt.Errorf("find schema_migrations: %w", err)
	}
	if !exists {
		return ms, nil
	}
	rows, err := tx.Query(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return nil, fmt.Errorf("read schema_migrations: %w", err)
	}
	applied, err := pgx.CollectRows(rows, pgx.RowTo[int])
	if err != nil {
		return nil, fmt.Errorf("read schema_migrations: %w", err)
	}
	var pending []migrate.Migration
	for _, m := range ms {
		if !slices.Contains(applied, m.Version) {
			pending = append(pending, m)
		}
	}
	return pending, nil
}
