package text

import (
	"strings"
	"testing"
)

// TestLower checks Lower against strings.ToLower on every rune of the first
// blocks and on words mixing scripts and broken encodings.
func TestLower(t *testing.T) {
	var all []string
	for r := rune(0); r < 0x600; r++ {
		all = append(all, string(r), "Ab"+string(r)+"Я")
	}
	all = append(all, "", "МИД России", "Ёлка", "ЀЏѐ", "Straße", "İstanbul", "Ѣ", "a\xffB", "\xd0", "ДЖ\u212aX")
	for _, s := range all {
		if got, want := Lower(s), strings.ToLower(s); got != want {
			t.Errorf("Lower(%q) = %q, want %q", s, got, want)
		}
	}
}
