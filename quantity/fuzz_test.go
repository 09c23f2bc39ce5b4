package quantity

import (
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"At least four people were killed and 30 injured.",
		"between 3 and 5 million dollars, $5m, €3.2bn, 1,2,3 and 1.2.3",
		"hundreds of thousands of people; half a million; 155-mm; 10:30; 2012-2013",
		"The death toll rose to 45. No one was hurt. twenty-one-two",
		"the toll from the blast at the depot stands at 20; police put the crowd at 30,000; it left 3 dead and claimed the lives of 5",
		"погибли не менее четырёх человек, около 2,5 млн долларов",
	} {
		f.Add(s)
	}
	ru, err := Load("ru")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkParsed(t, s, Parse(s))
		checkParsed(t, s, ru.Parse(s))
	})
}

// checkParsed fails the test unless the quantities found in s are in text
// order, within it, with sound intervals.
func checkParsed(t *testing.T, s string, qs []Quantity) {
	n := utf8.RuneCountInString(s)
	last := 0
	for _, q := range qs {
		if q.Start < last || q.Start >= q.End || q.End > n {
			t.Fatalf("%q: bad span %d..%d after %d in %d runes", s, q.Start, q.End, last, n)
		}
		last = q.End
		if q.Low > q.High || q.Low < 0 || q.Value < 0 {
			t.Fatalf("%q: bad interval %+v", s, q)
		}
		if !Compatible(q, q) {
			t.Fatalf("%q: %q is not compatible with itself", s, q.Text)
		}
		// A number read in the unit of another figure keeps a sound
		// interval.
		for _, m := range qs {
			if r, ok := q.As(m); ok && (r.Low > r.High || r.Low < 0 || !Compatible(r, r)) {
				t.Fatalf("%q: %q read as %q: bad interval %+v", s, q.Text, m.Text, r)
			}
		}
	}
}
