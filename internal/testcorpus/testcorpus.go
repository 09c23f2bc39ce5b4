// Package testcorpus finds the shared evaluation material (the Karabakh
// corpus and the public benchmarks) that lives beside the repository in
// ../shared. Tests reach it only through Dir.
package testcorpus

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Root returns the path of the shared folder: $PARALLAX_SHARED, or the
// folder "shared" beside the repository.
func Root() string {
	if p := os.Getenv("PARALLAX_SHARED"); p != "" {
		return p
	}
	_, file, _, _ := runtime.Caller(0)
	repo := filepath.Join(filepath.Dir(file), "..", "..")
	return filepath.Join(repo, "..", "shared")
}

// Dir returns the path of rel inside the shared folder. When it is absent
// the test is skipped with a message naming the path — except under CI=true,
// where absence fails the test.
func Dir(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(Root(), rel)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared test material %s is missing (CI=true): %v", p, err)
		}
		t.Skipf("shared test material %s is absent; skipping", p)
	}
	return p
}
