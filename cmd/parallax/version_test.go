package main

import (
	"context"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

func TestDescribeBuild(t *testing.T) {
	stamped := &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.time", Value: "2031-03-14T10:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}
	for _, tc := range []struct {
		name, release string
		info          *debug.BuildInfo
		ok            bool
		want          string
	}{
		{"release named at build", "v1.2.0", stamped, true, "parallax v1.2.0 (commit 0123456789ab, 2031-03-14T10:00:00Z, modified)"},
		{"checkout", "", stamped, true, "parallax (devel) (commit 0123456789ab, 2031-03-14T10:00:00Z, modified)"},
		{"installed module", "", &debug.BuildInfo{Main: debug.Module{Version: "v0.3.1"}}, true, "parallax v0.3.1"},
		{"no build info", "", nil, false, "parallax (devel)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := describeBuild(tc.release, tc.info, tc.ok); got != tc.want+" "+runtime.Version() {
				t.Errorf("describeBuild = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestVersionFlag(t *testing.T) {
	r := runOK(t, "--version")
	if !strings.HasPrefix(r.stdout, "parallax ") || !strings.Contains(r.stdout, runtime.Version()) {
		t.Errorf("parallax --version printed %q", r.stdout)
	}
}

func TestServeRefusesAMissingDatabase(t *testing.T) {
	db := t.TempDir() + "/typo.db"
	r := runWith(t, false, "serve", "--db", db, "--addr", "127.0.0.1:0")
	if r.code != exitFailure || !strings.Contains(r.stderr, "no such database") || !strings.Contains(r.stderr, "--create") {
		t.Errorf("serve --db a missing file: exit %d, stderr %q", r.code, r.stderr)
	}
	if _, err := openDB(t.Context(), db, true); err == nil {
		t.Errorf("serve created %s", db)
	}
}

func TestServeCreatesADatabaseWhenAsked(t *testing.T) {
	db := t.TempDir() + "/new.db"
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var out strings.Builder
	// Serving means the store opened: stop then.
	stdout := stopOnWrite{&out, cancel}
	code := run(ctx, env{Stdin: strings.NewReader(""), Stdout: stdout, Stderr: &out}, []string{"serve", "--db", db, "--create", "--addr", "127.0.0.1:0"})
	if code != exitOK {
		t.Fatalf("serve --create: exit %d: %s", code, out.String())
	}
	if _, err := os.Stat(db); err != nil {
		t.Errorf("serve --create made no database: %v", err)
	}
}

// stopOnWrite cancels a context at the first write.
type stopOnWrite struct {
	w    io.Writer
	stop func()
}

func (s stopOnWrite) Write(p []byte) (int, error) {
	s.stop()
	return s.w.Write(p)
}
