package entity

import (
	"math/rand/v2"
	"testing"
)

// TestASCIIKey checks the quick key of ASCII words against the key of any
// text, on random words of letters, digits and apostrophes, doubled and
// not.
func TestASCIIKey(t *testing.T) {
	const letters = "aAbByYiI01'kK"
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = letters[rng.IntN(len(letters))]
		}
		s := string(b)
		if k, ok := asciiKey(s); !ok || k != foldKey(s) {
			t.Fatalf("asciiKey(%q) = %q, %v; foldKey gives %q", s, k, ok, foldKey(s))
		}
	}
	if _, ok := asciiKey("Karabakh-Artsakh"); ok {
		t.Error("asciiKey took a hyphen")
	}
}

// TestDistance checks the edit distance on names longer and shorter than
// its rows on the stack.
func TestDistance(t *testing.T) {
	long := "abcdefghijklmnopqrstuvwxyzabcdefgh"
	for _, c := range []struct {
		a, b string
		max  int
		want int
	}{
		{"pashinyan", "pashinian", 2, 1},
		{"aliyev", "aliev", 2, 1},
		{"kitten", "sitting", 5, 3},
		{long, long + "x", 2, 1},
		{long + "yz", long, 2, 2},
		{long, "x" + long[1:] + "x", 1, 2},
	} {
		if got := distance(c.a, c.b, c.max); got != c.want {
			t.Errorf("distance(%q, %q, %d) = %d, want %d", c.a, c.b, c.max, got, c.want)
		}
	}
}
