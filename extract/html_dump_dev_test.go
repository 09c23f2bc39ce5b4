package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDevDump(t *testing.T) {
	dir := os.Getenv("DUMP")
	if dir == "" {
		t.Skip()
	}
	var sb strings.Builder
	for _, p := range loadArticlePages(t) {
		if !p.tuning() {
			continue
		}
		body := ourBody(p.html)
		o := Compare(body, p.truth)
		if o.FP+o.FN < 8 {
			continue
		}
		fmt.Fprintf(&sb, "=== %s %v\n", p.id[:8], o)
		ts := shingles(p.truth)
		for _, para := range strings.Split(body, "\n\n") {
			po := Compare(para, p.truth)
			_ = ts
			if po.FP > po.TP {
				fmt.Fprintf(&sb, "  FP %q\n", trunc(para))
			}
		}
		bs := shingles(body)
		for _, para := range strings.Split(p.truth, "\n") {
			miss, n := 0, 0
			for _, s := range shingleList(para) {
				n++
				if bs[s] == 0 {
					miss++
				}
			}
			if n > 0 && miss*2 > n {
				fmt.Fprintf(&sb, "  FN %q\n", trunc(para))
			}
		}
	}
	os.WriteFile(dir+"/report.txt", []byte(sb.String()), 0o644)
}

func trunc(s string) string {
	if len(s) > 150 {
		return s[:150]
	}
	return s
}
