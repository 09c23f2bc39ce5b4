package testcorpus

import (
	"math"
	"testing"
)

func TestTokenF1(t *testing.T) {
	tests := []struct {
		gold, pred string
		want       float64
	}{
		{"no Turkish troops", "no Turkish troops", 1},
		{"no Turkish troops", "", 0},
		{"a b c d", "a b", 2 * 1 * 0.5 / 1.5},
		{"a a b", "a b b", 2.0 / 3},
	}
	for _, tt := range tests {
		if got := TokenF1(tt.gold, tt.pred); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("TokenF1(%q, %q) = %v, want %v", tt.gold, tt.pred, got, tt.want)
		}
	}
}

func TestSameName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Sergei Lavrov", "Lavrov", true},
		{"Sergei Lavrov", "Sergey Lavrov", true},
		{"Dmitry Peskov", "Nikol Pashinyan", false},
		{"Russia", "", false},
	}
	for _, tt := range tests {
		if got := SameName(tt.a, tt.b); got != tt.want {
			t.Errorf("SameName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestWordsEveryScript(t *testing.T) {
	got := Words("Köseoğlu сообщил: Ереван, Երևան_1!")
	want := []string{"köseoğlu", "сообщил", "ереван", "երևան_1"}
	if len(got) != len(want) {
		t.Fatalf("Words = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Words = %q, want %q", got, want)
		}
	}
}
