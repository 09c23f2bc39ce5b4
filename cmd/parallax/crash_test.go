//go:build unix

package main

import (
	"bytes"
	"context"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/postgres/pgtest"
)

// childVariable, when set, makes the test binary run the program with its
// arguments instead of the tests, so that a test can kill a real process.
const childVariable = "PARALLAX_TEST_RUN_PROGRAM"

func TestMain(m *testing.M) {
	if os.Getenv(childVariable) == "1" {
		e := env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
		os.Exit(run(context.Background(), e, os.Args[1:]))
	}
	os.Exit(m.Run())
}

// program returns the command that runs the program with args in a
// process of its own.
func program(t *testing.T, args ...string) *exec.Cmd {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), childVariable+"=1")
	return cmd
}

// crashBenchOK runs `bench crash` with args, its processes children of the
// test binary, and fails t unless it passes and every kill fell inside
// the run.
func crashBenchOK(t *testing.T, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	c := &benchCommand{env: env{Stdout: &stdout, Stderr: &stderr},
		command: func(args ...string) *exec.Cmd { return program(t, args...) }}
	err := c.Run(t.Context(), append([]string{"crash"}, args...))
	t.Logf("bench crash %s:\n%s%s", strings.Join(args, " "), stdout.String(), stderr.String())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout.String(), "ok: every document stored once") {
		t.Errorf("bench crash passed without saying so")
	}
	return stdout.String()
}

// TestCrashSQLite kills ingest with SIGKILL at random moments, then lets it
// finish: every document is stored exactly once, and the analysis of the
// store is the one of a store that was never interrupted. The full check
// is `parallax bench crash` (10,000 documents, 50 kills).
func TestCrashSQLite(t *testing.T) {
	if testing.Short() {
		t.Skip("runs ingest many times; not in -short")
	}
	t.Parallel()
	out := crashBenchOK(t, "--docs", "250", "--kills", "6", "--seed", "9", "--dir", t.TempDir())
	if n := strings.Count(out, "ingest killed at"); n < 4 {
		t.Errorf("%d of 6 kills fell inside the run, want most", n)
	}
}

// TestCrashQueue kills `ingest --queue` and then `work` with SIGKILL at
// random moments: the jobs the killed workers held are run again, every
// document is stored once, and the analysis is that of the same corpus
// ingested without the queue.
func TestCrashQueue(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for the queue to rescue dead workers' jobs; not in -short")
	}
	t.Parallel()
	// A schema of its own, which the bench makes and drops; were it left,
	// a later run would drop it as a stale test schema, by its name.
	u, err := url.Parse(pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	schema := q.Get("search_path") + "_crash"
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	out := crashBenchOK(t, "--docs", "200", "--kills", "5", "--seed", "3", "--job-timeout", "1s", "--db", u.String(), "--dir", t.TempDir())
	if n := strings.Count(out, "work killed at"); n < 3 {
		t.Errorf("%d of 4 kills of work fell inside the run, want most", n)
	}
	conn, err := pgx.Connect(t.Context(), u.String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var left bool
	if err := conn.QueryRow(t.Context(), `SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)`, schema).Scan(&left); err != nil || left {
		t.Errorf("the schema the bench made is still there (%v)", err)
	}
}

// TestDocumentProblems: the comparison of two stores names each document
// missing, stored twice, changed or extra.
func TestDocumentProblems(t *testing.T) {
	doc := func(id, source string) parallax.Document {
		return parallax.Document{ID: id, Source: source, Body: "text " + id}
	}
	want := map[string][]parallax.Document{"a": {doc("a", "a.txt")}, "b": {doc("b", "b.txt")}, "c": {doc("c", "c.txt")}}
	tests := []struct {
		name string
		got  map[string][]parallax.Document
		want []string
	}{
		{"same", map[string][]parallax.Document{"a": {doc("a", "a.txt")}, "b": {doc("b", "b.txt")}, "c": {doc("c", "c.txt")}}, nil},
		{"missing", map[string][]parallax.Document{"a": {doc("a", "a.txt")}, "c": {doc("c", "c.txt")}}, []string{"document b (b.txt) missing"}},
		{"twice", map[string][]parallax.Document{"a": {doc("a", "a.txt"), doc("a", "a.txt")}, "b": {doc("b", "b.txt")}, "c": {doc("c", "c.txt")}},
			[]string{"document a stored 2 times"}},
		{"changed", map[string][]parallax.Document{"a": {doc("a", "a.txt")}, "b": {doc("b", "other.txt")}, "c": {doc("c", "c.txt")}},
			[]string{"document b (other.txt) differs from the clean store's"}},
		{"extra", map[string][]parallax.Document{"a": {doc("a", "a.txt")}, "b": {doc("b", "b.txt")}, "c": {doc("c", "c.txt")}, "d": {doc("d", "d.txt")}},
			[]string{"document d (d.txt) stored, not in the clean store"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := documentProblems(tt.got, want)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("problems %q, want %q", got, tt.want)
			}
		})
	}
}
