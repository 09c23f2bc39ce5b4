package story

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestFrequent(t *testing.T) {
	v := newVocabulary()
	a, b, c := v.id("harbour"), v.id("quota"), v.id("trawler")
	day, span := v.id("\x00"+dayPrefix+"03-03"), v.id("\x00"+dayPrefix+"a6")
	counts := func(pairs ...float32) []termCount {
		var out []termCount
		for i := 0; i < len(pairs); i += 2 {
			out = append(out, termCount{term: int32(pairs[i]), count: pairs[i+1]})
		}
		return out
	}
	id := func(t int32) float32 { return float32(t) }
	for _, tc := range []struct {
		name string
		in   []termCount
		n    int
		want []termCount
	}{
		{"no more than n", counts(id(a), 1, id(b), 1), 2, counts(id(a), 1, id(b), 1)},
		{"the most frequent", counts(id(a), 3, id(b), 1, id(c), 2), 2, counts(id(a), 3, id(c), 2)},
		{"ties go to the earlier term", counts(id(a), 1, id(b), 1, id(c), 1), 2, counts(id(a), 1, id(b), 1)},
		{"day keys kept beyond n", counts(id(a), 3, id(b), 2, id(day), 1, id(span), 1), 1, counts(id(a), 3, id(day), 1, id(span), 1)},
		{"day keys alone", counts(id(a), 1, id(day), 1, id(span), 1), 0, counts(id(day), 1, id(span), 1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := v.frequent(tc.in, tc.n); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("frequent(%v, %d) = %v, want %v", tc.in, tc.n, got, tc.want)
			}
		})
	}
}

// TestLongReportsKeepTheirDays checks that the day a long report names
// still counts when the report has more repeated words than a document
// keeps: two long reports naming the same day are closer than two naming
// days months apart.
func TestLongReportsKeepTheirDays(t *testing.T) {
	var filler strings.Builder
	for i := range 2 * placeTerms {
		fmt.Fprintf(&filler, "k%03dq k%03dq. ", i, i)
	}
	const report = "Foreign ministers Anja Korhonen and Rafael Duarte met in Velmora %s to discuss fishing quotas. "
	sim := func(first, second string) float64 {
		c := New()
		c.Add(item("", fmt.Sprintf(report, first)+filler.String(), ""))
		c.Add(item("", "Unrelated filler about a harvest festival in Ostrava.", ""))
		c.Add(item("", fmt.Sprintf(report, second)+filler.String(), ""))
		a, b := c.newNode(0, nil), c.newNode(2, nil)
		return c.nodeSimilarity(&a, &b)
	}
	same, far := sim("on March 3", "on March 3"), sim("on March 3", "on October 20")
	if !(same > far) {
		t.Errorf("long reports naming the same day %.3f, days months apart %.3f; want the first higher", same, far)
	}
}
