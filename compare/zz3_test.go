package compare

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

func TestZZBatch(t *testing.T) {
	f, err := os.Open(os.Getenv("ZZBATCH"))
	if err != nil {
		t.Skip()
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n, found := 0, 0
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 6 {
			continue
		}
		n++
		kind := conflictKinds([]row{
			{"a", "d1", "2025-03-04", c[0], c[1], "", c[2]},
			{"b", "d2", "2025-03-04", c[3], c[4], "", c[5]},
		})["a|b"]
		if kind != "" {
			found++
		}
		t.Logf("%-14s %s / %s", kind, c[2], c[5])
	}
	t.Logf("found %d/%d", found, n)
}
