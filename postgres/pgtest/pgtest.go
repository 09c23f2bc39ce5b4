// Package pgtest gives each test a new, empty PostgreSQL schema to open a
// store in, and drops it when the test ends.
//
// The server is the one $PARALLAX_POSTGRES names (a postgres:// URL), by
// default DefaultDSN. When it cannot be reached, tests that need it skip
// and say which server they tried, except under CI=true, where they fail.
package pgtest

import (
	"context"
	"crypto/rand"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Variable names the environment variable that holds the server's DSN.
const Variable = "PARALLAX_POSTGRES"

// DefaultDSN is the server tests use when Variable is not set.
const DefaultDSN = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// prefix begins the name of every schema a test makes, followed by the
// Unix time it was made, so that schemas left by a killed test run can be
// recognised and dropped.
const prefix = "parallax_test_"

// staleAfter is how old a test schema must be for a later run to drop it:
// older than any test run.
const staleAfter = 6 * time.Hour

var sweep sync.Once

// DSN returns the DSN of a new, empty schema on the test server: the
// server's DSN with search_path set to the schema. The schema is dropped,
// with all it holds, when t and its subtests end; close stores before
// then.
func DSN(t testing.TB) string {
	t.Helper()
	base := os.Getenv(Variable)
	if base == "" {
		base = DefaultDSN
	}
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		t.Fatalf("$%s = %q: want a postgres:// URL", Variable, redact(base))
	}
	ctx := context.Background()
	conn := connect(t, base)
	defer conn.Close(ctx)
	sweep.Do(func() { dropStale(ctx, t, conn) })
	schema := fmt.Sprintf("%s%d_%s", prefix, time.Now().Unix(), strings.ToLower(rand.Text()[:10]))
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatalf("create schema %s on %s: %v", schema, redact(base), err)
	}
	t.Cleanup(func() {
		conn := connect(t, base)
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("drop schema %s on %s: %v", schema, redact(base), err)
		}
	})
	v := u.Query()
	v.Set("search_path", schema)
	u.RawQuery = v.Encode()
	return u.String()
}

// connect connects to the server at dsn, or skips or fails t.
func connect(t testing.TB, dsn string) *pgx.Conn {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, dsn)
	if err == nil {
		return conn
	}
	msg := fmt.Sprintf("PostgreSQL not reachable at %s ($%s): %v", redact(dsn), Variable, err)
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return nil
}

// dropStale drops the test schemas older than staleAfter.
func dropStale(ctx context.Context, t testing.TB, conn *pgx.Conn) {
	t.Helper()
	rows, err := conn.Query(ctx, `SELECT nspname FROM pg_namespace WHERE starts_with(nspname, $1)`, prefix)
	if err != nil {
		t.Fatalf("list test schemas: %v", err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatalf("list test schemas: %v", err)
	}
	for _, name := range names {
		stamp, _, _ := strings.Cut(strings.TrimPrefix(name, prefix), "_")
		made, err := strconv.ParseInt(stamp, 10, 64)
		if err != nil || time.Since(time.Unix(made, 0)) < staleAfter {
			continue
		}
		// Another run may drop it at the same moment; that is no failure.
		if _, err := conn.Exec(ctx, `DROP SCHEMA IF EXISTS `+pgx.Identifier{name}.Sanitize()+` CASCADE`); err != nil {
			t.Logf("drop stale schema %s: %v", name, err)
		}
	}
}

// redact returns dsn with any password masked, for messages.
func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "(an unreadable DSN)"
	}
	return u.Redacted()
}
