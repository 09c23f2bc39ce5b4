package claim

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/entity"
)

// TestPollShare checks that a share of people before a cue, named by the
// words of the percent unit in the language's quantity data, is no speaker,
// while a speaker beside a figure still is.
func TestPollShare(t *testing.T) {
	reg, err := entity.NewRegistry(entity.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ lang, body, want string }{
		{"en", "A survey came out. Sixty percent of drivers said the bridge was unsafe.", ""},
		{"en", "A survey came out. Sixty per cent say that the mayor should resign.", ""},
		{"en", "A survey came out. 64% of tenants said the rent was too high.", ""},
		{"en", "A survey came out. Sixty pc of drivers said the bridge was unsafe.", ""},
		{"en", "A survey came out. The mayor said the bridge was unsafe.", "mayor-f"},
		{"ru", "Вышел опрос. 64% граждан России заявили, что мэр должен уйти.", ""},
		{"ru", "Вышел опрос. Шестьдесят процентов жителей Москвы сообщили, что мост опасен.", ""},
		{"ru", "Вышел опрос. 42 процента сторонников Путина заявили, что мост опасен.", ""},
		{"ru", "Вышел опрос. Граждане России заявили, что мэр должен уйти.", "russia"},
	} {
		d := parallax.Document{ID: "f", Body: tc.body, Lang: tc.lang}
		var got []string
		for _, s := range Extract(reg.Resolve(d), reg) {
			got = append(got, s.Speaker)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q: speakers %q, want %q", tc.body, g, tc.want)
		}
	}
}
