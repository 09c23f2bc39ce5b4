package extract

import (
	"math"
	"testing"
)

func TestCompare(t *testing.T) {
	tests := []struct {
		name, extracted, truth string
		want                   Overlap
	}{
		{"same", "one two three four five", "one two three four five", Overlap{TP: 2}},
		{"punctuation and breaks ignored", "one, two.\n\nthree four", "one two three four", Overlap{TP: 1}},
		{"extra text", "menu one two three four five", "one two three four five", Overlap{TP: 2, FP: 1}},
		{"missing text", "one two three four", "one two three four five", Overlap{TP: 1, FN: 1}},
		{"short texts are one shingle", "a b", "a b", Overlap{TP: 1}},
		{"case kept", "One two three four", "one two three four", Overlap{FP: 1, FN: 1}},
		{"repeats counted", "a b c d a b c d", "a b c d", Overlap{TP: 1, FP: 4}},
		{"empty extraction", "", "one two three four", Overlap{FN: 1}},
		{"non-Latin words", "Вчера в Ереване прошёл митинг", "Вчера в Ереване прошёл митинг", Overlap{TP: 2}},
	}
	for _, tc := range tests {
		if got := Compare(tc.extracted, tc.truth); got != tc.want {
			t.Errorf("%s: Compare = %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

func TestAccuracy(t *testing.T) {
	var a Accuracy
	a.Add(Overlap{TP: 3, FP: 1})        // P 0.75, R 1
	a.Add(Overlap{FN: 5})               // no precision, R 0
	a.Add(Overlap{TP: 1, FP: 1, FN: 1}) // P 0.5, R 0.5
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	if p, r := a.Precision(), a.Recall(); !near(p, 0.625) || !near(r, 0.5) {
		t.Errorf("precision %v recall %v, want 0.625 and 0.5", p, r)
	}
	if f := a.F1(); !near(f, 2*0.625*0.5/1.125) {
		t.Errorf("F1 %v", f)
	}
	if a.Pages != 3 {
		t.Errorf("pages %d, want 3", a.Pages)
	}
}
