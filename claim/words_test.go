package claim

import "testing"

func TestWordsIn(t *testing.T) {
	d := &doc{rs: []rune("The ferry, Holt said, lost money.")}
	tests := []struct {
		a, b, want int
	}{
		{0, len(d.rs), 6},
		{0, 9, 2},
		{9, 9, 0},
		{20, 9, 0}, // a span that ends before it starts holds no words
	}
	for _, tt := range tests {
		if got := d.wordsIn(tt.a, tt.b); got != tt.want {
			t.Errorf("wordsIn(%d, %d) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
