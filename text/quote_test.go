package text

import (
	"strings"
	"testing"
)

func TestQuotes(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // inner texts
	}{
		{"curly", "He said “we stay” and left.", []string{"we stay"}},
		{"straight", `She said "no deal" today.`, []string{"no deal"}},
		{"guillemets", "Он сказал «нет» вчера.", []string{"нет"}},
		{"low-high", "Er sagte „nein“ heute.", []string{"nein"}},
		{"nested single inside double", "“They told us ‘wait’ and we did,” he said.", []string{"They told us ‘wait’ and we did,"}},
		{"two quotes", "“A,” she said, “B.”", []string{"A,", "B."}},
		{"across paragraphs", "“First part.\n\nSecond part,” he said.", []string{"First part.\n\nSecond part,"}},
		{"paragraph reopens", "“First part.\n\n“Second part,” he said.", []string{"First part.", "Second part,"}},
		{"signature line closes", "\"Welcome aboard.\n\n— Harbour FC (@harbourfc) May 2, 2021\n\n\"A new era.\"", []string{"Welcome aboard.", "A new era."}},
		{"never closed", "“Open quote here.\n\nPlain text.", []string{"Open quote here."}},
		{"left open before a paragraph quoting on its own", "\"We filmed it.\n\nHolt added the buyer had \"looked at it\" once.", []string{"We filmed it.", "looked at it"}},
		{"left open before a paragraph opening a curly quote of its own", "“We filmed it.\n\nHolt added the buyer had “looked at it” once.", []string{"We filmed it.", "looked at it"}},
		{"inch mark", `A 12"screen`, nil},
		{"single marks", "'We have no idea what caused it,' said the pastor. 'It's the children's room.'", []string{"We have no idea what caused it,", "It's the children's room."}},
		{"curly single marks", "The minister said: ‘Someone did it, but we don’t know who.’", []string{"Someone did it, but we don’t know who."}},
		{"apostrophes only", "Rock 'n' roll came back in the '90s, the Joneses' shop said.", nil},
		{"single marks inside double", "“They told us 'wait' and we did,” he said.", []string{"They told us 'wait' and we did,"}},
		{"closed by two single marks", "“It was a trick,’’ the editor told us.", []string{"It was a trick,"}},
		{"straight doubled singles", "\"Not today,'' she said.", []string{"Not today,"}},
		{"backquotes and doubled singles", "``We will not back down,'' she said. ``Never.''", []string{"We will not back down,", "Never."}},
		{"doubled singles both ways", "She said: ''The bridge is safe.'' Then she left.", []string{"The bridge is safe."}},
		{"doubled singles across paragraphs", "``It was late.\n\n``We ran,'' he said.", []string{"It was late.", "We ran,"}},
		{"line reopens a straight quote", "He added: \"We will stand by them.\nThis is the least.\n\"To those who mourn, we say this.\"\nPolice said 20,000 marched.", []string{"We will stand by them.\nThis is the least.", "To those who mourn, we say this."}},
		{"line reopens a curly quote", "He added: “We will stand by them.\n“To those who mourn, we say this.”\nPolice said 20,000 marched.", []string{"We will stand by them.", "To those who mourn, we say this."}},
		{"line reopens a guillemet quote", "Он добавил: «Мы их не оставим.\n«Скорбящим мы говорим это.»", []string{"Мы их не оставим.", "Скорбящим мы говорим это."}},
		{"low mark closed high", "Powiedział „nie wiem” i wyszedł.", []string{"nie wiem"}},
		{"curly opened, straight closed", "“We stay,\" he said, \"and we fight.”", []string{"We stay,", "and we fight."}},
		{"one closing mark for both ends", "Hon sa: ”Vi stannar.” He said ”we stay” and left.\n”We fight,” she said.", []string{"Vi stannar.", "we stay", "We fight,"}},
		{"a closing mark after a word opens nothing", "“We stay” and ” then”", []string{"We stay"}},
		{"closed with an opening mark", "“We stay,“ he said. “We fight.“ She left.", []string{"We stay,", "We fight."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			rs := []rune(tt.in)
			for _, q := range Quotes(tt.in) {
				got = append(got, q.Inner.Text)
				if string(rs[q.Inner.Start:q.Inner.End]) != q.Inner.Text {
					t.Errorf("inner offsets do not give the inner text")
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Quotes(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzQuotes checks that every quotation lies inside the text, its inner
// span inside its outer one, in order and without overlap, whatever marks
// the text mixes.
func FuzzQuotes(f *testing.F) {
	for _, s := range []string{"“A,” she said, “B.”", "'We stay,' he said. 'Rock 'n' roll.'", "„nein“ «нет» ‘x’’", "\"open\n\n\"again"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, prev := len([]rune(s)), 0
		for _, q := range Quotes(s) {
			o, in := q.Outer, q.Inner
			if o.Start < prev || o.Start > in.Start || in.Start > in.End || in.End > o.End || o.End > n {
				t.Fatalf("Quotes(%q): quotation %+v out of place (previous ended at %d, text has %d runes)", s, q, prev, n)
			}
			prev = o.End
		}
	})
}
