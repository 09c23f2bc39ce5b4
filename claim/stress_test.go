package claim

import "testing"

// TestStressedAndShortForms checks forms of attribution that a rule of
// their own reads: an emphatic "did" before the verb of speech, while a
// negated or questioned one reports nothing.
func TestStressedAndShortForms(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []want
	}{
		{"an emphatic did before the verb, not a negated or questioned one",
			"Mayor Elsa Brandt did say the budget was tight. Councillor Ivo Pelc does insist that the pier is safe. Brandt did not say when the vote would be held. Did Pelc say the pier was old?",
			[]want{{speaker: "elsa-brandt", cue: "did say", content: "the budget was tight"},
				{speaker: "ivo-pelc", cue: "does insist", content: "the pier is safe"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkWant(t, tt.body, extract(t, tt.body, ""), tt.want, false)
		})
	}
}
