package text

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The talks ended. Both sides left.", []string{"The talks ended.", "Both sides left."}},
		{"initial", "I. Aliyev spoke first. Then the envoy left.", []string{"I. Aliyev spoke first.", "Then the envoy left."}},
		{"initial mid-sentence", "A letter from J. Smith arrived. It was short.", []string{"A letter from J. Smith arrived.", "It was short."}},
		{"abbreviations", "Gen. Petrov met Mr. Hale in St. Petersburg on Nov. 3. They talked.", []string{"Gen. Petrov met Mr. Hale in St. Petersburg on Nov. 3.", "They talked."}},
		{"unit after a number", "It streams in 4K. Google said so.", []string{"It streams in 4K.", "Google said so."}},
		{"dotted acronym", "Officials in the U.S. Congress objected. Others agreed.", []string{"Officials in the U.S. Congress objected.", "Others agreed."}},
		{"quote ends sentence", "“We will not retreat.” The minister left.", []string{"“We will not retreat.”", "The minister left."}},
		{"quote then attribution", "“We will not retreat,” she said. Nobody answered.", []string{"“We will not retreat,” she said.", "Nobody answered."}},
		{"period inside quote, lower case after", "“It is over.” he wrote.", []string{"“It is over.” he wrote."}},
		{"nested quotes", "He said: “They told us ‘wait.’ We waited.” Then he left.", []string{"He said: “They told us ‘wait.’", "We waited.”", "Then he left."}},
		{"question and exclamation", "Is it over? No! It goes on.", []string{"Is it over?", "No!", "It goes on."}},
		{"decimal number", "Turnout was 12.5 percent. That is low.", []string{"Turnout was 12.5 percent.", "That is low."}},
		{"cyrillic", "Лавров заявил журналистам. Переговоры продолжатся.", []string{"Лавров заявил журналистам.", "Переговоры продолжатся."}},
		{"cyrillic initial", "С. Лавров приехал. Встреча началась.", []string{"С. Лавров приехал.", "Встреча началась."}},
		{"armenian full stop", "Փաշինյանը խոսեց։ Հետո նա գնաց։", []string{"Փաշինյանը խոսեց։", "Հետո նա գնաց։"}},
		{"paragraphs", "First line without stop\n\nSecond paragraph.", []string{"First line without stop", "Second paragraph."}},
		{"single newline joins", "A sentence that\nwraps. Next one.", []string{"A sentence that\nwraps.", "Next one."}},
		{"ellipsis", "He paused… Then he spoke.", []string{"He paused…", "Then he spoke."}},
		{"empty", "", nil},
		{"only space", " \n\n \t", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sentences(tt.in)
			var texts []string
			rs := []rune(tt.in)
			for _, s := range got {
				texts = append(texts, s.Text)
				if string(rs[s.Start:s.End]) != s.Text {
					t.Errorf("offsets %d..%d give %q, not %q", s.Start, s.End, string(rs[s.Start:s.End]), s.Text)
				}
			}
			if strings.Join(texts, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, texts, tt.want)
			}
		})
	}
}

