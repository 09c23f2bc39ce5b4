package claim

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// TestFindDates checks that searching only the stretches that can hold a
// date finds what the patterns find in the whole text, on random texts
// made of date pieces and the runes that border them.
func TestFindDates(t *testing.T) {
	pieces := []string{"March", "Sept.", "May", "12", "3rd", "2020", "of", " ", "\n", ",", ".", "-", "_",
		"x", "é", "«", "’", "(", "1999-04-05", "st", "21st", "Dec", "ſ", "Jan",
		"on", "the", "X", "\t", "5", "th", "4th of ", "9 of ", "Jan 3, 2021", ", 1998"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		for _, p := range []struct {
			name string
			re   datePattern
		}{{"mdy", mdyRE}, {"dmy", dmyRE}, {"iso", isoRE}} {
			name, re := p.name, p.re
			want := re.FindAllStringSubmatchIndex(s, -1)
			if got := findDates(re, s, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s in %q: found %v, the pattern finds %v", name, s, got, want)
			}
			if got := findDates(re, s, 1); len(want) > 0 && !reflect.DeepEqual(got, want[:1]) {
				t.Fatalf("%s in %q: first %v, the pattern's first %v", name, s, got, want[:1])
			}
		}
	}
}

// TestGuard checks that a guarded pattern finds what the pattern finds, on
// random texts of its words in every case, with the runes that case
// folding takes for ASCII letters, and that the guard rules texts out.
func TestGuard(t *testing.T) {
	pieces := []string{"last", "LAST", "Last", "laſt", "this", "next", "past", "week", "weeK", "wee\u212a", "ſunday", "weekend", "Monday",
		"MONDAY", "over", "the", "two", "days", "later", "tonight", "evening", "yesterday", " ", "\n", "x", "é", "_", "’"}
	guards := map[string]guarded{"relday": lex.reldayRE, "dayRel": dayRelRE, "weekday": weekdayRE, "span": spanRE}
	for name, g := range guards {
		if g.needs == nil {
			t.Errorf("%s: no literals needed, the guard passes every text", name)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(2) == 0 {
				b.WriteString(" ")
			}
		}
		s := b.String()
		for name, g := range guards {
			want := g.re.FindStringSubmatchIndex(s)
			if got := g.index(s, fold(s)); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s in %q: found %v, the pattern finds %v", name, s, got, want)
			}
			if got := g.match(s, fold(s)); got != (want != nil) {
				t.Fatalf("%s in %q: match %v, the pattern %v", name, s, got, want != nil)
			}
		}
	}
}
