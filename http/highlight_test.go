package http

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

func TestSegments(t *testing.T) {
	stmt := &parallax.Statement{ID: "s1"}
	inner := &parallax.Statement{ID: "s2"}
	ent := &parallax.Entity{ID: "e1"}
	// show writes each segment as text, with [..] around a statement's
	// pieces, {..} around an entity's and * before a statement's first.
	show := func(segs []segment) string {
		var b strings.Builder
		for _, s := range segs {
			text := s.Text
			if s.Entity != nil {
				text = "{" + text + "}"
			}
			if s.Match {
				text = "_" + text + "_"
			}
			if s.Stmt != nil {
				text = "[" + s.Stmt.ID + ":" + text + "]"
				if s.First {
					text = "*" + text
				}
			}
			b.WriteString(text)
		}
		return b.String()
	}
	for _, tc := range []struct {
		name  string
		body  string
		marks []mark
		want  string
	}{
		{"no marks", "Envoys met.", nil, "Envoys met."},
		{"a statement with an entity inside",
			"He said Varne is calm.", []mark{{start: 8, end: 21, stmt: stmt}, {start: 8, end: 13, entity: ent}},
			"He said *[s1:{Varne}][s1: is calm]."},
		{"rune offsets, not bytes",
			"Лавров сказал: мира нет.", []mark{{start: 0, end: 6, entity: ent}, {start: 15, end: 23, stmt: stmt}},
			"{Лавров} сказал: *[s1:мира нет]."},
		{"a nested statement wins where it lies, the outer resumes after",
			"abcdefghij", []mark{{start: 0, end: 10, stmt: stmt}, {start: 3, end: 6, stmt: inner}},
			"*[s1:abc]*[s2:def][s1:ghij]"},
		{"marks outside the body or empty are dropped",
			"abc", []mark{{start: 2, end: 9, stmt: stmt}, {start: -1, end: 1, entity: ent}, {start: 1, end: 1, entity: ent}},
			"abc"},
		{"search matches", "the talks stalled", []mark{{start: 4, end: 9, match: true}}, "the _talks_ stalled"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			segs := segments(tc.body, tc.marks)
			if got := show(segs); got != tc.want {
				t.Errorf("segments = %s, want %s", got, tc.want)
			}
			var whole strings.Builder
			for _, s := range segs {
				whole.WriteString(s.Text)
			}
			if whole.String() != tc.body {
				t.Errorf("segments join to %q, not the body %q", whole.String(), tc.body)
			}
		})
	}
}

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:8080": true, "localhost:80": true, "[::1]:8080": true, "127.1.2.3:0": true,
		"0.0.0.0:8080": false, ":8080": false, "192.168.1.4:80": false, "example.org:80": false, "nonsense": false,
	} {
		if got := IsLoopback(addr); got != want {
			t.Errorf("IsLoopback(%q) = %v, want %v", addr, got, want)
		}
	}
}
