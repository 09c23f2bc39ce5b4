package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// result is what one run of the program left behind.
type result struct {
	code           int
	stdout, stderr string
}

// runWith runs the program with args, as on a terminal when terminal is set.
func runWith(t *testing.T, terminal bool, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	e := env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr, Terminal: terminal}
	code := run(context.Background(), e, args)
	return result{code: code, stdout: stdout.String(), stderr: stderr.String()}
}

// runOK runs the program with args off a terminal and fails the test unless
// it exits 0.
func runOK(t *testing.T, args ...string) result {
	t.Helper()
	r := runWith(t, false, args...)
	if r.code != exitOK {
		t.Fatalf("parallax %s: exit %d, want 0\nstderr: %s", strings.Join(args, " "), r.code, r.stderr)
	}
	return r
}

// lines splits output into its non-empty lines.
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

func TestExitCodes(t *testing.T) {
	db := t.TempDir() + "/p.db"
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"no arguments", nil, exitUsage},
		{"help", []string{"help"}, exitOK},
		{"-h", []string{"-h"}, exitOK},
		{"unknown command", []string{"frobnicate"}, exitUsage},
		{"extract -h", []string{"extract", "-h"}, exitOK},
		{"ingest -h", []string{"ingest", "-h"}, exitOK},
		{"analyze -h", []string{"analyze", "-h"}, exitOK},
		{"extract --help", []string{"extract", "--help"}, exitOK},
		{"--help", []string{"--help"}, exitOK},
		{"--version", []string{"--version"}, exitOK},
		{"search --help", []string{"search", "--help"}, exitOK},
		{"export --help", []string{"export", "--help"}, exitOK},
		{"serve --help", []string{"serve", "--help"}, exitOK},
		{"gen --help", []string{"gen", "--help"}, exitOK},
		{"bench --help", []string{"bench", "--help"}, exitOK},
		{"bench extract --help", []string{"bench", "extract", "--help"}, exitOK},
		{"serve a missing database", []string{"serve", "--db", db + ".missing", "--addr", "127.0.0.1:0"}, exitFailure},
		{"extract unknown flag", []string{"extract", "--frobnicate", "x"}, exitUsage},
		{"ingest unknown flag", []string{"ingest", "--nope", "x"}, exitUsage},
		{"analyze unknown flag", []string{"analyze", "-z"}, exitUsage},
		{"ingest flag without value", []string{"ingest", "--db"}, exitUsage},
		{"analyze bad bool", []string{"analyze", "--json=maybe", "x"}, exitUsage},
		{"extract no input", []string{"extract"}, exitUsage},
		{"ingest no input", []string{"ingest", "--db", db}, exitUsage},
		{"analyze neither paths nor db", []string{"analyze"}, exitUsage},
		{"analyze both paths and db", []string{"analyze", "--db", db, "x"}, exitUsage},
		{"work --help", []string{"work", "--help"}, exitOK},
		{"work a SQLite database", []string{"work", "--db", db}, exitUsage},
		{"ingest --queue into SQLite", []string{"ingest", "--queue", "--db", db, "x"}, exitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(t, false, tt.args...)
			if r.code != tt.want {
				t.Errorf("parallax %v: exit %d, want %d\nstderr: %s", tt.args, r.code, tt.want, r.stderr)
			}
			if tt.want == exitUsage && r.stderr == "" && r.stdout == "" {
				t.Errorf("parallax %v: usage error with no message", tt.args)
			}
		})
	}
}

// TestHelpNamesFlags checks that -h prints each subcommand's own flags.
func TestHelpNamesFlags(t *testing.T) {
	tests := []struct {
		cmd   string
		flags []string
	}{
		{"extract", []string{"-json", "-quiet"}},
		{"ingest", []string{"-db", "-quiet"}},
		{"analyze", []string{"-db", "-json", "-aliases", "-quiet"}},
		{"watch", []string{"-db", "-add", "-remove", "-list", "-once", "-every", "-private"}},
	}
	for _, tt := range tests {
		r := runWith(t, false, tt.cmd, "-h")
		for _, f := range tt.flags {
			if !strings.Contains(r.stderr, f) {
				t.Errorf("parallax %s -h does not mention %s:\n%s", tt.cmd, f, r.stderr)
			}
		}
	}
}