// TestParagraphLayout checks that a stretch set one paragraph a line is cut
// at every line, and that text wrapped at a fixed width is not.
func TestParagraphLayout(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"one paragraph a line",
			"Ferry service cut after engine fault\nThe morning ferry to Olsby was cancelled on Tuesday.\n“It is rare that we lose a whole crossing,” Tobin Marsh said\nThe crossing takes forty minutes in calm weather.\nA second boat has been on loan from a neighbouring island since the engine failed in March.",
			[]string{"Ferry service cut after engine fault", "The morning ferry to Olsby was cancelled on Tuesday.", "“It is rare that we lose a whole crossing,” Tobin Marsh said", "The crossing takes forty minutes in calm weather.", "A second boat has been on loan from a neighbouring island since the engine failed in March."}},
		{"wrapped at a width",
			"The morning ferry to Olsby was cancelled on Tuesday after an engine\nfault. Passengers waited for three hours at the terminal before the\noperator sent a bus. Tobin Marsh said the ferry would sail again on\nThursday.",
			[]string{"The morning ferry to Olsby was cancelled on Tuesday after an engine\nfault. Passengers waited for three hours at the terminal before the\noperator sent a bus. Tobin Marsh said the ferry would sail again on\nThursday."}},
		{"wrapped, a sentence ending at a line",
			"The morning ferry to Olsby was cancelled on Tuesday after an engine\nfault, and passengers waited for three hours at the terminal as well.\nTobin Marsh said the ferry would sail again on Thursday or on Friday\nif the weather held.",
			[]string{"The morning ferry to Olsby was cancelled on Tuesday after an engine\nfault, and passengers waited for three hours at the terminal as well.\nTobin Marsh said the ferry would sail again on Thursday or on Friday\nif the weather held."}},
		{"a title over one line", "Ferry service cut\nThe morning ferry was cancelled.", []string{"Ferry service cut\nThe morning ferry was cancelled."}},
		{"a line longer than any wrap",
			"Ferry service cut after engine fault\nThe morning ferry to Olsby was cancelled on Tuesday after an engine fault, the operator said.\nPassengers waited at the terminal.",
			[]string{"Ferry service cut after engine fault", "The morning ferry to Olsby was cancelled on Tuesday after an engine fault, the operator said.", "Passengers waited at the terminal."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range Paragraphs(tt.in) {
				got = append(got, p.Text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Paragraphs(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	in := "One.\n\n  Two\nlines.\n \n\nThree."
	got := Paragraphs(in)
	want := []string{"One.", "Two\nlines.", "Three."}
	if len(got) != len(want) {
		t.Fatalf("got %d paragraphs %v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i].Text != want[i] {
			t.Errorf("paragraph %d = %q, want %q", i, got[i].Text, want[i])
		}
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("I. Aliyev said. “Yes,” he said.\n\nNext.")
	f.Add("Лавров: «Нет». Ok")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		rs := []rune(s)
		last := 0
		for _, sp := range Sentences(s) {
			if sp.Start < last || sp.End <= sp.Start || sp.End > len(rs) {
				t.Fatalf("bad span %d..%d after %d in %d runes", sp.Start, sp.End, last, len(rs))
			}
			if string(rs[sp.Start:sp.End]) != sp.Text {
				t.Fatalf("span text mismatch")
			}
			last = sp.End
		}
		for _, q := range Quotes(s) {
			if q.Inner.Start < q.Outer.Start || q.Inner.End > q.Outer.End || q.Outer.End > len(rs) || q.Inner.End < q.Inner.Start {
				t.Fatalf("bad quote %+v in %d runes", q, len(rs))
			}
		}
		for _, tk := range Tokenize(s) {
			if tk.End <= tk.Start || tk.End > len(rs) || string(rs[tk.Start:tk.End]) != tk.Text {
				t.Fatalf("bad token %+v", tk)
			}
		}
	})
}

// TestJoined checks that joining two texts as read gives what reading
// them joined by a blank line gives, on random texts made of the runes
// that end and open tokens, sentences and paragraphs.
func TestJoined(t *testing.T) {
	pieces := []string{"Word", "word", "Dr.", "U.S.", "3", "2.5", ",", ".", "!", "?", "”", "“", "(b)", "’s", "-", " ", "  ",
		"\n", "\n\n", " \n \n", "\r", "\t", "Пашинян", "é", "A."}
	rng := rand.New(rand.NewPCG(5, 6))
	text := func() string {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	for range 20000 {
		head, body := text(), text()
		want, got := Read(head+"\n\n"+body), Joined(Read(head), Read(body))
		if got.Source != want.Source || !slices.Equal(got.Runes, want.Runes) || !slices.Equal(got.Tokens, want.Tokens) || !slices.Equal(got.Lower, want.Lower) ||
			!slices.Equal(got.Sentences, want.Sentences) || !slices.Equal(got.Paragraphs, want.Paragraphs) {
			t.Fatalf("%q and %q joined:\n got %+v\nwant %+v", head, body, got, want)
		}
	}
}
