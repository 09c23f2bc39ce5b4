package sqlite

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"testing/fstest"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/storetest"
)

func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "parallax.db"))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) parallax.Store { return openTemp(t) })
}

func TestSettings(t *testing.T) {
	s := openTemp(t)
	defer s.Close()
	tests := []struct {
		pragma string
		want   string
	}{
		{"journal_mode", "wal"},
		{"foreign_keys", "1"},
		{"busy_timeout", "10000"},
	}
	for _, tt := range tests {
		var got string
		if err := s.db.QueryRow("PRAGMA " + tt.pragma).Scan(&got); err != nil {
			t.Fatalf("PRAGMA %s: %v", tt.pragma, err)
		}
		if got != tt.want {
			t.Errorf("PRAGMA %s = %s, want %s", tt.pragma, got, tt.want)
		}
	}
}

func TestReopenKeepsDocuments(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.db")
	d := parallax.Document{ID: parallax.DocID("Title", "Body"), Source: "a.txt", URL: "https://example.org/a", Title: "Title", Body: "Body"}
	for i, want := range []parallax.PutResult{parallax.Added, parallax.Unchanged} {
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("open #%d: %v", i, err)
		}
		res, err := s.PutDocument(ctx, d)
		if err != nil || res != want {
			t.Errorf("open #%d: PutDocument = %v, %v; want %v", i, res, err, want)
		}
		if err := s.Close(); err != nil {
			t.Fatalf("close #%d: %v", i, err)
		}
	}
}

// TestPathWithURIMetacharacters checks that a file name holding what a URI
// treats specially still names that file.
func TestPathWithURIMetacharacters(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "news?q=1#frag%20.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open(%q): %v", path, err)
	}
	s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database not created at %q: %v", path, err)
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	notDB := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(notDB, []byte("these are notes, not a database\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		path string
	}{
		{"empty path", ""},
		{"not a database", notDB},
		{"missing folder", filepath.Join(dir, "no", "such", "folder", "p.db")},
		{"a folder", dir},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(context.Background(), tt.path)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) succeeded", tt.path)
			}
			t.Logf("Open(%q): %v", tt.path, err)
		})
	}
}

func TestMigrationsApplyOnce(t *testing.T) {
	ctx := context.Background()
	db, err := sql.Open("sqlite", dsn(filepath.Join(t.TempDir(), "m.db")))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	v1 := fstest.MapFS{
		"001_notes.sql": {Data: []byte("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);")},
	}
	v2 := fstest.MapFS{
		"001_notes.sql": v1["001_notes.sql"],
		"002_tags.sql":  {Data: []byte("CREATE TABLE tags (name TEXT); INSERT INTO tags VALUES ('a');")},
	}
	for i, fsys := range []fstest.MapFS{v1, v1, v2, v2} {
		// A migration applied twice would fail on CREATE TABLE or add a row.
		if err := migrate(ctx, db, fsys); err != nil {
			t.Fatalf("migrate #%d: %v", i, err)
		}
	}
	var versions, tags int
	if err := db.QueryRow("SELECT count(*) FROM schema_migrations").Scan(&versions); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRow("SELECT count(*) FROM tags").Scan(&tags); err != nil {
		t.Fatal(err)
	}
	if versions != 2 || tags != 1 {
		t.Errorf("after migrating twice: %d recorded versions, %d tag rows; want 2 and 1", versions, tags)
	}
}

func TestMigrationFailureLeavesNoTrace(t *testing.T) {
	ctx := context.Background()
	db, err := sql.Open("sqlite", dsn(filepath.Join(t.TempDir(), "m.db")))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	bad := fstest.MapFS{
		"001_half.sql": {Data: []byte("CREATE TABLE half (x TEXT); INSERT INTO nowhere VALUES (1);")},
	}
	if err := migrate(ctx, db, bad); err == nil {
		t.Fatal("a failing migration was reported applied")
	}
	var n int
	if err := db.QueryRow("SELECT count(*) FROM sqlite_master WHERE name = 'half'").Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Error("a failed migration left its table behind")
	}
}

