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
		{"a spokesperson for a described body",
			"A spokeswoman for the water authority said the reservoir was half full.",
			[]want{{speaker: "water-authority-doc", cue: "said", content: "the reservoir was half full"}}},
		{"a spokesperson for a described body, inverted",
			"“The reservoir is half full,” said a spokesman for the water authority.",
			[]want{{speaker: "water-authority-doc", cue: "said", content: "The reservoir is half full", direct: true}}},
		{"a described body's spokesperson",
			"The authority's spokesman said the reservoir was half full.",
			[]want{{speaker: "authority-doc", cue: "said", content: "the reservoir was half full"}}},
		{"a statement from a body on a day",
			"A statement from the water authority on Monday said the reservoir was half full.",
			[]want{{speaker: "water-authority-doc", cue: "said", content: "the reservoir was half full"}}},
		{"a noun in -ly as a subject",
			"The family said the boy was recovering at home.",
			[]want{{speaker: "family-doc", cue: "said", content: "the boy was recovering at home"}}},
		{"verbs of speech in several forms",
			"The mayor maintains that the plan was rushed. The union has objected that the plan was rushed. The coach texted that he would be late.",
			[]want{{speaker: "mayor-doc", cue: "maintains", content: "the plan was rushed"},
				{speaker: "union-doc", cue: "has objected", content: "the plan was rushed"},
				{speaker: "coach-doc", cue: "texted", content: "he would be late"}}},
		{"what is warned of",
			"The mayor is warning of further delays at the bridge.",
			[]want{{speaker: "mayor-doc", cue: "is warning of", content: "further delays at the bridge"}}},
		{"a verb that speaks only with a clause has an object here",
			"The prisoners were freed in the capital, where the group maintains an office, according to a rebel commander.",
			[]want{{speaker: "rebel-commander-doc", cue: "according to", content: "The prisoners were freed in the capital, where the group maintains an office"}}},
		{"a verb that speaks only with a clause, after a quotation",
			"“The plan was rushed,” the union objected in a letter.",
			[]want{{speaker: "union-doc", cue: "objected", content: "The plan was rushed", direct: true}}},
		{"an amount rounded by about, and a topic",
			"A spokeswoman for the fire brigade said about 300 homes had burned. The coroner testified about a meeting.",
			[]want{{speaker: "fire-brigade-doc", cue: "said", content: "about 300 homes had burned"}}},
		{"the two countries named before speak after the quotation",
			"Armenia and Azerbaijan met in Geneva on Monday. “We want the crossings open,” the two countries said.",
			[]want{{speaker: "armenia", cue: "said", content: "We want the crossings open", direct: true},
				{speaker: "azerbaijan", cue: "said", content: "We want the crossings open", direct: true}}},
		{"a quotation closed with an opening mark",
			"“We will appeal this ruling,“ the lawyer said.",
			[]want{{speaker: "lawyer-doc", cue: "said", content: "We will appeal this ruling", direct: true}}},
		{"an adverb of time between the auxiliary and the cue",
			"The coach, who has long argued that the league is unfair, said the ban was a scandal.",
			[]want{{speaker: "coach-doc", cue: "has long argued", content: "the league is unfair"},
				{speaker: "coach-doc", cue: "said", content: "the ban was a scandal"}}},
		{"a noun of speech after its possessor and modifiers, cut before the main verb",
			"Sergei Lavrov’s astounding assertion that he doesn’t know the envoy is hard to believe.",
			[]want{{speaker: "sergei-lavrov", cue: "assertion", content: "he doesn’t know the envoy"}}},
		{"a second noun of speech in the same sentence",
			"The story is as odd as Dmitry Peskov’s own sworn testimony that he was not told of the convoy.",
			[]want{{speaker: "dmitry-peskov", cue: "testimony", content: "he was not told of the convoy"}}},
		{"a noun of speech with no possessor is no statement",
			"The charges that were filed last week were dropped.",
			nil},
		{"an embedded post signed by its account",
			"The striker scored twice. See what the club posted:\n\nMarco Tell was the best player on the field. He scored twice in ten minutes.\npic.twitter.com/abc123\n\n— Arlow Rovers (@ArlowRovers) November 15, 2019",
			[]want{{speaker: "arlow-rovers-doc", content: "Marco Tell was the best player on the field. He scored twice in ten minutes", direct: true}}},
		{"a dash line with no handle signs no post",
			"Marco Tell was the best player on the field. He scored twice in ten minutes.\n\n— Arlow Rovers, November 15, 2019",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkWant(t, tt.body, extract(t, tt.body, ""), tt.want, false)
		})
	}
}
