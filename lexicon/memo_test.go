package lexicon

import "testing"

func TestMemoComputesOnceAndStaysBounded(t *testing.T) {
	var c memo[int, int]
	calls := 0
	square := func(k int) func() int { return func() int { calls++; return k * k } }
	for range 2 {
		if got := c.get(7, square(7)); got != 49 {
			t.Fatalf("get(7) = %d, want 49", got)
		}
	}
	if calls != 1 {
		t.Errorf("an answer kept was computed %d times, want once", calls)
	}
	for k := range maxCached + 10 {
		c.get(k, square(k))
	}
	if len(c.m) > maxCached {
		t.Errorf("the memo holds %d answers, more than the bound %d", len(c.m), maxCached)
	}
	if got := c.get(maxCached+5, square(maxCached+5)); got != (maxCached+5)*(maxCached+5) {
		t.Errorf("an answer past the bound is %d, want it computed all the same", got)
	}
}
