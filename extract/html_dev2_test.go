package extract

import (
	"strings"
	"testing"

	"github.com/markusmobius/go-trafilatura"
)

func TestDevRender(t *testing.T) {
	for _, p := range loadArticlePages(t) {
		res, err := trafilatura.Extract(strings.NewReader(p.html), trafilatura.Options{EnableFallback: true})
		if err != nil {
			continue
		}
		a := Compare(strings.ReplaceAll(res.ContentText, "\u00ad", ""), p.truth)
		var ps []string
		for _, q := range paragraphs(res.ContentNode) {
			ps = append(ps, q.text)
		}
		mine := strings.Join(ps, "\n\n")
		b := Compare(mine, p.truth)
		if a != b {
			t.Logf("%s %v %v", p.id[:8], a, b)
			wa, wb := words(res.ContentText), words(mine)
			for i := range wa {
				if i >= len(wb) || wa[i] != wb[i] {
					t.Logf("   %q vs %q", strings.Join(wa[i:min(i+8, len(wa))], " "), strings.Join(wb[i:min(i+8, len(wb))], " "))
					break
				}
			}
		}
	}
}
