package text

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens joined by |
	}{
		{"Nagorno-Karabakh talks", "Nagorno-Karabakh|talks"},
		{"Russia’s Foreign Ministry", "Russia|’|s|Foreign|Ministry"},
		{"Russia's army", "Russia|'|s|army"},
		{"don’t stop", "don’t|stop"},
		{"сообщилthat the", "сообщил|that|the"},
		{"Փաշինյան said", "Փաշինյան|said"},
		{"2,160 $ and 12.5%", "2,160|$|and|12.5|%"},
		{"U.S. envoy", "U|.|S|.|envoy"},
		{"“Yes,” he said.", "“|Yes|,|”|he|said|."},
		{"(B)oth ministers", "(B)oth|ministers"},
		{"[t]he wom[e]n said", "[t]he|wom[e]n|said"},
		{"gov(ernmen)t", "gov(ernmen)t"},
		{"(a) the pass (Lennar) held", "(|a|)|the|pass|(|Lennar|)|held"},
		{"minister(s)", "minister|(|s|)"},
		{"(1)st (b", "(|1|)|st|(|b"},
		{"()x [ab", "(|)|x|[|ab"},
		{"", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range Tokenize(tt.in) {
			got = append(got, tk.Text)
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, strings.Join(got, "|"), tt.want)
		}
	}
}

func TestTokenOffsetsAreRunes(t *testing.T) {
	s := "Лавров said"
	toks := Tokenize(s)
	if len(toks) != 2 || toks[1].Start != 7 || toks[1].End != 11 {
		t.Fatalf("tokens %+v: want the second at runes 7..11", toks)
	}
}

// TestRuneClasses checks the tokenizer's lookup table against the Unicode
// tables it stands for, inside its range and beyond it.
func TestRuneClasses(t *testing.T) {
	for r := rune(-1); r < 2*classed; r++ {
		if isLetter(r) != unicode.IsLetter(r) || isMark(r) != unicode.Is(unicode.Mn, r) ||
			isSpace(r) != unicode.IsSpace(r) || isDigit(r) != unicode.IsDigit(r) || script(r) != scriptOf(r) {
			t.Errorf("rune %U: classes disagree with the Unicode tables", r)
		}
	}
}

// TestTokenTexts checks that every token's text is the text at its
// offsets, over enough distinct short words that the table of short texts
// fills and its slots are taken over.
func TestTokenTexts(t *testing.T) {
	var b strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&b, "w%x, %d. Ab%c ", i*7919%4096, i%97, 'a'+rune(i%26))
	}
	s := b.String()
	rs := []rune(s)
	for _, tok := range Tokenize(s) {
		if want := string(rs[tok.Start:tok.End]); tok.Text != want {
			t.Fatalf("token at %d: text %q, the text there %q", tok.Start, tok.Text, want)
		}
	}
}

// TestNear checks which tokens may run on from the one before: one space
// at most, and never across a line break.
func TestNear(t *testing.T) {
	tests := []struct {
		in   string
		want string // for each token after the first: spaced, near or apart
	}{
		{"Tobin Marsh", "spaced"},
		{"Tobin Marsh\nNew", "spaced apart"},
		{"Tobin Marsh\r\nNew", "spaced apart"},
		{"Vane,\u2028Tellmark", "near apart"},
		{"Vane\vTellmark", "apart"},
		{"Vane  Tellmark", "apart"},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		var got []string
		for i := 1; i < len(toks); i++ {
			switch {
			case toks[i].Spaced(toks[i-1]):
				got = append(got, "spaced")
			case toks[i].Near(toks[i-1]):
				got = append(got, "near")
			default:
				got = append(got, "apart")
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("Tokenize(%q): %q, want %q", tt.in, g, tt.want)
		}
	}
}
