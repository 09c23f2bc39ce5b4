package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/story/storygen"
)

// crashBench kills the processes that store documents with SIGKILL at
// random moments of a run over a generated stream, runs them again until
// the run completes, and checks the store against one filled without
// interruption: the same documents, each once, and the same analysis.
// With SQLite it kills `ingest`; with PostgreSQL it kills `ingest --queue`
// and then `work`.
type crashBench struct {
	env env
	// command returns the command that runs this program with args in a
	// process of its own.
	command func(args ...string) *exec.Cmd
	rng     *rand.Rand
	docs    string        // the generated documents
	workers int           // workers of each `work`
	timeout time.Duration // `work --job-timeout`
	// kills records, per kill, what it interrupted and how far the run
	// had got, for the report; notes what else the report says of the run.
	kills, notes []string
}

// crashSettle bounds the random wait between the moment a kill's target is
// reached and the kill, so that kills fall inside transactions as well as
// between them.
const crashSettle = 30 * time.Millisecond

func (c *benchCommand) crash(ctx context.Context, args []string) error {
	const synopsis = "bench crash [--docs 10000] [--kills 50] [--seed N] [--db FILE|postgres://...?search_path=SCHEMA] [--dir DIR]"
	fs := newFlagSet(c.env, "bench crash", synopsis)
	docs := fs.Int("docs", 10000, "documents to generate")
	kills := fs.Int("kills", 50, "how many times to kill a process with SIGKILL")
	seed := fs.Uint64("seed", 1, "seed of the generator and of the moments of the kills")
	db := fs.String("db", "", "the store to fill while being killed: a new SQLite file (default: in --dir), or a postgres:// URL whose search_path names an empty or new schema")
	dir := fs.String("dir", "", "folder for the generated corpus and the SQLite stores (default: a temporary folder, removed after)")
	workers := fs.Int("workers", 2, "workers of each `work` process (PostgreSQL)")
	timeout := fs.Duration("job-timeout", 2*time.Second, "`work --job-timeout`: a killed worker's jobs are run again after twice that")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 || *docs < 1 || *kills < 0 || *workers < 1 || *timeout <= 0 {
		fs.Usage()
		return parallax.Errorf(parallax.EInvalid, "bench crash takes no paths, a positive --docs, --workers and --job-timeout, and --kills of 0 or more")
	}
	root, cleanup, err := benchDir(*dir, "crash")
	if err != nil {
		return fmt.Errorf("bench crash: %w", err)
	}
	defer cleanup()
	b := &crashBench{env: c.env, command: c.command, rng: rand.New(rand.NewPCG(*seed, 0x6b696c6c)),
		docs: filepath.Join(root, "docs"), workers: *workers, timeout: *timeout}
	if b.command == nil {
		b.command = selfCommand
	}
	if err := writeCorpus(ctx, root, *docs, storygen.New(storygen.Options{Seed: *seed})); err != nil {
		return fmt.Errorf("bench crash: %w", err)
	}
	return b.run(ctx, root, *db, *docs, *kills)
}

// selfCommand runs this executable with args.
func selfCommand(args ...string) *exec.Cmd {
	exe, err := os.Executable()
	if err != nil {
		exe = os.Args[0]
	}
	return exec.Command(exe, args...)
}

// run fills a clean store and the killed one and compares them.
func (b *crashBench) run(ctx context.Context, root, db string, docs, kills int) error {
	start := time.Now()
	clean := filepath.Join(root, "clean.db")
	if err := b.finish("ingest", "--quiet", "--db", clean, b.docs); err != nil {
		return err
	}
	if db == "" {
		db = filepath.Join(root, "killed.db")
	}
	if isPostgres(db) {
		// A schema the run makes is dropped once the comparison has read it.
		made, err := emptySchema(ctx, db)
		if err != nil {
			return fmt.Errorf("bench crash: %w", err)
		}
		if made != "" {
			defer dropSchema(db, made)
		}
	}
	if err := b.fill(ctx, db, docs, kills); err != nil {
		return fmt.Errorf("bench crash: %w", err)
	}
	fmt.Fprintf(b.env.Stdout, "%d kills of %d documents' run into %s:\n", len(b.kills), docs, redacted(db))
	for _, k := range b.kills {
		fmt.Fprintf(b.env.Stdout, "  %s\n", k)
	}
	for _, n := range b.notes {
		fmt.Fprintln(b.env.Stdout, n)
	}
	problems, err := b.compare(ctx, clean, db)
	if err != nil {
		return fmt.Errorf("bench crash: %w", err)
	}
	fmt.Fprintf(b.env.Stdout, "took %s\n", time.Since(start).Round(time.Second))
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintf(b.env.Stdout, "FAIL %s\n", p)
		}
		return fmt.Errorf("bench crash: the store filled while being killed differs from the clean one in %d ways", len(problems))
	}
	fmt.Fprintln(b.env.Stdout, "ok: every document stored once, as in the clean store, and the same analysis")
	return nil
}

