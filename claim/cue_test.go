package claim

import "testing"

// TestAttributionForms checks the forms of attribution news prose uses
// beyond a plain "X said that": quotation marks of every style, cues in
// other tenses and parts of speech, and sources that are documents.
func TestAttributionForms(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []want
	}{
		{"backquotes open, doubled single marks close", "``We will not back down,'' said Sergei Lavrov. ``Not today.''",
			[]want{{speaker: "sergei-lavrov", cue: "said", content: "We will not back down", direct: true}}},
		{"doubled single marks both open and close", "Maria Zakharova said: ''The embassy stays open.'' Sergei Lavrov left.",
			[]want{{speaker: "maria-zakharova", cue: "said", content: "The embassy stays open", direct: true}}},
		{"low and high marks, guillemets", "Sergei Lavrov said: „Die Gespräche gehen weiter.“ Maria Zakharova added: « Nous restons ici. »",
			[]want{{speaker: "sergei-lavrov", cue: "said", content: "Die Gespräche gehen weiter", direct: true}, {speaker: "maria-zakharova", cue: "added", content: "Nous restons ici", direct: true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkWant(t, tt.body, extract(t, tt.body, ""), tt.want, false)
		})
	}
}
