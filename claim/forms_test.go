package claim

import "testing"

// TestMixedAttribution checks forms of attribution that news prose mixes:
// quotation marks of several styles, quotations that go on across lines,
// speakers listed after their words, described spokespeople, questions
// asked and verbs of speech in their several forms.
func TestMixedAttribution(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []want
	}{
		{"a line opening with a curly mark goes on with the quotation",
			"Maria Zakharova said: “The border has been calm since Sunday.\n“The troops will stay until the spring thaw.”",
			[]want{{speaker: "maria-zakharova", cue: "said", content: "The border has been calm since Sunday", direct: true},
				{speaker: "maria-zakharova", content: "The troops will stay until the spring thaw", direct: true}}},
		{"a low mark closed by a high one",
			"„The border has been calm since Sunday”, Maria Zakharova said.",
			[]want{{speaker: "maria-zakharova", cue: "said", content: "The border has been calm since Sunday", direct: true}}},
		{"joint speakers after the cue",
			"“We want the crossings open before the harvest,” said Armenia and Azerbaijan.",
			[]want{{speaker: "armenia", cue: "said", content: "We want the crossings open before the harvest", direct: true},
				{speaker: "azerbaijan", cue: "said", content: "We want the crossings open before the harvest", direct: true}}},
		{"three joint speakers after the cue",
			"“The corridor must stay open,” said Armenia, Georgia and Azerbaijan on Friday.",
			[]want{{speaker: "armenia", content: "The corridor must stay open", direct: true},
				{speaker: "georgia", content: "The corridor must stay open", direct: true},
				{speaker: "azerbaijan", content: "The corridor must stay open", direct: true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkWant(t, tt.body, extract(t, tt.body, ""), tt.want, false)
		})
	}
}