// fill fills the store at db while killing the processes that write it.
func (b *crashBench) fill(ctx context.Context, db string, docs, kills int) error {
	if isPostgres(db) {
		return b.killQueue(ctx, db, docs, kills)
	}
	return b.killIngest(db, docs, kills)
}

// killIngest kills `ingest` into the SQLite file db, then lets it finish.
func (b *crashBench) killIngest(db string, docs, kills int) error {
	if _, err := os.Stat(db); err == nil {
		return fmt.Errorf("%s exists; name a new file", db)
	}
	count := func() (int, error) { return sqliteCount(db) }
	args := []string{"ingest", "--quiet", "--db", db, b.docs}
	for _, target := range b.targets(kills, docs) {
		if err := b.killAt("ingest", args, count, target); err != nil {
			return err
		}
	}
	return b.finish(args...)
}

// killQueue kills `ingest --queue` into the PostgreSQL schema of dsn, then
// `work`, and lets each finish. A fifth of the kills go to the queueing.
func (b *crashBench) killQueue(ctx context.Context, dsn string, docs, kills int) error {
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	count := func(table string) func() (int, error) {
		return func() (int, error) {
			var n int
			err := conn.QueryRow(ctx, `SELECT count(*) FROM `+table).Scan(&n)
			if isUndefinedTable(err) {
				return 0, nil // not made yet
			}
			return n, err
		}
	}
	enqueue := []string{"ingest", "--queue", "--quiet", "--db", dsn, b.docs}
	for _, target := range b.targets(kills/5, docs) {
		if err := b.killAt("ingest --queue", enqueue, count("river_job"), target); err != nil {
			return err
		}
	}
	if err := b.finish(enqueue...); err != nil {
		return err
	}
	work := []string{"work", "--db", dsn, "--drain", "--workers", strconv.Itoa(b.workers), "--job-timeout", b.timeout.String()}
	for _, target := range b.targets(kills-kills/5, docs) {
		if err := b.killAt("work", work, count("documents"), target); err != nil {
			return err
		}
	}
	if err := b.finish(work...); err != nil {
		return err
	}
	var jobs, again, left int
	if err := conn.QueryRow(ctx, `SELECT count(*), count(*) FILTER (WHERE attempt > 1),
		count(*) FILTER (WHERE state <> 'completed') FROM river_job`).Scan(&jobs, &again, &left); err != nil {
		return err
	}
	b.notes = append(b.notes, fmt.Sprintf("queue: %d jobs for %d documents, %d run again, %d not completed", jobs, docs, again, left))
	if left > 0 {
		return fmt.Errorf("%d jobs not completed", left)
	}
	return nil
}

// targets draws n progress counts in [0, total), in increasing order, at
// which to kill a run.
func (b *crashBench) targets(n, total int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = b.rng.IntN(total)
	}
	slices.Sort(out)
	return out
}

