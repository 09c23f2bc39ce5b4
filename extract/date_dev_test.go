package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestDevDates(t *testing.T) {
	for _, p := range loadDatePages(t) {
		if !strings.HasPrefix(p.key, "eatsmarter") && !strings.HasPrefix(p.key, "nationalge") && !strings.HasPrefix(p.key, "rtl.de-loc") {
			continue
		}
		root, _ := html.Parse(strings.NewReader(p.html))
		splitComments(root)
		text := collapseSpace(textOf(root))
		for _, f := range []string{"2023-03-06", "06.03.2023", "6.3.2023", "6. März 2023", "2020-01-06", "January 6, 2020", "6 January 2020", "20.03.2021", "2021-03-20"} {
			if i := strings.Index(text, f); i >= 0 {
				t.Logf("%s %q", p.key[:10], text[max(0, i-60):min(len(text), i+40)])
			}
		}
		var ds []string
		for _, d := range printedDays(text) {
			ds = append(ds, d.src)
		}
		t.Log(ds)
	}
}
