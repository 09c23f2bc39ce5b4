package postgres

import (
	"context"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"net/url"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/postgres/pgtest"
	"github.com/parallax-news/parallax/storetest"
)

func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), pgtest.DSN(t))
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

// TestJIT checks that the store's connections do not compile queries,
// unless the DSN asks them to.
func TestJIT(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	for _, tt := range []struct{ dsn, want string }{{dsn, "off"}, {dsn + "&jit=on", "on"}} {
		s, err := Open(ctx, tt.dsn)
		if err != nil {
			t.Fatal(err)
		}
		var got string
		err = s.pool.QueryRow(ctx, `SHOW jit`).Scan(&got)
		s.Close()
		if err != nil || got != tt.want {
			t.Errorf("Open(%s): jit = %q, %v; want %q", tt.dsn, got, err, tt.want)
		}
	}
}

// TestConcurrentProcesses opens one schema from several stores at once,
// each with its own pool, as separate ingest processes would, and has each
// put the same documents in its own order: several versions at each of a
// few URLs, and documents with no URL. Every document must be stored once,
// and the versions at each URL numbered 1, 2, 3… with each linked to the
// one before.
func TestConcurrentProcesses(t *testing.T) {
	const writers, urls, versions, unlinked = 4, 5, 6, 10
	var docs []parallax.Document
	for u := range urls {
		for v := range versions {
			docs = append(docs, concurrentDoc(u*versions+v, fmt.Sprintf("https://news.example.org/live/%d", u)))
		}
	}
	for i := range unlinked {
		docs = append(docs, concurrentDoc(1000+i, ""))
	}
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	var (
		wg     sync.WaitGroup
		mu     sync.Mutex
		counts = map[parallax.PutResult]int{}
	)
	errs := make(chan error, writers*len(docs))
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Every writer migrates the new schema at the same moment too.
			s, err := Open(ctx, dsn)
			if err != nil {
				errs <- err
				return
			}
			defer s.Close()
			order := rand.New(rand.NewPCG(uint64(w), 7)).Perm(len(docs))
			for _, i := range order {
				res, err := s.PutDocument(ctx, docs[i])
				if err != nil {
					errs <- err
					continue
				}
				mu.Lock()
				counts[res]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent writer: %v", err)
	}
	want := map[parallax.PutResult]int{
		parallax.Added:     urls + unlinked,
		parallax.Revised:   urls * (versions - 1),
		parallax.Unchanged: (writers - 1) * len(docs),
	}
	for res, n := range want {
		if counts[res] != n {
			t.Errorf("%d puts said %v, want %d (all: %v)", counts[res], res, n, counts)
		}
	}
	s, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	byURL := map[string][]parallax.Document{}
	n := 0
	if err := s.Documents(ctx, func(d parallax.Document) error {
		n++
		byURL[d.URL] = append(byURL[d.URL], d)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if n != len(docs) {
		t.Errorf("%d documents stored, want %d", n, len(docs))
	}
	for url, ds := range byURL {
		sort.Slice(ds, func(i, j int) bool { return ds[i].Revision < ds[j].Revision })
		for i, d := range ds {
			prev := ""
			if url != "" && i > 0 {
				prev = ds[i-1].ID
			}
			rev := i + 1
			if url == "" {
				rev = 1
			}
			if d.Revision != rev || d.Previous != prev {
				t.Errorf("at %q, document %s is revision %d after %q; want revision %d after %q", url, d.ID, d.Revision, d.Previous, rev, prev)
			}
		}
	}
}

func concurrentDoc(n int, url string) parallax.Document {
	title := fmt.Sprintf("Live report, update %d", n)
	body := fmt.Sprintf("Update %d: the talks go on behind closed doors.", n)
	return parallax.Document{ID: parallax.DocID(title, body), Source: fmt.Sprintf("live/%d.html", n), URL: url, Title: title, Body: body}
}

// TestUnstorableText checks what PostgreSQL text cannot hold: a document
// with it is refused with code EInvalid and nothing is written, and an id
// or filter with it finds nothing instead of failing.
func TestUnstorableText(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	defer s.Close()
	good := parallax.Document{ID: "a1", Title: "Talks", Body: "The talks resumed.", Outlet: "Wire"}
	if _, err := s.PutDocument(ctx, good); err != nil {
		t.Fatal(err)
	}
	for _, d := range []parallax.Document{
		{ID: "b1", Title: "Talks", Body: "NUL \x00 inside"},
		{ID: "b2", Title: "Talks \xff", Body: "invalid UTF-8 in the title"},
		{ID: "b3", Title: "Talks", Body: "a comment", Comments: []parallax.Comment{{Text: "fine"}, {Author: "x\x00"}}},
		{ID: "b\x00", Title: "Talks", Body: "a NUL in the id"},
	} {
		_, err := s.PutDocument(ctx, d)
		if parallax.ErrorCode(err) != parallax.EInvalid {
			t.Errorf("PutDocument(%q): error %v, want code %s", d.ID, err, parallax.EInvalid)
		}
	}
	if n, err := s.CountDocuments(ctx); err != nil || n != 1 {
		t.Errorf("CountDocuments = %d, %v after refused puts; want 1", n, err)
	}
	for _, id := range []string{"a\x00", "\xff"} {
		if _, err := s.Document(ctx, id); parallax.ErrorCode(err) != parallax.ENotFound {
			t.Errorf("Document(%q): error %v, want code %s", id, err, parallax.ENotFound)
		}
	}
	for _, q := range []parallax.SearchQuery{
		{Outlet: "Wire\x00"}, {Lang: "\xff"}, {Story: "s\x00"}, {Speaker: "\xfe", Text: "talks"},
	} {
		res, err := s.Search(ctx, q)
		if err != nil || res.Total != 0 {
			t.Errorf("Search(%+v) = %d matches, %v; want none and no error", q, res.Total, err)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	missing := strings.Replace(dsn, "search_path=", "search_path=no_such_schema_", 1)
	tests := []struct {
		name, dsn, says string
	}{
		{"not a DSN", "postgres://[::1", "open store"},
		{"no such schema", missing, "no schema"},
		{"nothing listening", "postgres://postgres:secret@127.0.0.1:1/test?sslmode=disable&connect_timeout=5", "127.0.0.1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(ctx, tt.dsn)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) succeeded", tt.dsn)
			}
			if !strings.Contains(err.Error(), tt.says) {
				t.Errorf("Open(%q): %v; want it to say %q", tt.dsn, err, tt.says)
			}
			if strings.Contains(err.Error(), "secret") {
				t.Errorf("Open(%q): %v shows the password", tt.dsn, err)
			}
		})
	}
}

// TestOpenNeedsUTF8 opens a store in a database whose encoding is not
// UTF-8, made for the test where the role may create databases.
func TestOpenNeedsUTF8(t *testing.T) {
	ctx := context.Background()
	pool := newPool(t)
	name := fmt.Sprintf("parallax_test_ascii_%x", rand.Uint64())
	if _, err := pool.Exec(ctx, `CREATE DATABASE `+name+` ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0`); err != nil {
		t.Skipf("cannot create a database to test with: %v", err)
	}
	t.Cleanup(func() {
		if _, err := pool.Exec(ctx, `DROP DATABASE `+name); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
	})
	u, err := url.Parse(pool.Config().ConnString())
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Del("search_path")
	u.Path, u.RawQuery = "/"+name, q.Encode()
	dsn := u.String()
	s, err := Open(ctx, dsn)
	if err == nil {
		s.Close()
		t.Fatalf("Open(%s) accepted a SQL_ASCII database", dsn)
	}
	if !strings.Contains(err.Error(), "UTF8") {
		t.Errorf("Open(%s): %v; want it to name the encoding needed", dsn, err)
	}
}

// TestOpenReadOnly opens an up-to-date store in read-only sessions, as a
// role that may only read would: opening writes nothing then.
func TestOpenReadOnly(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	readOnly := dsn + "&default_transaction_read_only=on"
	if s, err := Open(ctx, readOnly); err == nil {
		s.Close()
		t.Fatal("Open created the tables of a new store in a read-only session")
	}
	s, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, readOnly)
	if err != nil {
		t.Fatalf("Open of an up-to-date store, read-only: %v", err)
	}
	defer s.Close()
	if _, err := s.Search(ctx, parallax.SearchQuery{Text: "talks"}); err != nil {
		t.Errorf("Search, read-only: %v", err)
	}
}