// killAt starts the program with args, waits until count reaches target,
// and a random moment more, and kills it with SIGKILL. A run that ends
// first is noted as such.
func (b *crashBench) killAt(what string, args []string, count func() (int, error), target int) error {
	cmd := b.command(args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	seen := 0
	for seen < target {
		select {
		case err := <-exited:
			b.kills = append(b.kills, fmt.Sprintf("%s ended before its kill at %d (%d done)", what, target, seen))
			if err != nil {
				return fmt.Errorf("parallax %s: %w: %s", what, err, strings.TrimSpace(stderr.String()))
			}
			return nil
		case <-time.After(2 * time.Millisecond):
		}
		n, err := count()
		if err != nil {
			cmd.Process.Kill()
			<-exited
			return err
		}
		seen = n
	}
	time.Sleep(time.Duration(b.rng.Int64N(int64(crashSettle))))
	cmd.Process.Kill() // SIGKILL
	<-exited
	n, _ := count()
	b.kills = append(b.kills, fmt.Sprintf("%s killed at %d done", what, n))
	return nil
}

// finish runs the program with args to its end.
func (b *crashBench) finish(args ...string) error {
	cmd := b.command(args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("parallax %s: %w: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return nil
}

// compare returns how the store at db differs from the clean one: in the
// documents stored, each by its id, and in their analysis.
func (b *crashBench) compare(ctx context.Context, clean, db string) ([]string, error) {
	want, err := storedDocuments(ctx, clean)
	if err != nil {
		return nil, err
	}
	got, err := storedDocuments(ctx, db)
	if err != nil {
		return nil, err
	}
	problems := documentProblems(got, want)
	wantA, err := b.analysis(clean)
	if err != nil {
		return nil, err
	}
	gotA, err := b.analysis(db)
	if err != nil {
		return nil, err
	}
	g, w := reflect.ValueOf(gotA), reflect.ValueOf(wantA)
	for i := range g.NumField() {
		if !reflect.DeepEqual(g.Field(i).Interface(), w.Field(i).Interface()) {
			problems = append(problems, fmt.Sprintf("the analysis' %s differ", g.Type().Field(i).Name))
		}
	}
	fmt.Fprintf(b.env.Stdout, "%d documents stored (clean: %d); analysis: %d stories, %d statements, %d conflicts (clean: %d, %d, %d)\n",
		len(got), len(want), len(gotA.Stories), len(gotA.Statements), len(gotA.Conflicts),
		len(wantA.Stories), len(wantA.Statements), len(wantA.Conflicts))
	return problems, nil
}

// documentProblems lists the documents missing from got, those it has
// that want lacks, and those that differ.
func documentProblems(got, want map[string][]parallax.Document) []string {
	var out []string
	for _, id := range slices.Sorted(maps.Keys(want)) {
		switch g := got[id]; {
		case len(g) == 0:
			out = append(out, fmt.Sprintf("document %s (%s) missing", id, want[id][0].Source))
		case len(g) > 1:
			out = append(out, fmt.Sprintf("document %s stored %d times", id, len(g)))
		case !reflect.DeepEqual(g[0], want[id][0]):
			out = append(out, fmt.Sprintf("document %s (%s) differs from the clean store's", id, g[0].Source))
		}
	}
	for _, id := range slices.Sorted(maps.Keys(got)) {
		if len(want[id]) == 0 {
			out = append(out, fmt.Sprintf("document %s (%s) stored, not in the clean store", id, got[id][0].Source))
		}
	}
	return out
}

// analysis runs `analyze --json --db db` in a process of its own and
// returns the analysis without its documents, which compare checks
// itself.
func (b *crashBench) analysis(db string) (parallax.Analysis, error) {
	args := []string{"analyze", "--json", "--quiet", "--db", db}
	cmd := b.command(args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	var a parallax.Analysis
	if err := cmd.Run(); err != nil {
		return a, fmt.Errorf("parallax %s: %w: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	if err := json.Unmarshal(stdout.Bytes(), &a); err != nil {
		return a, fmt.Errorf("analyze --json: %w", err)
	}
	a.Documents = nil
	return a, nil
}

// storedDocuments reads every document of the store at db, by id.
func storedDocuments(ctx context.Context, db string) (map[string][]parallax.Document, error) {
	st, err := openDB(ctx, db, true)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	out := map[string][]parallax.Document{}
	err = st.Documents(ctx, func(d parallax.Document) error {
		out[d.ID] = append(out[d.ID], d)
		return nil
	})
	return out, err
}

// sqliteCount returns how many documents the SQLite file db holds, read
// without writing, and 0 before its tables are made.
func sqliteCount(db string) (int, error) {
	if _, err := os.Stat(db); err != nil {
		return 0, nil
	}
	conn, err := sql.Open("sqlite", "file:"+db+"?mode=ro&_pragma=busy_timeout(1000)")
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	var n int
	if err := conn.QueryRow(`SELECT count(*) FROM documents`).Scan(&n); err != nil {
		if strings.Contains(err.Error(), "no such table") {
			return 0, nil
		}
		return 0, err
	}
	return n, nil
}

// emptySchema makes the schema that dsn's search_path names first, or
// checks that it holds no table, and returns its name when it made it.
func emptySchema(ctx context.Context, dsn string) (string, error) {
	u, err := url.Parse(dsn)
	if err != nil {
		return "", err
	}
	schema, _, _ := strings.Cut(u.Query().Get("search_path"), ",")
	if schema = strings.TrimSpace(schema); schema == "" {
		return "", parallax.Errorf(parallax.EInvalid, "name a new schema for the run: ?search_path=SCHEMA in --db")
	}
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return "", err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	var exists bool
	var tables int
	err = conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1),
		(SELECT count(*) FROM pg_tables WHERE schemaname = $1)`, schema).Scan(&exists, &tables)
	switch {
	case err != nil:
		return "", err
	case tables > 0:
		return "", fmt.Errorf("schema %s holds tables; name a new or empty one", schema)
	case exists:
		return "", nil
	}
	_, err = conn.Exec(ctx, `CREATE SCHEMA `+pgx.Identifier{schema}.Sanitize())
	return schema, err
}

// dropSchema drops the schema the run made, with all it holds.
func dropSchema(dsn, schema string) {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return
	}
	defer conn.Close(ctx)
	conn.Exec(ctx, `DROP SCHEMA `+pgx.Identifier{schema}.Sanitize()+` CASCADE`)
}

// isUndefinedTable reports whether err is PostgreSQL's "relation does not
// exist".
func isUndefinedTable(err error) bool {
	var pe interface{ SQLState() string }
	return errors.As(err, &pe) && pe.SQLState() == "42P01"
}

// redacted returns db with any password in it masked, for messages.
func redacted(db string) string {
	if u, err := url.Parse(db); err == nil && isPostgres(db) {
		return u.Redacted()
	}
	return db
}
