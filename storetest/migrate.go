package storetest

import (
	"io/fs"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/parallax-news/parallax"
)

// Migrator is what Migrations needs of a store's schema migrations, on a
// database of its own.
type Migrator struct {
	// Upgrade applies the migrations in fsys that the database has not
	// recorded as applied.
	Upgrade func(fsys fs.FS) error
	// Count runs a query that counts rows and returns the count.
	Count func(query string) (int, error)
	// HasTable says whether the database holds a table of that name.
	HasTable func(name string) (bool, error)
}

// Migrations checks how a store applies its migrations: each once, however
// often it is asked, and a failing one leaves no trace. open must return a
// Migrator on a new, empty database each time it is called.
func Migrations(t *testing.T, open func(t *testing.T) Migrator) {
	t.Run("ApplyOnce", func(t *testing.T) { migrationsApplyOnce(t, open(t)) })
	t.Run("FailureLeavesNoTrace", func(t *testing.T) { migrationFailureLeavesNoTrace(t, open(t)) })
}

func migrationsApplyOnce(t *testing.T, m Migrator) {
	v1 := fstest.MapFS{
		"001_notes.sql": {Data: []byte("CREATE TABLE notes (id integer PRIMARY KEY, text text);")},
	}
	v2 := fstest.MapFS{
		"001_notes.sql": v1["001_notes.sql"],
		"002_tags.sql":  {Data: []byte("CREATE TABLE tags (name text); INSERT INTO tags VALUES ('a');")},
	}
	for i, fsys := range []fstest.MapFS{v1, v1, v2, v2} {
		// A migration applied twice would fail on CREATE TABLE or add a row.
		if err := m.Upgrade(fsys); err != nil {
			t.Fatalf("migrate #%d: %v", i, err)
		}
	}
	versions, err := m.Count("SELECT count(*) FROM schema_migrations")
	if err != nil {
		t.Fatal(err)
	}
	tags, err := m.Count("SELECT count(*) FROM tags")
	if err != nil {
		t.Fatal(err)
	}
	if versions != 2 || tags != 1 {
		t.Errorf("after migrating twice: %d recorded versions, %d tag rows; want 2 and 1", versions, tags)
	}
}

func migrationFailureLeavesNoTrace(t *testing.T, m Migrator) {
	bad := fstest.MapFS{
		"001_half.sql": {Data: []byte("CREATE TABLE half (x text); INSERT INTO nowhere VALUES (1);")},
	}
	if err := m.Upgrade(bad); err == nil {
		t.Fatal("a failing migration was reported applied")
	}
	left, err := m.HasTable("half")
	if err != nil {
		t.Fatal(err)
	}
	if left {
		t.Error("a failed migration left its table behind")
	}
}

// MigrationsBefore returns the migrations of fsys whose names sort before
// name: the schema as an earlier version left it, for a test to upgrade a
// store made then.
func MigrationsBefore(t testing.TB, fsys fs.FS, name string) fs.FS {
	t.Helper()
	names, err := fs.Glob(fsys, "*.sql")
	if err != nil {
		t.Fatal(err)
	}
	old := fstest.MapFS{}
	for _, n := range names {
		if n < name {
			b, err := fs.ReadFile(fsys, n)
			if err != nil {
				t.Fatal(err)
			}
			old[n] = &fstest.MapFile{Data: b}
		}
	}
	return old
}

// OldStatementDocs are the documents of the statements s1, s2… that a test
// stores, numbered 0, 1… across documents, in a database made before
// statements were numbered within their documents, with the backend's own
// SQL.
var OldStatementDocs = []string{"d1", "d2", "d1", "d1"}

// UpgradedToStatementRuns checks a store opened, and so upgraded, on a
// database holding the statements of OldStatementDocs: they read back in
// their order, and the next analysis stored replaces them.
func UpgradedToStatementRuns(t *testing.T, s parallax.Store) {
	t.Helper()
	ids := func() []string {
		a, err := s.Analysis(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, st := range a.Statements {
			out = append(out, st.ID)
		}
		return out
	}
	if got, want := ids(), []string{"s1", "s2", "s3", "s4"}; !slices.Equal(got, want) {
		t.Errorf("statements read back after the upgrade %v, want %v", got, want)
	}
	a := parallax.Analysis{Statements: []parallax.Statement{{ID: "s2", Doc: "d2"}, {ID: "s1", Doc: "d1"}, {ID: "s5", Doc: "d3"}}}
	if err := s.PutAnalysis(t.Context(), a); err != nil {
		t.Fatalf("store an analysis over the upgraded one: %v", err)
	}
	if got, want := ids(), []string{"s2", "s1", "s5"}; !slices.Equal(got, want) {
		t.Errorf("statements read back after the next analysis %v, want %v", got, want)
	}
}
