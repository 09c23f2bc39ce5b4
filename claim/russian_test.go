package claim

import (
	"testing"

	"github.com/parallax-news/parallax/lang"
)

// TestRussianStatements measures statement recall and precision on the
// Russian news articles of testdata/ru, written for parallax and annotated
// in testdata/ru.tsv. The Russian cues were written and tuned with these
// texts at hand: the figures are development figures. Floors a little
// below the measured recall 47/48 and precision 47/48.
func TestRussianStatements(t *testing.T) {
	gold := loadClaims(t, "ru.tsv")
	n := scoreDev(t, gold, localBodies(t, gold))
	rec := float64(n.found) / float64(n.gold)
	prec := float64(n.matched) / float64(max(n.predicted, 1))
	t.Logf("Russian statements: recall %d/%d (%.2f), precision %.2f (%d/%d); %v",
		n.found, n.gold, rec, prec, n.matched, n.predicted, n.misses)
	if rec < 0.94 || prec < 0.94 {
		t.Errorf("recall %.2f, precision %.2f: below the floors", rec, prec)
	}
}

func TestRussianDate(t *testing.T) {
	p := lang.For("ru")
	tests := []struct{ published, sentence, want string }{
		{"", "Выступая 12 ноября 2020 года, он подчеркнул это.", "2020-11-12"},
		{"2021-03-05", "Он заявил 3 марта, что готов.", "2021-03-03"},
		{"2020-11-13", "Песков заявил в среду, что всё идёт по плану.", "2020-11-11"},
		{"2020-11-13", "Вчера министр сообщил о встрече.", "2020-11-12"},
		{"", "Песков заявил в среду, что всё идёт по плану.", ""},
		{"2020-11-13", "Он сказал 45 ноября что-то.", ""},
	}
	for _, tt := range tests {
		if got := russianDate(p, tt.published, tt.sentence); got != tt.want {
			t.Errorf("russianDate(%q, %q) = %q, want %q", tt.published, tt.sentence, got, tt.want)
		}
	}
}

// FuzzExtractRussian runs the Russian recogniser and cue reader over any
// text: offsets stay inside the body and match the content, and every
// statement has a speaker.
func FuzzExtractRussian(f *testing.F) {
	f.Add("«Мы готовы», — заявил Песков. По его словам, переговоры идут.", "2020-11-12")
	f.Add("— Нет, — сказал он. Как сообщает ТАСС, «Газпром» и МИД России опровергли.", "")
	f.Add("По словам, заявил: «» — , — сказал. правительства Китая «Роснефть", "x")
	fuzzExtract(f, "ru")
}
