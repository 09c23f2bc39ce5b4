package storygen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGeneratorDeterministicAndLabelled(t *testing.T) {
	a, b := New(Options{Seed: 7}), New(Options{Seed: 7})
	stories := map[string]int{}
	names := map[string]bool{}
	for i := 0; i < 2000; i++ {
		x, y := a.Next(), b.Next()
		if x != y {
			t.Fatalf("document %d differs between two generators with one seed", i)
		}
		if strings.Contains(x.Body, "{") || x.Title == "" || x.Story == "" || x.Thread == "" {
			t.Fatalf("document %d incomplete: %+v", i, x)
		}
		if names[x.Name] {
			t.Fatalf("file name %s repeated", x.Name)
		}
		names[x.Name] = true
		stories[x.Story]++
	}
	if len(stories) < 100 || len(stories) > 400 {
		t.Errorf("%d stories in 2000 documents; want about 200", len(stories))
	}
}

func TestPoolsFromDir(t *testing.T) {
	dir := t.TempDir()
	text := "The council of Brenholm met on March 4. Mayor Anna Lind said the budget was 40 million. Lind added that Brenholm would borrow less. Critics in Brenholm disagreed with Anna Lind."
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "short.txt"), []byte("Too short."), 0o644); err != nil {
		t.Fatal(err)
	}
	pools, err := PoolsFromDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(pools) != 1 {
		t.Fatalf("%d pools, want 1", len(pools))
	}
	joined := strings.Join(pools[0], "\n")
	for _, gone := range []string{"Brenholm", "Anna Lind", "March 4", "40"} {
		if strings.Contains(joined, gone) {
			t.Errorf("pool still holds %q:\n%s", gone, joined)
		}
	}
	g := New(Options{Seed: 1, Pools: pools})
	if d := g.Next(); strings.Contains(d.Body, "{") {
		t.Errorf("unfilled slot in %q", d.Body)
	}
	if _, err := PoolsFromDir(filepath.Join(dir, "missing")); err == nil {
		t.Error("no error for a missing folder")
	}
}
