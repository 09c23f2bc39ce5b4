//go:build unix

package main

import (
	"context"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/postgres/pgtest"
)

// TestWorkSurvivesKill queues a generated corpus, kills a worker with
// SIGKILL while it has jobs under way, and drains the queue with another:
// the jobs the killed worker held are run again, every document is stored
// once, and the analysis is that of the same corpus ingested without the
// queue.
func TestWorkSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for the queue to rescue a dead worker's jobs; not in -short")
	}
	dsn := pgtest.DSN(t)
	dir := generated(t, 300, 3)
	clean := filepath.Join(t.TempDir(), "clean.db")
	runOK(t, "ingest", "--db", clean, dir)
	runOK(t, "ingest", "--queue", "--db", dsn, dir)

	conn, err := pgx.Connect(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	count := func(query string) int {
		var n int
		if err := conn.QueryRow(t.Context(), query).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	cmd := program(t, "work", "--db", dsn, "--workers", "2", "--job-timeout", "1s")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	// Kill it once it has stored some documents and holds jobs under way.
	for count(`SELECT count(*) FROM documents`) < 50 || count(`SELECT count(*) FROM river_job WHERE state = 'running'`) == 0 {
		select {
		case <-exited:
			t.Fatal("the worker exited before it was killed")
		case <-time.After(time.Millisecond):
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	<-exited
	held := count(`SELECT count(*) FROM river_job WHERE state = 'running'`)
	runOK(t, "work", "--db", dsn, "--drain", "--job-timeout", "1s")

	if n := count(`SELECT count(*) FROM river_job WHERE state = 'completed' AND attempt > 1`); n < held || held == 0 {
		t.Errorf("the killed worker held %d jobs; %d were run again", held, n)
	}
	if n := count(`SELECT count(*) FROM river_job WHERE state <> 'completed'`); n != 0 {
		t.Errorf("%d jobs not completed", n)
	}
	if got, want := count(`SELECT count(*) FROM documents`), storedCount(t, clean); got != want {
		t.Errorf("%d documents stored through the queue, %d without", got, want)
	}
	analysis := func(db string) parallax.Analysis {
		return derived(t, runOK(t, "analyze", "--json", "--db", db).stdout)
	}
	sameAnalysis(t, "analysis of the documents stored through the queue", analysis(dsn), analysis(clean))
}
