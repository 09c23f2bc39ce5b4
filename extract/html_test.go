package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
)

func readHTMLFixture(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "html", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestFromHTMLArticle(t *testing.T) {
	d, err := fromHTML(parallax.Raw{Source: "article.html", Kind: parallax.KindHTML, Data: readHTMLFixture(t, "article.html")})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"carried its first passengers in three weeks",
		"six daily sailings from Monday",
		"replaced with steel ones before next winter",
	} {
		if !strings.Contains(d.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, d.Body)
		}
	}
	for _, furniture := range []string{
		"Share on Facebook", "Related: Storm", "Sign up for our morning newsletter",
		"Harbour fees to rise", "apprenticeship", "never missed a day", "All rights reserved", "Sport",
	} {
		if strings.Contains(d.Body, furniture) {
			t.Errorf("body keeps %q:\n%s", furniture, d.Body)
		}
	}
	if strings.HasPrefix(d.Body, "Ferry service to Lindholm") {
		t.Errorf("body starts with the headline:\n%s", d.Body)
	}
	if n := strings.Count(d.Body, "\n\n") + 1; n != 5 {
		t.Errorf("body has %d paragraphs, want 5:\n%s", n, d.Body)
	}
	checks := []struct{ field, got, want string }{
		{"title", d.Title, "Ferry service to Lindholm resumes after storm repairs"},
		{"author", d.Author, "Mara Okafor"},
		{"outlet", d.Outlet, "The Harbour Gazette"},
		{"published", d.Published, "2024-03-14T08:30:00+01:00"},
		{"published basis", d.PublishedBasis, "json-ld datePublished"},
		{"lang", d.Lang, "en"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
}

func TestFromHTMLComments(t *testing.T) {
	d, err := fromHTML(parallax.Raw{Kind: parallax.KindHTML, Data: readHTMLFixture(t, "article.html")})
	if err != nil {
		t.Fatal(err)
	}
	want := []parallax.Comment{
		{Author: "Sigrid L.", Time: "2024-03-14T09:12", Depth: 0, Text: "Finally! My son has missed two weeks of his apprenticeship because of this."},
		{Author: "Pieter van Dam", Time: "2024-03-14T10:40", Depth: 1, Text: "The fishing boat crew deserve a medal as well, they never missed a day."},
		{Author: "anna_k", Time: "2024-03-15T18:05", Depth: 0, Text: "Will the evening sailing on Fridays come back too?"},
	}
	if len(d.Comments) != len(want) {
		t.Fatalf("got %d comments, want %d: %+v", len(d.Comments), len(want), d.Comments)
	}
	for i := range want {
		if d.Comments[i] != want[i] {
			t.Errorf("comment %d = %+v, want %+v", i, d.Comments[i], want[i])
		}
	}
}

func TestFromHTMLBadInput(t *testing.T) {
	for _, tc := range []struct{ name, data string }{
		{"empty", ""},
		{"binary", "\x00\x01\x02\xff\xfe PNG \x89"},
		{"unclosed", "<html><body><div><div><p>text <b>bold <i>"},
		{"only script", "<script>while(true){}</script>"},
		{"bad json-ld", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":</script><p>x</p>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := fromHTML(parallax.Raw{Kind: parallax.KindHTML, Data: tc.data})
			if err != nil {
				t.Fatalf("error on %s input: %v", tc.name, err)
			}
			if strings.Contains(d.Body, "while(true)") {
				t.Errorf("script text in body: %q", d.Body)
			}
		})
	}
	// A tree too deep to parse is refused with an error that says so.
	deep := strings.Repeat("<div>", 5000) + "deep" + strings.Repeat("</div>", 5000)
	if _, err := fromHTML(parallax.Raw{Source: "deep.html", Kind: parallax.KindHTML, Data: deep}); err == nil || !strings.Contains(err.Error(), "deep.html") {
		t.Errorf("deeply nested page: error %v, want one naming the page", err)
	}
	huge := strings.Repeat("a", maxHTMLBytes+1)
	if _, err := fromHTML(parallax.Raw{Source: "huge.html", Kind: parallax.KindHTML, Data: huge}); err == nil {
		t.Error("no error for a page over the size limit")
	}
}

func TestCommentsNeverHoldTheArticle(t *testing.T) {
	page := `<html><body><div class="comment"><h1>Why the harbour fees must fall</h1>
<p>Opinion pieces are often filed in a section its publisher calls comment, and the markup says so on the wrapper around the whole article.</p>
<p>The fees rose three times in two years, while the number of boats mooring here fell by a third, and the council has not explained why.</p>
<p>Lowering them would bring back the visiting yachts that kept the cafés and the chandlery open through the autumn.</p></div></body></html>`
	d, err := fromHTML(parallax.Raw{Kind: parallax.KindHTML, Data: page})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Comments) != 0 || !strings.Contains(d.Body, "fees rose three times") {
		t.Errorf("article taken for a comment: comments %+v, body %q", d.Comments, d.Body)
	}
}
