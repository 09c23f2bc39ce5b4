package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestDevLD(t *testing.T) {
	for _, p := range loadArticlePages(t) {
		root, _ := html.Parse(strings.NewReader(p.html))
		m := readMeta(root)
		d := m.ldString("articleBody")
		if !strings.Contains(p.html, `"articleBody"`) {
			continue
		}
		ds := shingleList(d)
		body := ourBody(p.html)
		t.Logf("%s tune=%v ld=%d n=%d vis=%.2f inE=%.2f Ein=%.2f truthIn=%.2f", p.id[:8], p.tuning(), len(m.ld), len(ds), share(ds, shingles(textOf(root))), share(ds, shingles(body)), share(shingleList(body), shingles(d)), share(shingleList(p.truth), shingles(d)))
	}
}
