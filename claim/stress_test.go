package claim

import "testing"

// TestStressedAndShortForms checks forms of attribution that a rule of
// their own reads: an emphatic "did" before the verb of speech, while a
// negated or questioned one reports nothing; a short quotation that takes
// up a sentence its attribution interrupted; the quoted title of a show
// after a trailing attribution; an inverted document signed by its
// authors; a lede whose opening words are set in capitals; people described
// by what they witnessed ("witnesses to the crash").
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
		{"a short quotation taking up the sentence its attribution interrupted, not one after a further phrase",
			"“The dock is old and the cranes,” Ivo Pelc said, “are older still.” “He has voted for every tax rise,” Elsa Brandt told a rally, calling his pledge “a deathbed conversion”.",
			[]want{{speaker: "ivo-pelc", cue: "said", content: "The dock is old and the cranes", direct: true},
				{speaker: "ivo-pelc", cue: "said", content: "are older still", direct: true},
				{speaker: "elsa-brandt", cue: "told", content: "He has voted for every tax rise", direct: true},
				{speaker: "elsa-brandt", cue: "calling", content: "his pledge “a deathbed conversion”"}}},
		{"the quoted name of a show in the phrase after a trailing attribution",
			"Ivo Pelc runs a blog. Money goes further than you think, he and his wife Mara explained on an episode of their podcast “Better Sums.”",
			[]want{{speaker: "ivo-pelc", cue: "explained", content: "Money goes further than you think"},
				{speaker: "mara", cue: "explained", content: "Money goes further than you think"}}},
		{"a document its authors signed, after the words it reports",
			"“The ward is a danger to the children in it,” says the letter signed by six nurses.",
			[]want{{speaker: "six-nurses-doc", cue: "says", content: "The ward is a danger to the children in it", direct: true}}},
		{"a lede opening in capitals, not an abbreviation after the article",
			"A FERRY captain who watched the pier fall said he expected to die that night. THE HARBOUR pilots say the tide was high. A US official said the pier was old.",
			[]want{{speaker: "ferry-captain-doc", cue: "said", content: "he expected to die that night"},
				{speaker: "harbour-pilots-doc", cue: "say", content: "the tide was high"},
				{speaker: "united-states", cue: "said", content: "the pier was old"}}},
		{"people described by what they witnessed or visited, not by whom they serve",
			"Witnesses to the crash said the car was red. Visitors to the island say the ferry is late. Advisers to the mayor said the vote was close.",
			[]want{{speaker: "witnesses-doc", cue: "said", content: "the car was red"},
				{speaker: "visitors-doc", cue: "say", content: "the ferry is late"},
				{speaker: "mayor-doc", cue: "said", content: "the vote was close"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkWant(t, tt.body, extract(t, tt.body, ""), tt.want, false)
		})
	}
}
