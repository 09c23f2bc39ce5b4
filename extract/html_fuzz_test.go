package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parallax-news/parallax"
)

// FuzzHTML checks that no page, however malformed, makes extraction panic
// or return text that is not UTF-8.
func FuzzHTML(f *testing.F) {
	for _, s := range []string{
		"",
		"<html><body><p>Hello</p></body></html>",
		`<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"a b c d e f g h i j","datePublished":"2020-01-01"}</script>`,
		`<ol><li id="comment-1" class="comment"><span class="fn">A</span><ol><li class="comment"><div class="comment-content">x</div></li></ol></li></ol>`,
		`<p>Related:</p><p>More</p><time pubdate datetime="2020-02-30T25:61:00+99:00">x</time>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		if !utf8.ValidString(page) {
			page = strings.ToValidUTF8(page, "\uFFFD")
		}
		d, err := fromHTML(parallax.Raw{Kind: parallax.KindHTML, Data: page})
		if err != nil {
			return
		}
		if !utf8.ValidString(d.Body) || !utf8.ValidString(d.Title) {
			t.Errorf("invalid UTF-8 in output for %q", page)
		}
	})
}
