package main

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/postgres"
	"github.com/parallax-news/parallax/sqlite"
)

// openDB opens the store that a --db value names: a postgres:// or
// postgresql:// URL is a PostgreSQL database, anything else the path of a
// SQLite file. With mustExist, a SQLite file must exist already: opening
// creates a missing one, and a mistyped name would then read as an empty
// corpus. (Opening never creates a PostgreSQL database, so a mistyped one
// fails to open.)
func openDB(ctx context.Context, db string, mustExist bool) (parallax.Store, error) {
	if isPostgres(db) {
		st, err := postgres.Open(ctx, db)
		if err != nil {
			return nil, err
		}
		return st, nil
	}
	if mustExist {
		if _, err := os.Stat(db); err != nil {
			return nil, fmt.Errorf("open store: %w", err)
		}
	}
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		return nil, err
	}
	return st, nil
}

// shown returns a --db value fit for messages: a URL's password is
// replaced by "xxxxx".
func shown(db string) string {
	if !isPostgres(db) {
		return db
	}
	u, err := url.Parse(db)
	if err != nil {
		return "a PostgreSQL URL"
	}
	return u.Redacted()
}

// isPostgres says whether a --db value is a PostgreSQL URL.
func isPostgres(db string) bool {
	scheme, _, ok := strings.Cut(db, "://")
	return ok && (strings.EqualFold(scheme, "postgres") || strings.EqualFold(scheme, "postgresql"))
}
