package testcorpus

import (
	"regexp"
	"strings"
)

// Python's \w, which the shared scorers use, matches letters and digits of
// every script; Go's \w is ASCII only.
var wordRE = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// Words returns the lower-cased word runs of s, as the shared scorers
// split text.
func Words(s string) []string { return wordRE.FindAllString(strings.ToLower(s), -1) }

// TokenF1 is the shared scorers' overlap of two texts: the F1 of their word
// multisets.
func TokenF1(gold, pred string) float64 {
	g := Words(gold)
	left := make(map[string]int, len(g))
	for _, w := range g {
		left[w]++
	}
	p := Words(pred)
	tp := 0
	for _, w := range p {
		if left[w] > 0 {
			left[w]--
			tp++
		}
	}
	if tp == 0 {
		return 0
	}
	prec, rec := float64(tp)/float64(len(p)), float64(tp)/float64(len(g))
	return 2 * prec * rec / (prec + rec)
}

// SameName is the shared scorers' test that two names denote the same
// speaker or entity: equal after normalisation, one containing the other,
// or the same last word.
func SameName(gold, pred string) bool {
	g, p := strings.Join(Words(gold), " "), strings.Join(Words(pred), " ")
	if g == "" || p == "" {
		return false
	}
	if strings.Contains(g, p) || strings.Contains(p, g) {
		return true
	}
	gf, pf := strings.Fields(g), strings.Fields(p)
	return gf[len(gf)-1] == pf[len(pf)-1]
}
