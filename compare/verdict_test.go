package compare

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestVerdictFixture measures the verdict on invented pairs of statements
// from genres far from the benchmarks (testdata/verdicts.tsv): how many
// of the conflicts it finds and how many look-alikes it flags. Each pair
// is compared alone, as two reports of one day. The floors sit at the
// figures measured; a change that loses a conflict or flags a look-alike
// fails here, one that gains should raise them.
func TestVerdictFixture(t *testing.T) {
	const minFound, maxFalse = 34, 2
	f, err := os.Open("testdata/verdicts.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var conflicts, found, lookalikes, flagged int
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if sc.Text() == "" || strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 8 || c[1] != "conflict" && c[1] != "none" {
			t.Fatalf("testdata/verdicts.tsv:%d: want genre, conflict or none, and speaker, cue, content twice", line)
		}
		kind := conflictKinds([]row{
			{"a", "d1", "2025-03-04", c[2], c[3], "", c[4]},
			{"b", "d2", "2025-03-04", c[5], c[6], "", c[7]},
		})["a|b"]
		if c[1] == "conflict" {
			conflicts++
			if kind != "" {
				found++
			} else {
				t.Logf("missed (%s): %s / %s", c[0], c[4], c[7])
			}
			continue
		}
		lookalikes++
		if kind != "" {
			flagged++
			t.Logf("flagged %s (%s): %s / %s", kind, c[0], c[4], c[7])
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("verdict fixture: conflicts found %d/%d, look-alikes flagged %d/%d", found, conflicts, flagged, lookalikes)
	if found < minFound || flagged > maxFalse {
		t.Errorf("conflicts found %d, look-alikes flagged %d; want at least %d and at most %d", found, flagged, minFound, maxFalse)
	}
}
