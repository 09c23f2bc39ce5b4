package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

// twoStories is the sample with a second, calmer and larger story.
func twoStories() parallax.Analysis {
	a := sample()
	a.Documents = append(a.Documents,
		parallax.Document{ID: "d4", Source: "d.txt", Title: "Harvest in Sarn", Published: "2026-04-01"},
		parallax.Document{ID: "d5", Source: "e.txt", Title: "Sarn harvest ends", Published: "2026-04-03"},
		parallax.Document{ID: "d6", Source: "f.txt", Title: "Sarn prices fall", Published: "2026-04-04"})
	a.Stories = append(a.Stories, parallax.Story{ID: "st2", Label: "Sarn harvest", Docs: []string{"d4", "d5", "d6"}})
	return a
}

func TestTextNarrowed(t *testing.T) {
	for _, tc := range []struct {
		name      string
		opt       TextOptions
		want, not []string
	}{
		{"whole report: summary first, most disputed story first", TextOptions{}, []string{
			"parallax report: 6 documents, 2 stories, 2 statements, 1 conflict\n\nSummary\n",
			"  st1              Lennar Pass withdrawal\n                   2 documents, 2 statements, 1 conflict, 1 disputed question, 2026-03-14\n" +
				"  st2              Sarn harvest\n                   3 documents, 0 statements, 0 conflicts, 0 disputed questions, 2026-04-01 to 2026-04-04\n",
			"  (1 document in no story)",
			"Most disputed questions:\n  Has Kardonia withdrawn from the pass? — 1 conflicting pair (story st1)\n    affirms: Tomas Ferreira; denies: Ana Lindqvist\n",
			"Newest conflicts:\n  2026-03-16 contradiction: Tomas Ferreira against Ana Lindqvist on Has Kardonia withdrawn from the pass? (story st1)\n",
			"Story: Lennar Pass withdrawal [st1]", "Story: Sarn harvest [st2]", "Story: Documents in no story",
		}, nil},
		{"one story", TextOptions{Story: "st2"}, []string{"Story: Sarn harvest [st2]", "Sarn prices fall"},
			[]string{"Summary", "Lennar Pass", "Entities", "Weather in Sarn"}},
		{"top story", TextOptions{Top: 1}, []string{"Summary", "Story: Lennar Pass withdrawal [st1]"},
			[]string{"Story: Sarn harvest", "Entities", "Story: Documents in no story"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Text(&buf, twoStories(), tc.opt); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("%q not in:\n%s", w, out)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(out, w) {
					t.Errorf("%q in:\n%s", w, out)
				}
			}
		})
	}
}

func TestTextUnknownStory(t *testing.T) {
	var buf bytes.Buffer
	for _, id := range []string{"nope", ""} {
		err := Text(&buf, twoStories(), TextOptions{Story: id})
		if id == "" {
			continue // no narrowing
		}
		if parallax.ErrorCode(err) != parallax.ENotFound {
			t.Errorf("Text(--story %q): error %v, want not found", id, err)
		}
	}
}

func TestDigestKeepsTheMostDisputed(t *testing.T) {
	d := Build(twoStories()).Digest(1)
	if d.Total != 2 || len(d.Stories) != 1 || d.Stories[0].ID != "st1" {
		t.Errorf("Digest(1) = %d of %d stories, first %+v; want st1 of 2", len(d.Stories), d.Total, d.Stories)
	}
}

func TestWhereNamesTheSiteBeforeTheFile(t *testing.T) {
	for _, tc := range []struct {
		d    parallax.Document
		want string
	}{
		{parallax.Document{Outlet: "Northgate Wire", URL: "https://northgate.example/1", Source: "a/b.html"}, "Northgate Wire"},
		{parallax.Document{URL: "https://www.northgate.example/1", Source: "a/b.html"}, "northgate.example"},
		{parallax.Document{URL: "urn:x:1", Source: "a/b.html"}, "urn:x:1"},
		{parallax.Document{Source: "a/b.html"}, "b.html"},
	} {
		if got := ViewOf(tc.d).Where; got != tc.want {
			t.Errorf("where %+v = %q, want %q", tc.d, got, tc.want)
		}
	}
}

func TestMarkdownSummary(t *testing.T) {
	var buf bytes.Buffer
	if err := Markdown(&buf, twoStories()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"\n## Summary\n\n### Stories, most disputed first\n",
		"| Lennar Pass withdrawal | st1 | 2 | 2 | 1 | 1 | 2026\\-03\\-14 |\n| Sarn harvest | st2 | 3 | 0 | 0 | 0 | 2026\\-04\\-01 to 2026\\-04\\-04 |\n",
		"### Most disputed questions\n\n- Has Kardonia withdrawn from the pass? — 1 conflicting pair (story st1); affirms: Tomas Ferreira; denies: Ana Lindqvist\n",
		"### Newest conflicts\n\n- 2026\\-03\\-16 — contradiction: Tomas Ferreira against Ana Lindqvist on Has Kardonia withdrawn from the pass? (story st1)\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("%q not in:\n%s", want, out)
		}
	}
}