func newPool(t *testing.T) *pgxpool.Pool {
	t.Helper()
	pool, err := pgxpool.New(context.Background(), pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	return pool
}

func TestMigrations(t *testing.T) {
	storetest.Migrations(t, func(t *testing.T) storetest.Migrator {
		ctx := context.Background()
		pool := newPool(t)
		count := func(query string, args ...any) (int, error) {
			var n int
			err := pool.QueryRow(ctx, query, args...).Scan(&n)
			return n, err
		}
		return storetest.Migrator{
			Upgrade: func(fsys fs.FS) error { return upgrade(ctx, pool, fsys) },
			Count:   func(query string) (int, error) { return count(query) },
			HasTable: func(name string) (bool, error) {
				n, err := count("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = $1", name)
				return n > 0, err
			},
		}
	})
}

// TestUpgradeToCopies checks that a store made before documents kept their
// copies opens with its documents whole, none with copies, and records
// copies from then on.
func TestUpgradeToCopies(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	err = upgrade(ctx, pool, storetest.MigrationsBefore(t, migrations, "003"))
	if err == nil {
		_, err = pool.Exec(ctx, `INSERT INTO documents (id, source, url, title, outlet, author, published, published_basis,
			lang, body, revision, previous, comments, captions, furniture, foreign_spans, fts)
			VALUES ('d1', 'a.txt', '', 'Old title', '', '', '', '', 'en', 'Old body.', 1, '', 'null', 'null', 'null', 'null', '')`)
	}
	pool.Close()
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(ctx, dsn)
	if err != nil {
		t.Fatalf("open a store made before copies: %v", err)
	}
	defer s.Close()
	storetest.UpgradedToCopies(t, s)
}

// TestUpgradeToStatementRuns checks that the statements of a store made
// before they were numbered within their documents read back in their
// order, and that the next analysis stored over them replaces them.
func TestUpgradeToStatementRuns(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	err = upgrade(ctx, pool, storetest.MigrationsBefore(t, migrations, "013"))
	for i, doc := range storetest.OldStatementDocs {
		if err == nil {
			_, err = pool.Exec(ctx, `INSERT INTO statements (id, pos, doc, speaker, speaker_name, speaker_for,
				speaker_mention, cue, date, venue, direct, content, rune_start, rune_end, question, stance)
				VALUES ($1, $2, $3, '', '', '', '', '', '', '', false, '', 0, 0, '', '')`, fmt.Sprintf("s%d", i+1), i, doc)
		}
	}
	pool.Close()
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(ctx, dsn)
	if err != nil {
		t.Fatalf("open a store made before statement runs: %v", err)
	}
	defer s.Close()
	storetest.UpgradedToStatementRuns(t, s)
}
