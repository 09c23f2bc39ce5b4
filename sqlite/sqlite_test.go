package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/storetest"
)

func openTemp(t testing.TB) *Store {
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

func TestWatchConformance(t *testing.T) {
	storetest.RunWatch(t, func(t *testing.T) storetest.WatchStore { return openTemp(t) })
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

func TestMigrations(t *testing.T) {
	storetest.Migrations(t, func(t *testing.T) storetest.Migrator {
		db, err := sql.Open("sqlite", dsn(filepath.Join(t.TempDir(), "m.db")))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		count := func(query string, args ...any) (int, error) {
			var n int
			err := db.QueryRow(query, args...).Scan(&n)
			return n, err
		}
		return storetest.Migrator{
			Upgrade: func(fsys fs.FS) error { return upgrade(context.Background(), db, fsys) },
			Count:   func(query string) (int, error) { return count(query) },
			HasTable: func(name string) (bool, error) {
				n, err := count("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", name)
				return n > 0, err
			},
		}
	})
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

// TestUpgradeToCopies checks that a store made before documents kept their
// copies opens with its documents whole, none with copies, and records
// copies from then on.
func TestUpgradeToCopies(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	if err := upgrade(ctx, db, storetest.MigrationsBefore(t, migrations, "004")); err != nil {
		t.Fatal(err)
	}
	_, err = db.ExecContext(ctx, `INSERT INTO documents (id, seq, source, url, title, outlet, author, published, published_basis,
		lang, body, revision, previous, ingested_at, comments, captions, furniture, foreign_spans)
		VALUES ('d1', 1, 'a.txt', '', 'Old title', '', '', '', '', 'en', 'Old body.', 1, '', '2021-01-01T00:00:00Z',
			'null', 'null', 'null', 'null')`)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("open a store made before copies: %v", err)
	}
	defer s.Close()
	storetest.UpgradedToCopies(t, s)
}

// TestPutAnalysisInBatches stores lists longer than one batch of rows, and
// of a length no batch divides, and reads them back whole and in order.
func TestPutAnalysisInBatches(t *testing.T) {
	s := openTemp(t)
	var a parallax.Analysis
	for i := range 1001 {
		a.Statements = append(a.Statements, parallax.Statement{ID: fmt.Sprintf("s%04d", i), Doc: "d", Content: fmt.Sprint(i)})
	}
	a.Stories = []parallax.Story{{ID: "st", Label: "one", Docs: []string{"d"}}}
	if err := s.PutAnalysis(t.Context(), a); err != nil {
		t.Fatal(err)
	}
	got, err := s.Analysis(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Statements) != len(a.Statements) {
		t.Fatalf("%d statements read back, %d stored", len(got.Statements), len(a.Statements))
	}
	for i, st := range got.Statements {
		if st.ID != a.Statements[i].ID || st.Content != a.Statements[i].Content {
			t.Fatalf("statement %d read back as %+v, stored %+v", i, st, a.Statements[i])
		}
	}
}

// TestPutAnalysisAfterAnotherBuild checks that an analysis stored by a
// build that keeps no digests of the mentions, leaving those stored
// stale, does not make the next analysis keep mentions it did not write.
func TestPutAnalysisAfterAnotherBuild(t *testing.T) {
	s := openTemp(t)
	a := parallax.Analysis{Entities: []parallax.Entity{{ID: "e1", Type: parallax.Person, Name: "Mara Quist",
		Mentions: []parallax.Mention{{Doc: "d1", Start: 0, End: 10, Text: "Mara Quist"}}}}}
	if err := s.PutAnalysis(t.Context(), a); err != nil {
		t.Fatal(err)
	}
	// What an older build's PutAnalysis leaves: other mentions, a new stamp.
	for _, q := range []string{`UPDATE mentions SET text = 'Quist'`, `UPDATE analysis_stamp SET stamp = stamp + 1`} {
		if _, err := s.db.ExecContext(t.Context(), q); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.PutAnalysis(t.Context(), a); err != nil {
		t.Fatal(err)
	}
	got, err := s.Analysis(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Entities) != 1 || !reflect.DeepEqual(got.Entities[0].Mentions, a.Entities[0].Mentions) {
		t.Errorf("read back %+v, want %+v", got.Entities, a.Entities)
	}
}

// TestUpgradeToStatementRuns checks that the statements of a store made
// before they were numbered within their documents read back in their
// order, and that the next analysis stored over them replaces them.
func TestUpgradeToStatementRuns(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	err = upgrade(ctx, db, storetest.MigrationsBefore(t, migrations, "015"))
	for i, doc := range storetest.OldStatementDocs {
		if err == nil {
			_, err = db.ExecContext(ctx, `INSERT INTO statements (id, pos, doc, speaker, speaker_name, speaker_for,
				speaker_mention, cue, date, venue, direct, content, rune_start, rune_end, question, stance)
				VALUES (?, ?, ?, '', '', '', '', '', '', '', 0, '', 0, 0, '', '')`, fmt.Sprintf("s%d", i+1), i, doc)
		}
	}
	if err == nil {
		_, err = db.ExecContext(ctx, `UPDATE analysis_stamp SET stamp = 1, digests = 1`)
	}
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("open a store made before statement runs: %v", err)
	}
	defer s.Close()
	storetest.UpgradedToStatementRuns(t, s)
}

// TestPutAnalysisKeepsUnchangedStatements stores an analysis, alters the
// stored statements of one document, and stores another analysis in
// which that document's statements are as they were, another's changed
// and a new document's come first: the altered rows stay, which shows
// they were not written again, and the rest is the new analysis, in its
// order.
func TestPutAnalysisKeepsUnchangedStatements(t *testing.T) {
	s := openTemp(t)
	ctx := t.Context()
	first := parallax.Analysis{Statements: []parallax.Statement{
		{ID: "d1-s1", Doc: "d1", Content: "The bridge at Ostrel is open.", Question: "q-d1-s1"},
		{ID: "d2-s1", Doc: "d2", Content: "The bridge at Ostrel is closed.", Question: "q-d1-s1"},
		{ID: "d1-s2", Doc: "d1", Content: "Ferries run every hour.", Question: "q-d1-s2"},
	}}
	if err := s.PutAnalysis(ctx, first); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `UPDATE statements SET venue = 'kept' WHERE doc = 'd1'`); err != nil {
		t.Fatal(err)
	}
	next := parallax.Analysis{Statements: slices.Concat([]parallax.Statement{
		{ID: "d0-s1", Doc: "d0", Content: "Ferries stopped on Monday.", Question: "q-d0-s1"}}, first.Statements)}
	next.Statements[2].Stance = "denies"
	if err := s.PutAnalysis(ctx, next); err != nil {
		t.Fatal(err)
	}
	got, err := s.Analysis(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := slices.Clone(next.Statements)
	want[1].Venue, want[3].Venue = "kept", "kept"
	if !reflect.DeepEqual(got.Statements, want) {
		t.Errorf("statements read back\n%+v\nwant\n%+v", got.Statements, want)
	}
}