func TestBadMigrationNames(t *testing.T) {
	tests := []struct {
		name string
		fsys fstest.MapFS
	}{
		{"no version", fstest.MapFS{"notes.sql": {}}},
		{"zero version", fstest.MapFS{"000_notes.sql": {}}},
		{"shared version", fstest.MapFS{"001_a.sql": {}, "01_b.sql": {}}},
	}
	for _, tt := range tests {
		if _, err := readMigrations(tt.fsys); err == nil {
			t.Errorf("%s: readMigrations accepted %v", tt.name, tt.fsys)
		}
	}
}

func TestEmbeddedMigrationsAreOrdered(t *testing.T) {
	ms, err := readMigrations(migrations)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) == 0 {
		t.Fatal("no migrations embedded")
	}
	for i, m := range ms {
		if m.version != i+1 {
			t.Errorf("migration %s has version %d, want %d: versions must run 1, 2, 3...", m.name, m.version, i+1)
		}
	}
}

func TestFullTextIndexFollowsDocuments(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	defer s.Close()
	docs := []parallax.Document{
		{ID: "a1", Title: "Ceasefire holds in the south", Body: "Observers reported calm near the river."},
		{ID: "b2", Title: "Talks in Moscow", Body: "The ministers discussed the corridor and the ceasefire."},
		{ID: "c3", Title: "Harvest season", Body: "Farmers expect a good year."},
	}
	for _, d := range docs {
		if _, err := s.PutDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		query string
		want  []string
	}{
		{"ceasefire", []string{"a1", "b2"}},
		{"corridor", []string{"b2"}},
		{"farmers", []string{"c3"}},
		{"title:moscow", []string{"b2"}},
		{"artillery", nil},
	}
	for _, tt := range tests {
		rows, err := s.db.QueryContext(ctx, `SELECT d.id FROM documents_fts f JOIN documents d ON d.seq = f.rowid
			WHERE documents_fts MATCH ? ORDER BY d.seq`, tt.query)
		if err != nil {
			t.Fatalf("MATCH %q: %v", tt.query, err)
		}
		var got []string
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				t.Fatal(err)
			}
			got = append(got, id)
		}
		rows.Close()
		if !slices.Equal(got, tt.want) {
			t.Errorf("MATCH %q = %v, want %v", tt.query, got, tt.want)
		}
	}
}

func TestPutAnalysisFailureKeepsPrevious(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	defer s.Close()
	good := parallax.Analysis{Stories: []parallax.Story{{ID: "T1", Label: "first", Docs: []string{"d1"}}}}
	if err := s.PutAnalysis(ctx, good); err != nil {
		t.Fatal(err)
	}
	bad := parallax.Analysis{
		Stories:  []parallax.Story{{ID: "T2", Label: "second"}},
		Entities: []parallax.Entity{{ID: "E1", Name: "A"}, {ID: "E1", Name: "B"}},
	}
	if err := s.PutAnalysis(ctx, bad); err == nil {
		t.Fatal("PutAnalysis accepted two entities with one id")
	}
	a, err := s.Analysis(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Stories) != 1 || a.Stories[0].ID != "T1" || len(a.Entities) != 0 {
		t.Errorf("after a failed PutAnalysis the store holds %+v, want the previous analysis", a)
	}
}

func TestIngestedAt(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	defer s.Close()
	at := time.Date(2021, 5, 18, 9, 30, 0, 0, time.FixedZone("AMT", 4*3600))
	s.now = func() time.Time { return at }
	d := parallax.Document{ID: "a1", Title: "T", Body: "B"}
	if _, err := s.PutDocument(ctx, d); err != nil {
		t.Fatal(err)
	}
	var got string
	if err := s.db.QueryRowContext(ctx, `SELECT ingested_at FROM documents WHERE id = ?`, d.ID).Scan(&got); err != nil {
		t.Fatal(err)
	}
	if want := "2021-05-18T05:30:00Z"; got != want {
		t.Errorf("ingested_at = %q, want %q (UTC)", got, want)
	}
}
