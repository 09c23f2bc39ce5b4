package entity

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
)

func FuzzResolve(f *testing.F) {
	f.Add("Kardania's defence ministry said. Kardanian officials met in Sarvo.", "Title")
	f.Add("Will Moy, chief executive of the Office of Roads and Bridges, told KTV.", "")
	reg, err := NewRegistry(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body, title string) {
		if !utf8.ValidString(body) {
			body = strings.ToValidUTF8(body, "\uFFFD")
		}
		if !utf8.ValidString(title) {
			title = strings.ToValidUTF8(title, "\uFFFD")
		}
		de := reg.Resolve(parallax.Document{ID: "f", Title: title, Body: body})
		rs := []rune(body)
		for _, m := range de.Mentions {
			if m.Start < 0 {
				continue // in the title
			}
			if m.End > len(rs) || m.Start >= m.End || string(rs[m.Start:m.End]) != m.Text {
				t.Fatalf("mention %+v does not match the body", m)
			}
			if _, ok := reg.Lookup(m.Entity); !ok {
				t.Fatalf("mention %+v names an unknown entity", m)
			}
		}
	})
}
