package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/postgres"
	"github.com/parallax-news/parallax/postgres/pgtest"
	"github.com/parallax-news/parallax/sqlite"
)

func TestIsPostgres(t *testing.T) {
	tests := []struct {
		db   string
		want bool
	}{
		{"postgres://postgres@127.0.0.1:5432/test", true},
		{"postgresql://db.example.org/news?sslmode=require", true},
		{"POSTGRES://host/db", true},
		{"parallax.db", false},
		{"postgres.db", false},
		{"data/postgres://notes.db", false},
		{"postgres:/host/db", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isPostgres(tt.db); got != tt.want {
			t.Errorf("isPostgres(%q) = %v, want %v", tt.db, got, tt.want)
		}
	}
}

func TestOpenDBSQLite(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "p.db")
	if st, err := openDB(ctx, db, true); err == nil {
		st.Close()
		t.Fatalf("openDB(%s, mustExist) opened a missing file", db)
	}
	if _, err := os.Stat(db); err == nil {
		t.Fatal("openDB with mustExist created the missing file")
	}
	for _, mustExist := range []bool{false, true} {
		st, err := openDB(ctx, db, mustExist)
		if err != nil {
			t.Fatalf("openDB(%s, %v): %v", db, mustExist, err)
		}
		if _, ok := st.(*sqlite.Store); !ok {
			t.Errorf("openDB(%s) = %T, want a SQLite store", db, st)
		}
		st.Close()
	}
}

// TestPostgresCommands runs the commands on a PostgreSQL store: ingest
// twice (the second run finds only duplicates), analyze, search and
// export.
func TestPostgresCommands(t *testing.T) {
	dsn := pgtest.DSN(t)
	dir := filepath.Join("..", "..", "examples", "lennar-pass")
	want := expect(t, dir)
	ingestTwice(t, dsn, dir, want)

	var a parallax.Analysis
	if err := json.Unmarshal([]byte(runOK(t, "analyze", "--db", dsn, "--json").stdout), &a); err != nil {
		t.Fatalf("analyze --json printed no Analysis: %v", err)
	}
	if len(a.Documents) != want.distinct || len(a.Statements) == 0 || len(a.Stories) == 0 {
		t.Errorf("analyze --db: %d documents, %d statements, %d stories; want %d documents and some of each",
			len(a.Documents), len(a.Statements), len(a.Stories), want.distinct)
	}
	st, err := openDB(context.Background(), dsn, true)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := st.(*postgres.Store); !ok {
		t.Errorf("openDB(%s) = %T, want a PostgreSQL store", dsn, st)
	}
	n, err := st.CountDocuments(context.Background())
	if err != nil || n != want.distinct {
		t.Errorf("CountDocuments = %d, %v; want %d", n, err, want.distinct)
	}
	kept, err := st.Analysis(context.Background())
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	if len(kept.Statements) != len(a.Statements) || len(kept.Stories) != len(a.Stories) {
		t.Errorf("stored analysis has %d statements, %d stories; analyze printed %d, %d",
			len(kept.Statements), len(kept.Stories), len(a.Statements), len(a.Stories))
	}

	var res parallax.SearchResult
	if err := json.Unmarshal([]byte(runOK(t, "search", "--db", dsn, "--json", "Lennar", "Pass").stdout), &res); err != nil {
		t.Fatalf("search --json printed no SearchResult: %v", err)
	}
	if res.Total == 0 || len(res.Facets["story"]) == 0 {
		t.Errorf("search Lennar Pass: %d matches, story facet %v; want matches in stories", res.Total, res.Facets["story"])
	}
	var exported parallax.Analysis
	if err := json.Unmarshal([]byte(runOK(t, "export", "--db", dsn).stdout), &exported); err != nil {
		t.Fatalf("export printed no Analysis: %v", err)
	}
	if len(exported.Documents) != want.distinct || len(exported.Statements) != len(a.Statements) {
		t.Errorf("export: %d documents, %d statements; want %d, %d",
			len(exported.Documents), len(exported.Statements), want.distinct, len(a.Statements))
	}
}

func TestShownHidesPassword(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://ana:s3cret@db.example:5432/news": "postgres://ana:xxxxx@db.example:5432/news",
		"postgresql://db.example/news":               "postgresql://db.example/news",
		"pages/parallax.db":                          "pages/parallax.db",
	} {
		if got := shown(in); got != want {
			t.Errorf("shown(%q) = %q, want %q", in, got, want)
		}
	}
}
