package extract

import "unicode"

// shingleSize is how many consecutive words make one shingle of the
// extraction measure.
const shingleSize = 4

// Overlap compares an extracted text with the text a person marked as the
// article: counts of 4-word shingles found in both (TP), only in the
// extraction (FP) and only in the truth (FN). Words are maximal runs of
// letters, digits and underscores; a text of fewer than four words is one
// shingle. This is the measure of the public article-extraction benchmarks.
type Overlap struct{ TP, FP, FN int }

// Compare returns the shingle overlap of an extracted text with the truth.
func Compare(extracted, truth string) Overlap {
	t := shingles(truth)
	var o Overlap
	for _, s := range shingleList(extracted) {
		if t[s] > 0 {
			t[s]--
			o.TP++
		} else {
			o.FP++
		}
	}
	for _, n := range t {
		o.FN += n
	}
	return o
}

// Accuracy averages page overlaps the way the benchmarks do: precision and
// recall are means of per-page figures, so every page weighs the same, and
// F1 is taken from those two means.
type Accuracy struct {
	sumP, sumR float64
	nP, nR     int
	Pages      int
}

// Add counts one page.
func (a *Accuracy) Add(o Overlap) {
	a.Pages++
	if o.TP+o.FP > 0 {
		a.sumP += float64(o.TP) / float64(o.TP+o.FP)
		a.nP++
	}
	if o.TP+o.FN > 0 {
		a.sumR += float64(o.TP) / float64(o.TP+o.FN)
		a.nR++
	}
}

// Precision is the mean page precision over pages with extracted text.
func (a *Accuracy) Precision() float64 { return mean(a.sumP, a.nP) }

// Recall is the mean page recall over pages with true text.
func (a *Accuracy) Recall() float64 { return mean(a.sumR, a.nR) }

// F1 is the harmonic mean of Precision and Recall.
func (a *Accuracy) F1() float64 {
	p, r := a.Precision(), a.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func mean(sum float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

func shingles(text string) map[string]int {
	m := map[string]int{}
	for _, s := range shingleList(text) {
		m[s]++
	}
	return m
}

// shingleList returns the shingles of text, each as its words joined by a
// separator that cannot occur inside a word.
func shingleList(text string) []string {
	w := words(text)
	if len(w) == 0 {
		return nil
	}
	if len(w) <= shingleSize {
		return []string{join(w)}
	}
	out := make([]string, 0, len(w)-shingleSize+1)
	for i := 0; i+shingleSize <= len(w); i++ {
		out = append(out, join(w[i:i+shingleSize]))
	}
	return out
}

func join(w []string) string {
	n := len(w)
	for _, s := range w {
		n += len(s)
	}
	b := make([]byte, 0, n)
	for i, s := range w {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, s...)
	}
	return string(b)
}

// words splits text into maximal runs of word characters.
func words(text string) []string {
	var out []string
	start := -1
	for i, r := range text {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, text[start:])
	}
	return out
}

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}
