package extract

import (
	"slices"
	"testing"

	"github.com/parallax-news/parallax"
)

func TestDetectLang(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"The council voted on Wednesday to approve the budget for a new bridge across the river, ending a debate that has lasted more than two years.", "en"},
		{"В среду в Заречье торжественно открыли новый мост через реку, строительство которого продолжалось почти три года.", "ru"},
		{"Der Stadtrat hat am Mittwoch den Haushalt für eine neue Brücke über den Fluss beschlossen und damit eine lange Debatte beendet.", "de"},
		{"A câmara municipal aprovou na quarta-feira o orçamento para uma nova ponte sobre o rio, encerrando um debate de dois anos.", "pt"},
		{"Dewan kota pada hari Rabu menyetujui anggaran untuk jembatan baru di atas sungai, mengakhiri perdebatan yang telah berlangsung dua tahun.", "id"},
		{"Մատչելիության հղումներ", "hy"},
		{"市議会は水曜日、川に架かる新しい橋の予算を承認した。", "ja"},
		{"", ""},
		{"12 345 — 678", ""},
	}
	for _, tt := range tests {
		if got := detectLang(tt.text); got != tt.want {
			t.Errorf("detectLang(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestForeignSpans(t *testing.T) {
	tests := []struct {
		body, lang string
		want       []parallax.LangSpan
	}{
		{"The minister сообщилthat troops would stay.", "en",
			[]parallax.LangSpan{{Lang: "ru", Start: 13, End: 20, Text: "сообщил"}}},
		{"Accessibility: Մատչելիության հղումներ.\n\nThe text goes on.", "en",
			[]parallax.LangSpan{{Lang: "hy", Start: 15, End: 37, Text: "Մատչելիության հղումներ"}}},
		{"Депутат сказал: «Україна переможе» — и ушёл.", "ru",
			nil}, // Ukrainian in Cyrillic is the same script: not told apart here
		{"Reporters said NATO и ООН молчат.", "en",
			[]parallax.LangSpan{{Lang: "ru", Start: 20, End: 32, Text: "и ООН молчат"}}},
		{"Plain English only.", "en", nil},
		{"", "", nil},
	}
	for _, tt := range tests {
		got := foreignSpans(tt.body, tt.lang)
		if !slices.Equal(got, tt.want) {
			t.Errorf("foreignSpans(%q) = %+v, want %+v", tt.body, got, tt.want)
		}
		for _, s := range got {
			if r := []rune(tt.body); string(r[s.Start:s.End]) != s.Text {
				t.Errorf("span %+v does not match the body's runes %q", s, string(r[s.Start:s.End]))
			}
		}
	}
}

func BenchmarkDetectLang(b *testing.B) {
	text := "The council voted on Wednesday to approve the budget for a new bridge across the river, ending a debate that has lasted more than two years. Supporters say the bridge will link the old town with the railway station."
	for b.Loop() {
		detectLang(text)
	}
}
