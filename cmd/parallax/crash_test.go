//go:build unix

package main

import (
	"context"
	"database/sql"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/story/storygen"
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

// waitStored polls the store at db until it holds at least n documents or
// exited is closed, and returns how many it last saw.
func waitStored(db string, n int, exited <-chan struct{}) int {
	seen := 0
	for {
		select {
		case <-exited:
			return seen
		case <-time.After(2 * time.Millisecond):
		}
		conn, err := sql.Open("sqlite", "file:"+db+"?mode=ro&_busy_timeout=1000")
		if err != nil {
			continue
		}
		conn.QueryRow(`SELECT count(*) FROM documents`).Scan(&seen)
		conn.Close()
		if seen >= n {
			return seen
		}
	}
}

// TestIngestSurvivesKills kills ingest with SIGKILL at random moments, then
// lets it finish: every document is stored exactly once, and the analysis
// of the store is the one of a store that was never interrupted.
func TestIngestSurvivesKills(t *testing.T) {
	if testing.Short() {
		t.Skip("runs ingest many times; not in -short")
	}
	dir := t.TempDir()
	const docs = 600
	if err := writeCorpus(t.Context(), dir, docs, storygen.New(storygen.Options{Seed: 9})); err != nil {
		t.Fatal(err)
	}
	input := filepath.Join(dir, "docs")
	clean, killed := filepath.Join(dir, "clean.db"), filepath.Join(dir, "killed.db")
	if out, err := program(t, "ingest", "--quiet", "--db", clean, input).CombinedOutput(); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	// Each run is killed once the store holds a number of documents drawn
	// at random, so that the kills fall all through the ingest.
	rng := rand.New(rand.NewPCG(9, 9))
	const kills = 12
	targets := make([]int, kills)
	for i := range targets {
		targets[i] = 1 + rng.IntN(docs-1)
	}
	slices.Sort(targets)
	var partial []int // documents stored when each kill came
	for _, target := range targets {
		cmd := program(t, "ingest", "--quiet", "--db", killed, input)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan struct{})
		go func() { cmd.Wait(); close(exited) }()
		stored := waitStored(killed, target, exited)
		cmd.Process.Signal(syscall.SIGKILL)
		<-exited
		partial = append(partial, stored)
	}
	t.Logf("documents stored when each kill came: %v of %d", partial, docs)
	if out, err := program(t, "ingest", "--quiet", "--db", killed, input).CombinedOutput(); err != nil {
		t.Fatalf("ingest after %d kills: %v\n%s", kills, err, out)
	}
	ids := map[string]int{}
	st := openStore(t, killed)
	err := st.Documents(t.Context(), func(d parallax.Document) error { ids[d.ID]++; return nil })
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	if want := storedCount(t, clean); len(ids) != want {
		t.Errorf("%d documents stored after %d kills, %d without", len(ids), kills, want)
	}
	for id, n := range ids {
		if n != 1 {
			t.Errorf("document %s stored %d times", id, n)
		}
	}
	a, b := runOK(t, "analyze", "--json", "--db", clean).stdout, runOK(t, "analyze", "--json", "--db", killed).stdout
	if a != b {
		t.Errorf("the analysis of the store ingest was killed on differs from the uninterrupted one's")
	}
}
