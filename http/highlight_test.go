package http

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

func TestHighlight(t *testing.T) {
	stmt := &parallax.Statement{ID: "s1"}
	inner := &parallax.Statement{ID: "s2"}
	ent := &parallax.Entity{ID: "e1"}
	// show writes each piece: [..] around a statement's element, {..}
	// around a mention's, _.._ around a match, and the anchor after an
	// opening that carries it.
	show := func(ps []piece) string {
		var b strings.Builder
		for _, p := range ps {
			switch {
			case p.Open && p.Stmt != nil:
				b.WriteString("[")
			case p.Open && p.Entity != nil:
				b.WriteString("{")
			case p.Close && p.Stmt != nil:
				b.WriteString("]")
			case p.Close && p.Entity != nil:
				b.WriteString("}")
			case p.Open || p.Close:
				b.WriteString("_")
			}
			if p.ID != "" {
				b.WriteString(p.ID + ":")
			}
			b.WriteString(p.Text)
		}
		return b.String()
	}
	st := func(start, end int, s *parallax.Statement) mark {
		return mark{start: start, end: end, stmt: s, id: "st-" + s.ID}
	}
	men := func(start, end int) mark {
		return mark{start: start, end: end, entity: ent, id: mentionAnchor(ent.ID, start)}
	}
	for _, tc := range []struct {
		name  string
		body  string
		marks []mark
		want  string
	}{
		{"no marks", "Envoys met.", nil, "Envoys met."},
		{"a statement with an entity inside",
			"He said Varne is calm.", []mark{st(8, 21, stmt), men(8, 13)},
			"He said [st-s1:{m-e1-8:Varne} is calm]."},
		{"rune offsets, not bytes",
			"Лавров сказал: мира нет.", []mark{men(0, 6), st(15, 23, stmt)},
			"{m-e1-0:Лавров} сказал: [st-s1:мира нет]."},
		{"a nested statement lies inside the outer",
			"abcdefghij", []mark{st(0, 10, stmt), st(3, 6, inner)},
			"[st-s1:abc[st-s2:def]ghij]"},
		{"two statements on one span both get their anchor",
			"abcdef", []mark{st(1, 5, inner), st(1, 5, stmt)},
			"a[st-s2:[st-s1:bcde]]f"},
		{"a statement and a mention on one span",
			"Varne is calm", []mark{men(0, 5), st(0, 5, stmt)},
			"[st-s1:{m-e1-0:Varne}] is calm"},
		{"crossing marks: the inner is closed and opened again",
			"abcdefghij", []mark{st(0, 6, stmt), st(4, 9, inner), men(5, 8)},
			"[st-s1:abcd[st-s2:e{m-e1-5:f}]][{gh}i]j"},
		{"marks outside the body or empty are dropped",
			"abc", []mark{st(2, 9, stmt), men(-1, 1), men(1, 1)},
			"abc"},
		{"search matches", "the talks stalled", []mark{{start: 4, end: 9, match: true}}, "the _talks_ stalled"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps := highlight(tc.body, tc.marks)
			if got := show(ps); got != tc.want {
				t.Errorf("highlight = %s, want %s", got, tc.want)
			}
			var whole strings.Builder
			depth := 0
			for _, p := range ps {
				whole.WriteString(p.Text)
				if p.Open {
					depth++
				}
				if p.Close {
					depth--
				}
				if depth < 0 {
					t.Fatalf("an element closes that was not open")
				}
			}
			if whole.String() != tc.body || depth != 0 {
				t.Errorf("pieces join to %q with %d elements open, not the body %q with none", whole.String(), depth, tc.body)
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
