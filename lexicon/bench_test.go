package lexicon

import (
	"strings"
	"testing"
)

// BenchmarkLoad reads the shipped data, as the first call of any function
// does.
func BenchmarkLoad(b *testing.B) {
	b.SetBytes(int64(len(packed)))
	for b.Loop() {
		if _, err := parse(packed); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRelated compares the words of a news report's attributes, as
// the comparison of two statements does.
func BenchmarkRelated(b *testing.B) {
	words := []string{"killed", "died", "fatalities", "death toll", "injured", "wounded", "arrested", "detained", "boats", "ships"}
	get()
	b.ResetTimer()
	for b.Loop() {
		for i, x := range words {
			for _, y := range words[i+1:] {
				Related(x, y)
			}
		}
	}
}

// BenchmarkConcepts looks up the words of a news sentence, as aligning two
// statements does.
func BenchmarkConcepts(b *testing.B) {
	words := strings.Fields("at least four people were killed and thirty wounded when shells struck the school the army denied it fired")
	get()
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			Concepts(w)
		}
	}
}
